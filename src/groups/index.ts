/**
 * The public exports of src/groups/: re-exported by src/index.ts.
 *
 * @module
 */
export { eiIndex, assignEiIndex, eiIndexIndexed, EI_INDEX_DEFAULTS, EI_INDEX_MAX_PERMUTATIONS, ASSIGN_EI_INDEX_DEFAULTS } from './ei-index.js';
export type {
  EiIndexOptions,
  AssignEiIndexOptions,
  EiIndexIndexedOptions,
  EiIndexResult,
  EiValue,
  EiGroupValue,
  EiPermutationTest,
} from './ei-index.js';
export { groupMixingMatrix, GROUP_MIXING_MATRIX_DEFAULTS } from './group-mixing-matrix.js';
export type { GroupMixingMatrixOptions, GroupMixingMatrixResult, GroupMixingMeasure } from './group-mixing-matrix.js';
export { modularity, MODULARITY_DEFAULTS } from './modularity.js';
export type { ModularityOptions } from './modularity.js';
export { communities, assignCommunities, COMMUNITIES_DEFAULTS } from './communities.js';
export type { CommunitiesOptions, AssignCommunitiesOptions, CommunitiesResult, CommunitiesAlgorithm } from './communities.js';
export { bridgingTies, BRIDGING_TIES_DEFAULTS } from './bridging-ties.js';
export type { BridgingTiesOptions, BridgingTie } from './bridging-ties.js';
export { siloReport, SILO_REPORT_DEFAULTS } from './silo-report.js';
export type { SiloReportOptions, SiloReport, SiloGroup, BoundarySpanner } from './silo-report.js';
export { communitiesAsync } from './communities-async.js';
export type { CommunitiesAsyncOptions } from './communities-async.js';
export { siloReportAsync, eiIndexAsync, groupMixingMatrixAsync, modularityAsync, bridgingTiesAsync } from './groups-async.js';
export type {
  SiloReportAsyncOptions,
  EiIndexAsyncOptions,
  GroupMixingMatrixAsyncOptions,
  ModularityAsyncOptions,
  BridgingTiesAsyncOptions,
} from './groups-async.js';
