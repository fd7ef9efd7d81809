import { APPROACHES, AUDIENCES, DAYS, FORMATS } from '../records/types.js';
import type { Approach, Audience, Day, Format, Resource } from '../records/types.js';
import { TIMES, timeOfDay } from './time-of-day.js';
import type { TimeOfDay } from './time-of-day.js';

/** The groups a person can pick several options in: OR within a group, AND across groups. */
export const LIST_GROUPS = {
  audience: AUDIENCES,
  approaches: APPROACHES,
  formats: FORMATS,
  days: DAYS,
  times: TIMES,
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
  /** Times of day a meeting starts in (`time-of-day.ts`). */
  times: TimeOfDay[];
  medicationFriendly: boolean;
  free: boolean;
  open247: boolean;
  meetsToday: boolean;
  /** Regions (a feed's own words, so no bits): a record in any of them passes. */
  regions: string[];
}

/** For each option, how many results there would be if it were chosen, given the other groups. */
export type FacetCounts = { [G in ListGroup]: Record<(typeof LIST_GROUPS)[G][number], number> } & Record<Toggle, number> & {
  regions: Record<string, number>;
};

export const NO_FILTERS: Filters = {
  audience: [],
  approaches: [],
  formats: [],
  days: [],
  times: [],
  medicationFriendly: false,
  free: false,
  open247: false,
  meetsToday: false,
  regions: [],
};

/** Ways to connect that need a number or address: a record offers them when, and only when, it has one. */
const REACH: Partial<Record<Format, (r: Resource) => unknown>> = {
  phone: (r) => r.phone || r.tty || r.extraPhones.length,
  text: (r) => r.text,
  chat: (r) => r.chatUrl,
};

/** What a record offers in each group: a "Phone" option counts only the records with a number to call. */
const valuesOf = (r: Resource, group: ListGroup): readonly string[] =>
  group === 'days' ? r.schedule.map((m) => m.day)
  : group === 'times' ? r.schedule.map((m) => timeOfDay(m.start))
  : group === 'formats' ? FORMATS.filter((f) => (REACH[f] ? REACH[f]!(r) : r.formats.includes(f)))
  : r[group];

const GROUP_NAMES = Object.keys(LIST_GROUPS) as ListGroup[];
const FILTER_NAMES = [...GROUP_NAMES, ...TOGGLES];

/*
 * Filtering and counting run over every record a search finds, on every keystroke, so a record's options are
 * the bits of one number, made once: each option of each group has a bit ("formats.online"), and so has each
 * yes/no filter but "meets today", which is the bit of today's day. Each filter in force is then a mask, and a
 * record passes it when they share a bit.
 */
/** The yes/no filters a record answers by itself ("meets today" depends on the day). */
const FLAGS: Record<Exclude<Toggle, 'meetsToday'>, (r: Resource) => boolean> = {
  medicationFriendly: (r) => r.medicationFriendly,
  free: (r) => r.cost === 'free' || r.cost === 'donations',
  open247: (r) => r.open247,
};
const KEYS = [...GROUP_NAMES.flatMap((group) => LIST_GROUPS[group].map((option) => `${group}.${option}`)), ...Object.keys(FLAGS)];
const BITS = new Map(KEYS.map((key, i) => [key, 1 << i]));
const bit = (key: string) => BITS.get(key) ?? 0;
// The same, looked up without making a key for each record's each option.
const GROUP_BITS: Record<string, Map<string, number>> = Object.fromEntries(
  GROUP_NAMES.map((group) => [group, new Map(LIST_GROUPS[group].map((option: string) => [option, bit(`${group}.${option}`)]))]),
);
const FLAG_LIST = Object.entries(FLAGS);
/** Where a record keeps its bits: a hidden key, read quicker than a map of 100,000 records. */
const MADE = Symbol();

/** A record's options as bits, made once (the element makes a new set's while the page goes on). */
export function bitsOf(r: Resource): number {
  let bits = (r as unknown as Record<symbol, number>)[MADE];
  if (bits === undefined) {
    bits = 0;
    for (const [flag, has] of FLAG_LIST) if (has(r)) bits |= bit(flag);
    for (const group of GROUP_NAMES) for (const option of valuesOf(r, group)) bits |= GROUP_BITS[group].get(option) ?? 0;
    Object.defineProperty(r, MADE, { value: bits });
  }
  return bits;
}

/** "Today": one day, or the day it is in a meeting's time zone (the element's clock). */
export type Today = Day | ((zone?: string) => Day);
const TODAY = FILTER_NAMES.indexOf('meetsToday');
/** The bit of the day it is where a record meets. */
const todayBit = (r: Resource, today: Today) => GROUP_BITS.days.get(typeof today == 'string' ? today : today(r.timezone)) ?? 0;

