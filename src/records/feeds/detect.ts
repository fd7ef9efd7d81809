import { fromBmlt } from './bmlt.js';
import { fromHsds } from './hsds.js';
import { fromMeetingGuide } from './meeting-guide.js';
import { list, obj } from './shared.js';
import { run } from '../slices.js';
import type { Steps } from '../slices.js';

export type FeedFormat = 'resources' | 'meeting-guide' | 'hsds' | 'bmlt';

const WRONG = 'is not a list of records, a Meeting Guide feed, an HSDS feed or a BMLT feed';

export type Adapted = { format: FeedFormat; records: unknown[]; /** Meetings a feed marks inactive, left out. */ inactive: number };

/**
 * Turns a parsed feed into record inputs for checkRecords: the one place that tells the formats apart, used by
 * inline JSON, `resources`, `src` and the commands alike. With no format (or 'auto') the shape decides (see
 * docs/feeds.md); a named format that gives no records is an error, never a silent empty list. Never throws.
 */
export const adaptFeed = (json: unknown, format?: string | null) => run(adaptSteps(json, format));

/** Meetings adapted 100 at a time (ids kept unique across them), for the page to run in slices. */
function* parts(meetings: unknown[], adapt: (part: unknown[], used: Set<string>) => unknown[]): Steps<unknown[]> {
  const used = new Set<string>();
  const records: unknown[] = [];
  for (let i = 0; i < meetings.length; i += 100, yield) records.push(...adapt(meetings.slice(i, i + 100), used));
  return records;
}

/** adaptFeed in steps. */
export function* adaptSteps(json: unknown, format?: string | null): Steps<Adapted | { error: string }> {
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
    const skipped = { inactive: 0 };
    const records =
      chosen == 'bmlt' && (items || Array.isArray(meetings))
        ? yield* parts(items ?? (meetings as unknown[]), (part, used) => fromBmlt(items ? part : { ...obj(json), meetings: part }, skipped, used))
      : chosen == 'hsds' && json && typeof json == 'object' ? fromHsds(json)
      : chosen == 'meeting-guide' && items ? yield* parts(items, (part, used) => fromMeetingGuide(part, skipped, used))
      : chosen == 'resources' && (items || Array.isArray(resources)) ? (items ?? (resources as unknown[]))
      : undefined;
    if (!['resources', 'meeting-guide', 'hsds', 'bmlt'].includes(chosen)) return { error: `names an unknown format “${asked.slice(0, 40)}”` };
    if (!records || (asked && asked != 'auto' && !records.length)) {
      return { error: records ? `gave no records read as ${chosen}` : WRONG };
    }
    return { format: chosen as FeedFormat, records, inactive: skipped.inactive };
  } catch {
    return { error: WRONG };
  }
}
