import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { OudSupportFinder } from '../src/oud-support-finder.js';
import { bundled } from '../src/records/bundled.js';
import { card, checkbox, resultCount, searchBox, showAll, shownIds, statusText, typeQuery } from './helpers.js';

const render = (template = html`<oud-support-finder></oud-support-finder>`) => fixture<OudSupportFinder>(template);
const shadow = (el: HTMLElement) => el.shadowRoot!;

describe('<oud-support-finder>: first view', () => {
  it('is accessible', async () => {
    const el = await render();
    await expect(el).to.be.accessible();
  });

  it('shows emergency help above everything, with 911, 988 and the SAMHSA helpline', async () => {
    const el = await render();
    const strip = shadow(el).querySelector('[part="emergency"]')!;
    const [skip, first] = shadow(el).querySelector('.finder')!.children;
    expect(skip.textContent!.trim(), 'only "Skip to results" comes before it').to.equal('Skip to results');
    expect(first === strip, 'the strip comes first').to.equal(true);
    const hrefs = [...strip.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['tel:911', 'tel:988', 'sms:988', 'tel:+18006624357']);
    expect(strip.textContent).to.contain('1-800-662-4357').and.contain('24/7');
  });

  it('draws six cards in its first frame and the rest of the page straight after; updateComplete waits for them', async () => {
    const el = document.createElement('oud-support-finder') as OudSupportFinder;
    const firstFrame = new Promise((resolve) => requestAnimationFrame(resolve));
    document.body.append(el);
    try {
      await firstFrame;
      expect(shownIds(el), 'in the first frame').to.have.length(6);
      expect(shadow(el).querySelector('[part="guide"]'), 'the guide comes with the rest').to.equal(null);
      await el.updateComplete;
      expect(shownIds(el)).to.have.length(20);
      expect(shadow(el).querySelector('[part="guide"]')).to.exist;
    } finally {
      el.remove();
    }
  });

  it('lists every record twenty at a time, the 24/7 lines first, and says how many', async () => {
    const el = await render();
    const total = bundled.resources.length;
    expect(shownIds(el)).to.have.length(20);
    expect(shownIds(el).slice(0, 3)).to.have.members(['samhsa-helpline', 'lifeline-988', 'veterans-crisis-line']);
    expect(statusText(el)).to.equal(`${total} results`);
    const more = shadow(el).querySelector<HTMLButtonElement>('button.more')!;
    expect(more.textContent!.trim()).to.equal(`Show more results (${total - 20} more)`);
    await showAll(el);
    expect(new Set(shownIds(el)).size, 'every record once').to.equal(total);
  });

  it('draws a light card: name, summary, three facts, one action, and the rest on demand', async () => {
    const el = await render();
    const helpline = card(el, 'samhsa-helpline')!;
    expect(helpline.querySelector('h3')!.textContent).to.equal("SAMHSA's National Helpline");
    expect(helpline.querySelector('.facts')!.textContent).to.equal('Helpline · Open 24/7 · Free');
    const shown = [...helpline.querySelectorAll<HTMLElement>('a')].filter((a) => a.checkVisibility());
    expect(shown.map((a) => a.textContent!.trim()), 'one action until the card is opened').to.deep.equal(['Call 1-800-662-4357']);
    const call = helpline.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(call.getAttribute('href')).to.equal('tel:+18006624357');
    expect(call.textContent).to.contain('Call 1-800-662-4357');
    expect(helpline.querySelector('a[href^="sms:"]')!.getAttribute('href')).to.equal('sms:435748');
    const web = helpline.querySelector<HTMLAnchorElement>('a[href^="https:"]')!;
    expect(web.target).to.equal('_blank');
    expect(web.rel).to.contain('noopener');
    expect(helpline.textContent).to.match(/Checked November 26, 2026/);
    const details = helpline.querySelector('details')!;
    expect(details.open, 'steps wait until asked for').to.equal(false);
    const summary = details.querySelector('summary')!;
    expect(summary.textContent!.trim()).to.equal('How to start');
    expect(summary.getBoundingClientRect().height, 'a real target').to.be.at.least(44);
    summary.click();
    expect(details.open).to.equal(true);
    expect(details.querySelectorAll('ol li').length).to.be.greaterThan(1);
    expect(details.textContent).to.contain('What you could say').and.contain('Spanish').and.contain('Text');
  });

  it('puts a prefilled text body in the sms link where a line needs a keyword', async () => {
    const el = await render();
    expect(card(el, 'nami-helpline')!.querySelector('a[href^="sms:"]')!.getAttribute('href')).to.equal('sms:62640?&body=helpline');
  });

  it('labels only the three confirmed lines as open 24/7', async () => {
    const el = await render();
    const labelled = [...shadow(el).querySelectorAll<HTMLElement>('[part~="result"]')]
      .filter((c) => c.querySelector('.facts')!.textContent!.includes('24/7'))
      .map((c) => c.dataset.id);
    expect(labelled).to.have.members(['samhsa-helpline', 'lifeline-988', 'veterans-crisis-line']);
  });

  it('renders only https, http, tel and sms links', async () => {
    const el = await render();
    for (const a of shadow(el).querySelectorAll('a')) expect(a.getAttribute('href')).to.match(/^(https?:|tel:|sms:)/);
  });
});

