import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { bakedRecords, onBaked } from './baked.js';
import { bundled } from './bundled.js';
import { bare, checkSteps, describeProblem } from './check.js';
import { MAX_FEED_BYTES, loadFeed } from './feed.js';
import type { FeedFailure } from './feed.js';
import { adaptSteps, onReaders } from './feeds/formats.js';
import type { Adapted } from './feeds/formats.js';
import { feedId, joinLocal, mergeRecords } from './merge.js';
import { sliced } from './slices.js';
import type { Steps } from './slices.js';
import type { Resource } from './types.js';

/** Where a record set came from, as the `osf-data-error` event's `detail.source`. */
export type DataSource = 'inline' | 'src' | 'resources' | 'baked';

export interface DataErrorDetail {
  source: DataSource;
  /**
   * Why: a feed failure (`wrong-shape` for any source that is no format we read), `invalid-json` for inline JSON,
   * `invalid-records` when records were skipped, `inactive` when a feed's inactive meetings were left out,
   * `needs-reader` for a Meeting Guide, HSDS or BMLT feed on a page without `oud-support-finder-feeds.js`.
   */
  reason: FeedFailure | 'invalid-json' | 'invalid-records' | 'inactive';
  message: string;
  /** The feed's address, for `src`. */
  url?: string;
  /** How many records were left out, for `invalid-records`. */
  skipped?: number;
  /** How many meetings the feed marks inactive, left out. */
  inactive?: number;
}

export interface RecordsInput {
  src: string;
  srcFormat: string;
  srcTimeout: number;
  resources?: unknown;
  hide: string[];
  localOnly: boolean;
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Gathers every record set a finder shows: the bundled national records, records baked into the script, an
 * inline `<script type="application/json">` child, a `src` feed and the `resources` property. Each set is
 * checked on its own, so one bad set never hides the others; problems go to the console and to `onError`.
 */
export class RecordsController implements ReactiveController {
  /** The records to show, local first. */
  resources: Resource[] = bundled.resources;
  /** Sources that gave nothing (a feed failed, inline JSON unreadable): the element shows a calm note. */
  failed = new Set<DataSource>();

  private sets: Record<DataSource, Resource[]> = { inline: [], src: [], resources: [], baked: [] };
  private last: RecordsInput = { src: '', srcFormat: '', srcTimeout: 10, hide: [], localOnly: false };
  /** Settles when the latest set read is in (the host's updateComplete waits for it). */
  ready: Promise<unknown> = Promise.resolve();
  /** The latest read of each source: a read that a newer one replaced while it ran is dropped. */
  private reads: Partial<Record<DataSource, object>> = {};
  private inlineText?: string;
  private stopBaked?: () => void;
  private stopReaders?: () => void;
  /** Sources refused for want of the feed readers: read again when they arrive (./feeds/formats.ts). */
  private waiting = new Set<DataSource>();
  /** Inline JSON may be parsed after the element connects (a script tag above it), or edited later. */
  private watcher = new MutationObserver(() => {
    this.readInline();
    this.merge();
  });

  constructor(
    private host: Host,
    private onError: (detail: DataErrorDetail) => void,
  ) {
    host.addController(this);
  }

