import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import type { OudSupportFinder } from '../src/oud-support-finder.js';
import { card, checkbox, openFilters, ratio, resultCount, shownIds, statusText, typeQuery } from './helpers.js';

/*
 * What a person sees on a 390 by 844 phone with the finder at the top of the page: help and the first results
 * in the first screen, light cards, and every choice changing something in view.
 */
const shadow = (el: HTMLElement) => el.shadowRoot!;
const top = (node: Element) => node.getBoundingClientRect().top + window.scrollY;
const cards = (el: HTMLElement) => [...shadow(el).querySelectorAll<HTMLElement>('[part~="result"]')];

async function onPhone(finder = html`<oud-support-finder></oud-support-finder>`) {
  await setViewport({ width: 390, height: 844 });
  const wrapper = await fixture<HTMLDivElement>(html`<div style="margin: 0; padding: 0 8px">${finder}</div>`);
  const el = wrapper.querySelector<OudSupportFinder>('oud-support-finder')!;
  await el.updateComplete;
  return el;
}

describe('phone first: results in the first screen', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  const PRESETS: [string, ReturnType<typeof html>][] = [
    ['no presets', html`<oud-support-finder></oud-support-finder>`],
    ['a family page', html`<oud-support-finder audience="family" language-switch></oud-support-finder>`],
    ['a clinic', html`<oud-support-finder medication-friendly formats="online phone" host-name="Harbor"></oud-support-finder>`],
    ['a kiosk', html`<oud-support-finder kiosk approaches="faith-based secular"></oud-support-finder>`],
    ['Spanish', html`<oud-support-finder lang="es"></oud-support-finder>`],
  ];
  for (const [what, finder] of PRESETS) {
    it(`starts the first card inside the first screen, below the strip and the search box (${what})`, async () => {
      const el = await onPhone(finder);
      const first = cards(el)[0];
      const strip = shadow(el).querySelector('[part="emergency"]')!;
      const box = shadow(el).querySelector('input[type="search"]')!;
      expect(top(first) - top(el), 'the first card is within one screen of the finder’s top').to.be.below(844 - 60);
      expect(top(first)).to.be.above(strip.getBoundingClientRect().bottom).and.above(box.getBoundingClientRect().bottom);
    });
  }

  it('keeps the median card of the bundled records at most 260 px tall until it is opened', async () => {
    const el = await onPhone();
    const heights = cards(el).map((c) => {
      c.style.contentVisibility = 'visible';
      return c.getBoundingClientRect().height;
    });
    heights.sort((a, b) => a - b);
    expect(heights[Math.floor(heights.length / 2)]).to.be.at.most(260);
  });

  it('shows the count right under the search box, and a typo changes it in view', async () => {
    const el = await onPhone();
    const before = statusText(el);
    await typeQuery(el, 'famly');
    const status = shadow(el).querySelector('[role="status"]')!;
    const box = shadow(el).querySelector('input[type="search"]')!;
    expect(statusText(el)).not.to.equal(before);
    expect(statusText(el)).to.match(/results? for “famly”/);
    expect(top(status) - box.getBoundingClientRect().bottom - window.scrollY, 'just under the box and its hint').to.be.below(90);
    expect(status.getBoundingClientRect().bottom, 'on the first screen').to.be.below(844);
  });

  it('puts a chosen filter under the search box, where one press removes it', async () => {
    const el = await onPhone(html`<oud-support-finder audience="family"></oud-support-finder>`);
    const chip = shadow(el).querySelector<HTMLButtonElement>('.chosen button[aria-label="Remove filter: Family and friends"]')!;
    expect(chip, 'the preset shows as a removable choice').to.exist;
    expect(shadow(el).querySelector('.filters-open')!.textContent!.trim()).to.equal('Filters (1)');
    chip.click();
    await el.updateComplete;
    expect(el.audience).to.deep.equal([]);
    expect(shownIds(el)).to.include('narcotics-anonymous');
    expect(shadow(el).querySelector('.filters-open')!.textContent!.trim()).to.equal('Filters');
  });
});

