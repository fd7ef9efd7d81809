/** The words hosts type in attributes and records: keep them stable, they are public. */
export const AUDIENCES = ['self', 'family'] as const;
export const APPROACHES = [
  '12-step',
  'non-12-step',
  'faith-based',
  'secular',
  'peer-support',
  'harm-reduction',
  'clinical',
  'crisis',
] as const;
export const FORMATS = ['in-person', 'online', 'phone', 'text', 'chat'] as const;
export const KINDS = [
  'crisis-line',
  'helpline',
  'locator',
  'mutual-aid',
  'family-group',
  'peer-support',
  'healthcare',
  'faith-community',
  'community-place',
  'online-community',
  'harm-reduction',
  'advocacy',
  'event',
  'meeting',
  'other',
] as const;
export const COSTS = ['free', 'donations', 'varies'] as const;
/** Days as feeds and hosts write them, Sunday first as in JavaScript's `Date#getDay()`. */
export const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

export type Audience = (typeof AUDIENCES)[number];
export type Approach = (typeof APPROACHES)[number];
export type Format = (typeof FORMATS)[number];
export type Kind = (typeof KINDS)[number];
export type Cost = (typeof COSTS)[number];
export type Day = (typeof DAYS)[number];

export interface ResourceLink {
  label: string;
  url: string;
}

/** One weekly meeting time, in the meeting's local time: `{ "day": "tue", "start": "19:00", "end": "20:00" }`. */
export interface Meeting {
  day: Day;
  /** 24-hour time, `HH:MM`. */
  start: string;
  end?: string;
}

/** Another phone number beside the main one, such as an after-hours line. */
export interface ExtraPhone {
  label: string;
  phone: string;
}

/** A record's words in another language; anything left out is shown in the record's own words. */
export interface Translation {
  name?: string;
  summary?: string;
  hours?: string;
  callNote?: string;
  textBody?: string;
  textSend?: string;
  address?: string;
  howTo?: string[];
  say?: string;
  links?: ResourceLink[];
}

/**
 * One support resource as a host or our data file writes it. Only `id` and `name` are required;
 * `data/resource.schema.json` describes the same shape for editors and for the `check` tests.
 */
export interface ResourceInput {
  id: string;
  name: string;
  kind?: Kind;
  summary?: string;
  audience?: Audience[];
  approaches?: Approach[];
  formats?: Format[];
  /** Primary language subtags, such as `en` and `es`. */
  languages?: string[];
  cost?: Cost;
  hours?: string;
  open247?: boolean;
  medicationFriendly?: boolean;
  phone?: string;
  callNote?: string;
  extraPhones?: ExtraPhone[];
  tty?: string;
  text?: string;
  textBody?: string;
  /** What to send, in words, when it is not one fixed word: "your ZIP code". */
  textSend?: string;
  url?: string;
  chatUrl?: string;
  links?: ResourceLink[];
  address?: string;
  /** Where the place is, in decimal degrees (WGS 84), for distances and directions: `40.7128`. */
  latitude?: number;
  longitude?: number;
  /** The one-tap dial string of a phone meeting, pauses (`,`) and `#` kept: `+16465588656,,123456789#`. */
  dial?: string;
  /** Longer notes (about the place, the group, the meeting), shown cut with a "more" control. */
  notes?: string[];
  schedule?: Meeting[];
  /** The IANA time zone the schedule is written in (`America/Los_Angeles`); without it, the finder's `timezone`. */
  timezone?: string;
  howTo?: string[];
  say?: string;
  aliases?: string[];
  /** The areas a place is in, as a feed names them (`Santa Ana`, `Orange County`): a filter when records have them. */
  regions?: string[];
  verified?: string;
  source?: string;
  /** The record's words in other languages, by language code: `{ "es": { "summary": "..." } }`. */
  translations?: Record<string, Translation>;
}

/** A record after checking: every list is present, so later stages never test for undefined. */
export interface Resource extends ResourceInput {
  kind: Kind;
  summary: string;
  audience: Audience[];
  approaches: Approach[];
  formats: Format[];
  languages: string[];
  howTo: string[];
  aliases: string[];
  links: ResourceLink[];
  extraPhones: ExtraPhone[];
  schedule: Meeting[];
  open247: boolean;
  medicationFriendly: boolean;
  /** Position in the source order, used to keep sorting stable. */
  order: number;
  /**
   * Set on records that did not come with the finder, which come first: `host` for the host's own (inline,
   * `resources`, baked, or a `src` in our format), `area` for a shared Meeting Guide or HSDS feed.
   */
  local?: 'host' | 'area';
}
