import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { checkRecords, describeProblem } from '../src/records/check.js';

/*
 * The authoring command as a site owner runs it: `node bin/oud-support-finder.mjs ...` in a fresh folder,
 * through the run-cli plugin (scripts/run-cli-plugin.mjs). It runs the built dist/ (npm test builds first).
 */
interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** The files the run wrote, by name. */
  files: Record<string, string>;
}
/** A file to put in the folder: text, bytes (base64, repeated to make a big file) or a link to another file. */
type Given = string | { base64: string; repeat?: number } | { link: string };
const cli = (args: string[], files: Record<string, Given> = {}) =>
  executeServerCommand<Run, { args: string[]; files: Record<string, Given> }>('run-cli', { args, files });

const lines = (text: string) => text.split('\n').filter(Boolean);
const json = (value: unknown) => JSON.stringify(value, null, 2);

const GOOD = [
  { id: 'st-marks-na', name: 'NA at St. Mark’s', kind: 'meeting', phone: '555-0100', schedule: [{ day: 'tue', start: '19:00' }] },
  { id: 'riverside-family', name: 'Riverside family group', audience: ['family'] },
];
const BAD = [
  { ...GOOD[0], phone: 'call us' },
  GOOD[1],
  { name: 'A group with no id' },
  { id: 'coffee-and-recovery', name: 'Coffee and recovery', colour: 'green' },
];

describe('cli: check', () => {
  it('passes a good file with exit code 0 and a summary', async () => {
    const run = await cli(['check', 'mine.json'], { 'mine.json': json(GOOD) });
    expect(run.code).to.equal(0);
    expect(lines(run.stdout)).to.deep.equal(['2 records are fine.']);
    expect(run.stderr).to.equal('');
  });

  it('accepts { "resources": [...] } too', async () => {
    const run = await cli(['check', 'mine.json'], { 'mine.json': json({ resources: GOOD }) });
    expect(run.code).to.equal(0);
  });

  it('prints one line per problem, in the words the finder uses, then counts the good records', async () => {
    const run = await cli(['check', 'mine.json'], { 'mine.json': json(BAD) });
    expect(run.code).to.equal(1);
    const expected = checkRecords(BAD).problems.map(describeProblem);
    expect(lines(run.stdout)).to.deep.equal([...expected, '1 record is fine, 3 have problems.']);
    for (const [record, field] of [['st-marks-na', 'phone'], ['record 3', 'id'], ['coffee-and-recovery', 'colour']]) {
      expect(run.stdout, `a line names ${record} and ${field}`).to.include(`“${record}”, field “${field}”: `);
    }
  });

  it('fails on an unknown field alone, since the JSON Schema forbids it', async () => {
    const run = await cli(['check', 'mine.json'], { 'mine.json': json([GOOD[0], BAD[3]]) });
    expect(run.code).to.equal(1);
    expect(lines(run.stdout)).to.have.length(2);
    expect(run.stdout).to.include('field “colour”').and.include('1 record is fine, 1 has problems.');
  });

  it('says where a file stops being JSON, on one line', async () => {
    const broken = '[\n  { "id": "a", "name": "A" },\n  { "id": "b", "name": "B", }\n]\n';
    const run = await cli(['check', 'mine.json'], { 'mine.json': broken });
    expect(run.code).to.equal(1);
    expect(lines(run.stderr)).to.have.length(1);
    expect(run.stderr).to.match(/^“mine\.json” is not valid JSON: line 3, column 29: JSON allows no comma before “}”\.$/m);
  });

  for (const notAList of [{ id: 'a', name: 'A' }, { resources: 'none' }, 5, 'records', null]) {
    it(`says so when the file is JSON but not a list of records: ${JSON.stringify(notAList)}`, async () => {
      const run = await cli(['check', 'mine.json'], { 'mine.json': json(notAList) });
      expect(run.code).to.equal(1);
      expect(run.stdout.trim()).to.match(/^“mine\.json” should be a list of records, or an object with a “resources” list\.$/);
    });
  }

  it('reads a file that starts with a byte-order mark, as some editors write', async () => {
    const run = await cli(['check', 'mine.json'], { 'mine.json': `\uFEFF${json(GOOD)}` });
    expect(run.code, run.stderr).to.equal(0);
  });

  it('exits with 2 when the file cannot be read', async () => {
    const run = await cli(['check', 'missing.json']);
    expect(run.code).to.equal(2);
    expect(run.stderr.trim()).to.equal('Cannot read “missing.json”: there is no such file.');
  });
});

