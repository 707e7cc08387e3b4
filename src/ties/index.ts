/**
 * The public exports of src/ties/: re-exported by src/index.ts.
 *
 * @module
 */
export { tiesFromInteractions, TIES_FROM_INTERACTIONS_DEFAULTS, TIE_INDICATOR_WEIGHTS, TIE_INDICATORS } from './ties-from-interactions.js';
export type {
  InteractionEvent,
  TieIndicator,
  TiesFromInteractionsOptions,
  InteractionTieAttributes,
  InteractionTiesGraph,
  InteractionTieTable,
  InteractionTies,
  InteractionTiesIndex,
  TiesFromInteractionsReport,
  RejectedEvent,
} from './ties-from-interactions.js';
export { tieStrengthSql, TIE_STRENGTH_SQL_DEFAULTS } from './tie-strength-sql.js';
export type { TieStrengthSqlOptions, SqlDialect, SqlTimeFormat } from './tie-strength-sql.js';
export { disparityFilter, assignDisparityFilter, disparityFilterIndexed, DISPARITY_FILTER_DEFAULTS } from './disparity-filter.js';
export type { DisparityFilterOptions, AssignDisparityFilterOptions, DisparityFilterIndexedOptions } from './disparity-filter.js';
export { disparityBackbone, DISPARITY_BACKBONE_DEFAULTS } from './disparity-backbone.js';
export type { DisparityBackboneOptions, DisparityBackbone, DisparityBackboneIndex, DisparityBackboneCounts } from './disparity-backbone.js';
export { combineRelations, COMBINE_RELATIONS_DEFAULTS } from './combine-relations.js';
export type { CombineRelationsOptions, RelationLayers, CombinedTieAttributes, CombinedRelationsGraph, CombinedRelationsIndex } from './combine-relations.js';
export { tieChurn, TIE_CHURN_DEFAULTS } from './tie-churn.js';
export type { TieChurnOptions, TieChurn, TieChurnCounts, TieChange, TieChangeMeasure } from './tie-churn.js';
export { classifyTies, assignClassifyTies, CLASSIFY_TIES_DEFAULTS, CLASSIFY_TIES_METHODS } from './classify-ties.js';
export type { ClassifyTiesOptions, AssignClassifyTiesOptions, ClassifyTiesMethod, ClassifyTiesResult, ClassifiedTie, TieClass } from './classify-ties.js';
export { strongTriadicClosureViolations, STRONG_TRIADIC_CLOSURE_VIOLATIONS_DEFAULTS } from './strong-triadic-closure.js';
export type { StrongTriadicClosureViolationsOptions, ForbiddenTriad } from './strong-triadic-closure.js';
export { percolationCurve, PERCOLATION_CURVE_DEFAULTS, PERCOLATION_ORDERS } from './percolation-curve.js';
export type { PercolationCurveOptions, PercolationOrder, PercolationPoint } from './percolation-curve.js';
export { overlapStrengthCorrelation, OVERLAP_STRENGTH_CORRELATION_DEFAULTS } from './overlap-strength-correlation.js';
export type { OverlapStrengthCorrelationOptions, OverlapStrengthCorrelation, StrengthDecile } from './overlap-strength-correlation.js';
export { neighborhoodOverlap, assignNeighborhoodOverlap, neighborhoodOverlapIndexed, NEIGHBORHOOD_OVERLAP_DEFAULTS } from './neighborhood-overlap.js';
export type { NeighborhoodOverlapOptions, AssignNeighborhoodOverlapOptions } from './neighborhood-overlap.js';
export { embeddedness, assignEmbeddedness, embeddednessIndexed, EMBEDDEDNESS_DEFAULTS } from './embeddedness.js';
export type { EmbeddednessOptions, AssignEmbeddednessOptions } from './embeddedness.js';
export { neighborhoodJaccard, assignNeighborhoodJaccard, neighborhoodJaccardIndexed, NEIGHBORHOOD_JACCARD_DEFAULTS } from './neighborhood-jaccard.js';
export type { NeighborhoodJaccardOptions, AssignNeighborhoodJaccardOptions } from './neighborhood-jaccard.js';
export { localBridges, LOCAL_BRIDGES_DEFAULTS } from './local-bridges.js';
export type { LocalBridgesOptions, LocalBridge } from './local-bridges.js';
export { bridges, BRIDGES_DEFAULTS } from './bridges.js';
export type { BridgesOptions, Bridge } from './bridges.js';
export type { TieProjection, TieProjectionOptions, AssignTieMetricOptions } from './edge-results.js';
export { DEFAULT_STRONG_TIE_RULE } from './strong-ties.js';
export type { StrongTieRule } from './strong-ties.js';
export { moderatelyWeakTies, MODERATELY_WEAK_TIES_DEFAULTS } from './moderately-weak-ties.js';
export type { ModeratelyWeakTiesOptions, ModeratelyWeakTie, TieWeaknessMeasure } from './moderately-weak-ties.js';
export {
  neighborhoodOverlapAsync,
  neighborhoodJaccardAsync,
  embeddednessAsync,
  localBridgesAsync,
  percolationCurveAsync,
  bridgesAsync,
  classifyTiesAsync,
  disparityFilterAsync,
  tieChurnAsync,
  overlapStrengthCorrelationAsync,
  strongTriadicClosureViolationsAsync,
} from './ties-async.js';
export type {
  NeighborhoodOverlapAsyncOptions,
  NeighborhoodJaccardAsyncOptions,
  EmbeddednessAsyncOptions,
  LocalBridgesAsyncOptions,
  PercolationCurveAsyncOptions,
  BridgesAsyncOptions,
  ClassifyTiesAsyncOptions,
  DisparityFilterAsyncOptions,
  TieChurnAsyncOptions,
  OverlapStrengthCorrelationAsyncOptions,
  StrongTriadicClosureViolationsAsyncOptions,
} from './ties-async.js';
