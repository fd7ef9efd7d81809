import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { emit } from './events.js';
import type { FinderEvents, OpenAction } from './events.js';
import { en } from './i18n/en.js';
import { es } from './i18n/es.js';
import type { Messages } from './i18n/messages.js';
import { onPack, packFor } from './i18n/packs.js';
import { bundled } from './records/bundled.js';
import { describeProblem } from './records/check.js';
import { localize, toLanguage } from './records/localize.js';
import type { Language } from './records/localize.js';
import { RecordsController } from './records/records-controller.js';
import { APPROACHES, AUDIENCES, DAYS, FORMATS } from './records/types.js';
import type { Approach, Audience, Day, Format, Resource } from './records/types.js';
import type { Searcher } from './search/search.js';
import { NO_FILTERS, applyFilters, countOptions, hasFilters, parseWords, readFilters } from './filters/filters.js';
import type { FacetCounts, Filters } from './filters/filters.js';
import { emergencyStrip } from './ui/emergency.js';
import { idlePrompt, languageSwitch, searchField } from './ui/controls.js';
import { filterOptions, filtersPanel } from './ui/filters-panel.js';
import { chosenFilters, toolbar } from './ui/toolbar.js';
import { guideSections, matchGuide } from './guide/guide.js';
import type { GuideSection } from './guide/guide.js';
import { guide } from './ui/guide.js';
import { GuidedStart } from './ui/guided-start.js';
import { resultCard } from './ui/result-card.js';
import { meetingTime } from './ui/schedule.js';
import type { CardContext } from './ui/result-card.js';
import { styles } from './oud-support-finder.styles.js';
import { IdleController } from './kiosk/idle-controller.js';
import { printList, printStyles } from './ui/print.js';
import { settle } from './element/values.js';
import { daysIn } from './records/zone.js';
import { TIMES } from './filters/time-of-day.js';
import type { TimeOfDay } from './filters/time-of-day.js';
import { NearMe, nearStyles } from './ui/near.js';
import { distances, formatDistance, nearestFirst, withinCounts } from './filters/distance.js';
import { liveMeetings } from './filters/on-now.js';
import type { Live } from './filters/on-now.js';
import { OnNow } from './ui/on-now.js';
import { sliced } from './records/slices.js';
import { countKey, shownSteps } from './element/shown.js';
import type { Shown } from './element/shown.js';

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
const ids = { fromAttribute: (value: string | null) => (value ?? '').split(/[\s,]+/).filter(Boolean) };

/** What a change to any of these properties means: results must be derived again. */
const RESULT_INPUTS = ['query', 'near', 'distanceUnit', 'timezone', ...Object.keys(NO_FILTERS)];
const RECORD_INPUTS = ['src', 'srcFormat', 'srcTimeout', 'resources', 'hide', 'localOnly'];
const CATALOGUES: Record<Language, Messages> = { en, es };
const PAGE = 20;
/** Cards in the very first frame: enough to fill a tall screen; the rest of the page follows a frame later. */
const FIRST = 6;

let warned = false;

/** Runs `work` when the page is idle, where the browser can tell (not Safari yet), else after other tasks. */
const whenIdle = (work: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(work) : setTimeout(work));

