/**
 * Vitest reporter (used alongside the default one) that prints, as the last
 * line of a run, exactly:
 *
 *   N passed, N failed            or    N passed, N failed, N skipped
 *
 * Counts are of test cases. Failures that belong to no test case are counted
 * too, so a broken run never reads as green: a test file that failed without a
 * failed test in it (import/collection error, failing beforeAll/afterAll) counts
 * as one failure, and so does each unhandled error. `skipped` includes todo
 * tests and appears only when non-zero.
 */
import type { Reporter, SerializedError, TestModule, TestRunEndReason } from 'vitest/node';

export interface RunCounts {
  passed: number;
  failed: number;
  skipped: number;
}

export function countResults(
  testModules: ReadonlyArray<TestModule>,
  unhandledErrors: ReadonlyArray<unknown>,
  reason: TestRunEndReason,
): RunCounts {
  const counts: RunCounts = { passed: 0, failed: 0, skipped: 0 };
  for (const mod of testModules) {
    let failedHere = 0;
    for (const test of mod.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') counts.passed++;
      else if (state === 'failed') {
        counts.failed++;
        failedHere++;
      } else if (state === 'skipped') counts.skipped++;
      // 'pending' (run interrupted) is not counted.
    }
    if (failedHere === 0 && (mod.state() === 'failed' || mod.errors().length > 0)) counts.failed++;
  }
  counts.failed += unhandledErrors.length;
  if (reason === 'failed' && counts.failed === 0) counts.failed = 1;
  return counts;
}

export function formatCounts({ passed, failed, skipped }: RunCounts): string {
  return `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
    reason: TestRunEndReason,
  ): void {
    const line = formatCounts(countResults(testModules, unhandledErrors, reason));
    // Written directly (not through the logger) so nothing decorates the line.
    process.stdout.write(`\n${line}\n`);
  }
}
