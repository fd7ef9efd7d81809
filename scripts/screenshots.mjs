// Screenshots of the demo pages as a person sees them, and where the first result card lands.
//
//   node scripts/screenshots.mjs                 every demo page at 390x844, 1280x900 and 1080x1920, into
//                                                shots/ (kept out of git), with one line of measures each
//   node scripts/screenshots.mjs --readme        only the README's two pictures, into docs/
//   node scripts/screenshots.mjs --out DIR --lang es --pages church,kiosk
//
// Needs a build (npm run build) and a Chromium (npm test finds or installs one).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from './find-browser.mjs';
import { startServer } from './serve.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SIZES = { phone: [390, 844], desktop: [1280, 900], kiosk: [1080, 1920] };
const PAGES = ['index', 'church', 'clinic', 'recovery-center', 'languages', 'kiosk', 'playground'];

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i < 0 ? fallback : args[i + 1];
};
const readme = args.includes('--readme');
const out = path.resolve(ROOT, option('out', readme ? 'docs' : 'shots'));
const lang = option('lang', '');
const pages = option('pages', PAGES.join(',')).split(',');
const full = args.includes('--full');

/** Where the finder and its first card sit on the page, in CSS pixels from the top of the document. */
function measure() {
  const finder = document.querySelector('oud-support-finder');
  if (!finder) return { error: 'no finder' };
  const root = finder.shadowRoot;
  const top = (el) => (el ? Math.round(el.getBoundingClientRect().top + scrollY) : null);
  const cards = [...root.querySelectorAll('[part~="result"]')];
  const heights = cards.map((c) => Math.round(c.getBoundingClientRect().height)).sort((a, b) => a - b);
  const overflow = document.documentElement.scrollWidth > innerWidth;
  return {
    finder: top(finder),
    firstCard: top(cards[0]),
    medianCard: heights[Math.floor(heights.length / 2)] ?? null,
    overflow,
  };
}

async function main() {
  mkdirSync(out, { recursive: true });
  const server = startServer({ port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
  try {
    const jobs = readme
      ? [
          ['index', 'phone', 'readme-phone.png'],
          ['index', 'desktop', 'readme-desktop.png'],
        ]
      : pages.flatMap((page) => Object.keys(SIZES).map((size) => [page, size, `${page}-${size}${lang ? `-${lang}` : ''}.png`]));
    for (const [page, size, file] of jobs) {
      const [width, height] = SIZES[size];
      const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
      const tab = await context.newPage();
      await tab.goto(`${base}/demo/${page}.html`);
      await tab.waitForFunction(() => customElements.get('oud-support-finder'));
      if (lang) await tab.evaluate((l) => document.querySelector('oud-support-finder')?.setAttribute('lang', l), lang);
      await tab.evaluate(() => document.querySelector('oud-support-finder')?.updateComplete);
      await tab.evaluate(() => document.fonts.ready);
      const m = await tab.evaluate(measure);
      const screens = m.firstCard === null ? '-' : ((m.firstCard - m.finder) / height).toFixed(2);
      console.log(
        `${file.padEnd(34)} finder at ${m.finder}px, first card at ${m.firstCard}px (${screens} screens below the finder's top), ` +
          `median card ${m.medianCard}px${m.overflow ? ', OVERFLOWS sideways' : ''}`,
      );
      if (readme) {
        // The picture starts at the finder, as a site owner would see it on their own page.
        await tab.evaluate(() => document.querySelector('oud-support-finder').scrollIntoView());
      }
      await tab.screenshot({ path: path.join(out, file), fullPage: full });
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
