import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { start } from '../src/i18n/host-catalogues.js';
import type { OudSupportFinder } from '../src/oud-support-finder.js';

/** A few Polish words: a host's catalogue need not be whole, what it lacks is English. */
const POLISH = {
  name: 'Polski',
  messages: {
    emergencyHeading: 'Potrzebujesz pomocy teraz?',
    callNumber: 'Zadzwoń: {phone}',
    resultCount: { '0': 'Brak wyników', one: '{count} wynik', few: '{count} wyniki', other: '{count} wyników' },
    days: { mon: 'poniedziałek' },
  },
  records: { 'samhsa-helpline': { summary: 'Bezpłatna, poufna infolinia.' } },
};

const shadow = (el: HTMLElement) => el.shadowRoot!;

describe('host catalogues', () => {
  let warnings: string[] = [];
  const warn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
  });
  afterEach(() => (console.warn = warn));

  it('add a language from JSON inside the finder, English for what it lacks, reported once; records still read', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder lang="pl" language-switch>
      <script type="application/json" data-lang="pl">${JSON.stringify(POLISH)}</script>
      <script type="application/json">[{ "id": "our-group", "name": "Our group" }]</script>
    </oud-support-finder>`);
    start();
    await el.updateComplete;
    const text = shadow(el).textContent!;
    expect(el.language).to.equal('pl');
    expect(text).to.include('Potrzebujesz pomocy teraz?');
    expect(text).to.include('Zadzwoń: 1-800-662-4357');
    expect(text, 'a message it lacks').to.include('Call 911');
    expect(shadow(el).querySelector('[role="status"]')!.textContent).to.match(/^34 wyniki/); // Polish: 22–24, 32–34 … are “few”
    expect(shadow(el).querySelector('[data-id="our-group"]'), 'the records beside it').to.exist;
    expect(shadow(el).querySelector('[data-id="samhsa-helpline"]')!.textContent).to.include('Bezpłatna, poufna infolinia');
    expect(shadow(el).querySelector('[part~="language-switch"] button[lang="pl"]')!.textContent!.trim()).to.equal('Polski');
    const missing = warnings.filter((w) => w.includes('“pl”') && w.includes('English is shown'));
    expect(missing).to.have.length(1);
    expect(missing[0]).to.include('call911');
    start();
    expect(warnings.filter((w) => w.includes('English is shown')), 'read once').to.have.length(1);
  });

  it('leave out, with a warning, what breaks the rules: unknown keys and placeholders, changed phone numbers', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder lang="xx"></oud-support-finder>`);
    (el as unknown as { catalogue: unknown }).catalogue = {
      code: 'xx',
      name: 'Test',
      messages: { emergencyHeading: 'XX heading', callNumber: 'Ring {number}', notAKey: 'x', days: { funday: 'x' }, print: { one: 'x' } },
      records: { 'samhsa-helpline': { summary: 'Call 1-800-000-0000.' }, 'no-such-record': { summary: 'x' } },
    };
    await el.updateComplete;
    const helpline = shadow(el).querySelector('[data-id="samhsa-helpline"]')!.textContent!;
    expect(shadow(el).textContent).to.include('XX heading');
    expect(helpline).to.include('Call 1-800-662-4357');
    expect(helpline).not.to.include('1-800-000-0000');
    for (const part of ['messages.callNumber', 'messages.notAKey', 'messages.days', 'messages.print', 'records.samhsa-helpline', 'records.no-such-record']) {
      expect(warnings.some((w) => w.includes(part)), part).to.equal(true);
    }
  });

  it('correct a pack: what the catalogue gives wins, the rest stays the pack’s', async () => {
    await new Promise((resolve, reject) =>
      document.head.append(Object.assign(document.createElement('script'), { src: '/dist/lang/vi.js', onload: resolve, onerror: reject })),
    );
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder lang="vi"></oud-support-finder>`);
    const pack = JSON.parse(await (await fetch('/data/lang/vi.json')).text());
    (el as unknown as { catalogue: unknown }).catalogue = { code: 'vi', messages: { emergencyHeading: 'Cần giúp ngay?' } };
    await el.updateComplete;
    expect(shadow(el).textContent).to.include('Cần giúp ngay?');
    expect(shadow(el).textContent).to.include(pack.messages.call911);
    expect(warnings.filter((w) => w.includes('English is shown')), 'nothing is missing: the pack has it').to.deep.equal([]);
  });

  it('cost a page that uses them one script of at most 8,000 bytes gzipped, and the finder nothing', async () => {
    const text = await (await fetch('/dist/lang/catalogues.js')).text();
    const size = (await new Response(new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer()).byteLength;
    console.log(`dist/lang/catalogues.js: ${size} bytes gzipped`);
    expect(size).to.be.at.most(8_000);
  });

  it('are read by dist/lang/catalogues.js on a page with no pack', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="pl"><head><script src="/dist/oud-support-finder.js"></script></head><body>
      <oud-support-finder><script type="application/json" data-lang="pl">${JSON.stringify(POLISH)}</script></oud-support-finder>
      <script src="/dist/lang/catalogues.js"></script></body></html>`;
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const el = frame.contentDocument!.querySelector('oud-support-finder') as OudSupportFinder;
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.include('Potrzebujesz pomocy teraz?');
    } finally {
      frame.remove();
    }
  });
});
