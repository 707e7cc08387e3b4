/**
 * The public exports of src/centrality/: re-exported by src/index.ts.
 *
 * @module
 */
export { betweenness, assignBetweenness, betweennessDetailed, BETWEENNESS_DEFAULTS } from './betweenness.js';
export type { BetweennessOptions, AssignBetweennessOptions, BetweennessDetailed, BetweennessSample } from './betweenness.js';
export { edgeBetweenness, assignEdgeBetweenness, EDGE_BETWEENNESS_DEFAULTS } from './edge-betweenness.js';
export type { EdgeBetweennessOptions, AssignEdgeBetweennessOptions } from './edge-betweenness.js';
export { closeness, assignCloseness, CLOSENESS_DEFAULTS } from './closeness.js';
export type { ClosenessOptions, AssignClosenessOptions, PathDirection } from './closeness.js';
export { harmonicCloseness, assignHarmonicCloseness, HARMONIC_CLOSENESS_DEFAULTS } from './harmonic-closeness.js';
export type { HarmonicClosenessOptions, AssignHarmonicClosenessOptions } from './harmonic-closeness.js';
