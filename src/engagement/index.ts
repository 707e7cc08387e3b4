/**
 * The public exports of src/engagement/: re-exported by src/index.ts.
 *
 * @module
 */
export { engagementExposure, assignEngagementExposure, ENGAGEMENT_EXPOSURE_DEFAULTS } from './engagement-exposure.js';
export type {
  EngagementExposureOptions,
  AssignEngagementExposureOptions,
  EngagementExposure,
  MissingEngagement,
} from './engagement-exposure.js';
export { engagementExposureAsync } from './engagement-async.js';
export type { EngagementExposureAsyncOptions } from './engagement-async.js';
