// Builds the WordPress plugin (wordpress/) into dist/oud-support-finder-wordpress.zip, with the classic
// script inside, so a site needs nothing from another server. Also compiles the Spanish .po into the .mo
// WordPress 6.1 reads, and stops the build if a translatable string in the plugin has no Spanish.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const root = fileURLToPath(new URL('..', import.meta.url));
const pluginDir = path.join(root, 'wordpress');
const DOMAIN = 'oud-support-finder';
const PO = `languages/${DOMAIN}-es_ES.po`;

/** Reads a PO file's entries: { context, id, plural, strings }. Only what our own file uses. */
export function parsePo(text) {
  const entries = [];
  for (const block of text.split(/\r?\n\s*\r?\n/)) {
    const entry = { context: undefined, id: undefined, plural: undefined, strings: [] };
    let target;
    for (const line of block.split(/\r?\n/)) {
      if (!line.trim() || line.startsWith('#')) continue;
      const match = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")$/.exec(line);
      const quoted = match ? match[3] : line.trim();
      if (!/^".*"$/.test(quoted)) throw new Error(`${PO}: cannot read the line ${JSON.stringify(line)}`);
      const value = JSON.parse(quoted.replace(/\\(?!["\\nt])/g, '\\\\'));
      if (match) {
        const keyword = match[1].replace(/\[\d+\]$/, '');
        target = keyword === 'msgstr' ? { key: 'strings', index: Number(match[2] ?? 0) } : { key: { msgctxt: 'context', msgid: 'id', msgid_plural: 'plural' }[keyword] };
        if (target.key === 'strings') entry.strings[target.index] = value;
        else entry[target.key] = value;
      } else if (target?.key === 'strings') entry.strings[target.index] += value;
      else if (target) entry[target.key] += value;
    }
    if (entry.id !== undefined) entries.push(entry);
  }
  return entries;
}

/** A GNU .mo file (little-endian, no hash table) holding every translated entry. */
export function compileMo(entries) {
  const pairs = entries
    .filter((e) => e.id === '' || e.strings.some(Boolean))
    .map((e) => ({
      key: (e.context !== undefined ? `${e.context}\u0004` : '') + e.id + (e.plural !== undefined ? `\0${e.plural}` : ''),
      value: e.strings.join('\0'),
    }))
    .sort((a, b) => Buffer.compare(Buffer.from(a.key), Buffer.from(b.key)));
  const keys = pairs.map((p) => Buffer.from(p.key));
  const values = pairs.map((p) => Buffer.from(p.value));
  const headerSize = 28;
  const tables = pairs.length * 16;
  let offset = headerSize + tables;
  const out = [];
  const header = Buffer.alloc(headerSize + tables);
  header.writeUInt32LE(0x950412de, 0);
  header.writeUInt32LE(0, 4);
  header.writeUInt32LE(pairs.length, 8);
  header.writeUInt32LE(headerSize, 12);
  header.writeUInt32LE(headerSize + pairs.length * 8, 16);
  header.writeUInt32LE(0, 20);
  header.writeUInt32LE(offset, 24);
  [keys, values].forEach((strings, table) => {
    strings.forEach((bytes, i) => {
      const at = headerSize + table * pairs.length * 8 + i * 8;
      header.writeUInt32LE(bytes.length, at);
      header.writeUInt32LE(offset, at + 4);
      out.push(bytes, Buffer.from([0]));
      offset += bytes.length + 1;
    });
  });
  return Buffer.concat([header, ...out]);
}

/** Every file of the plugin, relative to wordpress/. */
function files(dir = pluginDir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [path.relative(pluginDir, full).split(path.sep).join('/')];
  });
}

/** The strings the plugin asks WordPress to translate: from PHP, and the block's title, description, keywords. */
export function translatable(fileList = files()) {
  const found = [];
  const unquote = (s) => s.replace(/\\(['\\])/g, '$1');
  const str = String.raw`'((?:[^'\\]|\\.)*)'`;
  for (const file of fileList.filter((f) => f.endsWith('.php'))) {
    const php = readFileSync(path.join(pluginDir, file), 'utf8');
    for (const m of php.matchAll(new RegExp(String.raw`\b(?:__|_e|esc_html__|esc_attr__|esc_html_e|t)\(\s*${str}`, 'g'))) {
      found.push({ id: unquote(m[1]), where: file });
    }
    for (const m of php.matchAll(new RegExp(String.raw`\b_n\(\s*${str}\s*,\s*${str}`, 'g'))) {
      found.push({ id: unquote(m[1]), plural: unquote(m[2]), where: file });
    }
  }
  const block = JSON.parse(readFileSync(path.join(pluginDir, 'block/block.json'), 'utf8'));
  found.push({ context: 'block title', id: block.title, where: 'block/block.json' });
  found.push({ context: 'block description', id: block.description, where: 'block/block.json' });
  for (const keyword of block.keywords) found.push({ context: 'block keyword', id: keyword, where: 'block/block.json' });
  return found;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const fileList = files();
  const entries = parsePo(readFileSync(path.join(pluginDir, PO), 'utf8'));
  const translated = new Set(entries.filter((e) => e.strings.some(Boolean)).map((e) => `${e.context ?? ''}\u0004${e.id}`));
  const missing = translatable(fileList).filter((s) => !translated.has(`${s.context ?? ''}\u0004${s.id}`));
  if (missing.length) {
    console.error(`${PO} has no Spanish for:\n${missing.map((s) => `  ${JSON.stringify(s.id)} (${s.where})`).join('\n')}`);
    process.exit(1);
  }

  const script = readFileSync(path.join(root, 'dist/oud-support-finder.js'));
  // A fixed date keeps the zip the same from one build to the next when nothing changed.
  const mtime = new Date('2025-01-01T00:00:00Z');
  const zip = {};
  for (const file of fileList) zip[`${DOMAIN}/${file}`] = [readFileSync(path.join(pluginDir, file)), { mtime }];
  zip[`${DOMAIN}/assets/oud-support-finder.js`] = [script, { mtime }];
  zip[`${DOMAIN}/assets/oud-support-finder-feeds.js`] = [readFileSync(path.join(root, 'dist/oud-support-finder-feeds.js')), { mtime }];
  zip[`${DOMAIN}/languages/${DOMAIN}-es_ES.mo`] = [compileMo(entries), { mtime }];
  zip[`${DOMAIN}/LICENSE`] = [readFileSync(path.join(root, 'LICENSE')), { mtime }];
  writeFileSync(path.join(root, 'dist/oud-support-finder-wordpress.zip'), zipSync(zip, { level: 9 }));
}
