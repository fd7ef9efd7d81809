/*
 * Which texts could fuse.js match? Its bitap allows `floor(length × threshold)` edits, and a text that holds a
 * pattern with k edits still holds at least `length - 1 - 2k` of the pattern's letter pairs (the q-gram
 * lemma). Counting shared pairs through an inverted index costs far less than running bitap over every text,
 * and never drops a text that fuse would match, so the results are exactly fuse's.
 */

/** fuse.js searches patterns longer than this in pieces, and matches a text if any piece matches. */
const MAX_BITS = 32;

const pairs = (text: string) => Array.from({ length: text.length - 1 }, (_, i) => text.slice(i, i + 2));

/** Indexes `texts`; the function returned lists those that might match a pattern within fuse's `threshold`. */
export function prefilter(texts: readonly string[]): (pattern: string, threshold: number) => number[] {
  const postings = new Map<string, number[]>();
  texts.forEach((text, id) => {
    for (const pair of new Set(pairs(text))) {
      const list = postings.get(pair);
      if (list) list.push(id);
      else postings.set(pair, [id]);
    }
  });

  const survivors = (chunk: string, threshold: number, found: Set<number>) => {
    const { length } = chunk;
    const edits = Math.floor(length * threshold);
    const shortest = length - edits;
    const need = length - 1 - 2 * edits;
    if (need < 1) {
      // Too short, or too many typos allowed, to filter by pairs: only by length.
      texts.forEach((text, id) => text.length >= shortest && found.add(id));
      return;
    }
    const count = new Uint8Array(texts.length);
    for (const gram of pairs(chunk)) {
      for (const id of postings.get(gram) ?? []) {
        if (++count[id] === need && texts[id].length >= shortest) found.add(id);
      }
    }
  };

  return (pattern, threshold) => {
    const found = new Set<number>();
    // The same pieces as fuse.js's BitapSearch: 32 letters each, the last one ending at the pattern's end.
    for (let start = 0; start < pattern.length; start += MAX_BITS) {
      const from = Math.max(0, Math.min(start, pattern.length - MAX_BITS));
      survivors(pattern.slice(from, from + MAX_BITS), threshold, found);
    }
    return [...found];
  };
}
