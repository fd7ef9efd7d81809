import { html, nothing } from 'lit';
import type { Messages } from '../i18n/messages.js';
import type { Resource } from '../records/types.js';

/** Notes longer than this show their start, and a "more" control opens the rest. */
const SHORT = 240;

/** The meeting id and passcode of a one-tap dial string (`+16465588656,,123456789#,,,,*987654#`), for dialling by hand. */
export function dialParts(dial: string): { id: string; passcode?: string } | undefined {
  const [id, passcode] = dial
    .split(/[,;]+/)
    .slice(1)
    .map((part) => part.replace(/[^0-9]/g, ''))
    .filter(Boolean);
  return id ? { id, passcode } : undefined;
}

function note(text: string, m: Messages) {
  // Cut at a space, so a word is never split between the start and the rest.
  const cut = Math.max(text.lastIndexOf(' ', SHORT), SHORT / 2);
  return text.length <= SHORT ?
      html`<p class="note">${text}</p>`
    : html`<p class="note">${text.slice(0, cut)}…</p><details class="more"><summary>${m.more}</summary><p class="note">${text.slice(cut).trim()}</p></details>`;
}

/**
 * What feeds say about getting to a meeting, under its schedule: the dial-in written out for people who dial by
 * hand, and the notes (the online link's first, often a passcode), long ones cut with "more".
 */
export function meetingDetails(r: Resource, m: Messages) {
  const dial = r.dial && dialParts(r.dial);
  return html`${dial ? html`<p class="note">${m.dialByHand(dial.id, dial.passcode)}</p>` : nothing}${(r.notes ?? []).map((n) => note(n, m))}`;
}
