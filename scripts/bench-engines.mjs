// Engines the benchmark compares with ours, on the same records and queries. Bundled by scripts/bench.mjs.
import Fuse from 'fuse.js/basic';
import { fold } from '../src/search/fold.ts';
import { keywordsFor } from '../src/search/keywords.ts';

/** fuse.js as its README sets it up: the record's name, aliases and summary, every other option left alone. */
export function plainFuse(resources, options = {}) {
  const fuse = new Fuse(resources, { keys: ['name', 'aliases', 'summary'], ...options });
  return { search: (query) => fuse.search(query).map((hit) => hit.item) };
}

const words = (text) => fold(text).split(/[^\p{L}\p{N}/-]+/u).filter((w) => w.length > 2);

/**
 * Our search as it was before the benchmark (0.1.0): one fuse.js index over every record's four fields,
 * searched whole for each query and again for each of its words. `options` overrides its fuse.js options.
 */
export function before(resources, options = {}) {
  const docs = resources.map((r) => ({
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
    ...options,
  });
  const scoresFor = (query) => {
    const scores = new Map();
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
