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

/** Every section in `lang`, searchable in English, Spanish and the language's pack, where it has one. */
export const guideSections = (lang: Language): GuideSection[] =>
  entries.map((e) => {
    const pack = packFor(lang);
    const words = (e as unknown as Record<string, Words | undefined>)[lang] ?? pack?.guide?.[e.id];
    return { ...e, ...e.en, ...words, words: searchable([...e.aliases, ...(pack?.aliases?.[e.id] ?? [])], e.en, e.es, words) };
  });

/**
 * Sections that match a search: every word of three letters or more must start a word of the section (in
 * either language), so "first meeting" and "primera" both find the first-meeting help.
 */
export function matchGuide(sections: readonly GuideSection[], query: string): GuideSection[] {
  const words = wordsOf(query).filter((w) => w.length > 2);
  return words.length ? sections.filter((s) => words.every((w) => s.words.some((word) => word.startsWith(w)))) : [];
}
