import { APPROACHES, AUDIENCES, COSTS, DAYS, FORMATS, KINDS } from './types.js';
import type { Resource, ResourceInput } from './types.js';
import { run } from './slices.js';
import { FIELDS, MAX_FIELDS, PHONE, ZONE, bare, head } from './bare.js';
import type { Steps } from './slices.js';

export { PHONE, ZONE, bare, head };

/** One thing wrong with the input, in words a site owner can act on. */
export interface Problem {
  /** The record's id when it has one, else its position (1-based) in the list. */
  record: string;
  /** The field at fault, or '' for the record or the list as a whole. */
  field: string;
  message: string;
  /** False when the record is still shown (an unknown field is ignored, not fatal). */
  skipped: boolean;
}

export interface CheckResult {
  resources: Resource[];
  problems: Problem[];
}

/** A rule returns what is wrong with a value, or undefined when it is fine. */
type Rule = (value: unknown) => string | undefined;

/** The most items a list keeps; the rest are left out with a note, so that no record can make the page slow. */
export const MAX_ITEMS = 50;

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const text =
  (max = 2000): Rule =>
  (v) =>
    typeof v === 'string' && v.trim() && v.length <= max ? undefined : `should be text of 1 to ${max} characters`;
const oneOf =
  (words: readonly string[]): Rule =>
  (v) =>
    words.includes(v as string) ? undefined : `should be one of: ${words.join(', ')}`;
const flag: Rule = (v) => (typeof v === 'boolean' ? undefined : 'should be true or false');
const phone: Rule = (v) =>
  typeof v === 'string' && PHONE.test(v) ? undefined : 'should be a phone number, such as 1-800-662-4357';
/**
 * Hosts no link may name, so that no record (above all, none from another organisation's feed) can point into
 * the visitor's own machine or network: an address written as numbers (every loopback, private and link-local
 * one among them), `localhost` and `.local` names. A visitor on a phone could not reach them anyway.
 */
const LOCAL = /^[\d.]+$|^\[|\blocal(host)?\.?$/;
const WEB = 'should be a public web address starting with https://';
/** An http(s) address with no user name or password (no "@" before the path) and no LOCAL host. */
const url: Rule = (v) => {
  if (typeof v !== 'string' || v.length > 2000 || !/^https?:\/\/[^\s/?#@]+([/?#]\S*)?$/.test(v)) return WEB;
  try {
    return LOCAL.test(new URL(v).hostname) ? WEB : undefined;
  } catch {
    return WEB;
  }
};
const date: Rule = (v) =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))
    ? undefined
    : 'should be a date written as YYYY-MM-DD';
const list =
  (item: Rule, unique = false): Rule =>
  (v) => {
    if (!Array.isArray(v)) return 'should be a list';
    // Only the items kept are checked, so the duplicate check stays small however long the list.
    for (const [i, entry] of v.slice(0, MAX_ITEMS).entries()) {
      const wrong = item(entry);
      if (wrong) return `item ${i + 1} ${wrong}`;
      if (unique && v.indexOf(entry) !== i) return `lists “${String(entry)}” twice`;
    }
    return undefined;
  };

const object = (given: Record<string, Rule>, required: string[]): Rule => {
  const fields = bare<Record<string, Rule>>(given);
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return `should be an object with ${required.join(' and ')}`;
    const entry = head(v);
    for (const [name, rule] of Object.entries(fields)) {
      if (!Object.hasOwn(entry, name)) {
        if (required.includes(name)) return `needs a ${name}`;
        continue;
      }
      const wrong = rule(entry[name]);
      if (wrong) return `${name} ${wrong}`;
    }
    const extra = Object.keys(entry).find((name) => !Object.hasOwn(fields, name));
    return extra ? `has “${extra}”, which is not a field we know` : undefined;
  };
};
const degrees =
  (max: number): Rule =>
  (v) =>
    typeof v === 'number' && Math.abs(v) <= max ? undefined : `should be a number of degrees from -${max} to ${max}`;
const time: Rule = (v) =>
  typeof v === 'string' && /^([01][0-9]|2[0-3]):[0-5][0-9]$/.test(v) ? undefined : 'should be a 24-hour time such as 19:00';

const linkRule = object({ label: text(200), url }, ['label', 'url']);
const TRANSLATION = object(
  {
    name: text(200),
    summary: text(),
    hours: text(),
    callNote: text(),
    textBody: text(160),
    textSend: text(160),
    address: text(),
    howTo: list(text()),
    say: text(),
    links: list(linkRule),
  },
  [],
);

