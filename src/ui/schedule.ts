import { dateFormat, once } from '../i18n/intl.js';
import type { Messages } from '../i18n/messages.js';
import { DAYS } from '../records/types.js';
import type { Meeting } from '../records/types.js';
import { wallClock, zoneName } from '../records/zone.js';

const at = (time: string) => {
  const [hours, minutes] = time.split(':').map(Number);
  return new Date(2000, 0, 1, hours, minutes);
};
export const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

/** "7 – 8 PM" or "10:30 AM", in the page's language; a big feed has only a few distinct times, each made once. */
export const meetingTime = (meeting: Meeting, lang: string): string =>
  once(`t${lang}${meeting.start}-${meeting.end}`, () => {
    // "7 – 8 PM" reads well on a 12-hour clock; a 24-hour clock wants "19:00 – 20:00". Spanish in the US
    // reads the 12-hour clock with minutes, "7:00 – 8:00 p. m." (es-PR writes it so; es-US writes "p.m.").
    const locale = lang === 'es' ? 'es-PR' : lang;
    let format = dateFormat(locale, { hour: 'numeric' });
    const exact = [meeting.start, meeting.end].some((t) => t && !t.endsWith(':00'));
    if (exact || lang === 'es' || /h2[34]/.test(format.resolvedOptions().hourCycle ?? '')) {
      format = dateFormat(locale, { hour: 'numeric', minute: '2-digit' });
    }
    return meeting.end && meeting.end !== meeting.start
      ? format.formatRange(at(meeting.start), at(meeting.end))
      : format.format(at(meeting.start));
  });

/**
 * The next meeting from `now` within a week, on the clock of the meeting's `zone` (the viewer's without one),
 * with how many days away it is: 0 is today, and -1 is last night's, still on after midnight.
 */
export function nextMeeting(schedule: readonly Meeting[], now: Date, zone?: string): { meeting: Meeting; inDays: number } | undefined {
  const clock = wallClock(now, zone);
  for (let inDays = -1; inDays <= 7; inDays++) {
    const day = DAYS[(clock.day + inDays + 7) % 7];
    const candidates = schedule
      // A meeting that ends after midnight (23:00 - 00:30) is still on until then.
      .filter((m) => m.day === day && (inDays > 0 || minutes(m.end ?? m.start) + (m.end && m.end <= m.start ? 1440 : 0) > clock.minutes - inDays * 1440))
      .sort((a, b) => minutes(a.start) - minutes(b.start));
    if (candidates.length) return { meeting: candidates[0], inDays };
  }
  return undefined;
}

/**
 * Every weekly time in words, days that share a time together ("Tuesdays and Thursdays 7 – 8 PM; Saturdays
 * 10:30 AM"), and the next meeting ("Next meeting: today, 7 – 8 PM").
 */
export function describeSchedule(schedule: readonly Meeting[], m: Messages, lang: string, now: Date, zone?: string) {
  // Times are the meeting's own; its zone is named when the viewer's clock reads otherwise ("9 AM Pacific Time").
  const named = zoneName(now, zone, lang);
  const timeOf = (meeting: Meeting) => meetingTime(meeting, lang) + (named ? ` ${named}` : '');
  const byTime = new Map<string, Meeting[]>();
  for (const meeting of [...schedule].sort((a, b) => minutes(a.start) - minutes(b.start))) {
    const time = timeOf(meeting);
    byTime.set(time, [...(byTime.get(time) ?? []), meeting]);
  }
  const all = [...byTime]
    .map(([time, meetings]) => {
      const days = DAYS.filter((day) => meetings.some((meeting) => meeting.day === day));
      return { first: DAYS.indexOf(days[0]), text: m.weekly(days, time) };
    })
    .sort((a, b) => a.first - b.first)
    .map((group) => group.text)
    .join('; ');
  const next = nextMeeting(schedule, now, zone);
  const when = next && (next.inDays < 1 ? m.today : next.inDays === 1 ? m.tomorrow : m.days[next.meeting.day]);
  return { all, next: next ? m.nextMeeting(when!, timeOf(next.meeting)) : undefined };
}
