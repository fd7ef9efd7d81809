<?php
/**
 * Runs when the plugin is deleted from the Plugins screen: removes every option it wrote, on every site.
 *
 * @package OudSupportFinder
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

/** The settings, the records, and any rejected entry still waiting to be shown (a transient per user). */
function oud_support_finder_forget() {
	global $wpdb;
	delete_option( 'oud_support_finder_settings' );
	delete_option( 'oud_support_finder_records' );
	$like = $wpdb->esc_like( '_transient_' ) . '%' . $wpdb->esc_like( 'oud_support_finder_' ) . '%';
	// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- transients have no "delete by prefix" function.
	$names = $wpdb->get_col( $wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s", $like ) );
	foreach ( $names as $name ) {
		delete_option( $name );
	}
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $site ) {
		switch_to_blog( $site );
		oud_support_finder_forget();
		restore_current_blog();
	}
} else {
	oud_support_finder_forget();
}
