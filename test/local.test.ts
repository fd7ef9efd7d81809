import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { OudSupportFinder } from '../src/oud-support-finder.js';
import { DAYS } from '../src/records/types.js';
import { bundled } from '../src/records/bundled.js';
import { card, checkbox, resultCount, shownIds, typeQuery } from './helpers.js';

type DataError = HTMLElementEventMap['osf-data-error'];

const meeting = {
  id: 'st-marks-na',
  name: 'Tuesday Night Hope Group (NA)',
  kind: 'meeting',
  summary: 'An open NA meeting in our fellowship hall.',
  schedule: [{ day: 'tue', start: '19:00', end: '20:00' }],
  address: '100 Example Street',
};
const inline = (records: unknown) => JSON.stringify(records);
const note = (el: HTMLElement) => el.shadowRoot!.querySelector('[part="data-note"]');

/** Waits until the finder shows a card with this id, or fails after a few seconds. */
async function until(el: OudSupportFinder, test: () => boolean, what: string) {
  for (let i = 0; i < 100 && !test(); i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
  }
  expect(test(), what).to.equal(true);
}

describe('local records: three ways in', () => {
  it('reads inline JSON, puts it first and marks it with the host’s name', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder host-name="St. Mark's">
      <script type="application/json">${inline([meeting])}</script>
    </oud-support-finder>`);
    expect(shownIds(el)[0]).to.equal('st-marks-na');
    const local = card(el, 'st-marks-na')!;
    expect(local.textContent).to.contain('Here at St. Mark\'s');
    expect(local.textContent).to.match(/Tuesdays 7\s*–\s*8\sPM/);
    expect(local.textContent).to.contain('100 Example Street');
    expect(shownIds(el)).to.include('samhsa-helpline');
    await expect(el).to.be.accessible();
  });

  it('reads inline JSON written as { "resources": [...] } and says “Local” without a host name', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder>
      <script type="application/json">${inline({ resources: [meeting] })}</script>
    </oud-support-finder>`);
    expect(card(el, 'st-marks-na')!.querySelector('.facts')!.textContent).to.contain('Local');
  });

  it('reads inline JSON that arrives after the element connects, as when the script tag comes first', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = inline([meeting]);
    el.append(script);
    await until(el, () => shownIds(el)[0] === 'st-marks-na', 'the late inline record is shown first');
    script.textContent = inline([{ ...meeting, name: 'Renamed meeting' }]);
    await until(el, () => card(el, 'st-marks-na')?.querySelector('h3')?.textContent === 'Renamed meeting', 'an edit shows');
  });

  it('takes records from the resources property', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    el.resources = [{ id: 'county-rcc', name: 'County Recovery Community Center', phone: '555-0123' }];
    await el.updateComplete;
    expect(shownIds(el)[0]).to.equal('county-rcc');
    expect(card(el, 'county-rcc')!.querySelector('a[href="tel:+15550123"], a[href^="tel:"]')!.textContent).to.contain('555-0123');
    el.resources = undefined;
    await el.updateComplete;
    expect(shownIds(el)).not.to.include('county-rcc');
  });

  it('fetches a src feed in our format, once, and shows it first', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder src="/test/fixtures/local-resources.json"></oud-support-finder>`);
    await until(el, () => shownIds(el)[0] === 'st-marks-na', 'the feed’s records come first');
    expect(shownIds(el).slice(0, 2)).to.deep.equal(['st-marks-na', 'clinic-peer-specialist']);
    expect(performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/local-resources.json')).length).to.be.at.least(1);
  });

  for (const [format, src, id, attribute] of [
    ['Meeting Guide', '/test/fixtures/meeting-guide.json', 'sunrise-serenity-1', ''],
    ['Meeting Guide, named', '/test/fixtures/meeting-guide.json', 'grupo-esperanza', 'meeting-guide'],
    ['HSDS (paged)', '/test/fixtures/hsds.json', 'svc-text-line', ''],
    ['HSDS (a bare list), named', '/test/fixtures/hsds-array.json', '', 'hsds'],
    ['BMLT', '/test/fixtures/bmlt.json', 'meeting-4107', ''],
    ['BMLT, named', '/test/fixtures/bmlt.json', 'meeting-4188', 'bmlt'],
  ]) {
    it(`reads a ${format} feed and marks its records “In your area”, not as the host’s own`, async () => {
      const el = document.createElement('oud-support-finder');
      el.hostName = 'St. Mark’s';
      el.src = src;
      if (attribute) el.srcFormat = attribute;
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      holder.append(el);
      await until(el, () => shownIds(el).length > 0 && shownIds(el)[0] !== 'samhsa-helpline', 'the feed’s records come first');
      const first = id ? card(el, id) : el.shadowRoot!.querySelector<HTMLElement>('[part~="result"]');
      expect(first, `${id} is shown`).to.exist;
      expect(first!.querySelector('.facts')!.textContent).to.contain('In your area').and.not.contain('St. Mark');
    });
  }

  it('shows a feed’s meeting times and online link', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder src="/test/fixtures/meeting-guide.json"></oud-support-finder>`);
    await until(el, () => Boolean(card(el, 'recovery-at-night-online')), 'the online meeting is shown');
    const online = card(el, 'recovery-at-night-online')!;
    expect(online.querySelector('.schedule')!.textContent).to.match(/\d/);
    expect(online.querySelector('a[href^="https:"]')).to.exist;
    expect(shownIds(el)).not.to.include('saturday-step-study');
  });

  it('reads a feed given inline or through the resources property, detected as src detects it', async () => {
    const mg = await (await fetch('/test/fixtures/meeting-guide.json')).json();
    const bmlt = await (await fetch('/test/fixtures/bmlt.json')).json();
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder>
      <script type="application/json">${inline(mg)}</script>
    </oud-support-finder>`);
    expect(shownIds(el)).to.include.members(['sunrise-serenity-1', 'grupo-esperanza']);
    expect(card(el, 'sunrise-serenity-1')!.querySelector('.facts')!.textContent).to.contain('In your area');
    el.resources = bmlt;
    await el.updateComplete;
    expect(shownIds(el)).to.include.members(['meeting-4107', 'meeting-4190', 'sunrise-serenity-1']);
  });

  it('shows a one-tap dial-in, its meeting id and passcode written out, the online note and long notes with “more”', async () => {
    const long = `${'The room is on the second floor, past the library. '.repeat(8)}Parking is free after six.`;
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    el.resources = [
      {
        name: 'Late Night Lifeline',
        slug: 'late-night',
        day: 4,
        time: '23:00',
        end_time: '00:00',
        attendance_option: 'online',
        conference_url: 'https://zoom.example.com/j/5550123456',
        conference_url_notes: 'Passcode: serenity',
        conference_phone: '+15550100200,,5550123456#,,,,*4242#',
        notes: long,
      },
    ];
    await el.updateComplete;
    const online = card(el, 'late-night')!;
    const call = online.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(call.getAttribute('href')).to.equal('tel:+15550100200,,5550123456%23,,,,*4242%23');
    expect(online.textContent).to.contain('Meeting ID 5550123456, passcode 4242').and.contain('Passcode: serenity');
    const more = online.querySelector('details.more')!;
    expect(more.querySelector('summary')!.textContent!.trim()).to.equal('more');
    expect(online.textContent!.replace(/\s+/g, ' ')).to.contain('Parking is free after six.');
    expect(online.querySelector('a[href="https://zoom.example.com/j/5550123456"]')!.textContent).to.contain('Join online');
    await expect(el).to.be.accessible();
  });

  it('finds meetings by city, ZIP code, place and region', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    el.resources = [
      { name: 'Morning Light', slug: 'morning-light', day: 1, time: '07:00', formatted_address: '12 Main St, Santa Ana, CA 92705, USA' },
      { name: 'Noon Step', slug: 'noon-step', day: 2, time: '12:00', location: 'Grace Hall', formatted_address: '40 Oak Ave, Santa Ana, CA 92701, USA' },
      { name: 'Evening Hope', slug: 'evening-hope', day: 3, time: '19:00', formatted_address: '9 Elm St, Irvine, CA 92618, USA', regions: ['Orange County', 'Northwood'] },
    ];
    await el.updateComplete;
    const ids = async (query: string) => {
      await typeQuery(el, query);
      return shownIds(el).filter((id) => id && ['morning-light', 'noon-step', 'evening-hope'].includes(id));
    };
    expect(await ids('Santa Ana')).to.have.members(['morning-light', 'noon-step']);
    // A ZIP one digit away still matches (fuse.js allows a typo in five letters), after the exact one.
    expect((await ids('92705'))[0]).to.equal('morning-light');
    expect(await ids('Grace Hall')).to.deep.equal(['noon-step']);
    expect(await ids('Northwood')).to.deep.equal(['evening-hope']);
  });

  it('says a meeting that runs past midnight is still the next one that evening', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    const today = DAYS[new Date().getDay()];
    el.resources = [{ id: 'late', name: 'Late', kind: 'meeting', schedule: [{ day: today, start: '23:59', end: '00:00' }] }];
    await el.updateComplete;
    expect(card(el, 'late')!.querySelector('.schedule')!.textContent).to.match(/today/i);
  });

  it('lets a search rank national records above local ones', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder>
      <script type="application/json">${inline([meeting])}</script>
    </oud-support-finder>`);
    await typeQuery(el, 'smart recovery');
    expect(shownIds(el)[0]).to.equal('smart-recovery');
  });
});

