import { fromBmlt } from './bmlt.js';
import { fromHsds } from './hsds.js';
import { fromMeetingGuide } from './meeting-guide.js';
import { list, obj } from './shared.js';
import { addReader, adaptSteps } from './formats.js';
import { run } from '../slices.js';
import type { Steps } from '../slices.js';

export { adaptSteps };
export type { Adapted, FeedFormat } from './formats.js';

/** Meetings adapted 100 at a time (ids kept unique across them), for the page to run in slices. */
function* parts(meetings: unknown[], adapt: (part: unknown[], used: Set<string>) => unknown[]): Steps<unknown[]> {
  const used = new Set<string>();
  const records: unknown[] = [];
  for (let i = 0; i < meetings.length; i += 100, yield) records.push(...adapt(meetings.slice(i, i + 100), used));
  return records;
}

/*
 * The feed readers: importing this module adds them to the page's store (./formats.ts), which has told the
 * formats apart. The ES module, the commands and `dist/oud-support-finder-feeds.js` import it; the classic
 * script does not.
 */
addReader(function* (json, format, skipped) {
  const items = Array.isArray(json) ? json : undefined;
  const { meetings } = obj(json);
  return format == 'bmlt' && (items || Array.isArray(meetings))
    ? yield* parts(items ?? list(meetings), (part, used) => fromBmlt(items ? part : { ...obj(json), meetings: part }, skipped, used))
    : format == 'hsds' && json && typeof json == 'object' ? fromHsds(json)
    : format == 'meeting-guide' && items ? yield* parts(items, (part, used) => fromMeetingGuide(part, skipped, used))
    : undefined;
});

/** adaptSteps at once, for the commands and tests. */
export const adaptFeed = (json: unknown, format?: string | null) => run(adaptSteps(json, format));
