// Writes the per-language part of docs/translations.md (between its two markers) from data/lang/*.json:
// each pack's name, how it was made and reviewed, and its glossary. test/lang-packs.test.ts checks the two agree.
//
//   node scripts/translations-doc.mjs
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const doc = `${root}docs/translations.md`;
const START = '<!-- languages: made by scripts/translations-doc.mjs -->';
const END = '<!-- end of languages -->';
const packs = readdirSync(`${root}data/lang`)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(`${root}data/lang/${f}`, 'utf8')));
const section = (p) =>
  [
    `### ${p.name} (\`${p.code}\`${p.dir === 'rtl' ? ', right to left' : ''})`,
    '',
    `- Made: ${p.about.made}`,
    `- Reviewed: ${p.about.reviewed}`,
    `- Updated: ${p.about.updated}`,
    '',
    '| Term | In this language |',
    '|---|---|',
    ...Object.entries(p.glossary).map(([term, words]) => `| ${term} | ${words} |`),
    '',
  ].join('\n');
const text = readFileSync(doc, 'utf8');
const [before, rest] = text.split(START);
const after = rest.split(END)[1];
writeFileSync(doc, `${before}${START}\n\n${packs.map(section).join('\n')}\n${END}${after}`);
console.log(`docs/translations.md: ${packs.length} languages`);
