/**
 * The public exports of src/reach/: re-exported by src/index.ts.
 *
 * @module
 */
export { keyPersonRisk, KEY_PERSON_RISK_DEFAULTS } from './key-person-risk.js';
export type { KeyPersonRiskOptions, KeyPersonRiskResult, KeyPersonRisk } from './key-person-risk.js';
export { kStepReach, assignKStepReach, kStepReachIndexed, K_STEP_REACH_DEFAULTS } from './k-step-reach.js';
export type {
  KStepReachOptions,
  AssignKStepReachOptions,
  KStepReachIndexedOptions,
  ReachPathOptions,
  ReachIndexedPathOptions,
  IndexStrongTieRule,
  ReachThreads,
  ReachVia,
  ReachDirection,
} from './k-step-reach.js';
export { reachEfficiency, assignReachEfficiency, reachEfficiencyIndexed, REACH_EFFICIENCY_DEFAULTS } from './reach-efficiency.js';
export type { ReachEfficiencyOptions, AssignReachEfficiencyOptions, ReachEfficiencyIndexedOptions } from './reach-efficiency.js';
export {
  distanceWeightedReach,
  assignDistanceWeightedReach,
  distanceWeightedReachIndexed,
  DISTANCE_WEIGHTED_REACH_DEFAULTS,
} from './distance-weighted-reach.js';
export type {
  DistanceWeightedReachOptions,
  AssignDistanceWeightedReachOptions,
  DistanceWeightedReachIndexedOptions,
} from './distance-weighted-reach.js';
export { groupDistanceWeightedReach, GROUP_DISTANCE_WEIGHTED_REACH_DEFAULTS } from './group-distance-weighted-reach.js';
export type { GroupDistanceWeightedReachOptions } from './group-distance-weighted-reach.js';
export { kStepReachAsync } from './k-step-reach-async.js';
export type { KStepReachAsyncOptions } from './k-step-reach-async.js';
export { reachEfficiencyAsync, keyPersonRiskAsync, distanceWeightedReachAsync, groupDistanceWeightedReachAsync } from './reach-async.js';
export type {
  ReachEfficiencyAsyncOptions,
  KeyPersonRiskAsyncOptions,
  DistanceWeightedReachAsyncOptions,
  GroupDistanceWeightedReachAsyncOptions,
} from './reach-async.js';