describe('cli: usage', () => {
  const USAGE_ERRORS: [string, string[]][] = [
    ['no arguments', []],
    ['no file', ['check']],
    ['two files', ['check', 'a.json', 'b.json']],
    ['an unknown command', ['validate', 'a.json']],
    ['an unknown option', ['check', '--fix', 'a.json']],
    ['--out without a name', ['bundle', 'a.json', '--out']],
    ['--format without a format', ['check', 'a.json', '--format']],
  ];
  for (const [what, args] of USAGE_ERRORS) {
    it(`exits with 2 and a hint on ${what}`, async () => {
      const run = await cli(args);
      expect(run.code).to.equal(2);
      expect(run.stderr).to.match(/Usage:|--help/);
    });
  }

  it('reads a Meeting Guide, HSDS or BMLT feed as the finder does, and says how it read it', async () => {
    for (const [fixture, format, count] of [['meeting-guide.json', 'meeting-guide', 5], ['hsds.json', 'hsds', 2], ['bmlt.json', 'bmlt', 3]] as const) {
      const text = await (await fetch(`/test/fixtures/${fixture}`)).text();
      const run = await cli(['check', 'feed.json'], { 'feed.json': text });
      expect(run.code, fixture).to.equal(0);
      expect(run.stderr, fixture).to.include(`Read “feed.json” as ${format}: ${count} records`);
      expect(lines(run.stdout), fixture).to.deep.equal([`${count} records are fine.`]);
      const named = await cli(['check', 'feed.json', `--format=${format}`], { 'feed.json': text });
      expect(named.code, `${fixture}, named`).to.equal(0);
    }
  });

  it('refuses a named format that gives no records, and an unknown one', async () => {
    const wrong = await cli(['check', 'mine.json', '--format', 'bmlt'], { 'mine.json': json({ resources: GOOD }) });
    expect(wrong.code).to.equal(1);
    expect(wrong.stderr).to.include('“mine.json” is not a list of records');
    const empty = await cli(['check', 'mine.json', '--format', 'meeting-guide'], { 'mine.json': json([{ title: 'x' }]) });
    expect(empty.code).to.equal(1);
    expect(empty.stderr).to.include('gave no records read as meeting-guide');
    const unknown = await cli(['check', 'mine.json', '--format', 'ical'], { 'mine.json': json(GOOD) });
    expect(unknown.code).to.equal(2);
    expect(unknown.stderr).to.include('--format names an unknown format “ical”');
  });

  it('prints usage for both commands on --help', async () => {
    const run = await cli(['--help']);
    expect(run.code).to.equal(0);
    expect(run.stdout).to.include('oud-support-finder check <records.json>').and.include('oud-support-finder bundle <records.json>');
  });
});

