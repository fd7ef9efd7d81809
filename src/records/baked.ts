/*
 * Records baked into a script by `oud-support-finder bundle`: the generated script calls `bakeResources` right
 * after the finder registers, and every finder on the page treats them as the host's own. The store lives on
 * the page (under a registered symbol), not in this module, because a page may load a plain copy of the
 * script before the baked one: the element then comes from the first copy and the records from the second.
 * Scripts made by `bundle` write to the store as `bakeResources` does (the classic script declares no global
 * name to call it by), so its shape is part of their contract: keep `records` and `listeners` as they are.
 */
interface Store {
  records: unknown[];
  listeners: Set<() => void>;
}
const key = Symbol.for('oud-support-finder.baked');
const store = ((globalThis as unknown as Record<symbol, Store>)[key] ??= { records: [], listeners: new Set() });

/** Adds the host's records to every finder on the page (they are checked like any other input). */
export function bakeResources(records: unknown): void {
  store.records = Array.isArray(records) ? records : [records];
  store.listeners.forEach((listener) => listener());
}

export const bakedRecords = (): unknown[] => store.records;

/** Calls `listener` whenever baked records change; returns the function that stops it. */
export function onBaked(listener: () => void): () => void {
  store.listeners.add(listener);
  return () => store.listeners.delete(listener);
}
