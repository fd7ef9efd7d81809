// The benchmark's laboratory, bundled by scripts/bench.mjs and run in the benchmark's Chromium page: search
// timings without rendering, index build times, and the typo-query comparison of engines and settings.
import { bundled } from '../src/records/bundled.ts';
import { checkRecords } from '../src/records/check.ts';
import { fromMeetingGuide } from '../src/records/feeds/meeting-guide.ts';
import { mergeRecords } from '../src/records/merge.ts';
import { TUNING, scoreIndex } from '../src/search/scores.ts';
import { createSearcher } from '../src/search/search.ts';
import { BUNDLED_TYPOS, TYPED_QUERIES, syntheticRecords, syntheticTypos } from './bench-data.mjs';
import { before, plainFuse } from './bench-engines.mjs';
import { TYPE_QUERIES, carries, intergroupFeed } from '../test/fixtures/intergroup-feed.ts';

/** Nearest-rank percentiles of a list of milliseconds. */
export function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
  return { count: sorted.length, median: rank(0.5), p95: rank(0.95), max: sorted.at(-1) };
}

/** What a person types, one letter at a time: every prefix of every query. */
export const prefixes = (queries) => queries.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));

/** The records the element indexes for a size: the bundled set, or that many synthetic ones as `local-only`. */
export function recordsFor(size) {
  if (size === 'bundled') return bundled.resources;
  return mergeRecords([], checkRecords(syntheticRecords(size)).resources, { localOnly: true });
}

/** The typo queries for a size: [query, the id it means]. */
export const typosFor = (size, records) =>
  size === 'bundled' ? BUNDLED_TYPOS : syntheticTypos(records, 40);

/** The engines compared: each makes a searcher from checked records. */
export function engines(tunings) {
  return {
    'fuse.js, defaults (name, aliases, summary)': (records) => plainFuse(records),
    'fuse.js, ignoreLocation (name, aliases, summary)': (records) => plainFuse(records, { ignoreLocation: true }),
    'ours before (0.1.0)': before,
    ...Object.fromEntries(
      Object.entries(tunings).map(([name, tuning]) => [name, (records) => createSearcher(records, tuning)]),
    ),
  };
}

const time = (work) => {
  const start = performance.now();
  const result = work();
  return [performance.now() - start, result];
};

/**
 * Index build time (the searcher builds it on the first query of two letters or more): the first build (cold,
 * as on a visitor's first search) and the median of the next three.
 */
export function indexBuild(size, tuning = TUNING) {
  const records = recordsFor(size);
  const runs = Array.from({ length: 4 }, () => time(() => scoreIndex(records, tuning))[0]);
  return { first: runs[0], warm: stats(runs.slice(1)).median };
}

/**
 * Search alone, without rendering: each prefix of the typed queries on a fresh searcher (as a person types,
 * so the cache helps as it would), after one untimed warm-up pass on another searcher.
 */
export function searchTimes(size, engine = 'ours', tuning = TUNING) {
  const records = recordsFor(size);
  const make = engine === 'ours' ? (r) => createSearcher(r, tuning) : before;
  const queries = prefixes(TYPED_QUERIES);
  const warm = make(records);
  queries.forEach((q) => warm.search(q));
  const searcher = make(records);
  searcher.search('zz'); // builds the index, which indexBuild times
  const samples = [];
  let results = 0;
  for (const q of queries) {
    const [ms, found] = time(() => searcher.search(q));
    samples.push(ms);
    results += found.length;
  }
  return { ...stats(samples), meanResults: Math.round(results / queries.length) };
}

/** How many typo queries find their record in the top 3, for each engine. */
export function quality(size, tunings) {
  const records = recordsFor(size);
  const queries = typosFor(size, records);
  const rows = {};
  for (const [name, make] of Object.entries(engines(tunings))) {
    const searcher = make(records);
    const found = queries.filter(([q, id]) => searcher.search(q).slice(0, 3).some((r) => r.id === id));
    rows[name] = { found: found.length, of: queries.length, missed: queries.filter((q) => !found.includes(q)).map(([q]) => q) };
  }
  return rows;
}

/**
 * Whether our engine with the old settings returns exactly what the old engine did with the same fuse.js
 * options (minMatchCharLength 1: see src/search/scores.ts), query by query, but for one-letter queries, which
 * now list everything.
 */
export function sameAsBefore(size, tuning) {
  const records = recordsFor(size);
  const ours = createSearcher(records, tuning);
  const old = before(records, { minMatchCharLength: 1 });
  const queries = [...prefixes(TYPED_QUERIES), ...typosFor(size, records).map(([q]) => q)].filter((q) => q.trim().length > 1);
  const differ = queries.filter((q) => ours.search(q).map((r) => r.id).join() !== old.search(q).map((r) => r.id).join());
  return { queries: queries.length, differ };
}

/**
 * Precision at 10 and recall for the meeting-type queries (test/precision.test.ts) over an intergroup feed of
 * `size` meetings: the share of the top 10 results that carry the type, the share of that type's meetings found,
 * and how many queries list the whole feed; for ours and for the finder before (0.1.0).
 */
export function precision(size) {
  const feed = intergroupFeed(size);
  const { resources } = checkRecords(fromMeetingGuide(feed));
  const meetingOf = new Map(resources.map((r, i) => [r, feed[i]]));
  const rows = {};
  for (const [name, make] of [['ours', createSearcher], ['ours before (0.1.0)', before]]) {
    const searcher = make(resources);
    let top = 0, carried = 0, relevant = 0, found = 0, everything = 0;
    for (const [query, code, words] of TYPE_QUERIES) {
      const results = searcher.search(query);
      const first = results.slice(0, 10);
      top += first.length;
      carried += first.filter((r) => carries(meetingOf.get(r), code, words)).length;
      const listed = new Set(results.map((r) => meetingOf.get(r)));
      const wanted = feed.filter((m) => m.types.includes(code));
      relevant += wanted.length;
      found += wanted.filter((m) => listed.has(m)).length;
      if (results.length === resources.length) everything++;
    }
    rows[name] = { precision: top ? carried / top : 0, recall: relevant ? found / relevant : 0, everything, queries: TYPE_QUERIES.length };
  }
  return rows;
}

export { syntheticRecords, TYPED_QUERIES, TYPE_QUERIES };
