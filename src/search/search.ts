import type { Resource } from '../records/types.js';
import { fold } from './fold.js';
import { meaningSteps, typeNear } from './meaning.js';
import { TUNING, scoreIndex, scoreSteps } from './scores.js';
import { run } from '../records/slices.js';
import type { Steps } from '../records/slices.js';
import type { Scores } from './scores.js';

/** What the element needs from a search engine; fuse.js stays behind it so the engine can be tuned alone. */
export interface Searcher {
  /**
   * Records matching the query, best first; with no query, every record: the host's, then 24/7 lines, then the
   * rest. Only the first `k` are put in order (the rest follow in any order), so a page of 20 sorts no more.
   */
  search(query: string, k?: number): Resource[];
  /** Puts the first `k` of `list` (records the last search found, in any order) in that search's order. */
  top(list: Resource[], k?: number): Resource[];
  /** Builds the index a record a step: the element builds it in slices when the page is idle (a search finishes it). */
  building(): Steps<unknown>;
  /**
   * Whether a search for `query` should wait for the index: a big set's (over 20,000 records) takes seconds to
   * finish at once, so the element finishes it in slices first.
   */
  waits(query: string): boolean;
}

/**
 * The first `k` of `list` in the order `compare` gives, as a stable sort would put them, then the rest in any
 * order: a page needs its 20 best, not every match sorted. One pass keeps the best `k` so far in order, each
 * new one placed by halving; most records lose to the `k`th at once.
 */
export function firstOf<T>(list: T[], k: number, compare: (a: T, b: T) => number): T[] {
  if (k >= list.length) return list.sort(compare);
  if (!k) return list;
  const best: T[] = [];
  const rest: T[] = [];
  for (const item of list) {
    if (best.length < k || compare(item, best[k - 1]) < 0) {
      let at = best.length;
      while (at && compare(item, best[at - 1]) < 0) at--;
      best.splice(at, 0, item);
      if (best.length > k) rest.push(best.pop()!);
    } else rest.push(item);
  }
  return best.concat(rest);
}

/**
 * Builds the index once per set of records, on the first search that needs it. Ranking, best first:
 * 1. the query is a record's name or one of its aliases, letter for letter (after folding case and accents);
 * 2. fuse.js's fuzzy score over the whole query, in the record's own words;
 * 3. for several words, only records that match every word, by their mean score or the whole query's, so word
 *    order does not matter;
 * 4. records found by meaning alone (`meaning.ts`: "suboxone", "tuesday"), below every match in their words.
 * One letter says too little to rank by: it lists everything, as no query does.
 */
export function createSearcher(resources: readonly Resource[], tuning = TUNING): Searcher {
  let index: ReturnType<typeof scoreIndex> | undefined;
  // With no query: the host's records, then the 24/7 lines, then the rest, each pile in the records' order (they
  // come in it): a stable sort in one pass.
  const piles: Resource[][] = [[], [], [], []];
  for (const r of resources) piles[2 * +!r.local + +!r.open247].push(r);
  const everything = piles.flat();

  let meant: (word: string, query?: string) => Scores;
  let building: Steps<unknown> | undefined;
  const build = function* () {
    meant = yield* meaningSteps(resources);
    index = yield* scoreSteps(resources, tuning);
  };
  // The last search's scores by record `order` (check.ts and merge.ts number records apart); unused when it
  // listed everything, already in order.
  const rank = resources.map(() => 0);
  let ranked = false;
  const top = (list: Resource[], k = Infinity) =>
    ranked ? firstOf(list, k, (a, b) => rank[a.order] - rank[b.order] || a.order - b.order) : list;
  const prepare = () => {
    run((building ??= build()));
    return index!;
  };
  /**
   * A word's matches: fuse.js's in the records' words, then by meaning. A word found as typed allows one typo
   * at most ("speaker" does not list "Seekers"), and none as one word of several, which each narrow ("step
   * saturday" does not list "Sober Sisters"); a one-word query found nowhere that is a typo of a meeting type
   * is read as that type ("speker").
   */
  const matches = (word: string, query = word): Scores => {
    let typos = tuning.typos;
    if (index!.scoresFor(word, 0).size) typos = +(word === query);
    else if (!query.includes(' ')) {
      const type = typeNear(word);
      if (type) [word, typos] = [type, 1];
    }
    // fuse.js's score where it has one.
    const found = meant(word, query);
    index!.scoresFor(word, typos).forEach((score, record) => found.set(record, score));
    return found;
  };

  return {
    building: () => (building ??= build()),
    waits: (query) => !index && resources.length > 20_000 && fold(query).length > 1,
    top,
    search(raw, k) {
      const query = fold(raw).slice(0, 200);
      ranked = query.length > 1;
      if (!ranked) return everything;
      index = prepare();
      const whole = matches(query);
      const tokens = query.split(' ').filter((t) => t.length > 1);
      let best = whole;
      if (tokens.length > 1) {
        // Several words narrow: a record must match each of them, in any of its fields or by meaning.
        best = new Map();
        const perToken = tokens.map((token) =>
          // A word found nowhere as typed is a typo, which the whole query, matched as a phrase, may hold ("smrat recovery").
          index!.scoresFor(token, 0).size ? matches(token, query) : new Map([...whole, ...matches(token, query)]),
        );
        for (const record of perToken[0].keys()) {
          if (!perToken.every((s) => s.has(record))) continue;
          const mean = perToken.reduce((sum, s) => sum + s.get(record)!, 0) / perToken.length;
          best.set(record, Math.min(whole.get(record) ?? 1, mean));
        }
      }
      index.exact(query, best);
      const found: Resource[] = [];
      best.forEach((score, record) => {
        rank[resources[record].order] = score;
        found.push(resources[record]);
      });
      return top(found, k);
    },
  };
}

