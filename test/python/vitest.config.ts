import { defineConfig } from 'vitest/config';

// `npm run test:python`: the Python round trip of the Arrow and Parquet writers (pandas, pyarrow;
// DuckDB when installed). Kept out of `npm test` so that it stays fast; .ci/run installs the
// Python packages (.ci/python.sh) and runs it, with the notebooks (.ci/notebooks.sh).
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/python/**/*.python.ts'],
    testTimeout: 120_000,
    isolate: false,
  },
});
