/**
 * The public exports of src/paths/: re-exported by src/index.ts.
 *
 * @module
 */
export { introductionPaths, INTRODUCTION_PATHS_DEFAULTS } from './introduction-paths.js';
export type { IntroductionPathsOptions, IntroductionPath, IntroductionTie, IntroductionObjective } from './introduction-paths.js';
export { introductionPathsAsync } from './paths-async.js';
export type { IntroductionPathsAsyncOptions } from './paths-async.js';
