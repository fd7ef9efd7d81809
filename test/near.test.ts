import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { OudSupportFinder } from '../src/oud-support-finder.js';
import { card, checkbox, openFilters, resultCount, shownIds, statusText } from './helpers.js';

// Springfield, Illinois: three halls at known distances from the library, an online meeting and a hall with no place.
const RECORDS = [
  { id: 'mid-hall', name: 'Eastside Step Group', kind: 'meeting', formats: ['in-person'], address: '2 East Road, Springfield, IL', latitude: 39.85, longitude: -89.54 },
  { id: 'near-hall', name: 'Riverside Serenity', kind: 'meeting', formats: ['in-person'], address: '120 Elm Street, Springfield, IL', latitude: 39.799, longitude: -89.644 },
  { id: 'far-hall', name: 'Champaign Hope', kind: 'meeting', formats: ['in-person'], address: '5 Main St, Champaign, IL', latitude: 40.1164, longitude: -88.2434 },
  { id: 'online-night', name: 'Recovery at Night', kind: 'meeting', formats: ['online'], url: 'https://example.org/night' },
];
const LIBRARY = '39.7817,-89.6501';
const LOCAL = ['near-hall', 'mid-hall', 'far-hall'];

const finder = (attributes = '') =>
  fixture<OudSupportFinder>(
    `<oud-support-finder ${attributes}><script type="application/json">${JSON.stringify(RECORDS)}</script></oud-support-finder>`,
  );
const root = (el: HTMLElement) => el.shadowRoot!;
const nearChip = (el: HTMLElement) => [...root(el).querySelectorAll<HTMLButtonElement>('.toolbar button')].find((b) => /Near me|Cerca de mí/.test(b.textContent!));
const note = statusText;
const distanceChoice = (el: HTMLElement) => root(el).querySelector<HTMLSelectElement>('.near select');
const localOrder = (el: HTMLElement) => shownIds(el).filter((id) => LOCAL.includes(id!));
const factsOf = (el: HTMLElement, id: string) => card(el, id)!.querySelector('.facts')!.textContent!;
const requests = () => performance.getEntriesByType('resource').length;

/** Replaces the browser's geolocation for one test: granted at a place, refused, or missing. */
function mockGeolocation(answer: 'refused' | 'missing' | { latitude: number; longitude: number }) {
  const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation')!;
  let asked = 0;
  const geolocation = {
    getCurrentPosition(ok: PositionCallback, fail: PositionErrorCallback) {
      asked++;
      setTimeout(() =>
        typeof answer === 'object'
          ? ok({ coords: answer } as GeolocationPosition)
          : fail({ code: 1, message: 'User denied Geolocation' } as GeolocationPositionError),
      );
    },
  };
  Object.defineProperty(Navigator.prototype, 'geolocation', { configurable: true, get: () => (answer === 'missing' ? undefined : geolocation) });
  return { asked: () => asked, restore: () => Object.defineProperty(Navigator.prototype, 'geolocation', original) };
}

async function settle(el: OudSupportFinder) {
  await new Promise((resolve) => setTimeout(resolve, 10));
  await el.updateComplete;
}

