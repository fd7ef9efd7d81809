import { bare } from '../check.js';
import { DAYS } from '../types.js';
import type { Format, ResourceInput } from '../types.js';
import { clean, hhmm, joined, list, makeId, obj, phoneNumber, sentences, slot, text, uniq, webAddress } from './shared.js';

// The common Meeting Guide type codes only (code4recovery/spec); the rest are left out of the summary.
const WORDS: Record<string, string> = bare({
  O: 'Open meeting: anyone may attend',
  C: 'Closed meeting: for people who want to recover',
  BE: 'Newcomers welcome',
  D: 'Discussion',
  SP: 'Speaker',
  ST: 'Step study',
  B: 'Big Book study',
  MED: 'Meditation',
  A: 'Secular',
  W: 'For women',
  M: 'For men',
  Y: 'For young people',
  LGBTQ: 'LGBTQ+',
  X: 'Wheelchair access',
});
const LANGUAGES: Record<string, string> = bare({ S: 'es', EN: 'en', FR: 'fr', POR: 'pt' });
const FAMILY_NAME = /al-?anon|alateen|nar-?anon/i;

/**
 * Turns a Meeting Guide feed (12 Step Meeting List, TSML UI) into record inputs: one record per meeting entry,
 * inactive meetings skipped, every value either one check.ts accepts or left out.
 */
export function fromMeetingGuide(feed: unknown[]): unknown[] {
  const used = new Set<string>();
  return list(feed).flatMap((raw) => {
    const m = obj(raw);
    const name = text(m.name, 200) ?? text(m.group, 200);
    const option = m.attendance_option;
    if (!name || option == 'inactive') return [];
    const types = list(m.types).filter((t): t is string => typeof t == 'string');
    const has = (code: string) => types.includes(code);
    const join = webAddress(m.conference_url);
    const phone = phoneNumber(m.conference_phone);
    // Online-only, an approximate address or a closed building (TC) means there is no door to walk to.
    const address =
      option != 'online' && m.approximate != 'yes' && !has('TC') ?
        joined([m.location, text(m.formatted_address) ?? joined([m.address, m.city, joined([m.state, m.postal_code], ' ')])])
      : undefined;
    const online = join || has('ONL');
    if (!address && !online && !phone && has('TC')) return [];
    const start = hhmm(m.time);
    const end = hhmm(m.end_time);
    const days = uniq(list(Array.isArray(m.day) ? m.day : [m.day]).map(String)).filter((d) => /^[0-6]$/.test(d));
    const group = text(m.group, 100);
    // AL-AN and AL mean Al-Anon or Alateen meets at the same time, so family is welcome too.
    const family = FAMILY_NAME.test(name) ? ['family'] : has('AL-AN') || has('AL') ? ['self', 'family'] : ['self'];
    const notes = text(m.notes, 299, true);
    return [
      clean({
        id: makeId(used, 'meeting', m.slug, m.id, name),
        name,
        kind: 'meeting',
        summary: sentences([...types.map((t) => WORDS[t]), notes]),
        audience: family as ResourceInput['audience'],
        approaches: has('A') ? ['12-step', 'peer-support', 'secular'] : ['12-step', 'peer-support'],
        formats: [address && 'in-person', online && 'online', phone && 'phone'].filter(Boolean) as Format[],
        languages: uniq(types.map((t) => LANGUAGES[t]).filter(Boolean)),
        // Twelve-step groups have no dues or fees; they pass a basket.
        cost: 'donations',
        phone,
        callNote: phone && text(m.conference_phone_notes, 300, true),
        url: webAddress(m.url),
        links: join ? [{ label: 'Join online', url: join }] : undefined,
        address,
        schedule: start ? days.map((d) => slot(DAYS[+d], start, end)) : undefined,
        aliases: group && group != name ? [group] : undefined,
      }),
    ];
  });
}
