import { expect } from '@open-wc/testing';
import meetingFeed from './fixtures/meeting-guide.json';
import hsdsPage from './fixtures/hsds.json';
import hsdsArray from './fixtures/hsds-array.json';
import bmltFeed from './fixtures/bmlt.json';
import { checkRecords } from '../src/records/check.js';
import { adaptFeed } from '../src/records/feeds/detect.js';
import { fromBmlt } from '../src/records/feeds/bmlt.js';
import { fromHsds } from '../src/records/feeds/hsds.js';
import { fromMeetingGuide } from '../src/records/feeds/meeting-guide.js';
import type { ResourceInput } from '../src/records/types.js';

const WRONG = 'is not a list of records, a Meeting Guide feed, an HSDS feed or a BMLT feed';

/** Adapts and checks: every adapted record must pass with no problem at all. */
function adapted(records: unknown[]): ResourceInput[] {
  const { resources, problems } = checkRecords(records);
  expect(problems, 'adapted records pass the check').to.deep.equal([]);
  expect(resources, 'nothing is skipped').to.have.length(records.length);
  return records as ResourceInput[];
}
const byId = (records: ResourceInput[], id: string) => records.find((r) => r.id === id) as Record<string, unknown> | undefined;

describe('feeds: Meeting Guide', () => {
  const records = adapted(fromMeetingGuide(meetingFeed));

  it('keeps one record per active meeting, in feed order, and skips the inactive one', () => {
    expect(records.map((r) => r.id)).to.deep.equal([
      'sunrise-serenity-1',
      'meeting-1042',
      'recovery-at-night-online',
      'grupo-esperanza',
      'families-together-al-anon',
    ]);
  });

  /** [record id, field, expected value (undefined: left out)] */
  const FIELDS: [string, string, unknown][] = [
    ['sunrise-serenity-1', 'name', 'Sunrise Serenity'],
    ['sunrise-serenity-1', 'kind', 'meeting'],
    ['sunrise-serenity-1', 'summary', 'Open meeting: anyone may attend. Discussion. Wheelchair access.'],
    ['sunrise-serenity-1', 'notes', ['Use the side door on Oak Street. Coffee from 6:45.']],
    ['sunrise-serenity-1', 'audience', ['self']],
    ['sunrise-serenity-1', 'approaches', ['12-step', 'peer-support']],
    ['sunrise-serenity-1', 'formats', ['in-person']],
    ['sunrise-serenity-1', 'cost', 'donations'],
    ['sunrise-serenity-1', 'address', 'Riverside Community Church, 120 Elm Street, Springfield, IL 62701'],
    ['sunrise-serenity-1', 'schedule', [{ day: 'mon', start: '07:00', end: '08:00' }]],
    ['sunrise-serenity-1', 'url', 'https://example.org/meetings/sunrise-serenity'],
    ['sunrise-serenity-1', 'aliases', ['Sunrise Group', 'Riverside Community Church']],
    ['sunrise-serenity-1', 'links', undefined],
    ['sunrise-serenity-1', 'languages', undefined],
    ['meeting-1042', 'summary', 'Closed meeting: for people who want to recover. Speaker. Newcomers welcome.'],
    ['meeting-1042', 'address', 'Maple Hall, 455 Maple Ave, Springfield, IL 62704, USA'],
    [
      'meeting-1042',
      'schedule',
      [
        { day: 'tue', start: '19:30', end: '21:00' },
        { day: 'thu', start: '19:30', end: '21:00' },
      ],
    ],
    ['recovery-at-night-online', 'formats', ['online', 'phone']],
    ['recovery-at-night-online', 'address', undefined],
    ['sunrise-serenity-1', 'latitude', 39.799],
    ['sunrise-serenity-1', 'longitude', -89.644],
    ['recovery-at-night-online', 'latitude', undefined],
    ['saturday-step-study', 'latitude', undefined],
    ['recovery-at-night-online', 'links', [{ label: 'Join online', url: 'https://zoom.example.com/j/5550100' }]],
    ['recovery-at-night-online', 'phone', '+1 555-0123'],
    ['recovery-at-night-online', 'callNote', 'Meeting ID 555 0100, passcode 4673'],
    ['recovery-at-night-online', 'dial', '+1 555-0123,,5550100#'],
    ['recovery-at-night-online', 'notes', ['Passcode: hope']],
    ['recovery-at-night-online', 'schedule', [{ day: 'wed', start: '21:00', end: '22:00' }]],
    ['grupo-esperanza', 'formats', ['in-person', 'online']],
    ['grupo-esperanza', 'languages', ['es']],
    ['grupo-esperanza', 'schedule', [{ day: 'fri', start: '19:00', end: '20:30' }]],
    ['grupo-esperanza', 'links', [{ label: 'Join online', url: 'https://meet.example.com/esperanza' }]],
    ['families-together-al-anon', 'audience', ['family']],
    ['families-together-al-anon', 'address', 'Hope Lutheran Church, Room 4, 301 Hill Road, Springfield, IL 62702, USA'],
  ];
  for (const [id, field, expected] of FIELDS) {
    it(`maps ${id} → ${field}`, () => expect(byId(records, id)?.[field]).to.deep.equal(expected));
  }

  /** [what, one meeting entry, field, expected] */
  const EDGES: [string, Record<string, unknown>, string, unknown][] = [
    ['a concurrent Al-Anon meeting welcomes family too', { name: 'Step Up', types: ['AL-AN', 'C'] }, 'audience', ['self', 'family']],
    ['a secular meeting', { name: 'Free Thinkers', types: ['A'] }, 'approaches', ['12-step', 'peer-support', 'secular']],
    ['a time with seconds', { name: 'x', day: 1, time: '06:30:00' }, 'schedule', [{ day: 'mon', start: '06:30' }]],
    ['a 12-hour time', { name: 'x', day: 1, time: '12:15 am' }, 'schedule', [{ day: 'mon', start: '00:15' }]],
    ['a day as a numeric string', { name: 'x', day: '6', time: '10:00' }, 'schedule', [{ day: 'sat', start: '10:00' }]],
    ['a bad end time is left out', { name: 'x', day: 2, time: '10:00', end_time: '25:00' }, 'schedule', [{ day: 'tue', start: '10:00' }]],
    ['day 9 and time 25:99', { name: 'x', day: 9, time: '25:99' }, 'schedule', undefined],
    ['day 9 beside good days', { name: 'x', day: [9, 1, '1', null, 3], time: '19:00' }, 'schedule', [{ day: 'mon', start: '19:00' }, { day: 'wed', start: '19:00' }]],
    ['a time without a day', { name: 'x', time: '19:00' }, 'schedule', undefined],
    ['a javascript: conference url', { name: 'x', conference_url: 'javascript:alert(1)' }, 'links', undefined],
    ['a javascript: conference url is not online', { name: 'x', conference_url: 'javascript:alert(1)' }, 'formats', undefined],
    ['a javascript: meeting url', { name: 'x', url: 'javascript:alert(1)' }, 'url', undefined],
    ['a conference phone with letters', { name: 'x', conference_phone: 'ask the host' }, 'phone', undefined],
    ['a conference phone with a pin', { name: 'x', conference_phone: '+15550123456,,987654#' }, 'phone', '+15550123456'],
    ['online-only hides the address', { name: 'x', attendance_option: 'online', address: '1 Main St' }, 'address', undefined],
    ['an approximate address is not a door', { name: 'x', approximate: 'yes', formatted_address: 'Springfield, IL' }, 'formats', undefined],
    ['a closed building with a link', { name: 'x', types: ['TC'], address: '1 Main St', conference_url: 'https://example.com/j/1' }, 'formats', ['online']],
    ['long notes are kept whole', { name: 'x', types: ['O'], notes: 'y '.repeat(200) }, 'notes', ['y '.repeat(200).trim()]],
    ['online link, location, group and meeting notes, in that order', { name: 'x', notes: 'd', group_notes: 'c', location_notes: 'b', conference_url_notes: 'a' }, 'notes', ['a', 'b', 'c', 'd']],
    ['HTML entities and tags', { name: 'Tom &amp; Jerry&#8217;s <b>Group</b>' }, 'name', 'Tom & Jerry’s Group'],
    ['type codes in any case, and unknown codes as they are', { name: 'x', types: ['o', 'asl', 'ZZ'] }, 'summary', 'Open meeting: anyone may attend. American Sign Language. ZZ.'],
    ['language codes', { name: 'x', types: ['S', 'RUS', 'fr', 'POR'] }, 'languages', ['es', 'ru', 'fr', 'pt']],
    ['a hybrid meeting is in person and online', { name: 'x', attendance_option: 'hybrid', address: '1 Main St', city: 'Town' }, 'formats', ['in-person', 'online']],
    ['an in-person meeting whose address is a city', { name: 'x', formatted_address: 'Santa Ana, CA, USA' }, 'address', undefined],
    ['a full address without attendance_option', { name: 'x', formatted_address: '12 Main St, Santa Ana, CA 92705, USA' }, 'formats', ['in-person']],
    ['"Online" as an address', { name: 'x', formatted_address: 'Online, Santa Ana, CA 92705, USA', conference_url: 'https://example.com/j/1' }, 'formats', ['online']],
    ['regions are searched', { name: 'x', regions: ['Orange County', 'Santa Ana'] }, 'aliases', ['Orange County', 'Santa Ana']],
    ['a huge name is cut to 200 characters', { name: 'n'.repeat(100000) }, 'name', `${'n'.repeat(199)}…`],
    ['a slug with accents', { name: 'x', slug: 'Ünïcode Café #3' }, 'id', 'unicode-cafe-3'],
    ['a slug of symbols falls back to the name', { name: 'Hope Group', slug: '!!!' }, 'id', 'hope-group'],
    ['a group name when there is no meeting name', { group: 'Lone Group' }, 'name', 'Lone Group'],
  ];
  for (const [what, entry, field, expected] of EDGES) {
    it(`handles ${what}`, () => {
      const [record] = adapted(fromMeetingGuide([entry]));
      expect((record as unknown as Record<string, unknown>)[field]).to.deep.equal(expected);
    });
  }

  it('makes repeated slugs unique', () => {
    const ids = adapted(fromMeetingGuide([{ name: 'a', slug: 'x' }, { name: 'b', slug: 'x' }, { name: 'c', slug: 'x' }])).map((r) => r.id);
    expect(ids).to.deep.equal(['x', 'x-2', 'x-3']);
  });

  it('leaves out inactive meetings and counts them', () => {
    const skipped = { inactive: 0 };
    expect(fromMeetingGuide([{ name: 'a', attendance_option: 'inactive' }, { name: 'b', attendance_option: 'INACTIVE' }, { name: 'c' }], skipped)).to.have.length(1);
    expect(skipped.inactive).to.equal(2);
  });

  it('skips a closed building with no other way in, and entries without a name', () => {
    expect(fromMeetingGuide([{ name: 'x', types: ['TC'], address: '1 Main St' }, { slug: 'nameless' }, { name: '   ' }])).to.deep.equal([]);
  });
});

