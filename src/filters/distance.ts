import type { Resource } from '../records/types.js';

/** A place on Earth in decimal degrees: the person's, the kiosk's, or a record's. */
export interface Place {
  latitude: number;
  longitude: number;
}

export type DistanceUnit = 'mi' | 'km';

/** The distance choices, in the finder's unit: within 1, 5, 10 or 25 miles (or kilometres). */
export const WITHIN = [1, 5, 10, 25];
export const KM_PER: Record<DistanceUnit, number> = { mi: 1.609344, km: 1 };

/** A host's `near="40.71,-74.00"`: latitude then longitude, or nothing when it is not a place. */
export function parsePlace(value: string | null | undefined): Place | undefined {
  const [latitude, longitude, extra] = (value ?? '').split(',').map((n) => (n.trim() ? +n : NaN));
  return extra === undefined && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180 ? { latitude, longitude } : undefined;
}

/** Kilometres along the ground between two places (haversine: well under 1% off at these distances). */
export function kmBetween(a: Place, b: Place): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const made = new WeakMap<readonly Resource[], { key: string; km: Map<string, number> }>();

/**
 * Each record with a place, by id, with its distance in kilometres from `from`. Made once per record set and
 * place (a search or filter only reads it), and never per keystroke.
 */
export function distances(records: readonly Resource[], from: Place): Map<string, number> {
  const key = `${from.latitude},${from.longitude}`;
  let known = made.get(records);
  if (known?.key !== key) {
    const km = new Map<string, number>();
    for (const r of records) if (r.latitude !== undefined && r.longitude !== undefined) km.set(r.id, kmBetween(from, r as Place));
    made.set(records, (known = { key, km }));
  }
  return known.km;
}

/** A distance choice in km: `within` in `unit`, or no limit. */
const limit = (within: number, unit: DistanceUnit) => (within ? within * KM_PER[unit] : Infinity);

/** How many results each distance choice keeps, any distance first: what the choice's options show. */
export function withinCounts(results: readonly Resource[], km: Map<string, number>, unit: DistanceUnit): number[] {
  // Each distance read once: a record with no place, or online, is never far.
  const far = results.map((r) => (r.formats.includes('online') ? 0 : km.get(r.id)));
  return [0, ...WITHIN].map((within) => far.filter((d) => !(d! > limit(within, unit))).length);
}

/**
 * The results with a place, nearest first, then the rest in their own order. With `within` (in `unit`), places
 * farther away are left out; national lines and online meetings, which are never far, always stay. Each
 * distance is read once and the sort compares numbers (a stable sort: ties keep the results' order).
 */
export function nearestFirst(results: readonly Resource[], km: Map<string, number>, within = 0, unit: DistanceUnit = 'mi'): Resource[] {
  const placed: [number, Resource][] = [];
  const rest: Resource[] = [];
  results.forEach((r) => {
    const d = km.get(r.id);
    if (d === undefined) rest.push(r);
    else if (!(d > limit(within, unit)) || r.formats.includes('online')) placed.push([d, r]);
  });
  return placed.sort((a, b) => a[0] - b[0]).map(([, r]) => r).concat(rest);
}

/** "0.8 mi", "12 km": one decimal under 10, whole numbers above (US Spanish writes the decimal point too). */
export function formatDistance(km: number, unit: DistanceUnit): string {
  const n = Math.max(km / KM_PER[unit], 0.1);
  return `${+n.toFixed(n < 10 ? 1 : 0)} ${unit}`;
}
