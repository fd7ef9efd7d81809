import { DAYS } from '../types.js';
import type { Approach, ExtraPhone, Format, Kind, Meeting } from '../types.js';
import { clean, hhmm, joined, list, makeId, obj, phoneNumber, place, slot, text, uniq, webAddress } from './shared.js';

const DAY_CODES = 'SUMOTUWETHFRSA';
// Only names that leave no doubt; anything else stays 'other'.
const KINDS: [RegExp, Kind, Approach?][] = [
  [/harm reduction|syringe|naloxone/i, 'harm-reduction', 'harm-reduction'],
  [/(crisis|suicide) (line|hotline|text)/i, 'crisis-line', 'crisis'],
  [/(help|hot|warm|text) ?line/i, 'helpline'],
  [/clinic|hospital|health cent|treatment/i, 'healthcare', 'clinical'],
  [/peer/i, 'peer-support', 'peer-support'],
];

/** At most 600 characters, cut after the last full sentence that fits (or at a word, with an ellipsis). */
const brief = (s?: string) =>
  !s || s.length <= 600 ? s : (/^[^]{199,598}[.!?](?= )/.exec(s)?.[0] ?? s.slice(0, 599).replace(/ \S*$/, '') + '…');

/**
 * Turns Open Referral HSDS 3.0 into record inputs: services or `service_at_location` entries (a bare list, or the
 * API's page object with `contents`), one service or one `service_at_location` alone, or an organization with its
 * `services`. Inactive, defunct and temporarily closed services are skipped; only the first location is read.
 * Schedules outside their `valid_from` / `valid_to` on `today` (YYYY-MM-DD) are left out.
 */
export function fromHsds(feed: unknown, today = new Date().toISOString().slice(0, 10)): unknown[] {
  const used = new Set<string>();
  const { contents, services } = obj(feed);
  const items =
    Array.isArray(feed) ? feed
    : Array.isArray(contents) ? contents
    : Array.isArray(services) ? services.map((s) => ({ organization: feed, ...obj(s) }))
    : [feed];
  return items.flatMap((raw) => {
    // A service_at_location names its service: read it as that service, at that location.
    const at0 = obj(raw);
    const s = at0.service ? { ...obj(at0.service), service_at_locations: [at0] } : at0;
    const name = text(s.name, 200);
    if (!name || /inactive|defunct|closed/i.test(text(s.status) ?? '')) return [];
    const at = obj(list(s.service_at_locations)[0]);
    const location = obj(at.location);
    const all = (field: string) => [s, at, location].flatMap((o) => list(o[field]).map(obj));

    // 1. Phones: the first voice number is the main one; text and TTY lines have their own fields; fax is dropped.
    let phone: string | undefined, callNote: string | undefined, tty: string | undefined, sms: string | undefined;
    const extraPhones: ExtraPhone[] = [];
    const seen = new Set<string>();
    for (const p of all('phones')) {
      const number = phoneNumber(p.number);
      const type = (text(p.type, 40) ?? '').toLowerCase();
      if (!number || seen.has(number) || /fax|pager/.test(type)) continue;
      seen.add(number);
      const ext = text(p.extension, 12);
      const note = text(p.description, 200, true);
      if (/tty|textphone/.test(type)) tty ??= number;
      else if (/text|sms/.test(type)) sms ??= number;
      else if (!phone) {
        phone = number;
        callNote = joined([note, ext && `Extension ${ext}`], '. ');
      } else {
        const label = note ?? (type && type != 'voice' ? type[0].toUpperCase() + type.slice(1) : 'Other number');
        extraPhones.push({ label: text(ext ? `${label}, extension ${ext}` : label, 200)!, phone: number });
      }
    }

    // 2. Weekly opening hours, one entry per day; monthly, fortnightly and numbered days (2MO) do not fit a week.
    const schedule: Meeting[] = [];
    const keys = new Set<string>();
    const schedules = all('schedules').filter((r) => (text(r.valid_from) ?? '') <= today && (text(r.valid_to) ?? '9') >= today);
    for (const r of schedules) {
      const start = hhmm(r.opens_at);
      const end = hhmm(r.closes_at);
      if (!start || !/^(weekly)?$/i.test(text(r.freq) ?? '') || Number(r.interval) > 1) continue;
      for (const code of (text(r.byday) ?? '').toUpperCase().split(/ ?, ?/)) {
        const i = DAY_CODES.indexOf(code);
        const key = code + start + end;
        if (code.length == 2 && i % 2 == 0 && !keys.has(key)) {
          keys.add(key);
          schedule.push(slot(DAYS[i / 2], start, end));
        }
      }
    }

    const address = obj(list(location.addresses).find((a) => /^(physical)?$/.test(text(obj(a).address_type) ?? '')));
    const street =
      text(address.address_1) && joined([address.address_1, address.address_2, address.city, joined([address.state_province, address.postal_code], ' ')]);
    const fees = text(s.fees_description) ?? text(s.fees);
    const costs = list(s.cost_options).map(obj);
    const free =
      (fees && /\bfree\b|no (cost|charge|fee)/i.test(fees) && !/[$£€¥\d]|sliding|insur/i.test(fees)) ||
      (costs.length && costs.every((c) => c.amount === 0));
    const found = KINDS.find(([re]) => re.test(name));
    const kind = found?.[1] ?? 'other';
    const organization = obj(s.organization);
    return [
      clean({
        id: makeId(used, 'service', s.id, name),
        name,
        kind,
        summary: brief(text(s.description, 9999)),
        approaches: found?.[2] && [found[2]],
        // A phone number is support by phone only for a line; a clinic's front desk is not.
        formats: [street && 'in-person', phone && /line/.test(kind) && 'phone', sms && 'text'].filter(Boolean) as Format[],
        languages: uniq(
          list(s.languages).flatMap((l) => /^[a-z]{2,3}(?![a-z])/i.exec(text(obj(l).code, 20) ?? '')?.[0].toLowerCase() ?? []),
        ),
        cost: free ? 'free' : undefined,
        // Hours in words only when there are no weekly times to show instead.
        hours: schedule.length ? undefined : text(schedules[0]?.description, 300, true),
        open247: DAYS.every((day) => schedule.some((e) => e.day == day && e.start == '00:00' && e.end == '23:59')) || undefined,
        phone,
        callNote,
        extraPhones,
        tty,
        text: sms,
        url: webAddress(s.url) ?? webAddress(organization.website),
        address: street,
        ...(street ? place(location.latitude, location.longitude) : {}),
        schedule,
        // What the service says first (an alert), who may come, and how to ask; an email address written out.
        notes: [s.alert, s.eligibility_description, /^[^\s@]+@[^\s@]+$/.test(text(s.email) ?? '') && s.email].map((n) => text(n, 4000)).filter(Boolean) as string[],
        howTo: text(s.application_process, 2000) ? [text(s.application_process, 2000)!] : undefined,
        aliases: uniq([s.alternate_name, organization.name].map((a) => text(a, 100, true)).filter((a) => a && a != name)) as string[],
      }),
    ];
  });
}