describe('local records: long lists', () => {
  it('draws twenty results at a time, with a button for more, and prints them all', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder local-only></oud-support-finder>`);
    el.resources = Array.from({ length: 120 }, (_, i) => ({ id: `meeting-${i}`, name: `Meeting ${i}` }));
    await el.updateComplete;
    expect(shownIds(el)).to.have.length(20);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('120 results');
    const more = () => el.shadowRoot!.querySelector<HTMLButtonElement>('button.more');
    expect(more()!.textContent!.trim()).to.equal('Show more results (100 more)');
    more()!.click();
    await el.updateComplete;
    expect(shownIds(el)).to.have.length(40);
    const print = window.print;
    let printed = 0;
    window.print = () => {
      printed = shownIds(el).length;
    };
    try {
      [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Print'))!.click();
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      expect(printed, 'every result is drawn for printing').to.equal(120);
    } finally {
      window.print = print;
    }
    await typeQuery(el, 'Meeting 1');
    expect(shownIds(el).length, 'a new search starts at the first page again').to.be.at.most(20);
  });
});

describe('local records: hide, local-only and replacing', () => {
  it('hides national records by id', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder hide="al-anon celebrate-recovery"></oud-support-finder>`);
    expect(shownIds(el)).not.to.include.members(['al-anon']);
    expect(shownIds(el)).not.to.include('celebrate-recovery');
    expect(shownIds(el)).to.include('nar-anon');
  });

  it('shows only the host’s records with local-only, and keeps the emergency strip', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder local-only>
      <script type="application/json">${inline([meeting])}</script>
    </oud-support-finder>`);
    expect(shownIds(el)).to.deep.equal(['st-marks-na']);
    expect(el.shadowRoot!.querySelector('[part="emergency"] a[href="tel:911"]')).to.exist;
  });

  it('replaces a national record with a local one of the same id', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder>
      <script type="application/json">${inline([{ id: 'nar-anon', name: 'Nar-Anon at St. Mark’s', schedule: [{ day: 'mon', start: '18:30' }] }])}</script>
    </oud-support-finder>`);
    const cards = shownIds(el).filter((id) => id === 'nar-anon');
    expect(cards).to.have.length(1);
    expect(card(el, 'nar-anon')!.querySelector('h3')!.textContent).to.equal('Nar-Anon at St. Mark’s');
  });
});

