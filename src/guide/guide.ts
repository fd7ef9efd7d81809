import data from '../../data/guide.json';
import type { Language } from '../records/localize.js';
import { fold } from '../search/fold.js';
import { packFor } from '../i18n/packs.js';

/** One section of practical help, in one language. */
export interface GuideSection {
  id: string;
  title: string;
  intro: string;
  points: string[];
  /** Ids of the records the section mentions. */
  related: string[];
  /** Folded words to search, in both languages, so either finds it. */
  words: string[];
}

type Words = { title: string; intro: string; points: string[] };
type Entry = { id: string; related: string[]; aliases: string[] } & Record<'en' | 'es', Words>;

const entries = data as Entry[];
const wordsOf = (text: string) => fold(text).split(/[^\p{L}\p{N}]+/u);
const searchable = (aliases: string[], ...words: (Words | undefined)[]) =>
  wordsOf([...aliases, ...words.flatMap((w) => (w ? [w.title, w.intro, ...w.points] : []))].join(' '));
const texts = new Map(entries.map((e) => [e.id, searchable(e.aliases, e.en, e.es)]));

/** Every section in `lang`. */
export const guideSections = (lang: Language): GuideSection[] =>
  entries.map((e) => {
    // A pack's words, where it has them, are searched as well as the English and Spanish ones.
    const pack = packFor(lang);
    const words = (e as unknown as Record<string, Words | undefined>)[lang] ?? pack?.guide?.[e.id];
    return { id: e.id, related: e.related, ...e.en, ...words, words: [...texts.get(e.id)!, ...(pack ? searchable(pack.aliases?.[e.id] ?? [], words) : [])] };
  });

/**
 * Sections that match a search: every word of three letters or more must start a word of the section (in
 * either language), so "first meeting" and "primera" both find the first-meeting help.
 */
export function matchGuide(sections: readonly GuideSection[], query: string): GuideSection[] {
  const words = wordsOf(query).filter((w) => w.length > 2);
  return words.length ? sections.filter((s) => words.every((w) => s.words.some((word) => word.startsWith(w)))) : [];
}
