import { dateFormat } from '../i18n/intl.js';
import { DAYS } from './types.js';
import type { Day } from './types.js';

/*
 * Meeting times are written in the meeting's own zone (an IANA name such as `America/Los_Angeles`). These pure
 * helpers read a clock there with Intl (one cached formatter a zone; no zone data of our own). A zone the
 * browser does not know, or none, is the viewer's own.
 */

/**
 * Where the clock stands at `now` in `zone`: the day of the week (0 is Sunday), minutes after midnight, and a local
 * Date holding that wall time (for calendar dates). An empty or unknown zone reads the viewer's own clock.
 */
export function wallClock(now: Date, zone = ''): { day: number; minutes: number; date: Date } {
  let date = now;
  try {
    if (zone) {
      const p: Record<string, number> = {};
      for (const { type, value } of dateFormat('en-US', { timeZone: zone, hourCycle: 'h23', dateStyle: 'short', timeStyle: 'short' }).formatToParts(now)) p[type] = +value;
      date = new Date(2000 + (p.year % 100), p.month - 1, p.day, p.hour % 24, p.minute);
    }
  } catch {
    // An unknown zone: the viewer's clock.
  }
  return { day: date.getDay(), minutes: date.getHours() * 60 + date.getMinutes(), date };
}

/** The zone's name in `lang` ("Pacific Time", "hora del Pacífico") when its clock differs from the viewer's now. */
export function zoneName(now: Date, zone: string | undefined, lang: string): string | undefined {
  const there = wallClock(now, zone);
  const here = wallClock(now);
  if (there.day == here.day && there.minutes == here.minutes) return undefined;
  try {
    return dateFormat(lang, { timeZone: zone, timeZoneName: 'longGeneric' })
      .formatToParts(now)
      .find((p) => p.type == 'timeZoneName')?.value;
  } catch {
    return undefined;
  }
}

/** The day it is at `now` in a meeting's zone, else in `zone` (the finder's), else the viewer's; each zone read once. */
export function daysIn(now: Date, zone?: string): (own?: string) => Day {
  const days = new Map<string | undefined, Day>();
  return (own) => {
    if (!days.has(own)) days.set(own, DAYS[wallClock(now, own || zone).day]);
    return days.get(own)!;
  };
}
