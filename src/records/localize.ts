import { bare } from './check.js';
import type { Audience, Resource } from './types.js';
import { packCodes, packFor } from '../i18n/packs.js';
import type { Steps } from './slices.js';

/**
 * The record in `lang` where it has a translation; untranslated fields keep the record's own words. A language
 * pack's words are for the bundled records only, and its aliases, with the English name, are searched too.
 */
export const localize = (r: Resource, lang: string): Resource => {
  const pack = r.local ? undefined : packFor(lang);
  const words = r.translations?.[lang] ?? pack?.records?.[r.id];
  return words ? bare(r, words, pack && { aliases: [...r.aliases, r.name, ...(pack.aliases?.[r.id] ?? [])] }) : r;
};

/** The finder's own languages and the packs' (i18n/packs.ts); any other page language falls back to English. */
export const languages = () => [...new Set(['en', 'es', ...packCodes()])];
export type Language = string;

/**
 * `es-MX` -> `es`; `zh-TW` -> `zh-Hant` and `zh-CN` -> `zh-Hans` where those packs are on the page, else the first
 * pack of that language (a host adds the packs its readers need); anything we do not speak -> `en`.
 */
export const toLanguage = (tag: string | null | undefined): Language => {
  // Chinese tags name a place more often than a script: Taiwan, Hong Kong and Macau read Traditional characters.
  const t = `${tag ?? ''}-`.toLowerCase().replace(/^zh-(tw|hk|mo)-/, 'zh-hant-').replace(/^zh-(cn|sg)-/, 'zh-hans-');
  const codes = languages();
  return codes.find((c) => t.startsWith(`${c.toLowerCase()}-`)) ?? codes.find((c) => t.startsWith(`${c.split('-')[0]}-`)) ?? 'en';
};

/**
 * Every record in `lang`, with the ones offered in that language moved ahead of the others (stable), so that a
 * Spanish page shows Spanish-speaking services first, then those whose language is not known (a place near
 * you), then those offered only in other languages. `records` are in their `order` (as merged), which is
 * renumbered to match. With `audience` (the finder's `feed-audience`), a shared feed's records are for those
 * people ("family": an Al-Anon or Nar-Anon list). One record a step: a feed may hold 100,000.
 */
export function* localizeSteps(records: readonly Resource[], lang: Language, audience: Audience[] = []): Steps<Resource[]> {
  // Three piles in one pass are a stable sort by language; a record already in its place is not copied.
  const piles: Resource[][] = [[], [], []];
  for (const r of records) {
    const shown = localize(audience[0] && r.local == 'area' ? bare<Resource>(r, { audience }) : r, lang);
    piles[lang == 'en' || shown.languages.includes(lang) ? 0 : shown.languages.length ? 2 : 1].push(shown);
    yield;
  }
  const shown = piles.flat();
  for (let order = 0; order < shown.length; order++, yield) if (shown[order].order !== order) shown[order] = bare<Resource>(shown[order], { order });
  return shown;
}