/**
 * A private, embeddable finder of support for people with opioid use disorder and the people who love them.
 *
 * @fires osf-data-error - A record source failed or had bad records; `detail` says which source and why.
 * @fires osf-search - A person's search, once typing pauses: `detail` is `{ count }`, and `query` too with `share-query`.
 * @fires osf-filter-change - A person changed the filters: `detail` is `{ filters }`.
 * @fires osf-open - A person opened a card's Call, Text, Website, Directions or QR codes, or printed: `detail` is `{ id, action }`.
 * @slot header - Above the search box: a logo or a title.
 * @slot intro - A few words from the host, under the header.
 * @slot footer - Below the results.
 * @csspart emergency - The emergency help strip, always shown first.
 * @csspart search - The search box.
 * @csspart filters - The filters' dialog, opened by the Filters button.
 * @csspart status - The line under the search box that says how many results there are.
 * @csspart data-note - The calm note shown when the host's records could not all be loaded.
 * @csspart results - The list of results.
 * @csspart result - Each result card (it also carries `data-id`).
 * @csspart result-title - The name on each result card.
 * @csspart result-actions - A card's Call, Text or Website link, and the others once opened.
 * @csspart no-results - The kind message shown when nothing matches.
 * @csspart qr - The QR codes of a card.
 * @csspart guided-start - The "Help me choose" button that opens the guided start's questions.
 * @csspart guide - The tips for getting started.
 * @csspart language-switch - The English / Español buttons, and one for each language pack.
 * @csspart idle-prompt - The "Starting over" prompt on a shared screen.
 * @cssprop [--osf-accent=#0b5cad] - Colour of links, buttons and chosen filters.
 * @cssprop [--osf-accent-text=#ffffff] - Text colour on the accent colour.
 * @cssprop [--osf-surface=#ffffff] - Background of the finder.
 * @cssprop [--osf-text=#1b1b1b] - Main text colour.
 * @cssprop [--osf-muted=#4a4a4a] - Colour of secondary text.
 * @cssprop [--osf-border=#8a8a8a] - Colour of borders.
 * @cssprop [--osf-radius=8px] - Corner radius of cards and controls.
 * @cssprop [--osf-font-family=inherit] - Font; the host page's font by default.
 * @cssprop [--osf-font-size=1rem] - Base font size.
 * @cssprop [--osf-space=1rem] - Base spacing unit.
 * @cssprop [--osf-focus=#0b3d91] - Colour of the focus ring, drawn 2px outside each control on the surface.
 */
export class OudSupportFinder extends LitElement {
  static override styles = [styles, printStyles, nearStyles];

  /** Attributes and reactive state (Lit's static form: smaller than a decorator on each field). */
  static override properties = {
    lang: { reflect: true },
    languageSwitch: { type: Boolean, attribute: 'language-switch' },
    query: {},
    audience: { converter: words(AUDIENCES, 'audience') },
    approaches: { converter: words(APPROACHES, 'approaches') },
    formats: { converter: words(FORMATS, 'formats') },
    days: { converter: words(DAYS, 'days') },
    times: { converter: words(TIMES, 'times') },
    medicationFriendly: { type: Boolean, attribute: 'medication-friendly' },
    free: { type: Boolean },
    open247: { type: Boolean, attribute: 'open-24-7' },
    regions: { converter: { fromAttribute: (value: string | null) => (value ?? '').split(/\s*,\s*/).filter(Boolean) } },
    meetsToday: { type: Boolean, attribute: 'meets-today' },
    src: {},
    feedAudience: { attribute: 'feed-audience' },
    srcFormat: { attribute: 'src-format' },
    srcTimeout: { type: Number, attribute: 'src-timeout' },
    resources: { attribute: false },
    hostName: { attribute: 'host-name' },
    hostNameEs: { attribute: 'host-name-es' },
    localOnly: { type: Boolean, attribute: 'local-only' },
    hide: { converter: ids },
    theme: { reflect: true },
    kiosk: { type: Boolean, reflect: true },
    idleTimeout: { type: Number, attribute: 'idle-timeout' },
    shareQuery: { type: Boolean, attribute: 'share-query' },
    near: {},
    timezone: {},
    distanceUnit: { attribute: 'distance-unit' },
    maps: {},
    results: { state: true, attribute: false },
    picked: { state: true, attribute: false },
    counts: { state: true, attribute: false },
    qrOpen: { state: true, attribute: false },
    marked: { state: true, attribute: false },
    idleSeconds: { state: true, attribute: false },
    limit: { state: true, attribute: false },
  };