describe('local records: meetings', () => {
  const today = DAYS[new Date().getDay()];
  const other = DAYS[(new Date().getDay() + 3) % 7];
  const meetings = [
    { id: 'today-meeting', name: 'Meets today', schedule: [{ day: today, start: '23:58', end: '23:59' }] },
    { id: 'other-meeting', name: 'Meets another day', schedule: [{ day: other, start: '12:00' }] },
  ];

  it('offers “meets today” and the days of the week only when some record has a schedule', async () => {
    const plain = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    expect(() => checkbox(plain, 'More', 'Meets today')).to.throw();
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder>
      <script type="application/json">${inline(meetings)}</script>
    </oud-support-finder>`);
    checkbox(el, 'More', 'Meets today').click();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['today-meeting']);
    checkbox(el, 'More', 'Meets today').click();
    await el.updateComplete; // a day with no meeting today is offered once "meets today" is off
    const otherName = { sun: 'Sunday', mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday' }[other];
    checkbox(el, 'Meets on', otherName).click();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['other-meeting']);
    await expect(el).to.be.accessible();
  });

  it('says when the next meeting is', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder>
      <script type="application/json">${inline(meetings)}</script>
    </oud-support-finder>`);
    expect(card(el, 'today-meeting')!.textContent).to.contain('Next meeting: today');
  });
});

