import { expectTypeOf, test } from 'vitest';
import { DirectedGraph } from 'graphology';
import {
  buildIndex,
  customerCoverage,
  CUSTOMER_COVERAGE_DEFAULTS,
  type AccountCoverage,
  type CustomerCoverageResult,
  type CustomerSegmentOptions,
  type EmployeeCoverage,
} from '../../src/index.js';

type Node = { kind: string; account: string | number; team: string };
type Edge = { weight: number; class: 'strong' | 'weak' };
const graph = new DirectedGraph<Node, Edge>();
const index = buildIndex(graph);

test('customerCoverage returns a CustomerCoverageResult for a graph and an index', () => {
  const r = customerCoverage(graph);
  expectTypeOf(r).toEqualTypeOf<CustomerCoverageResult>();
  expectTypeOf(r.accounts).toEqualTypeOf<AccountCoverage[]>();
  expectTypeOf(r.employees).toEqualTypeOf<Record<string, EmployeeCoverage>>();
  expectTypeOf(r.threshold).toEqualTypeOf<number>();
  expectTypeOf(customerCoverage(index, { kinds: { a: 'employee' }, accounts: { b: 7 } })).toEqualTypeOf<CustomerCoverageResult>();
  expectTypeOf(CUSTOMER_COVERAGE_DEFAULTS.employeeKind).toEqualTypeOf<string>();
});

test('customerCoverage options: kinds and accounts in every NodeData form, strongTies', () => {
  customerCoverage(graph, { kinds: 'team', accounts: 'account', strongTies: 3 });
  customerCoverage(graph, { kinds: new Map([['a', 'employee']]), accounts: (_node, attributes) => attributes.account });
  customerCoverage(graph, { strongTies: 'class', getEdgeStrength: (_e, a) => a.weight });
  customerCoverage(graph, { strongTies: { method: 'quantile', quantile: 0.75 } });
  const segments: CustomerSegmentOptions<Node> = { kinds: 'kind', employeeKind: 'staff' };
  void segments;
  // @ts-expect-error minStrength is gone: strongTies: 3
  customerCoverage(graph, { minStrength: 3 });
  // @ts-expect-error kindAttribute is gone: kinds: 'kind'
  customerCoverage(graph, { kindAttribute: 'kind' });
  // @ts-expect-error accountAttribute is gone: accounts: 'account'
  customerCoverage(graph, { accountAttribute: 'account' });
  // @ts-expect-error a node attribute the nodes do not have
  customerCoverage(graph, { accounts: 'acount' });
  // @ts-expect-error kinds are strings or numbers
  customerCoverage(graph, { kinds: { a: true } });
  // @ts-expect-error an edge attribute the edges do not have
  customerCoverage(graph, { strongTies: 'klass' });
});
