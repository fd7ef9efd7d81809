// The plugin checks a host's records in PHP (wordpress/includes/records.php), a port of
// src/records/check.ts. This runs both on the same inputs and returns every case where they differ:
// hand-picked edge cases for each rule, the bundled records, and records made at random from the schema's
// fields (fast-check), each record alone and as a list.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import fc from 'fast-check';

const root = fileURLToPath(new URL('../..', import.meta.url));

async function loadCheck() {
  const { outputFiles } = await build({
    absWorkingDir: root,
    entryPoints: ['src/records/check.ts'],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'warning',
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

const long = (n, unit = 'a') => unit.repeat(n);
const good = { id: 'st-marks-na', name: 'NA at St. Mark’s' };
const one = (extra) => [{ ...good, ...extra }];

/** Edge cases for each rule, written as records (most are lists of one record). */
const EDGES = [
  [],
  one({}),
  { resources: one({}) },
  { records: [] },
  null,
  'records',
  [null, 'x', [], 3, good, { ...good, name: 'Copy' }],
  [{ name: 'no id' }, { id: 'no-name' }, { id: '', name: 'x' }],
  ...['St Marks', 'NA', 'a--b', '-a', 'a-', 'abc\n', long(80), long(81), 5, null].map((id) => [{ id, name: 'x' }]),
  ...['', '   ', '\u00a0', '\u3000', '\ufeff', '\u2028', '\n\t', long(200), long(201), long(100, '😀'), long(101, '😀'), 'é'.repeat(200), 42, ['x']].map(
    (name) => one({ name }),
  ),
  ...['meeting', 'Meeting', 'nope', 1].map((kind) => one({ kind })),
  one({ audience: ['self', 'family'] }),
  one({ audience: ['self', 'self'] }),
  one({ audience: 'self' }),
  one({ approaches: ['12-step', 'twelve'] }),
  one({ formats: [true, 'online'] }),
  one({ formats: ['online', 'online', 'x'] }),
  one({ languages: ['en', 'es', 'ES', 'en\n'] }),
  one({ languages: ['en', 'en'] }),
  ...['free', 'donations', 'cheap', null].map((cost) => one({ cost })),
  ...[true, false, 'true', 1, null].map((open247) => one({ open247, medicationFriendly: open247 })),
  ...['1-800-662-4357', '988', '+1 (555) 010-0142', '(555) 0142', '5', '555 0142 ext 2', 'call us', '1-800-662-4357\n', 9885551234, long(26, '1')].map(
    (phone) => one({ phone, tty: phone, text: phone }),
  ),
  ...[
    'https://example.org',
    'http://example.org/a?b=c#d',
    'https://example.org/a b',
    'javascript:alert(1)',
    'https://',
    'https:// example.org',
    'https://a<b.org',
    'https://a%zz.org',
    'https://a%41.org',
    'https://user:pass@example.org/',
    'https://[::1]/',
    'https://[::1/',
    'https://[zz]/',
    'http://example.org:80/',
    'http://example.org:99999/',
    'http://example.org:8a/',
    'https://exämple.org/',
    'https://example.org\n',
    'HTTPS://example.org',
    'https:/example.org',
    'https://#frag',
    'https://?q',
    `https://example.org/${long(1990)}`,
    `https://example.org/${long(1985)}`,
    7,
  ].map((url) => one({ url, chatUrl: url })),
  ...['2025-01-31', '2023-02-30', '2023-02-32', '2023-13-01', '2023-00-10', '2023-1-01', '0000-01-01', '2025-01-31\n', '2025/01/31', 20250131].map(
    (verified) => one({ verified }),
  ),
  ...[40.7128, -90, 90, 90.0001, 180, -180.5, 0, 12, '40.7', true, null, 1e300].map((degrees) => one({ latitude: degrees, longitude: degrees })),
  one({ schedule: [{ day: 'tue', start: '19:00', end: '20:00' }] }),
  one({ schedule: [{ day: 'Tue', start: '19:00' }] }),
  one({ schedule: [{ day: 'tue', start: '24:00' }] }),
  one({ schedule: [{ day: 'tue', start: '7:00' }] }),
  one({ schedule: [{ day: 'tue' }] }),
  one({ schedule: [{ day: 'tue', start: '19:00', room: '2' }] }),
  one({ schedule: [{}] }),
  one({ schedule: {} }),
  one({ schedule: ['tue'] }),
  one({ links: [{ label: 'Site', url: 'https://example.org' }] }),
  one({ links: [{ label: '', url: 'https://example.org' }] }),
  one({ links: [{ url: 'https://example.org' }] }),
  one({ links: [{ label: 'Site', url: 'ftp://example.org' }] }),
  one({ extraPhones: [{ label: 'After hours', phone: '555-0100' }, { label: 'Fax', phone: 'none' }] }),
  one({ textBody: long(160), howTo: ['One', ' '], aliases: [long(100), long(101)] }),
  one({ translations: { es: { summary: 'Hola', howTo: ['Paso'] } } }),
  one({ translations: { ES: { summary: 'Hola' } } }),
  one({ translations: { es: { summary: '' } } }),
  one({ translations: { es: { phone: '555' } } }),
  one({ translations: { es: [] } }),
  one({ translations: [] }),
  one({ translations: { es: { links: [{ label: 'x', url: 'javascript:x' }] } } }),
  one({ phon: '555', summary: 42 }),
  JSON.parse('[{"id":"st-marks-na","name":"NA","constructor":1,"toString":"x","__proto__":2}]'),
  JSON.parse('[{"id":"st-marks-na","name":"NA","links":[{"label":"Site","url":"https://example.org","valueOf":1}]}]'),
  JSON.parse('[{"2":"b","id":"st-marks-na","1":"a","name":"NA","-1":"c","01":"d"}]'),
  JSON.parse('[{"id":"st-marks-na","name":"NA","translations":{"b":{},"es":{},"1":{}}}]'),
];

const FIELDS = ['id', 'name', 'kind', 'summary', 'audience', 'approaches', 'formats', 'languages', 'cost', 'hours', 'open247', 'medicationFriendly', 'phone', 'callNote', 'extraPhones', 'tty', 'text', 'textBody', 'url', 'chatUrl', 'links', 'address', 'latitude', 'longitude', 'schedule', 'howTo', 'say', 'aliases', 'verified', 'source', 'translations', 'other'];
const WORDS = ['self', 'family', 'online', '12-step', 'meeting', 'free', 'tue', '19:00', 'en', 'es', '988', '555-0100', 'https://example.org', '2025-01-31', 'x', ' ', ''];

/** Records made from the schema's field names and values that are right for some field and wrong for others. */
function randomRecords(count) {
  const scalar = fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 8 }), fc.integer(), fc.boolean(), fc.constant(null));
  const value = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('label', 'url', 'phone', 'day', 'start', 'end', 'es', 'summary', 'x'), tie('value'), { maxKeys: 3 })),
  })).value;
  const record = fc.record({ id: fc.constantFrom('a', 'b', 'st-marks', 'Bad id', ''), name: fc.constantFrom('A', '', ' ') }, { requiredKeys: [] })
    .chain((base) => fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 4 }).map((extra) => ({ ...base, ...extra })));
  return fc.sample(fc.array(record, { minLength: 1, maxLength: 3 }), { numRuns: count, seed: 16 });
}

/** Every input on which the PHP port and check.ts disagree, with both answers; empty when they agree. */
export async function compareChecks(php, pluginDir, randomCount = 400) {
  const { checkRecords, describeProblem } = await loadCheck();
  const bundled = JSON.parse(readFileSync(`${root}/data/resources.json`, 'utf8'));
  const inputs = [...EDGES, bundled, ...randomRecords(randomCount)].map((input) => JSON.stringify(input));
  const ran = spawnSync(php, [fileURLToPath(new URL('php/check-records.php', import.meta.url)), pluginDir], {
    input: JSON.stringify(inputs),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (ran.status !== 0) throw new Error(`php check-records.php failed: ${ran.stderr || ran.stdout}`);
  const answers = JSON.parse(ran.stdout);
  const differences = [];
  inputs.forEach((text, i) => {
    const { resources, problems } = checkRecords(JSON.parse(text));
    const expected = { kept: resources.map((r) => r.id), problems: problems.map(describeProblem) };
    if (JSON.stringify(expected) !== JSON.stringify(answers[i])) differences.push({ input: text, ts: expected, php: answers[i] });
  });
  return { compared: inputs.length, differences };
}
