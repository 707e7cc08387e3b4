/**
 * The public exports of src/centrality/: re-exported by src/index.ts.
 *
 * @module
 */
export { betweenness, assignBetweenness, betweennessIndexed, betweennessDetailed, BETWEENNESS_DEFAULTS } from './betweenness.js';
export type { BetweennessOptions, AssignBetweennessOptions, BetweennessIndexedOptions, BetweennessDetailed } from './betweenness.js';
export { edgeBetweenness, assignEdgeBetweenness, edgeBetweennessIndexed, EDGE_BETWEENNESS_DEFAULTS } from './edge-betweenness.js';
export type { EdgeBetweennessOptions, AssignEdgeBetweennessOptions, EdgeBetweennessIndexedOptions } from './edge-betweenness.js';
export { closeness, assignCloseness, closenessIndexed, CLOSENESS_DEFAULTS } from './closeness.js';
export type { ClosenessOptions, AssignClosenessOptions, ClosenessIndexedOptions, ClosenessDisconnected, PathDirection } from './closeness.js';
export {
  harmonicCloseness,
  assignHarmonicCloseness,
  harmonicClosenessIndexed,
  HARMONIC_CLOSENESS_DEFAULTS,
} from './harmonic-closeness.js';
export type {
  HarmonicClosenessOptions,
  AssignHarmonicClosenessOptions,
  HarmonicClosenessIndexedOptions,
} from './harmonic-closeness.js';
export { betweennessAsync, edgeBetweennessAsync } from './betweenness-async.js';
export type { BetweennessAsyncOptions, EdgeBetweennessAsyncOptions } from './betweenness-async.js';
export { closenessAsync, harmonicClosenessAsync } from './closeness-async.js';
export type { ClosenessAsyncOptions, HarmonicClosenessAsyncOptions } from './closeness-async.js';
