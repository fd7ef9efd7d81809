import { APPROACHES, AUDIENCES, DAYS, FORMATS } from '../records/types.js';
import type { Approach, Audience, Day, Format, Resource } from '../records/types.js';

/** The groups a person can pick several options in: OR within a group, AND across groups. */
export const LIST_GROUPS = {
  audience: AUDIENCES,
  approaches: APPROACHES,
  formats: FORMATS,
  days: DAYS,
} as const;
/** Yes/no filters; each narrows the results when on. */
export const TOGGLES = ['medicationFriendly', 'free', 'open247', 'meetsToday'] as const;

export type ListGroup = keyof typeof LIST_GROUPS;
export type Toggle = (typeof TOGGLES)[number];

export interface Filters {
  audience: Audience[];
  approaches: Approach[];
  formats: Format[];
  /** Days a meeting is held on. */
  days: Day[];
  medicationFriendly: boolean;
  free: boolean;
  open247: boolean;
  meetsToday: boolean;
}

/** For each option, how many results there would be if it were chosen, given the other groups. */
export type FacetCounts = { [G in ListGroup]: Record<(typeof LIST_GROUPS)[G][number], number> } & Record<Toggle, number>;

export const NO_FILTERS: Filters = {
  audience: [],
  approaches: [],
  formats: [],
  days: [],
  medicationFriendly: false,
  free: false,
  open247: false,
  meetsToday: false,
};

/** What a record offers in each group. */
const valuesOf = (r: Resource, group: ListGroup): readonly string[] =>
  group === 'days' ? r.schedule.map((m) => m.day) : r[group];

const TOGGLE_TEST: Record<Toggle, (r: Resource, today: Day) => boolean> = {
  medicationFriendly: (r) => r.medicationFriendly,
  free: (r) => r.cost === 'free' || r.cost === 'donations',
  open247: (r) => r.open247,
  meetsToday: (r, today) => r.schedule.some((m) => m.day === today),
};

const GROUP_NAMES = Object.keys(LIST_GROUPS) as ListGroup[];

/**
 * Does the record pass every filter, leaving out `except` (used to count that group's options)?
 * `today` is the day "meets today" means; the element passes the page's current day.
 */
export function matches(r: Resource, filters: Filters, today: Day, except?: ListGroup | Toggle): boolean {
  for (const group of GROUP_NAMES) {
    const chosen: readonly string[] = filters[group];
    if (group !== except && chosen.length && !valuesOf(r, group).some((v) => chosen.includes(v))) return false;
  }
  return TOGGLES.every((t) => t === except || !filters[t] || TOGGLE_TEST[t](r, today));
}

export const applyFilters = (resources: readonly Resource[], filters: Filters, today: Day): Resource[] =>
  resources.filter((r) => matches(r, filters, today));

export const hasFilters = (filters: Filters): boolean =>
  GROUP_NAMES.some((g) => filters[g].length > 0) || TOGGLES.some((t) => filters[t]);

/** The day of the week of a date, in our words. */
export const dayOf = (date: Date): Day => DAYS[date.getDay()];

/**
 * Counts what each option would give: the records that pass every other group and have that option.
 * One pass per group keeps this linear in records times groups.
 */
export function countOptions(resources: readonly Resource[], filters: Filters, today: Day): FacetCounts {
  const counts = {} as Record<string, unknown>;
  for (const group of GROUP_NAMES) {
    const tally = Object.fromEntries(LIST_GROUPS[group].map((o) => [o, 0])) as Record<string, number>;
    for (const r of resources) {
      if (!matches(r, filters, today, group)) continue;
      for (const option of new Set(valuesOf(r, group))) if (option in tally) tally[option]++;
    }
    counts[group] = tally;
  }
  for (const toggle of TOGGLES) {
    counts[toggle] = resources.filter((r) => TOGGLE_TEST[toggle](r, today) && matches(r, filters, today, toggle)).length;
  }
  return counts as FacetCounts;
}

/**
 * The filters from an element's properties. Frameworks may set "family" rather than ["family"]; anything
 * else odd counts as no choice, so a bad value never throws.
 */
export function readFilters(from: { [K in keyof Filters]: unknown }): Filters {
  const list = <T extends string>(value: unknown, vocabulary: readonly T[]) =>
    parseWords(Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '', vocabulary).words;
  return {
    audience: list(from.audience, AUDIENCES),
    approaches: list(from.approaches, APPROACHES),
    formats: list(from.formats, FORMATS),
    days: list(from.days, DAYS),
    medicationFriendly: !!from.medicationFriendly,
    free: !!from.free,
    open247: !!from.open247,
    meetsToday: !!from.meetsToday,
  };
}

/**
 * Reads a host's attribute such as `approaches="faith-based secular"`: words separated by spaces or commas,
 * in any case; words outside the vocabulary are returned apart so the element can warn about them.
 */
export function parseWords<T extends string>(
  value: string | null | undefined,
  vocabulary: readonly T[],
): { words: T[]; unknown: string[] } {
  const words: T[] = [];
  const unknown: string[] = [];
  for (const word of (value ?? '').toLowerCase().split(/[\s,]+/).filter(Boolean)) {
    if ((vocabulary as readonly string[]).includes(word)) {
      if (!words.includes(word as T)) words.push(word as T);
    } else unknown.push(word);
  }
  return { words, unknown };
}
