<?php
/**
 * Plugin Name:       OUD Support Finder
 * Description:       A private support finder for people with Opioid Use Disorder and the people who love them: a block and a shortcode.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            oud-support-finder contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       oud-support-finder
 * Domain Path:       /languages
 *
 * @package OudSupportFinder
 */

namespace OudSupportFinder;

defined( 'ABSPATH' ) || exit;

const VERSION        = '0.1.0';
const HANDLE         = 'oud-support-finder';
const EDITOR_HANDLE  = 'oud-support-finder-editor';
const FEEDS_HANDLE   = 'oud-support-finder-feeds';
const OPTION         = 'oud_support_finder_settings';
const RECORDS_OPTION = 'oud_support_finder_records';

require_once __DIR__ . '/includes/records.php';
require_once __DIR__ . '/includes/finder.php';
require_once __DIR__ . '/includes/settings.php';

add_action( 'init', __NAMESPACE__ . '\\init' );
add_action( 'admin_init', __NAMESPACE__ . '\\register_settings' );
add_action( 'admin_menu', __NAMESPACE__ . '\\add_settings_page' );

function init() {
	load_plugin_textdomain( 'oud-support-finder', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );

	// The classic script, in the footer: a shortcode or block enqueues it while the page is drawn, so it
	// loads only where a finder is, and once however many there are.
	wp_register_script( HANDLE, plugins_url( 'assets/oud-support-finder.js', __FILE__ ), array(), VERSION, true );
	// The readers of Meeting Guide, HSDS and BMLT feeds: enqueued only where a finder has a feed address.
	wp_register_script( FEEDS_HANDLE, plugins_url( 'assets/oud-support-finder-feeds.js', __FILE__ ), array( HANDLE ), VERSION, true );
	wp_register_script(
		EDITOR_HANDLE,
		plugins_url( 'block/editor.js', __FILE__ ),
		array( HANDLE, 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-server-side-render' ),
		VERSION,
		true
	);
	wp_add_inline_script( EDITOR_HANDLE, 'window.oudSupportFinderBlock = ' . wp_json_encode( editor_words() ) . ';', 'before' );

	add_shortcode( 'oud_support_finder', __NAMESPACE__ . '\\render_shortcode' );
	register_block_type( __DIR__ . '/block', array( 'render_callback' => __NAMESPACE__ . '\\render_block' ) );
}

/** The block sidebar's words, translated here so that the .mo file serves the editor too. */
function editor_words() {
	return array(
		'labels'  => array(
			'filters'            => __( 'Filters chosen at the start', 'oud-support-finder' ),
			'site'               => __( 'This finder', 'oud-support-finder' ),
			'audience'           => __( 'Who it is for', 'oud-support-finder' ),
			'approaches'         => __( 'Approaches', 'oud-support-finder' ),
			'formats'            => __( 'Ways to connect', 'oud-support-finder' ),
			'days'               => __( 'Meeting days', 'oud-support-finder' ),
			'times'              => __( 'Meeting times of day', 'oud-support-finder' ),
			'medicationFriendly' => __( 'Only support that welcomes people on medication', 'oud-support-finder' ),
			'free'               => __( 'Only free support', 'oud-support-finder' ),
			'open247'            => __( 'Only lines open 24/7', 'oud-support-finder' ),
			'meetsToday'         => __( 'Only meetings held today', 'oud-support-finder' ),
			'query'              => __( 'Search text to start with', 'oud-support-finder' ),
			'hostName'           => __( 'Your name, shown on your own records', 'oud-support-finder' ),
			'src'                => __( 'Feed address (https://…)', 'oud-support-finder' ),
			'srcFormat'          => __( 'Feed format', 'oud-support-finder' ),
			'srcTimeout'         => __( 'Seconds to wait for the feed (10 if empty)', 'oud-support-finder' ),
			'feedAudience'       => __( 'Who the feed’s meetings are for', 'oud-support-finder' ),
			'timezone'           => __( 'Time zone of your meetings, such as America/Chicago', 'oud-support-finder' ),
			'localOnly'          => __( 'Show only your own records', 'oud-support-finder' ),
			'hide'               => __( 'National record ids to hide', 'oud-support-finder' ),
			'theme'              => __( 'Colours', 'oud-support-finder' ),
			'lang'               => __( 'Language', 'oud-support-finder' ),
			'languageSwitch'     => __( 'Show the English / Español buttons', 'oud-support-finder' ),
			'kiosk'              => __( 'Kiosk mode (a shared screen)', 'oud-support-finder' ),
			'idleTimeout'        => __( 'Seconds before a kiosk starts over (0: never)', 'oud-support-finder' ),
			'accent'             => __( 'Accent colour, such as #2f5d50', 'oud-support-finder' ),
			'near'               => __( 'This finder’s place for distances, such as 40.71,-74.00 (a kiosk’s)', 'oud-support-finder' ),
			'distanceUnit'       => __( 'Distances in', 'oud-support-finder' ),
			'maps'               => __( 'Directions open in', 'oud-support-finder' ),
			'siteDefault'        => __( 'The site’s default', 'oud-support-finder' ),
			'found'              => __( 'Found from the data', 'oud-support-finder' ),
		),
		'options' => array(
			'audience'   => array(
				'self'   => __( 'People with OUD', 'oud-support-finder' ),
				'family' => __( 'Family and friends', 'oud-support-finder' ),
			),
			'approaches' => array(
				'12-step'        => __( '12-step', 'oud-support-finder' ),
				'non-12-step'    => __( 'Not 12-step', 'oud-support-finder' ),
				'faith-based'    => __( 'Faith-based', 'oud-support-finder' ),
				'secular'        => __( 'Secular', 'oud-support-finder' ),
				'peer-support'   => __( 'Peer support', 'oud-support-finder' ),
				'harm-reduction' => __( 'Harm reduction', 'oud-support-finder' ),
				'clinical'       => __( 'Clinical care', 'oud-support-finder' ),
				'crisis'         => __( 'Crisis help', 'oud-support-finder' ),
			),
			'formats'    => array(
				'in-person' => __( 'In person', 'oud-support-finder' ),
				'online'    => __( 'Online', 'oud-support-finder' ),
				'phone'     => __( 'Phone', 'oud-support-finder' ),
				'text'      => __( 'Text message', 'oud-support-finder' ),
				'chat'      => __( 'Chat', 'oud-support-finder' ),
			),
			'days'       => array(
				'sun' => __( 'Sunday', 'oud-support-finder' ),
				'mon' => __( 'Monday', 'oud-support-finder' ),
				'tue' => __( 'Tuesday', 'oud-support-finder' ),
				'wed' => __( 'Wednesday', 'oud-support-finder' ),
				'thu' => __( 'Thursday', 'oud-support-finder' ),
				'fri' => __( 'Friday', 'oud-support-finder' ),
				'sat' => __( 'Saturday', 'oud-support-finder' ),
			),
			'times'      => array(
				'morning' => __( 'Morning', 'oud-support-finder' ),
				'midday'  => __( 'Midday', 'oud-support-finder' ),
				'evening' => __( 'Evening', 'oud-support-finder' ),
				'night'   => __( 'Night', 'oud-support-finder' ),
			),
			'distanceUnit' => array(
				'mi' => __( 'Miles', 'oud-support-finder' ),
				'km' => __( 'Kilometres', 'oud-support-finder' ),
			),
			'maps'       => array(
				'google' => 'Google Maps',
				'apple'  => 'Apple Maps',
				'osm'    => 'OpenStreetMap',
				'none'   => __( 'No directions link', 'oud-support-finder' ),
			),
			'theme'      => theme_names(),
			'lang'       => array(
				'en' => 'English',
				'es' => 'Español',
			),
			'feedAudience' => array(
				'self'   => __( 'People with OUD', 'oud-support-finder' ),
				'family' => __( 'Family and friends', 'oud-support-finder' ),
				'both'   => __( 'Both', 'oud-support-finder' ),
			),
			'srcFormat'  => array(
				'resources'     => __( 'Our record format', 'oud-support-finder' ),
				'meeting-guide' => 'Meeting Guide',
				'hsds'          => 'Open Referral HSDS',
				'bmlt'          => 'BMLT (Narcotics Anonymous)',
			),
		),
	);
}

function theme_names() {
	return array(
		'light'         => __( 'Light', 'oud-support-finder' ),
		'dark'          => __( 'Dark', 'oud-support-finder' ),
		'auto'          => __( 'Follow the device', 'oud-support-finder' ),
		'high-contrast' => __( 'High contrast', 'oud-support-finder' ),
	);
}
