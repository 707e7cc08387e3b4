import { expectTypeOf, test } from 'vitest';
import { DirectedGraph } from 'graphology';
import {
  assignBrokerageRoles,
  brokerageRoles,
  buildIndex,
  type BrokerageRoleScores,
  type BrokerageRolesResult,
  type BrokerageScore,
} from '../../src/index.js';

type People = { department: string; level: number };

test('brokerageRoles(graph | index, { groups }) returns a BrokerageRolesResult', () => {
  const graph = new DirectedGraph<People>();
  const result = brokerageRoles(graph, { groups: 'department', nullModel: 'permutation', permutations: 99, seed: 1 });
  expectTypeOf(result).toEqualTypeOf<BrokerageRolesResult>();
  expectTypeOf(result.nodes).toEqualTypeOf<Record<string, BrokerageRoleScores>>();
  expectTypeOf(result.network.liaison).toEqualTypeOf<BrokerageScore>();
  expectTypeOf(brokerageRoles(buildIndex(graph), { groups: { a: 'x' }, rng: Math.random })).toEqualTypeOf<BrokerageRolesResult>();
  brokerageRoles(graph, { groups: new Map([['a', 1]]), undirected: 'unordered', partialCredit: true, nullModel: 'none' });
  brokerageRoles(graph, { groups: (_node, attributes) => attributes.level });
  // @ts-expect-error the removed groupAttribute option: use groups
  brokerageRoles(graph, { groupAttribute: 'department' });
  // @ts-expect-error a node attribute the graph does not declare
  brokerageRoles(graph, { groups: 'office' });
  // @ts-expect-error a null model that does not exist
  brokerageRoles(graph, { groups: 'department', nullModel: 'erdosRenyi' });
  // @ts-expect-error brokerage is binary: no strengths
  brokerageRoles(graph, { groups: 'department', getEdgeStrength: 'weight' });
  // @ts-expect-error attribute belongs to assignBrokerageRoles
  brokerageRoles(graph, { groups: 'department', attribute: 'roles' });
  // @ts-expect-error a role that does not exist
  result.network.broker;
});

test('assignBrokerageRoles(graph, { groups }) returns void and needs a graph', () => {
  const graph = new DirectedGraph<People>();
  expectTypeOf(assignBrokerageRoles(graph, { groups: 'department', attribute: 'roles' })).toEqualTypeOf<void>();
  // @ts-expect-error an index holds no attributes to write
  assignBrokerageRoles(buildIndex(graph), { groups: { a: 'x' } });
  // @ts-expect-error a node attribute the graph does not declare
  assignBrokerageRoles(graph, { groups: 'office' });
});
