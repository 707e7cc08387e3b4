/**
 * readTiesDuckDb: Parquet, CSV, JSON, globs and queries read through DuckDB give what readTiesCsv
 * gives on the same rows; every error is a typed DuckDbReadError with file and row.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidOptionError, InvalidWeightError } from '../../src/errors.js';
import type { CsrIndex } from '../../src/core/csr.js';
import { readTiesCsv } from '../../src/io/read-ties-csv.js';
import { readTiesDuckDb } from '../../src/io/read-ties-duckdb.js';
import { DuckDbReadError } from '../../src/io/duckdb-error.js';
import { duckDbModule } from '../../src/io/duckdb-session.js';

let dir = '';
const path = (name: string) => join(dir, name);

/** Runs statements in a throwaway in-memory DuckDB (the fixtures are written by DuckDB itself). */
async function duck(...statements: string[]): Promise<void> {
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  for (const s of statements) await c.run(s);
  c.closeSync();
  db.closeSync();
}

// A small edge list with repeated pairs (both orientations), a self-loop, ids that look like numbers.
const ROWS: [string, string, number][] = [
  ['007', 'b', 1.5],
  ['b', 'c', 2],
  ['c', '007', 0.25],
  ['b', '007', 3],
  ['d', 'd', 9],
  ['c', 'b', 1e-3],
  ['e', 'c', 4],
  ['b', 'c', 7],
];
const VALUES = ROWS.map(([s, t, w]) => `('${s}', '${t}', ${w}::DOUBLE, '${w > 1 ? 'x' : 'y'}')`).join(', ');

