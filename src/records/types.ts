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

export type Audience = (typeof AUDIENCES)[number];
export type Approach = (typeof APPROACHES)[number];
export type Format = (typeof FORMATS)[number];
export type Kind = (typeof KINDS)[number];
export type Cost = (typeof COSTS)[number];

export interface ResourceLink {
  label: string;
  url: string;
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
  tty?: string;
  text?: string;
  textBody?: string;
  url?: string;
  chatUrl?: string;
  links?: ResourceLink[];
  address?: string;
  howTo?: string[];
  say?: string;
  aliases?: string[];
  verified?: string;
  source?: string;
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
  open247: boolean;
  medicationFriendly: boolean;
  /** Position in the source order, used to keep sorting stable. */
  order: number;
}
