import { expect } from '@open-wc/testing';
import data from '../data/resources.json';
import guide from '../data/guide.json';
import { countSyllables, gradeLevel, sentences, words } from './readability.js';

interface GuideText {
  title: string;
  intro: string;
  points: string[];
}
interface GuideSection {
  id: string;
  related: string[];
  aliases: string[];
  en: GuideText;
  es: GuideText;
}

interface RecordText {
  id: string;
  name: string;
  summary: string;
  hours?: string;
  callNote?: string;
  howTo: string[];
  say: string;
  translations: { es: { summary: string; hours?: string; howTo: string[]; say: string } };
}
const records = data as RecordText[];
/** The English words a card shows under its name, in the order it shows them. */
const shown = (r: RecordText) => [r.summary, r.hours ?? '', r.callNote ?? '', ...r.howTo, r.say].join('\n');
const shownEs = (r: RecordText) => {
  const es = r.translations.es;
  return [es.summary, es.hours ?? '', ...es.howTo, es.say].join('\n');
};
const sections = guide as GuideSection[];
const MAX_GRADE = 8;

/** Every string inside a JSON value, with where it sits, so a failure names the record and field. */
function texts(value: unknown, at: string): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => texts(item, `${at}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => texts(item, `${at}.${key}`));
  return [];
}

/** [word, syllables]: common words, our own vocabulary, numbers and abbreviations, and no word at all. */
const SYLLABLES: [string, number][] = [
  ['cat', 1], ['water', 2], ['recovery', 4], ['people', 2], ['support', 2], ['medication', 4],
  ['the', 1], ['make', 1], ['while', 1], ['little', 2], ['tables', 2], ['makes', 1], ['uses', 2],
  ['changes', 2], ['helped', 1], ['wanted', 2], ['being', 2], ['staying', 2], ['families', 3],
  ['safely', 2], ['opioid', 3], ['naloxone', 3], ['anonymity', 5], ['your', 1], ['Meeting,', 2],
  ["I'm", 1], ['you’re', 1], ['Nar-Anon', 3], ['12-step', 2],
  ['988', 1], ['1-800-662-4357', 1], ['24/7', 1],
  ['OUD', 3], ['NA', 2], ['CBT', 3], ['ZIP', 1], ['SAMHSA', 2],
  ['', 0], ['!!!', 0], ['—', 0],
];

/** [what, text, lowest grade, highest grade] */
const GRADES: [string, string, number, number][] = [
  ['a first reader sentence', 'The cat sat on the mat.', -5, 1],
  ['short plain advice', 'Go to a meeting. You can just sit and listen.', -5, 3],
  [
    'a long academic sentence',
    'Notwithstanding considerable methodological heterogeneity, contemporary epidemiological investigations consistently demonstrate substantial associations between socioeconomic disadvantage and pharmacological treatment utilization.',
    12,
    Infinity,
  ],
  ['no words at all', '', 0, 0],
  ['only punctuation', ' ... !? ', 0, 0],
];

describe('plain language: syllables and grade level', () => {
  for (const [word, expected] of SYLLABLES) {
    it(`counts ${expected} syllable(s) in “${word}”`, () => {
      expect(countSyllables(word), word).to.equal(expected);
    });
  }

  for (const [what, text, low, high] of GRADES) {
    it(`grades ${what} between ${low} and ${high}`, () => {
      expect(gradeLevel(text), text).to.be.within(low, high);
    });
  }

  it('treats a phone number as one short word and skips web addresses', () => {
    expect(words('Call 1-800-662-4357 or see https://example.org/help, FindTreatment.gov or www.example.org.')).to.deep.equal(['Call', '1-800-662-4357', 'or', 'see', 'or']);
    expect(gradeLevel('Call 1-800-662-4357 now.')).to.equal(gradeLevel('Call 988 now.'));
    expect(gradeLevel('Call us today. https://example.org/a-very-long-address-indeed'), 'an address alone is no sentence').to.equal(gradeLevel('Call us today.'));
  });

  it('ends sentences at . ! ? and line breaks, but not after “St.” or inside an address', () => {
    expect(sentences('Hi there. How are you? Fine!')).to.have.length(3);
    expect(sentences('Meet at St. Mark’s at noon.')).to.have.length(1);
    expect(sentences('Visit FindTreatment.gov today')).to.have.length(1);
    expect(sentences('One point\nAnother point')).to.have.length(2);
    expect(sentences('She said, “I’m new.” Then she sat down.')).to.have.length(2);
  });
});

describe('plain language: the bundled text', () => {
  it(`keeps every English record summary at grade ${MAX_GRADE} or below`, () => {
    const tooHard = records
      .map((r) => ({ id: r.id, grade: gradeLevel(r.summary) }))
      .filter((r) => r.grade > MAX_GRADE)
      .map((r) => `${r.id}: grade ${r.grade.toFixed(2)}`);
    expect(tooHard, `summaries above grade ${MAX_GRADE}: ${tooHard.join('; ')}`).to.deep.equal([]);
  });

  it(`keeps every English record's steps at grade ${MAX_GRADE} or below`, () => {
    const tooHard = records
      .map((r) => ({ id: r.id, grade: gradeLevel(r.howTo.join('\n')) }))
      .filter((r) => r.grade > MAX_GRADE)
      .map((r) => `${r.id}: grade ${r.grade.toFixed(2)}`);
    expect(tooHard, `steps above grade ${MAX_GRADE}: ${tooHard.join('; ')}`).to.deep.equal([]);
  });

  it('spells out “opioid use disorder (OUD)” the first time a card or guide section says OUD', () => {
    const texts = [
      ...records.map((r) => [r.id, shown(r)]),
      ...sections.map((s) => [`guide ${s.id}`, [s.en.intro, ...s.en.points].join('\n')]),
    ];
    const bare = texts.filter(([, text]) => /\bOUD\b/.test(text) && !/^[^]*?opioid use disorder \(OUD\)/.test(text.slice(0, text.search(/\bOUD\b/) + 4)));
    expect(bare.map(([at]) => at), 'OUD before it is spelled out').to.deep.equal([]);
  });

  it('uses no jargon a grade 6-8 reader would stop at, in English or Spanish', () => {
    const english = /\b(fellowship|mind-altering|secular|peer-run|CBT|REBT)\b|(?<!called )\bCRAFT\b/i;
    const spanish = /\b(OUD|CBT|REBT|TCC|TREC)\b|(?<!llamado )\bCRAFT\b/;
    const found = [
      ...records.filter((r) => english.test(shown(r))).map((r) => `${r.id}: ${shown(r).match(english)![0]}`),
      ...records.filter((r) => spanish.test(shownEs(r))).map((r) => `${r.id} (es): ${shownEs(r).match(spanish)![0]}`),
      ...sections.filter((s) => english.test(JSON.stringify(s.en))).map((s) => `guide ${s.id}: ${JSON.stringify(s.en).match(english)![0]}`),
      ...sections.filter((s) => spanish.test(JSON.stringify(s.es))).map((s) => `guide ${s.id} (es): ${JSON.stringify(s.es).match(spanish)![0]}`),
    ];
    expect(found).to.deep.equal([]);
  });

  for (const section of sections) {
    it(`keeps the English guide section “${section.id}” at grade ${MAX_GRADE} or below`, () => {
      const grade = gradeLevel([section.en.intro, ...section.en.points].join('\n'));
      expect(grade, `${section.id}: grade ${grade.toFixed(2)}`).to.be.at.most(MAX_GRADE);
    });
  }

  it('uses person-first words in English and Spanish, in records and guide', () => {
    const banned = [
      'addict', 'addicts', 'junkie', 'junkies', 'abuser', 'abusers', 'druggie', 'clean', 'dirty',
      'adicto', 'adicta', 'adictos', 'drogadicto', 'toxicómano', 'limpio', 'sucio',
    ];
    const wholeWord = new RegExp(`(?<![\\p{L}\\p{N}])(?:${banned.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    const all = [
      ...records.flatMap((r) => texts(r, r.id)),
      ...sections.flatMap((s) => texts(s, `guide ${s.id}`)),
    ];
    const found = all.filter(([, text]) => wholeWord.test(text)).map(([at, text]) => `${at}: ${text.match(wholeWord)![0]}`);
    expect(found, `stigmatising words: ${found.join('; ')}`).to.deep.equal([]);
  });
});

describe('plain language: the guide', () => {
  const ids = new Set(records.map((r) => r.id));

  it('has the five sections the finder links to, in order', () => {
    expect(sections.map((s) => s.id)).to.deep.equal(['first-meeting', 'right-fit', 'when-its-hard', 'staying-connected', 'for-families']);
  });

  for (const section of sections) {
    it(`gives “${section.id}” both languages, 3 to 6 short points each, the same number in each`, () => {
      for (const lang of ['en', 'es'] as const) {
        const text = section[lang];
        expect(text.title.trim(), `${section.id} ${lang} title`).to.not.equal('');
        expect(sentences(text.intro), `${section.id} ${lang} intro is one sentence`).to.have.length(1);
        expect(text.points.length, `${section.id} ${lang} points`).to.be.within(3, 6);
        for (const point of text.points) {
          expect(sentences(point).length, `${section.id} ${lang}: “${point}” is one or two sentences`).to.be.within(1, 2);
        }
      }
      expect(section.es.points.length, `${section.id}: as many Spanish points as English`).to.equal(section.en.points.length);
    });

    it(`links “${section.id}” only to records that exist, and has search words`, () => {
      const missing = section.related.filter((id) => !ids.has(id));
      expect(missing, `${section.id} links to unknown records`).to.deep.equal([]);
      expect(section.related.length, `${section.id} links to some records`).to.be.above(0);
      expect(section.aliases.length, `${section.id} has aliases`).to.be.above(0);
    });

    it(`promises privacy in “${section.id}” only where groups ask for it`, () => {
      for (const point of section.en.points.filter((p) => /private|anonym/i.test(p))) {
        expect(point, 'only 12-step groups ask members to keep what is said private').to.match(/^12-step groups/);
        expect(point, 'and others may not').to.contain('may not');
      }
    });

    it(`leaves phone numbers and web addresses in “${section.id}” to the cards`, () => {
      const contact = /https?:|www\.|\.(?:org|gov|com|net)\b|\b(?:988|911)\b|(?:\d[\s().-]*){7,}/i;
      const found = texts(section, section.id).filter(([, text]) => contact.test(text)).map(([at]) => at);
      expect(found, 'the cards carry contact details').to.deep.equal([]);
    });
  }
});

describe('plain language: what the guide this project grew from says', () => {
  const en = (id: string) => JSON.stringify(sections.find((s) => s.id === id)!.en);
  const es = (id: string) => JSON.stringify(sections.find((s) => s.id === id)!.es);
  const POINTS: [string, string, RegExp, RegExp][] = [
    ['step-study meetings', 'first-meeting', /step study/, /estudio de pasos/],
    ['sharing when you are ready', 'first-meeting', /Share when you feel ready/, /Hable cuando quiera/],
    ['working the steps or practising the tools', 'staying-connected', /working the steps or using your SMART tools/, /trabajando los pasos o usando sus herramientas SMART/],
    ['what family groups help with', 'for-families', /talk with your loved one, set healthy limits/, /hablar con su ser querido, poner límites/],
  ];
  for (const [what, id, english, spanish] of POINTS) {
    it(`covers ${what} in “${id}”, in both languages`, () => {
      expect(en(id)).to.match(english);
      expect(es(id)).to.match(spanish);
    });
  }
});
