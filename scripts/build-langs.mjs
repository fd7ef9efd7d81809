// Builds each language pack, data/lang/<code>.json, into dist/lang/<code>.js: a classic script that a page adds
// after (or before) the finder's. It declares no global name: it leaves its catalogue in the page-wide store of
// src/i18n/packs.ts (under a registered symbol) and tells the finders already on the page.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
mkdirSync(`${root}dist/lang`, { recursive: true });

// The catalogue's placeholder names become positions here, so that the packs need no table of names.
const { outputFiles: [tool] } = await build({
  absWorkingDir: root,
  stdin: { resolveDir: root, contents: "export { normalize } from './src/i18n/compile.ts'; export { FACTS, facts } from './src/i18n/bundled-facts.ts';" },
  bundle: true,
  format: 'esm',
  write: false,
});
const { normalize, FACTS, facts } = await import(`data:text/javascript;base64,${Buffer.from(tool.text).toString('base64')}`);

/*
 * In right-to-left text a phone number after Arabic letters is read as Arabic numbers, and its groups come out
 * in reverse ("4357-662-800-1"). Each number, web address and value put in a template is isolated (U+2068 …
 * U+2069, which screen readers pass over), so it reads left to right as the English does.
 */
const ISOLATE = /(?:\d+|\{\d\})(?:[-/.](?:\d+|\{\d\}))+|\d{3,}|(?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:org|com|gov|net)\b(?:\/[\w./-]*)?|\{\d\}/gi;
const isolate = (value) =>
  typeof value === 'string'
    ? value.replace(ISOLATE, '\u2068$&\u2069')
    : Array.isArray(value)
      ? value.map(isolate)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'url' ? v : isolate(v)]))
        : value;

/** What the finder reads at run time: the glossary and the about are for people (docs/translations.md). */
function runtimePart({ code, name, dir, messages, records, guide, aliases }) {
  const words = { messages: normalize(messages), records, guide };
  return { code, name, ...(dir === 'rtl' ? { dir, ...isolate(words) } : words), aliases };
}

/*
 * UTF-8 spends two bytes on each Cyrillic (or Greek, Hebrew, Arabic) letter and three on each Chinese character or
 * Korean syllable, and gzip does not win them back: a Russian pack is a tenth bigger than the same words in one byte
 * each. So the build may write 63 of the pack's letters as the ASCII characters @ to ~ (0x40-0x7E), with a character
 * the pack never uses (#) around ASCII meant as itself: either a run of 63 code points (an alphabet, no table) or the 63
 * characters the pack uses most (a table in the pack, for Chinese and Korean). The pack's first lines turn every
 * string back before anything reads it, so the store, the finder and the tests see the words of the JSON. The
 * build keeps whichever of the three (as is, run, table) comes out smallest.
 */
const WIDTH = 0x7f - 0x40;
function variants(part) {
  const count = new Map();
  const tally = (v) =>
    typeof v === 'string'
      ? [...v].forEach((c) => c.codePointAt(0) > 0x7f && count.set(c, (count.get(c) ?? 0) + 1))
      : v && typeof v === 'object' && Object.values(v).forEach(tally);
  tally(part);
  const codes = [...count.keys()].map((c) => c.codePointAt(0));
  const inRun = (start) => [...count].reduce((n, [c, k]) => n + (c.codePointAt(0) >= start && c.codePointAt(0) < start + WIDTH ? k : 0), 0);
  const start = codes.sort((a, b) => inRun(b) - inRun(a) || a - b)[0] ?? 0;
  const run = Array.from({ length: WIDTH }, (_, i) => String.fromCodePoint(start + i));
  const table = [...count].filter(([c]) => c.length === 1).sort((a, b) => b[1] - a[1]).slice(0, WIDTH).map(([c]) => c);
  // A character the words never use switches between narrowed letters and ASCII meant as itself.
  const strings = JSON.stringify(Object.values(part));
  const toggle = [...'#$%&*+;<=>'].find((c) => !strings.includes(c));
  if (!toggle) return [packScript(part)];
  const narrowed = (letters) => {
    const slot = new Map(letters.map((c, i) => [c, String.fromCharCode(0x40 + i)]));
    const narrowText = (text) => {
      let [ascii, out] = [false, ''];
      for (const c of text) {
        if (slot.has(c) ? ascii : c >= '@' && c <= '~' && !ascii) [ascii, out] = [!ascii, out + toggle];
        out += slot.get(c) ?? c;
      }
      return out;
    };
    const narrow = (v) =>
      typeof v === 'string'
        ? narrowText(v)
        : Array.isArray(v)
          ? v.map(narrow)
          : v && typeof v === 'object'
            ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, narrow(x)]))
            : v;
    return narrow(part);
  };
  return [
    packScript(part),
    packScript(narrowed(run), toggle, `String.fromCharCode(c.charCodeAt() + ${start - 0x40})`),
    packScript(narrowed(table), toggle, `${JSON.stringify(table.join(''))}[c.charCodeAt() - 64]`),
  ];
}

