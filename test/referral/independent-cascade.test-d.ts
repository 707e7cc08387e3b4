import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import {
  buildIndex,
  independentCascade,
  INDEPENDENT_CASCADE_DEFAULTS,
  type IndependentCascadeOptions,
  type IndependentCascadeResult,
} from '../../src/index.js';

type People = { ltv: number; team: string };
type Ties = { weight: number; calls: number };

const graph = new UndirectedGraph<People, Ties>();
const index = buildIndex(graph);

test('independentCascade returns a promise of IndependentCascadeResult, for a graph and an index', () => {
  expectTypeOf(independentCascade(graph, ['a'])).toEqualTypeOf<Promise<IndependentCascadeResult>>();
  expectTypeOf(independentCascade(index, ['a'], { runs: 10 })).toEqualTypeOf<Promise<IndependentCascadeResult>>();
  expectTypeOf<IndependentCascadeResult['activation']>().toEqualTypeOf<Record<string, number>>();
  expectTypeOf<IndependentCascadeResult['expectedValue']>().toEqualTypeOf<number | undefined>();
  expectTypeOf(INDEPENDENT_CASCADE_DEFAULTS.seed).toEqualTypeOf<42>();
});

test('options: getEdgeStrength takes edge attribute keys, values takes node attribute keys or node data', () => {
  void independentCascade(graph, ['a'], { getEdgeStrength: 'calls', values: 'ltv' });
  void independentCascade(graph, ['a'], { getEdgeStrength: null, values: { a: 1 } });
  void independentCascade(graph, ['a'], { values: new Map([['a', 1]]) });
  void independentCascade(graph, ['a'], { values: (_node, attributes) => attributes.ltv });
  void independentCascade(index, ['a'], { getEdgeStrength: null, values: { a: 1 }, seed: 7 });
  void independentCascade(graph, ['a'], { rng: () => 0.5, threads: 'auto', probability: 'weightedCascade' });
  expectTypeOf<IndependentCascadeOptions<Ties, People>['values']>().toExtend<'ltv' | 'team' | Readonly<Record<string, number>> | ReadonlyMap<string, number> | ((node: string, attributes: People) => number | null | undefined) | undefined>();
  // @ts-expect-error an edge attribute the graph does not have
  void independentCascade(graph, ['a'], { getEdgeStrength: 'nope' });
  // @ts-expect-error a node attribute the graph does not have
  void independentCascade(graph, ['a'], { values: 'nope' });
  // @ts-expect-error values are numbers
  void independentCascade(graph, ['a'], { values: { a: 'ten' } });
  // @ts-expect-error the old option valueAttribute is gone: values takes the attribute name
  void independentCascade(graph, ['a'], { valueAttribute: 'ltv' });
  // @ts-expect-error rng returns a number
  void independentCascade(graph, ['a'], { rng: () => 'x' });
  // @ts-expect-error threads is a number or 'auto'
  void independentCascade(graph, ['a'], { threads: 'all' });
});

test('misuse of the result', async () => {
  const r = await independentCascade(graph, ['a']);
  // @ts-expect-error the result has no reach field (expectedReach)
  void r.reach;
  // @ts-expect-error the seeds are keys
  const n: number[] = r.seeds;
  void n;
});
