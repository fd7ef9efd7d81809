import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { NO_FILTERS, applyFilters, countOptions, hasFilters, parseWords } from '../src/filters/filters.js';
import type { Filters } from '../src/filters/filters.js';
import { APPROACHES, AUDIENCES, DAYS, FORMATS } from '../src/records/types.js';
import type { Day } from '../src/records/types.js';
import { records } from './helpers.js';
import { TIMES, timeOfDay } from '../src/filters/time-of-day.js';

const set = records(
  { name: 'NA', audience: ['self'], approaches: ['12-step', 'peer-support'], formats: ['in-person', 'online'], cost: 'free' },
  { name: 'SMART', audience: ['self'], approaches: ['non-12-step', 'secular'], formats: ['online'], cost: 'donations', medicationFriendly: true },
  { name: 'Nar-Anon', audience: ['family'], approaches: ['12-step'], formats: ['in-person', 'phone'], phone: '555-0100' },
  { name: 'Helpline', audience: ['self', 'family'], approaches: ['clinical'], formats: ['phone', 'text'], phone: '555-0101', text: '55501',
    cost: 'free', open247: true },
  { name: 'Church group', audience: ['self', 'family'], approaches: ['faith-based', '12-step'], formats: ['in-person'],
    schedule: [{ day: 'tue', start: '19:00' }, { day: 'sat', start: '10:00' }, { day: 'tue', start: '12:00' }] },
);
const f = (changes: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...changes });
const names = (filters: Filters) => applyFilters(set, filters, 'tue').map((r) => r.name);

describe('filters: matching', () => {
  const CASES: [string, Partial<Filters>, string[]][] = [
    ['nothing chosen', {}, ['NA', 'SMART', 'Nar-Anon', 'Helpline', 'Church group']],
    ['for me', { audience: ['self'] }, ['NA', 'SMART', 'Helpline', 'Church group']],
    ['for family', { audience: ['family'] }, ['Nar-Anon', 'Helpline', 'Church group']],
    ['either audience (OR in a group)', { audience: ['self', 'family'] }, ['NA', 'SMART', 'Nar-Anon', 'Helpline', 'Church group']],
    ['12-step', { approaches: ['12-step'] }, ['NA', 'Nar-Anon', 'Church group']],
    ['faith-based or secular', { approaches: ['faith-based', 'secular'] }, ['SMART', 'Church group']],
    ['online', { formats: ['online'] }, ['NA', 'SMART']],
    ['online or phone', { formats: ['online', 'phone'] }, ['NA', 'SMART', 'Nar-Anon', 'Helpline']],
    ['family and phone (AND across groups)', { audience: ['family'], formats: ['phone'] }, ['Nar-Anon', 'Helpline']],
    ['medication-friendly', { medicationFriendly: true }, ['SMART']],
    ['free (donations count as free)', { free: true }, ['NA', 'SMART', 'Helpline']],
    ['open 24/7', { open247: true }, ['Helpline']],
    ['free and 12-step', { free: true, approaches: ['12-step'] }, ['NA']],
    ['nothing matches', { open247: true, approaches: ['secular'] }, []],
    ['meets on Saturday', { days: ['sat'] }, ['Church group']],
    ['meets on Sunday', { days: ['sun'] }, []],
    ['meets today (Tuesday)', { meetsToday: true }, ['Church group']],
    ['meets today and online', { meetsToday: true, formats: ['online'] }, []],
  ];
  for (const [what, filters, expected] of CASES) {
    it(`keeps the right records: ${what}`, () => expect(names(f(filters))).to.deep.equal(expected));
  }

  it('knows when any filter is on', () => {
    expect(hasFilters(NO_FILTERS)).to.equal(false);
    expect(hasFilters(f({ formats: ['chat'] }))).to.equal(true);
    expect(hasFilters(f({ free: true }))).to.equal(true);
    expect(hasFilters(f({ days: ['mon'] }))).to.equal(true);
  });
});

