import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { bundled } from '../src/records/bundled.js';
import { resultCount, shownIds, typeQuery } from './helpers.js';

type DataError = HTMLElementEventMap['osf-data-error'];

/*
 * Feeds under stress (served by test/server/feeds.mjs on this machine): each must end in the calm note and one
 * `osf-data-error` within the feed's time limit, while the page stays responsive: timers keep firing and
 * typing in the search box still changes the results.
 */
const STRESS: { what: string; src: string; timeout: number; reasons: string[] }[] = [
  { what: 'a 50 MB feed', src: '/feeds/fifty-mb', timeout: 8, reasons: ['too-large'] },
  { what: 'a 50 MB feed that says its size', src: '/feeds/fifty-mb?declared', timeout: 8, reasons: ['too-large'] },
  { what: 'a feed that never answers', src: '/feeds/slow', timeout: 1, reasons: ['timeout'] },
  { what: 'a feed that starts and never ends', src: '/feeds/trickle', timeout: 1, reasons: ['timeout'] },
  { what: 'a feed that returns a web page', src: '/feeds/page', timeout: 5, reasons: ['not-json'] },
  // A redirected fetch to another origin fails CORS ("missing") unless that origin allows it ("other-origin").
  { what: 'a redirect to another origin', src: '/feeds/redirect', timeout: 5, reasons: ['other-origin', 'missing'] },
];

/** Counts timer ticks and the longest gap between two, until stopped. */
function heartbeat() {
  let last = performance.now();
  let longest = 0;
  let ticks = 0;
  let timer = 0;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    ticks++;
    timer = window.setTimeout(tick, 10);
  };
  timer = window.setTimeout(tick, 10);
  return () => {
    clearTimeout(timer);
    return { ticks, longest };
  };
}

describe('stress: feeds that misbehave', function () {
  this.timeout(30_000);

  for (const { what, src, timeout, reasons } of STRESS) {
    it(`ends ${what} with a calm note and one event within ${timeout} s, and stays responsive`, async () => {
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('oud-support-finder');
      el.srcTimeout = timeout;
      el.src = src;
      const events: { event: DataError; at: number }[] = [];
      holder.addEventListener('osf-data-error', (event) => events.push({ event: event as DataError, at: performance.now() }));
      const started = performance.now();
      const stop = heartbeat();
      holder.append(el);
      await el.updateComplete;

      // While the feed loads (or fails), the search box works.
      await typeQuery(el, 'smart recvery');
      expect(shownIds(el)[0], 'typing still updates the results').to.equal('smart-recovery');
      await typeQuery(el, 'naranon');
      expect(shownIds(el)[0], 'and again').to.equal('nar-anon');

      while (!events.length && performance.now() - started < (timeout + 3) * 1000) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const elapsed = performance.now() - started;
      const { ticks, longest } = stop();
      expect(events.length, `one osf-data-error for ${what}`).to.equal(1);
      const { event, at } = events[0];
      expect(at - started, 'the event comes within the time limit (with a second to spare for a busy machine)').to.be.below(timeout * 1000 + 1000);
      const { detail } = event;
      expect(detail.source).to.equal('src');
      expect(detail.reason).to.be.oneOf(reasons);
      expect(detail.url).to.equal(src);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="data-note"]'), 'the calm note').to.exist;
      expect(shownIds(el)[0], 'the results stay as the person left them').to.equal('nar-anon');
      expect(ticks, 'timers kept firing during the load').to.be.greaterThan(elapsed / 100);
      expect(longest, 'no long freeze of the page').to.be.below(500);
      await typeQuery(el, '');
      expect(resultCount(el), 'the national records are all still there').to.equal(bundled.resources.length);
    });
  }
});
