/**
 * The HTML report.
 *
 * @module
 */
export { buildReport, BUILD_REPORT_DEFAULTS } from './build-report.js';
export type { BuildReportOptions, ReportSource, ReportProgress, ReportStrongTies } from './build-report.js';
