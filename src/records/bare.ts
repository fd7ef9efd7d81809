/* Small helpers that both the checks and the feed readers use (a second script keeps only what it needs). */

const NOTHING = Object.create(null);
/**
 * A copy whose prototype holds nothing: a key named after a built-in (`__proto__`, `constructor`) is a plain
 * key there, and nothing a page's other scripts add to Object.prototype shows through as a field. Records are
 * built this way. (Not on `Object.create(null)` itself: V8 keeps such objects in its slow dictionary mode.)
 */
export const bare = <T = Record<string, unknown>>(...parts: unknown[]): T => Object.assign(Object.create(NOTHING), ...parts);

/** The most fields of one object read; a hostile record's 400,000 are neither copied nor walked. */
export const MAX_FIELDS = 100;
/** How many fields an object had, where a feed's parse kept only its first thousand (records/parse.ts). */
export const FIELDS = Symbol();
export const head = (v: object, keys = Object.keys(v), max = MAX_FIELDS) =>
  bare(Object.fromEntries(keys.slice(0, max).map((k) => [k, (v as Record<string, unknown>)[k]])));

export const PHONE = /^\+?\(?[0-9][0-9 ().-]{1,24}$/;
/** An IANA time zone name: `UTC`, `America/Chicago`, `America/Argentina/Buenos_Aires`, `Etc/GMT+5`. */
export const ZONE = /^[A-Za-z][\w+-]{1,30}(\/[\w+-]{1,30}){0,2}$/;
