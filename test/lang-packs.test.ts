import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { en } from '../src/i18n/en.js';
import { PARAMS, compile, normalize } from '../src/i18n/compile.js';
import type { Messages } from '../src/i18n/messages.js';
import { packFor } from '../src/i18n/packs.js';
import type { OudSupportFinder } from '../src/oud-support-finder.js';
import { bundled } from '../src/records/bundled.js';
import { toLanguage } from '../src/records/localize.js';
import guideData from '../data/guide.json';
import { searchBox, shownIds, typeQuery } from './helpers.js';

/*
 * Every language pack, whatever its language: the tests read the codes `npm run build` made (dist/lang/index.json)
 * and check each pack's source (data/lang/<code>.json) and built script (dist/lang/<code>.js) by the same rules.
 */
type Json = Record<string, unknown>;
type Words = { title: string; intro: string; points: string[] };
interface Source {
  code: string;
  name: string;
  dir?: string;
  about: { made: string; reviewed: string; updated: string };
  glossary: Record<string, string>;
  messages: Json;
  records: Record<string, Json>;
  guide: Record<string, Words>;
  aliases: Record<string, string[]>;
}

const codes: string[] = await (await fetch('/dist/lang/index.json')).json();
const sources: Record<string, Source> = Object.fromEntries(
  await Promise.all(codes.map(async (code) => [code, await (await fetch(`/data/lang/${code}.json`)).json()])),
);

const CLDR = ['zero', 'one', 'two', 'few', 'many', 'other'];
/** Keys a choice may have besides parameter names, numbers and plural categories. */
const TABLES: Record<string, string[]> = { weekly: ['days'], guidedWhy: ['who', 'needs', 'way'] };
const GLOSSARY = ['OUD', 'recovery', 'naloxone', 'peer', 'meeting', 'sponsor'];

/** Values to call each message with: several, so that every choice of a template is made. */
const CALLS: Record<string, unknown[][]> = {
  weekly: [[['tue', 'thu'], '7 – 8 PM'], [['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'], '7 AM']],
  nextMeeting: [['TODAY', '7 PM']],
  local: [['St. Mark'], ['']],
  resultCount: [[0], [1], [2], [5], [21], [100]],
  resultCountFor: [[0, 'xyz'], [1, 'xyz'], [3, 'xyz'], [11, 'xyz']],
  optionCount: [[1], [2], [11]],
  noResults: [['xyz'], ['']],
  callNumber: [['1-800-662-4357']],
  ttyNumber: [['1-800-487-4889']],
  textNumber: [['988'], ['988', 'AYUDA'], ['435748', undefined, 'ZIPWORDS']],
  verified: [['2026-11-26']],
  source: [['samhsa.gov']],
  languageName: [['en'], ['es']],
  guidedStep: [[1, 3]],
  guidedWhy: [[{ needs: [] }], [{ who: 'family', needs: ['medication', 'now'], way: 'phone' }]],
  qrWebsite: [['NAME']],
  qrCall: [['988']],
  print: [[0], [1], [3]],
  idleWarning: [[1], [10]],
  showMore: [[1], [20]],
  live: [[{ left: 25 }], [{ soon: 20 }], [{ left: 70 }]],
  filtersButton: [[0], [2]],
  showCount: [[1], [24]],
  removeFilter: [['LABEL']],
  tipAnswer: [['xyz']],
  printHeading: [[2]],
  dialByHand: [['123 456 789'], ['123 456 789', '987654']],
  within: [['5 mi']],
  away: [['0.8 mi']],
};

/** Words that stay as they are in every language: names, brands, codes. */
const KEEP = /^(SAMHSA|Suboxone|Narcan|TTY|QR|Zoom|SMART|Recovery|Nar|Anon|Al|NA|OUD|MARA|AYUDA|ZIPWORDS|NAME|LABEL|TODAY|St|Mark|PM|AM|mi|xyz)$/;
const englishWords = (text: string) => (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !KEEP.test(w));

/** The phone numbers, short codes, other numbers of three digits or more, and web addresses in a text, each once. */
const facts = (text: unknown) =>
  [...new Set([...JSON.stringify(text ?? '').matchAll(/\d+(?:-\d+)+|\d{3,}|(?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:org|com|gov|net)\b(?:\/[\w./-]*)?/gi)]
    .map((m) => m[0].toLowerCase().replace(/[.]$/, '')))].sort();

const packScript = (code: string) =>
  new Promise<void>((resolve, reject) => {
    if (document.querySelector(`script[data-pack="${code}"]`)) return resolve();
    const script = Object.assign(document.createElement('script'), { src: `/dist/lang/${code}.js`, onload: resolve, onerror: reject });
    script.dataset.pack = code;
    document.head.append(script);
  });

async function gzipSize(text: string): Promise<number> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

