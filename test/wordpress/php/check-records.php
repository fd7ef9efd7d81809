<?php
/**
 * Reads a JSON list of JSON texts on standard input, checks each with the plugin's PHP port of the record
 * checks (no WordPress loaded), and prints what it found, for comparison with src/records/check.ts.
 */
define( 'OUD_SUPPORT_FINDER_CLI', true );
require $argv[1] . '/includes/records.php';

$out = array();
foreach ( json_decode( stream_get_contents( STDIN ), true ) as $text ) {
	$decoded = json_decode( $text );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		$out[] = array( 'error' => json_last_error_msg() );
		continue;
	}
	$result = OudSupportFinder\Records\check( $decoded );
	$out[]  = array(
		'kept'     => array_map(
			function ( $record ) {
				return $record->id;
			},
			$result['records']
		),
		'problems' => array_map( 'OudSupportFinder\\Records\\describe', $result['problems'] ),
	);
}
echo json_encode( $out, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