function sameIndex(a: CsrIndex, b: CsrIndex): void {
  expect(a.keys).toEqual(b.keys);
  expect(a.directed).toBe(b.directed);
  expect(a.weighted).toBe(b.weighted);
  expect([...a.tieSources]).toEqual([...b.tieSources]);
  expect([...a.tieTargets]).toEqual([...b.tieTargets]);
  expect([...a.tieStrengths]).toEqual([...b.tieStrengths]);
  expect([...a.offsets]).toEqual([...b.offsets]);
  expect([...a.neighbors]).toEqual([...b.neighbors]);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tiestrength-duckdb-'));
  const csv = ['source,target,weight,relation', ...ROWS.map(([s, t, w]) => `${s},${t},${w},${w > 1 ? 'x' : 'y'}`)].join('\n');
  writeFileSync(path('ties.csv'), `${csv}\n`);
  const rows = `(VALUES ${VALUES}) v(source, target, weight, relation)`;
  await duck(
    `COPY (SELECT * FROM ${rows}) TO '${path('ties.parquet')}' (FORMAT parquet)`,
    `COPY (SELECT * FROM ${rows} LIMIT 4) TO '${path('part-1.parquet')}' (FORMAT parquet)`,
    `COPY (SELECT * FROM ${rows} OFFSET 4) TO '${path('part-2.parquet')}' (FORMAT parquet)`,
    `COPY (SELECT * FROM ${rows}) TO '${path('ties.jsonl')}' (FORMAT json)`,
    `COPY (SELECT source AS a, target AS b, weight AS n FROM ${rows}) TO '${path('renamed.parquet')}' (FORMAT parquet)`,
    `COPY (SELECT * FROM (VALUES ('a', 'b', 1.0::DOUBLE), ('b', 'c', 2.0), ('c', NULL, 1.0), ('a', 'c', 'inf'::DOUBLE), ('c', 'a', -1.0), ('a', 'b', 3.0)) v(source, target, weight)) ` +
      `TO '${path('bad-1.parquet')}' (FORMAT parquet)`,
    `COPY (SELECT * FROM (VALUES ('x', 'y', 1.0::DOUBLE), ('y', '  ', 1.0), ('z', 'x', 'nan'::DOUBLE)) v(source, target, weight)) TO '${path('bad-2.parquet')}' (FORMAT parquet)`,
  );
  await duck(`ATTACH '${path('db.duckdb')}' AS w`, `CREATE TABLE w.mail AS SELECT * FROM ${rows}`, 'DETACH w');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readTiesDuckDb', () => {
  describe('equals readTiesCsv on the same rows', () => {
    it.each([
      ['Parquet', 'ties.parquet'],
      ['CSV', 'ties.csv'],
      ['JSON lines', 'ties.jsonl'],
    ])('%s, as an index', async (_, file) => {
      const ours = await readTiesDuckDb(path(file), { as: 'index', threads: 1 });
      const csv = await readTiesCsv(path('ties.csv'), { as: 'index' });
      sameIndex(ours.index, csv.index);
      expect(ours.index.keys[0]).toBe('007');
      const { file: _f, blankLines: _b, rejectedRows: _r, ignoredColumns: ignoredCsv, weightColumn: wc, ...counts } = csv.report;
      expect(ours.report).toMatchObject(counts);
      expect(ours.report.weightColumn).toBe(wc);
      expect(ours.report.ignoredColumns).toEqual(ignoredCsv);
      expect(ours.report).toMatchObject({ rows: 8, selfLoops: 1, accepted: 7, duplicatesMerged: 3, pairsMerged: 2, nodes: 5, ties: 4, rejected: 0 });
    });

    it.each([
      [{ directed: true }],
      [{ duplicates: 'max' as const }],
      [{ duplicates: 'mean' as const, directed: true }],
      [{ weight: null }],
      [{ select: { relation: 'x' } }],
      [{ select: { relation: ['x', 'y'] }, duplicates: 'max' as const }],
    ])('with %j', async (options) => {
      const ours = await readTiesDuckDb(path('ties.parquet'), { ...options, as: 'index' });
      const csv = await readTiesCsv(path('ties.csv'), { ...options, as: 'index' });
      sameIndex(ours.index, csv.index);
      expect(ours.report.unselected).toBe(csv.report.unselected);
      expect(ours.report.duplicatesMerged).toBe(csv.report.duplicatesMerged);
      expect(ours.report.pairsMerged).toBe(csv.report.pairsMerged);
    });

    it('as a graphology graph (the default)', async () => {
      const ours = await readTiesDuckDb(path('ties.parquet'));
      const csv = await readTiesCsv(path('ties.csv'));
      expect(ours.graph.type).toBe('undirected');
      expect(ours.graph.nodes()).toEqual(csv.graph.nodes());
      const edges = (g: typeof ours.graph) => g.mapEdges((_, a, s, t) => `${s}|${t}|${a.weight}`);
      expect(edges(ours.graph)).toEqual(edges(csv.graph));
      expect((await readTiesDuckDb(path('ties.parquet'), { directed: true })).graph.type).toBe('directed');
    });

    it('reads columns by name or 0-based position', async () => {
      const byName = await readTiesDuckDb(path('renamed.parquet'), { source: 'a', target: 'b', weight: 'n', as: 'index' });
      const byPosition = await readTiesDuckDb(path('renamed.parquet'), { source: 0, target: 1, weight: 2, as: 'index' });
      const csv = await readTiesCsv(path('ties.csv'), { as: 'index' });
      sameIndex(byName.index, csv.index);
      sameIndex(byPosition.index, csv.index);
      // No column named 'weight': every row weighs 1.
      const unweighted = await readTiesDuckDb(path('renamed.parquet'), { source: 'a', target: 'b', as: 'index' });
      expect(unweighted.report.weightColumn).toBeNull();
      expect(unweighted.index.weighted).toBe(false);
      expect(unweighted.report.ignoredColumns).toEqual(['n']);
    });
  });

  describe('inputs', () => {
    it('a glob and an array of paths read the files in order', async () => {
      const whole = await readTiesDuckDb(path('ties.parquet'), { as: 'index' });
      sameIndex((await readTiesDuckDb(path('part-*.parquet'), { as: 'index' })).index, whole.index);
      sameIndex((await readTiesDuckDb([path('part-1.parquet'), path('part-2.parquet')], { as: 'index' })).index, whole.index);
    });

    it('{ query } runs any DuckDB query over files', async () => {
      const { index, report } = await readTiesDuckDb(
        { query: `SELECT a AS source, b AS target, n * 2 AS weight FROM '${path('renamed.parquet')}' WHERE n > 1` },
        { as: 'index' },
      );
      expect(report.source).toBe('<query>');
      expect(report.rows).toBe(6);
      expect(index.keys).toEqual(['007', 'b', 'c', 'd', 'e']);
      // 007–b ((1.5 + 3) · 2 = 9), b–c ((2 + 7) · 2 = 18), e–c (4 · 2 = 8); d–d is a self-loop.
      expect(report.selfLoops).toBe(1);
      expect([...index.tieStrengths].sort((x, y) => x - y)).toEqual([8, 9, 18]);
    });

    it('{ query, database } reads the tables of a database file', async () => {
      const { index } = await readTiesDuckDb({ query: 'SELECT * FROM mail', database: path('db.duckdb') }, { as: 'index' });
      sameIndex(index, (await readTiesDuckDb(path('ties.parquet'), { as: 'index' })).index);
    });

    it('takes the engine settings: threads, memoryLimit, tempDirectory', async () => {
      const { index } = await readTiesDuckDb(path('ties.parquet'), { as: 'index', threads: 1, memoryLimit: '256MB', tempDirectory: path('spill') });
      expect(index.size).toBe(4);
      expect((await readTiesDuckDb(path('ties.parquet'), { as: 'index', memoryLimit: 300_000_000 })).index.size).toBe(4);
    });
  });

  describe('errors', () => {
    const fails = async (promise: Promise<unknown>) => {
      const error = await promise.then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DuckDbReadError);
      expect((error as DuckDbReadError).code).toBe('E_DUCKDB_READ');
      return error as DuckDbReadError;
    };

    it('a missing file', async () => {
      const e = await fails(readTiesDuckDb(path('missing.parquet')));
      expect(e.reason).toBe('missingFile');
      expect(e.message).toContain('missing.parquet');
      expect((await fails(readTiesDuckDb(path('nothing-*.csv')))).reason).toBe('missingFile');
    });

    it('a query DuckDB refuses, with its error as the cause', async () => {
      const e = await fails(readTiesDuckDb({ query: 'SELEC nonsense' }));
      expect(e.reason).toBe('query');
      expect(e.cause).toBeInstanceOf(Error);
      expect(e.message).toMatch(/DuckDB says: Parser Error/);
    });

    it('a missing column, named with the columns there are', async () => {
      const e = await fails(readTiesDuckDb(path('renamed.parquet')));
      expect(e).toMatchObject({ reason: 'missingColumn', column: 'source' });
      expect(e.message).toContain('"a", "b", "n"');
      expect((await fails(readTiesDuckDb(path('ties.parquet'), { weight: 'count' }))).column).toBe('count');
      expect((await fails(readTiesDuckDb(path('ties.parquet'), { target: 7 }))).reason).toBe('missingColumn');
      expect((await fails(readTiesDuckDb(path('ties.parquet'), { select: { wave: '1' } }))).column).toBe('wave');
    });

    it('a null id, with file and row (a glob names the file that holds it)', async () => {
      const e = await fails(readTiesDuckDb(path('bad-1.parquet')));
      expect(e).toMatchObject({ reason: 'nullId', file: path('bad-1.parquet'), row: 3, column: 'target' });
      expect(e.message).toContain('bad-1.parquet: row 3');
    });

    it('a non-finite, non-positive, blank, unparsable weight or id: the first one in row order', async () => {
      const e = await fails(readTiesDuckDb({ query: `SELECT * FROM '${path('bad-1.parquet')}' WHERE target IS NOT NULL` }));
      expect(e).toMatchObject({ reason: 'nonFiniteWeight', row: 3, column: 'weight', file: undefined });
      expect(e.message).toMatch(/row 3: weight "inf" in column "weight" is not finite/);
      const blank = await fails(readTiesDuckDb(path('bad-*.parquet'), { onInvalidRow: 'throw' }));
      expect(blank).toMatchObject({ reason: 'nullId', file: path('bad-1.parquet'), row: 3 });
      const second = await fails(readTiesDuckDb(path('bad-2.parquet')));
      expect(second).toMatchObject({ reason: 'emptyId', row: 2, column: 'target' });
      const text = await fails(readTiesDuckDb({ query: `SELECT 'a' AS source, 'b' AS target, '1,5' AS weight` }));
      expect(text).toMatchObject({ reason: 'invalidWeight', row: 1 });
      expect(text.message).toContain('"1,5"');
      const zero = await fails(readTiesDuckDb({ query: `SELECT 'a' AS source, 'b' AS target, 0 AS weight` }));
      expect(zero.reason).toBe('nonPositiveWeight');
      const missing = await fails(readTiesDuckDb({ query: `SELECT 'a' AS source, 'b' AS target, NULL::DOUBLE AS weight` }));
      expect(missing.reason).toBe('missingWeight');
    });

    it("onInvalidRow: 'skip' counts and reports the invalid rows of every file", async () => {
      const { index, report } = await readTiesDuckDb(path('bad-*.parquet'), { onInvalidRow: 'skip', as: 'index' });
      expect(report).toMatchObject({ rows: 9, rejected: 5, accepted: 4, duplicatesMerged: 1, ties: 3 });
      expect(report.rejectedByReason).toEqual({ nullId: 1, nonFiniteWeight: 2, nonPositiveWeight: 1, emptyId: 1 });
      expect(report.rejectedRows.map((r) => [r.file, r.row, r.reason])).toEqual([
        [path('bad-1.parquet'), 3, 'nullId'],
        [path('bad-1.parquet'), 4, 'nonFiniteWeight'],
        [path('bad-1.parquet'), 5, 'nonPositiveWeight'],
        [path('bad-2.parquet'), 2, 'emptyId'],
        [path('bad-2.parquet'), 3, 'nonFiniteWeight'],
      ]);
      expect(index.keys).toEqual(['a', 'b', 'c', 'x', 'y']);
    });

    it("duplicates: 'error' rejects the repeat of a pair at its own row", async () => {
      const e = await fails(readTiesDuckDb(path('ties.parquet'), { duplicates: 'error' }));
      // Row 4 (b, 007) repeats row 1 (007, b): an undirected pair.
      expect(e).toMatchObject({ reason: 'duplicate', row: 4 });
      const skipped = await readTiesDuckDb(path('ties.parquet'), { duplicates: 'error', onInvalidRow: 'skip', as: 'index' });
      const csv = await readTiesCsv(path('ties.csv'), { duplicates: 'error', onInvalidRow: 'skip', as: 'index' });
      sameIndex(skipped.index, csv.index);
      expect(skipped.report.rejectedRows.map((r) => r.row)).toEqual(csv.report.rejectedRows.map((r) => r.line - 1));
    });

    it('a pair whose summed weight overflows is an InvalidWeightError', async () => {
      await expect(readTiesDuckDb({ query: `SELECT 'a' AS source, 'b' AS target, 1e308 AS weight FROM range(2)` }, { as: 'index' })).rejects.toBeInstanceOf(
        InvalidWeightError,
      );
    });

    it("an id graphology cannot hold needs as: 'index'", async () => {
      const q = { query: `SELECT * FROM (VALUES ('a', 'b'), ('__proto__', 'a')) v(source, target)` };
      const e = await fails(readTiesDuckDb(q));
      expect(e).toMatchObject({ reason: 'unsupportedId', row: 2 });
      expect((await readTiesDuckDb(q, { as: 'index' })).index.keys).toEqual(['a', 'b', '__proto__']);
    });

    it('an extension of no known format', async () => {
      expect((await fails(readTiesDuckDb(path('ties.xlsx')))).reason).toBe('unsupportedFormat');
    });

    it('the optional package missing, with the command that installs it', async () => {
      const load = duckDbModule.load;
      duckDbModule.load = () => Promise.reject(Object.assign(new Error("Cannot find package '@duckdb/node-api'"), { code: 'ERR_MODULE_NOT_FOUND' }));
      try {
        const e = await fails(readTiesDuckDb(path('ties.parquet')));
        expect(e).toMatchObject({ reason: 'missingDependency', dependency: '@duckdb/node-api' });
        expect(e.message).toContain('npm install @duckdb/node-api');
      } finally {
        duckDbModule.load = load;
      }
    });

    it.each([
      [{ threads: 0 }],
      [{ threads: 'all' }],
      [{ memoryLimit: 'lots' }],
      [{ memoryLimit: -1 }],
      [{ tempDirectory: '' }],
      [{ duplicates: 'first' }],
      [{ as: 'table' }],
      [{ delimiter: ';;' }],
      [{ select: {} }],
      [{ source: -1 }],
      [{ workers: 2 }],
    ])('a bad option %j is an InvalidOptionError', async (options) => {
      await expect(readTiesDuckDb(path('ties.parquet'), options as never)).rejects.toBeInstanceOf(InvalidOptionError);
    });

    it.each([[''], [[]], [{ query: '' }], [{ query: 'SELECT 1', table: 'x' }], [42]])('a bad input %j is an InvalidOptionError', async (input) => {
      await expect(readTiesDuckDb(input as never)).rejects.toBeInstanceOf(InvalidOptionError);
    });
  });
});
