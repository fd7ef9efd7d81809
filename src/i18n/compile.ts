import { whyParts } from '../filters/guided.js';
import type { Messages } from './messages.js';

/*
 * A catalogue written as JSON (the format in docs/translations.md) becomes the functions the finder calls in two
 * steps: `normalize`, when the pack is built, turns placeholder names into positions and marks each message that
 * takes values; `compile`, bundled into each pack (not into the finder's own script), makes the functions.
 */

/** The placeholders of each message that takes values, in the order the finder passes them. */
export const PARAMS: Record<string, string> = {
  weekly: 'days time',
  nextMeeting: 'when time',
  local: 'hostName',
  resultCount: 'count',
  resultCountFor: 'count query',
  optionCount: 'count',
  noResults: 'query',
  callNumber: 'phone',
  ttyNumber: 'phone',
  textNumber: 'phone body send',
  verified: 'date year month day',
  source: 'source',
  languageName: 'code',
  guidedStep: 'step steps',
  guidedWhy: 'parts',
  qrWebsite: 'name',
  qrCall: 'phone',
  print: 'marked',
  idleWarning: 'seconds',
  showMore: 'more',
  filtersButton: 'chosen',
  showCount: 'count',
  removeFilter: 'label',
  tipAnswer: 'query',
  printHeading: 'count',
  dialByHand: 'id passcode',
  within: 'distance',
  away: 'distance',
  // "On now, 25 min left" / "Starts in 20 min": the minutes, as numbers.
  live: 'left soon',
};

type Json = Record<string, unknown>;
type Choice = Record<string, unknown> & { other?: string; days?: Json };

/**
 * The catalogue with each message that takes values wrapped in an array, its placeholders and the choices named
 * after a parameter written as positions: `"{count} results"` -> `["{0} results"]`, `{ "send": … }` -> `[{ "$2": … }]`.
 */
export function normalize(json: Json): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(json)) {
    if (!Object.hasOwn(PARAMS, key)) {
      out[key] = value;
      continue;
    }
    const names = PARAMS[key].split(' ');
    const at = (text: unknown) =>
      typeof text === 'string' ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (names.includes(name) ? `{${names.indexOf(name)}}` : whole)) : text;
    out[key] = [
      typeof value === 'string' || key === 'languageName'
        ? at(value)
        : // A table (weekly's "days" map) keeps its name even where a parameter has it.
          Object.fromEntries(Object.entries(value as Json).map(([k, v]) => [names.includes(k) && typeof v === 'string' ? `$${names.indexOf(k)}` : k, at(v)])),
    ];
  }
  return out;
}

/** The messages a normalized catalogue gives, made into what the finder calls; the finder takes English for the rest. */
export function compile(json: Json, lang: string): Partial<Messages> {
  const m: Json = {};
  // Intl's formatters are slow to make: one of each, made when first needed.
  const made: Json = {};
  const intl = <T>(kind: string, make: () => T): T => (made[kind] ??= make()) as T;
  for (const key in json) {
    const given = json[key];
    const t = (Array.isArray(given) ? given[0] : given) as Choice;
    m[key] = Array.isArray(given)
      ? // Whatever the finder passes (Messages types its calls): text, numbers, day lists, answers.
        (...a: any[]): string => {
          if (key === 'languageName') return t[a[0]] ?? intl('n', () => new Intl.DisplayNames(lang, { type: 'language' })).of(a[0]) ?? a[0];
          if (key === 'verified') {
            const [y, mo, d] = a[0].split('-');
            a = [intl('d', () => new Intl.DateTimeFormat(`${lang}-u-nu-latn`, { dateStyle: 'long', timeZone: 'UTC' })).format(Date.UTC(y, mo - 1, d)), +y, +mo, +d];
          }
          if (key === 'guidedWhy') a = [whyParts(a[0], t as never)];
          if (key === 'live') a = [a[0].left, a[0].soon];
          const n = a[0]?.map ? a[0].length : a[0];
          const text = (
            typeof t === 'string'
              ? t
              : (t[Object.keys(t).find((k) => k[0] === '$' && a[k.slice(1) as never]) ?? n] ??
                (n === +n ? t[intl('p', () => new Intl.PluralRules(lang)).select(n)] : undefined) ??
                t.other)
          ) as string;
          return text.replace(/\{(\d)\}/g, (_, i) =>
            a[i]?.map ? intl('l', () => new Intl.ListFormat(lang)).format(a[i].map((d: string) => (key === 'weekly' ? ((t.days ?? m.days) as Json)[d] : d))) : (a[i] ?? ''),
          );
        }
      : given;
  }
  return m as Partial<Messages>;
}
