import { DAYS } from '../records/types.js';
import type { Meeting, Resource } from '../records/types.js';
import { minutes } from '../ui/schedule.js';
import { wallClock } from '../records/zone.js';
import { run } from '../records/slices.js';
import type { Steps } from '../records/slices.js';

/** A meeting on now has `left` minutes to go; one starting within the hour starts in `soon` minutes. */
export type Live = { left?: number; soon?: number };

const WEEK = 7 * 1440;
/** A meeting's minutes, across midnight too; one with no end is taken to last an hour. */
export const lengthOf = (m: Meeting) => (minutes(m.end ?? m.start) - minutes(m.start) + 1440) % 1440 || 60;

/**
 * Whether a weekly schedule has a meeting on now (and how long is left) or starting within the hour, by the
 * minutes of the week, so that a meeting across midnight (23:00 - 00:30) or Saturday into Sunday is right.
 */
export function liveMeeting(schedule: readonly Meeting[], clock: { day: number; minutes: number }): Live | undefined {
  const now = clock.day * 1440 + clock.minutes;
  let soon: Live | undefined;
  for (const m of schedule) {
    const length = lengthOf(m);
    const since = (now - DAYS.indexOf(m.day) * 1440 - minutes(m.start) + WEEK) % WEEK;
    if (since < length) return { left: length - since };
    if (WEEK - since <= 60) soon = { soon: WEEK - since };
  }
  return soon;
}

/** A record's own time zone (from its feed) where it has one, else the finder's. */
export const zoneOf = (r: Resource, zone = '') => r.timezone || zone;

/** A span of minutes in short words both languages read: "25 min", "1 h 10 min". */
export const span = (n: number) => (n < 60 ? `${n} min` : `${Math.floor(n / 60)} h${n % 60 ? ` ${n % 60} min` : ''}`);

/** Where an online meeting is joined: its feed's join link ("Join online"), else its web address. */
export const joinOf = (r: Resource) => (r.formats.includes('online') ? (r.links.find((l) => /join/i.test(l.label))?.url ?? r.url) : undefined);

const made = new WeakMap<readonly Resource[], { key: string; live: Map<string, Live> }>();

/** The meetings on now or soon, by id: made once per record set and minute, never per keystroke. */
export const liveMeetings = (records: readonly Resource[], now: Date, zone = ''): Map<string, Live> => run(liveSteps(records, now, zone));

/** The same, a record a step: the element makes a new set's while the page goes on (see `element/shown.ts`). */
export function* liveSteps(records: readonly Resource[], now: Date, zone = ''): Steps<Map<string, Live>> {
  const key = `${Math.floor(now.getTime() / 6e4)} ${zone}`;
  let known = made.get(records);
  if (known?.key !== key) {
    const live = new Map<string, Live>();
    // Each zone's clock is read once: 5,000 meetings share a few zones.
    const clocks = new Map<string, ReturnType<typeof wallClock>>();
    for (const r of records) {
      const z = zoneOf(r, zone);
      const on = r.schedule.length ? liveMeeting(r.schedule, clocks.get(z) ?? clocks.set(z, wallClock(now, z)).get(z)!) : undefined;
      if (on) live.set(r.id, on);
      yield;
    }
    made.set(records, (known = { key, live }));
  }
  return known.live;
}
