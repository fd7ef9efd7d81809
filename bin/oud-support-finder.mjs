#!/usr/bin/env node
// `npx oud-support-finder check|bundle`: the command lives in src/cli/cli.ts, built to dist/cli.mjs;
// this file only hands it Node's files and streams.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { main } from '../dist/cli.mjs';

process.exitCode = await main(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
  scriptPath: fileURLToPath(new URL('../dist/oud-support-finder.js', import.meta.url)),
});
