import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { settle } from '../src/element/values.js';
import type { OudSupportFinder } from '../src/oud-support-finder.js';
import { MAX_ITEMS, checkRecords } from '../src/records/check.js';
import { adaptFeed } from '../src/records/feeds/detect.js';
import { localizeSteps } from '../src/records/localize.js';
import { run } from '../src/records/slices.js';
import { feedId, mergeRecords } from '../src/records/merge.js';
import { bundled } from '../src/records/bundled.js';
import { card, shownIds, statusText } from './helpers.js';

/*
 * Hostile input that once blanked the finder, froze the page or put a wrong number on a national card: keys
 * named after built-ins, very long lists, feeds reusing national ids, odd property values, page globals.
 */

/** Keys that name built-ins of every object. */
const BUILT_INS = ['__proto__', 'constructor', 'valueOf', 'hasOwnProperty', 'toString', 'isPrototypeOf'];
/** JSON text with `key` as a real, own key (an object literal's `__proto__` would set the prototype instead). */
const withKey = (json: string, key: string, value = '{}') => json.replaceAll('"@":0', `"${key}":${value}`);
const parse = (json: string, key: string, value?: string) => JSON.parse(withKey(json, key, value));

/** Collects console warnings while `work` runs. */
async function warnings(work: () => Promise<unknown> | unknown): Promise<string[]> {
  const seen: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    await work();
  } finally {
    console.warn = warn;
  }
  return seen;
}

/** A feed address the finder can fetch without a network: a blob of this JSON. */
const blobFeed = (value: unknown) => URL.createObjectURL(new Blob([JSON.stringify(value)], { type: 'application/json' }));

