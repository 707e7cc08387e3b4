/**
 * The public exports of src/customers/: re-exported by src/index.ts.
 *
 * @module
 */
export { customerCoverage, CUSTOMER_COVERAGE_DEFAULTS } from './customer-coverage.js';
export type {
  CustomerCoverageOptions,
  CustomerCoverageResult,
  AccountCoverage,
  AccountOwner,
  EmployeeCoverage,
} from './customer-coverage.js';
export type { CustomerSegmentOptions, SegmentLabel } from './segments.js';
export { customerCoverageAsync } from './customers-async.js';
export type { CustomerCoverageAsyncOptions } from './customers-async.js';
