import type { Answers, Need, Way } from '../filters/guided.js';
import type { Approach, Audience, Day, Format, Kind } from '../records/types.js';
import type { TimeOfDay } from '../filters/time-of-day.js';

/** Every string the finder shows. One catalogue per language implements this, so a missing key fails to compile. */
export interface Messages {
  emergencyHeading: string;
  overdose: string;
  call911: string;
  /** What to do with naloxone in an overdose, after "Call 911". */
  naloxone: string;
  crisis: string;
  helplineLine: string;
  searchLabel: string;
  searchHint: string;
  filtersHeading: string;
  clearAll: string;
  groupAudience: string;
  groupApproach: string;
  groupFormat: string;
  groupMore: string;
  medicationFriendly: string;
  free: string;
  open247: string;
  meetsToday: string;
  groupDays: string;
  /** Day names, for the day filter and the next meeting. */
  days: Record<Day, string>;
  groupTimes: string;
  times: Record<TimeOfDay, string>;
  /** Days that share one weekly time: "Tuesdays and Thursdays 7 – 8 PM", "Every day 7 AM". */
  weekly: (days: Day[], time: string) => string;
  /** "Next meeting: today, 7 – 8 PM". */
  nextMeeting: (when: string, time: string) => string;
  today: string;
  tomorrow: string;
  /** The badge on the host's own records. */
  local: (hostName: string) => string;
  /** The badge on records from a shared meeting or service feed. */
  nearby: string;
  audience: Record<Audience, string>;
  approaches: Record<Approach, string>;
  formats: Record<Format, string>;
  kinds: Record<Kind, string>;
  /** How many records match, for the live region. */
  resultCount: (count: number) => string;
  /** The same, with the search text. */
  resultCountFor: (count: number, query: string) => string;
  /** How many records an option would give, read after its label. */
  optionCount: (count: number) => string;
  resultsHeading: string;
  noResults: (query: string) => string;
  noResultsHelp: string;
  callNumber: (phone: string) => string;
  ttyNumber: (phone: string) => string;
  /** "Text “AYUDA” to 988", or with `send` (what to send, in words) "Text your ZIP code to 435748". */
  textNumber: (phone: string, body?: string, send?: string) => string;
  website: string;
  chat: string;
  newTab: string;
  howToHeading: string;
  sayHeading: string;
  /** "Checked November 3, 2026", from an ISO date (made by hand: a first Intl.DateTimeFormat takes 10 to 20 ms). */
  verified: (isoDate: string) => string;
  source: (source: string) => string;
  languageName: (code: string) => string;
  hours: string;
  groupRegions: string;
  dataNote: string;
  languageSwitch: string;
  guidedOpen: string;
  /** The toolbar's short button that opens the guided start. */
  guidedButton: string;
  guidedIntro: string;
  /** "Question 1 of 3:". */
  guidedStep: (step: number, steps: number) => string;
  guidedWho: string;
  guidedWhoOptions: Record<Audience, string>;
  guidedNeeds: string;
  guidedNeedOptions: Record<Need, string>;
  guidedWay: string;
  guidedWayOptions: Record<Way, string>;
  /** One sentence on why the results fit the answers. */
  guidedWhy: (answers: Answers) => string;
  next: string;
  back: string;
  skip: string;
  showResults: string;
  undo: string;
  startOver: string;
  close: string;
  guideHeading: string;
  guideMatches: string;
  guideRelated: string;
  qrShow: string;
  qrHide: string;
  /** The spoken name of a QR code. */
  qrWebsite: (name: string) => string;
  qrCall: (phone: string) => string;
  markToPrint: string;
  /** The print button, with how many cards are marked (0: the whole list). */
  print: (marked: number) => string;
  /** The idle prompt on a shared screen. */
  idleWarning: (seconds: number) => string;
  stay: string;
  /** The button under a long list: how many more results there are. */
  showMore: (more: number) => string;
  skipToResults: string;
  /** "Filters", or "Filters (2)" with two chosen. */
  filtersButton: (chosen: number) => string;
  /** The filter panel's last button: "Show 24 results". */
  showCount: (count: number) => string;
  removeFilter: (label: string) => string;
  chosenFilters: string;
  quickChoices: string;
  /** Shorter words for the quick choices, where the filter's own words would be long. */
  quick: Record<string, string>;
  /** The status when a search is answered by a tip and no listing. */
  tipAnswer: (query: string) => string;
  /** The printed heading of a person's own list. */
  printHeading: (count: number) => string;
  /** Opens the rest of a long note. */
  more: string;
  /** A dial-in written out for people who dial by hand: "Meeting ID 123 456 789, passcode 987654". */
  dialByHand: (id: string, passcode?: string) => string;
  /** The quick choice that sorts by distance from the person (asking the browser first). */
  nearMe: string;
  /** After the result count once sorted by distance, and when the place could not be had (refused or unavailable). */
  nearOn: string;
  nearOff: string;
  /** The distance choice: its label, "Any distance" and "Within 5 mi". */
  distance: string;
  anyDistance: string;
  within: (distance: string) => string;
  /** On a card's facts line: "0.8 mi away". */
  away: (distance: string) => string;
  /** The link that opens directions to a place in a maps app. */
  directions: string;
  /** The quick choice for meetings on now or starting within the hour. */
  onSoon: string;
  /** On a meeting's card: "On now, 25 min left" or "Starts in 20 min". */
  live: (live: { left?: number; soon?: number }) => string;
  /** The action of an online meeting on now. */
  join: string;
  /** The button that saves a meeting's times as a calendar file. */
  addToCalendar: string;
}
