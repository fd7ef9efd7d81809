import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { OudSupportFinder } from '../src/oud-support-finder.js';
import { card, checkbox, openFilters, searchBox, showAll, shownIds, typeQuery } from './helpers.js';

const shadow = (el: HTMLElement) => el.shadowRoot!;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Printing draws every result first, then prints: wait for that. */
const settle = async (el: OudSupportFinder) => {
  await el.updateComplete;
  await wait(0);
};
const button = (el: HTMLElement, text: string) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim().startsWith(text));

describe('kiosk: large, touchable, nothing leaves the page', () => {
  it('makes every control at least 48 by 48 CSS pixels, and is accessible', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder kiosk></oud-support-finder>`);
    const targets = [...shadow(el).querySelectorAll<HTMLElement>('a, button, summary, label.option, label.mark, input[type="search"]')];
    expect(targets.length).to.be.greaterThan(40);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      if (!box.width) continue; // inside a closed <details>
      expect(box.height, `${target.tagName} “${target.textContent!.trim().slice(0, 30)}” height`).to.be.at.least(48);
      expect(box.width, `${target.tagName} “${target.textContent!.trim().slice(0, 30)}” width`).to.be.at.least(48);
    }
    await expect(el).to.be.accessible();
  });

  it('has no link at all: numbers and addresses are written out, large', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder kiosk></oud-support-finder>`);
    expect(shadow(el).querySelectorAll('a').length).to.equal(0);
    const helpline = card(el, 'samhsa-helpline')!;
    const number = [...helpline.querySelectorAll<HTMLElement>('.contact')].find((c) => c.textContent!.includes('1-800-662-4357'))!;
    expect(number).to.exist;
    expect(parseFloat(getComputedStyle(number).fontSize)).to.be.at.least(1.3 * parseFloat(getComputedStyle(helpline).fontSize) - 0.5);
    expect(helpline.textContent).to.contain('samhsa.gov/find-help/national-helpline');
    expect(shadow(el).querySelector('[part="emergency"]')!.textContent).to.contain('911').and.contain('988');
  });

  it('offers QR codes for the web address and the phone number on every card that has them', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder kiosk></oud-support-finder>`);
    const helpline = card(el, 'samhsa-helpline')!;
    helpline.querySelector('summary')!.click();
    const show = helpline.querySelector<HTMLButtonElement>('.qr-toggle')!;
    expect(show.getBoundingClientRect().width, 'a small button, shown in kiosk mode').to.be.above(0);
    show.click();
    await el.updateComplete;
    const codes = helpline.querySelectorAll('[part="qr"] svg[role="img"]');
    expect([...codes].map((svg) => svg.getAttribute('aria-label'))).to.deep.equal([
      "QR code: the web site of SAMHSA's National Helpline",
      'QR code: call 1-800-662-4357',
    ]);
    await showAll(el);
    expect(card(el, 'faith-community')!.querySelector('.qr-toggle'), 'no address, no phone, no code').to.equal(null);
  });
});

describe('kiosk: QR codes outside kiosk mode', () => {
  it('offers "Show QR code", which opens and closes the same codes', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    const helpline = () => card(el, 'samhsa-helpline')!;
    expect(helpline().querySelector('[part="qr"]')).to.equal(null);
    const show = [...helpline().querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Show QR code')!;
    expect(show.getAttribute('aria-expanded')).to.equal('false');
    show.click();
    await el.updateComplete;
    expect(helpline().querySelectorAll('[part="qr"] svg').length).to.equal(2);
    expect(show.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
    show.click();
    await el.updateComplete;
    expect(helpline().querySelector('[part="qr"]')).to.equal(null);
  });
});

describe('kiosk: starting over when nobody is there', () => {
  it('warns gently, then clears search, filters, open cards and marks, and puts focus at the start', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder kiosk idle-timeout="2" audience="family"></oud-support-finder>`);
    await typeQuery(el, 'nar');
    checkbox(el, 'How to connect', 'Online').click();
    const details = card(el, shownIds(el)[0]!)!.querySelector('details')!;
    details.open = true;
    const mark = card(el, shownIds(el)[0]!)!.querySelector<HTMLInputElement>('.mark input')!;
    mark.click();
    await el.updateComplete;
    await wait(1200);
    await el.updateComplete;
    const prompt = shadow(el).querySelector('[part="idle-prompt"]');
    expect(prompt, 'the prompt shows before the reset').to.exist;
    expect(prompt!.getAttribute('role')).to.equal('status');
    expect(prompt!.textContent).to.match(/Starting over in 1 second/);
    await wait(1200);
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="idle-prompt"]')).to.equal(null);
    expect(searchBox(el).value).to.equal('');
    expect(el.formats).to.deep.equal([]);
    expect(el.audience, 'the host’s own preset stays').to.deep.equal(['family']);
    expect(shadow(el).querySelectorAll('.card details[open]').length).to.equal(0);
    expect(shadow(el).querySelectorAll('.mark input:checked').length).to.equal(0);
    expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('.finder'));
  });

  it('closes an open filters dialog when it starts over', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder kiosk idle-timeout="2"></oud-support-finder>`);
    await typeQuery(el, 'na'); // someone at the screen
    const dialog = await openFilters(el);
    expect(dialog.open).to.equal(true);
    await wait(2600);
    await el.updateComplete;
    expect(dialog.open, 'the next person does not find the last one’s filters open').to.equal(false);
    expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('.finder'));
  });

  it('stays when someone touches the screen during the warning', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder kiosk idle-timeout="2"></oud-support-finder>`);
    await typeQuery(el, 'mara');
    await wait(1200);
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="idle-prompt"]')).to.exist;
    el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="idle-prompt"]')).to.equal(null);
    await wait(1000);
    expect(searchBox(el).value, 'nothing was cleared').to.equal('mara');
  });

  it('never resets with idle-timeout="0", and not outside kiosk mode unless asked', async () => {
    const off = await fixture<OudSupportFinder>(html`<oud-support-finder kiosk idle-timeout="0"></oud-support-finder>`);
    const plain = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    await typeQuery(off, 'mara');
    await sendKeys({ type: ' ' });
    await wait(1500);
    expect(searchBox(off).value).to.contain('mara');
    expect(shadow(plain).querySelector('[part="idle-prompt"]')).to.equal(null);
  });
});