  /** The finder's language, `en`, `es` or a language pack's code (`vi`); without it, the page's `<html lang>`. */
  override lang = '';
  /** Show buttons to switch between English, Spanish and the page's language packs. */
  languageSwitch = false;
  /** The search text; results update as it changes. */
  query = '';
  /** Who the support is for: `self`, `family`, or both, separated by spaces. */
  audience: Audience[] = [];
  /** Approaches to show, such as `faith-based secular`; empty shows all. */
  approaches: Approach[] = [];
  /** Ways to connect to show, such as `online phone`; empty shows all. */
  formats: Format[] = [];
  /** Meeting days to show, such as `sat sun`; empty shows all. */
  days: Day[] = [];
  /** Meeting times of day to show: `morning`, `midday`, `evening`, `night`; empty shows all. */
  times: TimeOfDay[] = [];
  /** Show only support that welcomes people taking medication for OUD. */
  medicationFriendly = false;
  /** Show only free support. */
  free = false;
  /** Show only lines open 24 hours a day, 7 days a week. */
  open247 = false;
  /** Regions to show, separated by commas (`Santa Ana, Irvine`): the filters' dialog offers the regions records name. */
  regions: string[] = [];
  /** Show only meetings held today. */
  meetsToday = false;
  /** Address of a JSON feed of the host's records: our format, Meeting Guide, HSDS or BMLT. Fetched once. */
  src = '';
  /** Who a Meeting Guide, HSDS or BMLT feed's records are for: `self`, `family` (an Al-Anon or Nar-Anon list) or `both`; without it, the feed says. */
  feedAudience = '';
  /** The feed's format: `resources`, `meeting-guide`, `hsds` or `bmlt`; found from the data when not set. */
  srcFormat = '';
  /** Seconds to wait for the feed before giving up. */
  srcTimeout = 10;
  /** The host's records, set from JavaScript: an array in the same format as the bundled data. */
  resources?: unknown;
  /** The host's name, shown on its own records ("Here at St. Mark's"). */
  hostName = '';
  /** The host's name in Spanish, for the Spanish view; without it, Spanish shows "Local", not the English name. */
  hostNameEs = '';
  /** Show only the host's records, not the national ones. */
  localOnly = false;
  /** National record ids to hide, separated by spaces. */
  hide: string[] = [];
  /** Colours: `light` (the default), `dark`, `auto` (follows the device) or `high-contrast`. */
  theme?: 'light' | 'dark' | 'auto' | 'high-contrast';
  /** Kiosk mode: large type and touch targets, no link leaves the page, QR codes on every card, idle reset. */
  kiosk = false;
  /** Seconds without a touch before the finder starts over: 90 by default in kiosk mode; 0 turns it off. */
  idleTimeout?: number;
  /** Put the search text in `osf-search` events; without it they carry only the number of results. */
  shareQuery = false;
  /** The finder's own place, such as a kiosk's: `40.71,-74.00`; places are then sorted by distance, with no prompt. */
  near = '';
  /** The IANA time zone of meetings that name none, such as `America/Chicago`; without it, the viewer's. */
  timezone = '';
  /** Distances in miles (`mi`, the default) or kilometres (`km`). */
  distanceUnit: 'mi' | 'km' = 'mi';
  /** Where a place's Directions link opens: `google` (the default), `apple`, `osm`, or `none` for no link. */
  maps = 'google';

  private results: Resource[] = [];
  /** The language a person picked with the switch; it wins over `lang` until `lang` changes. */
  private picked?: Language;
  private counts?: FacetCounts;
  /** Cards whose QR codes are open, and cards marked for printing. */
  private qrOpen = new Set<string>();
  private marked = new Set<string>();
  /** Seconds left before an idle reset, while the prompt shows; 0 otherwise. */
  private idleSeconds = 0;
  /** How many results are drawn: a big feed draws a page at a time, so typing stays quick. */
  private limit = PAGE;
  /** The query and filters the host set, which "starting over" returns to. */
  private first?: Filters & { query: string };
  private idle = new IdleController(this, {
    onWarn: (seconds) => (this.idleSeconds = seconds),
    onActive: () => (this.idleSeconds = 0),
    onReset: () => this.startOver(),
  });

