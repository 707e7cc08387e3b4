/**
 * The public exports of src/recommend/: re-exported by src/index.ts.
 *
 * @module
 */
export { recommendIntroductions, RECOMMEND_INTRODUCTIONS_DEFAULTS } from './recommend-introductions.js';
export type {
  RecommendIntroductionsOptions,
  RecommendObjective,
  IntroductionRecommendation,
  EndpointChanges,
  IntroductionChange,
} from './recommend-introductions.js';
export type { ReferralValueSettings } from './referral-value-gain.js';
