#!/usr/bin/env node
// `npm run bench`: how big and how fast the finder is, in headless Chromium. Prints tables; asserts nothing.
//   npm run bench              every size: the bundled records, 1,000, 5,000 and 10,000 synthetic ones
//   npm run bench -- --smoke   the bundled records and 1,000, a few queries: proves the benchmark still runs
//   npm run bench -- --lab     only the search engine (sizes, speed, typo tolerance), not the element
//   npm run bench -- --hostile only the hostile feeds (up to the 10 MB limit): the longest main-thread task each
//   npm run bench -- --json    also writes the raw numbers to bench-results.json
//   npm run bench -- --sizes=bundled,5000   only these sizes
//   npm run bench -- --quiet   prints nothing unless it fails (for CI: npm run --silent bench -- --smoke --quiet)
// Timings are taken with Chromium's frame-rate limit off, so that "painted" is when the work is done and the
// frame drawn, not when the next 60 Hz tick comes (a real screen adds 0 to 16.7 ms of waiting to any of them).
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from './find-browser.mjs';
import { TYPED_QUERIES, bmltFeed, meetingGuideFeed } from './bench-data.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = new Set(process.argv.slice(2));
const smoke = args.has('--smoke');
const hostileOnly = args.has('--hostile');
const labOnly = args.has('--lab') || hostileOnly;
const picked = process.argv.find((arg) => arg.startsWith('--sizes='))?.slice('--sizes='.length).split(',');
const SIZES = picked?.map((n) => (n === 'bundled' ? n : Number(n))) ?? (smoke ? ['bundled', 1000] : ['bundled', 1000, 5000, 10000]);
const QUERIES = smoke ? TYPED_QUERIES.slice(0, 3) : TYPED_QUERIES;
/** Real-shaped feeds of 2,000 meetings, fetched through `src` as a host's page would. */
const FEEDS = { 'Meeting Guide': JSON.stringify(meetingGuideFeed(2000)), BMLT: JSON.stringify(bmltFeed(2000)) };
const FEED_QUERIES = [...QUERIES, 'santa ana', '92705'];
const LOADS = smoke ? 3 : 15; // fresh page loads for the first-paint time (each in a new context: a cold renderer)
const WARM_UP = smoke ? 0 : 2; // loads first thrown away, while the just-started browser finishes its own start
/** Engine settings compared for typo tolerance and speed; the first is the shipped one. */
const TUNINGS = {
  'ours (shipped: threshold 0.34, exact ≤ 3 letters, ≤ 2 typos a word, phrases 0.25)': { threshold: 0.34, exact: 3, typos: 2, phrase: 0.25 },
  'ours, phrases 0.34': { threshold: 0.34, exact: 3, typos: 2, phrase: 0.34 },
  'ours, phrases 0.2': { threshold: 0.34, exact: 3, typos: 2, phrase: 0.2 },
  'ours, threshold 0.25 (1 typo a word from 4 letters, 2 from 8)': { threshold: 0.25, exact: 3, typos: 2, phrase: 0.25 },
  'ours, ≤ 1 typo a word': { threshold: 0.34, exact: 3, typos: 1, phrase: 0.25 },
  'ours, ≤ 3 typos a word': { threshold: 0.34, exact: 3, typos: 3, phrase: 0.25 },
  'ours, typos in short words too (exact ≤ 2)': { threshold: 0.34, exact: 2, typos: 2, phrase: 0.25 },
  'ours, old settings (threshold 0.34, no limits)': { threshold: 0.34, exact: 0, typos: Infinity, phrase: 0.34 },
};
const OLD = TUNINGS['ours, old settings (threshold 0.34, no limits)'];

const quiet = args.has('--quiet');
const log = (...line) => quiet || console.error(...line);

