import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/index.js';
import type { OudSupportFinder } from '../src/oud-support-finder.js';
import { bundled } from '../src/records/bundled.js';
import { card, checkbox, ratio, resultCount, shownIds, typeQuery } from './helpers.js';

const shadow = (el: HTMLElement) => el.shadowRoot!;

describe('host: themes meet WCAG AA contrast', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  for (const [theme, scheme] of [
    ['', 'light'],
    ['light', 'light'],
    ['dark', 'light'],
    ['auto', 'dark'],
    ['auto', 'light'],
    ['high-contrast', 'light'],
  ] as const) {
    it(`${theme || 'default'} theme${theme === 'auto' ? ` with a ${scheme} device` : ''}`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const el = await fixture<OudSupportFinder>(html`<oud-support-finder theme=${theme || undefined as unknown as string}></oud-support-finder>`);
      const bg = getComputedStyle(el).backgroundColor;
      const colour = (selector: string, property: 'color' | 'backgroundColor' | 'borderTopColor' = 'color') =>
        getComputedStyle(shadow(el).querySelector(selector)!)[property];
      const pairs: [string, string, string, number][] = [
        ['text', colour('.summary'), bg, 4.5],
        ['muted text', colour('.verified'), bg, 4.5],
        ['option counts', colour('.count'), bg, 4.5],
        ['links', colour('.actions a:not(.primary)'), bg, 4.5],
        ['primary buttons', colour('.actions a.primary'), colour('.actions a.primary', 'backgroundColor'), 4.5],
        ['the 911 button', colour('.emergency a.urgent'), colour('.emergency a.urgent', 'backgroundColor'), 4.5],
        ['the search box border', colour('input[type="search"]', 'borderTopColor'), bg, 3],
        ['card borders', colour('.card', 'borderTopColor'), bg, 3],
        ['the focus ring', getComputedStyle(el).getPropertyValue('--_focus').trim() ? colourOf(el, '--_focus') : bg, bg, 3],
      ];
      for (const [what, fg, back, minimum] of pairs) {
        expect(ratio(fg, back), `${what}: ${fg} on ${back}`).to.be.at.least(minimum);
      }
      if (theme === 'dark' || (theme === 'auto' && scheme === 'dark')) expect(ratio(bg, 'rgb(0, 0, 0)')).to.be.below(2);
      await expect(el).to.be.accessible();
    });
  }

  it('lets a host set its own colours with --osf-* custom properties', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder style="--osf-accent: rgb(90, 20, 60); --osf-radius: 0px"></oud-support-finder>`);
    const primary = shadow(el).querySelector('.actions a.primary')!;
    expect(getComputedStyle(primary).backgroundColor).to.equal('rgb(90, 20, 60)');
    expect(getComputedStyle(primary).borderTopLeftRadius).to.equal('0px');
  });

  it('ignores the host’s colours in the high-contrast theme, which a person chose', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder theme="high-contrast" style="--osf-surface: rgb(200, 200, 200)"></oud-support-finder>`);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(0, 0, 0)');
  });

  it('keeps working under Windows high contrast (forced colours)', async () => {
    await emulateMedia({ forcedColors: 'active' });
    try {
      const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
      const primary = shadow(el).querySelector('.actions a.primary')!;
      expect(ratio(getComputedStyle(primary).color, getComputedStyle(primary).backgroundColor)).to.be.at.least(4.5);
      expect(resultCount(el)).to.equal(bundled.resources.length);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });
});

