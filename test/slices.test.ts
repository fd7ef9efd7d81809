import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { OudSupportFinder } from '../src/oud-support-finder.js';
import { checkRecords, checkSteps } from '../src/records/check.js';
import { adaptFeed, adaptSteps } from '../src/records/feeds/detect.js';
import { sliced } from '../src/records/slices.js';
import type { Steps } from '../src/records/slices.js';
import { openFilters, resultCount, shownIds } from './helpers.js';

/*
 * Adapting and checking run in slices that yield to the page (issue 14, item 2): the same records and problems as
 * the commands' one pass, and no long task. Tasks are counted over a generous bound, never timed tightly: the
 * benchmark prints the figures (npm run bench -- --hostile).
 */

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const CODES = [...LETTERS].flatMap((a) => [...LETTERS].map((b) => a + b));
CODES.push(...CODES.flatMap((ab) => [...LETTERS].map((c) => ab + c)).filter((code) => code.length === 3));
/** Same-named Meeting Guide meetings, about 80 bytes each. */
const meetings = (n: number) => Array.from({ length: n }, (_, i) => ({ name: 'Hope', day: i % 7, time: '19:00', types: ['O'], address: '1 Main St' }));
const wide = () => JSON.parse(`[{"id":"a","name":"A",${Array.from({ length: 400_000 }, (_, i) => `"f${i}":1`).join(',')}}]`);

const nextTask = () => new Promise((resolve) => setTimeout(resolve));
const inSlices = <T>(steps: Steps<T>) => new Promise<T>((done) => sliced(steps, done));

/** The durations of the long tasks while `work` runs. */
async function longTasks(work: () => Promise<unknown>): Promise<number[]> {
  const long: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => long.push(Math.round(e.duration))));
  observer.observe({ type: 'longtask' });
  await work();
  await nextTask();
  observer.disconnect();
  return long;
}

const blobFeed = (value: unknown) => URL.createObjectURL(new Blob([JSON.stringify(value)], { type: 'application/json' }));

describe('slices: adapting and checking hostile feeds', () => {
  const FEEDS: [string, () => unknown][] = [
    ['Meeting Guide, 120,000 same-named meetings (9.9 MB)', () => meetings(120_000)],
    ['one record with 400,000 fields (9.5 MB)', wide],
    ['90 records of 18,252 languages each (9.8 MB)', () => Array.from({ length: 90 }, (_, i) => ({ id: `r${i}`, name: `Record ${i}`, languages: CODES }))],
  ];
  for (const [name, make] of FEEDS) {
    it(`${name}: no task over 1.5 s, and the same result as one pass`, async function () {
      this.timeout(120_000);
      const json = make();
      await nextTask();
      let result: unknown;
      const long = await longTasks(async () => {
        const adapted = await inSlices(adaptSteps(json, 'auto'));
        result = await inSlices(checkSteps((adapted as { records: unknown[] }).records));
      });
      // Before, one task of 6 to 19 s on a quiet machine; what is left is one Object.keys() of a 400,000-field object.
      expect(long.filter((ms) => ms > 1500), `long tasks: ${long.join(', ')} ms`).to.deep.equal([]);
      const once = checkRecords((adaptFeed(json) as { records: unknown[] }).records);
      expect(JSON.stringify(result), 'the same records, in the same order, with the same problems').to.equal(JSON.stringify(once));
    });
  }

  it('reads the first 100 fields of a record and says how many it had', () => {
    const { resources, problems } = checkRecords(wide());
    expect(resources.map((r) => r.id)).to.deep.equal(['a']);
    expect(problems[0]).to.deep.equal({ record: 'a', field: '', message: 'has 400002 fields; only the first 100 were read', skipped: false });
    expect(problems, 'one note a field read, not 400,000').to.have.length(99);
  });
});