// 1. The classic script and its size.
const classicPath = `${root}dist/oud-support-finder.js`;
if (!existsSync(classicPath)) {
  log('dist/oud-support-finder.js is missing: running npm run build');
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}
const classic = readFileSync(classicPath);
const sizeOf = (bytes) => ({
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const size = sizeOf(classic);
const feedsSize = sizeOf(readFileSync(`${root}dist/oud-support-finder-feeds.js`));

// 2. The laboratory bundle (search engines and data, bundled from the sources) and the data alone.
const bundle = async (entry, globalName) =>
  (
    await build({
      entryPoints: [`${root}scripts/${entry}`],
      bundle: true,
      format: 'iife',
      globalName,
      write: false,
      target: 'es2022',
      tsconfig: `${root}tsconfig.json`,
      loader: { '.json': 'json' },
      logLevel: 'error',
    })
  ).outputFiles[0].text;
const lab = await bundle('bench-page.mjs', 'lab');
const data = await bundle('bench-data.mjs', 'benchData');

// 3. Pages, served from this machine only.
const inline = (code) => `<script>${code.replace(/<\/script/gi, '<\\/script')}</script>`;
const classicText = classic.toString('utf8');
/** The feed readers, a second script that pages showing a Meeting Guide, HSDS or BMLT feed add. */
const feedsText = readFileSync(`${root}dist/oud-support-finder-feeds.js`, 'utf8');
/** Measures, in the page, keystroke (keydown) to results painted, and records set to results painted. */
const probe = `<script>
window.osfBench = (() => {
  const samples = [];
  let keyAt = 0;
  const painted = () => new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(0);
  }));
  const finder = () => document.querySelector('[data-bench]');
  const cards = () => finder().shadowRoot.querySelectorAll('[part~="result"]').length;
  addEventListener('keydown', (e) => { keyAt = e.timeStamp; }, true);
  // Bubbling, so it runs after the finder's own input handler has set its query (and, in the microtask
  // checkpoint after that handler, Lit has searched and updated the DOM).
  addEventListener('input', async () => {
    const start = keyAt;
    await finder()?.updateComplete;
    const updated = performance.now();
    const end = await painted();
    samples.push({ ms: end - start, update: updated - start, paint: end - updated, query: finder()?.query, cards: finder() ? cards() : 0 });
  });
  return {
    samples,
    waitFor: (n) => new Promise((resolve) => {
      const check = () => (samples.length >= n ? resolve(samples.length) : setTimeout(check, 1));
      check();
    }),
    // src set to painted cards from the feed, and the longest task meanwhile (the main thread blocked).
    async loadFeed(url) {
      const el = finder();
      await el.updateComplete;
      await painted();
      let longest = 0;
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => (longest = Math.max(longest, e.duration))));
      observer.observe({ type: 'longtask' });
      const start = performance.now();
      el.localOnly = true;
      el.src = url;
      const shown = () => el.shadowRoot.querySelector('[part~="result"][data-id^="feed-"], [part~="result"][data-id^="meeting-"]');
      while (!shown()) await new Promise((resolve) => setTimeout(resolve, 1));
      const end = await painted();
      await new Promise((resolve) => requestIdleCallback(resolve));
      observer.disconnect();
      return { ms: end - start, cards: cards(), longest };
    },
    async load(size) {
      const records = size === 'bundled' ? undefined : benchData.syntheticRecords(size);
      // With a place known (near set), every in-person record gets one, spread up to about 30 miles around it.
      if (finder().hasAttribute('near')) records?.forEach((r, i) => r.address && Object.assign(r, { latitude: 39.5 + (i % 97) / 180, longitude: -90 + (i % 89) / 130 }));
      const el = finder();
      await el.updateComplete;
      await painted();
      const start = performance.now();
      if (records) {
        el.localOnly = true;
        el.resources = records;
      }
      await el.updateComplete;
      const end = await painted();
      // The finder indexes the records when the page is idle: let it, so that the heap holds the index and
      // no keystroke below waits for it.
      await new Promise((resolve) => requestIdleCallback(resolve));
      return { ms: end - start, cards: cards() };
    },
  };
})();
</script>`;
/** The first frame in which a result card exists, timed from the page's mark (as for the finder itself). */
const paintProbe = `<script>performance.mark('osf-start');
  window.firstPaint = new Promise((resolve) => {
    const look = () => {
      if (document.querySelector('oud-support-finder')?.shadowRoot?.querySelector('[part~="result"]')) {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - performance.getEntriesByName('osf-start')[0].startTime);
        channel.port2.postMessage(0);
      } else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
</script>`;
const pages = {
  // Floors for the first paint: one line of text in a shadow root, with no script at all; and (added below,
  // once it is captured) a static copy of the finder's own first frame, its markup and styles, with no script.
  '/floor-line.html': `<!doctype html><html lang="en"><head><meta charset="utf-8">${paintProbe}</head><body>
    <oud-support-finder><template shadowrootmode="open"><p part="result">Help is here.</p></template></oud-support-finder></body></html>`,
  // The finder's first frame, read straight after the parser has made the element (its first update is done).
  '/snapshot.html': `<!doctype html><html lang="en"><head><meta charset="utf-8">${inline(classicText)}</head><body>
    <oud-support-finder></oud-support-finder><script>
      window.snapshot = (() => {
        const root = document.querySelector('oud-support-finder').shadowRoot;
        const css = root.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join(' ')).join(' ');
        return '<style>' + css + '</style>' + root.innerHTML;
      })();
    </script></body></html>`,
  // Script start to first results painted: the mark, then the classic script inline, as build.test.ts does.
  '/first-paint.html': `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <script>performance.mark('osf-start');
      window.firstPaint = new Promise((resolve) => {
        const look = () => {
          const el = document.querySelector('oud-support-finder');
          if (el && el.shadowRoot && el.shadowRoot.querySelector('[part~="result"]')) {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now() - performance.getEntriesByName('osf-start')[0].startTime);
            channel.port2.postMessage(0);
          } else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      });
      // The first frame draws a few cards; the rest of the first page follows it.
      window.wholePage = window.firstPaint.then(async () => {
        await document.querySelector('oud-support-finder').updateComplete;
        return new Promise((resolve) => requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - performance.getEntriesByName('osf-start')[0].startTime);
          channel.port2.postMessage(0);
        }));
      });
      window.contentfulPaint = new Promise((resolve) => new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') resolve(e.startTime - performance.getEntriesByName('osf-start')[0].startTime);
      }).observe({ type: 'paint', buffered: true }));
    </script>
    ${inline(classicText)}<script>window.evaluated = performance.now() - performance.getEntriesByName('osf-start')[0].startTime;</script>
    </head><body><oud-support-finder></oud-support-finder></body></html>`,
  '/finder.html': `<!doctype html><html lang="en"><head><meta charset="utf-8">${inline(data)}${probe}${inline(classicText)}</head>
    <body><oud-support-finder data-bench></oud-support-finder></body></html>`,
  '/feed.html': `<!doctype html><html lang="en"><head><meta charset="utf-8">${inline(data)}${probe}${inline(classicText)}${inline(feedsText)}</head>
    <body><oud-support-finder data-bench></oud-support-finder></body></html>`,
  '/finder-near.html': `<!doctype html><html lang="en"><head><meta charset="utf-8">${inline(data)}${probe}${inline(classicText)}</head>
    <body><oud-support-finder data-bench near="39.78,-89.65"></oud-support-finder></body></html>`,
  // The floor: the same keystrokes into a plain search box, on a page with nothing else, so the browser's own
  // share of "keystroke to painted" (input handling, a frame) can be read apart from the finder's.
  '/plain.html': `<!doctype html><html lang="en"><head><meta charset="utf-8">${probe}</head>
    <body><input type="search" aria-label="Search"></body></html>`,
  '/lab.html': `<!doctype html><html lang="en"><head><meta charset="utf-8">${inline(lab)}</head><body></body></html>`,
};
/*
 * Hostile feeds up to the finder's 10 MB limit, each the worst of its shape: how long the longest main-thread
 * task is while the finder reads it (the aim: none over 100 ms; a long-task observer in the page reports them).
 */
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const CODES = [...LETTERS].flatMap((a) => [...LETTERS].map((b) => a + b));
CODES.push(...CODES.flatMap((ab) => [...LETTERS].map((c) => ab + c)).filter((code) => code.length === 3));
/** A list of `item(0)`, `item(1)`, ... as long as fits in `bytes` (items grow as their numbers do). */
const fill = (item, bytes) => {
  const items = [];
  for (let i = 0, size = 2; (size += item(i).length + 1) <= bytes; i++) items.push(item(i));
  return `[${items.join(',')}]`;
};
const HOSTILE = {
  '90 records, 18,252 language codes each (9.8 MB)': () =>
    JSON.stringify(Array.from({ length: 90 }, (_, i) => ({ id: `r${i}`, name: `Record ${i}`, languages: CODES }))),
  'Meeting Guide, same-named meetings (9.9 MB)': () =>
    fill((i) => `{"name":"Hope","day":${i % 7},"time":"19:00","types":["O"],"address":"1 Main St"}`, 9_900_000),
  'one record, 400,000 unknown fields (4.8 MB)': () =>
    `[{"id":"a","name":"A",${Array.from({ length: 400_000 }, (_, i) => `"f${i}":1`).join(',')}}]`,
  'records that all fail the check (9.9 MB)': () => fill((i) => `{"id":"Bad Id ${i}","name":"x"}`, 9_900_000),
  'our records, small and good (9.9 MB)': () => fill((i) => `{"id":"r${i}","name":"Record ${i}","phone":"555-0100"}`, 9_900_000),
};
const feeds = {};
if (hostileOnly || !(smoke || args.has('--lab'))) {
  Object.entries(HOSTILE).forEach(([name, make], i) => {
    feeds[`/feeds/${i}.json`] = make();
    pages[`/hostile-${i}.html`] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script>
      window.longTasks = [];
      window.lastTaskEnd = 0;
      // The page's own first render is a long task by nature (see first paint): only tasks from src set count.
      window.srcSet = Infinity;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => {
        if (e.startTime >= srcSet) longTasks.push(e.duration);
        lastTaskEnd = e.startTime + e.duration;
      })).observe({ type: 'longtask' });
      console.warn = () => {}; // each bad record is a console line; a closed DevTools makes them cheap, as here
    </script>${inline(classicText)}${inline(feedsText)}</head><body><oud-support-finder local-only></oud-support-finder><script>
      (async () => {
        const finder = document.querySelector('oud-support-finder');
        await finder.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 500)));
        srcSet = performance.now();
        finder.src = '/feeds/${i}.json';
      })();
    </script></body></html>`;
  });
}
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://localhost').pathname;
  if (feeds[path]) {
    res.writeHead(200, { 'content-type': 'application/json', 'cross-origin-resource-policy': 'same-origin' });
    return res.end(feeds[path]);
  }
  const feed = FEEDS[decodeURIComponent(path.replace(/^\/feeds\/|\.json$/g, ''))];
  if (feed) {
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store', 'cross-origin-resource-policy': 'same-origin' });
    res.end(feed);
    return;
  }
  const page = pages[path];
  // Cross-origin isolation gives performance.now() 5 µs steps instead of 100 µs.
  res.writeHead(page ? 200 : 404, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
  });
  res.end(page ?? 'not found');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: findBrowser(),
  args: [...BROWSER_ARGS, '--disable-frame-rate-limit', '--disable-gpu-vsync', '--enable-precise-memory-info'],
});
const results = { size, sizes: {}, quality: {}, tunings: {} };
try {
  const version = browser.version();
  const stats = (list) => {
    const sorted = [...list].sort((a, b) => a - b);
    const rank = (p) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
    return { count: sorted.length, median: rank(0.5), p95: rank(0.95), max: sorted.at(-1) };
  };
  const heap = async (page) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    return usedSize;
  };

  // 4. Script start to first results painted, over fresh loads.
  const firstPaints = [];
  const wholePages = [];
  const contentful = [];
  const evaluated = [];
  for (let i = 0; i < (labOnly ? 0 : WARM_UP); i++) {
    const page = await browser.newPage();
    await page.goto(`${origin}/first-paint.html`);
    await page.evaluate(() => window.wholePage);
    await page.close();
  }
  for (let i = 0; i < (labOnly ? 0 : LOADS); i++) {
    const page = await browser.newPage();
    await page.goto(`${origin}/first-paint.html`);
    firstPaints.push(await page.evaluate(() => window.firstPaint));
    wholePages.push(await page.evaluate(() => window.wholePage));
    contentful.push(await page.evaluate(() => window.contentfulPaint));
    evaluated.push(await page.evaluate(() => window.evaluated));
    await page.close();
  }
  results.firstPaint = stats(firstPaints);
  results.wholePage = stats(wholePages);
  results.firstContentfulPaint = stats(contentful);
  results.scriptEvaluated = stats(evaluated);
  if (!labOnly) log(`first results painted: median ${results.firstPaint.median.toFixed(1)} ms`);
  if (!labOnly) {
    const page = await browser.newPage();
    await page.goto(`${origin}/snapshot.html`);
    const snapshot = await page.evaluate(() => window.snapshot);
    await page.close();
    pages['/floor-static.html'] = `<!doctype html><html lang="en"><head><meta charset="utf-8">${paintProbe}</head><body>
      <oud-support-finder><template shadowrootmode="open">${snapshot}</template></oud-support-finder></body></html>`;
    results.floors = {};
    for (const floor of ['floor-line', 'floor-static']) {
      const times = [];
      for (let i = 0; i < LOADS; i++) {
        const floorPage = await browser.newPage();
        await floorPage.goto(`${origin}/${floor}.html`);
        times.push(await floorPage.evaluate(() => window.firstPaint));
        await floorPage.close();
      }
      results.floors[floor] = stats(times);
    }
  }

  // 5. Lab: index build and search alone, per size; typo tolerance per engine.
  const labPage = await browser.newPage();
  await labPage.goto(`${origin}/lab.html`);
  for (const n of hostileOnly ? [] : SIZES) {
    const row = (results.sizes[n] = {});
    row.index = await labPage.evaluate((n) => lab.indexBuild(n), n);
    row.search = await labPage.evaluate((n) => lab.searchTimes(n), n);
    if (!smoke && n !== 'bundled') row.searchBefore = n === 10000 ? null : await labPage.evaluate((n) => lab.searchTimes(n, 'before'), n);
    log(`${n}: index ${row.index.first.toFixed(1)} ms, search p95 ${row.search.p95.toFixed(2)} ms`);
  }
  results.precision = {};
  results.typeQueries = await labPage.evaluate(() => lab.TYPE_QUERIES.map(([q]) => q));
  for (const n of smoke ? [123] : [123, 2000]) results.precision[n] = await labPage.evaluate((n) => lab.precision(n), n);
  results.sameAsBefore = {};
  for (const n of hostileOnly ? [] : smoke ? ['bundled'] : ['bundled', 1000, 5000]) {
    results.quality[n] = await labPage.evaluate(([n, tunings]) => lab.quality(n, tunings), [n, TUNINGS]);
    // The old engine takes up to seconds a query at 5,000: compare the results at the smaller sizes.
    if (n !== 5000) results.sameAsBefore[n] = await labPage.evaluate(([n, old]) => lab.sameAsBefore(n, old), [n, OLD]);
  }
  if (!smoke && !hostileOnly) {
    for (const [name, tuning] of Object.entries(TUNINGS)) {
      results.tunings[name] = await labPage.evaluate(([t]) => lab.searchTimes(5000, 'ours', t), [tuning]);
    }
  }
  await labPage.close();

  // 6. The real element: records set to painted, heap, then keystrokes typed into its search box.
  const typeInto = async (page, queries) => {
    await page.locator('input[type="search"]').focus();
    for (const query of queries) {
      await page.keyboard.press('Control+A');
      for (const letter of query) {
        const count = await page.evaluate(() => osfBench.samples.length);
        await page.keyboard.type(letter);
        await page.evaluate((n) => osfBench.waitFor(n), count + 1);
      }
    }
    return page.evaluate(() => osfBench.samples);
  };
  const keystrokes = (samples) => ({
    ...stats(samples.map((s) => s.ms)),
    update: stats(samples.map((s) => s.update)),
    paint: stats(samples.map((s) => s.paint)),
  });
  for (const n of labOnly ? [] : SIZES) {
    const page = await browser.newPage();
    await page.goto(`${origin}/finder.html`);
    const load = await page.evaluate((n) => osfBench.load(n), n);
    const usedHeap = await heap(page);
    const samples = await typeInto(page, QUERIES);
    const keystroke = keystrokes(samples);
    const slowest = [...samples].sort((a, b) => b.ms - a.ms).slice(0, 3);
    results.sizes[n].finder = { load, heap: usedHeap, keystroke, slowest, meanCards: Math.round(samples.reduce((s, x) => s + x.cards, 0) / samples.length) };
    log(`${n}: load ${load.ms.toFixed(1)} ms, keystroke p95 ${keystroke.p95.toFixed(1)} ms`);
    await page.close();
    if (n === 'bundled') continue;
    // The same with a place known (a kiosk's near): distances sorted and counted on every keystroke.
    const nearPage = await browser.newPage();
    await nearPage.goto(`${origin}/finder-near.html`);
    await nearPage.evaluate((n) => osfBench.load(n), n);
    results.sizes[n].near = keystrokes(await typeInto(nearPage, QUERIES));
    log(`${n}, near set: keystroke p95 ${results.sizes[n].near.p95.toFixed(1)} ms`);
    await nearPage.close();
  }
  // Real-shaped feeds through src: adapting, checking, indexing, painting; then typing.
  results.feeds = {};
  for (const name of labOnly ? [] : Object.keys(FEEDS)) {
    const page = await browser.newPage();
    await page.goto(`${origin}/feed.html`);
    const load = await page.evaluate((url) => osfBench.loadFeed(url), `/feeds/${encodeURIComponent(name)}.json`);
    const keystroke = keystrokes(await typeInto(page, FEED_QUERIES));
    results.feeds[name] = { load, keystroke, bytes: FEEDS[name].length };
    log(`${name}: src to painted ${load.ms.toFixed(1)} ms (longest task ${load.longest.toFixed(0)} ms), keystroke p95 ${keystroke.p95.toFixed(1)} ms`);
    await page.close();
  }
  if (!labOnly) {
    const page = await browser.newPage();
    await page.goto(`${origin}/plain.html`);
    results.plainInput = keystrokes(await typeInto(page, QUERIES));
    await page.close();
  }

  // 7. Hostile feeds: the longest main-thread task while each is fetched, checked, merged and drawn.
  results.hostile = {};
  for (const [i, name] of Object.keys(HOSTILE).entries()) {
    if (!feeds[`/feeds/${i}.json`]) continue;
    const page = await browser.newPage();
    await page.goto(`${origin}/hostile-${i}.html`);
    // The feed's records (or the note that none could be shown), not the empty local-only list before them.
    await page.waitForFunction(
      () => {
        const finder = document.querySelector('oud-support-finder')?.shadowRoot;
        return finder?.querySelector('[part="data-note"]') || (finder?.querySelector('[part~="result"]') && !finder.querySelector('[part="no-results"]'));
      },
      null,
      { timeout: 120_000, polling: 50 },
    );
    const wall = await page.evaluate(() => performance.now() - srcSet); // src set to drawn
    // Then until the page has been quiet for a second: the search index is built when the page is idle.
    await page.waitForFunction(() => performance.now() - lastTaskEnd > 1000, null, { timeout: 120_000, polling: 250 });
    const tasks = await page.evaluate(() => window.longTasks);
    // The floor: JSON.parse of the same text, one task by nature (the finder's first step).
    const parse = await page.evaluate(async (url) => {
      const text = await (await fetch(url)).text();
      const t = performance.now();
      JSON.parse(text);
      return performance.now() - t;
    }, `/feeds/${i}.json`);
    results.hostile[name] = { longest: Math.max(0, ...tasks), over100: tasks.filter((t) => t > 100).length, total: tasks.reduce((a, b) => a + b, 0), wall, parse };
    log(`hostile: ${name}: longest task ${results.hostile[name].longest.toFixed(0)} ms (JSON.parse alone ${parse.toFixed(0)} ms)`);
    await page.close();
  }
  results.machine = {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    chromium: version,
    node: process.version,
    load: os.loadavg().map((l) => l.toFixed(2)).join(' '),
  };
} finally {
  await browser.close();
  server.close();
}

// 8. The tables.
const ms = (v) => (v === undefined || v === null ? '–' : `${v.toFixed(v < 10 ? 2 : 1)} ms`);
const kb = (v) => `${(v / 1024).toFixed(1)} KiB`;
const label = (n) => (n === 'bundled' ? 'bundled (33)' : n.toLocaleString('en-US'));
const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const out = [];
const m = results.machine;
out.push(`Machine: ${m.cpu}, ${m.cores} cores, ${m.memory}; Chromium ${m.chromium}; Node ${m.node}; load average at the end ${m.load}${smoke ? ' (smoke run)' : ''}`);
out.push('');
out.push(
  table(
    ['Classic script', 'raw', 'gzip -9', 'brotli 11'],
    [
      ['dist/oud-support-finder.js', size],
      ['dist/oud-support-finder-feeds.js (pages with a Meeting Guide, HSDS or BMLT feed)', feedsSize],
    ].map(([file, s]) => [file, `${s.raw} B`, `${s.gzip} B`, `${s.brotli} B`]),
  ),
);
out.push('');
if (!labOnly) out.push(
  `Script start to first results painted (bundled records, ${LOADS} fresh loads): median ${ms(results.firstPaint.median)}, ` +
    `p95 ${ms(results.firstPaint.p95)}; the whole first page (20 cards and the guide) painted: median ${ms(results.wholePage.median)}; ` +
    `first contentful paint median ${ms(results.firstContentfulPaint.median)}; ` +
    `the script itself (parse, compile, run) median ${ms(results.scriptEvaluated.median)}. ` +
    `Floors on this machine, same probe, no script: one line of text in a shadow root, median ` +
    `${ms(results.floors['floor-line'].median)}; a static copy of the finder's first frame (its markup and styles), median ` +
    `${ms(results.floors['floor-static'].median)}.`,
);
out.push('');
if (!labOnly) out.push(
  table(
    ['Records', 'index build (first / warm)', 'search alone median / p95', 'keystroke → painted median / p95', 'of which update / frame, p95', 'keystrokes', 'cards drawn (mean)', 'records set → painted', 'JS heap after load'],
    SIZES.map((n) => {
      const r = results.sizes[n];
      return [
        label(n),
        `${ms(r.index.first)} / ${ms(r.index.warm)}`,
        `${ms(r.search.median)} / ${ms(r.search.p95)}`,
        `${ms(r.finder.keystroke.median)} / ${ms(r.finder.keystroke.p95)}`,
        `${ms(r.finder.keystroke.update.p95)} / ${ms(r.finder.keystroke.paint.p95)}`,
        String(r.finder.keystroke.count),
        String(r.finder.meanCards),
        `${ms(r.finder.load.ms)} (${r.finder.load.cards} cards)`,
        kb(r.finder.heap),
      ];
    }),
  ),
);
out.push('');
if (!labOnly) out.push(
  `Keystrokes: every letter of ${QUERIES.length} typed queries (${QUERIES.map((q) => `“${q}”`).join(', ')}). ` +
    '“update” is keydown to the DOM updated (search, filters, counts, Lit); “frame” is from there to the frame painted ' +
    '(style, layout, paint).',
);
if (!labOnly) {
  out.push('');
  out.push(
    table(
      ['Feed (2,000 meetings, through src)', 'size', 'src set → first results painted', 'longest task while loading', 'keystroke → painted median / p95', 'keystrokes'],
      Object.entries(results.feeds).map(([name, f]) => [
        name,
        `${(f.bytes / 1e6).toFixed(2)} MB`,
        `${ms(f.load.ms)} (${f.load.cards} cards)`,
        ms(f.load.longest),
        `${ms(f.keystroke.median)} / ${ms(f.keystroke.p95)}`,
        String(f.keystroke.count),
      ]),
    ),
  );
  out.push(`Feed keystrokes: the queries above and “santa ana”, “92705”; floors as for the plain search box below.`);
}
if (!labOnly) {
  const p = results.plainInput;
  out.push('');
  out.push(
    `The browser alone, the same keystrokes into a plain search box on an empty page: median ${ms(p.median)}, p95 ${ms(p.p95)} ` +
      `(update ${ms(p.update.p95)}, frame ${ms(p.paint.p95)} at p95). No finder can be quicker than this on this machine.`,
  );
  out.push('');
  out.push(
    table(
      ['Records, with a place known (near set; in-person records placed)', 'keystroke → painted median / p95', 'p95 above the plain box (target ≤ 6 ms)', 'without near: p95'],
      SIZES.filter((n) => results.sizes[n].near).map((n) => {
        const r = results.sizes[n];
        return [label(n), `${ms(r.near.median)} / ${ms(r.near.p95)}`, ms(r.near.p95 - p.p95), ms(r.finder.keystroke.p95)];
      }),
    ),
  );
}
if (!smoke && !hostileOnly) {
  out.push('');
  out.push(
    table(
      ['Records', 'search alone before (0.1.0) median / p95', 'now median / p95'],
      SIZES.filter((n) => n !== 'bundled').map((n) => {
        const r = results.sizes[n];
        return [label(n), r.searchBefore ? `${ms(r.searchBefore.median)} / ${ms(r.searchBefore.p95)}` : 'not run (too slow)', `${ms(r.search.median)} / ${ms(r.search.p95)}`];
      }),
    ),
  );
}
const qualitySizes = Object.keys(results.quality);
const engineNames = hostileOnly ? [] : Object.keys(results.quality[qualitySizes[0]]);
if (!hostileOnly) out.push('');
if (!hostileOnly) out.push(
  table(
    ['Engine and setting', ...qualitySizes.map((n) => `typo queries, right record in top 3: ${label(n === 'bundled' ? n : Number(n))}`), ...(smoke ? [] : ['search alone at 5,000: median / p95'])],
    engineNames.map((name) => [
      name,
      ...qualitySizes.map((n) => `${results.quality[n][name].found} / ${results.quality[n][name].of}`),
      ...(smoke ? [] : [results.tunings[name] ? `${ms(results.tunings[name].median)} / ${ms(results.tunings[name].p95)}` : '–']),
    ]),
  ),
);
out.push('');
out.push(
  table(
    ['Meeting-type queries (test/precision.test.ts), intergroup feed', 'engine', 'precision at 10', 'recall', 'queries listing the whole feed'],
    Object.entries(results.precision).flatMap(([n, rows]) =>
      Object.entries(rows).map(([name, r]) => [
        `${Number(n).toLocaleString('en-US')} meetings`,
        name,
        `${(r.precision * 100).toFixed(0)} %`,
        `${(r.recall * 100).toFixed(0)} %`,
        `${r.everything} of ${r.queries}`,
      ]),
    ),
  ),
);
out.push('');
out.push(
  `Queries: ${results.typeQueries.map((q) => `“${q}”`).join(', ')}. Precision: the share of the top 10 results that carry the type ` +
    '(its code, or the word in the name, group or notes); recall: the share of that type’s meetings listed at all.',
);
out.push('');
for (const [n, same] of Object.entries(results.sameAsBefore)) {
  out.push(
    `The new engine with the old settings gives exactly the old engine's results (same fuse.js options), ${label(n === 'bundled' ? n : Number(n))}: ` +
      `${same.differ.length ? `no, ${same.differ.length} of ${same.queries} queries differ (since 0.2 derived keywords match apart, by whole words, and typed words allow one typo)` : `yes, all ${same.queries} queries`}.`,
  );
}
if (Object.keys(results.hostile ?? {}).length) {
  out.push('');
  out.push(
    table(
      ['Hostile feed, up to the 10 MB limit', 'longest main-thread task from src set (aim: ≤ 100 ms)', 'JSON.parse of it alone, for scale', 'tasks over 100 ms', 'long tasks in all', 'src set to drawn'],
      Object.entries(results.hostile).map(([name, h]) => [name, ms(h.longest), ms(h.parse), String(h.over100), ms(h.total), ms(h.wall)]),
    ),
  );
}
if (!quiet) console.log(out.join('\n'));
if (args.has('--json')) writeFileSync(`${root}bench-results.json`, JSON.stringify(results, null, 2));