describe('filters: ways to connect are what a record really offers', () => {
  const offers = records(
    { name: 'Says phone, has none', formats: ['phone', 'text', 'chat'] },
    { name: 'Has a phone, does not say so', formats: ['online'], phone: '555-0102' },
    { name: 'TTY only', tty: '555-0103' },
    { name: 'Chat', chatUrl: 'https://example.org/chat', text: '55502' },
  );
  const CASES: [string, string[]][] = [
    ['phone', ['Has a phone, does not say so', 'TTY only']],
    ['text', ['Chat']],
    ['chat', ['Chat']],
    ['online', ['Has a phone, does not say so']],
  ];
  for (const [format, expected] of CASES) {
    it(`"${format}" keeps and counts only the records that have it`, () => {
      const filtered = applyFilters(offers, f({ formats: [format as never] }), 'tue').map((r) => r.name);
      expect(filtered).to.deep.equal(expected);
      expect((countOptions(offers, NO_FILTERS, 'tue').formats as Record<string, number>)[format]).to.equal(expected.length);
    });
  }
});

describe('filters: option counts', () => {
  it('counts what each option would give with nothing chosen', () => {
    const counts = countOptions(set, NO_FILTERS, 'tue');
    expect(counts.audience).to.deep.equal({ self: 4, family: 3 });
    expect(counts.approaches['12-step']).to.equal(3);
    expect(counts.formats).to.deep.equal({ 'in-person': 3, online: 2, phone: 2, text: 1, chat: 0 });
    expect([counts.medicationFriendly, counts.free, counts.open247, counts.meetsToday]).to.deep.equal([1, 3, 1, 1]);
    expect(counts.days, 'two Tuesday times count once').to.deep.equal({ sun: 0, mon: 0, tue: 1, wed: 0, thu: 0, fri: 0, sat: 1 });
  });

  it('counts a group’s options ignoring that group’s own choice, so OR choices show what they would add', () => {
    const counts = countOptions(set, f({ audience: ['family'] }), 'tue');
    expect(counts.audience, 'self still shows its own total').to.deep.equal({ self: 4, family: 3 });
    expect(counts.formats, 'other groups are narrowed to family').to.deep.equal({ 'in-person': 2, online: 0, phone: 2, text: 1, chat: 0 });
    expect(counts.free).to.equal(1);
  });

  it('narrows every count by the toggles that are on', () => {
    const counts = countOptions(set, f({ free: true }), 'tue');
    expect(counts.approaches['12-step']).to.equal(1);
    expect(counts.free, 'free counts ignore itself').to.equal(3);
    expect(counts.open247).to.equal(1);
  });

  it('counts “meets today” for the day it is given', () => {
    expect(countOptions(set, NO_FILTERS, 'sat').meetsToday).to.equal(1);
    expect(countOptions(set, NO_FILTERS, 'wed').meetsToday).to.equal(0);
  });

  it('gives each option the number of results choosing it would show, for any records and filters', () => {
    const REGIONS = ['Santa Ana', 'Irvine', 'Orange County'];
    const some = <T>(list: readonly T[]) => fc.subarray([...list]);
    const record = fc.record({
      audience: some(AUDIENCES),
      approaches: some(APPROACHES),
      formats: some(FORMATS),
      cost: fc.constantFrom('free', 'donations', 'varies'),
      medicationFriendly: fc.boolean(),
      open247: fc.boolean(),
      schedule: fc.array(fc.record({ day: fc.constantFrom(...DAYS), start: fc.constantFrom('09:00', '12:00', '19:30', '23:00') }), { maxLength: 3 }),
      regions: some(REGIONS),
    });
    const filters = fc.record({
      audience: some(AUDIENCES),
      approaches: some(APPROACHES),
      formats: some(FORMATS),
      days: some(DAYS),
      times: some(TIMES),
      medicationFriendly: fc.boolean(),
      free: fc.boolean(),
      open247: fc.boolean(),
      meetsToday: fc.boolean(),
      regions: some(REGIONS),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 12 }), filters, fc.constantFrom(...DAYS), (inputs, chosen: Filters, today: Day) => {
        const list = records(...inputs);
        const counts = countOptions(list, chosen, today);
        // An option of a list group: what the results would be with only it chosen in its group.
        for (const [group, options] of [['audience', AUDIENCES], ['approaches', APPROACHES], ['formats', FORMATS], ['days', DAYS], ['times', TIMES]] as const) {
          for (const option of options) {
            const shown = applyFilters(list, { ...chosen, [group]: [option] }, today).length;
            expect((counts[group] as Record<string, number>)[option], `${group} ${option}`).to.equal(shown);
          }
        }
        // A region: what the results would be with only it chosen; a region no result has is not counted.
        for (const region of REGIONS) {
          const shown = applyFilters(list, { ...chosen, regions: [region] }, today).length;
          expect(counts.regions[region] ?? 0, region).to.equal(shown);
        }
        for (const toggle of ['medicationFriendly', 'free', 'open247', 'meetsToday'] as const) {
          expect(counts[toggle], toggle).to.equal(applyFilters(list, { ...chosen, [toggle]: true }, today).length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('counts nothing in an empty list', () => {
    const counts = countOptions([], NO_FILTERS, 'tue');
    expect(Object.values(counts.approaches).every((n) => n === 0)).to.equal(true);
    expect(counts.free).to.equal(0);
  });
});

describe('filters: reading host attributes', () => {
  const CASES: [string | null, string[], string[]][] = [
    ['faith-based secular', ['faith-based', 'secular'], []],
    ['Faith-Based,  SECULAR', ['faith-based', 'secular'], []],
    ['secular secular', ['secular'], []],
    ['twelve-step secular', ['secular'], ['twelve-step']],
    ['', [], []],
    [null, [], []],
  ];
  for (const [value, words, unknown] of CASES) {
    it(`reads ${JSON.stringify(value)}`, () => expect(parseWords(value, APPROACHES)).to.deep.equal({ words, unknown }));
  }
});

describe('filters: time of day', () => {
  /** [start, band]: the edges of each band, and after midnight. */
  const BANDS: [string, string][] = [
    ['00:00', 'night'],
    ['04:59', 'night'],
    ['05:00', 'morning'],
    ['11:59', 'morning'],
    ['12:00', 'midday'],
    ['16:59', 'midday'],
    ['17:00', 'evening'],
    ['20:59', 'evening'],
    ['21:00', 'night'],
    ['23:30', 'night'],
  ];
  for (const [start, band] of BANDS) it(`puts a ${start} start in the ${band}`, () => expect(timeOfDay(start)).to.equal(band));

  const meetings = records(
    { id: 'early', schedule: [{ day: 'mon', start: '07:00' }, { day: 'wed', start: '07:00' }] },
    { id: 'lunch', schedule: [{ day: 'tue', start: '12:15', end: '13:15' }] },
    { id: 'after-work', schedule: [{ day: 'mon', start: '19:30' }, { day: 'sat', start: '10:00' }] },
    { id: 'late', schedule: [{ day: 'fri', start: '23:00', end: '00:30' }] },
    { id: 'helpline' },
  );
  /** [times chosen, ids shown, counts of morning, midday, evening, night] */
  const CASES: [string[], string[], number[]][] = [
    [[], ['early', 'lunch', 'after-work', 'late', 'helpline'], [2, 1, 1, 1]],
    [['evening'], ['after-work'], [2, 1, 1, 1]],
    [['morning', 'night'], ['early', 'after-work', 'late'], [2, 1, 1, 1]],
  ];
  for (const [times, ids, counts] of CASES) {
    it(`shows ${ids.join(', ')} for ${times.join(' or ') || 'any time'}, counting each band once per meeting`, () => {
      const chosen = { ...NO_FILTERS, times } as Filters;
      expect(applyFilters(meetings, chosen, 'mon').map((r) => r.id)).to.deep.equal(ids);
      expect(TIMES.map((t) => countOptions(meetings, chosen, 'mon').times[t])).to.deep.equal(counts);
    });
  }

  it('narrows with the days: Monday evenings', () => {
    expect(applyFilters(meetings, { ...NO_FILTERS, days: ['mon'], times: ['evening'] }, 'mon').map((r) => r.id)).to.deep.equal(['after-work']);
  });
});
