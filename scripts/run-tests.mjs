// `npm test` after the build: the browser tests (web-test-runner), then the WordPress plugin in a real
// WordPress (test/wordpress/run.mjs), then one closing line that counts both, as the summary reporter
// writes it: "N passed, N failed, N skipped". Exits non-zero when anything failed.
// Arguments go to web-test-runner; OSF_SKIP_WORDPRESS=1 counts the WordPress checks as skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatSummary } from './summary-reporter.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'osf-summary-'));

/** Runs one step with OSF_SUMMARY_FILE set; a step that fails without saying so counts as one failure. */
function step(command, args) {
  const file = path.join(dir, `${path.basename(args[0] ?? command)}.json`);
  const ran = spawnSync(command, args, {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, OSF_SUMMARY_FILE: file },
  });
  const counts = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { passed: 0, failed: 0, skipped: 0 };
  if (ran.status !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

const wtr = path.join(root, 'node_modules', '@web', 'test-runner', 'dist', 'bin.js');
const steps = [
  step(process.execPath, [wtr, ...process.argv.slice(2)]),
  step(process.execPath, [path.join(root, 'test', 'wordpress', 'run.mjs')]),
];
rmSync(dir, { recursive: true, force: true });
const totals = steps.reduce(
  (sum, counts) => ({ passed: sum.passed + counts.passed, failed: sum.failed + counts.failed, skipped: sum.skipped + counts.skipped }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.log(formatSummary(totals));
process.exit(totals.failed ? 1 : 0);
