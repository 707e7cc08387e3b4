import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { buildIndex, keyPersonRisk, type KeyPersonRisk, type KeyPersonRiskResult } from '../../src/index.js';

type Node = { kind: 'employee' | 'customer'; account?: string; role: string };
type Edge = { weight: number; tie: string };
const graph = new UndirectedGraph<Node, Edge>();
const index = buildIndex(graph);

test('keyPersonRisk returns a KeyPersonRiskResult for a graph and an index', () => {
  expectTypeOf(keyPersonRisk(graph)).toEqualTypeOf<KeyPersonRiskResult>();
  expectTypeOf(keyPersonRisk(index, { kinds: { a: 'employee' }, accounts: new Map([['b', 'Acme']]) })).toEqualTypeOf<KeyPersonRiskResult>();
  expectTypeOf(keyPersonRisk(graph).people['a']).toEqualTypeOf<KeyPersonRisk | undefined>();
  expectTypeOf(keyPersonRisk(graph).distanceFragmentation).toEqualTypeOf<number | null>();
});

test('keyPersonRisk options: nodes, strongTies, kinds and accounts in NodeData forms', () => {
  keyPersonRisk(graph, { nodes: new Set(['a']), distanceWeighted: true, strongTies: 3 });
  keyPersonRisk(graph, { kinds: 'role', accounts: 'account', employeeKind: 'staff', customerKind: 'client', strongTies: 'tie' });
  keyPersonRisk(graph, { kinds: (_node, attributes) => attributes.kind, getEdgeStrength: 'weight' });
  // @ts-expect-error minStrength is gone: strongTies: 3
  keyPersonRisk(graph, { minStrength: 3 });
  // @ts-expect-error kindAttribute is gone: kinds: 'kind'
  keyPersonRisk(graph, { kindAttribute: 'kind' });
  // @ts-expect-error accountAttribute is gone: accounts: 'account'
  keyPersonRisk(graph, { accountAttribute: 'account' });
  // @ts-expect-error a node attribute the nodes do not have
  keyPersonRisk(graph, { kinds: 'knd' });
  // @ts-expect-error an edge attribute the edges do not have
  keyPersonRisk(graph, { getEdgeStrength: 'wieght' });
  // @ts-expect-error distanceWeighted is a boolean
  keyPersonRisk(graph, { distanceWeighted: 'yes' });
});
