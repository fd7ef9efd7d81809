import { html } from 'lit';
import type { Messages } from '../i18n/messages.js';
import { languages } from '../records/localize.js';
import { packFor } from '../i18n/packs.js';
import type { Language } from '../records/localize.js';

/** The search box: results follow as the person types, with no button. */
export const searchField = (m: Messages, query: string, onInput: (e: Event) => void) =>
  html`<div class="search" role="search">
    <label for="osf-query">${m.searchLabel}</label>
    <input
      id="osf-query"
      part="search"
      type="search"
      autocomplete="off"
      spellcheck="false"
      aria-describedby="osf-hint"
      .value=${query}
      @input=${onInput}
    />
    <p id="osf-hint" class="hint">${m.searchHint}</p>
  </div>`;

const NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

/** English / Español buttons, and one for each language pack; each name is marked with its own language for screen readers. */
export const languageSwitch = (m: Messages, current: Language, pick: (code: Language) => void) =>
  html`<div class="languages" role="group" aria-label=${m.languageSwitch} part="language-switch">
    ${languages().map(
      (code) =>
        html`<button type="button" lang=${code} aria-pressed=${current === code ? 'true' : 'false'} @click=${() => pick(code)}>
          ${NAMES[code] ?? packFor(code)!.name}
        </button>`,
    )}
  </div>`;

/** The gentle prompt before an idle reset; it is polite, so it does not interrupt a screen reader. */
export const idlePrompt = (m: Messages, seconds: number, stay: () => void) =>
  html`<div class="idle" part="idle-prompt" role="status">
    <p>${m.idleWarning(seconds)}</p>
    <button type="button" class="primary" @click=${stay}>${m.stay}</button>
  </div>`;