describe('kiosk: print', () => {
  let printed = 0;
  let original: typeof window.print;
  beforeEach(() => {
    printed = 0;
    original = window.print;
    window.print = () => {
      printed++;
    };
  });
  afterEach(() => {
    window.print = original;
  });

  it('prints the current results, or only the marked ones, in kiosk and normal mode', async () => {
    for (const kiosk of [false, true]) {
      const el = await fixture<OudSupportFinder>(html`<oud-support-finder ?kiosk=${kiosk}></oud-support-finder>`);
      button(el, 'Print this list')!.click();
      await settle(el);
      expect(printed).to.equal(1);
      expect(shadow(el).querySelectorAll('[data-print-hide]').length, 'every card prints').to.equal(0);
      card(el, 'mara')!.querySelector<HTMLInputElement>('.mark input')!.click();
      await el.updateComplete;
      let hidden = -1;
      window.print = () => {
        printed++;
        hidden = shadow(el).querySelectorAll('[data-print-hide]').length;
      };
      button(el, 'Print my list (1)')!.click();
      await settle(el);
      expect(hidden, 'all but the marked card are hidden while printing').to.equal(shownIds(el).length - 1);
      window.dispatchEvent(new Event('afterprint'));
      expect(shadow(el).querySelectorAll('[data-print-hide]').length).to.equal(0);
      printed = 0;
      window.print = () => {
        printed++;
      };
    }
  });
});