describe('<oud-support-finder>: searching', () => {
  it('finds Narcotics Anonymous first despite typos, as the person types', async () => {
    const el = await render();
    await typeQuery(el, 'narcotcs anonymus');
    expect(shownIds(el)[0]).to.equal('narcotics-anonymous');
    expect(statusText(el)).to.match(/results? for “narcotcs anonymus”/);
    await expect(el).to.be.accessible();
  });

  it('finds medication-friendly help from a brand name', async () => {
    const el = await render();
    await typeQuery(el, 'Suboxone');
    expect(shownIds(el)).to.include.members(['mara', 'smart-recovery']);
  });

  it('finds naloxone help for Narcan and family groups for "familia"', async () => {
    const el = await render();
    await typeQuery(el, 'narcan');
    expect(shownIds(el)).to.include('never-use-alone');
    await typeQuery(el, 'familia');
    expect(shownIds(el)).to.include('nar-anon');
  });

  it('takes the query attribute and property, without the person typing', async () => {
    const el = await render(html`<oud-support-finder query="smart recovery"></oud-support-finder>`);
    expect(searchBox(el).value).to.equal('smart recovery');
    expect(shownIds(el)[0]).to.equal('smart-recovery');
    el.query = 'mara';
    await el.updateComplete;
    expect(searchBox(el).value).to.equal('mara');
    expect(shownIds(el)[0]).to.equal('mara');
  });

  it('never dead-ends: no match says so kindly and still offers the helpline and emergency numbers', async () => {
    const el = await render();
    await typeQuery(el, 'zzqxv');
    const none = shadow(el).querySelector('[part="no-results"]')!;
    expect(none.textContent).to.contain('could not find a match for “zzqxv”');
    expect(shownIds(el)).to.deep.equal(['samhsa-helpline']);
    expect(card(el, 'samhsa-helpline')!.querySelector('a[href="tel:+18006624357"]')).to.exist;
    expect(shadow(el).querySelector('[part="emergency"] a[href="tel:911"]')).to.exist;
    expect(statusText(el)).to.equal('No results for “zzqxv”');
    await expect(el).to.be.accessible();
  });

  it('clears search and filters with one control, and puts focus back in the search box', async () => {
    const el = await render(html`<oud-support-finder formats="online"></oud-support-finder>`);
    await typeQuery(el, 'smart');
    const clear = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.includes('Clear'))!;
    clear.click();
    await el.updateComplete;
    expect(searchBox(el).value).to.equal('');
    expect(el.formats).to.deep.equal([]);
    expect(resultCount(el)).to.equal(bundled.resources.length);
    expect(shadow(el).activeElement).to.equal(searchBox(el));
  });

  it('renders markup in a query as text', async () => {
    const el = await render();
    await typeQuery(el, '<img src=x onerror=alert(1)>');
    expect(shadow(el).querySelector('img')).to.equal(null);
  });
});