  private nearMe = new NearMe(this);
  private onNow = new OnNow(this);
  /** The meetings on now or soon, by id, and whether any result is one. */
  private live?: Map<string, Live>;
  private anyLive = false;
  /** How many results each distance choice keeps, with a place known. */
  private withinCounts?: number[];
  /** Each place's distance in km from the place known, by record id. */
  private km?: Map<string, number>;
  /** Whether any record has a place, so that "Near me" can do something. */
  private placed = false;
  private records = new RecordsController(this, (detail) => emit(this, 'osf-data-error', detail));
  private guided = new GuidedStart(this, { get: () => this.filters, set: (filters) => this.choose(filters) });
  private searchTimer?: ReturnType<typeof setTimeout>;
  private merged?: Resource[];
  private shown: Resource[] = [];
  private shownLanguage?: Language;
  private byId = new Map<string, Resource>();
  /** The record set being made ready to show (see `element/shown.ts`), and when it is. */
  private making?: unknown;
  private counted?: Shown['counted'];
  private shownReady?: Promise<unknown>;
  /** Settles when the set's search index is built (in slices, when the page is idle). */
  private indexed?: Promise<unknown>;
  /** The guide's sections in the finder's language, made when first needed: the first frame has no guide. */
  private sections?: GuideSection[];
  private matchingSections: GuideSection[] = [];
  private searcher?: Searcher;
  private nationals: Partial<Record<Language, Map<string, Resource>>> = {};
  private now = new Date();
  /** Settles when the rest of the first page is drawn (see `firstUpdated`). */
  private drawn?: Promise<void>;
  /** The search results, filters and day that the results and counts were made from. */
  private asked: unknown[] = [];

  constructor() {
    super();
    if (!warned) bundled.problems.forEach((p) => console.warn(`[oud-support-finder] ${describeProblem(p)}`));
    warned = true;
    onPack(() => this.requestUpdate());
  }

  /** The filters in force, as one object. */
  get filters(): Filters {
    return readFilters(this);
  }


  private get unit() {
    return this.distanceUnit === 'km' ? 'km' : 'mi';
  }

  /** The language in use: the person's pick, else `lang`, else the page's. */
  get language(): Language {
    return this.picked ?? toLanguage(this.lang || document.documentElement.lang);
  }

  private get messages(): Messages {
    const lang = this.language;
    // A pack gives what it has, over the finder's own words for that language or English.
    return { ...(CATALOGUES[lang] ?? en), ...packFor(lang)?.messages };
  }