describe('local records: bad input loses nothing', () => {
  const FEEDS: [string, string, string, number?][] = [
    ['missing', '/test/fixtures/no-such-feed.json', 'missing'],
    ['not JSON', '/feeds/page', 'not-json'],
    ['the wrong shape', '/test/fixtures/wrong-shape.json', 'wrong-shape'],
    ['too slow', '/feeds/slow', 'timeout', 1],
    ['huge', '/feeds/huge', 'too-large'],
  ];
  for (const [what, src, reason, timeout] of FEEDS) {
    it(`keeps bundled and inline records when the feed is ${what}, with a calm note and an event`, async () => {
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('oud-support-finder');
      el.innerHTML = `<script type="application/json">${inline([meeting])}</script>`;
      if (timeout) el.srcTimeout = timeout;
      el.src = src;
      const event = oneEvent(holder, 'osf-data-error') as Promise<DataError>;
      holder.append(el);
      const { detail } = await event;
      expect(detail.source).to.equal('src');
      expect(detail.reason).to.equal(reason);
      expect(detail.url).to.equal(src);
      expect(detail.message).to.be.a('string').and.not.equal('');
      await el.updateComplete;
      expect(note(el)!.textContent).to.contain('could not be loaded');
      expect(shownIds(el)).to.include.members(['st-marks-na', 'samhsa-helpline', 'narcotics-anonymous']);
    });
  }

  it('refuses a feed redirected to another origin', async () => {
    const el = document.createElement('oud-support-finder');
    el.src = '/feeds/redirect';
    const event = oneEvent(document.body, 'osf-data-error') as Promise<DataError>;
    document.body.append(el);
    try {
      const { detail } = await event;
      expect(detail.reason).to.be.oneOf(['other-origin', 'missing']);
      await el.updateComplete;
      expect(shownIds(el)).not.to.include('st-marks-na');
      expect(note(el)).to.exist;
    } finally {
      el.remove();
    }
  });

  it('skips a bad inline record, names its field, and shows the good ones', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('oud-support-finder');
      el.innerHTML = `<script type="application/json">${inline([
        meeting,
        { id: 'bad-link', name: 'Bad link', url: 'javascript:alert(1)' },
        { id: 'bad-phone', name: 'Bad phone', phone: 'call us' },
      ])}</script>`;
      const event = oneEvent(holder, 'osf-data-error') as Promise<DataError>;
      holder.append(el);
      const { detail } = await event;
      expect(detail).to.include({ source: 'inline', reason: 'invalid-records', skipped: 2 });
      await el.updateComplete;
      expect(shownIds(el)).to.include('st-marks-na');
      expect(shownIds(el)).not.to.include.members(['bad-link']);
      expect(shownIds(el)).not.to.include('bad-phone');
      expect(warnings.join('\n')).to.contain('“bad-link”, field “url”').and.contain('“bad-phone”, field “phone”');
      expect(warnings, 'one warning for the set').to.have.length(1);
      expect(note(el), 'a bad record is not a failed source').to.equal(null);
    } finally {
      console.warn = original;
    }
  });

  it('warns once for thousands of bad records, with counts by reason, and keeps the event small', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('oud-support-finder');
      el.resources = Array.from({ length: 3000 }, (_, i) => ({ id: `bad-${i}`, name: `Bad ${i}`, phone: 'call us' }));
      const event = oneEvent(holder, 'osf-data-error') as Promise<DataError>;
      holder.append(el);
      const { detail } = await event;
      expect(detail).to.include({ source: 'resources', reason: 'invalid-records', skipped: 3000 });
      expect(detail.message.length).to.be.at.most(2000);
      expect(warnings.length, 'at most one line for the set, and one for the failed source').to.be.at.most(2);
      expect(warnings[0]).to.contain('3000 of 3000 records left out').and.contain('3000 × phone').and.contain('“bad-0”');
    } finally {
      console.warn = original;
    }
  });

  it('counts a feed’s inactive meetings in the data event', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('oud-support-finder');
    el.resources = [{ name: 'Gone', day: 1, time: '10:00', attendance_option: 'inactive' }, { name: 'Here', day: 1, time: '10:00', slug: 'here' }];
    const event = oneEvent(holder, 'osf-data-error') as Promise<DataError>;
    holder.append(el);
    expect((await event).detail).to.include({ source: 'resources', reason: 'inactive', inactive: 1 });
    expect(shownIds(el)).to.include('here');
  });

  it('shows a calm note for unreadable inline JSON and keeps the national records', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('oud-support-finder');
    el.innerHTML = '<script type="application/json">[{ "id": "x", </script>';
    const event = oneEvent(holder, 'osf-data-error') as Promise<DataError>;
    holder.append(el);
    expect((await event).detail).to.include({ source: 'inline', reason: 'invalid-json' });
    await el.updateComplete;
    expect(note(el)).to.exist;
    expect(resultCount(el)).to.equal(bundled.resources.length);
  });

  it('never throws into the page, whatever the resources property holds', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    for (const value of [null, 42, 'records', {}, [null], [{ id: 1 }], { resources: 'x' }]) {
      el.resources = value;
      await el.updateComplete;
      expect(resultCount(el), JSON.stringify(value)).to.equal(bundled.resources.length);
    }
  });

  it('renders only https, http, tel and sms links from local records', async () => {
    const el = await fixture<OudSupportFinder>(html`<oud-support-finder></oud-support-finder>`);
    el.resources = [
      { id: 'ok', name: 'OK', url: 'https://example.org', links: [{ label: 'More', url: 'http://example.org/more' }] },
      { id: 'data', name: 'Data', url: 'data:text/html,hi' },
      { id: 'mail', name: 'Mail', links: [{ label: 'Mail', url: 'mailto:x@example.org' }] },
    ];
    await el.updateComplete;
    for (const a of el.shadowRoot!.querySelectorAll('a')) expect(a.getAttribute('href')).to.match(/^(https?:|tel:|sms:|mailto:)/);
    expect(shownIds(el)).to.include('ok');
  });
});

