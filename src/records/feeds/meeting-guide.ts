import { DAYS } from '../types.js';
import type { Format, ResourceInput } from '../types.js';
import { typeMeaning } from './meeting-types.js';
import { clean, dialString, zone, place, hhmm, joined, list, makeId, obj, phoneNumber, sentences, slot, text, uniq, webAddress } from './shared.js';

const FAMILY_NAME = /al-?anon|alateen|nar-?anon/i;

/**
 * Turns a Meeting Guide feed (12 Step Meeting List, TSML UI) into record inputs: one record per meeting entry,
 * every value either one check.ts accepts or left out. Inactive meetings are left out and counted in `inactive`.
 */
export function fromMeetingGuide(feed: unknown[], skipped = { inactive: 0 }, used = new Set<string>()): unknown[] {
  return list(feed).flatMap((raw) => {
    const m = obj(raw);
    const name = text(m.name, 200) ?? text(m.group, 200);
    const option = text(m.attendance_option)?.toLowerCase();
    if (option == 'inactive') skipped.inactive++;
    if (!name || option == 'inactive') return [];
    const types = list(m.types).filter((t): t is string => typeof t == 'string');
    const meaning = typeMeaning(types);
    const join = webAddress(m.conference_url);
    const phone = phoneNumber(m.conference_phone);
    // The specification's rule: `approximate` decides; without it, an address with no street (three commas in
    // "street, city, state zip, country") is only an area. "Online" or "Virtual" is never a door to walk to.
    const formatted = text(m.formatted_address);
    const approximate =
      m.approximate ? m.approximate == 'yes' : !text(m.address) && formatted?.split(', ').length != 4;
    const street = !approximate && !/^(online|virtual)/i.test(formatted ?? text(m.address) ?? '');
    const inPerson = !meaning.closed && (option ? option != 'online' : street);
    const address = inPerson && street ? joined([m.location, formatted ?? joined([m.address, m.city, joined([m.state, m.postal_code], ' ')])]) : undefined;
    const online = join || meaning.online || option == 'online' || option == 'hybrid';
    if (!inPerson && !join && !phone && meaning.closed) return [];
    const start = hhmm(m.time);
    const end = hhmm(m.end_time);
    const days = uniq(list(Array.isArray(m.day) ? m.day : [m.day]).map(String)).filter((d) => /^[0-6]$/.test(d));
    const group = text(m.group, 100);
    const regions = uniq([...list(m.regions), m.region, m.sub_region].map((a) => text(a, 100)).filter(Boolean) as string[]);
    return [
      clean({
        id: makeId(used, 'meeting', m.slug, m.id, name),
        name,
        kind: 'meeting',
        summary: sentences(meaning.words),
        translations: meaning.es.length ? { es: { summary: sentences(meaning.es) } } : undefined,
        audience: (FAMILY_NAME.test(name) ? ['family'] : meaning.audience) as ResourceInput['audience'],
        approaches: meaning.approaches,
        formats: [inPerson && 'in-person', online && 'online', phone && 'phone'].filter(Boolean) as Format[],
        languages: meaning.languages,
        // Twelve-step groups have no dues or fees; they pass a basket.
        cost: 'donations',
        phone,
        dial: dialString(m.conference_phone),
        callNote: phone && text(m.conference_phone_notes),
        url: webAddress(m.url),
        links: join ? [{ label: 'Join online', url: join }] : undefined,
        address,
        // Coordinates only for a door to walk to: an online meeting's are its area's, and it is never far.
        ...(address ? place(m.latitude, m.longitude) : {}),
        // The note beside the online link (often its passcode) first, then the place's, the group's and the meeting's.
        notes: [m.conference_url_notes, m.location_notes, m.group_notes, m.notes].map((n) => text(n, 4000)).filter(Boolean) as string[],
        schedule: start ? days.map((d) => slot(DAYS[+d], start, end)) : undefined,
        timezone: start && zone(m.timezone),
        // The group, the place and the region are searched too ("Santa Ana" finds every meeting there).
        aliases: uniq([group, text(m.location, 100), ...regions].filter((a) => a && a != name) as string[]),
        regions,
      }),
    ];
  });
}
