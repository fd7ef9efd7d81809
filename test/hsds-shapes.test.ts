import { expect, fixture } from '@open-wc/testing';
import '../src/index.js';
import service from './fixtures/hsds-service.json';
import atLocation from './fixtures/hsds-service-at-location.json';
import organization from './fixtures/hsds-organization.json';
import { checkRecords } from '../src/records/check.js';
import { adaptFeed } from '../src/records/feeds/detect.js';
import { fromHsds } from '../src/records/feeds/hsds.js';
import { card, shownIds } from './helpers.js';

/** Adapts (on a fixed day) and checks: every adapted record must pass with no problem at all. */
function adapted(feed: unknown): Record<string, unknown>[] {
  const records = fromHsds(feed, '2026-11-24');
  const { problems } = checkRecords(records);
  expect(problems, 'adapted records pass the check').to.deep.equal([]);
  return records as Record<string, unknown>[];
}

describe('HSDS shapes: one service, service_at_location lists, an organization with services', () => {
  const shapes = { service: adapted(service), atLocation: adapted(atLocation), organization: adapted(organization) };

  it('reads each shape, skipping the inactive service', () => {
    expect(shapes.service.map((r) => r.id)).to.deep.equal(['service-3f9b2c1d-8e47-4a6b-b0c2-5d7e9f1a2b3c']);
    expect(shapes.atLocation.map((r) => r.id)).to.deep.equal(['svc-peer-drop-in']);
    expect(shapes.organization.map((r) => r.id)).to.deep.equal(['svc-naloxone', 'svc-syringe']);
  });

  const clinic = 'service-3f9b2c1d-8e47-4a6b-b0c2-5d7e9f1a2b3c';
  /** [shape, record id, field, expected value (undefined: left out)] */
  const FIELDS: [keyof typeof shapes, string, string, unknown][] = [
    // Only the schedule valid on the day: the ended Saturday and the future Friday are left out.
    ['service', clinic, 'schedule', [{ day: 'mon', start: '08:30', end: '16:00' }, { day: 'wed', start: '08:30', end: '16:00' }]],
    ['service', clinic, 'notes', ['From 1 December we are at the new address on Harbor Street.', 'Adults 18 and over who live in Lake County.', 'bridge@example.org']],
    ['service', clinic, 'howTo', ['Call the front desk or walk in during clinic hours. Bring any ID you have; none is required.']],
    ['service', clinic, 'address', '40 Harbor Street, Lakeside, IL 60601'],
    ['service', clinic, 'kind', 'healthcare'],
    ['service', clinic, 'cost', 'free'],
    ['service', clinic, 'aliases', ['Bridge Clinic', 'Lake County Health']],
    ['atLocation', 'svc-peer-drop-in', 'name', 'Peer Recovery Drop-In'],
    ['atLocation', 'svc-peer-drop-in', 'address', '12 Library Lane, Springfield, IL 62703'],
    ['atLocation', 'svc-peer-drop-in', 'phone', '555-0171'],
    ['atLocation', 'svc-peer-drop-in', 'callNote', 'Library desk'],
    ['atLocation', 'svc-peer-drop-in', 'schedule', [{ day: 'thu', start: '17:00', end: '19:00' }]],
    ['atLocation', 'svc-peer-drop-in', 'kind', 'peer-support'],
    ['atLocation', 'svc-peer-drop-in', 'aliases', ['Springfield Recovery Community']],
    ['organization', 'svc-naloxone', 'kind', 'harm-reduction'],
    ['organization', 'svc-naloxone', 'url', 'https://example.org/phrc'],
    ['organization', 'svc-naloxone', 'phone', '555-0162'],
    ['organization', 'svc-naloxone', 'cost', 'free'],
    ['organization', 'svc-naloxone', 'aliases', ['Prairie Harm Reduction Collective']],
    ['organization', 'svc-syringe', 'kind', 'harm-reduction'],
    ['organization', 'svc-syringe', 'notes', undefined],
  ];
  for (const [shape, id, field, expected] of FIELDS) {
    it(`maps ${shape} ${id} → ${field}`, () => expect(shapes[shape].find((r) => r.id === id)?.[field]).to.deep.equal(expected));
  }

  /** [what, schedule's validity, kept] */
  const VALIDITY: [string, Record<string, string>, boolean][] = [
    ['no dates', {}, true],
    ['valid from today', { valid_from: '2026-11-24' }, true],
    ['valid to today', { valid_to: '2026-11-24' }, true],
    ['ended yesterday', { valid_to: '2026-11-23' }, false],
    ['starts tomorrow', { valid_from: '2026-11-25' }, false],
    ['a year ago to next year', { valid_from: '2025-11-24', valid_to: '2027-11-24' }, true],
  ];
  for (const [what, dates, kept] of VALIDITY) {
    it(`${kept ? 'keeps' : 'leaves out'} a schedule with ${what}`, () => {
      const [record] = adapted([{ name: 'x', schedules: [{ byday: 'MO', opens_at: '09:00', ...dates }] }]);
      expect(record.schedule ?? []).to.have.length(kept ? 1 : 0);
    });
  }

  it('leaves out an email that is not one, and an empty application process', () => {
    const [record] = adapted([{ name: 'x', email: 'call us', application_process: ' ', alert: '<b>Closed</b> on &amp; off' }]);
    expect(record.notes).to.deep.equal(['Closed on & off']);
    expect(record.howTo).to.equal(undefined);
  });

  for (const [what, feed] of [['one service', service], ['a service_at_location page', atLocation], ['an organization', organization]] as const) {
    it(`finds ${what} as HSDS`, () => {
      const result = adaptFeed(feed);
      expect('format' in result && result.format).to.equal('hsds');
    });
  }

  it('refuses text named as HSDS', () => expect(adaptFeed('x', 'hsds')).to.have.property('error'));
});

describe('HSDS shapes: a service’s card', () => {
  it('labels weekly times “Hours”, not “Next meeting”, and shows the alert, who may come, the email and how to ask', async () => {
    const box = document.createElement('div');
    box.innerHTML = `<oud-support-finder local-only lang="en"><script type="application/json">${JSON.stringify(service)}</script></oud-support-finder>`;
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(box.firstElementChild as HTMLElement);
    for (let i = 0; i < 40 && !shownIds(el).includes('service-3f9b2c1d-8e47-4a6b-b0c2-5d7e9f1a2b3c'); i++) await new Promise((r) => setTimeout(r, 50));
    const clinic = card(el, 'service-3f9b2c1d-8e47-4a6b-b0c2-5d7e9f1a2b3c')!;
    expect(clinic.querySelector('.schedule')!.textContent).to.match(/^Hours: Mondays and Wednesdays 8:30\sAM\s*–\s*4:00\sPM$/);
    expect(clinic.textContent).not.to.contain('Next meeting');
    const text = clinic.querySelector('.details')!.textContent!;
    for (const words of ['new address on Harbor Street', 'Adults 18 and over', 'bridge@example.org', 'Call the front desk']) expect(text).to.contain(words);
  });
});
