// web-test-runner never prints a plain closing line. This reporter counts every test (a file that
// failed to load counts as one failure) and writes the counts where scripts/test.js can sum them;
// run alone, it prints `N passed, N failed` as the last line.
import { writeFileSync } from 'node:fs';

function countSuite(suite, counts) {
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites) countSuite(child, counts);
}

export function countingReporter() {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  return {
    stop({ sessions }) {
      for (const session of sessions) {
        const before = counts.failed + counts.passed;
        if (session.testResults) countSuite(session.testResults, counts);
        const loadFailed =
          session.errors?.length > 0 ||
          (!session.passed && counts.failed + counts.passed === before);
        if (loadFailed) counts.failed += 1;
      }
      if (process.env.TEST_COUNTS_FILE) {
        writeFileSync(process.env.TEST_COUNTS_FILE, JSON.stringify(counts));
      } else {
        process.on('exit', () => {
          const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
          console.log(`${counts.passed} passed, ${counts.failed} failed${skipped}`);
        });
      }
    },
  };
}
