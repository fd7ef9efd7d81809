import type { Resource } from '../records/types.js';
import { fold } from './fold.js';
import { TUNING, scoreIndex } from './scores.js';

/** What the element needs from a search engine; fuse.js stays behind it so the engine can be tuned alone. */
export interface Searcher {
  /** Records matching the query, best first; with no query, every record: the host's, then 24/7 lines, then the rest. */
  search(query: string): Resource[];
  /** Builds the index now, if no search has yet: the element calls it when the page is idle. */
  prepare(): void;
}

/**
 * Builds the index once per set of records, on the first search that needs it. Ranking, best first:
 * 1. the query is a record's name or one of its aliases, letter for letter (after folding case and accents);
 * 2. fuse.js's fuzzy score over the whole query;
 * 3. for several words, records that match every word, by their mean score, so word order does not matter.
 * One letter says too little to rank by: it lists everything, as no query does.
 */
export function createSearcher(resources: readonly Resource[], tuning = TUNING): Searcher {
  let index: ReturnType<typeof scoreIndex> | undefined;
  const everything = [...resources].sort(
    (a, b) => Number(!!b.local) - Number(!!a.local) || Number(b.open247) - Number(a.open247) || a.order - b.order,
  );

  const prepare = () => (index ??= scoreIndex(resources, tuning));

  return {
    prepare,
    search(raw) {
      const query = fold(raw).slice(0, 200);
      if (query.length < 2) return everything;
      index = prepare();
      const best = new Map(index.scoresFor(query));
      const tokens = query.split(' ').filter((t) => t.length > 1);
      if (tokens.length > 1) {
        const perToken = tokens.map(index.scoresFor);
        for (const record of perToken[0].keys()) {
          if (!perToken.every((s) => s.has(record))) continue;
          const mean = perToken.reduce((sum, s) => sum + (s.get(record) ?? 1), 0) / perToken.length;
          best.set(record, Math.min(best.get(record) ?? 1, mean));
        }
      }
      index.exact(query, best);
      return [...best.entries()]
        .sort(([a, sa], [b, sb]) => sa - sb || resources[a].order - resources[b].order)
        .map(([record]) => resources[record]);
    },
  };
}
