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
export type { EdgeValueGetter, StrengthOptions, DistanceOptions, ToDistance, NodeMetric } from './options.js';
export { CsrIndex, isCsrIndex } from './core/csr.js';
export type { CsrBuildStats, MergeRule } from './core/csr.js';
export { buildIndex, BUILD_INDEX_DEFAULTS } from './core/build-index.js';
export type { BuildIndexOptions } from './core/build-index.js';
export { readTiesCsv, READ_TIES_CSV_DEFAULTS } from './io/read-ties-csv.js';
export type { ReadTiesCsvOptions, ReadTiesReport, DuplicateRule, TiesGraph } from './io/read-ties-csv.js';
export type { RejectedRow } from './io/csv-rows.js';
export { readPeopleCsv, READ_PEOPLE_CSV_DEFAULTS } from './io/read-people-csv.js';
export type { ReadPeopleCsvOptions, ReadPeopleReport, PersonKind } from './io/read-people-csv.js';
export {
  datasets,
  DATASETS,
  krackhardtHighTech,
  KRACKHARDT_HIGH_TECH_DEFAULTS,
  lazegaLawFirm,
  LAZEGA_LAW_FIRM_DEFAULTS,
  manufacturingEmail,
  syntheticCompany,
  SYNTHETIC_COMPANY_DEFAULTS,
  SYNTHETIC_CHANNELS,
} from './datasets/index.js';
export type {
  DatasetName,
  DatasetInfo,
  KrackhardtHighTechOptions,
  KrackhardtRelation,
  KrackhardtNode,
  KrackhardtEdge,
  LazegaLawFirmOptions,
  LazegaRelation,
  LazegaNode,
  LazegaEdge,
  ManufacturingEmailOptions,
  ManufacturingEmailNode,
  ManufacturingEmailEdge,
  SyntheticCompanyOptions,
  SyntheticCompany,
  SyntheticCompanyNode,
  SyntheticCompanyEdge,
  SyntheticEmployee,
  SyntheticCustomer,
  SyntheticInteraction,
  SyntheticAccount,
  SyntheticCompanyPlanted,
  SyntheticChannel,
  SyntheticRole,
  SyntheticRelation,
} from './datasets/index.js';
export { writeNodeTableCsv, WRITE_NODE_TABLE_CSV_DEFAULTS } from './io/write-node-table-csv.js';
export type { NodeTable, WriteNodeTableCsvOptions } from './io/write-node-table-csv.js';
export { writeEdgeTableCsv, WRITE_EDGE_TABLE_CSV_DEFAULTS } from './io/write-edge-table-csv.js';
export type { EdgeTable, WriteEdgeTableCsvOptions } from './io/write-edge-table-csv.js';
export type { Cell, WriteCsvOptions, WriteCsvResult } from './io/csv-write.js';
export { describeNetwork, DESCRIBE_NETWORK_DEFAULTS } from './network/describe-network.js';
export type { DescribeNetworkOptions, NetworkDescription, GroupMixing } from './network/describe-network.js';
export type { Summary } from './core/quantiles.js';
export { brokerageRoles, assignBrokerageRoles, BROKERAGE_ROLES, BROKERAGE_ROLES_DEFAULTS } from './brokerage/brokerage-roles.js';
export type {
  BrokerageRole,
  BrokerageUndirected,
  BrokerageNullModel,
  BrokerageRolesOptions,
  AssignBrokerageRolesOptions,
  BrokerageScore,
  BrokerageRoleScores,
  BrokerageRolesResult,
} from './brokerage/brokerage-roles.js';
export { eiIndex, assignEiIndex, EI_INDEX_DEFAULTS, ASSIGN_EI_INDEX_DEFAULTS } from './groups/ei-index.js';
export type { EiIndexOptions, AssignEiIndexOptions, EiIndexResult, EiValue, EiGroupValue, EiPermutationTest } from './groups/ei-index.js';
export { groupMixingMatrix, GROUP_MIXING_MATRIX_DEFAULTS } from './groups/group-mixing-matrix.js';
export type { GroupMixingMatrixOptions, GroupMixingMatrixResult, GroupMixingMeasure } from './groups/group-mixing-matrix.js';
export { modularity, MODULARITY_DEFAULTS } from './groups/modularity.js';
export type { ModularityOptions } from './groups/modularity.js';
export { communities, assignCommunities, COMMUNITIES_DEFAULTS, ASSIGN_COMMUNITIES_DEFAULTS } from './groups/communities.js';
export type { CommunitiesOptions, AssignCommunitiesOptions, CommunitiesResult } from './groups/communities.js';
export { bridgingTies, BRIDGING_TIES_DEFAULTS } from './groups/bridging-ties.js';
export { siloReport, SILO_REPORT_DEFAULTS } from './groups/silo-report.js';
export type { SiloReportOptions, SiloReport, SiloGroup, BoundarySpanner } from './groups/silo-report.js';
export type { BridgingTiesOptions, BridgingTie } from './groups/bridging-ties.js';
export type { PartitionInput } from './groups/group-labels.js';
export { constraint, assignConstraint, CONSTRAINT_DEFAULTS } from './brokerage/constraint.js';
export type { ConstraintOptions, AssignConstraintOptions } from './brokerage/constraint.js';
export { dyadicConstraint, DYADIC_CONSTRAINT_DEFAULTS } from './brokerage/dyadic-constraint.js';
export type { DyadicConstraintOptions } from './brokerage/dyadic-constraint.js';
export { effectiveSize, assignEffectiveSize, EFFECTIVE_SIZE_DEFAULTS } from './brokerage/effective-size.js';
export type { EffectiveSizeOptions, AssignEffectiveSizeOptions } from './brokerage/effective-size.js';
export { efficiency, assignEfficiency, EFFICIENCY_DEFAULTS } from './brokerage/efficiency.js';
export type { EfficiencyOptions, AssignEfficiencyOptions } from './brokerage/efficiency.js';
export { hierarchy, assignHierarchy, HIERARCHY_DEFAULTS } from './brokerage/hierarchy.js';
export type { HierarchyOptions, AssignHierarchyOptions } from './brokerage/hierarchy.js';
export { redundancy, assignRedundancy, REDUNDANCY_DEFAULTS } from './brokerage/redundancy.js';
export type { RedundancyOptions, AssignRedundancyOptions } from './brokerage/redundancy.js';
export { egoBetweenness, assignEgoBetweenness, EGO_BETWEENNESS_DEFAULTS } from './brokerage/ego-betweenness.js';
export type { EgoBetweennessOptions, AssignEgoBetweennessOptions } from './brokerage/ego-betweenness.js';
export type { BurtModel } from './core/ego.js';
export { InvalidEventError } from './errors.js';
export type { EventLocation } from './errors.js';
export { tiesFromInteractions, TIES_FROM_INTERACTIONS_DEFAULTS, TIE_INDICATOR_WEIGHTS, TIE_INDICATORS } from './ties/ties-from-interactions.js';
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
} from './ties/ties-from-interactions.js';
export { readInteractionsCsv, READ_INTERACTIONS_CSV_DEFAULTS } from './io/read-interactions-csv.js';
export type { ReadInteractionsCsvOptions, ReadInteractionsReport, InteractionsCsv, TimeFormat } from './io/read-interactions-csv.js';
export { disparityFilter, assignDisparityFilter, DISPARITY_FILTER_DEFAULTS } from './ties/disparity-filter.js';
export type { DisparityFilterOptions, AssignDisparityFilterOptions, DisparityTie } from './ties/disparity-filter.js';
export { disparityBackbone, DISPARITY_BACKBONE_DEFAULTS } from './ties/disparity-backbone.js';
export type { DisparityBackboneOptions, DisparityBackbone, DisparityBackboneIndex, DisparityBackboneCounts } from './ties/disparity-backbone.js';
export { combineRelations, COMBINE_RELATIONS_DEFAULTS } from './ties/combine-relations.js';
export type { CombineRelationsOptions, RelationLayers, CombinedTieAttributes, CombinedRelationsGraph, CombinedRelationsIndex } from './ties/combine-relations.js';
export { tieChurn, TIE_CHURN_DEFAULTS } from './ties/tie-churn.js';
export type { TieChurnOptions, TieChurn, TieChurnCounts, TieChange, TieChangeMeasure } from './ties/tie-churn.js';
export { classifyTies, CLASSIFY_TIES_DEFAULTS, CLASSIFY_TIES_METHODS } from './ties/classify-ties.js';
export type { ClassifyTiesOptions, ClassifyTiesMethod, ClassifyTiesResult, ClassifyTiesIndexResult, ClassifiedTie, TieClass } from './ties/classify-ties.js';
export { strongTriadicClosureViolations, STRONG_TRIADIC_CLOSURE_VIOLATIONS_DEFAULTS } from './ties/strong-triadic-closure.js';
export type { StrongTriadicClosureViolationsOptions, IsStrong, ForbiddenTriad } from './ties/strong-triadic-closure.js';
export { percolationCurve, PERCOLATION_CURVE_DEFAULTS, PERCOLATION_ORDERS } from './ties/percolation-curve.js';
export type { PercolationCurveOptions, PercolationOrder, PercolationPoint } from './ties/percolation-curve.js';
export { overlapStrengthCorrelation, OVERLAP_STRENGTH_CORRELATION_DEFAULTS } from './ties/overlap-strength-correlation.js';
export type { OverlapStrengthCorrelationOptions, OverlapStrengthCorrelation, StrengthDecile } from './ties/overlap-strength-correlation.js';
export { neighborhoodOverlap, assignNeighborhoodOverlap, NEIGHBORHOOD_OVERLAP_DEFAULTS } from './ties/neighborhood-overlap.js';
export type { NeighborhoodOverlapOptions, AssignNeighborhoodOverlapOptions } from './ties/neighborhood-overlap.js';
export { embeddedness, assignEmbeddedness, EMBEDDEDNESS_DEFAULTS } from './ties/embeddedness.js';
export type { EmbeddednessOptions, AssignEmbeddednessOptions } from './ties/embeddedness.js';
export { neighborhoodJaccard, assignNeighborhoodJaccard, NEIGHBORHOOD_JACCARD_DEFAULTS } from './ties/neighborhood-jaccard.js';
export type { NeighborhoodJaccardOptions, AssignNeighborhoodJaccardOptions } from './ties/neighborhood-jaccard.js';
export { localBridges, LOCAL_BRIDGES_DEFAULTS } from './ties/local-bridges.js';
export type { LocalBridgesOptions, LocalBridge } from './ties/local-bridges.js';
export { bridges, BRIDGES_DEFAULTS } from './ties/bridges.js';
export type { BridgesOptions, Bridge } from './ties/bridges.js';
export type { TieProjection, TieProjectionOptions, AssignTieMetricOptions, EdgeMetric, TieValue } from './ties/edge-results.js';
export { betweenness, assignBetweenness, betweennessDetailed, BETWEENNESS_DEFAULTS } from './centrality/betweenness.js';
export type { BetweennessOptions, AssignBetweennessOptions, BetweennessDetailed, BetweennessSample } from './centrality/betweenness.js';
export { edgeBetweenness, assignEdgeBetweenness, EDGE_BETWEENNESS_DEFAULTS } from './centrality/edge-betweenness.js';
export type { EdgeBetweennessOptions, AssignEdgeBetweennessOptions } from './centrality/edge-betweenness.js';
export { closeness, assignCloseness, CLOSENESS_DEFAULTS } from './centrality/closeness.js';
export type { ClosenessOptions, AssignClosenessOptions, PathDirection } from './centrality/closeness.js';
export { harmonicCloseness, assignHarmonicCloseness, HARMONIC_CLOSENESS_DEFAULTS } from './centrality/harmonic-closeness.js';
export type { HarmonicClosenessOptions, AssignHarmonicClosenessOptions } from './centrality/harmonic-closeness.js';