describe('feeds: BMLT', () => {
  const records = adapted(fromBmlt(bmltFeed));
  const bare = adapted(fromBmlt(bmltFeed.meetings));

  it('keeps the published meetings, in feed order, as NA meetings for the person', () => {
    expect(records.map((r) => r.id)).to.deep.equal(['meeting-4107', 'meeting-4188', 'meeting-4190']);
    for (const r of records) {
      expect([r.kind, r.audience, r.approaches, r.cost]).to.deep.equal(['meeting', ['self'], ['12-step', 'peer-support'], 'donations']);
    }
  });

  /** [record id, field, expected value (undefined: left out)] */
  const FIELDS: [string, string, unknown][] = [
    ['meeting-4107', 'name', 'Clean and Free Group'],
    ['meeting-4107', 'schedule', [{ day: 'mon', start: '19:00', end: '20:30' }]],
    ['meeting-4107', 'formats', ['in-person']],
    ['meeting-4107', 'address', 'Westside Fellowship Hall, 812 West Oak Street, Springfield, IL 62704'],
    ['meeting-4107', 'summary', 'Open meeting: anyone may attend. Basic Text. Wheelchair access.'],
    ['meeting-4107', 'notes', ['Basement, use the ramp at the back door.', 'Coffee & tea from 6:30.']],
    ['meeting-4107', 'aliases', ['Westside Fellowship Hall', 'Westside']],
    ['meeting-4107', 'latitude', 39.7817],
    ['meeting-4107', 'longitude', -89.6501],
    ['meeting-4188', 'schedule', [{ day: 'thu', start: '23:00', end: '00:00' }]],
    ['meeting-4188', 'formats', ['online', 'phone']],
    ['meeting-4188', 'address', undefined],
    ['meeting-4188', 'phone', '+15550100200'],
    ['meeting-4188', 'dial', '+15550100200,,5550123456#,,,,*4242#'],
    ['meeting-4188', 'links', [{ label: 'Join online', url: 'https://zoom.example.com/j/5550123456' }]],
    ['meeting-4188', 'notes', ['Meeting ID 555 012 3456, passcode serenity']],
    ['meeting-4188', 'summary', 'Closed meeting: for people who want to recover. Online. Just for Today.'],
    ['meeting-4190', 'formats', ['in-person', 'online']],
    ['meeting-4190', 'languages', ['es']],
    ['meeting-4190', 'summary', 'Open meeting: anyone may attend. Women.'],
  ];
  for (const [id, field, expected] of FIELDS) {
    it(`maps ${id} → ${field}`, () => expect(byId(records, id)?.[field]).to.deep.equal(expected));
  }

  it('reads the standard English format keys when the feed has no format list', () => {
    expect(byId(bare, 'meeting-4107')?.summary).to.equal('Open meeting: anyone may attend. BT. Wheelchair access.');
    expect(byId(bare, 'meeting-4190')?.languages).to.deep.equal(['es']);
  });

  /** [what, one meeting, field, expected] */
  const EDGES: [string, Record<string, unknown>, string, unknown][] = [
    ['Sunday is 1', { meeting_name: 'x', weekday_tinyint: '1', start_time: '08:00:00' }, 'schedule', [{ day: 'sun', start: '08:00' }]],
    ['a weekday out of range', { meeting_name: 'x', weekday_tinyint: '9', start_time: '08:00:00' }, 'schedule', undefined],
    ['a duration across midnight', { meeting_name: 'x', weekday_tinyint: 6, start_time: '23:30:00', duration_time: '01:15:00' }, 'schedule', [{ day: 'fri', start: '23:30', end: '00:45' }]],
    ['a virtual meeting with a street', { meeting_name: 'x', venue_type: '2', location_street: '1 Main St' }, 'address', undefined],
    ['a temporarily closed building with a link', { meeting_name: 'x', venue_type: '1', formats: 'TC', location_street: '1 Main St', virtual_meeting_link: 'https://example.com/j/1' }, 'formats', ['online']],
    ['an unknown format key, kept as it is', { meeting_name: 'x', formats: 'Pi' }, 'summary', 'Pi.'],
  ];
  for (const [what, entry, field, expected] of EDGES) {
    it(`handles ${what}`, () => {
      const [record] = adapted(fromBmlt([entry]));
      expect((record as unknown as Record<string, unknown>)[field]).to.deep.equal(expected);
    });
  }
});

