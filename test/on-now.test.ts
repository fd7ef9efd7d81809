import { expect, fixture } from '@open-wc/testing';
import ICAL from 'ical.js';
import { liveMeeting, liveMeetings, span } from '../src/filters/on-now.js';
import { wallClock } from '../src/records/zone.js';
import type { Live } from '../src/filters/on-now.js';
import { calendarText } from '../src/ui/calendar.js';
import type { Day, Meeting } from '../src/records/types.js';
import '../src/index.js';
import type { OudSupportFinder } from '../src/oud-support-finder.js';
import { card, records, shownIds, statusText } from './helpers.js';

const DAY: Record<Day, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const at = (day: Day, time: string) => ({ day: DAY[day], minutes: +time.slice(0, 2) * 60 + +time.slice(3) });
const meeting = (day: Day, start: string, end?: string): Meeting => (end ? { day, start, end } : { day, start });
/** A checked record with a meeting time zone (the field the time zones' work adds to records). */
const zoned = <T>(r: T, timezone: string) => Object.assign(r as object, { timezone }) as T;

describe('on now: the wall clock in a time zone', () => {
  // 2026-12-01 is a Tuesday; at 03:30 UTC it is still Monday evening in Chicago and Los Angeles.
  const instant = new Date('2026-12-01T03:30:00Z');
  const CASES: [string, string, { day: number; minutes: number }][] = [
    ['America/Chicago', 'Monday 21:30 (UTC-6)', at('mon', '21:30')],
    ['America/Los_Angeles', 'Monday 19:30 (UTC-8)', at('mon', '19:30')],
    ['Europe/Madrid', 'Tuesday 04:30 (UTC+1)', at('tue', '04:30')],
    ['Asia/Kolkata', 'Tuesday 09:00 (UTC+5:30)', at('tue', '09:00')],
  ];
  for (const [zone, reads, expected] of CASES) {
    it(`reads ${reads} in ${zone}`, () => {
      const { day, minutes } = wallClock(instant, zone);
      expect({ day, minutes }).to.deep.equal(expected);
    });
  }

  for (const zone of ['', 'Not/AZone', 'garbage value']) {
    it(`reads the viewer's own clock for the zone “${zone}”`, () => {
      const { day, minutes } = wallClock(instant, zone);
      expect({ day, minutes }).to.deep.equal({ day: instant.getDay(), minutes: instant.getHours() * 60 + instant.getMinutes() });
    });
  }
});

describe('on now: in progress and starting soon', () => {
  /** [what, schedule, clock, expected] */
  const CASES: [string, Meeting[], { day: number; minutes: number }, Live | undefined][] = [
    ['in progress, 25 min left', [meeting('tue', '19:00', '20:00')], at('tue', '19:35'), { left: 25 }],
    ['just started', [meeting('tue', '19:00', '20:00')], at('tue', '19:00'), { left: 60 }],
    ['ended at 20:00', [meeting('tue', '19:00', '20:00')], at('tue', '20:00'), undefined],
    ['starts in 20 min', [meeting('tue', '19:00', '20:00')], at('tue', '18:40'), { soon: 20 }],
    ['starts in exactly an hour', [meeting('tue', '19:00')], at('tue', '18:00'), { soon: 60 }],
    ['starts in 61 min: not soon', [meeting('tue', '19:00')], at('tue', '17:59'), undefined],
    ['another day at the same time', [meeting('wed', '19:00', '20:00')], at('tue', '19:30'), undefined],
    ['no end: an hour', [meeting('tue', '19:00')], at('tue', '19:50'), { left: 10 }],
    ['across midnight, before it', [meeting('mon', '23:00', '00:30')], at('mon', '23:50'), { left: 40 }],
    ['across midnight, after it', [meeting('mon', '23:00', '00:30')], at('tue', '00:10'), { left: 20 }],
    ['across midnight, ended', [meeting('mon', '23:00', '00:30')], at('tue', '00:30'), undefined],
    ['Saturday night into Sunday', [meeting('sat', '23:30', '01:00')], at('sun', '00:15'), { left: 45 }],
    ['Sunday just after midnight, soon from Saturday', [meeting('sun', '00:15', '01:00')], at('sat', '23:45'), { soon: 30 }],
    ['in progress wins over soon', [meeting('tue', '20:00'), meeting('tue', '19:00', '20:30')], at('tue', '19:30'), { left: 60 }],
    ['nothing scheduled', [], at('tue', '19:30'), undefined],
  ];
  for (const [what, schedule, clock, expected] of CASES) {
    it(what, () => expect(liveMeeting(schedule, clock)).to.deep.equal(expected));
  }

  it('writes spans in short words', () => {
    expect([5, 60, 70, 135].map(span)).to.deep.equal(['5 min', '1 h', '1 h 10 min', '2 h 15 min']);
  });

  it('uses each meeting’s own time zone, and makes the set once a minute', () => {
    const set = records(
      { id: 'chicago', name: 'Chicago Night', kind: 'meeting', schedule: [meeting('mon', '21:00', '22:00')] },
      { id: 'madrid', name: 'Madrid Morning', kind: 'meeting', schedule: [meeting('tue', '05:00', '06:00')] },
      { id: 'line', name: 'A line', kind: 'helpline', phone: '555-0100' },
    );
    zoned(set[0], 'America/Chicago');
    zoned(set[1], 'Europe/Madrid');
    const now = new Date('2026-12-01T03:30:00Z');
    const live = liveMeetings(set, now);
    expect([...live]).to.deep.equal([['chicago', { left: 30 }], ['madrid', { soon: 30 }]]);
    expect(liveMeetings(set, new Date(now.getTime() + 30_000)), 'the same minute: the same map').to.equal(live);
    expect(liveMeetings(set, new Date(now.getTime() + 60_000)).get('chicago'), 'the next minute: made again').to.deep.equal({ left: 29 });
  });
});

