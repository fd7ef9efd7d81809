import { countOptions } from '../filters/filters.js';
import type { FacetCounts, Filters } from '../filters/filters.js';
import { liveSteps } from '../filters/on-now.js';
import { localizeSteps } from '../records/localize.js';
import type { Language } from '../records/localize.js';
import type { Audience, Resource } from '../records/types.js';
import { daysIn } from '../records/zone.js';
import { createSearcher } from '../search/search.js';
import type { Searcher } from '../search/search.js';

/** What the element shows of one record set in one language, made once per set. */
export interface Shown {
  shown: Resource[];
  byId: Map<string, Resource>;
  /** Whether any record has a place, so that "Near me" can do something. */
  placed: boolean;
  searcher: Searcher;
  /** The counts with no query, as `key` (the list, the filters, the quarter hour) says: the first update's. */
  counted: [key: unknown[], counts: FacetCounts];
}

/** What counts depend on besides the filters: the list counted, and the day, turning over on quarter hours. */
export const countKey = (found: Resource[], filters: Filters, zone: string, now: Date) => [found, JSON.stringify(filters), zone + Math.floor(+now / 9e5)];

/**
 * A merged record set made ready to show, a record a step: the element runs it in slices (a feed may hold
 * 100,000 meetings) and shows the set it has until this one is ready; a small set is ready in the first slice.
 * Each record is put in the language, and what is on now and the counts with no query are made, so the first
 * update that shows the set only reads them.
 */
export function* shownSteps(merged: readonly Resource[], language: Language, audience: Audience[], filters: Filters, zone: string, now = new Date()): Generator<unknown, Shown> {
  const shown = yield* localizeSteps(merged, language, audience);
  const byId = new Map<string, Resource>();
  let placed = false;
  for (const r of shown) {
    byId.set(r.id, r);
    placed ||= r.latitude !== undefined;
    yield;
  }
  yield* liveSteps(shown, now, zone);
  const searcher = createSearcher(shown);
  yield;
  const all = searcher.search('');
  const today = daysIn(now, zone);
  let counts = countOptions([], filters, today);
  for (let at = 0; at < all.length; at += 500, yield) counts = countOptions(all.slice(at, at + 500), filters, today, counts);
  return { shown, byId, placed, searcher, counted: [countKey(all, filters, zone, now), counts] };
}
