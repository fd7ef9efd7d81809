/*
 * Intl formatters are slow to make (tens of microseconds to milliseconds) and every card asks for them on
 * every render: make each one once per language and options. `once` also keeps what they format often.
 */
const made = new Map<string, unknown>();

export function once<T>(key: string, make: () => T): T {
  if (!made.has(key)) made.set(key, make());
  return made.get(key) as T;
}

export const dateFormat = (lang: string, options: Intl.DateTimeFormatOptions) =>
  once(`d${lang}${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(lang, options));
export const listFormat = (lang: string) => once(`l${lang}`, () => new Intl.ListFormat(lang, { type: 'conjunction' }));
export const pluralRules = (lang: string) => once(`p${lang}`, () => new Intl.PluralRules(lang));
export const languageNames = (lang: string) => once(`n${lang}`, () => new Intl.DisplayNames([lang], { type: 'language' }));
