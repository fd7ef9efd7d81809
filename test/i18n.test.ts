import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { en } from '../src/i18n/en.js';
import { es } from '../src/i18n/es.js';
import type { OudSupportFinder } from '../src/oud-support-finder.js';
import { bundled } from '../src/records/bundled.js';
import { toLanguage } from '../src/records/localize.js';
import { card, searchBox, showAll, shownIds, statusText, typeQuery } from './helpers.js';

/** Every key of a catalogue, nested objects included ("audience.self"). */
function keys(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}
const shadow = (el: HTMLElement) => el.shadowRoot!;

describe('i18n: the catalogues', () => {
  it('write the day the facts were checked in words, as each language does', () => {
    const CASES: [string, string, string][] = [
      ['2026-03-05', 'Checked March 5, 2026', 'Revisado el 5 de marzo de 2026'],
      ['2025-12-31', 'Checked December 31, 2025', 'Revisado el 31 de diciembre de 2025'],
      ['2026-01-01', 'Checked January 1, 2026', 'Revisado el 1 de enero de 2026'],
    ];
    for (const [iso, english, spanish] of CASES) {
      expect(en.verified(iso)).to.equal(english);
      expect(es.verified(iso)).to.equal(spanish);
    }
  });

  it('have the same keys in English and Spanish, nested ones included', () => {
    expect(keys(es).sort()).to.deep.equal(keys(en).sort());
  });

  it('fill every key with words', () => {
    for (const [name, catalogue] of [['en', en], ['es', es]] as const) {
      for (const key of keys(catalogue)) {
        const value = key.split('.').reduce<unknown>((at, part) => (at as Record<string, unknown>)[part], catalogue);
        expect(typeof value === 'function' || (typeof value === 'string' && value.trim() !== ''), `${name}: ${key}`).to.equal(true);
      }
    }
  });

  const PLURALS: [number, string, string][] = [
    [0, 'No results', 'Ningún resultado'],
    [1, '1 result', '1 resultado'],
    [2, '2 results', '2 resultados'],
    [21, '21 results', '21 resultados'],
  ];
  for (const [count, english, spanish] of PLURALS) {
    it(`says ${count} in both languages`, () => {
      expect(en.resultCount(count)).to.equal(english);
      expect(es.resultCount(count)).to.equal(spanish);
    });
  }

  for (const [tag, language] of [['es', 'es'], ['es-MX', 'es'], ['ES', 'es'], ['en-US', 'en'], ['fr', 'en'], ['', 'en'], [null, 'en']] as const) {
    it(`reads the language tag ${JSON.stringify(tag)} as ${language}`, () => expect(toLanguage(tag)).to.equal(language));
  }

  it('has Spanish words for every bundled record that has English ones', () => {
    for (const r of bundled.resources) {
      const words = r.translations?.es;
      expect(words?.summary, `${r.id} summary`).to.be.a('string');
      expect(words?.howTo?.length, `${r.id} steps`).to.equal(r.howTo.length);
      expect(words?.say, `${r.id} say`).to.be.a('string');
    }
  });
});