// Issue 5: reach, diffusion, referral value, warm introductions, key-person risk, customers, engagement, ego profiles.
export { DEFAULT_STRONG_TIE_RULE } from './ties/strong-ties.js';
export type { StrongTieRule } from './ties/strong-ties.js';
export { DEFAULT_PROBABILITY } from './referral/probability.js';
export type { ProbabilityOption } from './referral/probability.js';
export { diversityBandwidth, assignDiversityBandwidth, DIVERSITY_BANDWIDTH_DEFAULTS } from './brokerage/diversity-bandwidth.js';
export type {
  DiversityBandwidthOptions,
  AssignDiversityBandwidthOptions,
  DiversityBandwidth,
  DiversityMeasure,
  BandwidthMeasure,
} from './brokerage/diversity-bandwidth.js';
export { moderatelyWeakTies, MODERATELY_WEAK_TIES_DEFAULTS } from './ties/moderately-weak-ties.js';
export type { ModeratelyWeakTiesOptions, ModeratelyWeakTie, TieWeaknessMeasure } from './ties/moderately-weak-ties.js';
export { engagementExposure, assignEngagementExposure, ENGAGEMENT_EXPOSURE_DEFAULTS } from './engagement/engagement-exposure.js';
export type {
  EngagementExposureOptions,
  AssignEngagementExposureOptions,
  EngagementExposure,
  MissingEngagement,
} from './engagement/engagement-exposure.js';
export { customerCoverage, CUSTOMER_COVERAGE_DEFAULTS } from './customers/customer-coverage.js';
export type {
  CustomerCoverageOptions,
  CustomerCoverageResult,
  CustomerSegmentOptions,
  AccountCoverage,
  AccountOwner,
  EmployeeCoverage,
} from './customers/customer-coverage.js';
export { keyPersonRisk, KEY_PERSON_RISK_DEFAULTS } from './reach/key-person-risk.js';
export type { KeyPersonRiskOptions, KeyPersonRiskResult, KeyPersonRisk } from './reach/key-person-risk.js';
export { independentCascade, INDEPENDENT_CASCADE_DEFAULTS } from './referral/independent-cascade.js';
export type { IndependentCascadeOptions, IndependentCascadeResult } from './referral/independent-cascade.js';
export { influenceMaximization, INFLUENCE_MAXIMIZATION_DEFAULTS } from './referral/influence-maximization.js';
export type { InfluenceMaximizationOptions, InfluenceMaximizationResult, InfluenceSeed } from './referral/influence-maximization.js';
export { referralValue, REFERRAL_VALUE_DEFAULTS } from './referral/referral-value.js';
export type { ReferralValueOptions, PersonReferralValue, ReferralTie, ReferralNovelty } from './referral/referral-value.js';
export { introductionPaths, INTRODUCTION_PATHS_DEFAULTS } from './paths/introduction-paths.js';
export type { IntroductionPathsOptions, IntroductionPath, IntroductionTie, IntroductionObjective } from './paths/introduction-paths.js';
export { recommendIntroductions, RECOMMEND_INTRODUCTIONS_DEFAULTS } from './recommend/recommend-introductions.js';
export type {
  RecommendIntroductionsOptions,
  RecommendObjective,
  IntroductionRecommendation,
  EndpointChanges,
  IntroductionChange,
} from './recommend/recommend-introductions.js';
export type { ReferralValueSettings } from './recommend/referral-value-gain.js';
export { kStepReach, assignKStepReach, K_STEP_REACH_DEFAULTS } from './reach/k-step-reach.js';
export type { KStepReachOptions, AssignKStepReachOptions, ReachPathOptions, ReachVia, ReachDirection } from './reach/k-step-reach.js';
export { reachEfficiency, assignReachEfficiency, REACH_EFFICIENCY_DEFAULTS } from './reach/reach-efficiency.js';
export type { ReachEfficiencyOptions, AssignReachEfficiencyOptions } from './reach/reach-efficiency.js';
export { distanceWeightedReach, assignDistanceWeightedReach, DISTANCE_WEIGHTED_REACH_DEFAULTS } from './reach/distance-weighted-reach.js';
export type { DistanceWeightedReachOptions, AssignDistanceWeightedReachOptions } from './reach/distance-weighted-reach.js';
export type { ProgressCallback } from './core/cascade-options.js';
