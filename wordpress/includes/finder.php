<?php
/**
 * The element's attributes as a table, sanitising shortcode and block settings to that table, and drawing
 * `<oud-support-finder>` with everything escaped. The table follows the README's API tables.
 *
 * @package OudSupportFinder
 */

namespace OudSupportFinder;

defined( 'ABSPATH' ) || exit;

const VOCABULARIES = array(
	'audience'   => Records\AUDIENCES,
	'approaches' => Records\APPROACHES,
	'formats'    => Records\FORMATS,
	'days'       => Records\DAYS,
	'times'      => array( 'morning', 'midday', 'evening', 'night' ),
);

/**
 * Every setting a shortcode or block may give, by its attribute name, with what it may hold. `accent` is ours:
 * it becomes the element's `--osf-accent`.
 */
function attribute_types() {
	return array(
		'query'               => 'text',
		'audience'            => 'words',
		'approaches'          => 'words',
		'formats'             => 'words',
		'days'                => 'words',
		'times'               => 'words',
		'medication-friendly' => 'flag',
		'free'                => 'flag',
		'open-24-7'           => 'flag',
		'meets-today'         => 'flag',
		'src'                 => 'url',
		'src-format'          => array( 'resources', 'meeting-guide', 'hsds', 'bmlt' ),
		'src-timeout'         => array( 1, 120 ),
		'feed-audience'       => array( 'self', 'family', 'both' ),
		'timezone'            => 'zone',
		'host-name'           => 'text',
		'local-only'          => 'flag',
		'hide'                => 'ids',
		'theme'               => array( 'light', 'dark', 'auto', 'high-contrast' ),
		'lang'                => array( 'en', 'es' ),
		'language-switch'     => 'flag',
		'kiosk'               => 'flag',
		'idle-timeout'        => array( 0, 86400 ),
		'accent'              => 'colour',
		'near'                => 'place',
		'distance-unit'       => array( 'mi', 'km' ),
		'maps'                => array( 'google', 'apple', 'osm', 'none' ),
	);
}

/** A feed address the finder may fetch: https or http, or a path on this site. Anything else is dropped. */
function sanitize_feed_url( $value ) {
	$value = trim( (string) $value );
	if ( '' === $value || preg_match( '/[\s<>"\'`]/', $value ) ) {
		return '';
	}
	if ( preg_match( '#^/(?![/\\\\])#', $value ) ) {
		return esc_url_raw( $value );
	}
	if ( ! preg_match( '#^https?://#i', $value ) ) {
		return '';
	}
	return (string) esc_url_raw( $value, array( 'https', 'http' ) );
}

/** Reads "yes", "true", "1" and "on" (and a bare attribute name) as true; everything else as false. */
function to_flag( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	return in_array( strtolower( trim( (string) $value ) ), array( '1', 'true', 'yes', 'on', '' ), true );
}

/**
 * Keeps only the settings the element knows, each within its vocabulary. Unknown names and values outside
 * the vocabulary are left out, so the finder falls back to its own default.
 *
 * @param array $given Settings by attribute name (kebab-case), as strings, booleans or numbers.
 * @return array Clean settings by attribute name: strings, or booleans for flags.
 */
