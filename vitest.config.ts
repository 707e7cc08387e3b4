import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/consumers/**', 'node_modules/**'],
    reporters: ['default', './test/count-reporter.ts'],
    testTimeout: 30_000,
  },
});
