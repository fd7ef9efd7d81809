import { expect, fixture, html, waitUntil } from '@open-wc/testing';
// The element alone, as the classic script has it: the Meeting Guide, HSDS and BMLT readers are not on this page
// until the second describe block imports them, as a host's page adds oud-support-finder-feeds.js.
import '../src/define.js';
import type { OudSupportFinder } from '../src/oud-support-finder.js';
import { bundled } from '../src/records/bundled.js';
import { resultCount } from './helpers.js';

type Detail = HTMLElementEventMap['osf-data-error']['detail'];

const bmlt = await (await fetch('/test/fixtures/bmlt.json')).json();
const hsds = await (await fetch('/test/fixtures/hsds.json')).text();

/** Three finders, each given a feed another way: `src`, the `resources` property and inline JSON. */
async function finders() {
  const errors: Detail[][] = [[], [], []];
  const note = (i: number) => (e: CustomEvent<Detail>) => errors[i].push(e.detail);
  const made = await Promise.all([
    fixture<OudSupportFinder>(html`<oud-support-finder src="/test/fixtures/meeting-guide.json" @osf-data-error=${note(0)}></oud-support-finder>`),
    fixture<OudSupportFinder>(html`<oud-support-finder .resources=${bmlt} @osf-data-error=${note(1)}></oud-support-finder>`),
    fixture<OudSupportFinder>(html`<oud-support-finder @osf-data-error=${note(2)}><script type="application/json">${hsds}</script></oud-support-finder>`),
  ]);
  return { made, errors };
}
const dataNote = (el: HTMLElement) => el.shadowRoot!.querySelector('[part="data-note"]');

const national = bundled.resources.length;

// One test, in two steps: fixtures are taken off the page after each test, and readers once added stay.
describe('feed readers: a page without them, then with them', () => {
  it('refuses each feed with one reason that says what to add, shows every national record, then reads the feeds when the readers arrive', async () => {
    const page = await finders();
    await waitUntil(() => page.errors[0].length, 'the src feed is refused', { timeout: 5000 });
    const names = ['Meeting Guide', 'BMLT', 'HSDS'];
    for (const [i, el] of page.made.entries()) {
      await el.updateComplete;
      expect(resultCount(el), 'the national records').to.equal(national);
      expect(dataNote(el), 'the calm note').to.exist;
      expect(page.errors[i].map((e) => [e.source, e.reason])).to.deep.equal([[['src', 'resources', 'inline'][i], 'needs-reader']]);
      expect(page.errors[i][0].message).to.include(`is a ${names[i]} feed`).and.include('oud-support-finder-feeds.js');
    }

    // The readers arrive: every finder reads its feed again (the src feed is fetched anew), and the note goes.
    await import('../src/records/feeds/detect.js');
    const [src, resources, inline] = page.made;
    await waitUntil(() => page.made.every((el) => resultCount(el) > national), 'each feed’s records join the national ones', { timeout: 5000 });
    expect(resultCount(src) - national, 'the Meeting Guide meetings').to.be.within(1, 6);
    expect(resultCount(resources) - national, 'the BMLT meetings').to.be.at.least(1);
    expect(resultCount(inline) - national, 'the HSDS services').to.be.at.least(1);
    for (const [i, el] of page.made.entries()) {
      await el.updateComplete;
      expect(dataNote(el), 'no note once all is read').to.equal(null);
      // (A fixture's inactive meetings or bad records may still be reported, as on any page.)
      expect(page.errors[i].filter((e) => e.reason == 'needs-reader' || e.reason == 'wrong-shape'), 'refused once only').to.have.length(1);
    }
  });
});
