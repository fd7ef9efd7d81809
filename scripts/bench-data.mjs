// Seeded synthetic records and typo queries for `npm run bench`. Plain JavaScript with no imports, so it
// runs the same in Node and in the benchmark page. Same seed, same records and queries, on every machine.

/** A small, fast, seeded PRNG (mulberry32): numbers in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];

// Words as they appear in real Meeting Guide and HSDS feeds of a big city.
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const TIMES = ['Morning', 'Noon', 'Afternoon', 'Evening', 'Night', 'Late Night', 'Sunrise', 'Lunch Bunch', 'Early Bird'];
const THEMES = [
  'Serenity', 'Hope', 'Freedom', 'New Beginnings', 'Keep It Simple', 'Just for Today', 'Miracles Happen',
  'Back to Basics', 'Big Book', 'Step Study', 'Came to Believe', 'Easy Does It', 'Living Clean', 'Clean and Serene',
  'Into Action', 'Promises', 'Gratitude', 'Courage to Change', 'One Day at a Time', 'Women in Recovery',
  'Men’s Stag', 'Young People', 'Newcomers', 'Spiritual Awakening', 'Surrender', 'Recovery Rocks', 'Unity',
  'Fellowship', 'Rays of Hope', 'Second Chance', 'Tradition Study', 'Basic Text', 'Speaker Meeting',
  'Medication Assisted Recovery', 'Harm Reduction Circle', 'Dharma Sitting', 'SMART Discussion', 'Family Circle',
];
const SUFFIXES = ['Group', 'Meeting', 'NA', 'AA', 'Fellowship', 'Circle', 'Discussion', 'Study'];
const PLACES = [
  'Maple', 'Oak', 'Riverside', 'Lakeview', 'Hillcrest', 'Fairview', 'Elmwood', 'Cedar', 'Westside', 'Eastgate',
  'Northfield', 'Southport', 'Brookside', 'Harbor', 'Union', 'Liberty', 'Greenwood', 'Parkside', 'Highland',
  'Midtown', 'Downtown', 'Old Town', 'Sunnyvale', 'Bayview', 'Pinecrest', 'Willow', 'Ashland', 'Clearwater',
];
const STREET_KINDS = ['Street', 'Avenue', 'Road', 'Boulevard', 'Lane', 'Drive'];
const VENUES = [
  'St. Mark’s Church', 'First Baptist Church', 'Community Center', 'Public Library', 'Senior Center',
  'Recovery Club House', 'Unitarian Fellowship', 'YMCA', 'Grace Lutheran Church', 'Temple Beth El', 'Clubhouse',
];
const MEETING_NOTES = [
  'An open meeting: anyone may come and listen.',
  'A closed meeting for people who want to stop using.',
  'Newcomers welcome. Wheelchair accessible, side entrance.',
  'Literature study of the Basic Text, then open sharing.',
  'Speaker meeting on the first week of the month; discussion otherwise.',
  'People on methadone or buprenorphine are welcome here.',
  'Meets in the basement hall; parking behind the building.',
  'Online on Zoom; the meeting ID is on the website.',
  'Bilingual meeting, English and Spanish.',
  'Child care is offered during the meeting.',
];
const SERVICE_TYPES = [
  ['Recovery Community Center', 'community-place', 'A drop-in center run by people in recovery: peer support, all-recovery meetings and help with housing and jobs.'],
  ['Opioid Treatment Program', 'healthcare', 'Methadone and buprenorphine treatment with counseling, same-day intake on weekdays.'],
  ['Syringe Services Program', 'harm-reduction', 'Sterile supplies, naloxone (Narcan) kits, fentanyl test strips and testing for HIV and hepatitis C.'],
  ['Peer Recovery Coaching', 'peer-support', 'Certified peer recovery specialists who meet you where you are, by phone or in person.'],
  ['Behavioral Health Clinic', 'healthcare', 'Outpatient addiction treatment and mental health care; Medicaid and sliding-scale fees.'],
  ['Family Support Program', 'family-group', 'Groups and coaching for parents, partners and friends of people who use opioids.'],
  ['Crisis Stabilization Unit', 'crisis-line', 'Walk-in crisis care around the clock for mental health and substance use emergencies.'],
  ['Bridge Clinic', 'healthcare', 'Low-barrier buprenorphine starts, often the same day, with no appointment needed.'],
];
const ORGS = ['County', 'City', 'Community', 'Regional', 'Health', 'Hope', 'New Day', 'Pathways', 'Beacon', 'Harbor'];

const pad = (n) => String(n).padStart(2, '0');

function meeting(rand, i) {
  const dayIndex = Math.floor(rand() * 7);
  const hour = 6 + Math.floor(rand() * 16);
  const online = rand() < 0.25;
  const spanish = rand() < 0.08;
  const theme = pick(rand, THEMES);
  const name = spanish
    ? `Grupo ${pick(rand, ['Esperanza', 'Nueva Vida', 'Serenidad', 'Libertad', 'Renacer'])} ${pick(rand, PLACES)}`
    : rand() < 0.5
      ? `${DAY_NAMES[dayIndex]} ${pick(rand, TIMES)} ${theme} ${pick(rand, SUFFIXES)}`
      : `${pick(rand, PLACES)} ${theme} ${pick(rand, SUFFIXES)}`;
  const fellowship = pick(rand, ['NA', 'AA', 'MARA', 'SMART Recovery', 'Recovery Dharma', 'Celebrate Recovery', 'Nar-Anon']);
  return {
    id: `meeting-${i}`,
    name,
    kind: 'meeting',
    summary: `${fellowship} meeting. ${pick(rand, MEETING_NOTES)}`,
    approaches: fellowship === 'SMART Recovery' ? ['non-12-step', 'secular'] : fellowship === 'Celebrate Recovery' ? ['faith-based'] : ['12-step', 'peer-support'],
    formats: online ? ['online'] : ['in-person'],
    audience: fellowship === 'Nar-Anon' ? ['family'] : ['self'],
    languages: spanish ? ['es'] : [],
    cost: 'donations',
    medicationFriendly: fellowship === 'MARA' || rand() < 0.2,
    schedule: [{ day: DAYS[dayIndex], start: `${pad(hour)}:${rand() < 0.5 ? '00' : '30'}`, end: `${pad(hour + 1)}:${rand() < 0.5 ? '00' : '30'}` }],
    ...(online
      ? { url: `https://meetings.example.org/join/${i}` }
      : { address: `${pick(rand, VENUES)}, ${1 + Math.floor(rand() * 3000)} ${pick(rand, PLACES)} ${pick(rand, STREET_KINDS)}` }),
  };
}

function service(rand, i) {
  const [type, kind, summary] = pick(rand, SERVICE_TYPES);
  const exchange = 200 + Math.floor(rand() * 700);
  return {
    id: `service-${i}`,
    name: `${pick(rand, PLACES)} ${pick(rand, ORGS)} ${type}`,
    kind,
    summary,
    approaches: kind === 'harm-reduction' ? ['harm-reduction'] : kind === 'peer-support' ? ['peer-support'] : ['clinical'],
    formats: ['in-person', 'phone'],
    audience: kind === 'family-group' ? ['family'] : ['self', 'family'],
    cost: pick(rand, ['free', 'varies']),
    medicationFriendly: rand() < 0.6,
    open247: kind === 'crisis-line',
    phone: `555-${exchange}-${String(1000 + Math.floor(rand() * 9000))}`,
    url: `https://services.example.org/${i}`,
    hours: kind === 'crisis-line' ? 'Open 24 hours a day, every day.' : 'Monday to Friday, 8 AM to 5 PM.',
    address: `${1 + Math.floor(rand() * 3000)} ${pick(rand, PLACES)} ${pick(rand, STREET_KINDS)}`,
  };
}

/** `count` records in our format: four in five are weekly meetings, the rest services. Seeded. */
export function syntheticRecords(count, seed = 7) {
  const rand = prng(seed);
  return Array.from({ length: count }, (_, i) => (rand() < 0.8 ? meeting(rand, i) : service(rand, i)));
}