describe('feeds: HSDS', () => {
  const page = adapted(fromHsds(hsdsPage));
  const array = adapted(fromHsds(hsdsArray));

  it('reads the paged object and the bare list, skipping the inactive service', () => {
    expect(page.map((r) => r.id)).to.deep.equal(['service-7c1a8f0e-4b2d-4e61-9a0f-2d1c5b7e9a10', 'svc-text-line']);
    expect(array.map((r) => r.id)).to.deep.equal(['service-0b5e2a77-91c3-4f0a-8d7e-3c6f1a2b4d55', 'peer-coaching']);
  });

  const clinic = 'service-7c1a8f0e-4b2d-4e61-9a0f-2d1c5b7e9a10';
  const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ day, start: '09:00', end: '17:00' }));
  /** [which list, record id, field, expected value (undefined: left out)] */
  const FIELDS: ['page' | 'array', string, string, unknown][] = [
    ['page', clinic, 'name', 'Riverbend Recovery Clinic'],
    ['page', clinic, 'kind', 'healthcare'],
    ['page', clinic, 'approaches', ['clinical']],
    ['page', clinic, 'url', 'https://example.org/riverbend'],
    ['page', clinic, 'phone', '(555) 010-0142'],
    ['page', clinic, 'callNote', 'Front desk'],
    ['page', clinic, 'extraPhones', [{ label: 'After-hours nurse line, extension 12', phone: '555-0143' }]],
    ['page', clinic, 'tty', '555-0144'],
    ['page', clinic, 'text', undefined],
    ['page', clinic, 'schedule', weekdays],
    ['page', clinic, 'hours', undefined],
    ['page', clinic, 'address', '200 River Road, Suite 3, Springfield, IL 62702'],
    ['page', clinic, 'formats', ['in-person']],
    ['page', clinic, 'languages', ['en', 'es']],
    ['page', clinic, 'cost', undefined],
    ['page', clinic, 'aliases', ['Riverbend MOUD Program', 'Riverbend Health Partners']],
    ['page', 'svc-text-line', 'kind', 'helpline'],
    ['page', 'svc-text-line', 'text', '555-0150'],
    ['page', 'svc-text-line', 'phone', '555-0151'],
    ['page', 'svc-text-line', 'formats', ['phone', 'text']],
    ['page', 'service-7c1a8f0e-4b2d-4e61-9a0f-2d1c5b7e9a10', 'latitude', 39.7911],
    ['page', 'service-7c1a8f0e-4b2d-4e61-9a0f-2d1c5b7e9a10', 'longitude', -89.6348],
    ['page', 'svc-text-line', 'cost', 'free'],
    ['page', 'svc-text-line', 'open247', true],
    ['array', 'service-0b5e2a77-91c3-4f0a-8d7e-3c6f1a2b4d55', 'kind', 'harm-reduction'],
    ['array', 'service-0b5e2a77-91c3-4f0a-8d7e-3c6f1a2b4d55', 'cost', 'free'],
    ['array', 'service-0b5e2a77-91c3-4f0a-8d7e-3c6f1a2b4d55', 'languages', ['fr']],
    ['array', 'service-0b5e2a77-91c3-4f0a-8d7e-3c6f1a2b4d55', 'address', 'Corner of 5th and Main, Springfield, IL 62701'],
    [
      'array',
      'service-0b5e2a77-91c3-4f0a-8d7e-3c6f1a2b4d55',
      'schedule',
      [
        { day: 'tue', start: '13:00', end: '16:00' },
        { day: 'thu', start: '13:00', end: '16:00' },
      ],
    ],
    ['array', 'peer-coaching', 'kind', 'peer-support'],
    ['array', 'peer-coaching', 'phone', '555-0180'],
    ['array', 'peer-coaching', 'hours', 'By appointment, weekday evenings.'],
    ['array', 'peer-coaching', 'schedule', undefined],
    ['array', 'peer-coaching', 'open247', undefined],
  ];
  for (const [which, id, field, expected] of FIELDS) {
    it(`maps ${id} → ${field}`, () => expect(byId(which === 'page' ? page : array, id)?.[field]).to.deep.equal(expected));
  }

  it('cuts a long description after the last whole sentence within 600 characters', () => {
    const summary = byId(page, clinic)!.summary as string;
    expect(summary.length).to.be.at.most(600);
    expect(summary.endsWith('start quickly.'), summary).to.equal(true);
  });

  /** [what, one service, field, expected] */
  const EDGES: [string, Record<string, unknown>, string, unknown][] = [
    ['a description without sentence ends', { name: 'x', description: 'word '.repeat(300) }, 'summary', `${'word '.repeat(118)}word…`],
    ['a price is not free', { name: 'x', fees_description: 'Free first visit, then $20.' }, 'cost', undefined],
    ['no cost', { name: 'x', fees_description: 'There is no cost to take part.' }, 'cost', 'free'],
    ['a fax and a pager are dropped', { name: 'x', phones: [{ number: '555-0101', type: 'fax' }, { number: '555-0102', type: 'pager' }] }, 'phone', undefined],
    ['an sms line', { name: 'x', phones: [{ number: '555-0103', type: 'SMS' }] }, 'text', '555-0103'],
    ['a second number with no description', { name: 'x', phones: [{ number: '555-0104' }, { number: '555-0105', type: 'cell' }, { number: '555-0106' }] }, 'extraPhones', [{ label: 'Cell', phone: '555-0105' }, { label: 'Other number', phone: '555-0106' }]],
    ['a phone with an extension', { name: 'x', phones: [{ number: '555-0107', extension: 9 }] }, 'callNote', 'Extension 9'],
    ['numbered monthly days', { name: 'x', schedules: [{ freq: 'MONTHLY', byday: '2MO', opens_at: '10:00' }] }, 'schedule', undefined],
    ['fortnightly hours', { name: 'x', schedules: [{ freq: 'WEEKLY', interval: 2, byday: 'MO', opens_at: '10:00' }] }, 'schedule', undefined],
    ['times with a zone', { name: 'x', schedules: [{ byday: 'sa', opens_at: '09:00-05:00', closes_at: '12:00Z' }] }, 'schedule', [{ day: 'sat', start: '09:00', end: '12:00' }]],
    ['a postal address only', { name: 'x', service_at_locations: [{ location: { addresses: [{ address_1: 'PO Box 1', city: 'Town', address_type: 'postal' }] } }] }, 'address', undefined],
    ['language codes that are not codes', { name: 'x', languages: [{ code: 'english' }, { code: 'x' }, null, { code: 'pt_BR' }, { name: 'German' }] }, 'languages', ['pt']],
    ['a javascript: url', { name: 'x', url: 'javascript:alert(1)' }, 'url', undefined],
    ['an organization website instead', { name: 'x', organization: { website: 'https://example.org/org' } }, 'url', 'https://example.org/org'],
    ['a crisis line', { name: 'County Crisis Line' }, 'kind', 'crisis-line'],
    ['an unclear name', { name: 'Open Door' }, 'kind', 'other'],
  ];
  for (const [what, service, field, expected] of EDGES) {
    it(`handles ${what}`, () => {
      const [record] = adapted(fromHsds([service]));
      expect((record as unknown as Record<string, unknown>)[field]).to.deep.equal(expected);
    });
  }

  it('skips defunct and temporarily closed services', () => {
    expect(fromHsds([{ name: 'a', status: 'defunct' }, { name: 'b', status: 'temporarily closed' }])).to.deep.equal([]);
  });
});