describe('local: who a feed is for (feed-audience)', () => {
  // An Al-Anon intergroup's Meeting Guide feed: its names do not say Al-Anon, so the host says who it is for.
  const feed = [
    { name: 'Serenity Seekers', slug: 'serenity-seekers', day: 2, time: '19:00', types: ['O'], conference_url: 'https://example.org/j/1' },
    { name: 'Hope at Noon', slug: 'hope-at-noon', day: 3, time: '12:00', types: ['C'], conference_url: 'https://example.org/j/2' },
  ];
  const own = { id: 'own-meeting', name: 'Our own meeting', audience: ['self'] };
  const finder = (attributes: string) => {
    const box = document.createElement('div');
    box.innerHTML = `<oud-support-finder local-only ${attributes}><script type="application/json">${JSON.stringify(feed)}</script></oud-support-finder>`;
    return fixture<OudSupportFinder>(box.firstElementChild as HTMLElement);
  };
  // With nothing found, the finder still offers the helpline.
  const found = (el: OudSupportFinder) => shownIds(el).filter((id) => id !== 'samhsa-helpline');

  /** [attribute value, ids the "family" choice shows, ids the "self" choice shows] */
  const CASES: [string, string[], string[]][] = [
    ['', [], ['serenity-seekers', 'hope-at-noon']],
    ['family', ['serenity-seekers', 'hope-at-noon'], []],
    ['both', ['serenity-seekers', 'hope-at-noon'], ['serenity-seekers', 'hope-at-noon']],
    ['self', [], ['serenity-seekers', 'hope-at-noon']],
    ['nobody', [], ['serenity-seekers', 'hope-at-noon']],
  ];
  for (const [value, family, self] of CASES) {
    it(`feed-audience="${value}" files the feed's meetings ${family.length ? 'under family' : 'as the feed says'}`, async () => {
      const el = await finder(`feed-audience="${value}"`);
      el.audience = ['family'];
      await el.updateComplete;
      expect(found(el), 'family').to.have.members(family);
      el.audience = ['self'];
      await el.updateComplete;
      expect(found(el), 'self').to.have.members(self);
    });
  }

  it('leaves the host’s own records as they are, and follows a change of the attribute', async () => {
    const el = await finder('feed-audience="family"');
    el.resources = [own];
    el.audience = ['family'];
    await el.updateComplete;
    expect(found(el)).to.have.members(['serenity-seekers', 'hope-at-noon']);
    el.feedAudience = 'self';
    await el.updateComplete;
    expect(found(el), 'no family records now').to.deep.equal([]);
    el.audience = ['self'];
    await el.updateComplete;
    expect(found(el)).to.have.members(['serenity-seekers', 'hope-at-noon', 'own-meeting']);
  });
});
