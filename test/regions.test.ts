import { expect, fixture } from '@open-wc/testing';
import '../src/index.js';
import type { OudSupportFinder } from '../src/oud-support-finder.js';
import { fromMeetingGuide } from '../src/records/feeds/meeting-guide.js';
import { fromBmlt } from '../src/records/feeds/bmlt.js';
import { checkbox, openFilters, shownIds } from './helpers.js';

const feed = [
  { name: 'Santa Ana Morning', slug: 'sa-morning', day: 1, time: '07:00', regions: ['Orange County', 'Santa Ana'], formatted_address: '1 Main St, Santa Ana, CA 92705, USA' },
  { name: 'Santa Ana Evening', slug: 'sa-evening', day: 2, time: '19:00', region: 'Santa Ana', formatted_address: '2 Main St, Santa Ana, CA 92705, USA' },
  { name: 'Irvine Noon', slug: 'irvine-noon', day: 3, time: '12:00', region: 'Orange County', sub_region: 'Irvine', formatted_address: '3 Elm St, Irvine, CA 92602, USA' },
  { name: 'No Region Online', slug: 'online', day: 4, time: '20:00', conference_url: 'https://example.org/j/4' },
];

describe('regions: read from feeds', () => {
  /** [what, feed entry, regions] */
  const CASES: [string, Record<string, unknown>, string[] | undefined][] = [
    ['a regions list', { regions: ['Orange County', 'Santa Ana'] }, ['Orange County', 'Santa Ana']],
    ['region and sub_region', { region: 'Orange County', sub_region: 'Irvine' }, ['Orange County', 'Irvine']],
    ['the same region twice', { regions: ['Irvine'], region: 'Irvine' }, ['Irvine']],
    ['HTML entities', { region: 'North &amp; East' }, ['North & East']],
    ['empty and odd values', { regions: ['', 5, null, { a: 1 }], region: ' ' }, ['5']],
    ['none', {}, undefined],
  ];
  for (const [what, entry, regions] of CASES) {
    it(`reads ${what}`, () => expect((fromMeetingGuide([{ name: 'x', ...entry }])[0] as { regions?: string[] }).regions).to.deep.equal(regions));
  }

  it('reads a BMLT meeting’s subsection and neighbourhood', () =>
    expect((fromBmlt([{ meeting_name: 'x', location_city_subsection: 'Downtown', location_neighborhood: 'Old Town' }])[0] as { regions?: string[] }).regions).to.deep.equal(['Downtown', 'Old Town']));
});

describe('regions: the filter', () => {
  const finder = async (attributes = '') => {
    const box = document.createElement('div');
    box.innerHTML = `<oud-support-finder local-only lang="en" ${attributes}><script type="application/json">${JSON.stringify(feed)}</script></oud-support-finder>`;
    const el = await fixture<OudSupportFinder>(box.firstElementChild as HTMLElement);
    await el.updateComplete;
    return el;
  };
  const legendOf = (dialog: HTMLDialogElement) => [...dialog.querySelectorAll('legend')].map((l) => l.textContent);
  const options = (dialog: HTMLDialogElement) =>
    [...[...dialog.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')!.textContent === 'Area')!.querySelectorAll('label')].map((l) =>
      l.textContent!.replace(/\s+/g, ' ').trim(),
    );

  it('offers the records’ regions, A to Z, with counts, and narrows to the chosen ones', async () => {
    const el = await finder();
    const dialog = await openFilters(el);
    await expect(el).to.be.accessible();
    expect(legendOf(dialog)).to.include('Area');
    expect(options(dialog)).to.deep.equal(['Irvine 1 (1 result)', 'Orange County 2 (2 results)', 'Santa Ana 2 (2 results)']);
    checkbox(el, 'Area', 'Santa Ana').click();
    await el.updateComplete;
    expect(shownIds(el)).to.have.members(['sa-morning', 'sa-evening']);
    checkbox(el, 'Area', 'Irvine').click();
    await el.updateComplete;
    expect(shownIds(el), 'any chosen region').to.have.members(['sa-morning', 'sa-evening', 'irvine-noon']);
    expect(options(dialog), 'counts given the other groups').to.deep.equal(['Irvine 1 (1 result)', 'Orange County 2 (2 results)', 'Santa Ana 2 (2 results)']);
  });

  it('takes regions from the attribute, separated by commas', async () => {
    const el = await finder('regions="Irvine, Nowhere"');
    expect(shownIds(el)).to.deep.equal(['irvine-noon']);
    const dialog = await openFilters(el);
    expect(options(dialog), 'a chosen region with nothing in it can still be unchosen').to.include('Nowhere 0 (0 results)');
  });

  it('shows no Area group when no record names a region', async () => {
    const box = document.createElement('div');
    box.innerHTML = `<oud-support-finder local-only lang="en"><script type="application/json">${JSON.stringify([feed[3]])}</script></oud-support-finder>`;
    const el = await fixture<OudSupportFinder>(box.firstElementChild as HTMLElement);
    expect(legendOf(await openFilters(el))).not.to.include('Area');
  });
});
