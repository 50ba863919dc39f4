#!/usr/bin/env node
// Prints CI's closing line, `N passed, N failed`, from vitest's JSON report.
// A missing or unreadable report counts as one failure: no report, no green.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'artifacts/test-report.json';
let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed = report.numPassedTests ?? 0;
  failed = (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
  skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A file that failed to load has no tests but must still fail the run.
  for (const suite of report.testResults ?? []) {
    if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) failed += 1;
  }
} catch (error) {
  console.error(`Could not read the test report ${file}: ${error.message}`);
  failed += 1;
}
if (passed + failed === 0) failed = 1; // ran no test: that is not a pass
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
