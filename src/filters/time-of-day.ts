/**
 * Times of day for the meeting filters, by a meeting's start: morning 5:00 to 11:59, midday 12:00 to 16:59,
 * evening 17:00 to 20:59 and night 21:00 to 4:59. The bands do not overlap, so each meeting time is in one and
 * the counts add up; evening holds the after-work hours when most meetings start (7 and 8 PM).
 */
export const TIMES = ['morning', 'midday', 'evening', 'night'] as const;
export type TimeOfDay = (typeof TIMES)[number];

/** The band a 24-hour `HH:MM` start falls in. */
export function timeOfDay(start: string): TimeOfDay {
  const hour = +start.slice(0, 2);
  return hour < 5 || hour > 20 ? 'night' : hour < 12 ? 'morning' : hour < 17 ? 'midday' : 'evening';
}
