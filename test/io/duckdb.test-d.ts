import { expectTypeOf, test } from 'vitest';
import type { CsrIndex } from '../../src/core/csr.js';
import type { TiesGraph } from '../../src/io/read-ties-csv.js';
import { readTiesDuckDb, type ReadTiesDuckDbReport } from '../../src/io/read-ties-duckdb.js';
import { tiesFromInteractionsDuckDb, type TiesFromInteractionsDuckDbReport } from '../../src/io/ties-from-interactions-duckdb.js';
import type { InteractionTiesGraph, InteractionTieTable } from '../../src/ties/ties-from-interactions.js';

test("readTiesDuckDb: a graph by default, an index with { as: 'index' }", async () => {
  expectTypeOf(await readTiesDuckDb('ties/*.parquet')).toEqualTypeOf<{ graph: TiesGraph; report: ReadTiesDuckDbReport }>();
  const { index } = await readTiesDuckDb({ query: 'SELECT * FROM ties', database: 'w.duckdb' }, { as: 'index', threads: 2, memoryLimit: '1GB' });
  expectTypeOf(index).toEqualTypeOf<CsrIndex>();
  await readTiesDuckDb(['a.csv', 'b.csv'], { source: 0, target: 'to', weight: null, tempDirectory: '/tmp/spill' });
  // @ts-expect-error a query input is an object { query }
  await readTiesDuckDb({ sql: 'SELECT 1' });
  // @ts-expect-error duplicates is one of 'sum' | 'max' | 'mean' | 'error'
  await readTiesDuckDb('t.parquet', { duplicates: 'first' });
  // @ts-expect-error an index result has no graph
  (await readTiesDuckDb('t.parquet', { as: 'index' })).graph;
});

test('tiesFromInteractionsDuckDb returns what tiesFromInteractions returns, with the input in the report', async () => {
  const r = await tiesFromInteractionsDuckDb('log/*.parquet', { as: 'index', halfLifeDays: 30, timeFormat: 'epochMs' });
  expectTypeOf(r.index).toEqualTypeOf<CsrIndex>();
  expectTypeOf(r.ties).toEqualTypeOf<InteractionTieTable>();
  expectTypeOf(r.report).toEqualTypeOf<TiesFromInteractionsDuckDbReport>();
  expectTypeOf((await tiesFromInteractionsDuckDb('log.csv')).graph).toEqualTypeOf<InteractionTiesGraph>();
  // @ts-expect-error rows, not events: the option is onInvalidRow
  await tiesFromInteractionsDuckDb('log.csv', { onInvalidEvent: 'skip' });
});