  override willUpdate(changed: PropertyValues) {
    settle(this, changed);
    if (changed.has('lang')) this.picked = undefined;
    this.first ??= { ...this.filters, query: this.query };
    if (changed.has('kiosk') || changed.has('idleTimeout')) this.idle.timeout = this.idleTimeout ?? (this.kiosk ? 90 : 0);
    if (!this.searcher || RECORD_INPUTS.some((key) => changed.has(key))) this.records.update(this);
    if (this.records.resources !== this.merged || this.language !== this.shownLanguage || changed.has('feedAudience')) {
      const merged = (this.merged = this.records.resources);
      const language = (this.shownLanguage = this.language);
      const both = this.feedAudience == 'both';
      const steps = (this.making = shownSteps(merged, language, AUDIENCES.filter((a) => both || a == this.feedAudience), this.filters, this.timezone));
      // A new set is shown when it is ready (at once when small); the first update cannot wait for it.
      this.shownReady = new Promise((settled) =>
        sliced(steps, (shown) => {
          settled(0);
          if (this.making != steps) return;
          Object.assign(this, shown);
          this.sections = this.counts = undefined;
          this.requestUpdate();
          const { searcher } = shown;
          // While the page is idle, index in slices (60 ms with 5,000 records) and make the clock formats of meeting
          // times (10 to 20 ms each, once a page), so that no keystroke waits for them, nor the first draw of a feed
          // still loading (a 2,000-meeting feed's first draw: 60 -> 28 ms).
          this.indexed = new Promise((indexed) =>
            whenIdle(() => {
              if (this.searcher !== searcher) return indexed(0);
              sliced(searcher.building(), indexed);
              if (this.src || shown.shown.some((r) => r.schedule.length)) ['19:00', '19:30'].forEach((start) => meetingTime({ day: 'mon', start }, language));
            }),
          );
        }, this.searcher ? 10 : Infinity),
      );
    }
    if (this.counts && !RESULT_INPUTS.some((key) => changed.has(key)) && this.nearMe.key(this.near) === this.asked[3] && this.onNow.key() === this.asked[5]) {
      // "Show more" puts the next page in order; a search orders only the first.
      if (changed.has('limit') && !this.km) this.results = this.searcher!.top(this.results, this.limit);
      return;
    }
    if (this.searcher!.waits(this.query)) {
      // A big set's search waits for its index, made in slices, rather than freeze the page: the results so far stay.
      void this.indexed!.then(() => this.requestUpdate('query', ''));
      return;
    }
    this.now = new Date();
    this.limit = PAGE;
    // "Today" is the day where each meeting meets; zones' days turn over on quarter hours.
    const today = daysIn(this.now, this.timezone);
    const found = this.searcher!.search(this.query, 0);
    const filters = this.filters;
    // One letter finds the same list as no query: its results and counts are already made.
    const asked = [...countKey(found, filters, this.timezone, this.now), this.nearMe.key(this.near), this.unit, this.onNow.key()];
    if (asked.some((value, i) => value !== this.asked[i])) {
      this.asked = asked;
      const place = this.nearMe.place(this.near);
      this.km = place && distances(this.shown, place);
      let results = applyFilters(found, filters, today);
      const live = (this.live = liveMeetings(this.shown, this.now, this.timezone));
      this.anyLive = live.size > 0 && results.some((r) => live.has(r.id));
      if (this.onNow.pressed) results = results.filter((r) => live.has(r.id));
      if (this.km) {
        this.withinCounts = withinCounts(results, this.km, this.unit);
        this.results = nearestFirst(this.searcher!.top(results), this.km, this.nearMe.within, this.unit);
      } else this.results = this.searcher!.top(results, PAGE);
      const [key, counts] = this.counted!;
      this.counts = key.every((value, i) => value === asked[i]) ? counts : countOptions(found, filters, today);
    }
    this.matchingSections = this.query ? matchGuide((this.sections ??= guideSections(this.language)), this.query) : [];
  }

  /**
   * The first frame draws the top of the finder and its first few cards, so it shows at once; the rest of the
   * first page (more cards, the guide) follows as soon as that frame is drawn.
   */
  override firstUpdated() {
    this.drawn = new Promise((resolve) => {
      let asked = false;
      const rest = () => {
        if (!asked) resolve(this.requestUpdate());
        asked = true;
      };
      requestAnimationFrame(() => setTimeout(rest));
      setTimeout(rest, 1000); // a hidden page draws no frame
    });
  }

  /** Resolves when the whole first page is drawn (not only the first frame's few cards), with the record sets read. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.drawn;
    await this.records.ready;
    await super.getUpdateComplete(); // the update that starts making the set the records gave ready
    await this.shownReady;
    if (this.searcher!.waits(this.query)) await this.indexed;
    return super.getUpdateComplete();
  }

  /** A national record in the finder's language, for the emergency strip and the no-result view. */
  private national(id: string) {
    const lang = this.language;
    return (this.nationals[lang] ??= new Map(bundled.resources.map((r) => [r.id, localize(r, lang)]))).get(id);
  }