describe('phone first: the filters behind one button', () => {
  it('opens a modal dialog that keeps focus inside, closes with Escape, and says how many results it shows', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    const dialog = await openFilters(el);
    expect(dialog.open && dialog.matches(':modal'), 'a modal dialog').to.equal(true);
    expect(dialog.contains(shadow(el).activeElement), 'focus is inside').to.equal(true);
    checkbox(el, 'Who is it for?', 'Family and friends').click();
    await el.updateComplete;
    const show = dialog.querySelector<HTMLButtonElement>('.panel-foot button')!;
    expect(show.textContent!.trim()).to.equal(`Show ${resultCount(el)} results`);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(shadow(el).querySelector('.filters-open')!.textContent!.trim()).to.equal('Filters (1)');
  });

  it('leaves out options that would give nothing, unless chosen', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder approaches="faith-based"></oud-support-finder>`);
    await typeQuery(el, 'celebrate');
    await openFilters(el);
    const labels = [...shadow(el).querySelectorAll('dialog label')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
    expect(labels.some((l) => l.startsWith('Faith-based')), 'the chosen option stays').to.equal(true);
    expect(labels.every((l) => !/ 0 \(0 results\)$/.test(l) || l.startsWith('Faith-based')), labels.join('; ')).to.equal(true);
  });

  it('counts a record under "Phone" only when it has a number to call', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    const phone = checkbox(el, 'How to connect', 'Phone');
    const count = Number(phone.closest('label')!.querySelector('.count')!.textContent);
    phone.click();
    await el.updateComplete;
    expect(count, 'the count is what choosing it shows').to.equal(Number(/\d+/.exec(statusText(el))![0]));
    const { bundled } = await import('../src/records/bundled.js');
    const callable = bundled.resources.filter((r) => r.phone || r.tty || r.extraPhones.length).length;
    expect(count).to.equal(callable);
  });

  it('offers quick choices as one row of toggle buttons that narrow the results', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    const family = [...shadow(el).querySelectorAll<HTMLButtonElement>('.chips button')].find((b) => b.textContent!.trim() === 'For family')!;
    expect(family.getAttribute('aria-pressed')).to.equal('false');
    family.click();
    await el.updateComplete;
    expect(family.getAttribute('aria-pressed')).to.equal('true');
    expect(el.audience).to.deep.equal(['family']);
    expect(shownIds(el)).to.include('nar-anon').and.not.include('narcotics-anonymous');
  });
});

describe('phone first: keyboard and focus', () => {
  it('reaches the first card’s Call link in at most 8 Tab presses from the top of the page', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    (document.activeElement as HTMLElement | null)?.blur();
    const target = cards(el)[0].querySelector('.actions a')!;
    let presses = 0;
    while (shadow(el).activeElement !== target && presses < 20) {
      await sendKeys({ press: 'Tab' });
      presses++;
    }
    expect(shadow(el).activeElement, 'Tab reaches it').to.equal(target);
    expect(presses).to.be.at.most(8);
  });

  it('starts with "Skip to results", which moves focus to the results heading', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    const skip = shadow(el).activeElement as HTMLElement;
    expect(skip.textContent!.trim()).to.equal('Skip to results');
    expect(skip.getBoundingClientRect().height, 'seen once it has focus').to.be.above(20);
    await sendKeys({ press: 'Enter' });
    expect(shadow(el).activeElement!.id).to.equal('osf-results');
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement, 'then the first card’s action').to.equal(cards(el)[0].querySelector('.actions a'));
  });

  it('moves along the quick choices with the arrow keys, one tab stop in all', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    const buttons = [...shadow(el).querySelectorAll<HTMLButtonElement>('[role="toolbar"] button')];
    expect(buttons.filter((b) => b.tabIndex === 0)).to.have.length(1);
    buttons[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(shadow(el).activeElement).to.equal(buttons[1]);
    await sendKeys({ press: 'End' });
    expect(shadow(el).activeElement).to.equal(buttons.at(-1));
    expect(buttons.filter((b) => b.tabIndex === 0)).to.deep.equal([buttons.at(-1)]);
  });

  it('moves focus to the first new card after "Show more"', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    const before = cards(el).length;
    shadow(el).querySelector<HTMLButtonElement>('button.more')!.click();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(shadow(el).activeElement).to.equal(cards(el)[before]);
  });

  it('draws a focus ring that is not red, with 3:1 contrast against the finder, on the 911 button too', async () => {
    for (const theme of ['light', 'dark', 'high-contrast']) {
      const el = await fixture<OudSupportFinder>(html`<oud-support-finder theme=${theme}></oud-support-finder>`);
      shadow(el).querySelector<HTMLElement>('a[href="tel:911"]')!.focus({ focusVisible: true } as FocusOptions);
      const ring = getComputedStyle(shadow(el).activeElement!);
      const [r, g, b] = ring.outlineColor.match(/\d+/g)!.map(Number);
      expect(r > 150 && g < 90 && b < 90, `${theme}: ${ring.outlineColor} is not red`).to.equal(false);
      expect(ratio(ring.outlineColor, getComputedStyle(el).backgroundColor), theme).to.be.at.least(3);
      expect(parseFloat(ring.outlineOffset), 'drawn outside the button, on the finder').to.be.at.least(2);
    }
  });
});

describe('phone first: one coherent answer', () => {
  it('answers a search that only a tip matches with the tip, open, and no "no results"', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    await typeQuery(el, 'first meeting nervous');
    const text = shadow(el).querySelector('.finder')!.textContent!;
    if (shownIds(el).length === 1 && shownIds(el)[0] === 'samhsa-helpline') {
      expect(statusText(el)).to.equal('A tip for “first meeting nervous”');
      expect(shadow(el).querySelector('[part="guide"] details[open]'), 'the tip is open').to.exist;
      expect(text).not.to.match(/No results|could not find/);
    } else {
      expect.fail(`expected only a tip for this search, got ${shownIds(el).join(', ')}`);
    }
  });

  it('shows the tips for a search in the first screen of a phone, with the first card', async () => {
    const el = await onPhone();
    await typeQuery(el, 'family');
    const tip = shadow(el).querySelector('[part="guide"]')!;
    expect(tip, 'a tip for families').to.exist;
    expect(tip.getBoundingClientRect().top - el.getBoundingClientRect().top).to.be.below(844 - 44);
    expect(cards(el)[0].getBoundingClientRect().top - el.getBoundingClientRect().top).to.be.below(844 - 60);
    await setViewport({ width: 800, height: 600 });
  });

  it('puts the records whose alias is the query first: "narcan" finds naloxone help before NA and Nar-Anon', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    await typeQuery(el, 'narcan');
    const ids = shownIds(el);
    const naloxone = Math.max(ids.indexOf('never-use-alone'), ids.indexOf('learn-to-cope'));
    for (const fuzzy of ['narcotics-anonymous', 'nar-anon']) {
      if (ids.includes(fuzzy)) expect(naloxone, fuzzy).to.be.below(ids.indexOf(fuzzy));
    }
    expect(ids.slice(0, 2)).to.have.members(['never-use-alone', 'learn-to-cope']);
  });
});

describe('phone first: guided start and print', () => {
  it('starts each question with nothing ticked, and "Show results" lands on a heading that says why', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    shadow(el).querySelector<HTMLButtonElement>('.guided-open')!.click();
    await el.updateComplete;
    const options = () => [...shadow(el).querySelectorAll<HTMLInputElement>('.guided input')];
    options()[1].click(); // For someone I love
    await el.updateComplete;
    const next = () => [...shadow(el).querySelectorAll<HTMLButtonElement>('.guided-actions button')].find((b) => /Next|Show results/.test(b.textContent!))!;
    next().click();
    await el.updateComplete;
    expect(options().filter((o) => o.checked), 'question 2 starts empty').to.deep.equal([]);
    next().click();
    await el.updateComplete;
    expect(options().filter((o) => o.checked), 'question 3 starts empty').to.deep.equal([]);
    options()[1].click(); // Online
    await el.updateComplete;
    next().click();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    const heading = shadow(el).activeElement!;
    expect(heading.id).to.equal('osf-results');
    expect(heading.textContent).to.contain('for someone you love').and.contain('online');
    expect(el.audience).to.deep.equal(['family']);
    expect(el.formats).to.deep.equal(['online']);
  });

  it('prints a heading with the count of a person’s own list', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    for (const id of ['nar-anon', 'mara']) card(el, id)!.querySelector<HTMLInputElement>('.mark input')!.click();
    await el.updateComplete;
    const print = shadow(el).querySelector<HTMLButtonElement>('button.print')!;
    expect(print.textContent!.trim()).to.equal('Print my list (2)');
    await emulateMedia({ media: 'print' });
    try {
      const heading = shadow(el).querySelector<HTMLElement>('.print-only')!;
      expect(getComputedStyle(heading).display).not.to.equal('none');
      expect(heading.textContent!.trim()).to.equal('My list (2)');
      expect(getComputedStyle(shadow(el).querySelector('.status-row')!).display, 'the screen count is not printed').to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
