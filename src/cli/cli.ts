/*
 * `npx oud-support-finder check|bundle`: the authoring commands for site owners. Everything outside the
 * process (files, output) comes in through `io`, so this module is import-safe and testable without Node; the
 * bin script supplies node:fs. It must import nothing but the record checks: no lit, no DOM.
 */
import { checkRecord, checkRecords, describeProblem } from '../records/check.js';
import type { Problem } from '../records/check.js';
import { MAX_FEED_BYTES } from '../records/feed.js';
import { adaptFeed } from '../records/feeds/detect.js';
import { findJsonMistake } from './json-error.js';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, text: string): Promise<void>;
  /** The absolute path with links resolved, for a file that may not exist yet (its folder's real path). */
  realPath(path: string): Promise<string>;
  /** The built classic script, dist/oud-support-finder.js, found from the package rather than the cwd. */
  scriptPath: string;
}

/** Exit codes: everything right, something wrong in the records, the command itself could not run. */
const OK = 0;
const WRONG = 1;
const USAGE = 2;

const DEFAULT_OUT = 'oud-support-finder.local.js';

export const USAGE_TEXT = `Usage:
  oud-support-finder check <records.json> [--format <format>]
      Checks your records and prints every problem, naming the record and the field.
      Exits with 0 when all is right, 1 when anything is wrong, 2 when it cannot run.
  oud-support-finder bundle <records.json> [--out <file.js>] [--format <format>]
      Checks your records, then writes one script holding the finder and your records,
      to paste in a <script> tag instead of oud-support-finder.js (default --out: ${DEFAULT_OUT}).
      A feed is converted to the finder's own records, so the page needs no converting.
  oud-support-finder --help
      Prints this text.

Records are a JSON list of records, or an object with a "resources" list. Only "id" and "name" are
required; the package's data/resource.schema.json describes every field. A Meeting Guide, HSDS 3.0 or
BMLT feed is read too: --format resources, meeting-guide, hsds or bmlt names it (default: auto, from the shape).`;

/** Runs one command and returns its exit code. Never throws: every failure is one line and a non-zero code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    io.err(`oud-support-finder stopped: ${error instanceof Error ? error.message : String(error)}.`);
    return USAGE;
  }
}

async function run(argv: string[], io: CliIo): Promise<number> {
  if (argv.length === 0 || argv.some((arg) => arg === '--help' || arg === '-h') || argv[0] === 'help') {
    (argv.length === 0 ? io.err : io.out)(USAGE_TEXT);
    return argv.length === 0 ? USAGE : OK;
  }
  const [command, ...rest] = argv;
  const args =
    command === 'check' || command === 'bundle' ?
      parseArgs(rest, command === 'bundle' ? ['--out', '--format'] : ['--format'])
    : `Unknown command “${command}”: use check or bundle.`;
  if (typeof args === 'string') {
    io.err(args);
    io.err('Run oud-support-finder --help for how to use it.');
    return USAGE;
  }
  const read = await readRecords(args.file, io);
  if (typeof read === 'number') return read;
  // Feeds become our records first, detected as the finder detects them; our own format passes as it is.
  // A file that is no format at all is left to `report`, which says what our own format needs.
  const adapted = adaptFeed(read.input, args.options['--format']);
  if ('error' in adapted && args.options['--format']) {
    if (!adapted.error.startsWith('names')) {
      io.err(`“${args.file}” ${adapted.error}.`);
      return WRONG;
    }
    io.err(`--format ${adapted.error}: use resources, meeting-guide, hsds or bmlt.`);
    io.err('Run oud-support-finder --help for how to use it.');
    return USAGE;
  }
  const input = 'error' in adapted || adapted.format === 'resources' ? read.input : adapted.records;
  if (!('error' in adapted) && adapted.format !== 'resources') io.err(`Read “${args.file}” as ${adapted.format}: ${adapted.records.length} records${adapted.inactive ? `, ${adapted.inactive} inactive meetings left out` : ''}.`);
  return command === 'check' ?
      check(args.file, input, io)
    : bundle(args.file, input, args.options['--out'] ?? DEFAULT_OUT, io);
}

/** One file name and `--name value` (or `--name=value`) options; a string is what is wrong. */
function parseArgs(rest: string[], known: string[]): { file: string; options: Record<string, string> } | string {
  const files: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (!arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    const [name, inline] = arg.split(/=(.*)/s) as [string, string | undefined];
    if (!known.includes(name)) return `Unknown option “${name}”.`;
    const value = inline ?? rest[++i];
    if (!value) return `${name} needs ${name === '--format' ? 'a format' : 'a file name'}.`;
    options[name] = value;
  }
  if (files.length !== 1) return files.length ? `Give one records file, not ${files.length}.` : 'Give the records file to use.';
  return { file: files[0]!, options };
}

