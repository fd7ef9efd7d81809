import { expect } from '@open-wc/testing';
import { en } from '../src/i18n/en.js';
import type { Meeting } from '../src/records/types.js';
import { describeSchedule, meetingTime, nextMeeting } from '../src/ui/schedule.js';

// Tuesday 26 November 2030 would be wrong: build dates from parts so the weekday is certain.
const tuesdayAt = (hours: number, minutes = 0) => new Date(2026, 10, 24, hours, minutes); // Tue 24 Nov 2026

describe('schedule: wording', () => {
  const CASES: [Meeting, string, RegExp][] = [
    [{ day: 'tue', start: '19:00', end: '20:00' }, 'en', /^7\s*–\s*8\sPM$/],
    [{ day: 'tue', start: '10:30' }, 'en', /^10:30\sAM$/],
    [{ day: 'tue', start: '11:30', end: '13:00' }, 'en', /^11:30\sAM\s*–\s*1:00\sPM$/],
    [{ day: 'tue', start: '19:00', end: '19:00' }, 'en', /^7\sPM$/],
    [{ day: 'tue', start: '19:00', end: '20:00' }, 'en-GB', /^19:00\s*–\s*20:00$/],
  ];
  for (const [meeting, lang, expected] of CASES) {
    it(`writes ${meeting.start}-${meeting.end ?? ''} in ${lang}`, () => expect(meetingTime(meeting, lang)).to.match(expected));
  }

  it('says every weekly time, sorted, and the next one', () => {
    const { all, next } = describeSchedule(
      [{ day: 'sat', start: '10:30' }, { day: 'tue', start: '19:00', end: '20:00' }],
      en,
      'en',
      tuesdayAt(9),
    );
    expect(all).to.match(/^Tuesdays 7\s*–\s*8\sPM; Saturdays 10:30\sAM$/);
    expect(next).to.match(/^Next meeting: today, 7\s*–\s*8\sPM$/);
  });
});

describe('schedule: days that share a time', () => {
  const CASES: [Meeting[], RegExp][] = [
    [[{ day: 'thu', start: '19:00' }, { day: 'tue', start: '19:00' }], /^Tuesdays and Thursdays 7\sPM$/],
    [['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((day) => ({ day, start: '07:00', end: '08:00' }) as Meeting), /^Every day 7\s*–\s*8\sAM$/],
    [[{ day: 'sat', start: '10:00' }, { day: 'mon', start: '19:00' }, { day: 'wed', start: '19:00' }], /^Mondays and Wednesdays 7\sPM; Saturdays 10\sAM$/],
  ];
  for (const [schedule, expected] of CASES) {
    it(`groups ${schedule.map((s) => s.day).join(', ')}`, () => {
      expect(describeSchedule(schedule, en, 'en', tuesdayAt(9)).all).to.match(expected);
    });
  }
});

describe('schedule: the next meeting', () => {
  const week: Meeting[] = [
    { day: 'tue', start: '12:00', end: '13:00' },
    { day: 'tue', start: '19:00', end: '20:00' },
    { day: 'wed', start: '07:00' },
    { day: 'sun', start: '18:00' },
  ];
  const CASES: [string, Date, string, number][] = [
    ['before the first today', tuesdayAt(8), '12:00', 0],
    ['while one is on, that one', tuesdayAt(12, 30), '12:00', 0],
    ['after noon, the evening one', tuesdayAt(13, 15), '19:00', 0],
    ['late, tomorrow morning', tuesdayAt(21), '07:00', 1],
    ['Wednesday noon, Sunday', new Date(2026, 10, 25, 12), '18:00', 4],
    ['Sunday night, Tuesday', new Date(2026, 10, 29, 20), '12:00', 2],
  ];
  for (const [what, now, start, inDays] of CASES) {
    it(`finds it ${what}`, () => {
      const next = nextMeeting(week, now)!;
      expect([next.meeting.start, next.inDays]).to.deep.equal([start, inDays]);
    });
  }

  it('finds the same meeting a week later when the only one is over today', () => {
    const next = nextMeeting([{ day: 'tue', start: '07:00' }], tuesdayAt(9))!;
    expect(next.inDays).to.equal(7);
  });

  it('has none for no meetings', () => expect(nextMeeting([], tuesdayAt(9))).to.equal(undefined));

  /** [meeting that crosses midnight, now, days away] */
  const LATE: [Meeting, Date, number][] = [
    [{ day: 'tue', start: '23:00', end: '00:00' }, tuesdayAt(20), 0],
    [{ day: 'tue', start: '23:00', end: '00:30' }, tuesdayAt(23, 30), 0],
    [{ day: 'tue', start: '22:00', end: '01:00' }, tuesdayAt(23, 59), 0],
    [{ day: 'tue', start: '19:00', end: '20:00' }, tuesdayAt(20, 30), 7],
  ];
  for (const [meeting, now, inDays] of LATE) {
    it(`counts ${meeting.start}-${meeting.end} at ${now.getHours()}:${now.getMinutes()} as ${inDays} days away`, () =>
      expect(nextMeeting([meeting], now)!.inDays).to.equal(inDays));
  }
});
