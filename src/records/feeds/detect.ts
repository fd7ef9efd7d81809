import { fromHsds } from './hsds.js';
import { fromMeetingGuide } from './meeting-guide.js';
import { list, obj } from './shared.js';

export type FeedFormat = 'resources' | 'meeting-guide' | 'hsds';

const WRONG = 'is not a list of records, a Meeting Guide feed or an HSDS feed';

/**
 * Turns a parsed feed into record inputs for checkRecords. With no format (or 'auto') the shape decides:
 * `contents` or service fields mean HSDS, `day`/`time` with meeting fields mean Meeting Guide, any other list
 * (or `{ resources }`) is our own records. Never throws.
 */
export function adaptFeed(
  json: unknown,
  format?: FeedFormat | 'auto' | string,
): { format: FeedFormat; records: unknown[] } | { error: string } {
  try {
    const items = Array.isArray(json) ? json : undefined;
    const { contents, resources } = obj(json);
    // A few leading entries are enough to tell the formats apart.
    const sample = list(items)
      .filter((i) => i && typeof i == 'object')
      .slice(0, 5)
      .map(obj);
    const some = (test: (item: Record<string, unknown>, has: (keys: string) => boolean) => boolean) =>
      sample.some((i) => test(i, (keys) => keys.split(' ').some((k) => k in i)));
    const asked = String(format ?? '').trim().toLowerCase();
    const chosen =
      asked && asked != 'auto' ? asked
      : Array.isArray(contents) || some((i) => [i.service_at_locations, i.schedules, i.phones].some(Array.isArray)) ? 'hsds'
      : some((_, has) => has('day time') && has('slug types conference_url')) ? 'meeting-guide'
      : 'resources';
    if (chosen == 'hsds' && (items || Array.isArray(contents))) return { format: chosen, records: fromHsds(json) };
    if (chosen == 'meeting-guide' && items) return { format: chosen, records: fromMeetingGuide(items) };
    if (chosen == 'resources' && (items || Array.isArray(resources))) return { format: chosen, records: items ?? (resources as unknown[]) };
    return {
      error: ['hsds', 'meeting-guide', 'resources'].includes(chosen) ? WRONG : `names an unknown format “${asked.slice(0, 40)}”`,
    };
  } catch {
    return { error: WRONG };
  }
}
