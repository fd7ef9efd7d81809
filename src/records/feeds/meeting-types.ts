import type { Approach, Audience } from '../types.js';
import { uniq } from './shared.js';

/*
 * Meeting type codes (code4recovery/spec) in English words: the common ones only, for the size
 * budget; any other code is shown as it is written. Language codes become `languages` (the card names them in
 * the finder's language); ONL, AL-AN, AL and A also set our filters.
 */
const WORDS =
  'O=Open meeting: anyone may attend;C=Closed meeting: for people who want to recover;BE=Newcomers welcome;D=Discussion;SP=Speaker;' +
  'ST=Step study;B=Big Book;MED=Meditation;A=Secular;W=For women;M=For men;Y=Young people;LGBTQ=LGBTQ+;X=Wheelchair access;' +
  'ASL=American Sign Language;ONL=Online;TC=Building closed for now';

/** Two-letter language codes of the specification that are the ISO code itself, then the ones that are not. */
const LANGUAGE_CODES = 'AF AM AR BG DA DE EL EN FA FI FR HE HI HR HU IS JA KA LT ML MT NE NL NO SK SL SV TH TL UK'.split(' ');
const LANGUAGES: Record<string, string> = { ITA: 'it', KOR: 'ko', POL: 'pl', POR: 'pt', PUN: 'pa', RUS: 'ru', S: 'es', ES: 'es', ESPAÑOL: 'es', SPANISH: 'es', TUR: 'tr' };

let table: Map<string, string> | undefined;
/** The words for a code, case-insensitive; undefined for a code we do not know. */
export const typeWords = (code: string): string | undefined =>
  (table ??= new Map(WORDS.split(';').map((entry) => entry.split('=') as [string, string]))).get(code.toUpperCase());

export interface TypeMeaning {
  /** The type words; an unknown code is kept as it is. */
  words: string[];
  languages: string[];
  online: boolean;
  closed: boolean;
  approaches: Approach[];
  audience: Audience[];
}

/** What a list of type codes means: words, languages and the filters they answer. A code we do not know (or a
 * format's own name, from a BMLT feed) is kept as it is. */
export function typeMeaning(codes: string[]): TypeMeaning {
  const upper = uniq(codes.map((c) => c.trim()).filter(Boolean));
  const words: string[] = [];
  const languages: string[] = [];
  for (const code of upper) {
    const key = code.toUpperCase();
    const language = LANGUAGES[key] ?? (LANGUAGE_CODES.includes(key) ? code.toLowerCase() : undefined);
    if (language) languages.push(language);
    else words.push(typeWords(code) ?? code);
  }
  const has = (code: string) => upper.some((c) => c.toUpperCase() == code);
  return {
    words,
    languages: uniq(languages),
    online: has('ONL'),
    closed: has('TC'),
    approaches: has('A') ? ['12-step', 'peer-support', 'secular'] : ['12-step', 'peer-support'],
    audience: has('AL-AN') || has('AL') ? ['self', 'family'] : ['self'],
  };
}
