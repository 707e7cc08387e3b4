import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import {
  buildIndex,
  influenceMaximization,
  INFLUENCE_MAXIMIZATION_DEFAULTS,
  type InfluenceMaximizationResult,
  type InfluenceSeed,
} from '../../src/index.js';

type People = { ltv: number; team: string };
type Ties = { weight: number; calls: number };

const graph = new UndirectedGraph<People, Ties>();
const index = buildIndex(graph);

test('influenceMaximization returns a promise of InfluenceMaximizationResult, for a graph and an index', () => {
  expectTypeOf(influenceMaximization(graph)).toEqualTypeOf<Promise<InfluenceMaximizationResult>>();
  expectTypeOf(influenceMaximization(index, { seedCount: 2 })).toEqualTypeOf<Promise<InfluenceMaximizationResult>>();
  expectTypeOf<InfluenceMaximizationResult['seeds']>().toEqualTypeOf<InfluenceSeed[]>();
  expectTypeOf<InfluenceMaximizationResult['objective']>().toEqualTypeOf<'reach' | 'value'>();
  expectTypeOf(INFLUENCE_MAXIMIZATION_DEFAULTS.seedCount).toEqualTypeOf<5>();
});

test('options', () => {
  void influenceMaximization(graph, { seedCount: 3, candidates: ['a', 'b'], values: 'ltv', getEdgeStrength: 'calls' });
  void influenceMaximization(graph, { values: (_node, attributes) => attributes.ltv, rng: () => 0.1 });
  void influenceMaximization(index, { getEdgeStrength: null, values: new Map([['a', 2]]), seed: 3 });
  // @ts-expect-error the old option k is now seedCount
  void influenceMaximization(graph, { k: 3 });
  // @ts-expect-error the old option valueAttribute is gone: values takes the attribute name
  void influenceMaximization(graph, { valueAttribute: 'ltv' });
  // @ts-expect-error a node attribute the graph does not have
  void influenceMaximization(graph, { values: 'nope' });
  // @ts-expect-error an edge attribute the graph does not have
  void influenceMaximization(graph, { getEdgeStrength: 'nope' });
  // @ts-expect-error seedCount is a number
  void influenceMaximization(graph, { seedCount: '3' });
});

test('misuse of the result', async () => {
  const best = await influenceMaximization(graph);
  // @ts-expect-error a seed's person is `node`, not `seed`
  void best.seeds[0]!.seed;
  // @ts-expect-error objective is 'reach' or 'value'
  const o: 'spread' = best.objective;
  void o;
});
