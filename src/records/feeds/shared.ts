import { PHONE, ZONE, head } from '../bare.js';
import type { Meeting, ResourceInput } from '../types.js';
import { parsePlace } from '../../filters/distance.js';

// Helpers the feed adapters share. Feeds are untrusted, so each one takes `unknown` and returns a value our
// check rules accept, or undefined.

type Obj = Record<string, unknown>;
/** An object's own fields only (a copy, of 1,000 at most), so that keys named after built-ins and a changed Object.prototype do nothing. */
export const obj = (v: unknown): Obj => head(v && typeof v == 'object' && !Array.isArray(v) ? v : {}, undefined, 1000);
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const uniq = <T>(items: T[]): T[] => [...new Set(items)];

/** Single-spaced text of 1 to `max` characters; longer text is cut with an ellipsis, or dropped when `drop`. */
export function text(v: unknown, max = 2000, drop?: boolean): string | undefined {
  if (typeof v != 'string' && typeof v != 'number') return undefined;
  const s = decode(String(v).slice(0, 9999)).replace(/\s+/g, ' ').trim();
  return !s ? undefined : s.length <= max ? s : drop ? undefined : s.slice(0, max - 1).trimEnd() + '…';
}

/** Feeds are often written in WordPress: tags become spaces, and HTML entities (`&amp;`, `&#8217;`) their letters. */
const decode = (s: string) =>
  s
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#(\d{1,6});/g, (_, code: string) => String.fromCodePoint(Math.min(+code, 0xfffd)))
    .replace(/&(amp|lt|gt|quot|nbsp);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ' })[name]!);

/** The non-empty parts joined, such as a street, city and state. */
export const joined = (parts: unknown[], sep = ', '): string | undefined => text(parts.map((p) => text(p)).filter(Boolean).join(sep));

/** The whole one-tap dial string (`+1 646 558 8656,,123456789#`) when the number has a pin after it. */
export const dialString = (v: unknown): string | undefined =>
  phoneNumber(v) && /^[^,;#*]+[,;#*][\d,;#*]*$/.test(String(v)) && String(v).length <= 80 ? String(v) : undefined;

/** A phone number without the one-tap pin or extension after it (`+1 555-0123,,8451#`), as check.ts accepts it. */
export function phoneNumber(v: unknown): string | undefined {
  const p = typeof v == 'string' ? v.split(/[,;#*]|ext|x/i)[0].trim() : '';
  return PHONE.test(p) ? p : undefined;
}

/** An http(s) address only: `javascript:` and the like are dropped. */
export function webAddress(v: unknown): string | undefined {
  const u = typeof v == 'string' ? v.trim() : '';
  if (u.length > 2000 || !/^https?:\/\/\S+$/.test(u)) return undefined;
  try {
    return new URL(u) && u;
  } catch {
    return undefined;
  }
}

/** `19:00:00`, `7:00`, `7:00 pm` or `09:00-05:00` as a 24-hour `HH:MM`. */
export function hhmm(v: unknown): string | undefined {
  const m = /^(\d\d?):([0-5]\d)(?::\d\d)?\s*([ap])?/i.exec(typeof v == 'string' ? v.trim() : '');
  if (!m) return undefined;
  const h = m[3] ? (+m[1] % 12) + (/p/i.test(m[3]) ? 12 : 0) : +m[1];
  return h < 24 ? `${h < 10 ? '0' : ''}${h}:${m[2]}` : undefined;
}

/** The time `duration` (`01:30:00`) after `start`, on a 24-hour clock, so a late meeting ends after midnight. */
export function endTime(start: string | undefined, duration: unknown): string | undefined {
  const d = hhmm(duration);
  const m = start && d && d != '00:00' ? (+start.slice(0, 2) + +d.slice(0, 2)) * 60 + +start.slice(3) + +d.slice(3) : 0;
  return m ? hhmm(`${Math.floor(m / 60) % 24}:${String(m % 60).padStart(2, '0')}`) : undefined;
}

/**
 * A place's latitude and longitude as numbers, from numbers or text ("39.7817"), or nothing: out of range, or
 * 0,0 (the sea off Africa, which feeds write for "unknown").
 */
export function place(lat: unknown, lon: unknown): { latitude?: number; longitude?: number } {
  const p = parsePlace(`${text(lat)},${text(lon)}`);
  return p && (p.latitude || p.longitude) ? p : {};
}

/** A weekly time, leaving `end` out when there is none (check.ts rejects `end: undefined`). */
export const slot = (day: Meeting['day'], start: string, end?: string): Meeting => (end ? { day, start, end } : { day, start });

/** Lower-case hyphenated id from the first usable candidate, prefixed when it would not start with a letter, unique in `used`. */
export function makeId(used: Set<string>, prefix: string, ...candidates: unknown[]): string {
  const base =
    candidates
      .map((c) =>
        (text(c) ?? '')
          .toLowerCase()
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/[^a-z0-9]+/g, '-')
          .slice(0, 60)
          .replace(/^-+|-+$/g, ''),
      )
      .find(Boolean) ?? '';
  const root = /^[a-z]/.test(base) ? base : base ? `${prefix}-${base}` : prefix;
  let id = root;
  // Numbered from how many ids there are, not from 2 upwards, so that thousands of same-named meetings stay quick.
  for (let n = used.size; used.has(id); ) id = `${root}-${++n}`;
  used.add(id);
  return id;
}

/** Leaves out empty values: check.ts rejects `undefined`, empty text and, for some fields, empty lists. */
export const clean = (record: ResourceInput): ResourceInput =>
  Object.fromEntries(
    Object.entries(record).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && !v.length)),
  ) as unknown as ResourceInput;

/** Sentences joined, each ending with a full stop. */
export const sentences = (parts: (string | undefined)[]): string | undefined =>
  text(parts.filter(Boolean).map((p) => (/[.!?]$/.test(p!) ? p : `${p}.`)).join(' '));

/** A time zone the browser knows, by its usual name ("US/Pacific" is "America/Los_Angeles"), or nothing. */
export function zone(v: unknown): string | undefined {
  try {
    const z = text(v, 60) && new Intl.DateTimeFormat('en', { timeZone: text(v, 60) }).resolvedOptions().timeZone;
    return z && ZONE.test(z) ? z : undefined;
  } catch {
    return undefined;
  }
}
