import { defineConfig } from 'vitest/config';
import { SLOW_SUITES } from './vitest.config.js';

// `npm run test:slow`: the suites that start worker threads or child processes, or read large
// generated files (about 75 s of the 2-core CI machine's time). CI runs them after `npm test`,
// which keeps the everyday run near a minute. No test is dropped: the two configs partition
// test/**/*.test.ts.
export default defineConfig({
  test: {
    include: [...SLOW_SUITES],
    exclude: ['test/consumers/**', 'node_modules/**'],
    reporters: ['default', './test/count-reporter.ts'],
    testTimeout: 30_000,
    isolate: false,
  },
});
