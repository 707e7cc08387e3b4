import { expectTypeOf, test } from 'vitest';
import { DirectedGraph } from 'graphology';
import {
  assignEiIndex,
  buildIndex,
  eiIndex,
  eiIndexIndexed,
  type EiGroupValue,
  type EiIndexResult,
  type EiValue,
  type NodeMetric,
} from '../../src/index.js';

type People = { office: string; level: number };
type Ties = { weight: number; emails: number };

test('eiIndex(graph | index, { groups }) returns an EiIndexResult whose nodes are a NodeMetric', () => {
  const graph = new DirectedGraph<People, Ties>();
  const result = eiIndex(graph, { groups: 'office' });
  expectTypeOf(result).toEqualTypeOf<EiIndexResult>();
  expectTypeOf(result.nodes).toEqualTypeOf<NodeMetric>();
  expectTypeOf(result.nodeExternal).toEqualTypeOf<NodeMetric>();
  expectTypeOf(result.network).toEqualTypeOf<EiValue>();
  expectTypeOf(result.groups).toEqualTypeOf<Record<string, EiGroupValue>>();
  expectTypeOf(eiIndex(buildIndex(graph), { groups: new Map([['a', 'x']]), getEdgeStrength: null })).toEqualTypeOf<EiIndexResult>();
  eiIndex(graph, { groups: (_node, attributes) => attributes.level, getEdgeStrength: 'emails', rescaled: true, permutations: 99, seed: 1 });
  eiIndex(graph, { groups: { a: 1 }, rng: Math.random });
  // @ts-expect-error nodes holds numbers, not { ei, external, internal }
  result.nodes.a.ei;
  // @ts-expect-error the removed weighted option: use getEdgeStrength
  eiIndex(graph, { groups: 'office', weighted: true });
  // @ts-expect-error the removed groupAttribute option: use groups
  eiIndex(graph, { groupAttribute: 'office' });
  // @ts-expect-error a node attribute the graph does not declare
  eiIndex(graph, { groups: 'department' });
  // @ts-expect-error an edge attribute the graph does not declare
  eiIndex(graph, { groups: 'office', getEdgeStrength: 'calls' });
  // @ts-expect-error attribute belongs to assignEiIndex
  eiIndex(graph, { groups: 'office', attribute: 'ei' });
});

test('assignEiIndex(graph) returns void; it takes no permutation options', () => {
  const graph = new DirectedGraph<People, Ties>();
  expectTypeOf(assignEiIndex(graph, { groups: 'office', attribute: 'ei', rescaled: true })).toEqualTypeOf<void>();
  // @ts-expect-error the permutation test is not written by assignEiIndex
  assignEiIndex(graph, { groups: 'office', permutations: 10 });
  // @ts-expect-error an index holds no attributes to write
  assignEiIndex(buildIndex(graph), { groups: { a: 'x' } });
  // @ts-expect-error a node attribute the graph does not declare
  assignEiIndex(graph, { groups: 'department' });
});

test('eiIndexIndexed(index, { groups }) returns a Float64Array and takes groups as a Record or Map', () => {
  const index = buildIndex(new DirectedGraph<People, Ties>());
  expectTypeOf(eiIndexIndexed(index, { groups: { a: 'x' } })).toEqualTypeOf<Float64Array>();
  expectTypeOf(eiIndexIndexed(index, { groups: new Map([['a', 2]]), getEdgeStrength: null, rescaled: true })).toEqualTypeOf<Float64Array>();
  // @ts-expect-error an attribute name needs a graph
  eiIndexIndexed(index, { groups: 'office' });
  // @ts-expect-error an attribute name needs a graph
  eiIndexIndexed(index, { groups: { a: 'x' }, getEdgeStrength: 'weight' });
  // @ts-expect-error the fast path takes an index, not a graph
  eiIndexIndexed(new DirectedGraph(), { groups: { a: 'x' } });
});