/** A custom property's colour, resolved by the browser through a probe element in the shadow root. */
function colourOf(el: HTMLElement, property: string) {
  const probe = document.createElement('span');
  probe.style.color = `var(${property})`;
  shadow(el).append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

describe('host: events on a person’s action only', () => {
  it('fires osf-search with the count only once typing pauses, bubbling and composed: no search text by default', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><oud-support-finder></oud-support-finder></div>`);
    const el = wrapper.querySelector('oud-support-finder')!;
    const event = oneEvent(wrapper, 'osf-search');
    await typeQuery(el, 'mara');
    const { detail, bubbles, composed } = await event;
    expect(detail, 'what a person typed stays in the finder').to.deep.equal({ count: shownIds(el).length });
    expect([bubbles, composed]).to.deep.equal([true, true]);
  });

  it('puts the search text in osf-search only where the host set share-query', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder share-query></oud-support-finder>`);
    const event = oneEvent(el, 'osf-search');
    await typeQuery(el, 'mara');
    expect((await event).detail).to.deep.equal({ query: 'mara', count: shownIds(el).length });
    const cleared = oneEvent(el, 'osf-search');
    [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.includes('Clear'))!.click();
    expect((await cleared).detail.query, 'Clear tells the host the search is empty').to.equal('');
  });

  it('fires osf-filter-change with the filters when a person ticks one', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    const event = oneEvent(el, 'osf-filter-change');
    checkbox(el, 'How to connect', 'Online').click();
    const { detail } = await event;
    expect(detail.filters.formats).to.deep.equal(['online']);
    expect(Object.keys(detail.filters).sort()).to.deep.equal(['approaches', 'audience', 'days', 'formats', 'free', 'medicationFriendly', 'meetsToday', 'open247', 'regions', 'times']);
  });

  it('fires osf-open for Call, Text, Website, QR and Print, with the record id', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    const seen: unknown[] = [];
    el.addEventListener('osf-open', (e) => seen.push(e.detail));
    el.addEventListener('click', (e) => e.preventDefault(), { capture: false });
    shadow(el).addEventListener('click', (e) => (e.target as HTMLElement).closest('a') && e.preventDefault());
    const helpline = card(el, 'samhsa-helpline')!;
    helpline.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.click();
    helpline.querySelector<HTMLAnchorElement>('a[href^="sms:"]')!.click();
    helpline.querySelector<HTMLAnchorElement>('a[href^="https:"]')!.click();
    [...helpline.querySelectorAll('button')].find((b) => b.textContent!.includes('QR'))!.click();
    const print = window.print;
    window.print = () => {};
    [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.includes('Print'))!.click();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    window.print = print;
    expect(seen).to.deep.equal([
      { id: 'samhsa-helpline', action: 'call' },
      { id: 'samhsa-helpline', action: 'text' },
      { id: 'samhsa-helpline', action: 'web' },
      { id: 'samhsa-helpline', action: 'qr' },
      { id: '', action: 'print' },
    ]);
  });

  it('takes filter words as a string from frameworks, and ignores junk without throwing', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    (el as unknown as Record<string, unknown>).audience = 'family';
    (el as unknown as Record<string, unknown>).formats = 42;
    (el as unknown as Record<string, unknown>).approaches = [null, 'secular', {}];
    await el.updateComplete;
    expect(shownIds(el)).to.include('smart-family-friends');
    expect(shownIds(el)).not.to.include('nar-anon');
  });

  it('fires nothing when code sets the query or filters', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    const fired: string[] = [];
    for (const type of ['osf-search', 'osf-filter-change', 'osf-open'] as const) el.addEventListener(type, () => fired.push(type));
    el.query = 'family';
    el.formats = ['online'];
    el.medicationFriendly = true;
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(fired).to.deep.equal([]);
    expect(shownIds(el).length).to.be.greaterThan(0);
  });
});

describe('host: a hostile page cannot break it', () => {
  it('still shows its search, cards and emergency strip under "* { all: unset }" and "div { display: none !important }"', async () => {
    const style = document.createElement('style');
    style.textContent = '* { all: unset } div { display: none !important } oud-support-finder { color: red; font-size: 4px }';
    document.head.append(style);
    // Straight in <body>: the page's own divs (the test runner's fixture among them) are hidden by the rule.
    const el = document.createElement('oud-support-finder');
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(getComputedStyle(el).display).to.equal('block');
      expect(parseFloat(getComputedStyle(el).fontSize)).to.be.greaterThan(10);
      expect(shadow(el).querySelector<HTMLElement>('input[type="search"]')!.offsetHeight).to.be.greaterThan(30);
      expect(card(el, 'samhsa-helpline')!.offsetHeight).to.be.greaterThan(50);
      expect(shadow(el).querySelector<HTMLElement>('[part="emergency"]')!.offsetHeight).to.be.greaterThan(50);
    } finally {
      style.remove();
      el.remove();
    }
  });

  it('adapts to the space its host gives it, not to the window', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><oud-support-finder></oud-support-finder></div>`);
    const el = wrapper.querySelector('oud-support-finder')!;
    const columns = () => getComputedStyle(shadow(el).querySelector('.results')!).gridTemplateColumns.split(' ').length;
    expect(columns(), 'one column in a 320px column').to.equal(1);
    expect(el.scrollWidth, 'nothing wider than 320px').to.be.at.most(320);
    wrapper.style.width = '1400px';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(columns(), 'two columns in a wide space').to.equal(2);
  });

  it('does not shift the page after its first render', async () => {
    // What a person sees move: the browser's own layout-shift entries (cards out of view may settle their
    // size as they near the screen, which moves nothing in view).
    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    });
    const el = await fixture<OudSupportFinder>(html`<div><p>Before</p><oud-support-finder></oud-support-finder><p>After</p></div>`);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    observer.observe({ type: 'layout-shift' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    observer.disconnect();
    expect(shifts, 'layout shifts after the first render').to.deep.equal([]);
    expect(el.querySelector('oud-support-finder')!.shadowRoot!.querySelector('[part~="result"]')).to.exist;
  });
});
