import { defineConfig } from 'tsup';

// Every graphology package stays external: bundling one breaks the ESM build with
// "Dynamic require of ... is not supported".
//
// Two entries: the package (dist/index.js, .cjs) and the worker thread readTiesCsv starts to parse
// byte ranges of a large file in parallel (dist/ties-csv-worker.js, .cjs), which it locates next
// to the running bundle. Declarations are emitted for the package only.
export default defineConfig({
  entry: { index: 'src/index.ts', 'ties-csv-worker': 'src/io/ties-csv-worker.ts', cli: 'src/cli/cli.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts' } },
  clean: true,
  sourcemap: true,
  target: 'node20',
  platform: 'node',
  splitting: false,
  treeshake: true,
  external: [/^graphology/, 'fast-csv', /^@fast-csv\//],
  esbuildOptions(options, { format }) {
    // The CommonJS bundle locates the worker with __filename (see ties-csv-parallel.ts);
    // import.meta.url is for the ES module bundle only.
    if (format === 'cjs') options.define = { ...options.define, 'import.meta.url': 'undefined' };
  },
});
