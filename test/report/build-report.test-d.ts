import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { buildIndex, buildReport, charts, type VegaLiteSpec } from '../../src/index.js';

test('buildReport takes a graph or an index and resolves to the HTML', async () => {
  const g = new UndirectedGraph();
  expectTypeOf(await buildReport(g, { groups: 'department', minGroupSize: 5 })).toEqualTypeOf<string>();
  expectTypeOf(buildReport(buildIndex(g), { groups: { a: 'x' }, pseudonymize: 'key' })).toEqualTypeOf<Promise<string>>();
  // @ts-expect-error referralRuns was renamed runs
  await buildReport(g, { referralRuns: 10 });
  expectTypeOf(charts.percolation).returns.toEqualTypeOf<VegaLiteSpec>();
});
