/**
 * Flesch-Kincaid grade level, for tests that keep our English plain. Not shipped: nothing in src imports it.
 * The syllable counter is a rule of thumb; it is right for the common words our cards and guide use.
 */

const URL_LIKE = /^(?:[a-z]+:\/\/|www\.)|\.(?:com|org|gov|net|edu|us)\b/i;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
// A full stop after these does not end a sentence.
const SENTENCE_END = /(?<!\b(?:Dr|Mr|Mrs|Ms|St|vs|e\.g|i\.e))[.!?]+["'”’)\]]*(?:\s+|$)|\n+/;

/** The words of a text: web addresses are skipped, a phone number or "24/7" is one word. */
export function words(text: string): string[] {
  return text
    .split(/\s+/)
    .filter((token) => !URL_LIKE.test(token))
    .map((token) => token.replace(EDGE_PUNCTUATION, ''))
    .filter((token) => token !== '');
}

/** The sentences of a text: ended by . ! ? or a line break; pieces without words are dropped. */
export function sentences(text: string): string[] {
  return text.split(SENTENCE_END).filter((piece) => words(piece).length > 0);
}

function lettersSyllables(run: string): number {
  // Short capitals are read letter by letter (OUD, NA, CBT), unless they read as a word (ZIP).
  if (/^[A-Z]{2,3}$/.test(run) && !/^[^AEIOU][AEIOU][^AEIOU]$/.test(run)) return run.length;
  const w = run.toLowerCase();
  if (w.length <= 3) return 1;
  let n = (w.replace(/^y/, '').match(/[aeiouy]+/g) ?? []).length;
  n += (w.match(/[^tcsgxqln]i[aou]|[^gq]ua/g) ?? []).length; // o-pi-oid, ra-di-o, ac-tu-al
  if (/[aeiouy]ing$/.test(w)) n++; // be-ing, stay-ing
  if (/[^aeiouy]e(?:ly|ment|ful|ness)$/.test(w)) n--; // safe-ly, use-ful
  if (/[^aeiouy]es$/.test(w)) n -= /(?:[sxzcg]|[cs]h|[^aeiouy]l)es$/.test(w) ? 0 : 1; // makes, but us-es, ta-bles
  else if (/[^aeiouytd]ed$/.test(w)) n--; // helped, but want-ed
  else if (/[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w)) n--; // make, while, but peo-ple
  return Math.max(1, n);
}

/** Syllables in one word: each run of letters counted, any digits one syllable, at least 1; 0 if no word. */
export function countSyllables(word: string): number {
  const plain = word.normalize('NFD').replace(/[\u0300-\u036f'’]/g, '');
  const runs = plain.match(/[a-z]+/gi) ?? [];
  const digits = /\d/.test(plain) ? 1 : 0;
  if (runs.length === 0 && digits === 0) return 0;
  return Math.max(1, digits + runs.reduce((sum, run) => sum + lettersSyllables(run), 0));
}

/** Flesch-Kincaid grade: 0.39 × words per sentence + 11.8 × syllables per word − 15.59; 0 for no words. */
export function gradeLevel(text: string): number {
  const all = words(text);
  if (all.length === 0) return 0;
  const syllables = all.reduce((sum, word) => sum + countSyllables(word), 0);
  return 0.39 * (all.length / Math.max(1, sentences(text).length)) + 11.8 * (syllables / all.length) - 15.59;
}