describe('add to calendar: RFC 5545 text', () => {
  const now = new Date('2026-12-01T15:00:00Z'); // Tuesday
  const parse = (text: string) => new ICAL.Component(ICAL.parse(text));

  it('makes a weekly event in the meeting’s own time zone, on its next day, that a parser reads back', () => {
    const [r] = records({
      id: 'denver-friday', name: 'Friday Hope, Big Book', kind: 'meeting', formats: ['in-person'],
      address: '12 Main St; Hall B, Denver, CO', schedule: [meeting('fri', '19:30', '21:00')],
      notes: ['Side door, then downstairs.\nCoffee at 7.']}).map((r) => zoned(r, 'America/Denver'));
    const text = calendarText(r, now);
    expect(text.endsWith('\r\n') && !/[^\r]\n/.test(text), 'every line ends CRLF').to.equal(true);
    const event = parse(text).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('summary')).to.equal('Friday Hope, Big Book');
    expect(event.getFirstPropertyValue('location')).to.equal('12 Main St; Hall B, Denver, CO');
    expect(event.getFirstPropertyValue('description')).to.equal('Side door, then downstairs.\nCoffee at 7.');
    expect(event.getFirstPropertyValue('uid')).to.equal('denver-friday-0@oud-support-finder');
    const start = event.getFirstProperty('dtstart')!;
    expect(start.getParameter('tzid')).to.equal('America/Denver');
    expect(String(start.getFirstValue())).to.equal('2026-12-04T19:30:00');
    expect((event.getFirstPropertyValue('duration') as ICAL.Duration).toSeconds()).to.equal(5400);
    expect(String(event.getFirstPropertyValue('rrule'))).to.equal('FREQ=WEEKLY;BYDAY=FR');
    expect(text, 'commas and semicolons escaped').to.contain('SUMMARY:Friday Hope\\, Big Book');
  });

  it('takes the zone’s date, not the viewer’s: late Monday in Los Angeles is already Tuesday in UTC', () => {
    const [r] = records({ id: 'la', name: 'LA Late', kind: 'meeting', schedule: [meeting('mon', '23:00', '00:30')]}).map((r) => zoned(r, 'America/Los_Angeles'));
    const event = parse(calendarText(r, new Date('2026-12-01T05:00:00Z'))).getFirstSubcomponent('vevent')!;
    expect(String(event.getFirstPropertyValue('dtstart')), 'Monday 21:00 there: tonight at 23:00').to.equal('2026-11-30T23:00:00');
    expect((event.getFirstPropertyValue('duration') as ICAL.Duration).toSeconds(), 'across midnight: an hour and a half').to.equal(5400);
    expect(String(event.getFirstPropertyValue('rrule'))).to.equal('FREQ=WEEKLY;BYDAY=MO');
  });

  it('writes floating local time without a zone, the join link for an online meeting, and one event per weekly time', () => {
    const [r] = records({
      id: 'online-night', name: 'Recovery at Night', kind: 'meeting', formats: ['online'],
      links: [{ label: 'Join online', url: 'https://example.org/join?id=1,2' }],
      schedule: [meeting('sun', '22:00', '23:00'), meeting('wed', '12:00')],
    });
    const text = calendarText(r, now);
    const events = parse(text).getAllSubcomponents('vevent');
    expect(events.length).to.equal(2);
    expect(events[0].getFirstProperty('dtstart')!.getParameter('tzid'), 'floating: no zone').to.equal(undefined);
    expect(text).to.not.match(/DTSTART:\d+T\d+Z/);
    expect(events[0].getFirstPropertyValue('location')).to.equal('https://example.org/join?id=1,2');
    expect((events[1].getFirstPropertyValue('duration') as ICAL.Duration).toSeconds(), 'no end: an hour').to.equal(3600);
    expect(String(events[1].getFirstPropertyValue('rrule'))).to.equal('FREQ=WEEKLY;BYDAY=WE');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const [r] = records({
      id: 'long', name: 'Reunión de recuperación “Esperanza” — grupo en español con café, ' + 'señales y más '.repeat(8),
      kind: 'meeting', schedule: [meeting('thu', '18:00', '19:00')],
    });
    const text = calendarText(r, now);
    const encoder = new TextEncoder();
    for (const line of text.split('\r\n')) expect(encoder.encode(line).length, line).to.be.at.most(75);
    const event = parse(text).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('summary'), 'unfolded, the name comes back whole').to.equal(r.name);
  });
});