describe('near me: distance from the person or the kiosk', () => {
  let geo: ReturnType<typeof mockGeolocation> | undefined;
  afterEach(() => geo?.restore());

  it('asks for the location only when “Near me” is pressed, then sorts places nearest first and says how far', async () => {
    geo = mockGeolocation({ latitude: 39.7817, longitude: -89.6501 });
    const el = await finder();
    expect(geo.asked(), 'nothing is asked on load').to.equal(0);
    expect(localOrder(el), 'the feed’s own order before').to.deep.equal(['mid-hall', 'near-hall', 'far-hall']);
    expect(distanceChoice(el), 'no distance choice without a place').to.equal(null);
    const before = requests();
    nearChip(el)!.click();
    await settle(el);
    expect(geo.asked()).to.equal(1);
    expect(nearChip(el)!.getAttribute('aria-pressed')).to.equal('true');
    expect(localOrder(el)).to.deep.equal(['near-hall', 'mid-hall', 'far-hall']);
    expect(factsOf(el, 'near-hall')).to.contain('1.2 mi away');
    expect(factsOf(el, 'far-hall')).to.contain('78 mi away');
    expect(note(el), 'the live region says the order changed and that the place stays here').to.contain('Nearest first');
    expect(requests(), 'no request is made').to.equal(before);
    await expect(el).to.be.accessible();

    const choice = distanceChoice(el)!;
    const all = resultCount(el);
    expect([...choice.options].map((o) => o.text.trim()), 'each choice says how many results it keeps').to.deep.equal([
      `Any distance (${all})`,
      `Within 1 mi (${all - 3})`,
      `Within 5 mi (${all - 2})`,
      `Within 10 mi (${all - 1})`,
      `Within 25 mi (${all - 1})`,
    ]);
    choice.value = '5';
    choice.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(localOrder(el), 'within 5 miles leaves the farther halls out').to.deep.equal(['near-hall']);
    expect(shownIds(el), 'online meetings and national lines stay').to.include.members(['online-night', 'samhsa-helpline']);
    await expect(el).to.be.accessible();

    nearChip(el)!.click();
    await el.updateComplete;
    expect(localOrder(el), 'pressing again forgets the place').to.deep.equal(['mid-hall', 'near-hall', 'far-hall']);
    expect(factsOf(el, 'near-hall')).not.to.contain('away');
    expect(distanceChoice(el)).to.equal(null);
  });

  it('says so calmly when the person refuses, and keeps the list as it was', async () => {
    geo = mockGeolocation('refused');
    const el = await finder();
    nearChip(el)!.click();
    await settle(el);
    expect(note(el)).to.contain('could not get your location');
    expect(nearChip(el)!.getAttribute('aria-pressed')).to.equal('false');
    expect(localOrder(el)).to.deep.equal(['mid-hall', 'near-hall', 'far-hall']);
    await expect(el).to.be.accessible();
  });

  it('says so in Spanish when the browser has no location at all', async () => {
    geo = mockGeolocation('missing');
    const el = await finder('lang="es"');
    nearChip(el)!.click();
    await settle(el);
    expect(note(el)).to.contain('No pudimos saber dónde está');
    await expect(el).to.be.accessible();
  });

  it('uses a kiosk’s near place with no prompt and no button, in km when asked, in Spanish', async () => {
    geo = mockGeolocation('refused');
    const el = await finder(`near="${LIBRARY}" distance-unit="km" lang="es" kiosk`);
    expect(geo.asked(), 'a fixed place needs no asking').to.equal(0);
    expect(nearChip(el), 'no Near me button with a fixed place').to.equal(undefined);
    expect(localOrder(el)).to.deep.equal(['near-hall', 'mid-hall', 'far-hall']);
    expect(factsOf(el, 'near-hall')).to.contain('A 2 km');
    const all = resultCount(el);
    expect([...distanceChoice(el)!.options].map((o) => o.text.trim())).to.deep.equal([
      `Cualquier distancia (${all})`,
      `A 1 km o menos (${all - 3})`,
      `A 5 km o menos (${all - 2})`,
      `A 10 km o menos (${all - 2})`,
      `A 25 km o menos (${all - 1})`,
    ]);
    expect(card(el, 'near-hall')!.querySelector('a[href*="maps"]'), 'no directions link leaves a kiosk').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('offers nothing about distance when no record has a place', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    expect(nearChip(el)).to.equal(undefined);
    expect(root(el).querySelector('.near')).to.equal(null);
    expect(statusText(el)).not.to.contain('location');
  });
});

describe('directions: a place opens in the person’s maps app when pressed', () => {
  const directions = (el: HTMLElement, id: string) =>
    [...card(el, id)!.querySelectorAll<HTMLAnchorElement>('a')].find((a) => /Directions|Cómo llegar/.test(a.textContent!));

  it('links to Google Maps by default, with the place only, in a new tab', async () => {
    const el = await finder();
    const link = directions(el, 'near-hall')!;
    expect(link.href).to.equal('https://www.google.com/maps/dir/?api=1&destination=39.799%2C-89.644');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.contain('noreferrer');
    expect(directions(el, 'online-night'), 'no directions to an online meeting').to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('follows the host’s maps choice, or offers none', async () => {
    const osm = await finder('maps="osm" lang="es"');
    expect(directions(osm, 'near-hall')!.href).to.equal('https://www.openstreetmap.org/directions?to=39.799%2C-89.644');
    const none = await finder('maps="none"');
    expect(directions(none, 'near-hall')).to.equal(undefined);
  });
});

describe('time of day: a filter beside the days', () => {
  const MEETINGS = [
    { id: 'early', name: 'Early Risers', kind: 'meeting', schedule: [{ day: 'mon', start: '06:30' }, { day: 'thu', start: '06:30' }] },
    { id: 'lunch', name: 'Lunch Bunch', kind: 'meeting', schedule: [{ day: 'tue', start: '12:10', end: '13:00' }] },
    { id: 'tonight', name: 'After Work Hope', kind: 'meeting', schedule: [{ day: 'wed', start: '19:00', end: '20:00' }] },
    { id: 'late', name: 'Night Owls', kind: 'meeting', schedule: [{ day: 'fri', start: '23:00' }] },
  ];
  const meetings = (attributes = '') =>
    fixture<OudSupportFinder>(
      `<oud-support-finder local-only ${attributes}><script type="application/json">${JSON.stringify(MEETINGS)}</script></oud-support-finder>`,
    );
  const count = (el: HTMLElement, legend: string, label: string) => checkbox(el, legend, label).closest('label')!.querySelector('.count')!.textContent;

  it('offers morning, midday, evening and night with counts, and narrows to the one chosen', async () => {
    const el = await meetings();
    const dialog = await openFilters(el);
    const legends = [...dialog.querySelectorAll('legend')].map((l) => l.textContent);
    expect(legends.indexOf('Time of day'), 'right after the days').to.equal(legends.indexOf('Meets on') + 1);
    expect(['Morning', 'Midday', 'Evening', 'Night'].map((label) => count(el, 'Time of day', label))).to.deep.equal(['1', '1', '1', '1']);
    await expect(el).to.be.accessible();
    checkbox(el, 'Time of day', 'Evening').click();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['tonight']);
    expect(el.times, 'the times property follows the choice').to.deep.equal(['evening']);
    await expect(el).to.be.accessible();
  });

  it('reads a times attribute and speaks Spanish', async () => {
    const el = await meetings('times="morning night" lang="es"');
    expect(shownIds(el)).to.deep.equal(['early', 'late']);
    await openFilters(el);
    expect(count(el, 'Hora del día', 'mañana')).to.equal('1');
    expect(checkbox(el, 'Hora del día', 'noche').checked).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