const shadow = (el: HTMLElement) => el.shadowRoot!;

describe('language packs', () => {
  it('are built, one for each data/lang/*.json', () => {
    expect(codes).to.include.members(['vi']);
  });

  for (const code of codes) {
    describe(code, () => {
      const source = () => sources[code];
      const messages = () => compile(normalize(source().messages), code) as Messages;

      it('names its language and file, says how it was made and reviewed, and has the glossary', () => {
        const s = source();
        expect(s.code).to.equal(code);
        expect(s.name.trim()).to.not.equal('');
        expect(['ltr', 'rtl']).to.include(s.dir ?? 'ltr');
        for (const part of ['made', 'reviewed', 'updated'] as const) expect(s.about?.[part], `about.${part}`).to.be.a('string').and.not.equal('');
        expect(Object.keys(s.glossary).sort()).to.deep.equal([...GLOSSARY].sort());
      });

      it('is described in docs/translations.md: its about and glossary, as the pack says (scripts/translations-doc.mjs)', async () => {
        const doc = await (await fetch('/docs/translations.md')).text();
        const s = source();
        expect(doc).to.include(`### ${s.name} (\`${code}\``);
        for (const part of ['made', 'reviewed', 'updated'] as const) expect(doc).to.include(s.about[part]);
        for (const [term, words] of Object.entries(s.glossary)) expect(doc).to.include(`| ${term} | ${words} |`);
      });

      it('has every key of the English catalogue, and no other', () => {
        expect(Object.keys(source().messages).sort()).to.deep.equal(Object.keys(en).sort());
      });

      it('writes each message in the format: word maps with the English keys, templates with known placeholders', () => {
        for (const [key, english] of Object.entries(en)) {
          const given = source().messages[key];
          if (key === 'languageName') {
            expect(given, key).to.include.keys('en', 'es');
            continue;
          }
          if (typeof english === 'string') {
            expect(given, key).to.be.a('string').and.match(/\S/);
            continue;
          }
          if (typeof english === 'object') {
            expect(Object.keys(given as object).sort(), key).to.deep.equal(Object.keys(english).sort());
            for (const word of Object.values(given as object)) expect(word, key).to.be.a('string').and.match(/\S/);
            continue;
          }
          const names = PARAMS[key].split(' ');
          const templates: string[] = [];
          if (typeof given === 'string') templates.push(given);
          else {
            expect(given, `${key} is a template or a choice`).to.be.an('object');
            const choice = given as Json;
            expect(choice.other, `${key} has "other"`).to.be.a('string');
            for (const [k, v] of Object.entries(choice)) {
              if (TABLES[key]?.includes(k)) continue;
              expect(names.includes(k) || CLDR.includes(k) || /^\d+$/.test(k), `${key}: the choice “${k}”`).to.equal(true);
              templates.push(v as string);
            }
          }
          for (const t of templates) {
            for (const [, name] of t.matchAll(/\{(\w+)\}/g)) expect(names, `${key}: {${name}}`).to.include(name);
          }
        }
        const why = source().messages.guidedWhy as Json;
        for (const table of TABLES.guidedWhy) expect(Object.keys(why[table] as object).sort(), `guidedWhy.${table}`).to.deep.equal(
          Object.keys({ who: { self: 1, family: 1 }, needs: { spiritual: 1, 'non-religious': 1, medication: 1, online: 1, now: 1 }, way: { 'in-person': 1, online: 1, phone: 1, text: 1 } }[table]!).sort(),
        );
      });

      it('leaves no English interface words behind', () => {
        const m = messages();
        const left: string[] = [];
        for (const [key, english] of Object.entries(en)) {
          const ours = (m as unknown as Json)[key];
          const pairs: [unknown, unknown][] =
            typeof english === 'function'
              ? (CALLS[key] ?? [[]]).map((args) => [(english as (...a: unknown[]) => string)(...args), (ours as (...a: unknown[]) => string)(...args)])
              : typeof english === 'object'
                ? Object.entries(english).map(([k, v]) => [v, (ours as Json)[k]])
                : [[english, ours]];
          for (const [a, b] of pairs) if (a === b && englishWords(String(a)).length) left.push(`${key}: ${a}`);
        }
        expect(left).to.deep.equal([]);
      });

      it('fills every choice and placeholder: the numbers and links passed in come out unchanged', () => {
        const m = messages() as unknown as Record<string, (...a: unknown[]) => string>;
        for (const [key, calls] of Object.entries(CALLS)) {
          for (const args of calls) {
            const text = m[key](...args);
            expect(text, `${key}(${JSON.stringify(args)})`).to.be.a('string').and.match(/\S/).and.not.match(/\{\w+\}|undefined/);
          }
        }
        expect(m.callNumber('1-800-662-4357')).to.include('1-800-662-4357');
        expect(m.textNumber('435748', undefined, 'ZIPWORDS')).to.include('435748').and.include('ZIPWORDS');
        expect(m.verified('2026-11-26')).to.include('2026');
      });

      it('translates every bundled record in the fields the Spanish has, with the same numbers and links', () => {
        const records = source().records;
        for (const r of bundled.resources) {
          const ours = records[r.id];
          expect(ours, r.id).to.be.an('object');
          const expected = Object.keys(r.translations!.es!).filter((k) => k !== 'textBody');
          expect(Object.keys(ours).sort(), `${r.id}: fields`).to.deep.equal(expected.sort());
          for (const field of expected) {
            const english = (r as unknown as Json)[field];
            if (Array.isArray(english)) {
              expect((ours[field] as unknown[]).length, `${r.id}.${field}: as many items as the English`).to.equal(english.length);
              english.forEach((item, i) => expect(facts((ours[field] as unknown[])[i]), `${r.id}.${field}[${i}]`).to.deep.equal(facts(item)));
            } else expect(facts(ours[field]), `${r.id}.${field}`).to.deep.equal(facts(english));
          }
        }
        expect(Object.keys(records).filter((id) => !bundled.resources.some((r) => r.id === id)), 'ids of no bundled record').to.deep.equal([]);
      });

      it('translates every guide section, point for point, with the same numbers', () => {
        const guide = source().guide;
        expect(Object.keys(guide).sort()).to.deep.equal(guideData.map((s) => s.id).sort());
        for (const s of guideData) {
          expect(guide[s.id].points.length, s.id).to.equal(s.en.points.length);
          expect(facts(guide[s.id]), s.id).to.deep.equal(facts({ title: s.en.title, intro: s.en.intro, points: s.en.points }));
        }
      });

      it('has search words only for records and guide sections that exist', () => {
        const ids = [...bundled.resources.map((r) => r.id), ...guideData.map((s) => s.id)];
        for (const [id, words] of Object.entries(source().aliases)) {
          expect(ids, id).to.include(id);
          for (const w of words) expect(w, id).to.be.a('string').and.match(/\S/);
        }
      });

      it('is at most 8,000 bytes gzipped', async () => {
        const size = await gzipSize(await (await fetch(`/dist/lang/${code}.js`)).text());
        console.log(`dist/lang/${code}.js: ${size} bytes gzipped`);
        expect(size).to.be.at.most(8_000);
      });

      describe('in the finder', () => {
        before(() => packScript(code));

        it('arrives with the words of its JSON, whatever form the build wrote them in (narrowed letters)', () => {
          const s = source();
          const pack = packFor(code)!;
          // A right-to-left pack's numbers and links come isolated (U+2068 … U+2069); the words are the JSON's.
          const plain = (v: unknown) => JSON.parse(JSON.stringify(v).replace(/[\u2068\u2069]/g, ''));
          expect(pack.name).to.equal(s.name);
          expect(plain(pack.records)).to.deep.equal(s.records);
          expect(plain(pack.guide)).to.deep.equal(s.guide);
          expect(pack.aliases).to.deep.equal(s.aliases);
          const ours = pack.messages as unknown as Json;
          for (const [key, value] of Object.entries(s.messages)) if (!(key in PARAMS)) expect(plain(ours[key]), key).to.deep.equal(value);
          const fromSource = messages() as unknown as Record<string, (...a: unknown[]) => string>;
          for (const [key, calls] of Object.entries(CALLS))
            for (const args of calls) expect(plain((ours[key] as (...a: unknown[]) => string)(...args)), key).to.equal(fromSource[key](...args));
        });

        it('speaks the language: its strip, cards, direction, and the switch lists it', async () => {
          const s = source();
          const el = await fixture<OudSupportFinder>(html`<oud-support-finder lang=${code} language-switch></oud-support-finder>`);
          const root = shadow(el).querySelector('.finder')!;
          expect(root.getAttribute('lang')).to.equal(code);
          expect(root.getAttribute('dir')).to.equal(s.dir ?? 'ltr');
          expect(shadow(el).querySelector('[part~="emergency"]')!.textContent).to.include(s.messages.emergencyHeading as string);
          const helpline = shadow(el).querySelector('[data-id="samhsa-helpline"]')!;
          expect(helpline.textContent).to.include(s.records['samhsa-helpline'].name as string);
          expect(helpline.textContent).to.include('1-800-662-4357');
          const switcher = [...shadow(el).querySelectorAll('[part~="language-switch"] button')];
          const ours = switcher.find((b) => b.getAttribute('lang') === code)!;
          expect(ours.textContent!.trim()).to.equal(s.name);
          expect(ours.getAttribute('aria-pressed')).to.equal('true');
        });

        it('follows the page’s <html lang> and the person’s pick', async () => {
          const before = document.documentElement.lang;
          document.documentElement.lang = `${code}-US`;
          try {
            const el = await fixture<OudSupportFinder>(html`<oud-support-finder language-switch></oud-support-finder>`);
            expect(el.language).to.equal(code);
            shadow(el).querySelector<HTMLButtonElement>('[part~="language-switch"] button[lang="en"]')!.click();
            await el.updateComplete;
            expect(el.language).to.equal('en');
            shadow(el).querySelector<HTMLButtonElement>(`[part~="language-switch"] button[lang="${code}"]`)!.click();
            await el.updateComplete;
            expect(shadow(el).querySelector('.finder')!.getAttribute('lang')).to.equal(code);
          } finally {
            document.documentElement.lang = before;
          }
        });

        it('keeps phone numbers left to right, in either direction of text', async () => {
          const el = await fixture<OudSupportFinder>(html`<oud-support-finder lang=${code}></oud-support-finder>`);
          const link = shadow(el).querySelector('[data-id="samhsa-helpline"] .actions a[href^="tel:"]')!;
          const call = [...link.childNodes].find((n): n is Text => n instanceof Text && n.data.includes('1-800-662-4357'))!;
          const x = (part: string) => {
            const range = document.createRange();
            const at = call.data.indexOf('1-800-662-4357') + '1-800-662-4357'.indexOf(part);
            range.setStart(call, at);
            range.setEnd(call, at + part.length);
            return range.getBoundingClientRect().x;
          };
          expect(x('1-800'), call.data).to.be.below(x('4357'));
        });

        it('passes axe', async () => {
          const el = await fixture<OudSupportFinder>(html`<oud-support-finder lang=${code} language-switch></oud-support-finder>`);
          await expect(el).to.be.accessible();
        });

        it('finds the SAMHSA helpline by its name in the language, typed without marks, and by an English word', async () => {
          const el = await fixture<OudSupportFinder>(html`<oud-support-finder lang=${code}></oud-support-finder>`);
          const name = source().records['samhsa-helpline'].name as string;
          const bare = (source().aliases['samhsa-helpline']?.[0] ?? name).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
          for (const query of [name, bare, 'helpline']) {
            await typeQuery(el, query);
            expect(shownIds(el)[0], `“${query}”`).to.equal('samhsa-helpline');
          }
          expect(searchBox(el).value).to.equal('helpline');
        });

        it('finds a tip by its title in the language, and shows the tips in it', async () => {
          const el = await fixture<OudSupportFinder>(html`<oud-support-finder lang=${code}></oud-support-finder>`);
          const tip = source().guide['first-meeting'];
          expect(shadow(el).querySelector('[part~="guide"]')!.textContent).to.include(tip.title);
          await typeQuery(el, tip.title);
          expect(shadow(el).querySelector('[part~="guide"]')!.textContent).to.include(tip.intro);
        });
      });
    });
  }
});