  hostConnected() {
    this.stopBaked = onBaked(() => this.read('baked', bakedRecords(), true));
    this.stopReaders = onReaders(() => {
      if (!this.waiting.size) return;
      for (const source of this.waiting) {
        this.failed.delete(source);
        if (source == 'inline') this.inlineText = undefined;
        if (source == 'src') void this.fetchFeed(this.last);
        else if (source == 'inline') this.readInline();
        else this.read(source, source == 'baked' ? bakedRecords() : (this.last.resources ?? []), true);
      }
      this.waiting.clear();
      this.merge(); // a small set is read at once, before its read would merge it
    });
    this.read('baked', bakedRecords());
    this.readInline();
    this.watcher.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected() {
    this.stopBaked?.();
    this.stopReaders?.();
    this.watcher.disconnect();
  }

  /** Called from the host's willUpdate when an input changed: re-reads what changed, then merges. */
  update({ src, srcFormat, srcTimeout, resources, hide, localOnly }: RecordsInput) {
    if (resources !== this.last.resources) this.read('resources', resources ?? []);
    const refetch = src !== this.last.src || srcFormat !== this.last.srcFormat;
    // `hide` may be a list of ids or ids in one text.
    this.last = { src, srcFormat, srcTimeout, resources, hide: String(hide).split(/[\s,]+/), localOnly };
    if (refetch) {
      this.sets.src = [];
      this.failed.delete('src');
      void this.fetchFeed(this.last);
    }
    this.merge(false);
  }

  /** Joins every set into `resources`; a new array tells the host to index again. */
  private merge(notify = true) {
    const { inline, src, resources, baked } = this.sets;
    this.resources = mergeRecords(bundled.resources, joinLocal(baked, inline, src, resources), this.last);
    if (notify) this.host.requestUpdate();
  }

  private readInline() {
    const script = this.host.querySelector(':scope > script[type="application/json"]:not([data-lang])');
    const text = script?.textContent ?? '';
    if (text === this.inlineText) return;
    this.inlineText = text;
    this.failed.delete('inline');
    let json: unknown = [];
    try {
      if (script) json = JSON.parse(text);
    } catch {
      this.fail({ source: 'inline', reason: 'invalid-json', message: 'The inline records are not valid JSON.' });
    }
    this.read('inline', json);
  }

  private async fetchFeed(input: RecordsInput) {
    const src = input.src;
    const read = (this.reads.src = {});
    if (!src) return;
    const result = await loadFeed(src, { format: input.srcFormat, timeoutMs: (input.srcTimeout || 10) * 1000, maxBytes: MAX_FEED_BYTES });
    if (this.reads.src != read) return; // a newer src replaced this one while it loaded
    if ('reason' in result) {
      this.fail({ source: 'src', url: src, reason: result.reason, message: `The feed ${src} ${result.message}.` });
      this.merge();
    } else this.read('src', result, true, src);
  }

  /**
   * Reads one set in slices (see slices.ts): at once when it is small, else while the page goes on showing the
   * records it has. Then merges, when `merge` is asked or the set came later than this call.
   */
  private read(source: DataSource, input: unknown, merge = false, url?: string) {
    const read = (this.reads[source] = {});
    this.ready = new Promise((done) =>
      sliced(this.steps(source, input, url), (records) => {
        if (this.reads[source] == read) {
          this.sets[source] = records;
          if (merge) this.merge();
        }
        done(0);
      }),
    );
    merge = true;
  }

  /** Inline JSON, `resources`, baked records and a fetched feed (already adapted): in any format the one detector knows. */
  private *steps(source: DataSource, input: unknown, url?: string): Steps<Resource[]> {
    const adapted = url ? (input as Adapted) : yield* adaptSteps(input, 'auto');
    if ('error' in adapted) {
      this.fail({ source, reason: adapted.reader ? 'needs-reader' : 'wrong-shape', message: `The ${source} data ${adapted.error}.` });
      return [];
    }
    return yield* this.check(source, adapted, url);
  }

  /**
   * Checks one adapted set. However many records are wrong, the console gets one warning for the set: the counts
   * by reason and the first few records named.
   */
  private *check(source: DataSource, { format, records, inactive }: Adapted, url?: string): Steps<Resource[]> {
    const { resources, problems } = yield* checkSteps(records);
    const at = url ? { url } : {};
    // A problem a step: a feed of 200,000 bad records has as many.
    let skipped = 0;
    const reasons = new Map<string, number>();
    for (const p of problems) {
      skipped += +p.skipped;
      const reason = `${p.field} ${p.message}`;
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      yield;
    }
    if (problems.length) {
      console.warn(
        `[oud-support-finder] ${source}: ${skipped} of ${records.length} records left out. ${[...reasons]
          .slice(0, 8)
          .map(([reason, n]) => `${n} × ${reason}`)
          .join('; ')}. First: ${problems.slice(0, 3).map(describeProblem).join('; ')}`,
      );
    }
    if (skipped) {
      const detail: DataErrorDetail = { source, reason: 'invalid-records', skipped, ...at, message: '' };
      if (resources.length) {
        this.onError({ ...detail, message: `${skipped} of the ${source} records could not be shown; the console says why.` });
      } else {
        // The first few problems only, so a feed of thousands of broken records never makes a huge event.
        this.fail({ ...detail, message: `None of the ${source} records could be shown: ${problems.slice(0, 5).map(describeProblem).join('; ')}`.slice(0, 2000) });
      }
    }
    if (inactive) this.onError({ source, reason: 'inactive', inactive, ...at, message: `${inactive} inactive meetings left out.` });
    const kept: Resource[] = [];
    for (const r of resources) {
      // A feed (usually another organisation's) cannot replace a national record by reusing its id.
      // Ids stay unique within a set (merge.ts joins one set as it is): one whose new id the feed also uses is left out.
      const id = url ? feedId(bundled.resources, r.id) : r.id;
      const taken = id != r.id && resources.some((other) => other.id == id);
      if (id != r.id) console.warn(`[oud-support-finder] “${r.id}” is a national id; ${taken ? 'left out' : `shown as “${id}”`}`);
      if (taken) continue;
      // A Meeting Guide, HSDS or BMLT feed is the area's shared list, not the host's own: say "in your area".
      kept.push(bare<Resource>(r, { local: format != 'resources' ? 'area' : 'host', id, order: kept.length }));
      yield;
    }
    return kept;
  }

  private fail(detail: DataErrorDetail) {
    if (detail.reason == 'needs-reader') this.waiting.add(detail.source);
    console.warn(`[oud-support-finder] ${detail.message}`);
    this.failed.add(detail.source);
    this.onError(detail);
  }
}