const KEYS = 'qwertyuiopasdfghjklzxcvbnm';

/** One typo of the kinds people make: a letter dropped, doubled, swapped with the next, or mistyped. */
export function typo(word, rand) {
  if (word.length < 4) return word;
  const at = 1 + Math.floor(rand() * (word.length - 2));
  switch (Math.floor(rand() * 4)) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word[at] + word.slice(at);
    case 2:
      return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    default:
      return word.slice(0, at) + pick(rand, KEYS) + word.slice(at + 1);
  }
}

/** Typo queries written by hand for the bundled records: [query, the record a person means]. */
export const BUNDLED_TYPOS = [
  ['narcotcs anonymus', 'narcotics-anonymous'],
  ['narcotics anonymos', 'narcotics-anonymous'],
  ['narcotic anonimous', 'narcotics-anonymous'],
  ['smart recvery', 'smart-recovery'],
  ['smrat recovery', 'smart-recovery'],
  ['heroin anonymus', 'heroin-anonymous'],
  ['herion anonymous', 'heroin-anonymous'],
  ['pils anonymous', 'pills-anonymous'],
  ['pills anonimus', 'pills-anonymous'],
  ['naranon', 'nar-anon'],
  ['nar anon', 'nar-anon'],
  ['alanon', 'al-anon'],
  ['al anon family', 'al-anon'],
  ['celebrate recovry', 'celebrate-recovery'],
  ['celebrte recovery', 'celebrate-recovery'],
  ['recovry dharma', 'recovery-dharma'],
  ['recovery darma', 'recovery-dharma'],
  ['vetrans crisis line', 'veterans-crisis-line'],
  ['veterns', 'veterans-crisis-line'],
  ['samsha helpline', 'samhsa-helpline'],
  ['samhsa hotline', 'samhsa-helpline'],
  ['suicide crisis lifline', 'lifeline-988'],
  ['never use alon', 'never-use-alone'],
  ['learn to coap', 'learn-to-cope'],
  ['famlies anonymous', 'families-anonymous'],
  ['women for sobrity', 'women-for-sobriety'],
  ['lifring', 'lifering'],
  ['life ring secular', 'lifering'],
  ['medication assisted recovry', 'mara'],
  ['in the rooms onlne', 'in-the-rooms'],
  ['nami help line', 'nami-helpline'],
  ['find treatmnt', 'findtreatment-gov'],
  ['grief recovry overdose', 'grasp'],
  ['faces and voices of recovry', 'faces-voices'],
  ['peer recovery specialst', 'peer-recovery-specialist'],
  ['comunity health center', 'community-health-center'],
  ['hospital social worker', 'hospital-social-work'],
  ['partnership to end adiction', 'partnership-helpline'],
];

