/**
 * The browser-safe entry (`tiestrength/browser`, and the `browser` export condition of
 * `tiestrength`): every metric, dataset and chart spec of the package, without the Node-only
 * parts: no file or stream readers and writers (`readTiesCsv`, `readPeopleCsv`,
 * `readInteractionsCsv`, `writeNodeTableCsv`, `writeEdgeTableCsv`), no `buildReport`, and no
 * Node built-in or fast-csv anywhere in its module graph. `threads` is accepted everywhere and
 * the work runs on the calling thread (the `…Async` functions in slices between turns of the
 * event loop). A test (test/runtime/browser-entry.test.ts) keeps its exports equal to the
 * package's minus the Node-only list.
 *
 * @module
 */
export {
  TieStrengthError,
  InvalidGraphError,
  GraphTypeNotSupportedError,
  NodeNotFoundError,
  InvalidOptionError,
  InvalidWeightError,
  CsvFormatError,
  CsvWriteError,
} from './errors.js';
export type { TieStrengthErrorCode, WeightLocation, CsvLocation } from './errors.js';
export type { EdgeValueGetter, StrengthOptions, DistanceOptions, ToDistance, NodeMetric } from './options.js';
export { CsrIndex, isCsrIndex } from './core/csr.js';
export { indexTies, INDEX_TIES_DEFAULTS } from './core/index-ties.js';
export type { IndexTies, IndexTiesOptions } from './core/index-ties.js';
export { DEFAULT_SEED } from './core/random.js';
export type { TieValue, TieMetric } from './define-metric.js';
export type { NodeData, GroupLabel, GroupsOption, NumbersOption } from './node-data.js';
export type { CsrBuildStats, MergeRule } from './core/csr.js';
export { buildIndex, BUILD_INDEX_DEFAULTS } from './core/build-index.js';
export type { BuildIndexOptions } from './core/build-index.js';
export * from './datasets/index.js';
export type { Summary } from './core/quantiles.js';
export type { BurtModel } from './core/ego.js';
export { InvalidEventError } from './errors.js';
export type { EventLocation } from './errors.js';
export type { ProgressCallback } from './core/cascade-options.js';
export * from './ties/index.js';
export * from './brokerage/index.js';
export * from './centrality/index.js';
export * from './groups/index.js';
export * from './network/index.js';
export * from './reach/index.js';
export * from './referral/index.js';
export * from './paths/index.js';
export * from './recommend/index.js';
export * from './customers/index.js';
export * from './engagement/index.js';
export { charts, VEGA_LITE_SCHEMA, OKABE_ITO } from './charts/index.js';
export type {
  VegaLiteSpec,
  ChartOptions,
  StrengthDistributionOptions,
  GroupMatrix,
  EiRow,
  CommunityGroupRow,
  RankedRow,
  RankedBarsOptions,
  BrokerRolesRow,
  BurtRow,
  ConstraintScatterOptions,
  OverlapDecileRow,
  PercolationRow,
  ReachRow,
  AccountThreadsRow,
  ReferralLensRow,
  HistogramOptions,
  GroupNode,
  GroupLink,
  PlacedBroker,
  GroupNetworkData,
} from './charts/index.js';
export { toRows, toTables, TO_ROWS_DEFAULTS, TO_TABLES_DEFAULTS } from './tidy/index.js';
export type { ToRowsOptions, TidyTables, TidyCell, TidyRow } from './tidy/index.js';
export type { TidyColumnType } from './tidy/columns.js';
export { TableWriteError } from './io/table-write-error.js';
export type { TableWriteReason } from './io/table-write-error.js';
export * from './runtime/index.js';

export type { Projection } from './core/undirected-ties.js';
