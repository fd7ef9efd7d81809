import { expect, fixture } from '@open-wc/testing';
import { en } from '../src/i18n/en.js';
import { es } from '../src/i18n/es.js';
import { daysIn, wallClock } from '../src/records/zone.js';
import { describeSchedule, nextMeeting } from '../src/ui/schedule.js';
import { fromMeetingGuide } from '../src/records/feeds/meeting-guide.js';
import { fromBmlt } from '../src/records/feeds/bmlt.js';
import { checkRecords } from '../src/records/check.js';
import type { Meeting } from '../src/records/types.js';

/** Monday 23 November 2026, 8 PM in Los Angeles (PST): Tuesday 04:00 UTC, Tuesday 9:30 AM in Kolkata. */
const MONDAY_8PM_LA = new Date(Date.UTC(2026, 10, 24, 4, 0));
const LA = 'America/Los_Angeles';
const viewer = Intl.DateTimeFormat().resolvedOptions().timeZone;

describe('zone: the clock in a meeting’s time zone', () => {
  const CASES: [Date, string | undefined, number, number][] = [
    [MONDAY_8PM_LA, LA, 1, 20 * 60],
    [MONDAY_8PM_LA, 'UTC', 2, 4 * 60],
    [MONDAY_8PM_LA, 'Asia/Kolkata', 2, 9 * 60 + 30],
    [MONDAY_8PM_LA, 'America/Chicago', 1, 22 * 60],
    // Summer time: Wednesday 1 July 2026, 16:00 UTC is 9 AM in Los Angeles (PDT).
    [new Date(Date.UTC(2026, 6, 1, 16)), LA, 3, 9 * 60],
    [new Date(Date.UTC(2026, 10, 24, 8, 0)), LA, 2, 0],
  ];
  for (const [now, zone, day, minutes] of CASES) {
    it(`reads ${now.toISOString()} in ${zone}`, () => expect(wallClock(now, zone)).to.include({ day, minutes }));
  }

  for (const zone of [undefined, '', 'Nowhere/Else', '<b>', 'us/pacific-ish']) {
    it(`reads the viewer’s clock for ${JSON.stringify(zone)}`, () =>
      expect(wallClock(MONDAY_8PM_LA, zone)).to.include({
        day: MONDAY_8PM_LA.getDay(),
        minutes: MONDAY_8PM_LA.getHours() * 60 + MONDAY_8PM_LA.getMinutes(),
      }));
  }

  it('gives “today” in each meeting’s zone, the finder’s zone for meetings without one', () => {
    const today = daysIn(MONDAY_8PM_LA, LA);
    const viewers = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][MONDAY_8PM_LA.getDay()];
    expect([today(), today(LA), today('Asia/Kolkata'), today('UTC'), today('Nowhere/Else')], 'an unknown zone is the viewer’s').to.deep.equal(['mon', 'mon', 'tue', 'tue', viewers]);
  });
});

describe('zone: the next meeting on the meeting’s clock', () => {
  /** [meeting, zone, now, days away (-1: last night's, still on)] */
  const CASES: [Meeting, string | undefined, Date, number][] = [
    // The case: 23:00 to midnight, seen at 20:00 that day, is today, not next week.
    [{ day: 'mon', start: '23:00', end: '00:00' }, LA, MONDAY_8PM_LA, 0],
    [{ day: 'tue', start: '09:00' }, LA, MONDAY_8PM_LA, 1],
    [{ day: 'tue', start: '09:00' }, 'UTC', MONDAY_8PM_LA, 0],
    [{ day: 'mon', start: '09:00' }, LA, MONDAY_8PM_LA, 7],
    [{ day: 'mon', start: '19:00', end: '20:00' }, LA, MONDAY_8PM_LA, 7],
    // Half past midnight on Tuesday in Los Angeles: Monday's 23:00 - 01:00 is still on.
    [{ day: 'mon', start: '23:00', end: '01:00' }, LA, new Date(Date.UTC(2026, 10, 24, 8, 30)), -1],
    [{ day: 'mon', start: '23:00', end: '00:00' }, LA, new Date(Date.UTC(2026, 10, 24, 8, 30)), 6],
  ];
  for (const [meeting, zone, now, inDays] of CASES) {
    it(`${meeting.day} ${meeting.start}-${meeting.end ?? ''} in ${zone} is ${inDays} days away`, () =>
      expect(nextMeeting([meeting], now, zone)!.inDays).to.equal(inDays));
  }

  it('names the meeting’s zone when the viewer’s clock differs, in English and Spanish', function () {
    if (viewer == LA) this.skip();
    const schedule: Meeting[] = [{ day: 'tue', start: '09:00' }];
    const inEnglish = describeSchedule(schedule, en, 'en', MONDAY_8PM_LA, LA);
    expect(inEnglish.next).to.match(/^Next meeting: tomorrow, 9\sAM Pacific Time$/);
    expect(inEnglish.all).to.match(/^Tuesdays 9\sAM Pacific Time$/);
    expect(describeSchedule(schedule, es, 'es', MONDAY_8PM_LA, LA).next).to.match(/^Próxima reunión: mañana, 9:00\sa\.\sm\. hora del Pacífico$/);
  });

  it('names no zone when the meeting’s is the viewer’s', () =>
    expect(describeSchedule([{ day: 'tue', start: '09:00' }], en, 'en', MONDAY_8PM_LA, viewer).all).to.match(/^Tuesdays 9\sAM$/));
});