/** For each filter, in FILTER_NAMES order, the bits of which a record needs one; 0 when it asks nothing (meetsToday: -1, see todayBit). */
const masks = (filters: Filters): number[] =>
  FILTER_NAMES.map((name) => {
    if (name === 'meetsToday') return filters.meetsToday ? -1 : 0;
    if (name in FLAGS) return filters[name as Toggle] ? bit(name) : 0;
    return (filters[name as ListGroup] as string[]).reduce((mask, option) => mask | bit(`${name}.${option}`), 0);
  });

const outside = (r: Resource, filters: Filters) => filters.regions[0] && !r.regions?.some((g) => filters.regions.includes(g));

/**
 * The records that pass every filter: `resources` itself when no filter is on (no copy of a big list on each
 * keystroke). `today` is the day "meets today" means (the element passes the page's).
 */
export function applyFilters(resources: Resource[], filters: Filters, today: Today): Resource[] {
  const need = masks(filters).filter(Boolean);
  return need.length || filters.regions[0]
    ? resources.filter((r) => need.every((mask) => bitsOf(r) & (mask < 0 ? todayBit(r, today) : mask)) && !outside(r, filters))
    : resources;
}

export const hasFilters = (filters: Filters): boolean =>
  GROUP_NAMES.some((g) => filters[g].length > 0) || TOGGLES.some((t) => filters[t]) || filters.regions.length > 0;

const zeros = () =>
  Object.fromEntries([
    ...GROUP_NAMES.map((group) => [group, Object.fromEntries(LIST_GROUPS[group].map((option) => [option, 0]))]),
    ...TOGGLES.map((toggle) => [toggle, 0]),
    ['regions', {}],
  ]);

/**
 * Counts what each option would give: the records that pass every other group and have that option. One pass
 * over the records: a record that fails no filter counts in every group, one that fails a single filter counts
 * only in that filter's group, and one that fails two counts nowhere. Counts add up: given `counts`, a list's
 * are added to them, so a long list can be counted a part at a time.
 */
export function countOptions(resources: readonly Resource[], filters: Filters, today: Today, counts: FacetCounts = zeros()): FacetCounts {
  const tallies = counts as unknown as Record<string, Record<string, number>>;
  // For each bit: the tally it adds to, and the filter it belongs to; "meets today" counts today's day bit.
  const slots = KEYS.map((key): [Record<string, number>, string, string] => {
    const [name, option] = key.split('.');
    return option ? [tallies[name], option, name] : [counts as unknown as Record<string, number>, name, name];
  });
  const need = masks(filters);
  const on = need[TODAY];
  // The filters in force: most keystrokes have none or one, so a record is tested against those only.
  const active = FILTER_NAMES.map((_, i) => i).filter((i) => need[i]);
  // How many records have each set of options and fail the same one filter (or none): a big list holds far
  // fewer such sets than records, and each set's bits are then counted once.
  const sets: Map<number, number>[] = FILTER_NAMES.map(() => new Map()).concat(new Map(), new Map());
  for (const r of resources) {
    const bits = bitsOf(r);
    const now = todayBit(r, today);
    need[TODAY] = on && now;
    // 1 + the index of the one filter the record fails (FILTER_NAMES.length + 1: the areas), or 0.
    let failed = 0;
    let fails = 0;
    for (const i of active) {
      if (need[i] && !(bits & need[i])) {
        fails++;
        failed = i + 1;
      }
    }
    if (outside(r, filters)) {
      fails++;
      failed = FILTER_NAMES.length + 1;
    }
    if (fails > 1) continue;
    if (failed > FILTER_NAMES.length || !fails) for (const g of r.regions ?? []) counts.regions[g] = (counts.regions[g] ?? 0) + 1;
    sets[failed].set(bits, (sets[failed].get(bits) ?? 0) + 1);
    if (bits & now && (!fails || failed === TODAY + 1)) counts.meetsToday++;
  }
  sets.forEach((set, i) =>
    set.forEach((n, bits) => {
      for (let rest = bits; rest; rest &= rest - 1) {
        const [tally, key, name] = slots[31 - Math.clz32(rest & -rest)];
        if (!i || FILTER_NAMES[i - 1] === name) tally[key] += n;
      }
    }),
  );
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
    times: list(from.times, TIMES),
    medicationFriendly: !!from.medicationFriendly,
    free: !!from.free,
    open247: !!from.open247,
    meetsToday: !!from.meetsToday,
    regions: [from.regions ?? []].flat().filter((g): g is string => typeof g == 'string'),
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
