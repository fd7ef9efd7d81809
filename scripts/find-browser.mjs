// Locates a Chrome or Chromium executable for the test runner.
// Zero dependencies: used by web-test-runner.config.mjs and scripts/ensure-browser.mjs.
import { statSync } from 'node:fs';
import path from 'node:path';

/** Arguments passed to the browser when the tests launch it. */
export const BROWSER_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Executable names looked up on PATH, in order. */
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome'];

function isFile(file) {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The usual install locations for this platform, in order of preference. */
function knownPaths() {
  const paths = [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ];
  if (process.platform === 'win32') {
    const roots = [
      process.env.PROGRAMFILES,
      process.env['PROGRAMFILES(X86)'],
      process.env.LOCALAPPDATA,
    ].filter(Boolean);
    for (const root of roots) {
      paths.push(
        path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
        path.win32.join(root, 'Chromium', 'Application', 'chrome.exe'),
      );
    }
  }
  return paths;
}

/** Like `which name`: the first matching executable file on PATH, or undefined. */
export function which(name) {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const exts =
    process.platform === 'win32'
      ? ['', ...(process.env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';').filter(Boolean)]
      : [''];
  for (const dir of dirs) {
    for (const ext of exts) {
      const candidate = path.join(dir, name + ext);
      if (isFile(candidate)) return candidate;
    }
  }
  return undefined;
}

/**
 * The path of a Chrome or Chromium executable, or undefined when none is found.
 * Order: $CHROME_PATH (if it is a file), the usual install paths, then PATH.
 */
export function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && isFile(fromEnv)) return fromEnv;
  for (const candidate of knownPaths()) {
    if (isFile(candidate)) return candidate;
  }
  for (const name of PATH_NAMES) {
    const found = which(name);
    if (found) return found;
  }
  return undefined;
}