describe('zone: feeds', () => {
  /** [feed field value, the record's timezone] */
  const CASES: [unknown, string | undefined][] = [
    [LA, LA],
    ['US/Pacific', LA],
    ['america/chicago', 'America/Chicago'],
    ['UTC', 'UTC'],
    ['Nowhere/Else', undefined],
    ['+05:00', undefined],
    ['', undefined],
    [7, undefined],
    [null, undefined],
  ];
  for (const [given, expected] of CASES) {
    it(`reads Meeting Guide timezone ${JSON.stringify(given)} and BMLT time_zone`, () => {
      const guide = fromMeetingGuide([{ name: 'Zoned', slug: 'zoned', day: 1, time: '19:00', timezone: given }]);
      const bmlt = fromBmlt([{ meeting_name: 'Zoned', id_bigint: '9', weekday_tinyint: '2', start_time: '19:00:00', time_zone: given }]);
      for (const records of [guide, bmlt]) {
        expect(checkRecords(records).problems, 'the record passes the check').to.deep.equal([]);
        expect((records[0] as { timezone?: string }).timezone).to.equal(expected);
      }
    });
  }

  it('checks a record’s timezone', () => {
    const problems = (timezone: unknown) => checkRecords([{ id: 'a', name: 'A', timezone }]).problems.map((p) => p.message);
    expect(problems('America/Argentina/Buenos_Aires')).to.deep.equal([]);
    expect(problems('Etc/GMT+5')).to.deep.equal([]);
    for (const odd of ['', 'America/', '../x', 'a b', 5]) expect(problems(odd), String(odd)).to.deep.equal(['should be a time zone such as America/Chicago']);
  });
});

describe('zone: the built script, with the clock at Monday 8 PM in Los Angeles', () => {
  const RealDate = Date;
  before(async () => {
    // The finder reads the clock with `new Date()`: a fixed one, for the built script only.
    window.Date = class extends RealDate {
      constructor(...args: unknown[]) {
        super(...((args.length ? args : [MONDAY_8PM_LA.getTime()]) as []));
      }
      static override now = () => MONDAY_8PM_LA.getTime();
    } as DateConstructor;
    // The finder's script and, for this Meeting Guide feed, the feed readers, as a host's page adds them.
    for (const file of customElements.get('oud-support-finder') ? [] : ['oud-support-finder.js', 'oud-support-finder-feeds.js']) {
      const script = document.createElement('script');
      script.src = `/dist/${file}`;
      await new Promise((resolve, reject) => document.head.append(Object.assign(script, { onload: resolve, onerror: reject })));
    }
  });
  after(() => (window.Date = RealDate));

  const feed = [
    { name: 'Late Night Serenity', slug: 'late', day: 1, time: '23:00', end_time: '00:00', timezone: LA, conference_url: 'https://example.org/j/1' },
    { name: 'Kolkata Morning', slug: 'kolkata', day: 2, time: '10:00', timezone: 'Asia/Kolkata', conference_url: 'https://example.org/j/2' },
    { name: 'No Zone Breakfast', slug: 'breakfast', day: 2, time: '09:00', conference_url: 'https://example.org/j/3' },
  ];
  const finder = (attributes: string) => {
    const box = document.createElement('div');
    box.innerHTML = `<oud-support-finder local-only ${attributes}><script type="application/json">${JSON.stringify(feed)}</script></oud-support-finder>`;
    return fixture<HTMLElement & { updateComplete: Promise<unknown> }>(box.firstElementChild as HTMLElement);
  };
  const line = (el: HTMLElement, id: string) =>
    el.shadowRoot!.querySelector(`[part~="result"][data-id="${id}"] .schedule`)!.textContent!.trim();
  const ids = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="result"]')].map((c) => c.dataset.id);

  it('says a late meeting is today, in its own zone, and names the zone', async () => {
    const el = await finder('lang="en" timezone="America/Los_Angeles"');
    expect(line(el, 'late')).to.match(viewer == LA ? /^Next meeting: today, 11\sPM\s*–\s*12\sAM$/ : /^Next meeting: today, 11\sPM\s*–\s*12\sAM Pacific Time$/);
    expect(line(el, 'breakfast'), 'a meeting without a zone is on the finder’s clock').to.match(/^Next meeting: tomorrow, 9\sAM/);
    // 9:30 AM there: the card says it starts soon, on the meeting's clock too.
    expect(line(el, 'kolkata'), 'Tuesday 9:30 AM in Kolkata').to.match(/^Starts in 30 min · Next meeting: today, 10\sAM India/);
  });

  it('says it in Spanish too', async function () {
    if (viewer == LA) this.skip();
    const el = await finder('lang="es" timezone="America/Los_Angeles"');
    expect(line(el, 'late')).to.match(/^Próxima reunión: hoy, 11:00\sp\.\sm\.\s*–\s*12:00\sa\.\sm\. hora del Pacífico$/);
  });

  it('“meets today” keeps the meetings held today where they meet', async () => {
    const el = await finder('lang="en" timezone="America/Los_Angeles" meets-today');
    expect(ids(el)).to.have.members(['late', 'kolkata']);
    el.setAttribute('timezone', 'UTC');
    await el.updateComplete;
    expect(ids(el), 'Tuesday in UTC: breakfast is today; late keeps its own zone').to.have.members(['late', 'kolkata', 'breakfast']);
    el.setAttribute('timezone', 'Pacific/Honolulu');
    await el.updateComplete;
    expect(ids(el), 'Monday in Honolulu: breakfast is not today').to.have.members(['late', 'kolkata']);
  });
});
