import type { DataErrorDetail } from './records/records-controller.js';

/** Every event the finder fires, with its detail: the one list hosts and types read. */
export interface FinderEvents {
  'osf-data-error': DataErrorDetail;
}

/** Fires one of our events: always `bubbles` and `composed`, so hosts can listen anywhere above. */
export function emit<K extends keyof FinderEvents>(target: EventTarget, type: K, detail: FinderEvents[K]): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
