import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import { NO_FILTERS } from '../src/filters/filters.js';
import { filtersFromAnswers } from '../src/filters/guided.js';
import type { Answers } from '../src/filters/guided.js';
import { en } from '../src/i18n/en.js';
import { es } from '../src/i18n/es.js';
import type { OudSupportFinder } from '../src/oud-support-finder.js';
import { shownIds, typeQuery } from './helpers.js';

describe('guided start: answers to filters', () => {
  const CASES: [string, Answers, Partial<typeof NO_FILTERS>][] = [
    ['nothing answered', { needs: [] }, {}],
    ['for a loved one', { who: 'family', needs: [] }, { audience: ['family'] }],
    ['spiritual and non-religious', { needs: ['spiritual', 'non-religious'] }, { approaches: ['faith-based', 'secular'] }],
    ['on medication, online', { needs: ['medication', 'online'] }, { medicationFriendly: true, formats: ['online'] }],
    ['talk now, by phone', { needs: ['now'], way: 'phone' }, { open247: true, formats: ['phone'] }],
    ['online twice counts once', { needs: ['online'], way: 'online' }, { formats: ['online'] }],
    ['any way adds no format', { who: 'self', needs: [], way: 'any' }, { audience: ['self'] }],
  ];
  for (const [what, answers, expected] of CASES) {
    it(`sets the filters for ${what}`, () => {
      expect(filtersFromAnswers(answers, { ...NO_FILTERS, days: ['mon'] })).to.deep.equal({ ...NO_FILTERS, days: ['mon'], ...expected });
    });
  }

  it('says in one sentence why the results fit, in both languages', () => {
    const answers: Answers = { who: 'family', needs: ['online'], way: 'phone' };
    expect(en.guidedWhy(answers)).to.equal('These results fit because you asked for support for someone you love, online, and by phone.');
    expect(es.guidedWhy(answers)).to.equal('Estos resultados coinciden porque buscó apoyo para un ser querido, en línea y por teléfono.');
    expect(en.guidedWhy({ needs: [] })).to.contain('every kind of support');
  });
});

describe('guided start: in the finder', () => {
  const shadow = (el: HTMLElement) => el.shadowRoot!;
  const button = (el: HTMLElement, label: string) =>
    [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === label);
  const pick = async (el: OudSupportFinder, label: string) => {
    const option = [...shadow(el).querySelectorAll('.guided label')].find((l) => l.textContent!.trim() === label)!;
    option.querySelector('input')!.click();
    await el.updateComplete;
  };
  const press = async (el: OudSupportFinder, label: string) => {
    button(el, label)!.click();
    await el.updateComplete;
  };

  it('asks three questions, sets the filters and says why, and is accessible on the way', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    await press(el, 'Help me choose');
    await el.updateComplete;
    expect(shadow(el).activeElement?.textContent).to.contain('Question 1 of 3');
    await expect(el).to.be.accessible();
    await pick(el, 'For someone I love');
    await press(el, 'Next');
    await pick(el, 'Meeting online');
    await press(el, 'Next');
    await pick(el, 'Any way');
    await press(el, 'Show results');
    expect(el.audience).to.deep.equal(['family']);
    expect(el.formats).to.deep.equal(['online']);
    expect(shownIds(el)).to.include('smart-family-friends');
    expect(shownIds(el)).not.to.include('narcotics-anonymous');
    await new Promise((resolve) => setTimeout(resolve));
    const heading = shadow(el).querySelector('#osf-results')!;
    expect(heading.textContent, 'the results heading says why').to.contain('for someone you love and online');
    expect(shadow(el).activeElement, 'and has focus').to.equal(heading);
    await expect(el).to.be.accessible();
  });

  it('can be undone, putting back the filters from before', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder formats="phone"></oud-support-finder>`);
    await press(el, 'Help me choose');
    await pick(el, 'For me');
    await press(el, 'Next');
    await press(el, 'Next');
    await press(el, 'Show results');
    expect(el.audience).to.deep.equal(['self']);
    await press(el, 'Undo');
    expect(el.audience).to.deep.equal([]);
    expect(el.formats).to.deep.equal(['phone']);
    expect(button(el, 'Help me choose')!.getAttribute('aria-expanded'), 'closed again').to.equal('false');
    expect(shadow(el).querySelector('.guided')).to.equal(null);
  });

  it('can be skipped, leaving the filters alone, and started over', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    await press(el, 'Help me choose');
    await pick(el, 'For me');
    await press(el, 'Skip');
    expect(el.audience).to.deep.equal([]);
    await press(el, 'Help me choose');
    await press(el, 'Next');
    await press(el, 'Next');
    await press(el, 'Show results');
    await press(el, 'Start over');
    expect(shadow(el).querySelector('.guided legend')!.textContent).to.contain('Question 1 of 3');
  });

  it('goes back a question and keeps the answer', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    await press(el, 'Help me choose');
    await pick(el, 'For someone I love');
    await press(el, 'Next');
    await press(el, 'Back');
    const chosen = [...shadow(el).querySelectorAll<HTMLInputElement>('.guided input')].find((i) => i.checked);
    expect(chosen?.closest('label')!.textContent!.trim()).to.equal('For someone I love');
  });

  it('works from the keyboard', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    button(el, 'Help me choose')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(shadow(el).activeElement?.textContent).to.contain('Question 1 of 3');
  });
});

describe('guide: practical help in the finder', () => {
  const sections = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<HTMLDetailsElement>('[data-guide]')].map((d) => d.dataset.guide);

  it('lists every section, closed, when nothing is searched', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    expect(sections(el)).to.deep.equal(['first-meeting', 'right-fit', 'when-its-hard', 'staying-connected', 'for-families']);
    expect([...el.shadowRoot!.querySelectorAll('details[data-guide]')].some((d) => (d as HTMLDetailsElement).open)).to.equal(false);
    await expect(el).to.be.accessible();
  });

  const SEARCHES: [string, string][] = [
    ['first meeting', 'first-meeting'],
    ['nervous', 'first-meeting'],
    ['primera reunión', 'first-meeting'],
    ['childcare', 'when-its-hard'],
    ['sponsor', 'staying-connected'],
  ];
  for (const [query, id] of SEARCHES) {
    it(`finds “${id}” for “${query}”`, async () => {
      const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
      await typeQuery(el, query);
      expect(sections(el)).to.include(id);
    });
  }

  it('shows a section only when every word of the search starts one of its words', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    await typeQuery(el, 'first xylophone');
    expect(sections(el)).to.deep.equal([]);
    await typeQuery(el, 'irst meeting');
    expect(sections(el), 'a word must start with the search word, not hold it').not.to.include('first-meeting');
  });

  it('opens a section and searches for a resource it mentions', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    const section = el.shadowRoot!.querySelector<HTMLDetailsElement>('[data-guide="for-families"]')!;
    section.querySelector('summary')!.click();
    await el.updateComplete;
    const link = [...section.querySelectorAll('button')].find((b) => b.textContent === 'Nar-Anon Family Groups')!;
    link.click();
    await el.updateComplete;
    expect(el.query).to.equal('Nar-Anon Family Groups');
    expect(shownIds(el)[0]).to.equal('nar-anon');
  });

  it('is in Spanish in Spanish', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder lang="es"></oud-support-finder>`);
    expect(el.shadowRoot!.querySelector('[data-guide="first-meeting"] summary')!.textContent).to.equal('Su primera reunión');
  });
});
