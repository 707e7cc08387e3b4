import { defineConfig } from 'tsup';

// Every graphology package stays external: bundling one breaks the ESM build with
// "Dynamic require of ... is not supported".
//
// Entries: the package (dist/index.js, .cjs); the browser-safe entry (dist/browser.js, .cjs: no
// Node built-ins); the one worker entry every thread the library starts runs (dist/worker.js,
// .cjs: src/runtime/worker.ts, which imports its kernels from a task registry), located next to
// the running bundle; and the CLI. Declarations are emitted for the package and the browser entry.
export default defineConfig({
  entry: { index: 'src/index.ts', browser: 'src/browser.ts', worker: 'src/runtime/worker.ts', cli: 'src/cli/cli.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', browser: 'src/browser.ts' } },
  clean: true,
  sourcemap: true,
  target: 'node20',
  platform: 'node',
  splitting: false,
  treeshake: true,
  external: [/^graphology/, 'fast-csv', /^@fast-csv\//],
  esbuildOptions(options, { format }) {
    // The CommonJS bundle locates the worker with __filename (see src/runtime/spawn.ts);
    // import.meta.url is for the ES module bundle only.
    if (format === 'cjs') options.define = { ...options.define, 'import.meta.url': 'undefined' };
  },
});
