import { css } from 'lit';

/*
 * Public custom properties (--osf-*) are read once into private ones (--_*) so that every rule below has
 * one name to use. A theme changes the defaults (--_d-*) that a host's own --osf-* values override; the
 * high-contrast theme sets the colours outright, because a person chose it over the host's palette.
 * Every pairing meets WCAG AA contrast: a test measures each theme. The host's basics are !important so that
 * page-wide rules such as "* { all: unset }" cannot undo them (inside a shadow root, important wins).
 */
const dark = css`
  --_d-accent: #8ab4f8;
  --_d-accent-text: #0b1b33;
  --_d-surface: #121212;
  --_d-text: #f1f1f1;
  --_d-muted: #c4c4c4;
  --_d-border: #8c8c8c;
  --_d-focus: #a8c7fa;
  --_d-urgent-ink: #ffb4ab;
`;

export const styles = css`
  :host {
    --_d-accent: #0b5cad;
    --_d-accent-text: #ffffff;
    --_d-surface: #ffffff;
    --_d-text: #1b1b1b;
    --_d-muted: #4a4a4a;
    --_d-border: #8a8a8a;
    --_d-focus: #0b3d91;
    --_d-urgent-ink: #a4161a;
    --_accent: var(--osf-accent, var(--_d-accent));
    --_accent-text: var(--osf-accent-text, var(--_d-accent-text));
    --_surface: var(--osf-surface, var(--_d-surface));
    --_text: var(--osf-text, var(--_d-text));
    --_muted: var(--osf-muted, var(--_d-muted));
    --_border: var(--osf-border, var(--_d-border));
    --_focus: var(--osf-focus, var(--_d-focus));
    --_urgent-ink: var(--_d-urgent-ink);
    --_radius: var(--osf-radius, 8px);
    --_space: var(--osf-space, 1rem);
    --_urgent: #a4161a;
    display: block !important;
    container-type: inline-size;
    font-family: var(--osf-font-family, inherit) !important;
    font-size: var(--osf-font-size, 1rem) !important;
    line-height: 1.5 !important;
    color: var(--_text) !important;
    background: var(--_surface) !important;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
  :host(:is([theme='dark'], [theme='high-contrast'], [theme='auto'])) {
    padding: var(--_space) !important;
  }
  :host([theme='high-contrast']) {
    --_accent: #ffff00;
    --_accent-text: #000000;
    --_surface: #000000;
    --_text: #ffffff;
    --_muted: #ffffff;
    --_border: #ffffff;
    --_focus: #00ffff;
    --_urgent-ink: #ffff00;
  }
  @media (forced-colors: active) {
    .primary,
    .urgent,
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight !important;
      color: HighlightText !important;
      border-color: Highlight !important;
    }
    :focus-visible {
      outline-color: Highlight !important;
    }
  }
  :host([hidden]) {
    display: none !important;
  }
  * {
    box-sizing: border-box;
  }
  .finder {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }
  p {
    margin: 0;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible,
  .card:focus {
    outline: 3px solid var(--_focus) !important;
    outline-offset: 2px;
  }
  .skip {
    justify-self: start;
  }
  .skip:not(:focus),
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .emergency {
    border: 2px solid var(--_urgent-ink);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em 0.75em;
  }
  .emergency h2 {
    font-size: 1.05em;
  }
  .emergency ul,
  .results,
  .chosen {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .emergency li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    margin-top: 0.4em;
  }
  .emergency .note {
    flex-basis: 100%;
  }
  .emergency a,
  .actions a,
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 44px;
    padding: 0.35em 0.9em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    color: var(--_accent);
    background: var(--_surface);
    cursor: pointer;
  }
  .contact.urgent {
    color: var(--_urgent-ink);
  }
  .emergency a.urgent {
    border-color: var(--_urgent);
    background: var(--_urgent);
    color: #ffffff;
  }
  .search {
    display: grid;
    gap: 0.25em;
  }
  label[for='osf-query'] {
    font-weight: 700;
  }
  input[type='search'] {
    font: inherit;
    font-size: 1.1em;
    min-height: 48px;
    padding: 0.4em 0.6em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_text);
    background: var(--_surface);
    width: 100%;
  }
  .hint {
    font-size: 0.85em !important;
  }
  .hint,
  .verified,
  .note,
  .facts {
    color: var(--_muted);
    font-size: 0.9em;
  }
  /* The controls above the results: the guided start and Filters, then the quick chips, wrapping. */
  .toolbar,
  .toolbar-main,
  .chips,
  .chosen,
  .list-tools,
  .status-row,
  .card-tools,
  .panel-head,
  .panel-foot {
    display: flex;
    gap: 0.5em;
    align-items: center;
  }
  .toolbar,
  .toolbar-main,
  .chips,
  .chosen,
  .status-row,
  .card-tools {
    flex-wrap: wrap;
  }
  .toolbar button {
    white-space: nowrap;
  }
  .chip {
    min-height: 40px;
    border-radius: 999px;
    border-width: 1px;
    font-weight: 400;
  }
  .chip[aria-pressed='true'] {
    font-weight: 700;
  }
  .chip.removable {
    min-height: 32px;
    gap: 0.4em;
    padding: 0.1em 0.7em;
  }
  button.link {
    border: 0;
    padding: 0.2em 0.25em;
    min-height: 32px;
    text-decoration: underline;
  }
  .panel {
    width: min(36rem, 100vw - 1rem);
    max-height: calc(100dvh - 1rem);
    padding: 0;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_text);
    background: var(--_surface);
  }
  .panel::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .panel-head,
  .panel-foot {
    position: sticky;
    justify-content: space-between;
    padding: 0.5em var(--_space);
    background: var(--_surface);
  }
  .panel-head {
    top: 0;
    border-bottom: 1px solid var(--_border);
  }
  .panel-foot {
    bottom: 0;
    border-top: 1px solid var(--_border);
  }
  .panel-foot .primary {
    flex: 1;
  }
  .close {
    font-size: 1.5em;
    line-height: 1;
    min-width: 44px;
  }
  .groups {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    align-content: flex-start;
    gap: 0.5em;
  }
  legend {
    font-weight: 700;
    padding: 0 0 0.25em;
  }
  .option {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 44px;
    padding: 0 0.6em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    cursor: pointer;
  }
  .option:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .option input,
  .mark input {
    width: 1.2em;
    height: 1.2em;
    accent-color: var(--_accent);
  }
  .option input {
    margin: 0;
  }
  .count {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .status-row {
    gap: 0.25em 0.75em;
  }
  .status {
    font-weight: 700;
  }
  .results {
    display: grid;
    gap: var(--_space);
  }
  @container (min-width: 900px) {
    .results {
      grid-template-columns: repeat(2, 1fr);
      align-items: start;
    }
  }
  .results-heading {
    font-size: 1.05em;
  }
  .print-only {
    display: none;
  }
  /* Cards out of view skip style, layout and paint until they scroll near: typing stays quick. */
  .card {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 12em;
    display: flow-root;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  /* The lines of a card stack as blocks: a block is laid out once, where a grid measures its items first. */
  .card > * + * {
    margin-top: 0.4em;
  }
  .card h3 {
    font-size: 1.25em;
  }
  .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .card:has(details[open]) .summary {
    display: block;
  }
  .actions,
  .guided-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .actions a {
    max-width: 100%;
    overflow-wrap: anywhere;
  }
  .more-info > summary {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0 0.75em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    font-weight: 600;
    color: var(--_accent);
    cursor: pointer;
  }
  .more-info[open] > summary {
    margin-bottom: 0.5em;
  }
  .details {
    display: grid;
    gap: 0.5em;
  }
  .card-tools {
    gap: 0.5em 1em;
  }
  button.small {
    min-height: 36px;
    padding: 0.2em 0.7em;
    border-width: 1px;
    font-size: 0.9em;
  }
  /* QR codes are for kiosks and wide screens; on a phone the number is already in hand. */
  @container (max-width: 599px) {
    :host(:not([kiosk])) .qr-toggle {
      display: none;
    }
  }
  details ol {
    margin: 0.5em 0;
    padding-inline-start: 1.5em;
  }
  .say {
    margin: 0.25em 0 0;
    padding-inline-start: 0.75em;
    border-inline-start: 4px solid var(--_accent);
    font-style: italic;
  }
  /* English, Español and each language pack on the page: as many rows as a phone needs. */
  .languages {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    justify-content: flex-end;
  }
  .languages button {
    white-space: nowrap;
  }
  /* Filled with the accent: the first action on a card, main buttons, pressed toggles, chosen filters. */
  .actions a.primary,
  button.primary,
  button[aria-pressed='true'],
  .chip.removable {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .guided {
    display: grid;
    gap: 0.75em;
    padding: var(--_space);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .guided h2 {
    font-size: 1.1em;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  .mark {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    color: var(--_muted);
  }
  .qr {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .qr figure {
    margin: 0;
    display: grid;
    justify-items: center;
    gap: 0.25em;
  }
  .qr svg {
    width: 9rem;
    height: 9rem;
  }
  .contact {
    font-size: 1.3em;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .idle {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    padding: var(--_space);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-weight: 700;
  }
  .finder:focus {
    outline: none;
  }
  /* Kiosk: bigger type for people standing back (not on a phone-sized finder), and every target at least 48
     by 48 CSS pixels for fingers. */
  :host([kiosk]) {
    font-size: var(--osf-font-size, 1.25rem) !important;
  }
  @container (max-width: 599px) {
    :host([kiosk]) .finder {
      font-size: 0.8em;
    }
  }
  :host([kiosk]) :is(a, button, summary, .option, .mark, input[type='search']) {
    min-height: 48px;
    min-width: 48px;
  }
  :host([kiosk]) .actions {
    flex-direction: column;
    align-items: flex-start;
  }
  :host([kiosk]) .qr svg {
    width: 12rem;
    height: 12rem;
  }
  .schedule {
    font-weight: 600;
  }
  .data-note {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_border);
    color: var(--_muted);
  }
  .no-results {
    display: grid;
    gap: 0.5em;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
