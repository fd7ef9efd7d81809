import { html } from 'lit';
import type { Messages } from '../i18n/messages.js';
import { DAYS } from '../records/types.js';
import type { Resource } from '../records/types.js';
import { joinOf, lengthOf, zoneOf } from '../filters/on-now.js';
import { wallClock } from '../records/zone.js';
import { minutes } from './schedule.js';

/** A UTC time as iCalendar writes it: `20261201T190000Z`. */
const stamp = (d: Date) => d.toISOString().replace(/[-:]|\.\d+/g, '');
/** iCalendar text: a backslash before \ ; and , and newlines as \n (RFC 5545 3.3.11). */
const escape = (s: string) => s.replace(/[\\;,]/g, '\\$&').replace(/\r?\n/g, '\\n');

/** Lines of at most 75 octets, continued after CRLF and a space, never inside a character (RFC 5545 3.1). */
function fold(line: string) {
  let out = '';
  let octets = 0;
  for (const ch of line) {
    const size = new TextEncoder().encode(ch).length;
    if (octets + size > 75) [out, octets] = [`${out}\r\n `, 1];
    out += ch;
    octets += size;
  }
  return out;
}

/**
 * A meeting's weekly times as an iCalendar file (RFC 5545): one weekly event per time, from its next day, in its
 * time zone (TZID), or, with none known, in floating time, the clock the finder shows it in.
 */
export function calendarText(r: Resource, now: Date, zone = ''): string {
  const tz = zoneOf(r, zone);
  const clock = wallClock(now, tz);
  const join = joinOf(r);
  const notes = [r.summary, join, ...(r.notes ?? [])].filter(Boolean).join('\n');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//oud-support-finder//EN',
    ...r.schedule.flatMap((m, i) => {
      const d = clock.date;
      // The wall time of its next day, written as if it were UTC, then read without the Z.
      const start = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate() + ((DAYS.indexOf(m.day) - clock.day + 7) % 7), 0, minutes(m.start)));
      return [
        'BEGIN:VEVENT',
        `UID:${r.id}-${i}@oud-support-finder`,
        `DTSTAMP:${stamp(now)}`,
        // The clock's date is `now` itself only when the zone is empty or unknown.
        `DTSTART${d === now ? '' : `;TZID=${tz}`}:${stamp(start).slice(0, -1)}`,
        `DURATION:PT${lengthOf(m)}M`,
        `RRULE:FREQ=WEEKLY;BYDAY=${m.day.slice(0, 2).toUpperCase()}`,
        `SUMMARY:${escape(r.name)}`,
        `LOCATION:${escape(r.address ?? join ?? '')}`,
        `DESCRIPTION:${escape(notes)}`,
        'END:VEVENT',
      ];
    }),
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** "Add to calendar": the .ics file is made in the page when pressed and saved from a blob: address, with no request. */
export const calendarButton = (r: Resource, m: Messages, zone: string) =>
  html`<p><button type="button" class="small no-print" @click=${() => {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([calendarText(r, new Date(), zone)], { type: 'text/calendar' }));
    a.download = `${r.id}.ics`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 6e4);
  }}>${m.addToCalendar}</button></p>`;