describe('feeds: detecting the format', () => {
  const ours = [{ id: 'our-group', name: 'Our group' }];
  /** [what, input, format asked for, the format found or the error] */
  const CASES: [string, unknown, string | undefined, string][] = [
    ['a Meeting Guide feed', meetingFeed, undefined, 'meeting-guide'],
    ['a paged HSDS object', hsdsPage, undefined, 'hsds'],
    ['a bare HSDS list', hsdsArray, undefined, 'hsds'],
    ['our own records', ours, undefined, 'resources'],
    ['our own records under "resources"', { resources: ours }, 'auto', 'resources'],
    ['an empty list', [], undefined, 'resources'],
    ['an empty HSDS page', { contents: [] }, undefined, 'hsds'],
    ['meetings with only day and types', [{ name: 'x', day: 1, types: ['O'] }], undefined, 'meeting-guide'],
    ['a named format, in any case', meetingFeed, ' Meeting-Guide ', 'meeting-guide'],
    ['HSDS named for a list', hsdsArray, 'hsds', 'hsds'],
    ['a BMLT response with its formats', bmltFeed, undefined, 'bmlt'],
    ['a bare BMLT list', bmltFeed.meetings, undefined, 'bmlt'],
    ['BMLT named', bmltFeed.meetings, 'bmlt', 'bmlt'],
    ['a named format that gives no records', [{ id: 'x', title: 'x' }], 'meeting-guide', 'gave no records read as meeting-guide'],
    ['a named format for an empty list', [], 'hsds', 'gave no records read as hsds'],
    ['null', null, undefined, WRONG],
    ['a number', 42, undefined, WRONG],
    ['a string', 'x', undefined, WRONG],
    ['true', true, undefined, WRONG],
    ['undefined', undefined, undefined, WRONG],
    ['an object with neither list', { items: [] }, undefined, WRONG],
    ['contents that are not a list', { contents: 'x' }, undefined, WRONG],
    ['resources that are not a list', { resources: 'x' }, undefined, WRONG],
    ['a Meeting Guide format for an object', hsdsPage, 'meeting-guide', WRONG],
    ['a resources format for an HSDS page', hsdsPage, 'resources', WRONG],
    ['an unknown format', ours, 'ical', 'names an unknown format “ical”'],
  ];
  for (const [what, input, format, expected] of CASES) {
    it(`${expected.includes(' ') ? 'refuses' : 'finds'} ${what}`, () => {
      const result = adaptFeed(input, format);
      expect('error' in result ? result.error : result.format).to.equal(expected);
    });
  }

  it('returns our own records as they are, for checkRecords to judge', () => {
    const result = adaptFeed({ resources: ours });
    expect('records' in result && result.records).to.equal(ours);
  });
});

