import { APPROACHES, AUDIENCES, FORMATS } from '../records/types.js';
import type { Approach, Audience, Format, Resource } from '../records/types.js';

/** The groups a person can pick several options in: OR within a group, AND across groups. */
export const LIST_GROUPS = {
  audience: AUDIENCES,
  approaches: APPROACHES,
  formats: FORMATS,
} as const;
/** Yes/no filters; each narrows the results when on. */
export const TOGGLES = ['medicationFriendly', 'free', 'open247'] as const;

export type ListGroup = keyof typeof LIST_GROUPS;
export type Toggle = (typeof TOGGLES)[number];

export interface Filters {
  audience: Audience[];
  approaches: Approach[];
  formats: Format[];
  medicationFriendly: boolean;
  free: boolean;
  open247: boolean;
}

/** For each option, how many results there would be if it were chosen, given the other groups. */
export interface FacetCounts {
  audience: Record<Audience, number>;
  approaches: Record<Approach, number>;
  formats: Record<Format, number>;
  medicationFriendly: number;
  free: number;
  open247: number;
}

export const NO_FILTERS: Filters = {
  audience: [],
  approaches: [],
  formats: [],
  medicationFriendly: false,
  free: false,
  open247: false,
};

const TOGGLE_TEST: Record<Toggle, (r: Resource) => boolean> = {
  medicationFriendly: (r) => r.medicationFriendly,
  free: (r) => r.cost === 'free' || r.cost === 'donations',
  open247: (r) => r.open247,
};

const inGroup = (r: Resource, group: ListGroup, chosen: readonly string[]) =>
  chosen.length === 0 || chosen.some((option) => (r[group] as readonly string[]).includes(option));

/** Does the record pass every group's filter, leaving out `except` (used to count that group's options)? */
export function matches(r: Resource, filters: Filters, except?: ListGroup | Toggle): boolean {
  for (const group of Object.keys(LIST_GROUPS) as ListGroup[]) {
    if (group !== except && !inGroup(r, group, filters[group])) return false;
  }
  return TOGGLES.every((t) => t === except || !filters[t] || TOGGLE_TEST[t](r));
}

export const applyFilters = (resources: readonly Resource[], filters: Filters): Resource[] =>
  resources.filter((r) => matches(r, filters));

export const hasFilters = (filters: Filters): boolean =>
  (Object.keys(LIST_GROUPS) as ListGroup[]).some((g) => filters[g].length > 0) || TOGGLES.some((t) => filters[t]);

/**
 * Counts what each option would give: the records that pass every other group and have that option.
 * One pass per group keeps this linear in records times groups.
 */
export function countOptions(resources: readonly Resource[], filters: Filters): FacetCounts {
  const counts = {} as Record<string, unknown>;
  for (const [group, options] of Object.entries(LIST_GROUPS) as [ListGroup, readonly string[]][]) {
    const tally = Object.fromEntries(options.map((o) => [o, 0])) as Record<string, number>;
    for (const r of resources) {
      if (!matches(r, filters, group)) continue;
      for (const option of r[group] as readonly string[]) if (option in tally) tally[option]++;
    }
    counts[group] = tally;
  }
  for (const toggle of TOGGLES) {
    counts[toggle] = resources.filter((r) => TOGGLE_TEST[toggle](r) && matches(r, filters, toggle)).length;
  }
  return counts as unknown as FacetCounts;
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