describe('<oud-support-finder>: filters', () => {
  const click = async (el: OudSupportFinder, legend: string, label: string) => {
    checkbox(el, legend, label).click();
    await el.updateComplete;
  };

  it('shows how many results each option would give', async () => {
    const el = await render();
    const option = checkbox(el, 'More', 'Open 24/7').closest('label')!;
    expect(option.querySelector('.count')!.textContent).to.equal('3');
  });

  it('narrows to family support', async () => {
    const el = await render();
    await click(el, 'Who is it for?', 'Family and friends');
    const ids = shownIds(el);
    expect(ids).to.include.members(['nar-anon', 'smart-family-friends']);
    expect(ids).not.to.include('narcotics-anonymous');
    await expect(el).to.be.accessible();
  });

  it('joins options in a group with OR and groups with AND', async () => {
    const el = await render();
    await click(el, 'Approach', 'Faith-based');
    const faith = shownIds(el).length;
    await click(el, 'Approach', 'Non-religious');
    const either = shownIds(el);
    expect(either.length).to.be.greaterThan(faith);
    expect(either).to.include.members(['celebrate-recovery', 'smart-recovery']);
    await click(el, 'How to connect', 'Online');
    expect(shownIds(el).length).to.be.at.most(either.length);
    expect(shownIds(el)).to.include('smart-recovery');
  });

  it('has medication-friendly, free and 24/7 filters', async () => {
    const el = await render();
    await click(el, 'More', 'Welcomes people on medication');
    expect(shownIds(el)).to.include.members(['mara', 'smart-recovery']);
    expect(shownIds(el)).not.to.include('narcotics-anonymous');
    await click(el, 'More', 'Welcomes people on medication');
    await click(el, 'More', 'Open 24/7');
    expect(shownIds(el)).to.have.members(['samhsa-helpline', 'lifeline-988', 'veterans-crisis-line']);
    await click(el, 'More', 'Open 24/7');
    await click(el, 'More', 'Free');
    expect(shownIds(el)).to.include('narcotics-anonymous');
    expect(shownIds(el)).not.to.include('faith-community');
  });

  it('explains an empty filter result and still offers the helpline', async () => {
    // Options that would give nothing are not offered, so only a host's presets can ask for nothing.
    const el = await render(html`<oud-support-finder open-24-7 approaches="12-step"></oud-support-finder>`);
    expect(shadow(el).querySelector('[part="no-results"]')!.textContent).to.contain('No support matches');
    expect(shownIds(el)).to.deep.equal(['samhsa-helpline']);
  });

  it('takes presets from the host’s attributes, and ticks them', async () => {
    const el = await render(
      html`<oud-support-finder audience="self" approaches="faith-based secular" formats="online phone" medication-friendly></oud-support-finder>`,
    );
    expect(el.audience).to.deep.equal(['self']);
    expect(checkbox(el, 'Approach', 'Faith-based').checked).to.equal(true);
    expect(checkbox(el, 'How to connect', 'Phone').checked).to.equal(true);
    expect(checkbox(el, 'More', 'Welcomes people on medication').checked).to.equal(true);
    expect(shownIds(el), 'secular, online and medication-friendly').to.include('smart-recovery');
    expect(shownIds(el), 'MARA is neither faith-based nor secular').not.to.include('mara');
    expect(shownIds(el)).not.to.include('narcotics-anonymous');
  });

  it('presets the audience for families', async () => {
    const el = await render(html`<oud-support-finder audience="family"></oud-support-finder>`);
    expect(shownIds(el)).to.include('nar-anon');
    expect(shownIds(el)).not.to.include('narcotics-anonymous');
  });

  it('ignores unknown words in a preset, with a warning', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await render(html`<oud-support-finder approaches="twelve-step secular"></oud-support-finder>`);
      expect(el.approaches).to.deep.equal(['secular']);
      expect(warnings.join()).to.contain('twelve-step');
    } finally {
      console.warn = original;
    }
  });
});

describe('<oud-support-finder>: on a page', () => {
  it('keeps each instance’s state its own', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <oud-support-finder></oud-support-finder><oud-support-finder audience="family"></oud-support-finder>
    </div>`);
    const [a, b] = wrapper.querySelectorAll('oud-support-finder');
    await typeQuery(a, 'mara');
    await b.updateComplete;
    expect(shownIds(a)[0]).to.equal('mara');
    expect(searchBox(b).value).to.equal('');
    expect(shownIds(b)).to.include('nar-anon');
    expect(a.audience).to.deep.equal([]);
  });

  it('keeps its styles inside its shadow root', async () => {
    const el = await render();
    const outside = document.createElement('div');
    outside.className = 'card';
    document.body.append(outside);
    expect(getComputedStyle(outside).borderStyle).to.equal('none');
    outside.remove();
    expect(getComputedStyle(card(el, 'mara')!).borderStyle).to.equal('solid');
  });

  it('is reached by keyboard: search box, quick choices, then a Call link', async () => {
    const el = await render();
    searchBox(el).focus();
    await sendKeys({ type: 'samhsa' });
    await el.updateComplete;
    const focusable = [...shadow(el).querySelectorAll<HTMLElement>('input, summary, a, button')];
    const call = card(el, 'samhsa-helpline')!.querySelector<HTMLElement>('a[href^="tel:"]')!;
    expect(focusable.indexOf(call)).to.be.greaterThan(focusable.indexOf(searchBox(el)));
    let steps = 0;
    while (shadow(el).activeElement !== call && steps++ < 80) await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement, 'Tab reaches the Call link').to.equal(call);
  });
});