describe('i18n: the element in Spanish', () => {
  it('speaks Spanish with lang="es", and is accessible', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder lang="es"></oud-support-finder>`);
    expect(shadow(el).querySelector('label[for="osf-query"]')!.textContent).to.equal('Busque apoyo');
    expect(statusText(el)).to.match(/^\d+ resultados$/);
    const strip = shadow(el).querySelector('[part="emergency"]')!;
    expect(strip.textContent).to.contain('Llame al 911').and.contain('Para español, oprima 2');
    expect(strip.querySelector('a[href="sms:988?&body=AYUDA"]'), 'text AYUDA to 988').to.exist;
    expect(card(el, 'samhsa-helpline')!.querySelector('.summary')!.textContent).to.equal(
      bundled.resources.find((r) => r.id === 'samhsa-helpline')!.translations!.es!.summary,
    );
    expect(card(el, 'narcotics-anonymous')!.querySelector('h3')!.textContent).to.equal('Narcóticos Anónimos');
    expect(card(el, 'samhsa-helpline')!.textContent).to.contain('Revisado el 26 de noviembre de 2026');
    await expect(el).to.be.accessible();
  });

  it('follows the page’s <html lang> when the element has none', async () => {
    const before = document.documentElement.lang;
    document.documentElement.lang = 'es-US';
    try {
      const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
      expect(searchBox(el).labels![0].textContent).to.equal('Busque apoyo');
    } finally {
      document.documentElement.lang = before;
    }
  });

  it('shows Spanish-speaking services first in Spanish', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder lang="es"></oud-support-finder>`);
    const speaks = new Set(bundled.resources.filter((r) => r.languages.includes('es')).map((r) => r.id));
    const ids = shownIds(el).filter((id) => !bundled.resources.find((r) => r.id === id)!.open247);
    const firstOther = ids.findIndex((id) => !speaks.has(id!));
    expect(ids.slice(firstOther).some((id) => speaks.has(id!)), 'no Spanish service after an English-only one').to.equal(false);
    expect(shownIds(el).slice(0, 2)).to.have.members(['samhsa-helpline', 'lifeline-988']);
  });

  it('finds records by their Spanish words and says one result in the singular', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder lang="es"></oud-support-finder>`);
    await typeQuery(el, 'Narcóticos Anónimos');
    expect(shownIds(el)[0]).to.equal('narcotics-anonymous');
    await typeQuery(el, 'grasp');
    expect(statusText(el)).to.match(/^1 resultado para “grasp”$/);
  });

  it('switches language with the optional switch, and marks the language for screen readers', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder language-switch></oud-support-finder>`);
    const button = (label: string) => [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="language-switch"] button')].find((b) => b.textContent!.trim() === label)!;
    expect(button('English').getAttribute('aria-pressed')).to.equal('true');
    button('Español').click();
    await el.updateComplete;
    expect(button('Español').getAttribute('aria-pressed')).to.equal('true');
    expect(shadow(el).querySelector('.finder')!.getAttribute('lang')).to.equal('es');
    expect(statusText(el)).to.contain('resultados');
    await expect(el).to.be.accessible();
  });

  it('writes meeting times the Spanish way', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder lang="es"></oud-support-finder>`);
    el.resources = [{ id: 'grupo', name: 'Grupo Esperanza', schedule: [{ day: 'tue', start: '19:00', end: '20:00' }, { day: 'thu', start: '19:00', end: '20:00' }] }];
    await el.updateComplete;
    const lines = [...card(el, 'grupo')!.querySelectorAll('.schedule, .note')].map((p) => p.textContent!.trim());
    expect(lines.some((line) => /^Los martes y los jueves, 7:00\s*–\s*8:00\sp\.\sm\.$/.test(line)), lines.join(' | ')).to.equal(true);
  });
});

/**
 * Names that stay as they are in Spanish (an organisation with no Spanish name, a word to text), taken out
 * before looking for English words.
 */
const NAMES = [
  'SMART Recovery Family & Friends', 'SMART Recovery', 'SMART', 'Medication-Assisted Recovery Anonymous', 'Pills Anonymous',
  'Heroin Anonymous', 'Recovery Dharma', 'LifeRing Secular Recovery', 'LifeRing', 'Women for Sobriety', 'Celebrate Recovery',
  'In The Rooms', 'Faces & Voices of Recovery', 'GRASP (Grief Recovery After a Substance Passing)', 'Learn to Cope',
  'Families Anonymous', 'Partnership to End Addiction', 'Never Use Alone', 'FindTreatment.gov', 'Nar-Anon', 'Narateen',
  'Al-Anon', 'NAMI', 'SAMHSA', 'MARA', 'Zoom', 'Narcan', 'Suboxone', 'TTY', 'QR', 'VA', 'HHS', 'helpline',
];
/** Common English words that are not also Spanish words. */
const ENGLISH = new Set(
  `the and you your with for to of is are it this that call text press find meeting meetings help helpline support group
  groups free page program family friends people hours source verified checked website online by at from who what when
  not only english spanish day night every time times vary peer recovery specialist specialists find open closed step
  steps fellowship reports news releases pages guides statement launch manual service convenor counseling`.split(/\s+/),
);
const englishIn = (text: string) => {
  let rest = text.replace(/[\w-]+\.(org|gov|net|com)[\w./-]*/g, ' ');
  for (const name of NAMES) rest = rest.split(name).join(' ');
  return [...new Set(rest.toLowerCase().match(/[a-z]+/g) ?? [])].filter((word) => ENGLISH.has(word));
};

describe('i18n: the whole Spanish view', () => {
  it('shows no English in any card, guide section or the strip, names aside', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder lang="es"></oud-support-finder>`);
    await showAll(el);
    const root = el.shadowRoot!;
    const parts = [
      ['strip', root.querySelector('[part="emergency"]')!],
      ...[...root.querySelectorAll<HTMLElement>('[part~="result"]')].map((c) => [c.dataset.id!, c] as const),
      ...[...root.querySelectorAll<HTMLElement>('[data-guide]')].map((g) => [`guide ${g.dataset.guide}`, g] as const),
    ] as const;
    expect(parts.length, 'every record and the five guide sections').to.equal(bundled.resources.length + 6);
    const found = parts.flatMap(([where, node]) => englishIn(node.textContent!).map((word) => `${where}: ${word}`));
    expect(found, 'English words in the Spanish view').to.deep.equal([]);
  });

  it('catches English in a Spanish page', () => {
    expect(englishIn('Busque una reunión en la página Find a Meeting.')).to.deep.equal(['find', 'meeting']);
    expect(englishIn('Llame a SAMHSA al 1-800-662-4357 o vaya a samhsa.gov/find-help/national-helpline.')).to.deep.equal([]);
  });

  it('names national lines in Spanish the same way in the strip, the card and the steps', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder lang="es"></oud-support-finder>`);
    await showAll(el);
    const name = 'Línea Nacional de Ayuda de SAMHSA';
    expect(el.shadowRoot!.querySelector('[part="emergency"]')!.textContent).to.contain(name);
    expect(card(el, 'samhsa-helpline')!.querySelector('h3')!.textContent).to.equal(name);
    expect(card(el, 'findtreatment-gov')!.textContent).to.contain(name);
    expect(card(el, 'families-anonymous')!.textContent).to.contain(name);
    expect(card(el, 'samhsa-helpline')!.querySelector('a[href="sms:435748"]')!.textContent).to.equal('Envíe su código postal al 435748');
  });

  it('writes Spanish with “ ” quotes, usted and no “OUD”', () => {
    const spanish = JSON.stringify([bundled.resources.map((r) => r.translations?.es), es.searchHint, es.resultCountFor(2, 'x')]);
    expect(spanish).not.to.match(/[«»]|\\"/);
    expect(spanish).not.to.match(/\bOUD\b/);
    expect(es.callNumber('988')).to.equal('Llame al 988');
    expect(es.textNumber('988', 'AYUDA')).to.equal('Envíe “AYUDA” al 988');
  });
});

describe('i18n: Spanish in the English view', () => {
  it('writes “Para español, oprima 2” in Spanish, marked lang="es", in the strip and on the 988 card', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder lang="en"></oud-support-finder>`);
    const notes = [el.shadowRoot!.querySelector('[part="emergency"] .note')!, card(el, 'lifeline-988')!.querySelector('.note')!];
    for (const note of notes) {
      expect(note.textContent).to.equal('Para español, oprima 2.');
      expect(note.getAttribute('lang')).to.equal('es');
    }
    expect(card(el, 'veterans-crisis-line')!.querySelector('.note')!.hasAttribute('lang'), 'an English note stays English').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('says to use naloxone in an overdose, in English and in Spanish', async () => {
    for (const [lang, words] of [['en', 'Call 911 If you have naloxone (Narcan), use it.'], ['es', 'Llame al 911 Si tiene naloxona (Narcan), úsela.']]) {
      const el = await fixture<OudSupportFinder>(html`<oud-support-finder lang=${lang}></oud-support-finder>`);
      const first = el.shadowRoot!.querySelector('[part="emergency"] li')!.textContent!.replace(/\s+/g, ' ');
      expect(first, lang).to.contain(words);
    }
  });

  it('names the host in Spanish only with host-name-es', async () => {
    const records = [{ id: 'ours', name: 'Grupo del Centro' }];
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder lang="es" host-name="the Center" .resources=${records}></oud-support-finder>`);
    expect(card(el, 'ours')!.textContent).not.to.contain('the Center');
    expect(card(el, 'ours')!.querySelector('.facts')!.textContent).to.contain('Local');
    el.hostNameEs = 'el Centro';
    await el.updateComplete;
    expect(card(el, 'ours')!.textContent).to.contain('Aquí en el Centro');
    el.lang = 'en';
    await el.updateComplete;
    expect(card(el, 'ours')!.textContent).to.contain('Here at the Center');
  });
});
