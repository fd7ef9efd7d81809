import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import Fuse from 'fuse.js/basic';
import '../src/index.js';
import type { OudSupportFinder } from '../src/oud-support-finder.js';
import { checkRecords } from '../src/records/check.js';
import { adaptFeed } from '../src/records/feeds/detect.js';
import type { Resource } from '../src/records/types.js';
import { fold } from '../src/search/fold.js';
import { typeWordsFor } from '../src/search/keywords.js';
import { holds } from '../src/search/prefilter.js';
import { TUNING, scoreIndex } from '../src/search/scores.js';
import { createSearcher } from '../src/search/search.js';
import { shownIds } from './helpers.js';

/*
 * Property-based tests: random and hostile records and queries, from a fixed seed so a failure can be replayed
 * (fast-check prints the seed and path of the smallest failing case).
 */
const SEED = 20_260_126;
const runs = (numRuns: number) => ({ seed: SEED, numRuns });

/** Strings that have broken other widgets: markup, script, links that run code, regex and template syntax. */
const PAYLOADS = [
  '<img src=x onerror="window.__osfPwned=1">',
  '<script>window.__osfPwned=1</script>',
  '"><svg onload="window.__osfPwned=1"></svg>',
  '<iframe src="javascript:window.__osfPwned=1"></iframe>',
  "'><object data=\"javascript:window.__osfPwned=1\"></object>",
  '<osf-injected data-injected onclick="window.__osfPwned=1">x</osf-injected>',
  '<base href="javascript:/"><meta http-equiv="refresh" content="0;url=javascript:window.__osfPwned=1">',
  '<a href="javascript:window.__osfPwned=1">click</a>',
  'javascript:window.__osfPwned=1',
  ' JaVaScRiPt:window.__osfPwned=1',
  'data:text/html,<script>window.__osfPwned=1</script>',
  'vbscript:msgbox(1)',
  '${window.__osfPwned=1}',
  '{{constructor.constructor("window.__osfPwned=1")()}}',
  '<!--',
  ']]>',
  '.*+?^${}()|[]\\/',
  '((((((((((',
  '\\',
  '__proto__',
  'constructor',
  '\u202Eevil\u202C',
  'مرحبا بكم في الاجتماع',
  'שלום לכולם',
  '👩‍👩‍👧‍👦🏳️‍🌈🫶🏽',
  '\u0000\u0007\uFFFF',
  'lone \uD800 surrogate \uDFFF',
  'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǵ̴̹̘o̼͈͖̓',
];
/** Tags the template never makes: finding one in the shadow root means markup came from data. */
const FOREIGN = 'script, img, iframe, object, embed, base, meta, svg, math, osf-injected, form';
const ALLOWED_HREF = /^(https?:|tel:|sms:|mailto:)/i;
const DANGEROUS_VALUE = /^(javascript|data|vbscript):/i;
/** Attributes that the browser follows or loads as addresses. */
const URL_ATTRIBUTE = /^(href|src|srcset|action|formaction|poster|data|ping|background|xlink:href)$/i;

