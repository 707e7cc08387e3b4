import { expectTypeOf, test } from 'vitest';
import { DirectedGraph } from 'graphology';
import { buildIndex, describeNetwork, type GroupMixing, type NetworkDescription } from '../../src/index.js';

type People = { department: string };
type Ties = { weight: number; emails: number };

test('describeNetwork(graph | index, options) returns a NetworkDescription', () => {
  const graph = new DirectedGraph<People, Ties>();
  const d = describeNetwork(graph, { groups: 'department', getEdgeStrength: 'emails' });
  expectTypeOf(d).toEqualTypeOf<NetworkDescription>();
  expectTypeOf(d.groups).toEqualTypeOf<GroupMixing | null>();
  expectTypeOf(d.groups!.attribute).toEqualTypeOf<string | null>();
  expectTypeOf(describeNetwork(buildIndex(graph), { groups: new Map([['a', 'x']]), getEdgeStrength: null })).toEqualTypeOf<NetworkDescription>();
  describeNetwork(graph, { groups: null });
  describeNetwork(graph, { groups: (_node, attributes) => attributes.department });
  // @ts-expect-error the removed groupAttribute option: use groups
  describeNetwork(graph, { groupAttribute: 'department' });
  // @ts-expect-error a node attribute the graph does not declare
  describeNetwork(graph, { groups: 'team' });
  // @ts-expect-error an edge attribute the graph does not declare
  describeNetwork(graph, { getEdgeStrength: 'calls' });
  // @ts-expect-error groups may be null: check before reading
  d.groups.within;
});
