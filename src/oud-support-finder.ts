import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { en } from './i18n/en.js';
import type { Messages } from './i18n/messages.js';
import { bundled } from './records/bundled.js';
import { describeProblem } from './records/check.js';
import { APPROACHES, AUDIENCES, FORMATS } from './records/types.js';
import type { Approach, Audience, Format, Resource } from './records/types.js';
import { createSearcher } from './search/search.js';
import { LIST_GROUPS, NO_FILTERS, TOGGLES, applyFilters, countOptions, hasFilters, parseWords } from './filters/filters.js';
import type { FacetCounts, Filters, ListGroup, Toggle } from './filters/filters.js';
import { emergencyStrip } from './ui/emergency.js';
import { filterGroup } from './ui/filter-group.js';
import { resultCard } from './ui/result-card.js';
import { styles } from './oud-support-finder.styles.js';

/** Reads a space-separated attribute into words of one vocabulary, warning about the others. */
const words = <T extends string>(vocabulary: readonly T[], attribute: string) => ({
  fromAttribute(value: string | null): T[] {
    const parsed = parseWords(value, vocabulary);
    if (parsed.unknown.length) {
      console.warn(`[oud-support-finder] ${attribute}: ignored “${parsed.unknown.join(' ')}”; use ${vocabulary.join(', ')}`);
    }
    return parsed.words;
  },
  toAttribute: (value: T[]) => value.join(' '),
});

let warned = false;

/**
 * A private, embeddable finder of support for people with opioid use disorder and the people who love them.
 *
 * @slot header - Above the search box: a logo or a title.
 * @slot intro - A few words from the host, under the header.
 * @slot footer - Below the results.
 * @csspart emergency - The emergency help strip, always shown first.
 * @csspart search - The search box.
 * @csspart filters - The filters.
 * @csspart status - The line that says how many results there are.
 * @csspart results - The list of results.
 * @csspart result - Each result card (it also carries `data-id`).
 * @csspart result-title - The name on each result card.
 * @csspart result-actions - The Call, Text and Website links on each card.
 * @csspart no-results - The kind message shown when nothing matches.
 * @cssprop --osf-accent - Colour of links, buttons and chosen filters.
 * @cssprop --osf-accent-text - Text colour on the accent colour.
 * @cssprop --osf-surface - Background of the finder.
 * @cssprop --osf-text - Main text colour.
 * @cssprop --osf-muted - Colour of secondary text.
 * @cssprop --osf-border - Colour of borders.
 * @cssprop --osf-radius - Corner radius of cards and controls.
 * @cssprop --osf-font-family - Font; the host page's font by default.
 * @cssprop --osf-font-size - Base font size.
 * @cssprop --osf-space - Base spacing unit.
 * @cssprop --osf-focus - Colour of the focus ring.
 */
export class OudSupportFinder extends LitElement {
  static override styles = styles;

  /** The search text; results update as it changes. */
  @property() query = '';
  /** Who the support is for: `self`, `family`, or both, separated by spaces. */
  @property({ converter: words(AUDIENCES, 'audience') }) audience: Audience[] = [];
  /** Approaches to show, such as `faith-based secular`; empty shows all. */
  @property({ converter: words(APPROACHES, 'approaches') }) approaches: Approach[] = [];
  /** Ways to connect to show, such as `online phone`; empty shows all. */
  @property({ converter: words(FORMATS, 'formats') }) formats: Format[] = [];
  /** Show only support that welcomes people taking medication for OUD. */
  @property({ type: Boolean, attribute: 'medication-friendly' }) medicationFriendly = false;
  /** Show only free support. */
  @property({ type: Boolean }) free = false;
  /** Show only lines open 24 hours a day, 7 days a week. */
  @property({ type: Boolean, attribute: 'open-24-7' }) open247 = false;

  @state() private results: Resource[] = [];
  @state() private counts?: FacetCounts;
  @query('input[type="search"]') private searchBox?: HTMLInputElement;

  private searcher = createSearcher(bundled.resources);
  private messages: Messages = en;

  constructor() {
    super();
    if (!warned) bundled.problems.forEach((p) => console.warn(`[oud-support-finder] ${describeProblem(p)}`));
    warned = true;
  }

