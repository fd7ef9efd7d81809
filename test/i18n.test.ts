import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { en } from '../src/i18n/en.js';
import { es } from '../src/i18n/es.js';
import type { OudSupportFinder } from '../src/oud-support-finder.js';
import { bundled } from '../src/records/bundled.js';
import { toLanguage } from '../src/records/localize.js';
import { card, searchBox, shownIds, statusText, typeQuery } from './helpers.js';

/** Every key of a catalogue, nested objects included ("audience.self"). */
function keys(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}
const shadow = (el: HTMLElement) => el.shadowRoot!;

describe('i18n: the catalogues', () => {
  it('write verified dates in words, as each language does', () => {
    const CASES: [string, string, string][] = [
      ['2026-03-05', 'Verified March 5, 2026', 'Verificado el 5 de marzo de 2026'],
      ['2025-12-31', 'Verified December 31, 2025', 'Verificado el 31 de diciembre de 2025'],
      ['2026-01-01', 'Verified January 1, 2026', 'Verificado el 1 de enero de 2026'],
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
    expect(card(el, 'samhsa-helpline')!.textContent).to.contain('Verificado el 26 de noviembre de 2026');
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
    expect(statusText(el)).to.match(/^1 resultado para «grasp»$/);
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
    expect(lines.some((line) => /^Los martes y los jueves, 19:00\s*–\s*20:00$/.test(line)), lines.join(' | ')).to.equal(true);
  });
});
