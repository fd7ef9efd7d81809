import { dateFormat } from '../i18n/intl.js';
import { DAYS } from './types.js';
import type { Day } from './types.js';

/*
 * Meeting times are written in the meeting's own zone (an IANA name such as `America/Los_Angeles`). These pure
 * helpers read a clock there with Intl (one cached formatter a zone; no zone data of our own). A zone the
 * browser does not know, or none, is the viewer's own.
 */

/** Where the clock stands at `now` in `zone`: the day of the week (0 is Sunday) and minutes after midnight. */
export function wallClock(now: Date, zone?: string): { day: number; minutes: number } {
  try {
    if (zone) {
      const [day, hour, minute] = dateFormat('en-US', { timeZone: zone, weekday: 'short', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' })
        .formatToParts(now)
        .filter((p) => p.type != 'literal')
        .map((p) => p.value);
      return { day: 'SuMoTuWeThFrSa'.indexOf(day.slice(0, 2)) / 2, minutes: (+hour % 24) * 60 + +minute };
    }
  } catch {
    // An unknown zone: the viewer's clock below.
  }
  return { day: now.getDay(), minutes: now.getHours() * 60 + now.getMinutes() };
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
