/**
 * The public exports of src/runtime/: re-exported by src/index.ts and src/browser.ts.
 *
 * @module
 */
export { AbortedError } from './aborted-error.js';
export type { Progress, RuntimeOptions } from './options.js';