function sanitize_settings( array $given ) {
	$clean = array();
	foreach ( attribute_types() as $name => $type ) {
		if ( ! array_key_exists( $name, $given ) || null === $given[ $name ] ) {
			continue;
		}
		$value = $given[ $name ];
		if ( 'flag' === $type ) {
			$clean[ $name ] = to_flag( $value );
			continue;
		}
		if ( is_array( $value ) ) {
			$value = implode( ' ', array_map( 'strval', $value ) );
		}
		$value = (string) $value;
		if ( 'words' === $type ) {
			$words = array_values( array_intersect( array_unique( preg_split( '/[\s,]+/', strtolower( $value ), -1, PREG_SPLIT_NO_EMPTY ) ), VOCABULARIES[ $name ] ) );
			$value = implode( ' ', $words );
		} elseif ( 'ids' === $type ) {
			$ids   = preg_grep( '/^[a-z0-9]+(-[a-z0-9]+)*$/D', preg_split( '/[\s,]+/', $value, -1, PREG_SPLIT_NO_EMPTY ) );
			$value = implode( ' ', array_unique( $ids ) );
		} elseif ( 'text' === $type ) {
			$value = mb_substr( sanitize_text_field( $value ), 0, 200 );
		} elseif ( 'zone' === $type ) {
			$value = preg_match( '/^[A-Za-z][\w+-]{1,30}(\/[\w+-]{1,30}){0,2}$/D', trim( $value ) ) ? trim( $value ) : '';
		} elseif ( 'url' === $type ) {
			$value = sanitize_feed_url( $value );
		} elseif ( 'place' === $type ) {
			// Latitude, longitude in decimal degrees (`40.71,-74.00`), as the element reads `near`.
			$value = preg_match( '/^\s*(-?\d{1,3}(?:\.\d{1,8})?)\s*,\s*(-?\d{1,3}(?:\.\d{1,8})?)\s*$/D', $value, $place )
				&& abs( (float) $place[1] ) <= 90 && abs( (float) $place[2] ) <= 180 ? $place[1] . ',' . $place[2] : '';
		} elseif ( 'colour' === $type ) {
			$value = (string) sanitize_hex_color( trim( $value ) );
		} elseif ( is_int( $type[0] ) ) {
			$value = preg_match( '/^\s*\d+\s*$/D', $value ) && (int) $value >= $type[0] && (int) $value <= $type[1] ? (string) (int) $value : '';
		} else {
			$value = in_array( strtolower( trim( $value ) ), $type, true ) ? strtolower( trim( $value ) ) : '';
		}
		if ( '' !== $value ) {
			$clean[ $name ] = $value;
		}
	}
	return $clean;
}

/** The site's defaults from the settings page, as attribute settings. */
function site_defaults() {
	$options = get_option( OPTION, array() );
	return sanitize_settings( is_array( $options ) ? $options : array() );
}

/**
 * Draws one finder: the site's defaults, overridden by this shortcode's or block's settings, and the site's
 * own records as inline JSON. Enqueues the script (WordPress prints it once, in the footer).
 *
 * @param array $settings Raw settings by attribute name.
 * @param string $extra_attributes Attribute markup the block editor adds (already escaped), or ''.
 */
function render_finder( array $settings, $extra_attributes = '' ) {
	wp_enqueue_script( HANDLE );
	$clean = array_merge( site_defaults(), sanitize_settings( $settings ) );
	if ( ! empty( $clean['src'] ) ) {
		wp_enqueue_script( FEEDS_HANDLE );
	}
	$html  = '<oud-support-finder';
	foreach ( $clean as $name => $value ) {
		if ( 'accent' === $name ) {
			$html .= ' style="' . esc_attr( '--osf-accent: ' . $value ) . '"';
		} elseif ( true === $value ) {
			$html .= ' ' . $name;
		} elseif ( false !== $value ) {
			$html .= ' ' . $name . '="' . esc_attr( 'src' === $name ? esc_url( $value, array( 'https', 'http' ) ) : $value ) . '"';
		}
	}
	$html   .= ( '' !== $extra_attributes ? ' ' . $extra_attributes : '' ) . '>';
	$records = get_option( RECORDS_OPTION, '' );
	$decoded = is_string( $records ) && '' !== $records ? json_decode( $records ) : null;
	if ( is_array( $decoded ) || is_object( $decoded ) ) {
		// JSON_HEX_TAG writes < and > as \u003C and \u003E, so nothing in a record can close the script.
		$json = wp_json_encode( $decoded, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
		if ( $json ) {
			$html .= '<script type="application/json">' . $json . '</script>';
		}
	}
	return $html . '</oud-support-finder>';
}

/** `[oud_support_finder audience="family" kiosk]`: a bare name turns a flag on. */
function render_shortcode( $atts ) {
	$given = array();
	foreach ( (array) $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			$given[ strtolower( (string) $value ) ] = true; // a bare attribute, such as kiosk
		} else {
			$given[ strtolower( (string) $key ) ] = $value;
		}
	}
	return render_finder( $given );
}

/** The block's attributes are the element's properties in camelCase; the block sidebar sets them. */
function render_block( $attributes ) {
	$given = array();
	foreach ( (array) $attributes as $key => $value ) {
		if ( '' === $value ) {
			continue; // an empty setting in the sidebar means "the site's default"
		}
		$name           = 'open247' === $key ? 'open-24-7' : strtolower( preg_replace( '/([a-z])([A-Z])/', '$1-$2', (string) $key ) );
		$given[ $name ] = $value;
	}
	return render_finder( $given, get_block_wrapper_attributes() );
}
