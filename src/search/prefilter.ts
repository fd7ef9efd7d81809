import type { Steps } from '../records/slices.js';

/*
 * Which texts could fuse.js match? Its bitap allows `floor(length × threshold)` edits, and a text that holds a
 * pattern with k edits still holds at least `length - 1 - 2k` of the pattern's letter pairs (the q-gram
 * lemma). Counting shared pairs through an inverted index costs far less than running bitap over every text,
 * and never drops a text that fuse would match, so the results are exactly fuse's.
 */

/** fuse.js searches patterns longer than this in pieces, and matches a text if any piece matches. */
const MAX_BITS = 32;

const pairs = (text: string) => Array.from({ length: text.length - 1 }, (_, i) => text.slice(i, i + 2));

/**
 * Indexes `texts`, a text a step (see records/slices.ts); the function returned lists those that might match a
 * pattern within fuse's `threshold`.
 */
export function* prefilter(texts: readonly string[]): Steps<(pattern: string, threshold: number) => number[]> {
  const postings = new Map<string, number[]>();
  for (let id = 0; id < texts.length; id++, yield) {
    for (const pair of new Set(pairs(texts[id]))) {
      const list = postings.get(pair);
      if (list) list.push(id);
      else postings.set(pair, [id]);
    }
  }

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

/**
 * The prefilter's second, exact stage: does a text hold `pattern` with at most `k` typos (letters added, dropped
 * or changed)? That is what fuse.js's bitap accepts, so only the texts that pass need fuse to score them. Myers'
 * bit-parallel edit distance (1999), for patterns of up to 32 letters: one pass over the text, a few bit
 * operations a letter, where fuse.js makes arrays for every text and every typo allowed.
 */
export function holds(pattern: string, k: number): (text: string) => boolean {
  // Letters as UTF-16 code units, as fuse.js reads them.
  const where: Record<string, number> = {};
  for (let i = 0; i < pattern.length; i++) where[pattern[i]] = (where[pattern[i]] ?? 0) | (1 << i);
  const last = 1 << (pattern.length - 1);
  return (text) => {
    let plus = -1;
    let minus = 0;
    let distance = pattern.length;
    for (let i = 0; i < text.length; i++) {
      const same = where[text[i]] ?? 0;
      const vertical = same | minus;
      const horizontal = (((same & plus) + plus) ^ plus) | same;
      let up = minus | ~(horizontal | plus);
      let down = plus & horizontal;
      if (up & last) distance++;
      else if (down & last) distance--;
      if (distance <= k) return true;
      up <<= 1;
      down <<= 1;
      plus = down | ~(vertical | up);
      minus = up & vertical;
    }
    return distance <= k;
  };
}