const hostileText = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  fc.array(fc.constantFrom(...PAYLOADS), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' ')),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('x'.repeat(2_001), 'ß'.repeat(20_000)),
);
/** Nested lists and objects, a hundred levels deep. */
const deep = fc.integer({ min: 1, max: 100 }).map((depth) => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { nested: value };
  return value;
});
const wrongType = fc.oneof(
  fc.constantFrom(null, undefined, NaN, Infinity, -0, true, 0, 42, [], {}, [[]], [null], () => 'function'),
  fc.double(),
  fc.bigInt(),
  deep,
);
const anyValue = fc.oneof(hostileText, wrongType);
const hostileUrl = fc.oneof(
  fc.constantFrom('javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'jav&#x09;ascript:alert(1)'),
  fc.constantFrom('https://example.org/"><script>window.__osfPwned=1</script>', 'http://example.org/?q=<img src=x onerror=alert(1)>'),
  hostileText,
);
const FIELDS = [
  'id', 'name', 'kind', 'summary', 'audience', 'approaches', 'formats', 'languages', 'cost', 'hours', 'open247',
  'medicationFriendly', 'phone', 'callNote', 'extraPhones', 'tty', 'text', 'textBody', 'url', 'chatUrl', 'links',
  'address', 'schedule', 'howTo', 'say', 'aliases', 'verified', 'source', 'translations', 'notAField',
];

/** Text that passes the checks (not blank, not too long) yet carries the payloads. */
const validText = (max = 2000) => hostileText.map((t) => (t.trim() ? t : `x${t}`).slice(0, max));
/** Web addresses that pass the checks yet carry markup, script and odd characters. */
const nastyUrl = fc.constantFrom(
  'https://example.org/"><script>window.__osfPwned=1</script>',
  'http://example.org/?q=<img/src=x/onerror=window.__osfPwned=1>',
  'https://example.org/#javascript:window.__osfPwned=1',
  'https://user:pass@example.org/%0Ajavascript:alert(1)',
  'https://example.org/\u202Eevil',
  'https://example.org/',
);

/**
 * A record that passes the checks most of the time, so that its payloads reach the screen: text fields hold
 * markup, links carry it; and half the time one field (or one we do not know) holds a wrong value instead:
 * another link scheme, a wrong type, deep nesting, a huge string.
 */
const hostileRecord = fc
  .record(
    {
      id: fc.integer({ min: 0, max: 30 }).map((n) => `bad-${n}`),
      name: validText(200),
      summary: validText(),
      hours: validText(),
      address: validText(),
      say: validText(),
      callNote: validText(),
      source: validText(),
      howTo: fc.array(validText(), { maxLength: 3 }),
      aliases: fc.array(validText(100), { maxLength: 3 }),
      url: nastyUrl,
      chatUrl: nastyUrl,
      links: fc.array(fc.record({ label: validText(200), url: nastyUrl }), { maxLength: 3 }),
      extraPhones: fc.array(fc.record({ label: validText(200), phone: fc.constantFrom('555-0100', '+1 (555) 0199') }), { maxLength: 2 }),
      phone: fc.constantFrom('1-800-662-4357', '555-0100', '+44 20 7946 0958'),
      text: fc.constantFrom('741741', '55 55'),
      textBody: validText(160),
      translations: fc.dictionary(
        fc.constantFrom('es', 'fr'),
        fc.record({ name: validText(200), summary: validText(), links: fc.array(fc.record({ label: validText(200), url: nastyUrl }), { maxLength: 1 }) }, { requiredKeys: [] }),
      ),
    },
    { requiredKeys: ['id', 'name'] },
  )
  .chain((record) =>
    fc
      .option(fc.tuple(fc.constantFrom(...FIELDS), fc.oneof(anyValue, hostileUrl)), { freq: 2 })
      .map((wrong) => (wrong ? { ...record, [wrong[0]]: wrong[1] } : record)),
  );

/** Records every finder must keep showing, whatever comes with them. */
const goodRecords = fc.uniqueArray(fc.constantFrom('Hope', 'Serenity', 'Tuesday', 'Night', 'Family', 'Group', 'Clinic', 'Recovery'), { minLength: 1, maxLength: 3 })
  .chain((words) => fc.array(fc.constant(words.join(' ')), { minLength: 1, maxLength: 4 }))
  .map((names) => names.map((name, i) => ({ id: `good-${i}`, name: `${name} ${i}`, summary: 'A plain, good record.', url: 'https://example.org/' })));
const hostileQuery = fc.oneof(hostileText, fc.constant('a'.repeat(10_000)), fc.constant('narcotcs ' + PAYLOADS.join(' ')));

const WORDS = ['hope', 'serenity', 'tuesday', 'night', 'narcotics', 'anonymous', 'family', 'recovery', 'clinic', 'naloxone', 'speaker', 'women'];
/** A few words, each maybe with a typo of the kinds people make, or cut short. */
function phraseArbitrary() {
  const typo = fc.tuple(fc.constantFrom(...WORDS), fc.nat(), fc.constantFrom('drop', 'swap', 'double', 'change', 'none')).map(([word, at, kind]) => {
    const i = at % word.length;
    if (kind === 'drop') return word.slice(0, i) + word.slice(i + 1);
    if (kind === 'swap') return word.slice(0, i) + (word[i + 1] ?? '') + word[i] + word.slice(i + 2);
    if (kind === 'double') return word.slice(0, i) + word[i] + word.slice(i);
    if (kind === 'change') return word.slice(0, i) + 'x' + word.slice(i + 1);
    return word.slice(0, Math.max(2, i));
  });
  return fc.array(typo, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
}
/** Plain records whose names, summaries and aliases share those words. */
function plainRecordsArbitrary() {
  const phrase = phraseArbitrary();
  return fc.array(
    fc.record({
      name: phrase,
      summary: phrase,
      aliases: fc.array(phrase, { maxLength: 2 }),
      medicationFriendly: fc.boolean(),
      // A meeting's types are searched as a field of their own.
      kind: fc.constantFrom('meeting', 'other') as fc.Arbitrary<'meeting' | 'other'>,
    }),
    { minLength: 1, maxLength: 15 },
  );
}

/** Runs `work` with console.warn silenced (every bad record is warned about) and window errors collected. */
async function watched(work: (errors: string[]) => Promise<void> | void) {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  const warn = console.warn;
  console.warn = () => {};
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await work(errors);
  } finally {
    console.warn = warn;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
}

describe('fuzz: checking records', () => {
  it('never throws, and returns only records with an id and a name, whatever it is given', () =>
    watched(() =>
      fc.assert(
        fc.property(fc.oneof(fc.array(fc.oneof(hostileRecord, anyValue), { maxLength: 8 }), anyValue, fc.anything()), (input) => {
          const { resources, problems } = checkRecords(input);
          expect(resources).to.be.an('array');
          expect(problems).to.be.an('array');
          for (const r of resources) {
            expect(r.id, 'a checked id').to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
            expect(r.name).to.be.a('string');
            for (const link of [r.url, r.chatUrl, ...r.links.map((l) => l.url)]) if (link) expect(link).to.match(/^https?:\/\//);
          }
        }),
        runs(500),
      ),
    ));
});

describe('fuzz: search', () => {
  it('never throws and returns only the records it was given, for any query', () =>
    watched(() =>
      fc.assert(
        fc.property(fc.array(hostileRecord, { maxLength: 12 }), goodRecords, hostileQuery, (hostile, good, query) => {
          const { resources } = checkRecords([...hostile, ...good]);
          const found = createSearcher(resources).search(query);
          expect(found).to.be.an('array');
          expect(new Set(found).size, 'no record twice').to.equal(found.length);
          for (const r of found) expect(resources).to.include(r);
        }),
        runs(300),
      ),
    ));

  it('finds a good record by its exact name among hostile ones', () =>
    watched(() =>
      fc.assert(
        fc.property(fc.array(hostileRecord, { maxLength: 12 }), goodRecords, (hostile, good) => {
          const { resources } = checkRecords([...hostile, ...good]);
          const searcher = createSearcher(resources);
          for (const r of good) expect(searcher.search(r.name).map((x) => x.id), r.name).to.include(r.id);
        }),
        runs(150),
      ),
    ));

  // The prefilter must never drop a text fuse.js would match: our scores must be exactly those of fuse.js
  // searching the records' fields itself, with the same settings.
  const phrase = phraseArbitrary();
  const plainRecords = plainRecordsArbitrary();

  it('scores exactly as fuse.js does over the records’ fields', () =>
    fc.assert(
      fc.property(plainRecords, fc.oneof(phrase, fc.constant('a'.repeat(70)), fc.constantFrom(...WORDS).map((w) => `${w} `.repeat(5))), (inputs, pattern) => {
        const { resources } = checkRecords(inputs.map((r, i) => ({ id: `r${i}`, ...r })));
        const ours = scoreIndex(resources, TUNING).scoresFor(pattern);
        const expected = fuseScores(resources, pattern);
        expect([...ours].sort(([a], [b]) => a - b), pattern).to.deep.equal([...expected].sort(([a], [b]) => a - b));
      }),
      runs(300),
    ));

  // A word of several allows no typo: fuse.js is not run then, its score being known.
  it('scores exactly as fuse.js does where no typo is allowed', () =>
    fc.assert(
      fc.property(plainRecords, phrase.map((p) => p.split(' ')[0]), (inputs, word) => {
        const { resources } = checkRecords(inputs.map((r, i) => ({ id: `r${i}`, ...r })));
        const ours = scoreIndex(resources, TUNING).scoresFor(word, 0);
        expect([...ours].sort(([a], [b]) => a - b), word).to.deep.equal([...fuseScores(resources, word, 0)].sort(([a], [b]) => a - b));
      }),
      runs(300),
    ));
});

describe('fuzz: the prefilter’s typo check', () => {
  /** The smallest number of typos between the pattern and any part of the text, letter by letter. */
  const fewestTypos = (pattern: string, text: string) => {
    let row = Array.from({ length: pattern.length + 1 }, (_, i) => i);
    let best = row[pattern.length];
    for (const letter of text.split('')) {
      const next = [0];
      for (let i = 1; i <= pattern.length; i++) {
        next[i] = Math.min(row[i] + 1, next[i - 1] + 1, row[i - 1] + (pattern[i - 1] === letter ? 0 : 1));
      }
      row = next;
      best = Math.min(best, row[pattern.length]);
    }
    return best;
  };
  const letters = fc.constantFrom('a', 'b', 'n', 'o', ' ', 'é', '😀', '\u05d0');
  const text = (max: number) => fc.array(letters, { maxLength: max }).map((l) => l.join(''));

  it('accepts a text exactly when some part of it is within k typos of the pattern, as fuse.js’s bitap does', () =>
    fc.assert(
      fc.property(text(32).filter((p) => p.length > 0 && p.length <= 32), text(40), fc.nat(4), (pattern, body, k) => {
        const typos = Math.min(k, pattern.length - 1);
        expect(holds(pattern, typos)(body), `${pattern} in ${body}`).to.equal(fewestTypos(pattern, body) <= typos);
        // fuse.js leaves blank texts out of its index, and finds nothing for a blank pattern; the finder has neither.
        if (!pattern.trim() || !body.trim()) return;
        const fuse = new Fuse([body], { includeScore: true, ignoreLocation: true, threshold: typos / pattern.length });
        expect(holds(pattern, typos)(body), `fuse.js: ${pattern} in ${body}`).to.equal(fuse.search(pattern).length > 0);
      }),
      runs(2000),
    ));
});

describe('fuzz: search as a person types', () => {
  it('scores exactly as fuse.js does at every letter, reusing the last letter’s matches', () =>
    fc.assert(
      fc.property(plainRecordsArbitrary(), phraseArbitrary(), (inputs, phrase) => {
        const { resources } = checkRecords(inputs.map((r, i) => ({ id: `r${i}`, ...r })));
        const index = scoreIndex(resources, TUNING);
        for (let end = 2; end <= phrase.length; end++) {
          const pattern = phrase.slice(0, end);
          const ours = [...index.scoresFor(pattern)].sort(([a], [b]) => a - b);
          expect(ours, pattern).to.deep.equal([...fuseScores(resources, pattern)].sort(([a], [b]) => a - b));
        }
      }),
      runs(200),
    ));
});

/** fuse.js searching the records' four fields (name, aliases, a meeting's types, words), for one pattern. */
function fuseScores(resources: Resource[], pattern: string, typos = TUNING.typos): Map<number, number> {
  const words = (text: string) => fold(text).split(/[^\p{L}\p{N}/-]+/u).filter((w) => w.length > 2);
  const docs = resources.map((r) => ({
    name: fold(r.name),
    aliases: r.aliases.map(fold),
    types: typeWordsFor(r),
    words: words(`${r.summary} ${r.kind.replace('-', ' ')}`),
  }));
  const { length } = pattern;
  const threshold =
    length <= TUNING.exact ? 0
    : pattern.includes(' ') ? TUNING.phrase
    : Math.min(TUNING.threshold, (typos + 0.5) / length);
  const fuse = new Fuse(docs, {
    keys: [
      { name: 'name', weight: 4 },
      { name: 'aliases', weight: 3 },
      { name: 'types', weight: 2 },
      { name: 'words', weight: 1 },
    ],
    includeScore: true,
    ignoreLocation: true,
    threshold,
    minMatchCharLength: 2,
  });
  return new Map(fuse.search(pattern).map((hit) => [hit.refIndex, hit.score!]));
}

describe('fuzz: the finder', () => {
  let el: OudSupportFinder;
  before(async () => {
    el = await fixture<OudSupportFinder>(html`<oud-support-finder local-only></oud-support-finder>`);
  });

  /** The records listed as results; the kind "no results" message lists the helpline, which is not one. */
  const listed = () => (el.shadowRoot!.querySelector('[part="no-results"]') ? [] : shownIds(el));

  /** What must hold after any update: nothing injected, only safe links, and no script ran. */
  function expectSafe(what: string) {
    const root = el.shadowRoot!;
    expect(root.querySelector(FOREIGN), `${what}: no element made from data`).to.equal(null);
    expect(document.querySelector('osf-injected'), `${what}: nothing in the page`).to.equal(null);
    for (const node of root.querySelectorAll('*')) {
      for (const { name, value } of node.attributes) {
        expect(name, `${what}: no event handler attribute on <${node.localName}>`).not.to.match(/^on/i);
        if (URL_ATTRIBUTE.test(name)) {
          expect(value.replace(/[\s\u0000-\u001f]/g, ''), `${what}: ${name} on <${node.localName}>`).not.to.match(DANGEROUS_VALUE);
        }
      }
      const href = node.getAttribute('href');
      if (href !== null) expect(href, `${what}: link on <${node.localName}>`).to.match(ALLOWED_HREF);
    }
    expect((window as { __osfPwned?: number }).__osfPwned, `${what}: no script ran`).to.equal(undefined);
  }

  it('never throws, never renders markup or unsafe links from records or queries, and keeps the good records', () =>
    watched((errors) =>
      fc.assert(
        fc.asyncProperty(
          fc.array(hostileRecord, { maxLength: 10 }),
          goodRecords,
          fc.nat(),
          hostileQuery,
          async (hostile, good, at, query) => {
            // The good records go anywhere among the hostile ones.
            const input = [...hostile.slice(0, at % (hostile.length + 1)), ...good, ...hostile.slice(at % (hostile.length + 1))];
            el.query = '';
            el.resources = input;
            await el.updateComplete;
            expectSafe('records');
            const expected = checkRecords(input).resources.map((r) => r.id);
            expect(new Set(listed()), 'every record that passed the check is shown').to.deep.equal(new Set(expected));
            for (const r of good) expect(listed(), 'good records stay').to.include(r.id);
            el.query = query;
            await el.updateComplete;
            expectSafe(`query ${JSON.stringify(query.slice(0, 40))}`);
            el.query = good[0].name;
            await el.updateComplete;
            expect(shownIds(el), 'a good record is found by its name').to.include(good[0].id);
            expect(errors, 'no error reached the window').to.deep.equal([]);
          },
        ),
        runs(150),
      ),
    ));

  it('renders a record whose text body holds half a surrogate pair (it once threw in smsHref)', async () => {
    el.query = '';
    el.resources = [{ id: 'lone-surrogate', name: 'Lone surrogate', text: '741741', textBody: 'hi \uD800' }];
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['lone-surrogate']);
  });

  it('never throws whatever the resources property holds', () =>
    watched((errors) =>
      fc.assert(
        fc.asyncProperty(fc.oneof(anyValue, fc.anything({ withNullPrototype: true, withMap: true, withSet: true, maxDepth: 4 })), async (value) => {
          el.query = '';
          el.resources = value;
          await el.updateComplete;
          expectSafe('resources');
          expect(new Set(listed())).to.deep.equal(new Set(checkRecords(value).resources.map((r) => r.id)));
          expect(errors).to.deep.equal([]);
        }),
        runs(150),
      ),
    ));
});

/** Keys every object inherits; JSON.parse makes them plain own keys, which the checks must treat as unknown. */
const BUILT_INS = ['__proto__', 'constructor', 'valueOf', 'hasOwnProperty', 'toString', 'isPrototypeOf'];
/** A key no rule knows, standing in for a built-in name: where it goes, the built-in goes in the twin input. */
const PLAIN = 'zzUnknownKey';
const WHERE = ['record', 'schedule', 'link', 'extraPhone', 'translation', 'translations', 'wrapper'] as const;

/** Small records of every shape a key can hide in, some of them wrong in other ways too. */
const shapedRecord = fc.record(
  {
    id: fc.constantFrom('a', 'b', 'c', 'Bad Id'),
    name: fc.constantFrom('Hope', 'x'.repeat(201)),
    schedule: fc.constant([{ day: 'mon', start: '19:00' }]),
    links: fc.constant([{ label: 'Site', url: 'https://example.org/' }]),
    extraPhones: fc.constant([{ label: 'Office', phone: '555-0100' }]),
    translations: fc.constant({ es: { summary: 'Hola' } }),
  },
  { requiredKeys: ['id', 'name'] },
);

/** JSON text of `records` with PLAIN (holding `value`) placed at `where` in the record at `at`. */
function placed(records: Record<string, unknown>[], where: (typeof WHERE)[number], at: number, value: unknown): string {
  const copy = JSON.parse(JSON.stringify(records)) as Record<string, Record<string, unknown>[] & Record<string, unknown>>[];
  const r = copy[at % copy.length]!;
  const first = (field: string, item: unknown) => ((r[field] ??= [item] as never) as unknown as Record<string, unknown>[])[0]!;
  if (where === 'record') (r as Record<string, unknown>)[PLAIN] = value;
  if (where === 'schedule') first('schedule', { day: 'tue', start: '18:00' })[PLAIN] = value;
  if (where === 'link') first('links', { label: 'L', url: 'https://example.org/l' })[PLAIN] = value;
  if (where === 'extraPhone') first('extraPhones', { label: 'P', phone: '555-0101' })[PLAIN] = value;
  if (where === 'translation') ((r.translations ??= { es: {} } as never) as Record<string, Record<string, unknown>>).es![PLAIN] = value;
  if (where === 'translations') ((r.translations ??= {} as never) as Record<string, unknown>)[PLAIN] = value;
  return JSON.stringify(where === 'wrapper' ? { resources: copy, [PLAIN]: value } : copy);
}

describe('fuzz: keys named after built-ins', () => {
  it('are checked exactly as any other unknown key, wherever they are, and never reach a prototype', () =>
    fc.assert(
      fc.property(
        fc.array(shapedRecord, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...BUILT_INS),
        fc.constantFrom(...WHERE),
        fc.nat(),
        fc.jsonValue({ maxDepth: 3 }),
        (records, key, where, at, value) => {
          const text = placed(records, where, at, value);
          const plain = checkRecords(JSON.parse(text));
          const builtIn = checkRecords(JSON.parse(text.replaceAll(`"${PLAIN}"`, JSON.stringify(key))));
          expect(builtIn.resources.map((r) => r.id)).to.deep.equal(plain.resources.map((r) => r.id));
          expect(JSON.stringify(builtIn.problems)).to.equal(JSON.stringify(plain.problems).replaceAll(PLAIN, key));
          for (const r of builtIn.resources) {
            expect(Object.keys(r), 'no unknown key on a record').not.to.include(key);
            expect(Object.getPrototypeOf(Object.getPrototypeOf(r)), 'a record’s prototype holds nothing').to.equal(null);
          }
        },
      ),
      runs(300),
    ));

  it('change nothing in what a Meeting Guide or HSDS feed gives', () =>
    fc.assert(
      fc.property(fc.constantFrom(...BUILT_INS), fc.jsonValue({ maxDepth: 2 }), fc.boolean(), (key, value, meetings) => {
        const feed = meetings
          ? [{ name: 'Hope', slug: 'hope', day: 1, time: '19:00', types: ['O', PLAIN], [PLAIN]: value }]
          : [{ id: 's1', name: 'Peer line', phones: [{ number: '555-0100', [PLAIN]: value }], service_at_locations: [{ location: { [PLAIN]: value } }], [PLAIN]: value }];
        const text = JSON.stringify(feed);
        const adapt = (json: string) => JSON.stringify(checkRecords((adaptFeed(JSON.parse(json)) as { records: unknown[] }).records));
        // A type code we have no words for is shown as written (issue 12), so the key's name may appear as a word.
        expect(adapt(text.replaceAll(`"${PLAIN}"`, JSON.stringify(key)))).to.equal(adapt(text).replaceAll(PLAIN, key));
      }),
      runs(200),
    ));
});

/** Every public property, and the attributes a page can write. */
const PROPERTIES = [
  'lang', 'languageSwitch', 'query', 'audience', 'approaches', 'formats', 'days', 'medicationFriendly', 'free', 'open247',
  'meetsToday', 'srcFormat', 'srcTimeout', 'hostName', 'localOnly', 'hide', 'theme', 'kiosk', 'idleTimeout', 'shareQuery',
];
const ATTRIBUTES = [
  'lang', 'language-switch', 'query', 'audience', 'approaches', 'formats', 'days', 'medication-friendly', 'free', 'open-24-7',
  'meets-today', 'src-timeout', 'host-name', 'local-only', 'hide', 'theme', 'kiosk', 'idle-timeout', 'share-query',
];

describe('fuzz: attribute and property values of any type', () => {
  it('never blank or freeze the finder, set before or after the first render', async function () {
    this.timeout(60_000);
    await watched((errors) =>
      fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.constantFrom(...PROPERTIES), fc.anything({ withNullPrototype: true, withBoxedValues: true, maxDepth: 2 })), { maxLength: 6 }),
          fc.array(fc.tuple(fc.constantFrom(...ATTRIBUTES), fc.option(fc.oneof(fc.string(), fc.constantFrom('NaN', '-1', '1e309', '3000000')))), { maxLength: 6 }),
          fc.boolean(),
          async (properties, attributes, early) => {
            const el = document.createElement('oud-support-finder') as OudSupportFinder;
            const set = () => {
              for (const [name, value] of properties) (el as unknown as Record<string, unknown>)[name] = value;
              for (const [name, value] of attributes) value === null ? el.removeAttribute(name) : el.setAttribute(name, value);
            };
            if (early) set();
            document.body.append(el);
            await el.updateComplete;
            if (!early) set();
            await el.updateComplete;
            const root = el.shadowRoot!;
            expect(root.querySelector('[part="emergency"]')!.textContent, 'emergency help').to.include('911');
            expect(root.querySelector('[role="status"]')!.textContent, 'a result count').to.match(/\d+ results?|No /);
            el.remove();
            expect(errors, 'no error reached the window').to.deep.equal([]);
          },
        ),
        runs(120),
      ),
    );
  });
});