// The finder on a Tuesday at 19:35 on the viewer's clock (these meetings have no time zone of their own).
const MEETINGS = [
  { id: 'hall-now', name: 'Tuesday Hall', kind: 'meeting', formats: ['in-person'], address: '1 Elm St, Springfield, IL', schedule: [meeting('tue', '19:00', '20:00')] },
  { id: 'online-now', name: 'Online Circle', kind: 'meeting', formats: ['online'], url: 'https://example.org/circle', links: [{ label: 'Group news', url: 'https://example.org/news' }, { label: 'Join online', url: 'https://example.org/join/42' }], schedule: [meeting('tue', '19:30', '20:30')] },
  { id: 'soon', name: 'Late Start', kind: 'meeting', formats: ['in-person'], address: '2 Oak St, Springfield, IL', schedule: [meeting('tue', '20:15', '21:15')] },
  { id: 'tomorrow', name: 'Wednesday Morning', kind: 'meeting', formats: ['in-person'], address: '3 Ash St, Springfield, IL', schedule: [meeting('wed', '10:00', '11:00')] },
];

/** Stops the page's clock at `at` (a Date made with no arguments, and Date.now, read it) until `restore`. */
function fixClock(at: Date) {
  const Real = Date;
  let time = at.getTime();
  globalThis.Date = class extends Real {
    constructor(...args: unknown[]) {
      super(...((args.length ? args : [time]) as []));
    }
    static override now = () => time;
  } as DateConstructor;
  return { advance: (ms: number) => (time += ms), restore: () => (globalThis.Date = Real) };
}

