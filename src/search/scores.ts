import Fuse from 'fuse.js/basic';
import type { FuseIndexStringRecord } from 'fuse.js/basic';
import type { Resource } from '../records/types.js';
import { fold } from './fold.js';
import { typeWordsFor } from './keywords.js';
import { holds, prefilter } from './prefilter.js';
import { run } from '../records/slices.js';

/** How forgiving the search is; `npm run bench` compares settings. */
export interface Tuning {
  /** fuse.js's threshold: the share of a word's letters that may be wrong. */
  threshold: number;
  /** Words this long or shorter must match letter for letter ("na", "mat"); longer ones may have typos. */
  exact: number;
  /** The most typos allowed in one word, however long. */
  typos: number;
  /** The share of a phrase's letters (the whole query, when it has several words) that may be wrong. */
  phrase: number;
}

export const TUNING: Tuning = { threshold: 0.34, exact: 3, typos: 2, phrase: 0.25 };

/** Weights of a record's name, aliases, a meeting's types and words (fuse.js 7 scores with them as given). */
const WEIGHTS = [4, 3, 2, 1];

const words = (text: string) => fold(text).split(/[^\p{L}\p{N}/-]+/u).filter((w) => w.length > 2);

/** Record scores for one pattern, by position in the records: fuse.js's, lower is better. */
export type Scores = Map<number, number>;

/**
 * Indexes the records' searchable texts. The scores are those of a fuse.js search over the records' fields,
 * computed faster: fuse scores each distinct text once (a city's meetings share most of their words), only
 * the texts the prefilter lets through, and a record's score is the product fuse.js takes over its fields.
 */
export const scoreIndex = (resources: readonly Resource[], tuning: Tuning) => run(scoreSteps(resources, tuning));

/** scoreIndex a record a step, for the page to build it in slices. */
export function* scoreSteps(resources: readonly Resource[], tuning: Tuning) {
  const texts: string[] = [];
  const ids = new Map<string, number>();
  /** For each text, the records that hold it and in which field, as [record, field, ...] (once for each time they hold it). */
  const owners: number[][] = [];
  /** For each record, its texts and their fields as [text, field, text, field, ...], in the order fuse.js
   * multiplies them: name, aliases, types, words, each list from its end. */
  const fields: number[][] = [];
  const fieldsOf = (r: Resource, record: number) =>
    [[fold(r.name)], r.aliases.map(fold), typeWordsFor(r), words(`${r.summary} ${r.kind.replace('-', ' ')} ${r.address ?? ''} ${r.notes?.join(' ') ?? ''}`)].flatMap((list, field) =>
      list
        .reverse()
        .filter(Boolean)
        .flatMap((text) => {
          let id = ids.get(text);
          if (id === undefined) {
            ids.set(text, (id = texts.push(text) - 1));
            owners.push([]);
          }
          owners[id].push(record, field);
          return [id, field];
        }),
    );
  for (let record = 0; record < resources.length; record++, yield) fields.push(fieldsOf(resources[record], record));
  // fuse.js's minMatchCharLength of 2 (two letters in a row must match), which the finder used to set, never
  // changes a result with these settings (a word or phrase of n letters has at most (n - 2) / 2 typos), and
  // costs time: it is left at 1. test/fuzz.test.ts checks our scores against fuse.js's with it set to 2.
  const options = { includeScore: true, ignoreLocation: true, ignoreFieldNorm: true, shouldSort: false };
  // fuse.js's index of the texts, a thousand at a time (100,000 names at once took half a second).
  const index = Fuse.createIndex([], []);
  const entries: FuseIndexStringRecord[] = [];
  for (let from = 0; from < texts.length; from += 1000, yield) {
    for (const entry of Fuse.createIndex([], texts.slice(from, from + 1000)).toJSON().records as FuseIndexStringRecord[]) {
      entry.i += from;
      entries.push(entry);
    }
  }
  const candidates = yield* prefilter(texts);
  /** Each pattern searched lately: its record scores, the texts it matched and the typos it allowed. */
  const cache = new Map<string, [Scores, number[], number]>();

  return {
    /** Every record that fuse.js matches with the pattern (typos allowed by length, `typos` at most in a word), with its score. */
    scoresFor(pattern: string, typos = tuning.typos): Scores {
      // Words of `exact` letters or fewer allow no typo whatever `typos` says: one entry for both.
      const key = (p: string) => `${p.length > tuning.exact && typos} ${p}`;
      const known = cache.get(key(pattern));
      if (known) return known[0];
      const { length } = pattern;
      const threshold =
        length <= tuning.exact ? 0
        : pattern.includes(' ') ? tuning.phrase
        : Math.min(tuning.threshold, (typos + 0.5) / length);
      // As many typos as fuse.js allows: it compares typos / length with the threshold.
      let edits = 0;
      while ((edits + 1) / length <= threshold) edits++;
      // A text that matches the pattern with k typos matches it without its last letter too: as a person types,
      // only the texts the last keystroke matched need looking at, until longer words allow another typo.
      // (Not past 32 letters, where fuse.js matches a pattern piece by piece.)
      const last = cache.get(key(pattern.slice(0, -1)));
      let ids = last?.[2] === edits && length <= 32 ? last[1] : candidates(pattern, threshold);
      if (length <= 32) {
        const fits = holds(pattern, edits);
        ids = ids.filter((id) => fits(texts[id]));
      }
      index.setIndexRecords(ids.map((id) => entries[id]));
      const matched = new Float64Array(texts.length).fill(-1);
      const found: number[] = [];
      const scores: Scores = new Map();
      // With no typo allowed, fuse.js matches the texts that hold the pattern (`holds` kept only those), scoring
      // 0 the whole text and 0.001 any other: no need to run it.
      const hits =
        edits || length > 32
          ? new Fuse(texts, { ...options, threshold }, index).search(pattern).map((hit) => [hit.refIndex, hit.score!])
          : ids.map((id) => [id, +(texts[id] != pattern) / 1e3]);
      // A record's score is the product of its matched texts' scores, each weighed by its field. fuse.js multiplies
      // them in the record's order, which changes the last bit only when there are three or more: only those
      // records need all their texts looking at.
      const count = new Uint32Array(fields.length);
      const factor = (s: number, field: number, id: number) => Math.pow(s || Number.EPSILON, WEIGHTS[field] * entries[id].n);
      for (const [id, score] of hits) {
        matched[id] = score;
        found.push(id);
        const list = owners[id];
        for (let i = 0; i < list.length; i += 2) {
          const record = list[i];
          scores.set(record, (count[record]++ ? scores.get(record)! : 1) * factor(score, list[i + 1], id));
        }
      }
      for (const record of scores.keys()) {
        if (count[record] < 3) continue;
        let score = 1;
        const list = fields[record];
        for (let i = 0; i < list.length; i += 2) {
          const s = matched[list[i]];
          if (s >= 0) score *= factor(s, list[i + 1], list[i]);
        }
        scores.set(record, score);
      }
      if (cache.size > 50) cache.clear();
      cache.set(key(pattern), [scores, found, edits]);
      return scores;
    },

    /** Ranks records whose name (-2) or an alias (-1) is the query, letter for letter, above all others. */
    exact(query: string, best: Scores) {
      const held = owners[ids.get(query)!] ?? [];
      for (let i = 0; i < held.length; i += 2) {
        if (held[i + 1] < 2) best.set(held[i], Math.min(held[i + 1] - 2, best.get(held[i]) ?? 1));
      }
    },
  };
}
