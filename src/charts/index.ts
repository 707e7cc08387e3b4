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
  /** A histogram of tie strengths with the strong-tie threshold drawn. */
  strengthDistribution,
  /** A heatmap of the group-to-group tie matrix, each row scaled to 100 %. */
  groupMixing,
  /** Each group's E-I index against what chance gives. */
  eiByGroup,
  /** Communities found in the ties against the formal groups, one bar per group. */
  communitiesVsGroups,
  /** Ranked horizontal bars of one value, largest first. */
  rankedBars,
  /** Stacked bars of each broker's Gould–Fernandez brokerage by role. */
  brokerRoles,
  /** Burt's constraint against effective size, one dot per person. */
  constraintVsEffectiveSize,
  /** Mean neighbourhood overlap by tie-strength decile. */
  overlapByStrength,
  /** The share of people in the largest connected piece as ties are removed. */
  percolation,
  /** A box chart of people reached over weak ties only against strong ties only. */
  reachByTieType,
  /** How many accounts hang on 0, 1, 2, … strong threads. */
  accountThreads,
  /** Referral value through strong ties (conversion) against new circles (novelty). */
  referralLenses,
  /** A histogram of one value per person, with a reference rule. */
  histogram,
  /** The aggregate network picture, one circle per group and one line per pair. */
  groupNetwork,
});
