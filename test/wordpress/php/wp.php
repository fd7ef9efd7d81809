<?php
/**
 * Runs one task against the throwaway site from the command line: `php wp.php SITE_DIR TASK [ARGS...]`.
 * Prints JSON. Tasks: install (the site, an admin and an author), options (the plugin's rows in wp_options),
 * locale (a user's admin language), php-errors (nothing: loading the site is the test).
 */
[ , $site, $task ] = $argv;
$args            = array_slice( $argv, 3 );
$url             = getenv( 'OSF_WP_URL' );
$_SERVER['HTTP_HOST']   = parse_url( $url, PHP_URL_HOST ) . ':' . parse_url( $url, PHP_URL_PORT );
$_SERVER['REQUEST_URI'] = '/';
if ( 'install' === $task ) {
	define( 'WP_INSTALLING', true );
}
require $site . '/wp-load.php';

switch ( $task ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		[ $password ] = $args;
		$result       = wp_install( 'Support finder test site', 'admin', 'admin@example.org', false, '', $password );
		$author       = wp_insert_user(
			array(
				'user_login' => 'author',
				'user_pass'  => $password,
				'user_email' => 'author@example.org',
				'role'       => 'author',
			)
		);
		echo wp_json_encode(
			array(
				'admin'             => $result['user_id'],
				'author'            => $author,
				'authorUnfiltered'  => user_can( $author, 'unfiltered_html' ),
				'version'           => get_bloginfo( 'version' ),
			)
		);
		break;
	case 'options':
		global $wpdb;
		$like = '%' . $wpdb->esc_like( 'oud_support_finder' ) . '%';
		echo wp_json_encode( $wpdb->get_col( $wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s", $like ) ) );
		break;
	case 'locale':
		[ $login, $locale ] = $args;
		$user = get_user_by( 'login', $login );
		update_user_meta( $user->ID, 'locale', $locale );
		echo wp_json_encode( get_user_locale( $user->ID ) );
		break;
	default:
		fwrite( STDERR, "Unknown task $task\n" );
		exit( 2 );
}
