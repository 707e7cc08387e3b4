import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { buildIndex, siloReport, type BoundarySpanner, type SiloReport } from '../../src/index.js';

type People = { office: string };
type Ties = { weight: number; emails: number };

test('siloReport(graph | index, { groups }) returns a SiloReport', () => {
  const graph = new UndirectedGraph<People, Ties>();
  const report = siloReport(graph, { groups: 'office', limit: 3, minGroupSize: 2, getEdgeStrength: 'emails', seed: 7 });
  expectTypeOf(report).toEqualTypeOf<SiloReport>();
  expectTypeOf(report.attribute).toEqualTypeOf<string | null>();
  expectTypeOf(report.spanners.liaison).toEqualTypeOf<BoundarySpanner[]>();
  expectTypeOf(siloReport(buildIndex(graph), { groups: { a: 'x' }, rng: Math.random })).toEqualTypeOf<SiloReport>();
  // @ts-expect-error the removed top option: use limit
  siloReport(graph, { groups: 'office', top: 3 });
  // @ts-expect-error the removed groupAttribute option: use groups
  siloReport(graph, { groupAttribute: 'office' });
  // @ts-expect-error a node attribute the graph does not declare
  siloReport(graph, { groups: 'department' });
  // @ts-expect-error an edge attribute the graph does not declare
  siloReport(graph, { groups: 'office', getEdgeStrength: 'calls' });
  // @ts-expect-error the report has no groupAttribute field
  report.groupAttribute;
});
