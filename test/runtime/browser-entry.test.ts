/**
 * The browser-safe entry (src/browser.ts) exports everything the package exports but the
 * Node-only I/O, and its module graph holds no Node built-in and no fast-csv (esbuild, as a
 * browser bundler would see it). The page test in Chromium is test/runtime/browser.mjs.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as browser from '../../src/browser.js';
import * as node from '../../src/index.js';
import * as runtime from '../../src/runtime/index.js';

/** What only the Node entry has: file and stream readers and writers, and the HTML report. */
const NODE_ONLY = [
  'readTiesCsv',
  'READ_TIES_CSV_DEFAULTS',
  'readPeopleCsv',
  'READ_PEOPLE_CSV_DEFAULTS',
  'readInteractionsCsv',
  'READ_INTERACTIONS_CSV_DEFAULTS',
  'writeNodeTableCsv',
  'WRITE_NODE_TABLE_CSV_DEFAULTS',
  'writeEdgeTableCsv',
  'WRITE_EDGE_TABLE_CSV_DEFAULTS',
  'buildReport',
  'BUILD_REPORT_DEFAULTS',
  'writeArrow',
  'WRITE_ARROW_DEFAULTS',
  'writeParquet',
  'WRITE_PARQUET_DEFAULTS',
  // the DuckDB readers (issue 11): @duckdb/node-api is a native Node module
  'readTiesDuckDb',
  'READ_TIES_DUCKDB_DEFAULTS',
  'tiesFromInteractionsDuckDb',
  'TIES_FROM_INTERACTIONS_DUCKDB_DEFAULTS',
  'DuckDbReadError',
];

describe('the browser entry', () => {
  it('exports the package minus the Node-only I/O, the same objects', () => {
    // src/runtime/index.ts (AbortedError) is in both entries.
    const all: Record<string, unknown> = { ...runtime, ...node };
    const expected = [...new Set(Object.keys(all))].filter((k) => !NODE_ONLY.includes(k)).sort();
    expect(Object.keys(browser).sort()).toEqual(expected);
    for (const key of expected) expect((browser as Record<string, unknown>)[key], key).toBe(all[key]);
  });

  it('bundles for the browser with no Node built-in, fast-csv, worker entry or eval', async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('../../src/browser.ts', import.meta.url))],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((i) => /^node:|fast-csv|src\/io\/(?!table-write-error)|src\/report\/|src\/cli\/|runtime\/worker|runtime\/tasks/.test(i))).toEqual([]);
    expect(result.outputFiles[0]!.text).not.toMatch(/new Function\(|\beval\(/);
  }, 60_000);
});
