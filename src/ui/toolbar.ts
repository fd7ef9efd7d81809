import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Messages } from '../i18n/messages.js';
import type { Filters } from '../filters/filters.js';
import type { filterOptions } from './filters-panel.js';

/** The quick choices, as [group, option]: shown when they would give something, or are on. */
const QUICK = [['audience', 'self'], ['audience', 'family'], ['formats', 'online'], ['more', 'meetsToday']];

/** The toolbar button that has the tab stop, per finder: arrow keys move it (ARIA's roving tabindex). */
const current = new WeakMap<object, number>();

/**
 * One row of controls above the results: "Not sure where to start?", "Filters (2)" and a few toggle chips (For
 * me, For family, Online, Meets today where there are meetings). It is one tab stop: the arrow keys, Home and End
 * move along it.
 */
export function toolbar(
  owner: object,
  m: Messages,
  guided: (tabindex: number) => TemplateResult,
  groups: ReturnType<typeof filterOptions>,
  chosen: number,
  openFilters: () => void,
  choose: (changes: Partial<Filters>) => void,
  /** Chips of other kinds after the filters' ones ("On now or soon", "Near me"). */
  extras: ((tabindex: number) => TemplateResult)[] = [],
) {
  const quick = QUICK.flatMap(([name, value]) => {
    const group = groups.find((g) => g.name === name);
    const o = group?.options.find((option) => option.value === value);
    return o && (o.count || o.checked) ? [{ ...o, label: m.quick[value] ?? o.label, change: group!.change(value, !o.checked) }] : [];
  });
  const stop = Math.min(current.get(owner) ?? 0, quick.length + extras.length + 1);
  let i = 0;
  const tab = () => (i++ === stop ? 0 : -1);
  const buttons = (e: Event) => [...(e.currentTarget as HTMLElement).querySelectorAll('button')];
  const rove = (e: KeyboardEvent) => {
    const all = buttons(e);
    const at = all.indexOf(e.target as HTMLButtonElement);
    const to = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: -1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = all.at(to % all.length)!;
    all.forEach((b) => (b.tabIndex = b === next ? 0 : -1));
    next.focus();
  };
  return html`<div class="toolbar" role="toolbar" aria-label=${m.quickChoices} @keydown=${rove}
    @focusin=${(e: Event) => current.set(owner, buttons(e).indexOf(e.target as HTMLButtonElement))}>
    <div class="toolbar-main">
      ${guided(tab())}
      <button type="button" class="filters-open" aria-haspopup="dialog" tabindex=${tab()} @click=${openFilters}>
        ${m.filtersButton(chosen)}
      </button>
    </div>
    <div class="chips">
      ${quick.map(
        (q) => html`<button type="button" class="chip" aria-pressed=${q.checked} tabindex=${tab()} @click=${() => choose(q.change)}>
          ${q.label}
        </button>`,
      )}
      ${extras.map((chip) => chip(tab()))}
    </div>
  </div>`;
}

/** The chosen filters under the search box, each a button that removes it, with "Clear all" after them. */
export function chosenFilters(
  m: Messages,
  chosen: { label: string; change: Partial<Filters> }[],
  choose: (changes: Partial<Filters>) => void,
  clear?: () => void,
) {
  if (!chosen.length && !clear) return nothing;
  return html`<ul class="chosen" aria-label=${m.chosenFilters}>
    ${chosen.map(
      (c) => html`<li><button type="button" class="chip removable" aria-label=${m.removeFilter(c.label)} @click=${() => choose(c.change)}>
        ${c.label}<span aria-hidden="true">×</span></button></li>`,
    )}
    ${clear ? html`<li><button type="button" class="link" @click=${clear}>${m.clearAll}</button></li>` : nothing}
  </ul>`;
}