/**
 * Typo queries for a synthetic set: the names of `count` records whose name no other record shares, each
 * with one typo per word of five letters or more (at least one). Seeded; [query, id].
 */
export function syntheticTypos(records, count, seed = 11) {
  const rand = prng(seed);
  const seen = new Map();
  for (const r of records) seen.set(r.name, (seen.get(r.name) ?? 0) + 1);
  const unique = records.filter((r) => seen.get(r.name) === 1);
  const queries = [];
  for (let i = 0; i < count && unique.length; i++) {
    const target = unique.splice(Math.floor(rand() * unique.length), 1)[0];
    const words = target.name.toLowerCase().split(' ');
    let changed = false;
    const typed = words.map((w, j) => {
      if (w.length >= 5 && (rand() < 0.5 || (!changed && j === words.length - 1))) {
        changed = true;
        return typo(w, rand);
      }
      return w;
    });
    if (!changed) typed[0] = typo(typed[0], rand);
    queries.push([typed.join(' '), target.id]);
  }
  return queries;
}

/**
 * What the keystroke benchmark types, letter by letter, into the real search box: everyday searches with the
 * typos people make. Fixed, so that runs compare.
 */
export const TYPED_QUERIES = [
  'narcotcs anonymus',
  'suboxone',
  'famly support',
  'tuesday nite',
  'smart recvery',
  'naloxone',
  'serenity group',
  'online meetng',
  'spanish',
  'methadone clinic',
  'just for tody',
  'womens meeting',
];

const TYPES = ['O', 'C', 'D', 'SP', 'ST', 'B', 'BE', 'W', 'M', 'Y', 'LGBTQ', 'X', 'ASL', 'BA', 'CF', 'LIT', 'DR', 'TR', '12x12', 'ABSI', 'S'];
const CITIES = [['Santa Ana', '92705'], ['Irvine', '92618'], ['Anaheim', '92805'], ['Orange', '92866'], ['Tustin', '92780'], ['Costa Mesa', '92626']];

/**
 * A Meeting Guide feed of `count` meetings, in the shape 12 Step Meeting List exports (one in four online, with
 * a one-tap dial-in and notes; some hybrid; regions). Seeded.
 */
