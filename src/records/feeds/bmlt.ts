import { fromMeetingGuide } from './meeting-guide.js';
import { endTime, hhmm, list, obj, text } from './shared.js';

/*
 * BMLT root servers (Narcotics Anonymous; the feed behind crouton and Crumb): GetSearchResults as a bare list,
 * or `{ meetings, formats }` with get_used_formats. Each meeting is rewritten as the Meeting Guide entry it
 * describes, so both formats share one reading of the fields. A meeting's formats are resolved through the
 * feed's format list when it has one (by NAWS world id, else the format's own name), else through the standard
 * English format keys; both lead to the type codes whose words we have.
 */
/** Standard English format keys and NAWS world ids -> the type codes we have words for (a key not here is its code). */
const CODES: Record<string, string> = Object.fromEntries(
  'B:BE GL:LGBTQ SD:SP So:SP St:ST WC:X YP:Y ME:MED CW:CF VM:ONL TC HY:ONL ES:S OPEN:O CLOSED:C BEG:BE DISC:D WCHR:X SPK:SP STEP:ST HYBR:ONL'
    .split(' ')
    .map((p) => [p.split(':')[0], p.split(':')[1] ?? p]),
);
const VENUES = ['', 'in_person', 'online', 'hybrid'];

export function fromBmlt(feed: unknown, skipped = { inactive: 0 }, used?: Set<string>): unknown[] {
  // The feed's own formats, by id: the type code of their world id, else their own name.
  const own = new Map(list(obj(feed).formats).map(obj).map((f) => [String(f.id), CODES[String(f.world_id)] ?? text(f.name_string, 100)]));
  const meetings = list(Array.isArray(feed) ? feed : obj(feed).meetings).flatMap((raw) => {
    const m = obj(raw);
    const start = hhmm(m.start_time);
    if (m.published == '0' || m.published === false) return [];
    return {
      name: m.meeting_name,
      slug: text(m.id_bigint) && `meeting-${text(m.id_bigint)}`,
      day: Number(m.weekday_tinyint) - 1,
      time: start,
      end_time: endTime(start, m.duration_time),
      timezone: m.time_zone,
      types: String((own.size && m.format_shared_id_list) || m.formats || '')
        .split(',')
        .map((k) => own.get(k.trim()) ?? CODES[k.trim()] ?? k.trim()),
      attendance_option: VENUES[Number(m.venue_type)] || undefined,
      location: m.location_text,
      address: m.location_street,
      city: m.location_municipality,
      state: m.location_province,
      postal_code: m.location_postal_code_1,
      latitude: m.latitude,
      longitude: m.longitude,
      regions: [m.location_city_subsection, m.location_neighborhood],
      location_notes: m.location_info,
      notes: m.comments,
      conference_url: m.virtual_meeting_link,
      conference_url_notes: m.virtual_meeting_additional_info,
      conference_phone: m.phone_meeting_number,
    };
  });
  return fromMeetingGuide(meetings, skipped, used);
}
