import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { NO_FILTERS, applyFilters, countOptions } from '../src/filters/filters.js';
import type { Filters } from '../src/filters/filters.js';
import type { OudSupportFinder } from '../src/oud-support-finder.js';
import { checkRecords } from '../src/records/check.js';
import { fromMeetingGuide } from '../src/records/feeds/meeting-guide.js';
import { mergeRecords } from '../src/records/merge.js';
import { AUDIENCES, APPROACHES, DAYS, FORMATS } from '../src/records/types.js';
import { TIMES } from '../src/filters/time-of-day.js';
import { createSearcher, firstOf } from '../src/search/search.js';
import { intergroupFeed } from './fixtures/intergroup-feed.js';
import { showAll, shownIds, typeQuery } from './helpers.js';

/*
 * Quick at any size (issue 17): a keystroke puts only a page of results in order, not every match, and counts
 * each distinct set of options once. What a person sees must be exactly what a full sort and a fresh count give.
 */

/** A seeded generator, so a failure can be run again. */
const random = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

describe('select: the first k by a partial selection', () => {
  type Item = { key: number; at: number };
  // Ties are the point: few keys, so many items share one and must keep their first order.
  const byKey = (a: Item, b: Item) => a.key - b.key;
  /** [items, distinct keys, k] */
  const CASES: [number, number, number][] = [
    [0, 1, 0], [0, 1, 20], [1, 1, 0], [1, 1, 1], [5, 2, 3], [20, 3, 20], [21, 3, 20], [25, 1, 20],
    [100, 4, 20], [100, 100, 20], [100, 7, 99], [100, 7, 100], [100, 7, 140], [1000, 5, 20], [1000, 1000, 40],
    [1000, 3, 60], [3000, 50, 20], [3000, 2, 1], [500, 10, Infinity],
  ];
  CASES.forEach(([n, keys, k], seed) => {
    it(`${n} items, ${keys} distinct keys, k = ${k}: the same first k as a stable sort, and every item once`, () => {
      const next = random(seed + 1);
      const items: Item[] = Array.from({ length: n }, (_, at) => ({ key: Math.floor(next() * keys), at }));
      const sorted = [...items].sort(byKey);
      const picked = firstOf([...items], k, byKey);
      expect(picked.slice(0, k), 'the first k, ties in their first order').to.deep.equal(sorted.slice(0, k));
      expect([...picked].sort((a, b) => a.at - b.at), 'nothing lost or repeated').to.deep.equal(items);
    });
  });
});

describe('select: a search and its filters and counts, as a full sort and a fresh count give them', () => {
  const resources = mergeRecords([], checkRecords(fromMeetingGuide(intergroupFeed(2000))).resources, { localOnly: true });
  const searcher = createSearcher(resources);
  const FILTERS: Partial<Filters>[] = [{}, { formats: ['online'] }, { days: ['tue'], times: ['evening'] }, { free: true, days: ['sat', 'sun'] }];
  // Each query as typed, letter by letter: most keystrokes narrow the last one's matches.
  const QUERIES = ['speaker', 'womens step', 'spanish online tuesday', 'speker', 'big book', 'serenity', '12 step', 'zzzz'].flatMap(
    (q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)),
  );

  /** What each option would give, counted afresh: the records that pass with that option chosen in its group. */
  const freshCounts = (found: typeof resources, chosen: Filters) => {
    const groups = { audience: AUDIENCES, approaches: APPROACHES, formats: FORMATS, days: DAYS, times: TIMES } as const;
    return {
      ...Object.fromEntries(
        Object.entries(groups).map(([group, options]) => [
          group,
          Object.fromEntries(options.map((option) => [option, applyFilters(found, { ...chosen, [group]: [option] }, 'tue').length])),
        ]),
      ),
      ...Object.fromEntries(
        (['medicationFriendly', 'free', 'open247', 'meetsToday'] as const).map((t) => [t, applyFilters(found, { ...chosen, [t]: true }, 'tue').length]),
      ),
      // Areas have no fixed list: each area some record names, where choosing it would give any.
      regions: Object.fromEntries(
        [...new Set(found.flatMap((r) => r.regions ?? []))]
          .map((g) => [g, applyFilters(found, { ...chosen, regions: [g] }, 'tue').length])
          .filter(([, n]) => n),
      ),
    };
  };

  for (const filters of FILTERS) {
    it(`every keystroke with ${JSON.stringify(filters)}: the same pages, count and option counts`, () => {
      const chosen = { ...NO_FILTERS, ...filters };
      for (const query of QUERIES) {
        const full = applyFilters(searcher.search(query), chosen, 'tue').map((r) => r.id);
        const found = searcher.search(query, 0);
        let results = searcher.top(applyFilters(found, chosen, 'tue'), 20);
        expect(results.length, `“${query}”: the count`).to.equal(full.length);
        expect(results.slice(0, 20).map((r) => r.id), `“${query}”: page 1`).to.deep.equal(full.slice(0, 20));
        // "Show more", twice: the next pages in order too.
        for (const k of [40, 60]) {
          results = searcher.top(results, k);
          expect(results.slice(0, k).map((r) => r.id), `“${query}”: the first ${k}`).to.deep.equal(full.slice(0, k));
        }
        expect(countOptions(found, chosen, 'tue'), `“${query}”: option counts`).to.deep.equal(freshCounts(found, chosen));
      }
    });
  }
});

describe('select: the finder draws each page in the order of a full sort', () => {
  it('"Show more" to the end lists every match of a query in search order', async () => {
    const feed = fromMeetingGuide(intergroupFeed(300));
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder local-only></oud-support-finder>`);
    el.resources = feed;
    await el.updateComplete;
    await typeQuery(el, 'meeting');
    const expected = createSearcher(mergeRecords([], checkRecords(feed).resources, { localOnly: true })).search('meeting');
    expect(shownIds(el), 'the first page').to.deep.equal(expected.slice(0, 20).map((r) => r.id));
    await showAll(el);
    expect(shownIds(el), 'every page').to.deep.equal(expected.map((r) => r.id));
  });
});
