import Fuse from 'fuse.js/basic';
import type { Resource } from '../records/types.js';
import { fold } from './fold.js';
import { keywordsFor } from './keywords.js';

/** What the element needs from a search engine; fuse.js stays behind it so the engine can be tuned alone. */
export interface Searcher {
  /** Records matching the query, best first; with no query, every record: the host's, then 24/7 lines, then the rest. */
  search(query: string): Resource[];
}

interface Doc {
  name: string;
  aliases: string[];
  keywords: string[];
  words: string[];
}

const words = (text: string) => fold(text).split(/[^\p{L}\p{N}/-]+/u).filter((w) => w.length > 2);

/**
 * Builds the index once per set of records. Ranking, best first:
 * 1. the query is a record's name or one of its aliases, letter for letter (after folding case and accents);
 * 2. fuse.js's fuzzy score over the whole query;
 * 3. for several words, records that match every word, by their mean score, so word order does not matter.
 */
export function createSearcher(resources: readonly Resource[]): Searcher {
  const docs: Doc[] = resources.map((r) => ({
    name: fold(r.name),
    aliases: r.aliases.map(fold),
    keywords: keywordsFor(r),
    words: words(`${r.summary} ${r.kind.replace('-', ' ')}`),
  }));
  const fuse = new Fuse(docs, {
    keys: [
      { name: 'name', weight: 4 },
      { name: 'aliases', weight: 3 },
      { name: 'keywords', weight: 2 },
      { name: 'words', weight: 1 },
    ],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.34,
    minMatchCharLength: 2,
  });

  const scoresFor = (query: string) => {
    const scores = new Map<number, number>();
    for (const hit of fuse.search(query)) scores.set(hit.refIndex, hit.score ?? 1);
    return scores;
  };

  const everything = [...resources].sort(
    (a, b) => Number(!!b.local) - Number(!!a.local) || Number(b.open247) - Number(a.open247) || a.order - b.order,
  );

  return {
    search(raw) {
      const query = fold(raw).slice(0, 200);
      if (!query) return everything;
      const best = scoresFor(query);
      const tokens = query.split(' ').filter((t) => t.length > 1);
      if (tokens.length > 1) {
        const perToken = tokens.map(scoresFor);
        for (const index of perToken[0].keys()) {
          if (!perToken.every((s) => s.has(index))) continue;
          const mean = perToken.reduce((sum, s) => sum + (s.get(index) ?? 1), 0) / perToken.length;
          best.set(index, Math.min(best.get(index) ?? 1, mean));
        }
      }
      docs.forEach((doc, index) => {
        if (doc.name === query) best.set(index, -2);
        else if (doc.aliases.includes(query)) best.set(index, Math.min(best.get(index) ?? 1, -1));
      });
      return [...best.entries()]
        .sort(([a, sa], [b, sb]) => sa - sb || resources[a].order - resources[b].order)
        .map(([index]) => resources[index]);
    },
  };
}
