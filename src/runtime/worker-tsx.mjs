// Starts the worker entry from the TypeScript sources (vitest, tsx): registers tsx's loader, then
// imports worker.ts. Only used when the library runs from src/; the build starts dist/worker.js.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const resolved = require.resolve('tsx/esm/api');
const esm = resolved.replace(/\.c?js$/, '.mjs');
let api;
try {
  api = await import(pathToFileURL(esm).href);
} catch {
  api = await import(pathToFileURL(resolved).href);
}
api.register();
await import('./worker.ts');
