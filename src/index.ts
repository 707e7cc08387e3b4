/**
 * The package's public surface for Node: everything of the browser entry (src/browser.ts: the
 * metrics, datasets, charts, tidy rows, errors and the runtime, with no Node built-in), plus what
 * needs files, streams or Node: the CSV, Arrow and Parquet readers and writers, and the HTML report.
 * Each concept folder lists its own exports in its index.ts; docs/conventions.md holds the
 * vocabulary they share.
 *
 * @module
 */
export * from './browser.js';

// Node only: files and streams.
export { readTiesCsv, READ_TIES_CSV_DEFAULTS } from './io/read-ties-csv.js';
export type { ReadTiesCsvOptions, ReadTiesReport, DuplicateRule, TiesGraph } from './io/read-ties-csv.js';
export type { ReadTiesResult, ReadTiesIndexResult, TiesEdge } from './io/read-ties-csv.js';
export type { RejectedRow, ColumnSpec } from './io/csv-rows.js';
export { readPeopleCsv, READ_PEOPLE_CSV_DEFAULTS } from './io/read-people-csv.js';
export type { ReadPeopleCsvOptions, ReadPeopleReport, PersonKind } from './io/read-people-csv.js';
export { writeNodeTableCsv, WRITE_NODE_TABLE_CSV_DEFAULTS } from './io/write-node-table-csv.js';
export type { NodeTable, WriteNodeTableCsvOptions } from './io/write-node-table-csv.js';
export { writeEdgeTableCsv, WRITE_EDGE_TABLE_CSV_DEFAULTS } from './io/write-edge-table-csv.js';
export type { EdgeTable, WriteEdgeTableCsvOptions } from './io/write-edge-table-csv.js';
export type { Cell, WriteCsvOptions, WriteCsvResult, FormulaGuard } from './io/csv-write.js';
export type { TidyInput } from './tidy/writer-rows.js';
export { readInteractionsCsv, READ_INTERACTIONS_CSV_DEFAULTS } from './io/read-interactions-csv.js';
export type { ReadInteractionsCsvOptions, ReadInteractionsReport, InteractionsCsv, TimeFormat } from './io/read-interactions-csv.js';
export { writeArrow, WRITE_ARROW_DEFAULTS } from './io/write-arrow.js';
export type { WriteArrowOptions } from './io/write-arrow.js';
export { writeParquet, WRITE_PARQUET_DEFAULTS } from './io/write-parquet.js';
export type { WriteParquetOptions } from './io/write-parquet.js';
export type { WriteTableResult, WriteTableOptions } from './io/table-format.js';
export { readTiesDuckDb, READ_TIES_DUCKDB_DEFAULTS } from './io/read-ties-duckdb.js';
export type {
  ReadTiesDuckDbOptions,
  ReadTiesDuckDbReport,
  ReadTiesDuckDbResult,
  ReadTiesDuckDbIndexResult,
  DuckDbRejectedRow,
} from './io/read-ties-duckdb.js';
export { tiesFromInteractionsDuckDb, TIES_FROM_INTERACTIONS_DUCKDB_DEFAULTS } from './io/ties-from-interactions-duckdb.js';
export type {
  TiesFromInteractionsDuckDbOptions,
  TiesFromInteractionsDuckDbReport,
  InteractionTiesDuckDb,
  InteractionTiesDuckDbIndex,
} from './io/ties-from-interactions-duckdb.js';
export { DuckDbReadError } from './io/duckdb-error.js';
export type { DuckDbReadReason, DuckDbLocation } from './io/duckdb-error.js';
export type { DuckDbInput, DuckDbQuery, DuckDbSettings } from './io/duckdb-session.js';

// Node only: the HTML report (vega loads lazily on the first report).
export { buildReport, BUILD_REPORT_DEFAULTS } from './report/index.js';
export type { BuildReportOptions, ReportSource, ReportProgress, ReportStrongTies } from './report/index.js';
