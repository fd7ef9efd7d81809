import data from '../../data/guide.json';
import type { Language } from '../records/localize.js';
import { fold } from '../search/fold.js';

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
type Entry = { id: string; related: string[]; aliases: string[] } & Record<Language, Words>;

const entries = data as Entry[];
const wordsOf = (text: string) => fold(text).split(/[^\p{L}\p{N}]+/u);
const searchable = (e: Entry) =>
  wordsOf([...e.aliases, ...(['en', 'es'] as const).flatMap((l) => [e[l].title, e[l].intro, ...e[l].points])].join(' '));
const texts = new Map(entries.map((e) => [e.id, searchable(e)]));

/** Every section in `lang`. */
export const guideSections = (lang: Language): GuideSection[] =>
  entries.map((e) => ({ id: e.id, related: e.related, ...e[lang], words: texts.get(e.id)! }));

/**
 * Sections that match a search: every word of three letters or more must start a word of the section (in
 * either language), so "first meeting" and "primera" both find the first-meeting help.
 */
export function matchGuide(sections: readonly GuideSection[], query: string): GuideSection[] {
  const words = wordsOf(query).filter((w) => w.length > 2);
  return words.length ? sections.filter((s) => words.every((w) => s.words.some((word) => word.startsWith(w)))) : [];
}
