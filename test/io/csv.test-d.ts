import { expectTypeOf, test } from 'vitest';
import type { Readable, Writable } from 'node:stream';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import {
  constraint,
  keyPersonRisk,
  readInteractionsCsv,
  readPeopleCsv,
  readTiesCsv,
  writeEdgeTableCsv,
  writeNodeTableCsv,
  type CsrIndex,
  type InteractionsCsv,
  type ReadPeopleReport,
  type ReadTiesReport,
  type TiesGraph,
  type WriteCsvResult,
} from '../../src/index.js';

declare const stream: Readable;
declare const sink: Writable;

test("readTiesCsv: a graph by default, an index with { as: 'index' }", async () => {
  expectTypeOf(await readTiesCsv('ties.csv')).toEqualTypeOf<{ graph: TiesGraph; report: ReadTiesReport }>();
  const { index } = await readTiesCsv(stream, { as: 'index', threads: 1, select: { relation: 'advice' } });
  expectTypeOf(index).toEqualTypeOf<CsrIndex>();
  // @ts-expect-error the option was renamed threads
  await readTiesCsv('ties.csv', { workers: 2 });
  // @ts-expect-error duplicates is one of 'sum' | 'max' | 'mean' | 'error'
  await readTiesCsv('ties.csv', { duplicates: 'first' });
  // @ts-expect-error an index result has no graph
  (await readTiesCsv('ties.csv', { as: 'index' })).graph;
});

test('readPeopleCsv keeps the type of the graph it attaches people to', async () => {
  const { graph, report } = await readPeopleCsv('people.csv', { group: 'department' }, new DirectedGraph());
  expectTypeOf(graph).toEqualTypeOf<DirectedGraph>();
  expectTypeOf(report).toEqualTypeOf<ReadPeopleReport>();
  expectTypeOf((await readPeopleCsv(stream)).graph).toEqualTypeOf<UndirectedGraph>();
});

test('readInteractionsCsv returns a lazy, iterable event source', () => {
  expectTypeOf(readInteractionsCsv('log.csv', { timeFormat: 'epochSeconds' })).toEqualTypeOf<InteractionsCsv>();
  // @ts-expect-error an unknown time format
  readInteractionsCsv('log.csv', { timeFormat: 'unix' });
});

test('the CSV writers take a result, a path or a stream, and resolve to what they wrote', async () => {
  const g = new UndirectedGraph();
  expectTypeOf(await writeNodeTableCsv(constraint(g), 'c.csv')).toEqualTypeOf<WriteCsvResult>();
  expectTypeOf(await writeNodeTableCsv(keyPersonRisk(g).people, sink, { formulaGuard: 'none' })).toEqualTypeOf<WriteCsvResult>();
  expectTypeOf(await writeEdgeTableCsv(g, 'ties.csv', { edgeColumn: 'key' })).toEqualTypeOf<WriteCsvResult>();
  // @ts-expect-error formulaGuard is 'text' | 'all' | 'none'
  await writeNodeTableCsv(constraint(g), 'c.csv', { formulaGuard: true });
});
