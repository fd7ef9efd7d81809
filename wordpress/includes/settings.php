<?php
/**
 * Settings → Support finder: the defaults every finder on the site gets, and the site's own records.
 * The Settings API supplies the nonce (settings_fields) and options.php checks it and `manage_options`.
 *
 * @package OudSupportFinder
 */

namespace OudSupportFinder;

defined( 'ABSPATH' ) || exit;

const PAGE  = 'oud-support-finder';
const GROUP = 'oud_support_finder';
/** Records larger than this are refused: inline JSON is sent with every page that shows a finder. */
const MAX_RECORDS_BYTES = 1000000;

function add_settings_page() {
	add_options_page(
		__( 'Support finder', 'oud-support-finder' ),
		__( 'Support finder', 'oud-support-finder' ),
		'manage_options',
		PAGE,
		__NAMESPACE__ . '\\render_settings_page'
	);
}

function register_settings() {
	register_setting(
		GROUP,
		OPTION,
		array(
			'type'              => 'array',
			'default'           => array(),
			'sanitize_callback' => __NAMESPACE__ . '\\sanitize_defaults',
		)
	);
	register_setting(
		GROUP,
		RECORDS_OPTION,
		array(
			'type'              => 'string',
			'default'           => '',
			'sanitize_callback' => __NAMESPACE__ . '\\sanitize_records',
		)
	);
	add_settings_section( 'defaults', __( 'Every finder on this site', 'oud-support-finder' ), __NAMESPACE__ . '\\describe_defaults', PAGE );
	add_settings_field( 'host-name', __( 'Your name', 'oud-support-finder' ), __NAMESPACE__ . '\\text_field', PAGE, 'defaults', array( 'label_for' => 'osf-host-name', 'name' => 'host-name', 'help' => __( 'Shown on your own records, as in “Here at St. Mark’s”.', 'oud-support-finder' ) ) );
	add_settings_field( 'src', __( 'Feed address', 'oud-support-finder' ), __NAMESPACE__ . '\\text_field', PAGE, 'defaults', array( 'label_for' => 'osf-src', 'name' => 'src', 'help' => __( 'A Meeting Guide, Open Referral HSDS or oud-support-finder JSON feed, starting with https:// (or /, for a file on this site). Leave it empty for none.', 'oud-support-finder' ) ) );
	add_settings_field( 'theme', __( 'Colours', 'oud-support-finder' ), __NAMESPACE__ . '\\theme_field', PAGE, 'defaults', array( 'label_for' => 'osf-theme' ) );
	add_settings_field( 'accent', __( 'Accent colour', 'oud-support-finder' ), __NAMESPACE__ . '\\text_field', PAGE, 'defaults', array( 'label_for' => 'osf-accent', 'name' => 'accent', 'help' => __( 'A colour such as #2f5d50, for links, buttons and chosen filters. Leave it empty for the finder’s own.', 'oud-support-finder' ) ) );
	add_settings_field( 'language-switch', __( 'Languages', 'oud-support-finder' ), __NAMESPACE__ . '\\language_switch_field', PAGE, 'defaults', array( 'label_for' => 'osf-language-switch' ) );
	add_settings_section( 'records', __( 'Your own records', 'oud-support-finder' ), __NAMESPACE__ . '\\describe_records', PAGE );
	add_settings_field( 'records', __( 'Records (JSON)', 'oud-support-finder' ), __NAMESPACE__ . '\\records_field', PAGE, 'records', array( 'label_for' => 'osf-records' ) );
}

/** The settings page may only list what the site owner can still fix; nothing is saved that the finder would skip. */
function sanitize_defaults( $input ) {
	$input = is_array( $input ) ? $input : array();
	$given = array(
		'host-name'       => isset( $input['host-name'] ) ? (string) $input['host-name'] : '',
		'src'             => isset( $input['src'] ) ? (string) $input['src'] : '',
		'theme'           => isset( $input['theme'] ) ? (string) $input['theme'] : '',
		'accent'          => isset( $input['accent'] ) ? (string) $input['accent'] : '',
		'language-switch' => ! empty( $input['language-switch'] ),
	);
	$clean = array_intersect_key( sanitize_settings( $given ), $given );
	if ( '' !== trim( $given['src'] ) && ! isset( $clean['src'] ) ) {
		add_settings_error( OPTION, 'src', __( 'The feed address was not saved: it must start with https://, http:// or / (a file on this site).', 'oud-support-finder' ) );
	}
	if ( '' !== trim( $given['accent'] ) && ! isset( $clean['accent'] ) ) {
		add_settings_error( OPTION, 'accent', __( 'The accent colour was not saved: write it as # and six digits or letters a to f, such as #2f5d50.', 'oud-support-finder' ) );
	}
	return $clean;
}

/** Where a rejected entry and its problems wait for the page to show them again (ten minutes, this user). */
function rejected_key() {
	return 'oud_support_finder_rejected_' . get_current_user_id();
}

/**
 * Keeps the records only if `oud-support-finder check` would pass them; otherwise keeps the saved ones, and
 * leaves the entry and its problems for the page to show.
 */
