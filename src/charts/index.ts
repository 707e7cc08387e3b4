/**
 * `charts`: Vega-Lite specifications built from tiestrength results. Each function returns a
 * plain JSON object; `buildReport` renders them to static SVG, and the same specs serve notebooks
 * and web apps (vega-embed, Observable, Jupyter).
 *
 * @module
 */
import { accountThreads, histogram, referralLenses } from './customers.js';
import { groupNetwork } from './network.js';
import { strengthDistribution } from './overview.js';
import { brokerRoles, constraintVsEffectiveSize, rankedBars } from './people.js';
import { communitiesVsGroups, eiByGroup, groupMixing } from './silos.js';
import { overlapByStrength, percolation, reachByTieType } from './ties.js';

export type { VegaLiteSpec, ChartOptions } from './spec.js';
export { VEGA_LITE_SCHEMA, OKABE_ITO } from './spec.js';
export type { StrengthDistributionOptions } from './overview.js';
export type { GroupMatrix, EiRow, CommunityGroupRow } from './silos.js';
export type { RankedRow, RankedBarsOptions, BrokerRolesRow, BurtRow, ConstraintScatterOptions } from './people.js';
export type { OverlapDecileRow, PercolationRow, ReachRow } from './ties.js';
export type { AccountThreadsRow, ReferralLensRow, HistogramOptions } from './customers.js';
export type { GroupNode, GroupLink, PlacedBroker, GroupNetworkData } from './network.js';

/** Chart builders: each returns a Vega-Lite spec (a plain object) from tiestrength results. */
export const charts = /* @__PURE__ */ Object.freeze({
  strengthDistribution,
  groupMixing,
  eiByGroup,
  communitiesVsGroups,
  rankedBars,
  brokerRoles,
  constraintVsEffectiveSize,
  overlapByStrength,
  percolation,
  reachByTieType,
  accountThreads,
  referralLenses,
  histogram,
  groupNetwork,
});
