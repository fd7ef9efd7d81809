#!/usr/bin/env node
// `npx oud-support-finder check|bundle`: the command lives in src/cli/cli.ts, built to dist/cli.mjs;
// this file only hands it Node's files and streams.
import { readFile, realpath, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../dist/cli.mjs';

/** The real path of a file, or of its folder when the file does not exist yet. */
async function realPath(path) {
  try {
    return await realpath(path);
  } catch {
    const folder = await realpath(dirname(resolve(path))).catch(() => dirname(resolve(path)));
    return join(folder, basename(path));
  }
}

process.exitCode = await main(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  readFile: (path) => readFile(path),
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
  realPath,
  scriptPath: fileURLToPath(new URL('../dist/oud-support-finder.js', import.meta.url)),
});