export function meetingGuideFeed(count, seed = 13) {
  const rand = prng(seed);
  return Array.from({ length: count }, (_, i) => {
    const option = pick(rand, ['in_person', 'in_person', 'online', 'hybrid']);
    const [city, zip] = pick(rand, CITIES);
    const hour = 6 + Math.floor(rand() * 17);
    const online = option != 'in_person';
    return {
      name: `${pick(rand, PLACES)} ${pick(rand, THEMES)} ${pick(rand, SUFFIXES)}`,
      slug: `feed-${i}`,
      day: Math.floor(rand() * 7),
      time: `${pad(hour)}:${rand() < 0.5 ? '00' : '30'}`,
      end_time: `${pad((hour + 1) % 24)}:00`,
      types: Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(rand, TYPES)),
      attendance_option: option,
      location: pick(rand, VENUES),
      ...(option == 'online'
        ? { formatted_address: `${city}, CA, USA` }
        : { formatted_address: `${1 + Math.floor(rand() * 3000)} ${pick(rand, PLACES)} ${pick(rand, STREET_KINDS)}, ${city}, CA ${zip}, USA` }),
      regions: ['Orange County', city],
      notes: pick(rand, MEETING_NOTES),
      location_notes: rand() < 0.3 ? 'Use the side door; the hall is on the second floor, past the library and the kitchen. Parking is free after six in the lot behind the building.' : '',
      ...(online
        ? {
            conference_url: `https://zoom.example.com/j/${8_000_000_000 + i}`,
            conference_url_notes: `Passcode: ${100_000 + i}`,
            conference_phone: `+16465550100,,${8_000_000_000 + i}#,,,,*${100_000 + i}#`,
          }
        : {}),
      updated: '2026-10-02 14:32:23',
    };
  });
}

/** A BMLT GetSearchResults response of `count` meetings with its used formats, as a root server answers. Seeded. */
export function bmltFeed(count, seed = 17) {
  const rand = prng(seed);
  const formats = [
    ['17', 'O', 'Open', 'OPEN'], ['4', 'C', 'Closed', 'CLOSED'], ['1', 'B', 'Beginners', 'BEG'], ['8', 'D', 'Discussion', 'DISC'],
    ['3', 'BT', 'Basic Text', 'BT'], ['14', 'JT', 'Just for Today', 'JFT'], ['33', 'WC', 'Wheelchair', 'WCHR'], ['54', 'VM', 'Virtual Meeting', 'VM'],
    ['56', 'HY', 'Hybrid Meeting', 'HYBR'], ['9', 'ES', 'Español', 'LANG'], ['32', 'W', 'Women', 'W'], ['15', 'M', 'Men', 'M'],
  ];
  const meetings = Array.from({ length: count }, (_, i) => {
    const venue = pick(rand, [1, 1, 2, 3]);
    const [city, zip] = pick(rand, CITIES);
    const used = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(rand, formats));
    const hour = 6 + Math.floor(rand() * 17);
    return {
      id_bigint: String(10_000 + i),
      service_body_bigint: '12',
      weekday_tinyint: String(1 + Math.floor(rand() * 7)),
      venue_type: String(venue),
      start_time: `${pad(hour)}:${rand() < 0.5 ? '00' : '30'}:00`,
      duration_time: pick(rand, ['01:00:00', '01:30:00']),
      time_zone: 'America/Los_Angeles',
      formats: used.map((f) => f[1]).join(','),
      format_shared_id_list: used.map((f) => f[0]).join(','),
      published: '1',
      meeting_name: `${pick(rand, PLACES)} ${pick(rand, THEMES)} ${pick(rand, SUFFIXES)}`,
      location_text: venue == 2 ? '' : pick(rand, VENUES),
      location_street: venue == 2 ? '' : `${1 + Math.floor(rand() * 3000)} ${pick(rand, PLACES)} ${pick(rand, STREET_KINDS)}`,
      location_neighborhood: pick(rand, PLACES),
      location_municipality: city,
      location_province: 'CA',
      location_postal_code_1: zip,
      location_info: rand() < 0.3 ? 'Meets in the back room.' : '',
      comments: pick(rand, MEETING_NOTES),
      virtual_meeting_link: venue == 1 ? '' : `https://zoom.example.com/j/${9_000_000_000 + i}`,
      virtual_meeting_additional_info: venue == 1 ? '' : `Meeting ID ${9_000_000_000 + i}, passcode ${200_000 + i}`,
      phone_meeting_number: venue == 1 ? '' : `+16465550100,,${9_000_000_000 + i}#,,,,*${200_000 + i}#`,
    };
  });
  return { meetings, formats: formats.map(([id, key_string, name_string, world_id]) => ({ id, key_string, name_string, world_id, lang: 'en' })) };
}
