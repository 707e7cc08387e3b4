import { expectTypeOf, test } from 'vitest';
import type { Writable } from 'node:stream';
import { UndirectedGraph } from 'graphology';
import { constraint, siloReport, writeArrow, writeParquet, type WriteTableResult } from '../../src/index.js';

declare const sink: Writable;

test('writeArrow and writeParquet take any result and resolve to what they wrote', async () => {
  const g = new UndirectedGraph();
  expectTypeOf(await writeArrow(constraint(g), 'c.arrow')).toEqualTypeOf<WriteTableResult>();
  expectTypeOf(await writeParquet(siloReport(g, { groups: 'team' }), sink, { table: 'groups' })).toEqualTypeOf<WriteTableResult>();
  // @ts-expect-error the output is a path or a Writable
  await writeParquet(constraint(g), 42);
});
