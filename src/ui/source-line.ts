import { html, nothing } from 'lit';
import type { Messages } from '../i18n/messages.js';
import type { Resource } from '../records/types.js';

/** Web addresses ("samhsa.gov/find-help/national-helpline"), which read the same in every language. */
const ADDRESS = /[\w-]+\.(org|gov|net|com)[\w./-]*/g;

/**
 * "Checked November 26, 2026 · Source: samhsa.gov/find-help/national-helpline". A card names only a source a
 * reader can look up: one starting "internal:" (our own guide, our facts list) is a note for maintainers. In a
 * language the record is translated into, only the source's web addresses are shown, so no English reads in
 * the Spanish view.
 */
export function sourceLine(r: Resource, m: Messages, lang: string) {
  if (!r.verified) return nothing;
  let source = r.source?.startsWith('internal:') ? '' : r.source ?? '';
  if (r.translations?.[lang]) source = source.match(ADDRESS)?.join('; ') ?? '';
  return html`<p class="verified">${m.verified(r.verified)}${source ? html` · ${m.source(source)}` : nothing}</p>`;
}

/** A call note written the same in the record and its Spanish words (988's "Para español, oprima 2.") is Spanish. */
export const noteLang = (r: Resource) => (r.callNote && r.callNote === r.translations?.es?.callNote ? 'es' : nothing);
