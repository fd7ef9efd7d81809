import { list, obj } from './shared.js';
import type { Steps } from '../slices.js';

export type FeedFormat = 'resources' | 'meeting-guide' | 'hsds' | 'bmlt';

const WRONG = 'is not a list of records, a Meeting Guide feed, an HSDS feed or a BMLT feed';
const NAMES: Record<string, string> = { resources: 'our', 'meeting-guide': 'Meeting Guide', hsds: 'HSDS', bmlt: 'BMLT' };

export type Adapted = { format: FeedFormat; records: unknown[]; /** Meetings a feed marks inactive, left out. */ inactive: number };
/** Why a feed could not be read; `reader` when it is a format the page has no reader for (see below). */
export type NotAdapted = { error: string; reader?: boolean };

/**
 * The readers of the other organisations' formats (./detect.ts). The classic script leaves them out, so that a page
 * with only its own records does not download them: `dist/oud-support-finder-feeds.js` adds them, after (or
 * before) the finder's script, and the ES module and the commands always have them. They meet in a page-wide
 * store under a registered symbol, as records/baked.ts and the language packs do; a reader that comes after a
 * feed was refused calls the listeners, and the finders read their feeds again.
 */
export type Reader = (json: unknown, format: Exclude<FeedFormat, 'resources'>, skipped: { inactive: number }) => Steps<unknown[] | undefined>;
interface Store {
  read?: Reader;
  listeners: Set<() => void>;
}
const store = ((globalThis as unknown as Record<symbol, Store>)[Symbol.for('oud-support-finder.feeds')] ??= { listeners: new Set() });

export function addReader(read: Reader) {
  store.read = read;
  store.listeners.forEach((listener) => listener());
}

/** Calls `listener` when the readers arrive; returns the function that stops it. */
export function onReaders(listener: () => void): () => void {
  store.listeners.add(listener);
  return () => store.listeners.delete(listener);
}

/**
 * Turns a parsed feed into record inputs for checkRecords, in steps: the one place that tells the formats apart,
 * used by inline JSON, `resources`, `src` and the commands alike. With no format (or 'auto') the shape decides
 * (see docs/feeds.md); a named format that gives no records is an error, never a silent empty list. Never throws.
 */
export function* adaptSteps(json: unknown, format?: string | null): Steps<Adapted | NotAdapted> {
  try {
    const items = Array.isArray(json) ? json : undefined;
    const { resources, meetings } = obj(json);
    // A few leading entries are enough to tell the formats apart.
    const sample = [...list(items).slice(0, 5), json].map(obj);
    const asked = String(format ?? '').trim().toLowerCase();
    const chosen =
      asked && asked != 'auto' ? asked
      : Array.isArray(meetings) || sample.some((i) => 'weekday_tinyint' in i) ? 'bmlt'
      : sample.some((i) => [i.contents, i.service_at_locations, i.schedules, i.phones, i.services].some(Array.isArray) || i.service) ? 'hsds'
      : sample.some((i) => ('day' in i || 'time' in i) && ['slug', 'types', 'conference_url'].some((k) => k in i)) ? 'meeting-guide'
      : 'resources';
    if (!Object.hasOwn(NAMES, chosen)) return { error: `names an unknown format “${asked.slice(0, 40)}”` };
    if (chosen != 'resources' && !store.read) {
      return { error: `is a ${NAMES[chosen]} feed, and this page has no feed reader: add oud-support-finder-feeds.js, or convert the feed with “npx oud-support-finder bundle”`, reader: true };
    }
    const skipped = { inactive: 0 };
    const records =
      chosen != 'resources' ? yield* store.read!(json, chosen as 'bmlt', skipped)
      : items ?? (Array.isArray(resources) ? (resources as unknown[]) : undefined);
    if (!records || (asked && asked != 'auto' && !records.length)) {
      return { error: records ? `gave no records read as ${chosen}` : WRONG };
    }
    return { format: chosen as FeedFormat, records, inactive: skipped.inactive };
  } catch {
    return { error: WRONG };
  }
}
