import type { Resource } from '../records/types.js';
import { fold } from './fold.js';
import { meaningSteps, typeNear } from './meaning.js';
import { TUNING, scoreIndex, scoreSteps } from './scores.js';
import { run } from '../records/slices.js';
import type { Steps } from '../records/slices.js';
import type { Scores } from './scores.js';

/** What the element needs from a search engine; fuse.js stays behind it so the engine can be tuned alone. */
export interface Searcher {
  /** Records matching the query, best first; with no query, every record: the host's, then 24/7 lines, then the rest. */
  search(query: string): Resource[];
  /** Builds the index now, if no search has yet. */
  prepare(): void;
  /** The same, a record a step: the element builds it in slices when the page is idle (`prepare` finishes it). */
  building(): Steps<unknown>;
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
  const everything = [...resources].sort(
    (a, b) => +!!b.local - +!!a.local || +b.open247 - +a.open247 || a.order - b.order,
  );

  let meant: (word: string, query?: string) => Scores;
  let building: Steps<unknown> | undefined;
  const build = function* () {
    meant = yield* meaningSteps(resources);
    index = yield* scoreSteps(resources, tuning);
  };
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
    return new Map([...meant(word, query), ...index!.scoresFor(word, typos)]);
  };

  return {
    prepare,
    building: () => (building ??= build()),
    search(raw) {
      const query = fold(raw).slice(0, 200);
      if (query.length < 2) return everything;
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
      return [...best.entries()]
        .sort(([a, sa], [b, sb]) => sa - sb || resources[a].order - resources[b].order)
        .map(([record]) => resources[record]);
    },
  };
}

