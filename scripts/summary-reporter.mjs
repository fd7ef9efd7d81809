// A @web/test-runner reporter that prints one machine-readable line as the very
// last line of the run:
//
//   87 passed, 0 failed, 2 skipped
//
// Why it prints from a process 'exit' hook: the CLI calls reporter.stop() *before*
// it prints the default reporter's final progress/summary, then stops the server and
// browsers (which may still log) and finally calls process.exit(). The 'exit' event
// is the only point that comes after all of that ('beforeExit' never fires because
// of the explicit process.exit()). Writes to stdout are synchronous there on Linux
// and macOS for files, pipes and terminals.
//
// With OSF_SUMMARY_FILE set (scripts/run-tests.mjs, which npm test uses), the counts are written to that
// file as JSON instead, and run-tests.mjs prints the one closing line for every step of the run.
import { writeFileSync } from 'node:fs';

/** Counts the tests of one session's results, recursively through suites. */
function countResults(suite, counts) {
  if (!suite) return counts;
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countResults(child, counts);
  return counts;
}

/**
 * Totals over all sessions. A session that failed without any failing test (for
 * example a test file that threw or did not load before its tests ran, a browser
 * crash or a timeout) counts as one failure, so `failed` is 0 only if the run passed.
 */
export function summarize(sessions) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for (const session of sessions) {
    const counts = countResults(session.testResults, { passed: 0, failed: 0, skipped: 0 });
    if (session.passed === false && counts.failed === 0) counts.failed = 1;
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
  }
  return totals;
}

export function formatSummary({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed, ${skipped} skipped`;
}

/** @returns {import('@web/test-runner').Reporter} */
export function summaryReporter() {
  let sessions;
  let printed = false;

  const printSummary = () => {
    if (printed || !sessions) return;
    printed = true;
    const totals = summarize(sessions);
    if (process.env.OSF_SUMMARY_FILE) writeFileSync(process.env.OSF_SUMMARY_FILE, JSON.stringify(totals));
    else process.stdout.write(`${formatSummary(totals)}\n`);
  };

  return {
    start() {
      process.once('exit', printSummary);
    },
    onTestRunFinished(args) {
      sessions = args.sessions;
    },
    stop(args) {
      sessions = args.sessions;
    },
  };
}