describe('on now and soon: the cards and the quick choice', () => {
  let clock: ReturnType<typeof fixClock>;
  beforeEach(() => (clock = fixClock(new Date(2026, 11, 1, 19, 35))));
  afterEach(() => clock.restore());
  const finder = (attributes = '', list: unknown[] = MEETINGS) =>
    fixture<OudSupportFinder>(`<oud-support-finder local-only ${attributes}><script type="application/json">${JSON.stringify(list)}</script></oud-support-finder>`);
  /** What a card says is on now or soon (not on paper, where it would soon be wrong). */
  const liveText = (el: HTMLElement, id: string) => card(el, id)!.querySelector('.schedule strong.no-print')?.textContent!.replace(/ · $/, '');
  const chip = (el: HTMLElement, label: RegExp) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toolbar button')].find((b) => label.test(b.textContent!));

  it('says what is on now and how long is left, what starts soon, and joins an online meeting on now from the card', async () => {
    const el = await finder();
    await expect(el).to.be.accessible();
    expect(liveText(el, 'hall-now')).to.equal('On now, 25 min left');
    expect(liveText(el, 'online-now')).to.equal('On now, 55 min left');
    expect(liveText(el, 'soon')).to.equal('Starts in 40 min');
    expect(liveText(el, 'tomorrow'), 'tomorrow is not soon').to.equal(undefined);
    const join = card(el, 'online-now')!.querySelector<HTMLAnchorElement>('.actions a.primary')!;
    expect(join.textContent, 'the primary action').to.match(/^Join now/);
    expect(join.getAttribute('href')).to.equal('https://example.org/join/42');
    clock.advance(60_000);
    el.requestUpdate(); // what the minute's tick does
    await el.updateComplete;
    expect(liveText(el, 'hall-now'), 'a minute later').to.equal('On now, 24 min left');
  });

  it('says it again at each new minute, by itself', async () => {
    clock.restore();
    clock = fixClock(new Date(2026, 11, 1, 19, 35, 59, 900)); // the next minute comes in 0.1 s
    const el = await finder();
    expect(liveText(el, 'hall-now')).to.equal('On now, 25 min left');
    clock.advance(200);
    await new Promise((resolve) => setTimeout(resolve, 400));
    await el.updateComplete;
    expect(liveText(el, 'hall-now'), 'the minute’s tick drew it again').to.equal('On now, 24 min left');
  });

  it('keeps only meetings on now or soon with the quick choice, announced in the status, one tab stop kept', async () => {
    const el = await finder();
    const onSoon = chip(el, /On now or soon/)!;
    expect(onSoon.getAttribute('aria-pressed')).to.equal('false');
    onSoon.click();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['hall-now', 'online-now', 'soon']);
    expect(statusText(el)).to.match(/^3 results/);
    expect(chip(el, /On now or soon/)!.getAttribute('aria-pressed')).to.equal('true');
    const stops = [...el.shadowRoot!.querySelectorAll('.toolbar button')].filter((b) => (b as HTMLElement).tabIndex === 0);
    expect(stops.length, 'the toolbar is one tab stop').to.equal(1);
    await expect(el).to.be.accessible();
    chip(el, /On now or soon/)!.click();
    await el.updateComplete;
    expect(shownIds(el).length).to.equal(4);
  });

  it('offers no such choice when nothing is on now or soon', async () => {
    clock.restore();
    clock = fixClock(new Date(2026, 11, 3, 3, 0)); // Thursday, 3 AM
    const el = await finder();
    expect(chip(el, /On now or soon/)).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('.schedule strong')).to.equal(null);
  });

  it('speaks Spanish', async () => {
    const el = await finder('lang="es"');
    expect(liveText(el, 'hall-now')).to.equal('En curso, quedan 25 min');
    expect(liveText(el, 'soon')).to.equal('Empieza en 40 min');
    expect(card(el, 'online-now')!.querySelector('.actions a.primary')!.textContent).to.match(/^Unirse ahora/);
    chip(el, /Ahora o pronto/)!.click();
    await el.updateComplete;
    expect(shownIds(el).length).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('saves a meeting’s .ics from the page when “Add to calendar” is pressed, with no request; a kiosk offers none', async () => {
    const el = await finder();
    const details = card(el, 'hall-now')!.querySelector('details')!;
    details.open = true;
    await expect(el).to.be.accessible();
    const saved: { href: string; download: string }[] = [];
    const blobs = new Map<string, Blob>();
    const { createObjectURL } = URL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob) => {
      const url = createObjectURL(blob);
      blobs.set(url, blob);
      return url;
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push({ href: this.href, download: this.download });
    };
    const before = performance.getEntriesByType('resource').length;
    try {
      [...details.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Add to calendar')!.click();
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(saved.length).to.equal(1);
    expect(saved[0].href).to.match(/^blob:/);
    expect(saved[0].download).to.equal('hall-now.ics');
    const blob = blobs.get(saved[0].href)!;
    expect(blob.type).to.equal('text/calendar');
    const event = new ICAL.Component(ICAL.parse(await blob.text())).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('summary')).to.equal('Tuesday Hall');
    expect(String(event.getFirstPropertyValue('dtstart'))).to.equal('2026-12-01T19:00:00');
    expect(performance.getEntriesByType('resource').length, 'no request').to.equal(before);

    const kiosk = await finder('kiosk');
    expect(card(kiosk, 'hall-now')!.textContent).to.not.contain('Add to calendar');
  });
});