describe('hardening: keys named after built-ins', () => {
  for (const key of BUILT_INS) {
    it(`treats “${key}” on a record as an unknown field: noted, ignored, the record shown`, () => {
      const { resources, problems } = checkRecords(parse('[{"id":"a","name":"A","@":0}]', key));
      expect(resources.map((r) => r.id)).to.deep.equal(['a']);
      expect(problems).to.deep.equal([{ record: 'a', field: key, message: 'is not a field we know, so it was ignored', skipped: false }]);
      expect(Object.keys(resources[0]!), 'the key is not on the record').not.to.include(key);
      expect((resources[0] as unknown as Record<string, unknown>)[key], 'nor reachable through a prototype').to.equal(undefined);
    });

    const NESTED: [string, string][] = [
      ['a schedule entry', '[{"id":"a","name":"A","schedule":[{"day":"mon","start":"19:00","@":0}]}]'],
      ['a link', '[{"id":"a","name":"A","links":[{"label":"Site","url":"https://example.org","@":0}]}]'],
      ['an extra phone', '[{"id":"a","name":"A","extraPhones":[{"label":"Office","phone":"555-0100","@":0}]}]'],
      ['a translation', '[{"id":"a","name":"A","translations":{"es":{"summary":"Hola","@":0}}}]'],
      ['the translations', '[{"id":"a","name":"A","translations":{"@":0}}]'],
    ];
    for (const [where, json] of NESTED) {
      it(`treats “${key}” in ${where} as any unknown key there: the record is left out, naming it`, () => {
        const { resources, problems } = checkRecords(parse(json, key));
        expect(resources).to.deep.equal([]);
        expect(problems).to.have.length(1);
        expect(problems[0]!.message).to.include(`“${key}”`);
      });
    }

    it(`reads { "resources": [...] } holding “${key}” without throwing`, () => {
      expect(checkRecords(parse('{"resources":[{"id":"a","name":"A"}],"@":0}', key)).resources).to.have.length(1);
    });

    it(`adapts Meeting Guide and HSDS feeds holding “${key}” without leaking built-ins into the words`, () => {
      const meetings = parse('[{"name":"Hope","slug":"hope","day":1,"time":"19:00","types":["O","@"],"@":0}]'.replace('"@"]', `"${key}"]`), key);
      const services = parse('[{"id":"s1","name":"Peer line","phones":[{"number":"555-0100","@":0}],"@":0}]', key);
      for (const feed of [meetings, services]) {
        const adapted = adaptFeed(feed);
        expect(adapted, JSON.stringify(adapted)).to.have.property('records');
        const { resources, problems } = checkRecords((adapted as { records: unknown[] }).records);
        expect(problems, 'adapted records pass the check').to.deep.equal([]);
        expect(JSON.stringify(resources)).not.to.match(/native code|function/);
      }
    });
  }

  it('keeps a page’s changed Object.prototype from showing through records', () => {
    const polluted = { url: 'https://polluted.example/', phone: '1-900-555-0199', end: '23:00', es: { name: 'Polluted' }, local: 'host' };
    const proto = Object.prototype as Record<string, unknown>;
    let shown: Record<string, unknown>[] = [];
    try {
      Object.assign(proto, polluted);
      const { resources } = checkRecords([{ id: 'a', name: 'A', schedule: [{ day: 'mon', start: '19:00' }], translations: { fr: { name: 'Un' } } }]);
      const feed = (adaptFeed([{ name: 'Hope', slug: 'hope', day: 1, time: '19:00' }]) as { records: unknown[] }).records;
      const merged = mergeRecords(bundled.resources, [...resources, ...checkRecords(feed).resources]);
      shown = run(localizeSteps(merged, 'es')) as unknown as Record<string, unknown>[];
    } finally {
      for (const name of Object.keys(polluted)) delete proto[name];
    }
    const a = shown.find((r) => r.id === 'a')!;
    expect([a.url, a.phone, a.name], 'the record’s own fields only').to.deep.equal([undefined, undefined, 'A']);
    expect((a.schedule as Record<string, unknown>[])[0]!.end, 'no end time from the prototype').to.equal(undefined);
    const hope = shown.find((r) => r.id === 'hope')!;
    expect([hope.url, hope.phone]).to.deep.equal([undefined, undefined]);
    const al = shown.find((r) => r.id === 'al-anon')!;
    expect(al.local, 'a national record is not marked as the host’s').to.equal(undefined);
  });

  it('shows inline records holding “__proto__”, with no “invalid JSON” error', async () => {
    const errors: unknown[] = [];
    const wrapper = document.createElement('div');
    wrapper.addEventListener('osf-data-error', (e) => errors.push((e as CustomEvent).detail));
    wrapper.innerHTML = `<oud-support-finder local-only><script type="application/json">[{"id":"a","name":"Our group","__proto__":{"x":1}}]</script></oud-support-finder>`;
    const seen = await warnings(async () => {
      document.body.append(wrapper);
      await (wrapper.firstElementChild as OudSupportFinder).updateComplete;
    });
    expect(shownIds(wrapper.firstElementChild as HTMLElement)).to.deep.equal(['a']);
    expect(errors).to.deep.equal([]);
    expect(seen.join('\n')).to.include('field “__proto__”: is not a field we know');
    wrapper.remove();
  });

  it('keeps the good records of a src feed holding “constructor” and “__proto__”', async () => {
    const feed = JSON.parse('[{"id":"a","name":"Good","__proto__":{"id":"b"}},{"id":"c","name":"Also good","constructor":1}]');
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder local-only src=${blobFeed(feed)}></oud-support-finder>`);
    await waitUntil(() => shownIds(el).length === 2, 'both feed records are shown', { timeout: 3000 });
    expect(shownIds(el).sort()).to.deep.equal(['a', 'c']);
  });
});

describe('hardening: long lists and big feeds', () => {
  const LISTS: [string, unknown][] = [
    ['languages', 'xx'],
    ['aliases', 'Another name'],
    ['links', { label: 'Site', url: 'https://example.org/' }],
    ['extraPhones', { label: 'Office', phone: '555-0100' }],
    ['howTo', 'Call us.'],
    ['schedule', { day: 'mon', start: '19:00' }],
  ];
  for (const [field, item] of LISTS) {
    it(`keeps the first ${MAX_ITEMS} ${field} of 20,000, with a note`, () => {
      // Distinct items where the field asks for them (languages), so only the length is wrong.
      const items = Array.from({ length: 20_000 }, (_, i) =>
        field === 'languages' ? String.fromCharCode(97 + (i % 26), 97 + ((i / 26) % 26 | 0), 97 + ((i / 676) % 26 | 0)) : item,
      );
      const { resources, problems } = checkRecords([{ id: 'a', name: 'A', [field]: items }]);
      expect((resources[0] as unknown as Record<string, unknown[]>)[field]).to.have.length(MAX_ITEMS);
      expect(problems).to.deep.equal([{ record: 'a', field, message: `kept ${MAX_ITEMS} of its 20000 items`, skipped: false }]);
    });
  }

  it('loads a 9.8 MB feed of 90 records with 18,252 languages each without a long task over five seconds', async function () {
    this.timeout(40_000);
    const codes: string[] = [];
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (const a of letters) for (const b of letters) codes.push(a + b);
    for (const a of letters) for (const b of letters) for (const c of letters) codes.push(a + b + c);
    const src = blobFeed(Array.from({ length: 90 }, (_, i) => ({ id: `r${i}`, name: `Record ${i}`, languages: codes })));
    const long: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => long.push(e.duration)));
    observer.observe({ type: 'longtask' });
    await warnings(async () => {
      const el = await fixture<OudSupportFinder>(html`<oud-support-finder local-only src=${src}></oud-support-finder>`);
      await waitUntil(() => shownIds(el).length > 0, 'the feed’s records are shown', { timeout: 20_000 });
      await new Promise((resolve) => setTimeout(resolve, 200));
    });
    observer.disconnect();
    // A generous bound, for a busy shared machine: before the fix one task took 18.8 s on a quiet one (about 0.2 s
    // now, mostly JSON.parse). The benchmark prints the figures (npm run bench -- --hostile).
    expect(long.filter((ms) => ms > 5000), `long tasks: ${long.map(Math.round).join(', ')} ms`).to.deep.equal([]);
  });
});

describe('hardening: national records', () => {
  const TABLE: [string, string][] = [
    ['samhsa-helpline', 'samhsa-helpline-feed'],
    ['lifeline-988', 'lifeline-988-feed'],
    ['st-marks-na', 'st-marks-na'],
  ];
  for (const [id, shown] of TABLE) it(`shows a feed’s “${id}” as “${shown}”`, () => expect(feedId(bundled.resources, id)).to.equal(shown));

  it('keeps a feed from replacing a national record’s number, by id or by a Meeting Guide slug', async () => {
    const ours = blobFeed([{ id: 'samhsa-helpline', name: 'Not SAMHSA', phone: '1-900-555-0199' }]);
    const meetings = blobFeed([{ name: 'Crisis meeting', slug: 'lifeline-988', day: 1, time: '19:00', types: ['O'], address: '1 Main St' }]);
    for (const src of [ours, meetings]) {
      const seen = await warnings(async () => {
        const el = await fixture<OudSupportFinder>(html`<oud-support-finder src=${src}></oud-support-finder>`);
        await waitUntil(() => shownIds(el).some((id) => id?.endsWith('-feed')), 'the feed record is shown under its own id', { timeout: 3000 });
        expect(card(el, 'samhsa-helpline')!.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:+18006624357');
        expect(card(el, 'lifeline-988'), 'the national 988 card stays').to.exist;
      });
      expect(seen.join('\n')).to.match(/is a national id; shown as “(samhsa-helpline|lifeline-988)-feed”/);
    }
  });

  it('leaves out a feed’s record with a national id whose new id the feed uses too, so ids stay one a record', async () => {
    const src = blobFeed([
      { id: 'samhsa-helpline', name: 'Not SAMHSA', phone: '1-900-555-0199' },
      { id: 'samhsa-helpline-feed', name: 'Our own line' },
    ]);
    const seen = await warnings(async () => {
      const el = await fixture<OudSupportFinder>(html`<oud-support-finder local-only src=${src}></oud-support-finder>`);
      await waitUntil(() => shownIds(el).includes('samhsa-helpline-feed'), 'the feed is shown', { timeout: 3000 });
      expect(shownIds(el)).to.deep.equal(['samhsa-helpline-feed']);
      expect(card(el, 'samhsa-helpline-feed')!.textContent).to.include('Our own line');
    });
    expect(seen.join('\n')).to.include('“samhsa-helpline” is a national id; left out');
  });

  it('still lets the host’s own records replace a national one (inline, resources)', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    el.resources = [{ id: 'al-anon', name: 'Our Al-Anon group', summary: 'Tuesdays in the hall.' }];
    await el.updateComplete;
    expect(card(el, 'al-anon')!.textContent).to.include('Our Al-Anon group');
  });
});

describe('hardening: odd attribute and property values', () => {
  const PROPERTIES = ['query', 'lang', 'hide', 'audience', 'approaches', 'formats', 'days', 'src', 'srcFormat', 'hostName', 'theme', 'srcTimeout', 'idleTimeout', 'kiosk', 'free', 'languageSwitch'];
  const VALUES: [string, unknown][] = [
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['NaN', NaN],
    ['an object', { toString: () => 'x' }],
    ['an object without a prototype', Object.create(null)],
    ['a list of junk', [null, {}, 3]],
  ];
  for (const when of ['before', 'after'] as const) {
    for (const [what, value] of VALUES) {
      it(`still shows the finder with every property set to ${what} ${when} the first render`, async () => {
        const el = document.createElement('oud-support-finder') as OudSupportFinder;
        const set = () => PROPERTIES.forEach((name) => ((el as unknown as Record<string, unknown>)[name] = value));
        const seen = await warnings(async () => {
          if (when === 'before') set();
          document.body.append(el);
          await el.updateComplete;
          if (when === 'after') set();
          await el.updateComplete;
        });
        expect(el.shadowRoot!.querySelector('[part="emergency"] a[href="tel:911"]'), 'emergency help').to.exist;
        expect(statusText(el)).to.match(/^3\d results$/);
        expect(seen.filter((line) => line.includes(' query: ignored')), 'one warning for query').to.have.length(1);
        el.remove();
      });
    }
  }

  it('reads removed attributes as their defaults', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder query="family" lang="es" src-timeout="5" hide="al-anon"></oud-support-finder>`);
    await warnings(async () => {
      for (const name of ['query', 'lang', 'src-timeout', 'hide']) el.removeAttribute(name);
      await el.updateComplete;
    });
    expect([el.query, el.lang, el.hide]).to.deep.equal(['', '', []]);
    expect(statusText(el)).to.match(/^3\d results$/);
  });

  /** The longest delay the element asks of setTimeout while `work` runs. */
  async function delays(work: () => Promise<unknown>): Promise<number[]> {
    const seen: number[] = [];
    const original = window.setTimeout;
    window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => {
      seen.push(ms ?? 0);
      return original(handler, ms, ...rest);
    }) as typeof window.setTimeout;
    try {
      await work();
    } finally {
      window.setTimeout = original;
    }
    return seen;
  }

  for (const bad of ['NaN', 'abc', '-1', '1e309']) {
    it(`starts over after 90 seconds in kiosk mode when idle-timeout is “${bad}”, never turning off`, async () => {
      const asked = await delays(async () => {
        await warnings(async () => {
          const el = await fixture<OudSupportFinder>(html`<oud-support-finder kiosk idle-timeout=${bad}></oud-support-finder>`);
          el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
        });
      });
      expect(asked, 'the quiet spell before the 10-second warning').to.include(80_000);
    });
  }

  it('caps a very long idle-timeout below the timer limit instead of firing at once, over and over', async () => {
    const asked = await delays(async () => {
      const el = await fixture<OudSupportFinder>(html`<oud-support-finder kiosk idle-timeout="3000000"></oud-support-finder>`);
      el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    expect(asked).to.include(2 ** 31 - 1);
    expect(asked.filter((ms) => ms === 0).length, 'no loop of timers that fire at once').to.be.below(20);
  });

  it('loads a feed with src-timeout="2147484" rather than timing out at once', async () => {
    const errors: unknown[] = [];
    const el = await fixture<OudSupportFinder>(
      html`<oud-support-finder local-only src-timeout="2147484" src=${blobFeed([{ id: 'a', name: 'A' }])} @osf-data-error=${(e: CustomEvent) => errors.push(e.detail)}></oud-support-finder>`,
    );
    await waitUntil(() => shownIds(el).includes('a') || errors.length, 'the feed loads', { timeout: 3000 });
    expect(errors).to.deep.equal([]);
  });

  /** A stand-in element: settle only reads the declarations Lit keeps on the class. */
  const stub = (values: Record<string, unknown>) => {
    class Stub {
      static elementProperties = new Map<string, object>([
        ['query', { type: String, converter: {} }],
        ['kiosk', { type: Boolean }],
        ['srcTimeout', { type: Number }],
        ['audience', { converter: {} }],
        ['resources', { attribute: false }],
      ]);
    }
    return Object.assign(new Stub(), values) as unknown as HTMLElement & Record<string, unknown>;
  };
  const SETTLE: [string, unknown, unknown][] = [
    ['query', 5, ''],
    ['query', 'family', 'family'],
    ['kiosk', 'yes', false],
    ['kiosk', true, true],
    ['srcTimeout', NaN, undefined],
    ['srcTimeout', -1, undefined],
    ['srcTimeout', Infinity, undefined],
    ['srcTimeout', '5', undefined],
    ['srcTimeout', 30, 30],
    ['audience', 'family', 'family'],
    ['audience', ['family', 3, null], ['family']],
    ['audience', {}, []],
    ['resources', 'anything', 'anything'],
  ];
  for (const [name, value, expected] of SETTLE) {
    it(`settles ${name} = ${JSON.stringify(value) ?? String(value)} as ${JSON.stringify(expected)}`, async () => {
      const el = stub({ [name]: value });
      const seen = await warnings(() => settle(el, new Map([[name, undefined]])));
      expect(el[name]).to.deep.equal(expected);
      expect(seen, 'one warning, only for an odd value').to.have.length(Object.is(value, expected) ? 0 : 1);
    });
  }
});

