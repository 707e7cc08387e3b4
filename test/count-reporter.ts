/**
 * A vitest reporter that prints one last line, `N passed, N failed, N skipped`, so that CI
 * (and anyone reading a log) can count the tests. Used next to vitest's default reporter.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class CountReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      // A module that failed to load has no tests; count it as a failure so it is never silent.
      if (module.state() === 'failed' && !hasTests(module)) failed++;
    }
    failed += unhandledErrors.length;
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}

function hasTests(module: TestModule): boolean {
  for (const _ of module.children.allTests()) return true;
  return false;
}
