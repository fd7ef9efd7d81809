import { bare } from './check.js';
import type { Audience, Resource } from './types.js';

/** The record in `lang` where it has a translation; untranslated fields keep the record's own words. */
export const localize = (r: Resource, lang: string): Resource => {
  const words = r.translations?.[lang];
  return words ? bare(r, words) : r;
};

/** The finder's languages; any other page language falls back to English. */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** `es-MX` -> `es`; anything we do not speak -> `en`. */
export const toLanguage = (tag: string | null | undefined): Language =>
  (LANGUAGES as readonly string[]).includes((tag ?? '').slice(0, 2).toLowerCase()) ? ((tag ?? '').slice(0, 2).toLowerCase() as Language) : 'en';

/**
 * Every record in `lang`, with the ones offered in that language moved ahead of the others (stable), so that a
 * Spanish page shows Spanish-speaking services first, then those whose language is not known (a place near
 * you), then those offered only in other languages. `order` is renumbered to match. With `audience` (the finder's
 * `feed-audience`), a shared feed's records are for those people ("family": an Al-Anon or Nar-Anon list).
 */
export function localizeAll(records: readonly Resource[], lang: Language, audience: Audience[] = []): Resource[] {
  const speaks = (r: Resource) => (lang === 'en' || r.languages.includes(lang) ? 0 : r.languages.length ? 2 : 1);
  return records
    .map((r) => localize(audience[0] && r.local == 'area' ? bare<Resource>(r, { audience }) : r, lang))
    .sort((a, b) => speaks(a) - speaks(b) || a.order - b.order)
    .map((r, order) => bare<Resource>(r, { order }));
}
