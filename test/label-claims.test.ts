import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { OudSupportFinder } from '../src/oud-support-finder.js';
import { bundled } from '../src/records/bundled.js';
import type { Cost } from '../src/records/types.js';
import { card, showAll } from './helpers.js';

/**
 * What the checked facts list (`resource-facts.md`, 2026-11-26) allows each bundled record to claim on its
 * card. Only confirmed (C) facts: 24/7, medication-friendly and cost. Languages also take the likely (L)
 * "English" of a US group's own pages; the Spanish view says of those "Quizás solo en inglés" (maybe only in
 * English). A record the list does not name (a route to support near you) may claim none of these.
 */
interface Allowed {
  open247?: true;
  medication?: true;
  cost: Cost[];
  languages: string[];
}
const FACTS: Record<string, Allowed> = {
  'samhsa-helpline': { open247: true, cost: ['free'], languages: ['en', 'es'] }, // 24/7; English and Spanish by phone
  'lifeline-988': { open247: true, cost: ['free'], languages: ['en', 'es'] }, // Spanish: press 2, AYUDA, chat
  'veterans-crisis-line': { open247: true, cost: ['free'], languages: ['en'] },
  'findtreatment-gov': { cost: ['free'], languages: ['en'] }, // a locator: filters for medication, welcomes no one itself
  'never-use-alone': { cost: ['free'], languages: ['en'] }, // hours unsure: never 24/7
  'narcotics-anonymous': { cost: ['free'], languages: ['en', 'es'] }, // no dues or fees; Spanish-language meetings
  'smart-recovery': { medication: true, cost: ['free', 'donations'], languages: ['en'] },
  mara: { medication: true, cost: ['free'], languages: ['en'] }, // no fees
  'pills-anonymous': { cost: ['free'], languages: ['en'] },
  'heroin-anonymous': { cost: ['free'], languages: ['en'] },
  'recovery-dharma': { cost: ['free', 'donations'], languages: ['en'] },
  lifering: { cost: ['free'], languages: ['en'] },
  'women-for-sobriety': { cost: [], languages: ['en'] }, // "no membership fee" is not "free"
  'celebrate-recovery': { cost: [], languages: ['en'] }, // cost unsure
  'in-the-rooms': { cost: ['free'], languages: ['en'] }, // the site is open all day, the meetings are not
  'nami-helpline': { cost: ['free'], languages: ['en'] }, // weekdays only
  'nar-anon': { cost: [], languages: [] }, // "no dues" only likely; "several countries" names no language
  'smart-family-friends': { cost: [], languages: ['en'] }, // "free" only likely
  'learn-to-cope': { cost: [], languages: ['en'] }, // English, and one Spanish group (said in words)
  grasp: { cost: [], languages: ['en'] },
  'families-anonymous': { cost: ['free', 'donations'], languages: [] },
  'partnership-helpline': { cost: ['free'], languages: ['en', 'es'] },
  'al-anon': { cost: ['free'], languages: [] }, // no dues
  'faces-voices': { cost: [], languages: [] },
};
/** Routes to support near you, from the guide the project grew from: no organisation, so no facts. */
const PLACES = [
  'ask-your-provider', 'peer-recovery-specialist', 'community-health-center', 'faith-community', 'library-community-center',
  'hospital-social-work', 'online-forums', 'peers-and-open-meetings', 'recovery-events',
];
const NONE: Allowed = { cost: [], languages: [] };

describe('label claims: every label is backed by the facts list', () => {
  it('knows every bundled record, as a checked organisation or a route near you', () => {
    const unknown = bundled.resources.map((r) => r.id).filter((id) => !(id in FACTS) && !PLACES.includes(id));
    expect(unknown, 'add new records to FACTS with what the facts list allows').to.deep.equal([]);
  });

  for (const r of bundled.resources) {
    it(`claims for ${r.id} only what the facts allow`, () => {
      const allowed = FACTS[r.id] ?? NONE;
      expect(r.open247, `${r.id}: 24/7`).to.equal(Boolean(allowed.open247));
      expect(r.medicationFriendly, `${r.id}: welcomes people on medication`).to.equal(Boolean(allowed.medication));
      if (r.cost) expect(allowed.cost, `${r.id}: cost “${r.cost}”`).to.include(r.cost);
      for (const code of r.languages) expect(allowed.languages, `${r.id}: language ${code}`).to.include(code);
    });
  }

  it('says what is true of the medication locator and the doctor instead, and search still finds them', () => {
    const words = (id: string) => JSON.stringify(bundled.resources.find((r) => r.id === id));
    expect(words('findtreatment-gov')).to.contain('places that offer medication for opioid use disorder');
    expect(words('ask-your-provider')).to.contain('talk with you about medication');
  });

  it('writes Women for Sobriety’s fee, Learn to Cope’s Spanish group and SAMHSA’s text as the facts say them', () => {
    const get = (id: string) => bundled.resources.find((r) => r.id === id)!;
    expect(get('women-for-sobriety').summary).to.contain('no membership fee');
    expect(get('learn-to-cope').summary).to.contain('a group in Spanish');
    expect(get('learn-to-cope').translations!.es!.summary).to.contain('un grupo en español');
    expect(get('samhsa-helpline').textSend).to.equal('your ZIP code');
  });

  it('says “Quizás solo en inglés” on every record offered only in English, or what Spanish there is', () => {
    const missing = bundled.resources
      .filter((r) => r.languages.join() === 'en')
      .filter((r) => !/solo en inglés|en español/i.test(r.translations!.es!.summary!))
      .map((r) => r.id);
    expect(missing).to.deep.equal([]);
  });
});

describe('label claims: the cards', () => {
  it('name a public source or none, and say the facts were checked', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder lang="en"></oud-support-finder>`);
    await showAll(el);
    for (const r of bundled.resources) {
      const line = card(el, r.id)!.querySelector('.verified')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(line, r.id).to.match(/^Checked November 26, 2026/);
      expect(line, `${r.id} names no internal note`).not.to.match(/internal|grew from|project reference|facts list/i);
      if (PLACES.includes(r.id) || r.id === 'families-anonymous') expect(line, `${r.id} has no public source`).not.to.contain('Source');
      else expect(line, `${r.id} names its public source`).to.contain(`Source: ${r.source}`);
    }
    expect(card(el, 'samhsa-helpline')!.querySelector('a[href="sms:435748"]')!.textContent).to.equal('Text your ZIP code to 435748');
  });

  it('give places near you no language, and do not put them last in Spanish', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder lang="en"></oud-support-finder>`);
    await showAll(el);
    for (const id of PLACES) {
      const facts = [...card(el, id)!.querySelectorAll('.facts, .details .note')].map((p) => p.textContent).join(' · ');
      expect(facts, id).not.to.contain('English');
    }
    const es = await fixture<OudSupportFinder>(html`<oud-support-finder lang="es"></oud-support-finder>`);
    await showAll(es);
    const ids = [...es.shadowRoot!.querySelectorAll<HTMLElement>('[part~="result"]')].map((c) => c.dataset.id!);
    const englishOnly = ids.filter((id) => {
      const r = bundled.resources.find((record) => record.id === id)!;
      return r.languages.join() === 'en' && !r.open247; // the 24/7 lines come first in every language
    });
    for (const id of PLACES) {
      expect(ids.indexOf(id), `${id} comes before the English-only records`).to.be.below(ids.indexOf(englishOnly[0]));
    }
  });
});
