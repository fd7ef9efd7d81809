/*
 * Records baked into a script by `oud-support-finder bundle`: the generated script calls `bakeResources` right
 * after the finder registers, and every finder on the page treats them as the host's own.
 */
let baked: unknown[] = [];
const listeners = new Set<() => void>();

/** Adds the host's records to every finder on the page (they are checked like any other input). */
export function bakeResources(records: unknown): void {
  baked = Array.isArray(records) ? records : [records];
  listeners.forEach((listener) => listener());
}

export const bakedRecords = (): unknown[] => baked;

/** Calls `listener` whenever baked records change; returns the function that stops it. */
export function onBaked(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
