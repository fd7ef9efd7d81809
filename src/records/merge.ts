import { bare } from './check.js';
import type { Resource } from './types.js';

export interface MergeOptions {
  /** National record ids to leave out. */
  hide?: readonly string[];
  /** Leave out every national record. */
  localOnly?: boolean;
}

/**
 * The host's records first, marked local, then the national ones. A local record with a national record's id
 * replaces it; `hide` and `localOnly` remove national records only. `order` is renumbered so ties in search
 * and the default list keep this order.
 */
export function mergeRecords(national: readonly Resource[], local: readonly Resource[], options: MergeOptions = {}): Resource[] {
  // A national record is hidden, or replaced by a local one with its id (the few national ids are looked up, so a
  // feed of 100,000 makes no set of its own).
  const hidden = new Set(options.hide ?? []);
  const ids = new Set(national.map((r) => r.id));
  for (const r of local) if (ids.has(r.id)) hidden.add(r.id);
  const kept = options.localOnly ? [] : national.filter((r) => !hidden.has(r.id));
  // A feed may hold 100,000 records: one already marked and in its place (the records controller numbers each set
  // from 0, so a page's one feed is) is kept as it is, not copied.
  return [...local, ...kept].map((r, order) =>
    r.order === order && (order < local.length) === !!r.local ? r : bare<Resource>(r, order < local.length && { local: r.local ?? 'host' }, { order }),
  );
}

/** Joins the host's sources in order; a later source's record replaces an earlier one with the same id. */
export function joinLocal(...sources: readonly Resource[][]): Resource[] {
  // Each source's ids are its own (check.ts and the records controller make sure): one source is joined as it is.
  const some = sources.filter((source) => source.length);
  if (some.length < 2) return some[0] ?? [];
  const byId = new Map<string, Resource>();
  for (const source of sources) for (const r of source) byId.set(r.id, r);
  return [...byId.values()];
}

/**
 * The id a feed's record is shown under. A feed (usually another organisation's) cannot take over a national
 * record: a record that uses a national id keeps its place as `<id>-feed`. Only what the host writes itself
 * (inline, `resources`, `bundle`) may replace a national record.
 */
export const feedId = (national: readonly Resource[], id: string): string => (national.some((r) => r.id == id) ? `${id}-feed` : id);