  private onInput(event: Event) {
    this.query = (event.target as HTMLInputElement).value;
    // Tell the host once typing pauses, not on every key.
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.searched(this.results.length), 400);
  }

  /** Tells the host a person searched: the count, and the words only where the host asked for them. */
  private searched(count: number) {
    emit(this, 'osf-search', this.shareQuery ? { query: this.query, count } : { count });
  }

  /** Sets the filters as a person chose them, and tells the host page. */
  private choose(changes: Partial<Filters>) {
    this.setFilters({ ...this.filters, ...changes });
    emit(this, 'osf-filter-change', { filters: this.filters });
  }

  private opened(id: string, action: OpenAction) {
    emit(this, 'osf-open', { id, action });
  }

  /** Searches for one record by name, as a person would, and puts focus back in the search box. */
  private showRecord(name: string) {
    this.query = name;
    this.searchBox()?.focus();
  }

  private searchBox() {
    return this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]');
  }

  /** Draws every result, then prints the list (or the marked cards). */
  private async print() {
    this.opened('', 'print');
    this.limit = Infinity;
    await this.updateComplete;
    printList(this, [...this.marked]);
  }

  private setFilters(filters: Filters) {
    Object.assign(this, readFilters(filters)); // new lists, never the ones in `first`
  }

  /**
   * Back to the first state for the next person: the host's query and filters, no open card, dialog, QR code,
   * mark or guided answer, scrolled to the top, focus at the start.
   */
  private async startOver() {
    this.idleSeconds = 0;
    this.picked = undefined;
    this.setFilters(this.first!);
    this.query = this.first!.query;
    this.qrOpen = new Set();
    this.marked = new Set();
    this.guided.reset();
    this.nearMe.reset();
    this.onNow.pressed = false;
    await this.updateComplete;
    this.renderRoot.querySelectorAll('details').forEach((d) => (d.open = false));
    this.renderRoot.querySelector('dialog')?.close();
    window.scrollTo({ top: 0 });
    this.renderRoot.querySelector<HTMLElement>('.finder')?.focus({ preventScroll: true });
  }

  private toggle(set: 'qrOpen' | 'marked', id: string, on = !this[set].has(id)) {
    const next = new Set(this[set]);
    if (on) next.add(id);
    else next.delete(id);
    this[set] = next;
  }

  private clear() {
    const [query, filtered] = [this.query, hasFilters(this.filters)];
    this.query = '';
    if (query) this.searched(this.shown.length);
    if (filtered) this.choose(NO_FILTERS);
    this.searchBox()?.focus();
  }

  /** Opens the filters' dialog; closing it puts focus back on the Filters button. */
  private async openFilters() {
    await this.updateComplete;
    this.renderRoot.querySelector('dialog')?.showModal();
  }

  /** "Skip to results" and "Show results" land on the results heading. */
  private toResults() {
    this.renderRoot.querySelector<HTMLElement>('#osf-results')?.focus();
  }

  /** Draws another page of cards and moves focus to the first new one. */
  private async more() {
    const first = this.limit;
    this.limit += PAGE;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('[part~="result"]')[first]?.focus();
  }

  override render() {
    const m = this.messages;
    const context: CardContext = {
      m,
      lang: this.language,
      hostName: this.language === 'es' ? this.hostNameEs : this.hostName,
      now: this.now,
      zone: this.timezone,
      kiosk: this.kiosk,
      qrOpen: this.qrOpen,
      marked: this.marked,
      toggleQr: (id) => this.toggle('qrOpen', id),
      mark: (id, on) => this.toggle('marked', id, on),
      opened: (id, action) => this.opened(id, action),
      far: (r) => {
        const km = this.km?.get(r.id);
        return km === undefined ? undefined : m.away(formatDistance(km, this.unit));
      },
      maps: this.maps,
      live: this.live,
    };
    const helpline = this.national('samhsa-helpline');
    const query = this.query.trim();
    const filters = this.filters;
    const meetings = this.shown.some((r) => r.schedule.length > 0);
    const groups = filterOptions(m, filters, this.counts!, meetings);
    const chosen = groups.flatMap((g) => g.options.filter((o) => o.checked).map((o) => ({ label: o.label, change: g.change(o.value, false) })));
    const choose = (changes: Partial<Filters>) => this.choose(changes);
    const tips = query ? this.matchingSections : [];
    const tipOnly = !this.results.length && tips.length > 0;
    const count = this.results.length;
    const status = tipOnly ? m.tipAnswer(query) : query ? m.resultCountFor(count, query) : m.resultCount(count);
    const why = this.guided.why(m);
    const showRecord = (name: string) => this.showRecord(name);
    return html`<div class="finder" lang=${this.language} dir=${packFor(this.language)?.dir ?? 'ltr'} tabindex="-1">
      <button type="button" class="skip" @click=${() => this.toResults()}>${m.skipToResults}</button>
      ${emergencyStrip(m, this.kiosk, context.opened, this.national('lifeline-988'), helpline)}
      ${this.idleSeconds ? idlePrompt(m, this.idleSeconds, () => (this.idleSeconds = 0)) : nothing}
      ${this.languageSwitch ? languageSwitch(m, this.language, (code) => (this.picked = code)) : nothing}
      <slot name="header"></slot>
      <slot name="intro"></slot>
      ${searchField(m, this.query, (e) => this.onInput(e))}
      <div class="status-row">
        <p class="status" part="status" role="status">${status}${this.nearMe.note(m)}</p>
        ${chosenFilters(m, chosen, choose, query || chosen.length ? () => this.clear() : undefined)}
      </div>
      ${toolbar(this, m, (tabindex) => this.guided.button(m, tabindex), groups, chosen.length, () => this.openFilters(), choose,
        [
          ...(this.anyLive || this.onNow.pressed ? [(tabindex: number) => this.onNow.chip(m, tabindex)] : []),
          ...(this.placed && !this.near ? [(tabindex: number) => this.nearMe.chip(m, tabindex)] : []),
        ])}
      ${this.nearMe.line(m, this.near, this.unit, this.withinCounts)}
      ${this.guided.render(m)} ${this.hasUpdated ? filtersPanel(m, groups, count, choose) : nothing}
      ${this.records.failed.size ? html`<p class="data-note" part="data-note">${m.dataNote}</p>` : nothing}
      <h2 id="osf-results" tabindex="-1" class=${why ? 'results-heading' : 'visually-hidden'}>${why ?? m.resultsHeading}</h2>
      <p class="print-only">${this.marked.size ? m.printHeading(this.marked.size) : status}</p>
      ${tips.length ? guide(m, tipOnly ? m.tipAnswer(query) : m.guideMatches, tips, this.byId, showRecord, tipOnly) : nothing}
      ${count
        ? html`<ul class="results" part="results">
            ${this.results.slice(0, this.hasUpdated ? this.limit : FIRST).map((r) => resultCard(r, context))}
          </ul>`
        : html`<div class="no-results" part="no-results">
            ${tipOnly ? nothing : html`<p><strong>${m.noResults(query)}</strong></p>`}
            <p>${m.noResultsHelp}</p>
            <ul class="results" part="results">${helpline ? resultCard(helpline, context) : nothing}</ul>
          </div>`}
      <div class="list-tools">
        ${this.hasUpdated && count > this.limit
          ? html`<button type="button" class="more" @click=${() => this.more()}>${m.showMore(count - this.limit)}</button>`
          : nothing}
        ${count ? html`<button type="button" class="print" @click=${() => this.print()}>${m.print(this.marked.size)}</button>` : nothing}
      </div>
      ${query || !this.hasUpdated ? nothing : guide(m, m.guideHeading, (this.sections ??= guideSections(this.language)), this.byId, showRecord)}
      <slot name="footer"></slot>
    </div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'osf-data-error': CustomEvent<FinderEvents['osf-data-error']>;
    'osf-search': CustomEvent<FinderEvents['osf-search']>;
    'osf-filter-change': CustomEvent<FinderEvents['osf-filter-change']>;
    'osf-open': CustomEvent<FinderEvents['osf-open']>;
  }
}