describe('hardening: links', () => {
  const LINKS: [string, boolean][] = [
    ['https://example.org/meetings', true],
    ['http://example.org:8080/a@b', true],
    ['https://user:pass@example.org/', false],
    ['https://user@example.org/', false],
    ['http://localhost/', false],
    ['http://localhost./admin', false],
    ['http://printer.local/', false],
    ['http://127.0.0.1/', false],
    ['http://2130706433/', false],
    ['http://0x7f.1/', false],
    ['http://10.0.0.1/', false],
    ['http://192.168.1.1/router', false],
    ['http://172.16.0.1/', false],
    ['http://169.254.169.254/latest/meta-data', false],
    ['http://[::1]/', false],
    ['http://[fd00::1]/', false],
    ['https://988lifeline.org/', true],
  ];
  for (const [url, ok] of LINKS) {
    it(`${ok ? 'accepts' : 'refuses'} ${url}`, () => {
      for (const record of [{ url }, { chatUrl: url }, { links: [{ label: 'Site', url }] }]) {
        const { resources, problems } = checkRecords([{ id: 'a', name: 'A', ...record }]);
        expect(resources.length, JSON.stringify(problems)).to.equal(ok ? 1 : 0);
        if (!ok) expect(problems[0]!.message).to.include('should be a public web address');
      }
    });
  }
});

