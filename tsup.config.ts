import { defineConfig } from 'tsup';

// Every graphology package stays external: bundling one breaks the ESM build with
// "Dynamic require of ... is not supported".
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  platform: 'node',
  splitting: false,
  treeshake: true,
  external: [/^graphology/, 'fast-csv', /^@fast-csv\//],
});
