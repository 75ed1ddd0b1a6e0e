// A web-test-runner reporter that writes how many tests passed, failed and were skipped, as JSON,
// to the file $CREDITS_TEST_COUNTS names (scripts/test.mjs reads it to state one total for the
// browser and Node tests); without that variable it does nothing.
import { writeFileSync } from 'node:fs';

function count(suite, into) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) into.skipped++;
    else if (test.passed) into.passed++;
    else into.failed++;
  }
  for (const inner of suite?.suites ?? []) count(inner, into);
}

export function countsReporter() {
  const file = process.env.CREDITS_TEST_COUNTS;
  return {
    stop({ sessions }) {
      if (!file) return;
      const counts = { passed: 0, failed: 0, skipped: 0, files: sessions.length, failedFiles: 0 };
      for (const session of sessions) {
        count(session.testResults, counts);
        // A file that failed without a failing test (it did not load, or an error outside one).
        if (!session.passed) counts.failedFiles++;
      }
      writeFileSync(file, JSON.stringify(counts));
    },
  };
}