/** The same rules as data/resource.schema.json; a test keeps the two in step. */
const RULES = bare<Record<keyof ResourceInput, Rule>>({
  id: (v) =>
    typeof v === 'string' && v.length <= 80 && ID.test(v)
      ? undefined
      : 'should be lower-case words joined by hyphens, such as my-church-meeting',
  name: text(200),
  kind: oneOf(KINDS),
  summary: text(),
  audience: list(oneOf(AUDIENCES), true),
  approaches: list(oneOf(APPROACHES), true),
  formats: list(oneOf(FORMATS), true),
  languages: list((v) => (typeof v === 'string' && /^[a-z]{2,3}$/.test(v) ? undefined : 'should be a code such as en or es'), true),
  cost: oneOf(COSTS),
  hours: text(),
  open247: flag,
  medicationFriendly: flag,
  phone,
  callNote: text(),
  extraPhones: list(object({ label: text(200), phone }, ['label', 'phone'])),
  tty: phone,
  text: phone,
  textBody: text(160),
  textSend: text(160),
  url,
  chatUrl: url,
  links: list(linkRule),
  address: text(),
  latitude: degrees(90),
  longitude: degrees(180),
  // What follows the number (pauses, a meeting id, #) is kept; links.ts lets only digits , ; * # through.
  dial: (v) => phone(String(v).split(/[,;#*]/)[0]) ?? text(80)(v),
  notes: list(text(4000)),
  schedule: list(object({ day: oneOf(DAYS), start: time, end: time }, ['day', 'start'])),
  timezone: (v) => (typeof v === 'string' && ZONE.test(v) ? undefined : 'should be a time zone such as America/Chicago'),
  howTo: list(text()),
  say: text(),
  aliases: list(text(100)),
  regions: list(text(100), true),
  verified: date,
  source: text(),
  translations: (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'should be an object such as { "es": { "summary": "..." } }';
    for (const [code, words] of Object.entries(v)) {
      if (!/^[a-z]{2,3}$/.test(code)) return `has “${code}”, which is not a language code such as es`;
      const wrong = TRANSLATION(words);
      if (wrong) return `${code} ${wrong}`;
    }
    return undefined;
  },
} satisfies Record<keyof ResourceInput, Rule>);

/**
 * Checks one record; returns the normalised record, or none when a problem keeps it off screen. Its problems
 * are added to `problems` (one list for a whole feed: spreading a record's 400,000 notes would overflow the stack).
 */
export function checkRecord(raw: unknown, position: number, problems: Problem[] = []): { resource?: Resource; problems: Problem[] } {
  const start = problems.length;
  const fallbackName = `record ${position + 1}`;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push({ record: fallbackName, field: '', message: 'should be an object with an id and a name', skipped: true });
    return { problems };
  }
  const keys = Object.keys(raw);
  const input = head(raw, keys);
  const record = typeof input.id === 'string' && input.id ? input.id : fallbackName;
  const fields = (raw as Record<symbol, number>)[FIELDS] ?? keys.length;
  if (fields > MAX_FIELDS) problems.push({ record, field: '', message: `has ${fields} fields; only the first ${MAX_FIELDS} were read`, skipped: false });
  for (const field of ['id', 'name'] as const) {
    if (!(field in input)) problems.push({ record, field, message: 'is missing', skipped: true });
  }
  for (const [field, value] of Object.entries(input)) {
    // Own fields only: a record with "constructor" or "toString" must not reach Object.prototype's.
    const rule = Object.hasOwn(RULES, field) ? RULES[field as keyof ResourceInput] : undefined;
    const wrong = rule ? rule(value) : 'is not a field we know, so it was ignored';
    if (wrong) problems.push({ record, field, message: wrong, skipped: Boolean(rule) });
    // A long list is checked and kept only up to MAX_ITEMS (lists inside translations too, without a note).
    else if (Array.isArray(value) && value.length > MAX_ITEMS) {
      problems.push({ record, field, message: `kept ${MAX_ITEMS} of its ${value.length} items`, skipped: false });
    }
    if (!rule) delete input[field];
  }
  if (problems.slice(start).some((p) => p.skipped)) return { problems };
  return { resource: normalise(input as unknown as ResourceInput, position), problems };
}

/** A checked value copied: lists cut to MAX_ITEMS, objects built like records. */
const copy = (v: unknown): unknown =>
  Array.isArray(v) ? v.slice(0, MAX_ITEMS).map(copy)
  : v && typeof v == 'object' ? bare(Object.fromEntries(Object.entries(v).map(([k, x]) => [k, copy(x)])))
  : v;

/** The record with its known fields only (checkRecord dropped the others), every list present. */
function normalise(input: ResourceInput, order: number): Resource {
  return bare(
    { kind: 'other', summary: '', open247: false, medicationFriendly: false },
    ...['audience', 'approaches', 'formats', 'languages', 'howTo', 'aliases', 'links', 'extraPhones', 'schedule'].map((f) => ({ [f]: [] })),
    copy(input),
    { order },
  );
}

/**
 * Checks a list of records (or `{ "resources": [...] }`). Good records pass through in order; each bad one is
 * left out with a problem that names the record and the field. Never throws.
 */
export const checkRecords = (input: unknown): CheckResult => run(checkSteps(input));

/** checkRecords one record a step, for the page to run in slices. */
export function* checkSteps(input: unknown): Steps<CheckResult> {
  // (A list is not copied: its 100,000 items would be 100,000 keys.)
  const list = Array.isArray(input) ? input : bare<{ resources?: unknown }>(input).resources;
  if (!Array.isArray(list)) {
    return {
      resources: [],
      problems: [{ record: '', field: '', message: 'should be a list of records, or an object with a “resources” list', skipped: true }],
    };
  }
  const resources: Resource[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (let position = 0; position < list.length; position++, yield) {
    if (!(position in list)) continue; // a hole in a sparse list, as forEach skipped it
    const { resource } = checkRecord(list[position], position, problems);
    if (!resource) continue;
    if (seen.has(resource.id)) {
      problems.push({ record: resource.id, field: 'id', message: 'is used by an earlier record too', skipped: true });
      continue;
    }
    seen.add(resource.id);
    resources.push(resource);
  }
  return { resources, problems };
}

/** One line per problem, for the console and the `check` command. */
export function describeProblem(problem: Problem): string {
  const where = [problem.record && `“${problem.record}”`, problem.field && `field “${problem.field}”`]
    .filter(Boolean)
    .join(', ');
  return `${where ? `${where}: ` : ''}${problem.message}${problem.skipped ? ' (skipped)' : ''}`;
}
