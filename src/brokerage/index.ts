/**
 * The public exports of src/brokerage/: re-exported by src/index.ts.
 *
 * @module
 */
export { brokerageRoles, assignBrokerageRoles, BROKERAGE_ROLES, BROKERAGE_ROLES_DEFAULTS, BROKERAGE_ROLES_MAX_PERMUTATIONS } from './brokerage-roles.js';
export type {
  BrokerageRole,
  BrokerageUndirected,
  BrokerageNullModel,
  BrokerageRolesOptions,
  AssignBrokerageRolesOptions,
  BrokerageScore,
  BrokerageRoleScores,
  BrokerageRolesResult,
} from './brokerage-roles.js';
export { constraint, assignConstraint, constraintIndexed, CONSTRAINT_DEFAULTS } from './constraint.js';
export type { ConstraintOptions, AssignConstraintOptions, ConstraintIndexedOptions } from './constraint.js';
export { dyadicConstraint, DYADIC_CONSTRAINT_DEFAULTS } from './dyadic-constraint.js';
export type { DyadicConstraintOptions } from './dyadic-constraint.js';
export { effectiveSize, assignEffectiveSize, effectiveSizeIndexed, EFFECTIVE_SIZE_DEFAULTS } from './effective-size.js';
export type { EffectiveSizeOptions, AssignEffectiveSizeOptions, EffectiveSizeIndexedOptions } from './effective-size.js';
export { efficiency, assignEfficiency, efficiencyIndexed, EFFICIENCY_DEFAULTS } from './efficiency.js';
export type { EfficiencyOptions, AssignEfficiencyOptions, EfficiencyIndexedOptions } from './efficiency.js';
export { hierarchy, assignHierarchy, hierarchyIndexed, HIERARCHY_DEFAULTS } from './hierarchy.js';
export type { HierarchyOptions, AssignHierarchyOptions, HierarchyIndexedOptions } from './hierarchy.js';
export { redundancy, assignRedundancy, redundancyIndexed, REDUNDANCY_DEFAULTS } from './redundancy.js';
export type { RedundancyOptions, AssignRedundancyOptions, RedundancyIndexedOptions } from './redundancy.js';
export { egoBetweenness, assignEgoBetweenness, egoBetweennessIndexed, EGO_BETWEENNESS_DEFAULTS } from './ego-betweenness.js';
export type { EgoBetweennessOptions, AssignEgoBetweennessOptions } from './ego-betweenness.js';
export { diversityBandwidth, assignDiversityBandwidth, DIVERSITY_BANDWIDTH_DEFAULTS } from './diversity-bandwidth.js';
export type {
  DiversityBandwidthOptions,
  AssignDiversityBandwidthOptions,
  DiversityBandwidth,
  DiversityMeasure,
  BandwidthMeasure,
} from './diversity-bandwidth.js';
export {
  constraintAsync,
  effectiveSizeAsync,
  efficiencyAsync,
  hierarchyAsync,
  egoBetweennessAsync,
  brokerageRolesAsync,
  diversityBandwidthAsync,
  redundancyAsync,
} from './burt-async.js';
export type {
  ConstraintAsyncOptions,
  EffectiveSizeAsyncOptions,
  EfficiencyAsyncOptions,
  HierarchyAsyncOptions,
  EgoBetweennessAsyncOptions,
  BrokerageRolesAsyncOptions,
  DiversityBandwidthAsyncOptions,
  RedundancyAsyncOptions,
} from './burt-async.js';
