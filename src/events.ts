import type { Filters } from './filters/filters.js';
import type { DataErrorDetail } from './records/records-controller.js';

/** What a person opened on a card: a Call, Text or Website link, its QR codes, or the printed list. */
export type OpenAction = 'call' | 'text' | 'web' | 'qr' | 'print';

/**
 * Every event the finder fires, with its detail: the one list hosts and types read. Events come from a
 * person's action only, never from code setting a property, and carry nothing about the person.
 */
export interface FinderEvents {
  'osf-data-error': DataErrorDetail;
  /** The search text changed (after a short pause in typing), with how many results it gives. */
  'osf-search': { query: string; count: number };
  /** A person changed the filters (a checkbox, the guided start, or Clear). */
  'osf-filter-change': { filters: Filters };
  /** A person opened something on a card; `id` is the record's id ('' for the whole printed list). */
  'osf-open': { id: string; action: OpenAction };
}

/** Fires one of our events: always `bubbles` and `composed`, so hosts can listen anywhere above. */
export function emit<K extends keyof FinderEvents>(target: EventTarget, type: K, detail: FinderEvents[K]): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