describe('slices: the finder while a big feed loads', () => {
  it('shows the emergency strip and the national records while it loads, then the feed’s', async function () {
    this.timeout(120_000);
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder src=${blobFeed(meetings(20_000))}></oud-support-finder>`);
    const strip = () => el.shadowRoot!.querySelector('[part~="emergency"]');
    expect(strip(), 'the emergency strip at once').to.exist;
    expect(shownIds(el), 'the national records at once').to.include('samhsa-helpline');
    const long = await longTasks(() => waitUntil(() => shownIds(el).includes('hope'), 'the feed’s meetings are shown', { timeout: 100_000 }));
    expect(strip()).to.exist;
    expect(resultCount(el), 'the 20,000 meetings and the national records').to.be.greaterThan(20_000);
    // Parsing, adapting, checking and making the set ready to show all yield: none over 100 ms on this
    // machine; 300 leaves room for a busy one.
    expect(long.filter((ms) => ms > 300), `long tasks: ${long.join(', ')} ms`).to.deep.equal([]);
  });

  it('shows a record of 400,000 fields through src without a task over 300 ms', async function () {
    this.timeout(60_000);
    const src = URL.createObjectURL(new Blob([`[{"id":"a","name":"A",${Array.from({ length: 400_000 }, (_, i) => `"f${i}":1`).join(',')}}]`]));
    let el!: OudSupportFinder;
    const long = await longTasks(async () => {
      el = await fixture<OudSupportFinder>(html`<oud-support-finder local-only src=${src}></oud-support-finder>`);
      await waitUntil(() => shownIds(el).includes('a'), 'the record is shown', { timeout: 50_000 });
    });
    // At first one task of 3.8 s on a quiet machine (14 s on a busy one); then JSON.parse and listing the keys, 0.3
    // to 0.6 s each. Now the parse keeps the first 1,000 fields and how many there were, in steps.
    expect(long.filter((ms) => ms > 300), `long tasks: ${long.join(', ')} ms`).to.deep.equal([]);
  });

  /** Our own records, `n` of them: a day each, every third online, in one of three areas. */
  const ours = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      id: `m${i}`,
      name: `Meeting ${i}`,
      schedule: [{ day: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][i % 7], start: '19:00' }],
      formats: [i % 3 ? 'in-person' : 'online'],
      regions: [['North', 'South', 'East'][i % 3 == 1 ? 1 : i % 5 ? 0 : 2]],
    }));

  it('shows 120,000 records given as resources without a task over 200 ms', async function () {
    this.timeout(180_000);
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder local-only></oud-support-finder>`);
    const big = ours(120_000);
    await new Promise((resolve) => setTimeout(resolve, 1000)); // what earlier tests left running is done
    // Before, putting the set in the language, counting its options and what is on now was one update of 0.4 to 1 s.
    const long = await longTasks(async () => {
      el.resources = big;
      await waitUntil(() => resultCount(el) == 120_000, 'the records are shown', { timeout: 150_000 });
    });
    // Now none over 50 ms on this machine: 200 leaves room for a busy one.
    expect(long.filter((ms) => ms > 200), `long tasks: ${long.join(', ')} ms`).to.deep.equal([]);
  });

  it('answers a search typed before a big set’s index is built once it is, without freezing the page', async function () {
    this.timeout(180_000);
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder local-only></oud-support-finder>`);
    const big = ours(120_000);
    big[119_999].name = 'Lighthouse Group';
    el.resources = big;
    await waitUntil(() => resultCount(el) == 120_000, 'the records are shown', { timeout: 150_000 });
    // Before, the first search finished the index at once: one task of about 2 s.
    const long = await longTasks(async () => {
      el.query = 'lighthouse';
      await el.updateComplete;
    });
    expect(shownIds(el)[0], 'the record named, first').to.equal('m119999');
    expect(long.filter((ms) => ms > 200), `long tasks: ${long.join(', ')} ms`).to.deep.equal([]);
  });

  it('counts a big set made ready in slices as one pass over it would, with the host’s filters, once updateComplete settles', async function () {
    this.timeout(120_000);
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder local-only formats="online"></oud-support-finder>`);
    const big = ours(30_000);
    el.resources = big;
    await el.updateComplete;
    const online = big.filter((r) => r.formats[0] == 'online');
    expect(resultCount(el), 'the online ones, at once when updateComplete settles').to.equal(online.length);
    const dialog = await openFilters(el);
    const count = (legend: string, label: string) => {
      const group = [...dialog.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')!.textContent === legend)!;
      const option = [...group.querySelectorAll('label')].find((l) => l.textContent!.trim().startsWith(label))!;
      return Number(/\d+/.exec(option.textContent!)![0]);
    };
    // Each group's counts given the other groups: a day counts the online ones; the formats count them all.
    expect(count('Meets on', 'Monday')).to.equal(online.filter((r) => r.schedule[0].day == 'mon').length);
    expect(count('Area', 'East')).to.equal(online.filter((r) => r.regions[0] == 'East').length);
    expect(count('How to connect', 'In person')).to.equal(big.length - online.length);
  });

  it('drops a feed that a newer src replaced while it was read', async function () {
    this.timeout(120_000);
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder local-only src=${blobFeed(meetings(20_000))}></oud-support-finder>`);
    await new Promise((resolve) => setTimeout(resolve, 300)); // fetched, and being read in slices
    el.src = blobFeed([{ id: 'newer', name: 'The newer feed' }]);
    await waitUntil(() => shownIds(el).includes('newer'), 'the newer feed is shown', { timeout: 20_000 });
    await new Promise((resolve) => setTimeout(resolve, 5000)); // long enough for the old feed to have finished
    expect(shownIds(el)).to.deep.equal(['newer']);
  });
});
