/**
 * The public exports of src/referral/: re-exported by src/index.ts.
 *
 * @module
 */
export { DEFAULT_PROBABILITY } from './probability.js';
export type { ProbabilityOption } from './probability.js';
export { independentCascade, INDEPENDENT_CASCADE_DEFAULTS } from './independent-cascade.js';
export type { IndependentCascadeOptions, IndependentCascadeResult } from './independent-cascade.js';
export { influenceMaximization, INFLUENCE_MAXIMIZATION_DEFAULTS } from './influence-maximization.js';
export type { InfluenceMaximizationOptions, InfluenceMaximizationResult, InfluenceSeed, InfluenceProbabilityRule } from './influence-maximization.js';
export { referralValue, REFERRAL_VALUE_DEFAULTS } from './referral-value.js';
export type { ReferralValueOptions, PersonReferralValue, ReferralTie, ReferralNovelty } from './referral-value.js';