/** The parsed JSON, or the exit code after saying why it could not be had. */
async function readRecords(file: string, io: CliIo): Promise<{ input: unknown } | number> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (error) {
    io.err(`Cannot read “${file}”: ${whyUnreadable(error)}.`);
    return USAGE;
  }
  if (bytes.length > MAX_FEED_BYTES) {
    io.err(`“${file}” is ${bytes.length.toLocaleString('en-US')} bytes, more than the finder reads (10 MB, ${MAX_FEED_BYTES.toLocaleString('en-US')} bytes).`);
    return WRONG;
  }
  const text = utf8(bytes);
  if (typeof text === 'number') {
    io.err(`“${file}” is not UTF-8 text: byte ${text} (counting from 0) cannot start or continue a character. Save it as UTF-8.`);
    return WRONG;
  }
  try {
    return { input: JSON.parse(text) };
  } catch {
    const mistake = findJsonMistake(text);
    io.err(`“${file}” is not valid JSON: line ${mistake?.line ?? 1}, column ${mistake?.column ?? 1}: ${mistake?.message ?? 'it could not be read'}.`);
    return WRONG;
  }
}

/**
 * The text (a leading byte-order mark, which some editors write and JSON forbids, dropped), or the offset of the
 * first byte that is not UTF-8: the shortest prefix a streaming decoder refuses ends at that byte.
 */
function utf8(bytes: Uint8Array): string | number {
  const decode = (end: number, stream = true) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream });
      return true;
    } catch {
      return false;
    }
  };
  if (decode(bytes.length, false)) return new TextDecoder().decode(bytes);
  let [good, bad] = [0, bytes.length]; // decode(good) passes, decode(bad) fails
  if (decode(bad)) {
    // The text ends in the middle of a character: point at where that character starts.
    while (bad > 1 && (bytes[bad - 1]! & 0xc0) === 0x80) bad--;
    return bad - 1;
  }
  while (bad - good > 1) {
    const mid = (good + bad) >> 1;
    if (decode(mid)) good = mid;
    else bad = mid;
  }
  return bad - 1;
}