function sanitize_records( $input ) {
	static $seen = array(); // WordPress runs this twice when the option is first added.
	$text = trim( is_string( $input ) ? $input : '' );
	$key  = md5( $text );
	if ( isset( $seen[ $key ] ) ) {
		return $seen[ $key ];
	}
	$previous = get_option( RECORDS_OPTION, '' );
	if ( '' === $text ) {
		return $seen[ $key ] = '';
	}
	$problems = array();
	if ( strlen( $text ) > MAX_RECORDS_BYTES ) {
		$problems[] = __( 'The records are larger than 1 MB. Put them in a feed file and give its address instead.', 'oud-support-finder' );
	} else {
		$decoded = json_decode( $text );
		if ( JSON_ERROR_NONE !== json_last_error() ) {
			/* translators: %s: what the JSON reader said, in English. */
			$problems[] = sprintf( __( 'This is not valid JSON: %s.', 'oud-support-finder' ), json_last_error_msg() );
		} else {
			$checked  = Records\check( $decoded );
			$problems = array_map( 'OudSupportFinder\\Records\\describe', $checked['problems'] );
		}
	}
	if ( $problems ) {
		set_transient(
			rejected_key(),
			array(
				'text'     => $text,
				'problems' => $problems,
			),
			10 * MINUTE_IN_SECONDS
		);
		add_settings_error(
			RECORDS_OPTION,
			'invalid',
			/* translators: %d: how many problems. */
			sprintf( _n( 'Your records were not saved: %d problem needs fixing (listed below).', 'Your records were not saved: %d problems need fixing (listed below).', count( $problems ), 'oud-support-finder' ), count( $problems ) )
		);
		return $seen[ $key ] = $previous;
	}
	return $seen[ $key ] = (string) wp_json_encode( $decoded, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
}

function describe_defaults() {
	echo '<p>' . esc_html__( 'A block or shortcode can change any of these for one finder.', 'oud-support-finder' ) . '</p>';
}

function describe_records() {
	echo '<p>' . esc_html__( 'Your meetings and programs, shown first in every finder on this site. Write them as a JSON list; only "id" and "name" are required. They are checked with the same rules as the oud-support-finder check command before they are saved.', 'oud-support-finder' ) . '</p>';
}

function current_defaults() {
	$options = get_option( OPTION, array() );
	return is_array( $options ) ? $options : array();
}

function text_field( $args ) {
	$options = current_defaults();
	$name    = $args['name'];
	printf(
		'<input type="%1$s" class="regular-text" id="%2$s" name="%3$s" value="%4$s" aria-describedby="%2$s-help" /><p class="description" id="%2$s-help">%5$s</p>',
		esc_attr( isset( $args['type'] ) ? $args['type'] : 'text' ),
		esc_attr( $args['label_for'] ),
		esc_attr( OPTION . '[' . $name . ']' ),
		esc_attr( isset( $options[ $name ] ) ? $options[ $name ] : '' ),
		esc_html( $args['help'] )
	);
}

function theme_field( $args ) {
	$options = current_defaults();
	$current = isset( $options['theme'] ) ? $options['theme'] : '';
	printf( '<select id="%1$s" name="%2$s">', esc_attr( $args['label_for'] ), esc_attr( OPTION . '[theme]' ) );
	printf( '<option value="">%s</option>', esc_html__( 'Light (the finder’s default)', 'oud-support-finder' ) );
	foreach ( theme_names() as $value => $label ) {
		printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $value ), selected( $current, $value, false ), esc_html( $label ) );
	}
	echo '</select>';
}

function language_switch_field( $args ) {
	$options = current_defaults();
	printf(
		'<label><input type="checkbox" id="%1$s" name="%2$s" value="1"%3$s /> %4$s</label>',
		esc_attr( $args['label_for'] ),
		esc_attr( OPTION . '[language-switch]' ),
		checked( ! empty( $options['language-switch'] ), true, false ),
		esc_html__( 'Show the English / Español buttons', 'oud-support-finder' )
	);
}

function records_field( $args ) {
	$rejected = get_transient( rejected_key() );
	$text     = is_array( $rejected ) ? $rejected['text'] : get_option( RECORDS_OPTION, '' );
	if ( is_array( $rejected ) ) {
		delete_transient( rejected_key() );
		echo '<div class="notice notice-error inline" id="osf-records-problems"><p>' . esc_html__( 'These records were not saved. Fix these problems and save again:', 'oud-support-finder' ) . '</p><ul>';
		foreach ( $rejected['problems'] as $problem ) {
			echo '<li>' . esc_html( $problem ) . '</li>';
		}
		echo '</ul></div>';
	}
	printf(
		'<textarea id="%1$s" name="%2$s" rows="16" class="large-text code" spellcheck="false"%3$s>%4$s</textarea>',
		esc_attr( $args['label_for'] ),
		esc_attr( RECORDS_OPTION ),
		is_array( $rejected ) ? ' aria-invalid="true" aria-describedby="osf-records-problems"' : '',
		esc_textarea( (string) $text )
	);
	$saved = json_decode( (string) get_option( RECORDS_OPTION, '' ) );
	$count = is_array( $saved ) ? count( $saved ) : ( isset( $saved->resources ) && is_array( $saved->resources ) ? count( $saved->resources ) : 0 );
	/* translators: %d: how many records are saved. */
	echo '<p class="description">' . esc_html( sprintf( _n( '%d record is saved.', '%d records are saved.', $count, 'oud-support-finder' ), $count ) ) . '</p>';
}

function render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to change the support finder.', 'oud-support-finder' ), 403 );
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<form action="options.php" method="post">';
	settings_fields( GROUP );
	do_settings_sections( PAGE );
	submit_button();
	echo '</form></div>';
}
