<?php
/**
 * Checks a host's records with the same rules, in the same words, as `oud-support-finder check`
 * (src/records/check.ts and data/resource.schema.json). It is a port rather than a call to Node because a
 * WordPress host has PHP and nothing else; the plugin's test runs both on the same cases to keep them in step.
 *
 * @package OudSupportFinder
 */

namespace OudSupportFinder\Records;

defined( 'ABSPATH' ) || defined( 'OUD_SUPPORT_FINDER_CLI' ) || exit;

const AUDIENCES  = array( 'self', 'family' );
const APPROACHES = array( '12-step', 'non-12-step', 'faith-based', 'secular', 'peer-support', 'harm-reduction', 'clinical', 'crisis' );
const FORMATS    = array( 'in-person', 'online', 'phone', 'text', 'chat' );
const KINDS      = array( 'crisis-line', 'helpline', 'locator', 'mutual-aid', 'family-group', 'peer-support', 'healthcare', 'faith-community', 'community-place', 'online-community', 'harm-reduction', 'advocacy', 'event', 'meeting', 'other' );
const COSTS      = array( 'free', 'donations', 'varies' );
const DAYS       = array( 'sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat' );

/** JavaScript's white space and line terminators, which String#trim and \s know. */
const JS_SPACE = '\t\n\x{0B}\f\r\x{FEFF}\x{2028}\x{2029}\p{Zs}';

/** Translates when WordPress is loaded; the parity test runs this file without it. */
function t( $text ) {
	return function_exists( '__' ) ? __( $text, 'oud-support-finder' ) : $text; // phpcs:ignore WordPress.WP.I18n.NonSingularStringLiteralText
}

/** A string's length as JavaScript counts it (UTF-16 code units), so limits match the finder's. */
function js_length( $value ) {
	$points = preg_match_all( '/./su', $value );
	$astral = preg_match_all( '/[\x{10000}-\x{10FFFF}]/u', $value );
	return (int) $points + (int) $astral;
}

/** Whether a decoded JSON value is an object ({}), as opposed to a list. */
function is_record( $value ) {
	return $value instanceof \stdClass;
}

/** An object's fields in JavaScript's order: integer-like names first, ascending, then the rest as written. */
function fields_of( \stdClass $value ) {
	$fields  = get_object_vars( $value );
	$numeric = array();
	$named   = array();
	foreach ( $fields as $name => $field ) {
		$name = (string) $name;
		if ( preg_match( '/^(0|[1-9][0-9]*)$/D', $name ) && (float) $name < 4294967295 ) {
			$numeric[ $name ] = $field;
		} else {
			$named[ $name ] = $field;
		}
	}
	uksort( $numeric, function ( $a, $b ) { return (float) $a <=> (float) $b; } );
	$ordered = array();
	foreach ( array( $numeric, $named ) as $group ) {
		foreach ( $group as $name => $field ) {
			$ordered[] = array( (string) $name, $field );
		}
	}
	return $ordered;
}

function has_field( \stdClass $value, $name ) {
	return array_key_exists( $name, get_object_vars( $value ) );
}

function text_rule( $max = 2000 ) {
	return function ( $v ) use ( $max ) {
		$blank = is_string( $v ) && preg_match( '/^[' . JS_SPACE . ']*$/Du', $v );
		return is_string( $v ) && ! $blank && js_length( $v ) <= $max
			? null
			/* translators: %d: the most characters allowed. */
			: sprintf( t( 'should be text of 1 to %d characters' ), $max );
	};
}

function one_of( array $words ) {
	return function ( $v ) use ( $words ) {
		/* translators: %s: the allowed words, separated by commas. */
		return in_array( $v, $words, true ) ? null : sprintf( t( 'should be one of: %s' ), implode( ', ', $words ) );
	};
}

function flag_rule() {
	return function ( $v ) {
		return is_bool( $v ) ? null : t( 'should be true or false' );
	};
}

/** What JavaScript's String(value) gives for a decoded JSON value. */
function js_string( $v ) {
	if ( is_string( $v ) ) {
		return $v;
	}
	if ( is_bool( $v ) ) {
		return $v ? 'true' : 'false';
	}
	if ( null === $v ) {
		return 'null';
	}
	if ( is_int( $v ) || is_float( $v ) ) {
		return (string) $v;
	}
	return is_record( $v ) ? '[object Object]' : implode( ',', array_map( __NAMESPACE__ . '\\js_string', $v ) );
}

function phone_rule() {
	return function ( $v ) {
		return is_string( $v ) && preg_match( '/^\+?\(?[0-9][0-9 ().-]{1,24}$/D', $v )
			? null
			: t( 'should be a phone number, such as 1-800-662-4357' );
	};
}