/** The pack's script: its words (made wide again if narrowed), its messages made into functions, then into the store. */
const packScript = (part, toggle, letter) => `import { compile } from './src/i18n/compile.ts';
const pack = ${JSON.stringify(part)};
${
  letter
    ? `const widen = (v) => typeof v === 'string' ? v.split('${toggle}').map((s, i) => (i % 2 ? s : s.replace(/[@-~]/g, (c) => ${letter}))).join('') : (v && typeof v === 'object' && Object.keys(v).forEach((k) => (v[k] = widen(v[k]))), v);
widen(pack);`
    : ''
}
pack.messages = compile(pack.messages, pack.code);
const store = (globalThis[Symbol.for('oud-support-finder.langs')] ??= { packs: [], listeners: new Set() });
store.packs.push(pack);
store.listeners.forEach((listener) => listener());`;

const files = readdirSync(`${root}data/lang`).filter((f) => f.endsWith('.json')).sort();
for (const file of files) {
  const pack = JSON.parse(readFileSync(`${root}data/lang/${file}`, 'utf8'));
  const { code } = pack;
  if (`${code}.json` !== file) throw new Error(`data/lang/${file}: its "code" is “${code}”; name the file ${code}.json`);
  const built = await Promise.all(variants(runtimePart(pack)).map((contents) => bundle(code, contents)));
  const gz = (text) => gzipSync(text, { level: 9 }).length;
  writeFileSync(`${root}dist/lang/${code}.js`, `\ufeff${built.reduce((a, b) => (gz(b) < gz(a) ? b : a))}`);
}

async function bundle(code, contents) {
  const { outputFiles } = await build({
    absWorkingDir: root,
    stdin: { resolveDir: root, sourcefile: `lang-${code}.js`, contents },
    outfile: `dist/lang/${code}.js`,
    write: false,
    // UTF-8 is a third smaller than \u escapes in Vietnamese or Arabic; the byte order mark makes browsers read
    // it as UTF-8 whatever the page's own encoding.
    charset: 'utf8',
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'inline',
    // How it was made and reviewed is in data/lang/<code>.json and docs/translations.md.
    banner: { js: `/*! oud-support-finder language pack: ${code} */` },
    logLevel: 'warning',
  });
  return outputFiles[0].text;
}
// Host catalogues: the same JSON in a page, checked by the same rules (src/i18n/host-catalogues.ts).
await build({
  absWorkingDir: root,
  stdin: { resolveDir: root, sourcefile: 'catalogues.js', contents: "import { start } from './src/i18n/host-catalogues.ts';\nstart();" },
  outfile: 'dist/lang/catalogues.js',
  bundle: true,
  format: 'iife',
  target: 'es2022',
  minify: true,
  banner: { js: '/*! oud-support-finder: host catalogues (docs/translations.md) */' },
  // The table of what each bundled record's words must keep, worked out here instead of shipping the records.
  plugins: [
    {
      name: 'bundled-facts',
      setup(b) {
        b.onResolve({ filter: /bundled-facts\.js$/ }, () => ({ path: 'bundled-facts', namespace: 'facts' }));
        b.onLoad({ filter: /.*/, namespace: 'facts' }, () => ({
          contents: `export const FACTS = ${JSON.stringify(FACTS)}; export const facts = ${facts.toString()};`,
          loader: 'js',
        }));
      },
    },
  ],
  logLevel: 'warning',
});
// The codes built, for the tests and for tools that copy the packs (the finder itself never reads it).
writeFileSync(`${root}dist/lang/index.json`, `${JSON.stringify(files.map((f) => f.slice(0, -5)))}\n`);
