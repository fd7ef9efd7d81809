import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { OudSupportFinder } from '../src/oud-support-finder.js';
import { card, checkbox, openFilters, searchBox, shownIds, statusText, typeQuery } from './helpers.js';

const shadow = (el: HTMLElement) => el.shadowRoot!;

/** Each state a person can reach, set up the way they reach it; axe must find nothing in any. */
const STATES: [string, string, ((el: OudSupportFinder) => Promise<void>)?][] = [
  ['default', ''],
  ['searched', '', (el) => typeQuery(el, 'family')],
  ['filtered', '', async (el) => {
    checkbox(el, 'Approach', 'Faith-based').click();
    await el.updateComplete;
  }],
  ['no result', '', (el) => typeQuery(el, 'zzqxv')],
  ['expanded card', '', async (el) => {
    card(el, 'narcotics-anonymous')!.querySelector('details')!.open = true;
    await el.updateComplete;
  }],
  ['kiosk', 'kiosk'],
  ['dark', 'dark'],
  ['high-contrast', 'high-contrast'],
  ['Spanish', 'es'],
];

describe('a11y: axe finds nothing in any state', () => {
  for (const [state, variant, act] of STATES) {
    it(state, async () => {
      const el = await fixture<OudSupportFinder>(html`<oud-support-finder
        ?kiosk=${variant === 'kiosk'}
        theme=${variant === 'dark' || variant === 'high-contrast' ? variant : 'light'}
        lang=${variant === 'es' ? 'es' : 'en'}
      ></oud-support-finder>`);
      await act?.(el);
      await expect(el).to.be.accessible();
    });
  }
});

describe('a11y: keyboard, focus and announcements', () => {
  it('walks by keyboard from the search box through the quick choices to a Call link, and back', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    searchBox(el).focus();
    await sendKeys({ type: 'samhsa' });
    await el.updateComplete;
    const visited: Element[] = [];
    const call = card(el, 'samhsa-helpline')!.querySelector('a[href^="tel:"]')!;
    for (let i = 0; i < 80 && shadow(el).activeElement !== call; i++) {
      await sendKeys({ press: 'Tab' });
      visited.push(shadow(el).activeElement!);
    }
    expect(shadow(el).activeElement, 'Tab reaches the Call link').to.equal(call);
    expect(visited.some((v) => v.matches('[role="toolbar"] button')), 'on the way through the quick choices').to.equal(true);
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < 80 && shadow(el).activeElement !== searchBox(el); i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(shadow(el).activeElement, 'Shift+Tab goes back to the search box').to.equal(searchBox(el));
  });

  it('ticks a filter with the space bar and keeps focus on it while the results change', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    await openFilters(el);
    const box = checkbox(el, 'How to connect', 'Online');
    box.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(box.checked).to.equal(true);
    expect(shadow(el).activeElement).to.equal(box);
    expect(statusText(el)).to.equal(`${shownIds(el).length} results`);
  });

  it('keeps Tab inside the open filters, which end with a button that shows the results', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    const dialog = await openFilters(el);
    const seen = new Set<Element>();
    for (let i = 0; i < 60; i++) {
      await sendKeys({ press: 'Tab' });
      const at = shadow(el).activeElement;
      if (at) seen.add(at);
    }
    expect([...seen].every((node) => dialog.contains(node)), 'focus never leaves the dialog').to.equal(true);
    expect([...seen].some((node) => node.matches('.panel-foot button')), 'it reaches the last button').to.equal(true);
    dialog.querySelector<HTMLButtonElement>('.panel-foot button')!.click();
    expect(dialog.open).to.equal(false);
  });

  it('announces the count politely after each change', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    const status = shadow(el).querySelector('[part="status"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    await typeQuery(el, 'mara');
    expect(status.textContent).to.match(/^\d+ results? for “mara”$/);
  });

  it('shows the focus ring', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    searchBox(el).focus();
    await sendKeys({ press: 'Tab' });
    const focused = shadow(el).activeElement!;
    const style = getComputedStyle(focused);
    expect(style.outlineStyle, `${focused.tagName} has an outline`).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('has nothing that moves for people who ask for less motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
      for (const node of [el, ...shadow(el).querySelectorAll('*')]) {
        const style = getComputedStyle(node);
        expect(style.animationName, node.tagName).to.equal('none');
        expect(parseFloat(style.transitionDuration), node.tagName).to.equal(0);
      }
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});

describe('a11y: small screens and zoom', () => {
  for (const [what, fontSize] of [['320 CSS pixels wide', '16px'], ['320 pixels at 200% text size', '32px']]) {
    it(`cuts nothing off at ${what}`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px; font-size: ${fontSize}">
        <oud-support-finder kiosk></oud-support-finder>
      </div>`);
      const el = wrapper.querySelector('oud-support-finder')!;
      // Visually hidden text is clipped on purpose: it is for screen readers.
      // (the skip link too, until it has focus; a row that scrolls sideways hides nothing).
      const all = [...shadow(el).querySelectorAll<HTMLElement>('*:not(.visually-hidden, .skip)')];
      const cut = all.filter(
        (node) => node.scrollWidth > node.clientWidth + 1 && ['hidden', 'clip'].includes(getComputedStyle(node).overflowX),
      );
      expect(cut.map((n) => `${n.tagName}.${n.className}`), 'no box hides its content').to.deep.equal([]);
      const right = el.getBoundingClientRect().right;
      const wide = all
        .filter((node) => node.getBoundingClientRect().right > right + 1)
        .map((n) => `${n.tagName}.${n.className} “${n.textContent!.trim().slice(0, 30)}”`);
      expect(wide, 'nothing sticks out past the finder').to.deep.equal([]);
    });
  }
});
