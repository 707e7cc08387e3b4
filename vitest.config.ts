import { defineConfig } from 'vitest/config';

/**
 * Suites that start worker threads or child processes, or read large generated files: they run
 * in `npm run test:slow` (vitest.slow.config.ts), which CI runs too, so that `npm test` stays
 * near a minute on a 2-core machine.
 */
export const SLOW_SUITES = [
  'test/io/read-ties-csv.parallel.test.ts',
  'test/io/read-csv.issue12.test.ts',
  'test/core/brandes.test.ts',
  'test/core/reach.test.ts',
  'test/core/cascade.test.ts',
  'test/runtime/**/*.test.ts',
  'test/cli/**/*.test.ts',
  'test/report/**/*.test.ts',
  'test/ties/tie-strength-sql.1m.test.ts',
  'test/groups/communities-quality.test.ts',
  'test/ties/local-bridges.threads.test.ts',
];

// `isolate: false`: test files share one module graph per worker instead of re-importing the
// library for each of ~150 files, which took most of the run's time (150–205 s isolated, under a
// minute shared on a 2-core machine). No test mocks modules, and the library keeps no global state.
// Type tests (`*.test-d.ts`) run in the same `npm test` through vitest's typecheck mode.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/consumers/**', 'node_modules/**', ...SLOW_SUITES],
    reporters: ['default', './test/count-reporter.ts'],
    testTimeout: 30_000,
    isolate: false,
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
  },
});