/**
 * The finder accepts an address that matches the schema's pattern and that the browser's URL parser takes.
 * This checks the parts of that parser a https?:// address can fail: the host and the port.
 */
function url_rule() {
	return function ( $v ) {
		// A public address only, as check.ts says: no user name or password (no "@" before the path), no host
		// written as numbers (every loopback, private and link-local address among them), no localhost or .local.
		$wrong = t( 'should be a public web address starting with https://' );
		if ( ! is_string( $v ) || js_length( $v ) > 2000
			|| ! preg_match( '/^https?:\/\/[^' . JS_SPACE . '\/?#@]+([\/?#][^' . JS_SPACE . ']*)?$/Du', $v ) ) {
			return $wrong;
		}
		$rest      = preg_replace( '/^https?:[\/\\\\]*/i', '', $v );
		$authority = preg_split( '/[\/\\\\?#]/', $rest, 2 )[0];
		$at        = strrpos( $authority, '@' );
		$host_port = false === $at ? $authority : substr( $authority, $at + 1 );
		if ( preg_match( '/^\[([0-9a-f:.]+)\](?::([0-9]*))?$/Di', $host_port, $m ) ) {
			$host = $m[1];
			$port = isset( $m[2] ) ? $m[2] : '';
			return $wrong;
		} else {
			$colon = strrpos( $host_port, ':' );
			$host  = false === $colon ? $host_port : substr( $host_port, 0, $colon );
			$port  = false === $colon ? '' : substr( $host_port, $colon + 1 );
			// Forbidden host code points (WHATWG URL), and percent signs that do not decode.
			if ( '' === $host || preg_match( '/[\x00-\x20#\/:<>?@\[\\\\\]^|%\x7F]/', rawurldecode( $host ) ) ) {
				return $wrong;
			}
			if ( preg_match( '/%(?![0-9a-f]{2})/i', $host ) ) {
				return $wrong;
			}
			// The browser reads a host whose last label is a number (decimal, 0x hex or octal) as an IPv4 address.
			$labels = explode( '.', rtrim( strtolower( rawurldecode( $host ) ), '.' ) );
			if ( preg_match( '/^(0x[0-9a-f]*|[0-9]+)$/D', end( $labels ) )
				|| preg_match( '/^[\d.]+$|\blocal(host)?\.?$/D', strtolower( rawurldecode( $host ) ) ) ) {
				return $wrong;
			}
		}
		if ( '' !== $port && ( ! preg_match( '/^[0-9]+$/D', $port ) || (int) $port > 65535 ) ) {
			return $wrong;
		}
		return null;
	};
}

function date_rule() {
	return function ( $v ) {
		// JavaScript's Date.parse takes any year, months 1 to 12 and days 1 to 31.
		return is_string( $v ) && preg_match( '/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/D', $v )
			? null
			: t( 'should be a date written as YYYY-MM-DD' );
	};
}

/** A number of degrees from -$max to $max, such as a latitude (JSON numbers only, as check.ts takes them). */
function degrees_rule( $max ) {
	return function ( $v ) use ( $max ) {
		/* translators: %d: the largest number of degrees, such as 90. */
		return ( is_int( $v ) || is_float( $v ) ) && abs( $v ) <= $max ? null : sprintf( t( 'should be a number of degrees from -%1$d to %1$d' ), $max );
	};
}

function time_rule() {
	return function ( $v ) {
		return is_string( $v ) && preg_match( '/^([01][0-9]|2[0-3]):[0-5][0-9]$/D', $v )
			? null
			: t( 'should be a 24-hour time such as 19:00' );
	};
}

/** Prefixes a nested problem with where it is, as the finder does ("item 2 should be ..."). */
function nested( $where, $wrong ) {
	/* translators: 1: where the problem is, such as "item 2" or a field name; 2: what is wrong. */
	return sprintf( t( '%1$s %2$s' ), $where, $wrong );
}

/** The most items a list keeps, as check.ts's MAX_ITEMS. */
const MAX_ITEMS = 50;

function list_rule( callable $item, $unique = false ) {
	return function ( $v ) use ( $item, $unique ) {
		if ( ! is_array( $v ) ) {
			return t( 'should be a list' );
		}
		// Only the items kept (MAX_ITEMS) are checked, as check.ts does.
		$kept = array_slice( array_values( $v ), 0, MAX_ITEMS );
		foreach ( $kept as $i => $entry ) {
			$wrong = $item( $entry );
			if ( null !== $wrong ) {
				/* translators: %d: the item's position in the list, from 1. */
				return nested( sprintf( t( 'item %d' ), $i + 1 ), $wrong );
			}
			if ( $unique && array_search( $entry, $kept, true ) !== $i ) {
				/* translators: %s: the word listed twice. */
				return sprintf( t( 'lists “%s” twice' ), is_bool( $entry ) ? ( $entry ? 'true' : 'false' ) : (string) $entry );
			}
		}
		return null;
	};
}

