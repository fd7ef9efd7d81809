// A @web/test-runner plugin for test/cli.test.ts: `executeServerCommand('run-cli', { args, files })` runs the
// built command, `node bin/oud-support-finder.mjs ...args`, the way a site owner would, in a fresh temp folder
// holding `files`. It answers { code, stdout, stderr, files } with `files` holding every file the run made.
// A file is text, or { base64, repeat? } for bytes (repeated to make a big file), or { link } for a symbolic
// link to another of the files. In `args`, {dist} stands for the package's own dist folder.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/oud-support-finder.mjs', import.meta.url));
const dist = fileURLToPath(new URL('../dist', import.meta.url));

export function runCliPlugin() {
  return {
    name: 'run-cli',
    async executeCommand({ command, payload }) {
      if (command !== 'run-cli') return undefined; // leave other commands to other plugins
      const given = payload?.files ?? {};
      const dir = await mkdtemp(join(tmpdir(), 'oud-support-finder-cli-'));
      try {
        for (const [name, text] of Object.entries(given)) {
          if (basename(name) !== name) throw new Error(`run-cli: “${name}” must be a plain file name`);
          if (typeof text === 'string') await writeFile(join(dir, name), text);
          else if (text.link) await symlink(text.link, join(dir, name));
          else await writeFile(join(dir, name), Buffer.from(text.base64, 'base64').toString('latin1').repeat(text.repeat ?? 1), 'latin1');
        }
        const run = await new Promise((resolve) => {
          const args = (payload?.args ?? []).map((arg) => arg.replace('{dist}', dist));
          execFile(process.execPath, [bin, ...args], { cwd: dir }, (error, stdout, stderr) =>
            // execFile reports a non-zero exit as an error whose `code` is the exit code.
            resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
          );
        });
        const files = {};
        for (const name of await readdir(dir)) {
          if (!(name in given)) files[name] = await readFile(join(dir, name), 'utf8');
        }
        return { ...run, files };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
