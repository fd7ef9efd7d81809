import { en } from '../i18n/en.js';
import { es } from '../i18n/es.js';
import type { Resource } from '../records/types.js';
import { fold } from './fold.js';
import { TYPES, keyPhrasesFor } from './keywords.js';
import type { Scores } from './scores.js';

/**
 * Finds records by what they are rather than what they say: the phrases derived from their facts
 * (`keyPhrasesFor`) and the days they meet on, in English and Spanish ("tuesday", "tue", "martes"). A phrase is
 * found by itself or a prefix ("peer s", "tues"), or, within a longer query, by its
 * whole words ("12 step women" finds "12 step" records for "12" and "step"). Never by a typo: typos are for
 * the records' own words, which fuse.js searches.
 */
export function* meaningSteps(resources: readonly Resource[]) {
  const owners = new Map<string, number[]>();
  // A record listed twice under a phrase is found once.
  const add = (phrase: string, record: number) => owners.get(phrase)?.push(record) ?? owners.set(phrase, [record]);
  // A record a step, for the page to build it in slices.
  for (let record = 0; record < resources.length; record++, yield) {
    const r = resources[record];
    for (const phrase of keyPhrasesFor(r)) add(phrase, record);
    for (const { day } of r.schedule) for (const m of [en, es]) add(fold(m.days[day]), record);
  }
  const phrases = [...owners.keys()];

  /** Records the `word` names by meaning, scored 0.5; `query` is the whole query the word is part of. */
  return (word: string, query = word): Scores => {
    const found: Scores = new Map();
    const padded = ` ${query} `;
    for (const phrase of phrases) {
      if (
        phrase.startsWith(word) ||
        (padded.includes(` ${phrase} `) && phrase.split(' ').includes(word))
      ) {
        // Worse than any fuse.js match, which is at most its threshold (0.34).
        for (const record of owners.get(phrase)!) found.set(record, 0.5);
      }
    }
    return found;
  };
}

/** Is `a` at most `k` typos from `b`: letters added, dropped, changed, or two swapped (each one typo)? */
const near = (a: string, b: string, k: number): boolean =>
  a === b ||
  (a[0] === b[0] ?
    near(a.slice(1), b.slice(1), k)
  : k > 0 &&
    (near(a.slice(1), b, k - 1) ||
      near(a, b.slice(1), k - 1) ||
      near(a.slice(1), b.slice(1), k - 1) ||
      (a[0] === b[1] && a[1] === b[0] && near(a.slice(2), b.slice(2), k - 1))));

/**
 * The meeting type a word found nowhere as typed means, if it is within the typos fuse.js would allow of one
 * ("speker", "stpe", "womne": one typo in four or five letters, two from six; a swap is one); else undefined.
 */
export const typeNear = (word: string): string | undefined =>
  TYPES.find((type) => near(word, type, word.length < 4 ? 0 : word.length < 6 ? 1 : 2));
