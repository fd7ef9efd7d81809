// Run by `npm test` before the build: makes sure a Chrome or Chromium is available.
// On Debian-like machines where we may install packages (root, or passwordless sudo),
// installs Debian's chromium package; otherwise explains what to do and exits 1.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { findBrowser, which } from './find-browser.mjs';

const NOT_FOUND =
  'No Chrome or Chromium was found: install Google Chrome or Chromium, ' +
  'or set CHROME_PATH to its executable, then run npm test again.';

function report(browser) {
  const name = /chromium/i.test(browser) || !/chrome/i.test(browser) ? 'Chromium' : 'Chrome';
  console.log(`Using ${name} at ${browser}`);
  process.exit(0);
}

const { CHROME_PATH } = process.env;
if (CHROME_PATH && !existsSync(CHROME_PATH)) {
  console.warn(`CHROME_PATH (${CHROME_PATH}) does not exist; looking elsewhere.`);
}

const found = findBrowser();
if (found) report(found);

const isDebianLike = existsSync('/etc/debian_version') && Boolean(which('apt-get'));
const isRoot = process.getuid?.() === 0;
const canSudo =
  !isRoot &&
  Boolean(which('sudo')) &&
  spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;

if (!isDebianLike || !(isRoot || canSudo)) {
  console.error(NOT_FOUND);
  process.exit(1);
}

console.log(
  "No Chrome or Chromium found: installing Debian's chromium package (apt-get install chromium)...",
);

function run(args) {
  // sudo resets the environment, so pass DEBIAN_FRONTEND through `env`.
  const [cmd, ...rest] = isRoot
    ? args
    : ['sudo', '-n', 'env', 'DEBIAN_FRONTEND=noninteractive', ...args];
  const result = spawnSync(cmd, rest, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

if (!run(['apt-get', 'update'])) {
  console.error('apt-get update failed; trying to install chromium anyway.');
}
const installed = run(['apt-get', 'install', '-y', 'chromium']);

const after = findBrowser();
if (after) report(after);

console.error(
  installed
    ? 'apt-get installed chromium but no Chromium executable was found. ' + NOT_FOUND
    : 'Installing chromium with apt-get failed. ' + NOT_FOUND,
);
process.exit(1);