function object_rule( array $fields, array $required ) {
	return function ( $v ) use ( $fields, $required ) {
		if ( ! is_record( $v ) ) {
			/* translators: %s: the fields it needs, such as "label and url". */
			return sprintf( t( 'should be an object with %s' ), implode( t( ' and ' ), $required ) );
		}
		foreach ( $fields as $name => $rule ) {
			if ( ! has_field( $v, $name ) ) {
				if ( in_array( $name, $required, true ) ) {
					/* translators: %s: a field name. */
					return sprintf( t( 'needs a %s' ), $name );
				}
				continue;
			}
			$wrong = $rule( $v->$name );
			if ( null !== $wrong ) {
				return nested( $name, $wrong );
			}
		}
		foreach ( fields_of( $v ) as list( $name ) ) {
			if ( ! array_key_exists( $name, $fields ) ) {
				/* translators: %s: a field name. */
				return sprintf( t( 'has “%s”, which is not a field we know' ), $name );
			}
		}
		return null;
	};
}

/** The same rules as data/resource.schema.json and src/records/check.ts, field by field. */
function rules() {
	static $rules = null;
	if ( null !== $rules ) {
		return $rules;
	}
	$text  = text_rule();
	$phone = phone_rule();
	$url   = url_rule();
	$link  = object_rule( array( 'label' => text_rule( 200 ), 'url' => $url ), array( 'label', 'url' ) );
	$translation = object_rule(
		array(
			'name'     => text_rule( 200 ),
			'summary'  => $text,
			'hours'    => $text,
			'callNote' => $text,
			'textBody' => text_rule( 160 ),
			'textSend' => text_rule( 160 ),
			'address'  => $text,
			'howTo'    => list_rule( $text ),
			'say'      => $text,
			'links'    => list_rule( $link ),
		),
		array()
	);
	$rules = array(
		'id'                 => function ( $v ) {
			return is_string( $v ) && js_length( $v ) <= 80 && preg_match( '/^[a-z0-9]+(-[a-z0-9]+)*$/D', $v )
				? null
				: t( 'should be lower-case words joined by hyphens, such as my-church-meeting' );
		},
		'name'               => text_rule( 200 ),
		'kind'               => one_of( KINDS ),
		'summary'            => $text,
		'audience'           => list_rule( one_of( AUDIENCES ), true ),
		'approaches'         => list_rule( one_of( APPROACHES ), true ),
		'formats'            => list_rule( one_of( FORMATS ), true ),
		'languages'          => list_rule(
			function ( $v ) {
				return is_string( $v ) && preg_match( '/^[a-z]{2,3}$/D', $v ) ? null : t( 'should be a code such as en or es' );
			},
			true
		),
		'cost'               => one_of( COSTS ),
		'hours'              => $text,
		'open247'            => flag_rule(),
		'medicationFriendly' => flag_rule(),
		'phone'              => $phone,
		'callNote'           => $text,
		'extraPhones'        => list_rule( object_rule( array( 'label' => text_rule( 200 ), 'phone' => $phone ), array( 'label', 'phone' ) ) ),
		'tty'                => $phone,
		'text'               => $phone,
		'textBody'           => text_rule( 160 ),
		'textSend'           => text_rule( 160 ),
		'url'                => $url,
		'chatUrl'            => $url,
		'links'              => list_rule( $link ),
		'address'            => $text,
		'latitude'           => degrees_rule( 90 ),
		'longitude'          => degrees_rule( 180 ),
		// A one-tap dial-in: a phone number, then pauses, a meeting id and # (as check.ts reads it).
		'dial'               => function ( $v ) use ( $phone ) {
			$wrong = $phone( preg_split( '/[,;#*]/', js_string( $v ) )[0] );
			return null !== $wrong ? $wrong : call_user_func( text_rule( 80 ), $v );
		},
		'notes'              => list_rule( text_rule( 4000 ) ),
		'schedule'           => list_rule( object_rule( array( 'day' => one_of( DAYS ), 'start' => time_rule(), 'end' => time_rule() ), array( 'day', 'start' ) ) ),
		'timezone'           => function ( $v ) {
			return is_string( $v ) && preg_match( '/^[A-Za-z][\w+-]{1,30}(\/[\w+-]{1,30}){0,2}$/D', $v ) ? null : t( 'should be a time zone such as America/Chicago' );
		},
		'howTo'              => list_rule( $text ),
		'say'                => $text,
		'aliases'            => list_rule( text_rule( 100 ) ),
		'regions'            => list_rule( text_rule( 100 ), true ),
		'verified'           => date_rule(),
		'source'             => $text,
		'translations'       => function ( $v ) use ( $translation ) {
			if ( ! is_record( $v ) ) {
				return t( 'should be an object such as { "es": { "summary": "..." } }' );
			}
			foreach ( fields_of( $v ) as list( $code, $words ) ) {
				if ( ! preg_match( '/^[a-z]{2,3}$/D', $code ) ) {
					/* translators: %s: what was given as a language code. */
					return sprintf( t( 'has “%s”, which is not a language code such as es' ), $code );
				}
				$wrong = $translation( $words );
				if ( null !== $wrong ) {
					return nested( $code, $wrong );
				}
			}
			return null;
		},
	);
	return $rules;
}