  private get filters(): Filters {
    const { audience, approaches, formats, medicationFriendly, free, open247 } = this;
    return { audience, approaches, formats, medicationFriendly, free, open247 };
  }

  override willUpdate(changed: PropertyValues) {
    const inputs = ['query', ...Object.keys(NO_FILTERS)];
    if (this.counts && !inputs.some((key) => changed.has(key))) return;
    const found = this.searcher.search(this.query);
    this.results = applyFilters(found, this.filters);
    this.counts = countOptions(found, this.filters);
  }

  private get lang_(): string {
    return this.closest('[lang]')?.getAttribute('lang') || 'en';
  }

  private byId(id: string) {
    return bundled.resources.find((r) => r.id === id);
  }

  private onInput(event: Event) {
    this.query = (event.target as HTMLInputElement).value;
  }

  private toggleList(group: ListGroup, value: string, checked: boolean) {
    const current = this[group] as string[];
    const next = checked ? [...current, value] : current.filter((v) => v !== value);
    (this as unknown as Record<ListGroup, string[]>)[group] = next;
  }

  private clear() {
    Object.assign(this, { query: '', ...structuredClone(NO_FILTERS) });
    this.searchBox?.focus();
  }

  private renderFilters(m: Messages, counts: FacetCounts) {
    const labels: Record<ListGroup, [string, Record<string, string>]> = {
      audience: [m.groupAudience, m.audience],
      approaches: [m.groupApproach, m.approaches],
      formats: [m.groupFormat, m.formats],
    };
    const groups = (Object.keys(LIST_GROUPS) as ListGroup[]).map((group) => {
      const [legend, names] = labels[group];
      const options = LIST_GROUPS[group].map((value) => ({
        value,
        label: names[value],
        count: (counts[group] as Record<string, number>)[value],
        checked: (this[group] as string[]).includes(value),
      }));
      return filterGroup(legend, options, m.optionCount, (value, on) => this.toggleList(group, value, on));
    });
    const toggles = TOGGLES.map((t: Toggle) => ({ value: t, label: m[t], count: counts[t], checked: this[t] }));
    return html`<details class="filters" part="filters" open>
      <summary>${m.filtersHeading}</summary>
      <div class="groups">
        ${groups}
        ${filterGroup(m.groupMore, toggles, m.optionCount, (value, on) => {
          this[value as Toggle] = on;
        })}
      </div>
    </details>`;
  }

  override render() {
    const m = this.messages;
    const lang = this.lang_;
    const helpline = this.byId('samhsa-helpline');
    const filtered = this.query.trim() !== '' || hasFilters(this.filters);
    const status = this.query.trim()
      ? m.resultCountFor(this.results.length, this.query.trim())
      : m.resultCount(this.results.length);
    return html`<div class="finder">
      ${emergencyStrip(m, this.byId('lifeline-988'), helpline)}
      <slot name="header"></slot>
      <slot name="intro"></slot>
      <div class="search" role="search">
        <label for="osf-query">${m.searchLabel}</label>
        <input
          id="osf-query"
          part="search"
          type="search"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="osf-hint"
          .value=${live(this.query)}
          @input=${this.onInput}
        />
        <p id="osf-hint" class="hint">${m.searchHint}</p>
      </div>
      ${this.counts ? this.renderFilters(m, this.counts) : nothing}
      <div class="status-row">
        <p class="status" part="status" role="status">${status}</p>
        ${filtered ? html`<button type="button" class="clear" @click=${this.clear}>${m.clearAll}</button>` : nothing}
      </div>
      <h2 class="visually-hidden">${m.resultsHeading}</h2>
      ${this.results.length
        ? html`<ul class="results" part="results">${this.results.map((r) => resultCard(r, m, lang))}</ul>`
        : html`<div class="no-results" part="no-results">
            <p><strong>${m.noResults(this.query.trim())}</strong></p>
            <p>${m.noResultsHelp}</p>
            <ul class="results" part="results">${helpline ? resultCard(helpline, m, lang) : nothing}</ul>
          </div>`}
      <slot name="footer"></slot>
    </div>`;
  }
}
