export {
  TieStrengthError,
  InvalidGraphError,
  GraphTypeNotSupportedError,
  NodeNotFoundError,
  InvalidOptionError,
  InvalidWeightError,
  CsvFormatError,
} from './errors.js';
export type { TieStrengthErrorCode, WeightLocation, CsvLocation } from './errors.js';
export type { EdgeValueGetter, StrengthOptions, NodeMetric } from './options.js';
export { CsrIndex, isCsrIndex } from './core/csr.js';
export type { CsrBuildStats, MergeRule } from './core/csr.js';
export { buildIndex, BUILD_INDEX_DEFAULTS } from './core/build-index.js';
export type { BuildIndexOptions } from './core/build-index.js';