function problem( $record, $field, $message, $skipped ) {
	return array(
		'record'  => $record,
		'field'   => $field,
		'message' => $message,
		'skipped' => $skipped,
	);
}

/**
 * Checks decoded JSON (json_decode without `true`, so objects stay objects): a list of records, or an object
 * with a "resources" list. Returns the good records as given and every problem, as the finder would.
 *
 * @return array{records: array, problems: array}
 */
function check( $input ) {
	if ( is_array( $input ) ) {
		$list = $input;
	} elseif ( is_record( $input ) && has_field( $input, 'resources' ) && is_array( $input->resources ) ) {
		$list = $input->resources;
	} else {
		return array(
			'records'  => array(),
			'problems' => array( problem( '', '', t( 'should be a list of records, or an object with a “resources” list' ), true ) ),
		);
	}
	$rules    = rules();
	$records  = array();
	$problems = array();
	$seen     = array();
	foreach ( array_values( $list ) as $position => $raw ) {
		/* translators: %d: the record's position in the list, from 1. */
		$fallback = sprintf( t( 'record %d' ), $position + 1 );
		if ( ! is_record( $raw ) ) {
			$problems[] = problem( $fallback, '', t( 'should be an object with an id and a name' ), true );
			continue;
		}
		$record = isset( $raw->id ) && is_string( $raw->id ) && '' !== $raw->id ? $raw->id : $fallback;
		$own    = array();
		foreach ( array( 'id', 'name' ) as $field ) {
			if ( ! has_field( $raw, $field ) ) {
				$own[] = problem( $record, $field, t( 'is missing' ), true );
			}
		}
		$known = new \stdClass();
		foreach ( fields_of( $raw ) as list( $field, $value ) ) {
			if ( ! array_key_exists( $field, $rules ) ) {
				$own[] = problem( $record, $field, t( 'is not a field we know, so it was ignored' ), false );
				continue;
			}
			$known->$field = $value;
			$wrong         = $rules[ $field ]( $value );
			if ( null !== $wrong ) {
				$own[] = problem( $record, $field, $wrong, true );
			} elseif ( is_array( $value ) && count( $value ) > MAX_ITEMS ) {
				/* translators: 1: the most items kept, 2: how many the list has. */
				$own[] = problem( $record, $field, sprintf( t( 'kept %1$d of its %2$d items' ), MAX_ITEMS, count( $value ) ), false );
			}
		}
		$problems = array_merge( $problems, $own );
		if ( array_filter( array_column( $own, 'skipped' ) ) ) {
			continue;
		}
		if ( isset( $seen[ $raw->id ] ) ) {
			$problems[] = problem( $raw->id, 'id', t( 'is used by an earlier record too' ), true );
			continue;
		}
		$seen[ $raw->id ] = true;
		$records[]        = $known;
	}
	return array(
		'records'  => $records,
		'problems' => $problems,
	);
}

/** One line per problem, as the finder writes it to the console and `check` prints it. */
function describe( array $problem ) {
	$where = array();
	if ( '' !== $problem['record'] ) {
		$where[] = '“' . $problem['record'] . '”';
	}
	if ( '' !== $problem['field'] ) {
		/* translators: %s: a field name. */
		$where[] = sprintf( t( 'field “%s”' ), $problem['field'] );
	}
	$line = ( $where ? implode( ', ', $where ) . ': ' : '' ) . $problem['message'];
	return $problem['skipped'] ? $line . t( ' (skipped)' ) : $line;
}
