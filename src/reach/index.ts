/**
 * The public exports of src/reach/: re-exported by src/index.ts.
 *
 * @module
 */
export { keyPersonRisk, KEY_PERSON_RISK_DEFAULTS } from './key-person-risk.js';
export type { KeyPersonRiskOptions, KeyPersonRiskResult, KeyPersonRisk } from './key-person-risk.js';
export { kStepReach, assignKStepReach, K_STEP_REACH_DEFAULTS } from './k-step-reach.js';
export type { KStepReachOptions, AssignKStepReachOptions, ReachPathOptions, ReachVia, ReachDirection } from './k-step-reach.js';
export { reachEfficiency, assignReachEfficiency, REACH_EFFICIENCY_DEFAULTS } from './reach-efficiency.js';
export type { ReachEfficiencyOptions, AssignReachEfficiencyOptions } from './reach-efficiency.js';
export { distanceWeightedReach, assignDistanceWeightedReach, DISTANCE_WEIGHTED_REACH_DEFAULTS } from './distance-weighted-reach.js';
export type { DistanceWeightedReachOptions, AssignDistanceWeightedReachOptions } from './distance-weighted-reach.js';
