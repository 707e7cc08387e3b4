import { defineConfig } from 'vitest/config';

// `isolate: false`: test files share one module graph per worker instead of re-importing the
// library for each of ~130 files, which took most of the run's time (150–205 s isolated, under
// 60 s shared on a 2-core machine). No test mocks modules, and the library keeps no global state.
// Type tests (`*.test-d.ts`) run in the same `npm test` through vitest's typecheck mode.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/consumers/**', 'node_modules/**'],
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