/** Loads a script inline in a page that forbids every request, as build.test.ts does. */
async function page(script: string, body: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head>
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'">
    <script>${script.replace(/<\/script/gi, '<\\/script')}</script></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

/** The records a script made by `bundle` bakes in: its last line runs them into a stand-in for the page-wide store. */
function baked(script: string): unknown {
  const store = { records: undefined as unknown, listeners: new Set<() => void>() };
  const key = Symbol.for('oud-support-finder.baked');
  const page = { [key]: store };
  new Function('globalThis', script.trimEnd().split('\n').at(-1)!)(page);
  return store.records;
}

describe('cli: bundle', () => {
  let finder = '';
  before(async () => {
    finder = await (await fetch('/dist/oud-support-finder.js')).text();
  });

  it('writes the finder with the records baked in, and says what it wrote', async () => {
    const run = await cli(['bundle', 'mine.json', '--out', 'finder.js'], { 'mine.json': json(GOOD) });
    expect(run.code, run.stderr).to.equal(0);
    expect(Object.keys(run.files)).to.deep.equal(['finder.js']);
    expect(run.stdout).to.match(/^Wrote finder\.js \(\d+\.\d kB\): the finder with your 2 records baked in\.$/m);
    const script = run.files['finder.js']!;
    expect(script.startsWith(finder.trimEnd()), 'it starts with the built classic script').to.equal(true);
    expect(baked(script), 'the records, as given').to.deep.equal(GOOD);
  });

  it('writes oud-support-finder.local.js when no --out is given', async () => {
    const run = await cli(['bundle', 'mine.json'], { 'mine.json': json(GOOD) });
    expect(run.code).to.equal(0);
    expect(Object.keys(run.files)).to.deep.equal(['oud-support-finder.local.js']);
  });

  it('makes a script whose finder shows the baked records', async () => {
    const run = await cli(['bundle', 'mine.json', '--out', 'finder.js'], { 'mine.json': json(GOOD) });
    const doc = await page(run.files['finder.js']!, '<oud-support-finder></oud-support-finder>');
    const el = doc.querySelector('oud-support-finder')!;
    await waitUntil(
      () => el.shadowRoot?.querySelector('[part~="result"][data-id="st-marks-na"]'),
      'the baked record “st-marks-na” is shown as a card',
      { timeout: 3000 },
    );
  });

  it('keeps records safe to inline in a <script>: no "<" and no U+2028 or U+2029', async () => {
    const tricky = [{ id: 'tricky', name: 'Group </script><script>parent.hacked = true</script>', summary: 'one\u2028two\u2029three <!--' }];
    const run = await cli(['bundle', 'mine.json', '--out', 'finder.js'], { 'mine.json': json(tricky) });
    const last = run.files['finder.js']!.trimEnd().split('\n').at(-1)!;
    expect(last).not.to.match(/[<\u2028\u2029]/);
    expect(baked(run.files['finder.js']!), 'the same records').to.deep.equal(tricky);
    await page(run.files['finder.js']!, '<oud-support-finder></oud-support-finder>');
    expect((window as unknown as { hacked?: boolean }).hacked, 'nothing in the records ran').to.equal(undefined);
  });

  it('leaves out unknown fields with a note, and still writes', async () => {
    const run = await cli(['bundle', 'mine.json', '--out', 'finder.js'], { 'mine.json': json([BAD[3]]) });
    expect(run.code).to.equal(0);
    expect(run.stderr).to.include('“coffee-and-recovery”, field “colour”: is not a field we know');
    expect(baked(run.files['finder.js']!)).to.deep.equal([{ id: 'coffee-and-recovery', name: 'Coffee and recovery' }]);
  });

  it('converts a feed to the finder’s own records, so the page needs no converting', async () => {
    const text = await (await fetch('/test/fixtures/bmlt.json')).text();
    const run = await cli(['bundle', 'feed.json', '--out', 'finder.js'], { 'feed.json': text });
    expect(run.code).to.equal(0);
    const records = baked(run.files['finder.js']!) as { id: string; kind: string }[];
    expect(records.map((r) => r.id)).to.deep.equal(['meeting-4107', 'meeting-4188', 'meeting-4190']);
    expect(checkRecords(records).problems).to.deep.equal([]);
  });

  it('refuses to write anything when a record would be left out', async () => {
    const run = await cli(['bundle', 'mine.json', '--out', 'finder.js'], { 'mine.json': json(BAD) });
    expect(run.code).to.equal(1);
    expect(run.files, 'no file written').to.deep.equal({});
    expect(run.stderr).to.include('“st-marks-na”, field “phone”: ').and.include('Nothing was written');
  });
});

describe('cli: hostile files', () => {
  /** Every failure is one line on stderr, with no stack trace, and a non-zero exit code. */
  const oneLine = (run: Run) => {
    expect(run.code, run.stderr).to.be.greaterThan(0);
    expect(lines(run.stderr), run.stderr).to.have.length(1);
    expect(run.stderr).not.to.match(/^\s+at /m);
  };

  for (const command of ['check', 'bundle']) {
    it(`${command}: reads 5,000 levels of unclosed "[" as a one-line error`, async () => {
      const run = await cli([command, 'deep.json'], { 'deep.json': '['.repeat(5000) });
      oneLine(run);
      expect(run.stderr).to.match(/^“deep\.json” is not valid JSON: line 1, column \d+: lists and objects are nested more than 1000 deep\.$/m);
    });

    it(`${command}: reads 5,000 levels of closed "[" as one record problem`, async () => {
      const run = await cli([command, 'deep.json'], { 'deep.json': `${'['.repeat(5000)}${']'.repeat(5000)}` });
      expect(run.code).to.equal(1);
      expect(`${run.stdout}${run.stderr}`).not.to.match(/^\s+at /m);
      expect(`${run.stdout}${run.stderr}`).to.include('“record 1”: should be an object with an id and a name');
    });

    it(`${command}: refuses a file over the feed size limit, naming the limit`, async () => {
      const run = await cli([command, 'big.json'], { 'big.json': { base64: btoa(' '.repeat(1000)), repeat: 10_001 } });
      oneLine(run);
      expect(run.stderr).to.include('“big.json” is 10,001,000 bytes, more than the finder reads (10 MB, 10,000,000 bytes).');
    });

    it(`${command}: names the byte offset of invalid UTF-8`, async () => {
      // `[{"id":"a","name":"` then the byte 0xFF, which no UTF-8 text holds, at offset 19.
      const run = await cli([command, 'latin.json'], { 'latin.json': { base64: btoa('[{"id":"a","name":"\u00ff"}]') } });
      oneLine(run);
      expect(run.stderr).to.include('“latin.json” is not UTF-8 text: byte 19 (counting from 0)');
    });

    it(`${command}: treats keys named after built-ins as unknown fields, without a stack trace`, async () => {
      const text = '[{"id":"a","name":"A","__proto__":{"x":1},"constructor":1,"toString":2}]';
      const run = await cli([command, 'mine.json', ...(command === 'bundle' ? ['--out', 'out.js'] : [])], { 'mine.json': text });
      expect(`${run.stdout}${run.stderr}`).not.to.match(/^\s+at /m);
      for (const key of ['__proto__', 'constructor', 'toString']) expect(`${run.stdout}${run.stderr}`).to.include(`field “${key}”: is not a field we know`);
      if (command === 'bundle') {
        expect(run.code).to.equal(0);
        expect(baked(run.files['out.js']!)).to.deep.equal([{ id: 'a', name: 'A' }]);
      } else expect(run.code).to.equal(1);
    });
  }

  it('bundle: refuses a nested “__proto__” (a link with an unknown key) rather than bake a prototype', async () => {
    const text = '[{"id":"a","name":"A","links":[{"label":"Site","url":"https://example.org","__proto__":{"polluted":true}}]}]';
    const run = await cli(['bundle', 'mine.json', '--out', 'out.js'], { 'mine.json': text });
    expect(run.code).to.equal(1);
    expect(run.files).to.deep.equal({});
    expect(run.stderr).to.include('has “__proto__”, which is not a field we know');
  });

  const OUTS: [string, string[], Record<string, Given>][] = [
    ['the records file itself', ['--out', 'mine.json'], {}],
    ['the records file by another path', ['--out', './sub/../mine.json'], {}],
    ['a link to the records file', ['--out', 'link.json'], { 'link.json': { link: 'mine.json' } }],
    ['the package’s own dist script', ['--out', '{dist}/oud-support-finder.js'], {}],
    ['another file in the package’s dist folder', ['--out', '{dist}/new.js'], {}],
  ];
  for (const [what, out, extra] of OUTS) {
    it(`bundle: refuses --out naming ${what}`, async () => {
      const run = await cli(['bundle', 'mine.json', ...out], { 'mine.json': json(GOOD), ...extra });
      oneLine(run);
      expect(run.code).to.equal(2);
      expect(run.stderr).to.match(/^--out “.*” is (the records file itself|in the finder's own dist folder)/);
      expect(run.files, 'nothing written').to.deep.equal({});
    });
  }
});