describe('hardening: the classic script on any page', () => {
  let script = '';
  before(async () => {
    script = await (await fetch('/dist/oud-support-finder.js')).text();
  });

  /** A page that runs `before`, then the built script inline, under `policy`; it reports errors and violations. */
  async function page(before: string, policy = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'") {
    const frame = document.createElement('iframe');
    const problems: string[] = [];
    const listen = (event: MessageEvent) => event.source === frame.contentWindow && problems.push(event.data);
    window.addEventListener('message', listen);
    frame.srcdoc = `<!doctype html><html lang="en"><head>
      <meta http-equiv="Content-Security-Policy" content="${policy}">
      <script>
        addEventListener('error', (e) => parent.postMessage('error: ' + e.message, '*'));
        addEventListener('securitypolicyviolation', (e) => parent.postMessage('blocked: ' + e.violatedDirective, '*'));
      </script></head><body><oud-support-finder></oud-support-finder>
      <script>${before}</script>
      <script>${script.replace(/<\/script/gi, '<\\/script')}</script></body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const el = frame.contentDocument!.querySelector('oud-support-finder') as OudSupportFinder;
    await waitUntil(() => el.shadowRoot?.querySelector('[role="status"]'), 'the finder renders', { timeout: 5000 });
    await el.updateComplete;
    window.removeEventListener('message', listen);
    return { el, problems, win: frame.contentWindow as Window & Record<string, unknown>, done: () => frame.remove() };
  }

  const PAGES: [string, string][] = [
    ['declares let OudSupportFinder', 'let OudSupportFinder = "the page’s own";'],
    ['declares const OudSupportFinder', 'const OudSupportFinder = 1;'],
    ['has no requestIdleCallback or structuredClone', 'delete window.requestIdleCallback; window.structuredClone = undefined;'],
    [
      'set resources holding “__proto__” before the script loaded',
      `document.querySelector('oud-support-finder').resources = JSON.parse('[{"id":"a","name":"Our group","__proto__":{}}]');`,
    ],
  ];
  for (const [what, before] of PAGES) {
    it(`runs on a page that ${what}`, async () => {
      const { el, problems, done } = await page(before);
      expect(problems).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('[part="emergency"] a[href="tel:911"]')).to.exist;
      if (before.includes('__proto__')) expect(shownIds(el)[0], 'the host’s record comes first').to.equal('a');
      done();
    });
  }

  it('draws no link from a page’s changed Object.prototype', async () => {
    const pollute = `Object.assign(Object.prototype, { url: 'https://polluted.example/', phone: '1-900-555-0199', chatUrl: 'https://polluted.example/chat', end: '23:00' });
      document.querySelector('oud-support-finder').resources = [{ id: 'a', name: 'Our group', schedule: [{ day: 'mon', start: '19:00' }] }];`;
    const { el, problems, done } = await page(pollute);
    expect(problems).to.deep.equal([]);
    const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.filter((href) => /polluted|19005550199/.test(href ?? '')), 'no link from the prototype').to.deep.equal([]);
    expect(card(el, 'a')!.textContent, 'no end time from the prototype').not.to.include('11');
    done();
  });

  it('declares no global name', async () => {
    const names = Object.getOwnPropertyNames(window);
    const { win, done } = await page('');
    const added = Object.getOwnPropertyNames(win).filter((name) => !names.includes(name) && !/^(litHtml|lit|reactiveElement)/i.test(name));
    expect(added.filter((name) => /oud|finder/i.test(name))).to.deep.equal([]);
    done();
  });

  it('shows the finder under the documented Trusted Types policy (trusted-types lit-html)', async () => {
    const policy = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; require-trusted-types-for 'script'; trusted-types lit-html";
    const { el, problems, done } = await page('', policy);
    expect(problems, 'no error and no violation').to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part="emergency"]')!.textContent).to.include('911');
    done();
  });
});
