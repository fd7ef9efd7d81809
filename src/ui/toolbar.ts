import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Messages } from '../i18n/messages.js';
import type { FacetCounts, Filters } from '../filters/filters.js';

/** A quick choice: its words, whether it is on, and the change that turns it on or off. */
interface Quick {
  label: string;
  on: boolean;
  count: number;
  change: Partial<Filters>;
}

/** The toolbar button that has the tab stop, per finder: arrow keys move it (ARIA's roving tabindex). */
const current = new WeakMap<object, number>();

/** Moves focus along the toolbar with the arrow keys, Home and End; Tab leaves it in one step. */
function rove(owner: object) {
  return (e: KeyboardEvent) => {
    const buttons = [...(e.currentTarget as HTMLElement).querySelectorAll('button')];
    const at = buttons.indexOf(e.target as HTMLButtonElement);
    const to = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: -1 }[e.key];
    if (to === undefined || at < 0) return;
    e.preventDefault();
    const next = buttons.at(to % buttons.length)!;
    buttons.forEach((b) => (b.tabIndex = b === next ? 0 : -1));
    current.set(owner, buttons.indexOf(next));
    next.focus();
  };
}

/**
 * One row of controls above the results: "Not sure where to start?", "Filters (2)" and a few toggle chips (For
 * me, For family, Online, Meets today where there are meetings). It is one tab stop; choices that would give
 * nothing are left out unless on.
 */
export function toolbar(
  owner: object,
  m: Messages,
  parts: { guided: (tabindex: number) => TemplateResult; filters: Filters; counts: FacetCounts; chosen: number; meetings: boolean },
  openFilters: () => void,
  choose: (changes: Partial<Filters>) => void,
) {
  const { filters, counts } = parts;
  const option = (group: 'audience' | 'formats', value: string, label: string): Quick => {
    const list: string[] = filters[group];
    const on = list.includes(value);
    const change = { [group]: on ? list.filter((v) => v !== value) : [...list, value] } as Partial<Filters>;
    return { label, on, count: (counts[group] as Record<string, number>)[value], change };
  };
  const quick: Quick[] = [
    option('audience', 'self', m.quick.self),
    option('audience', 'family', m.quick.family),
    option('formats', 'online', m.formats.online),
    ...(parts.meetings
      ? [{ label: m.meetsToday, on: filters.meetsToday, count: counts.meetsToday, change: { meetsToday: !filters.meetsToday } }]
      : []),
  ].filter((q) => q.on || q.count > 0);
  const stop = current.get(owner) ?? 0;
  let i = 0;
  const tab = () => (i++ === Math.min(stop, quick.length + 1) ? 0 : -1);
  return html`<div class="toolbar" role="toolbar" aria-label=${m.quickChoices} @keydown=${rove(owner)}
    @focusin=${(e: Event) => current.set(owner, [...(e.currentTarget as HTMLElement).querySelectorAll('button')].indexOf(e.target as HTMLButtonElement))}>
    <div class="toolbar-main">
      ${parts.guided(tab())}
      <button type="button" class="filters-open" part="filters-button" aria-haspopup="dialog" tabindex=${tab()} @click=${openFilters}>
        ${m.filtersButton(parts.chosen)}
      </button>
    </div>
    <div class="chips">
      ${quick.map(
        (q) => html`<button type="button" class="chip" aria-pressed=${q.on ? 'true' : 'false'} tabindex=${tab()}
          @click=${() => choose(q.change)}>${q.label}</button>`,
      )}
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