describe('language packs: loading', () => {
  it('work when the pack comes before the finder, on a page that makes no request but for the scripts', async () => {
    const code = codes[0];
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="${code}"><head><script src="/dist/lang/${code}.js"></script>
      <script src="/dist/oud-support-finder.js"></script></head><body><oud-support-finder></oud-support-finder></body></html>`;
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const el = frame.contentDocument!.querySelector('oud-support-finder') as OudSupportFinder;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.finder')!.getAttribute('lang')).to.equal(code);
      expect(el.shadowRoot!.textContent).to.include(sources[code].messages.emergencyHeading as string);
    } finally {
      frame.remove();
    }
  });
});

describe('language packs: reading a page’s language tag', () => {
  // With both Chinese packs on the page, a tag that names a place picks the script read there.
  before(async () => {
    for (const code of codes) await packScript(code);
  });
  const TAGS: [string, string][] = [
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-Hant-TW', 'zh-Hant'],
    ['zh-CN', 'zh-Hans'],
    ['zh-Hans', 'zh-Hans'],
    ['vi-US', 'vi'],
    ['ko', 'ko'],
    ['pl', 'en'],
  ];
  for (const [tag, language] of TAGS) {
    it(`reads ${tag} as ${language}`, () => {
      expect(toLanguage(tag)).to.equal(language);
    });
  }
});

describe('language packs: the switch on a phone', () => {
  before(async () => {
    for (const code of codes) await packScript(code);
  });

  it('lists every language on the page and wraps, so nothing is wider than a 320px column', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><oud-support-finder language-switch></oud-support-finder></div>`);
    const el = wrapper.querySelector('oud-support-finder')!;
    await el.updateComplete;
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="language-switch"] button')];
    expect(buttons.map((b) => b.lang)).to.include.members(['en', 'es', ...codes]);
    expect(el.scrollWidth, 'nothing wider than 320px').to.be.at.most(320);
    for (const b of buttons) expect(b.getBoundingClientRect().right, `${b.lang} inside the column`).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
  });
});