function whyUnreadable(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'there is no such file';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** What `checkRecords` says about a file, with the counts the summary line needs. */
interface Report {
  problems: Problem[];
  /** The records as given, with the unknown fields (which the finder would ignore) left out. */
  records: unknown[];
  fine: number;
  total: number;
  /** True when the file is not a list of records at all. */
  notAList: boolean;
}

function report(input: unknown): Report {
  const { resources, problems } = checkRecords(input);
  // Only a problem with the whole file names no record.
  if (problems.some((problem) => problem.record === '')) return { problems, records: [], fine: 0, total: 0, notAList: true };
  const list: unknown[] = Array.isArray(input) ? input : (input as { resources: unknown[] }).resources;
  // A record's own notes (unknown fields) come from checking it alone; `order` is its place in the list.
  const notes = resources.map((resource) => checkRecord(list[resource.order], resource.order).problems);
  const records = resources.map((resource, i) => {
    const unknown = new Set(notes[i]!.map((problem) => problem.field));
    return Object.fromEntries(Object.entries(list[resource.order] as object).filter(([field]) => !unknown.has(field)));
  });
  return { problems, records, fine: notes.filter((n) => n.length === 0).length, total: list.length, notAList: false };
}

function describe(file: string, problem: Problem): string {
  return problem.record ? describeProblem(problem) : `“${file}” ${problem.message}.`;
}

function summary({ fine, total }: Report): string {
  const records = (n: number) => `${n} record${n === 1 ? '' : 's'}`;
  const bad = total - fine;
  if (total === 0) return 'The file holds no records.';
  if (bad === 0) return `${records(fine)} ${fine === 1 ? 'is' : 'are'} fine.`;
  return `${records(fine)} ${fine === 1 ? 'is' : 'are'} fine, ${bad} ${bad === 1 ? 'has' : 'have'} problems.`;
}

function check(file: string, input: unknown, io: CliIo): number {
  const result = report(input);
  result.problems.forEach((problem) => io.out(describe(file, problem)));
  if (!result.notAList) io.out(summary(result));
  // The JSON Schema forbids unknown fields, so here they count as wrong even though the finder only warns.
  return result.problems.length ? WRONG : OK;
}

async function bundle(file: string, input: unknown, out: string, io: CliIo): Promise<number> {
  const result = report(input);
  result.problems.forEach((problem) => io.err(describe(file, problem)));
  if (result.notAList || result.problems.some((problem) => problem.skipped)) {
    if (!result.notAList) io.err(summary(result));
    io.err(`Nothing was written: the finder would leave out records with problems, so fix them first.`);
    return WRONG;
  }
  if (result.total === 0) {
    io.err(`Nothing was written: “${file}” holds no records.`);
    return WRONG;
  }
  const [target, source, dist] = await Promise.all([out, file, io.scriptPath].map((path) => io.realPath(path)));
  if (target === source) {
    io.err(`--out “${out}” is the records file itself: choose another name.`);
    return USAGE;
  }
  if (folder(target) === folder(dist!)) {
    io.err(`--out “${out}” is in the finder's own dist folder, which bundle never overwrites: choose another place.`);
    return USAGE;
  }
  let finder: string;
  try {
    finder = new TextDecoder().decode(await io.readFile(io.scriptPath));
  } catch (error) {
    io.err(`Cannot read the finder script “${io.scriptPath}”: ${whyUnreadable(error)}. Run npm run build first.`);
    return USAGE;
  }
  // The finder declares no global name, so this does what bakeResources does, on the page-wide store that
  // src/records/baked.ts keeps. JSON.parse, not an object literal, so that no key (such as "__proto__") can
  // mean anything but a field.
  const bake = `(s=>{s.records=JSON.parse(${inlineJson(JSON.stringify(result.records))});s.listeners.forEach(f=>f())})(globalThis[Symbol.for('oud-support-finder.baked')]);`;
  const script = `${finder.trimEnd()}\n// Records baked in by \`oud-support-finder bundle\`.\n${bake}\n`;
  try {
    await io.writeFile(out, script);
  } catch (error) {
    io.err(`Cannot write “${out}”: ${whyUnreadable(error)}.`);
    return USAGE;
  }
  const kB = (new TextEncoder().encode(script).length / 1000).toFixed(1);
  const n = result.records.length;
  io.out(`Wrote ${out} (${kB} kB): the finder with your ${n} record${n === 1 ? '' : 's'} baked in.`);
  return OK;
}

const folder = (path: string) => path.replace(/[\\/][^\\/]*$/, '');

/**
 * JSON that is safe inside an inline <script>: no "<" (so no </script> or <!--), and no U+2028/U+2029, which
 * older JavaScript engines treat as line breaks inside strings.
 */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