describe('feeds: hostile input', () => {
  let deep: unknown = [];
  for (let i = 0; i < 2000; i++) deep = [deep];
  const nested: Record<string, unknown> = {};
  let cursor = nested;
  for (let i = 0; i < 2000; i++) cursor = (cursor.location = {}) as Record<string, unknown>;
  const huge = 'x'.repeat(1_000_000);
  const INPUTS: [string, unknown][] = [
    ['null', null],
    ['42', 42],
    ['a string', 'x'],
    ['a list of junk', [null, 1, 'a', true, [], {}]],
    ['contents that are text', { contents: 'x' }],
    ['contents of junk', { contents: [null, 1, 'a', [], { name: {} }] }],
    ['deeply nested lists', deep],
    ['deeply nested objects', [{ name: 'x', service_at_locations: [nested], phones: [] }]],
    ['meetings with wrong types everywhere', [{ name: 'x', day: 9, time: '25:99', slug: {}, types: 'O', conference_url: 'javascript:alert(1)', conference_phone: 5550100, location: [], notes: 7, url: ['https://example.org'] }]],
    ['meetings with huge strings', [{ name: huge, slug: huge, day: 1, time: '19:00', types: [huge], notes: huge, conference_url: `https://example.org/${huge}`, address: huge }]],
    ['services with wrong types everywhere', [{ id: 7, name: 'x', status: {}, phones: [null, { number: 5550100 }, { number: 'abc' }, 'x'], schedules: [{ byday: 5 }, { byday: 'XX,MO,,1MO', opens_at: '25:00' }, null], languages: 'en', service_at_locations: 'x', organization: [] }]],
    ['services with huge strings', [{ id: huge, name: huge, description: `${huge}. ${huge}`, phones: [{ number: huge, description: huge }], url: `https://example.org/${huge}`, schedules: [] }]],
  ];
  for (const [what, input] of INPUTS) {
    for (const format of [undefined, 'meeting-guide', 'hsds', 'bmlt', 'resources']) {
      it(`never throws on ${what} (format ${format ?? 'auto'}), and adapted records pass the check`, () => {
        const result = adaptFeed(input, format);
        if ('error' in result) {
          expect(result.error).to.be.oneOf([WRONG, `gave no records read as ${format}`]);
          return;
        }
        const { resources, problems } = checkRecords(result.records);
        if (result.format !== 'resources') expect(problems, 'adapters leave nothing half-broken').to.deep.equal([]);
        else expect(resources.length, 'bad records are skipped, not shown').to.be.at.most(result.records.length);
      });
    }
    it(`never throws calling the adapters directly on ${what}`, () => {
      expect(checkRecords(fromMeetingGuide(input as unknown[])).problems).to.deep.equal([]);
      expect(checkRecords(fromHsds(input)).problems).to.deep.equal([]);
      expect(checkRecords(fromBmlt(input)).problems).to.deep.equal([]);
    });
  }
});
