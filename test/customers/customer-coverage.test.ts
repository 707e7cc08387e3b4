/**
 * Unit tests of customerCoverage (STYLE.md §9): standard cases, the single-threaded definition,
 * kinds and accounts (attributes and records), strong-tie rules, directed graphs.
 */
import { describe, expect, it } from 'vitest';
import { DirectedGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { buildIndex } from '../../src/core/build-index.js';
import { keyPersonRisk } from '../../src/reach/key-person-risk.js';
import { customerCoverage, CUSTOMER_COVERAGE_DEFAULTS } from '../../src/customers/customer-coverage.js';
import { classifyTies } from '../../src/ties/classify-ties.js';
import { InvalidOptionError } from '../../src/errors.js';
import { Graph } from '../arbitraries.js';
import { salesTeam } from './sales-team.js';

function failure(fn: () => unknown): { code?: string; option?: string } {
  try {
    fn();
  } catch (error) {
    return error as { code?: string; option?: string };
  }
  return {};
}

const summary = (r: ReturnType<typeof customerCoverage>) =>
  r.accounts.map((a) => [a.account, a.threads, a.strongThreads, a.singleThreaded]);

describe('customerCoverage', () => {
  describe('standard cases', () => {
    it('throws InvalidGraphError on a non-graph and GraphTypeNotSupportedError on a mixed graph', () => {
      expect(failure(() => customerCoverage(42 as never)).code).toBe('E_INVALID_GRAPH');
      const g = new Graph();
      g.mergeDirectedEdge('a', 'b');
      g.mergeUndirectedEdge('b', 'c');
      expect(failure(() => customerCoverage(g)).code).toBe('E_GRAPH_TYPE');
    });

    it('returns no accounts and no employees for an empty graph', () => {
      const r = customerCoverage(new UndirectedGraph());
      expect(r.accounts).toEqual([]);
      expect(r.employees).toEqual({});
      expect(r.counts).toEqual({ employees: 0, customers: 0, customersWithoutAccount: 0, others: 0 });
      expect(r.threshold).toBeNaN();
    });

    it('reports an isolated employee with zero counts and an isolated customer as an uncovered account', () => {
      const g = salesTeam();
      g.addNode('dan', { kind: 'employee' });
      g.addNode('una', { kind: 'customer', account: 'Umbrella' });
      const r = customerCoverage(g, { strongTies: 3 });
      expect(r.employees.dan).toEqual({ accountsCovered: 0, strongAccounts: 0, soleStrongThread: [] });
      const umbrella = r.accounts.find((a) => a.account === 'Umbrella')!;
      expect(umbrella).toEqual({
        account: 'Umbrella', customers: ['una'], threads: 0, strongThreads: 0, ties: 0, strongTies: 0, singleThreaded: false, owners: [],
      });
    });

    it('ignores self-loops and merges parallel edges (strengths summed)', () => {
      const g = new MultiUndirectedGraph({ allowSelfLoops: true });
      salesTeam().forEachNode((v, a) => g.addNode(v, a));
      salesTeam().forEachEdge((_, a, s, t) => g.addEdge(s, t, a));
      const before = customerCoverage(g, { strongTies: 3 });
      g.addEdge('ann', 'ann', { weight: 9 });
      g.addEdge('gus', 'gus', { weight: 9 });
      expect(customerCoverage(g, { strongTies: 3 })).toEqual(before);
      g.addEdge('cat', 'ivy', { weight: 2 }); // 1 + 2 = 3: now strong
      expect(customerCoverage(g, { strongTies: 3 }).accounts.find((a) => a.account === 'Initech')!.owners).toEqual([
        { employee: 'cat', strength: 3, strong: true, contacts: 1 },
      ]);
    });

    it('gives a graph and its index (with kinds and accounts records) the same result', () => {
      const g = salesTeam();
      const kinds = Object.fromEntries(g.mapNodes((v, a) => [v, a.kind as string]));
      const accounts = Object.fromEntries(g.filterNodes((_, a) => a.kind === 'customer').map((v) => [v, g.getNodeAttribute(v, 'account') as string]));
      expect(customerCoverage(buildIndex(g), { kinds, accounts })).toEqual(customerCoverage(g));
      expect(customerCoverage(g, { kinds, accounts })).toEqual(customerCoverage(g));
    });

    it('has frozen defaults', () => {
      expect(Object.isFrozen(CUSTOMER_COVERAGE_DEFAULTS)).toBe(true);
      expect(CUSTOMER_COVERAGE_DEFAULTS).toMatchObject({
        kinds: 'kind', employeeKind: 'employee', customerKind: 'customer', accounts: 'account', strongTies: { method: 'jenks' }, getEdgeStrength: 'weight',
      });
    });
  });

  describe('the sales team (strongTies 3)', () => {
    const r = customerCoverage(salesTeam(), { strongTies: 3 });

    it('gives threads, strong threads and the single-threaded flag per account', () => {
      // Acme: ann (ada 5, strong) and bob (abe 1): 2 threads, 1 strong → single-threaded.
      // Globex: bob 4 and cat 3, both strong → not. Initech: only cat (ivy 1, weak) → single-threaded.
      expect(summary(r)).toEqual([['Acme', 2, 1, true], ['Globex', 2, 2, false], ['Initech', 1, 0, true]]);
      expect(r.threshold).toBe(3);
      expect(r.counts).toEqual({ employees: 3, customers: 4, customersWithoutAccount: 0, others: 0 });
    });

    it('lists owners by strength and contacts in graph order', () => {
      const acme = r.accounts[0]!;
      expect(acme.customers).toEqual(['ada', 'abe']);
      expect(acme.owners).toEqual([
        { employee: 'ann', strength: 5, strong: true, contacts: 1 },
        { employee: 'bob', strength: 1, strong: false, contacts: 1 },
      ]);
      expect([acme.ties, acme.strongTies]).toEqual([2, 1]);
    });

    it('gives each employee accounts covered, strong accounts and sole strong threads', () => {
      expect(r.employees).toEqual({
        ann: { accountsCovered: 1, strongAccounts: 1, soleStrongThread: ['Acme'] },
        bob: { accountsCovered: 2, strongAccounts: 1, soleStrongThread: [] },
        cat: { accountsCovered: 2, strongAccounts: 1, soleStrongThread: [] },
      });
    });

    it('does not count the colleague tie ann–bob (two-mode: only employee–customer ties)', () => {
      const g = salesTeam();
      g.dropEdge('ann', 'bob');
      expect(customerCoverage(g, { strongTies: 3 })).toEqual(r);
    });
  });

  describe('single-threaded', () => {
    it('is false with no strong thread and two weak threads, true with one strong among weak ones', () => {
      // strongTies 6: nothing is strong. Acme 2 weak threads → false; Initech 1 thread → true.
      expect(summary(customerCoverage(salesTeam(), { strongTies: 6 }))).toEqual([
        ['Acme', 2, 0, false], ['Globex', 2, 0, false], ['Initech', 1, 0, true],
      ]);
      // strongTies 4: Acme ann strong (5), bob weak → true; Globex bob strong (4), cat weak (3) → true.
      expect(summary(customerCoverage(salesTeam(), { strongTies: 4 }))).toEqual([
        ['Acme', 2, 1, true], ['Globex', 2, 1, true], ['Initech', 1, 0, true],
      ]);
    });
  });

  describe('kinds and accounts', () => {
    it('makes a customer without an account an account of its own, named by its key', () => {
      const g = salesTeam();
      g.addNode('solo', { kind: 'customer' });
      g.addEdge('cat', 'solo', { weight: 5 });
      const r = customerCoverage(g, { strongTies: 3 });
      expect(r.counts.customersWithoutAccount).toBe(1);
      expect(r.accounts.map((a) => a.account)).toEqual(['Acme', 'Globex', 'Initech', 'solo']);
      expect(r.employees.cat!.soleStrongThread).toEqual(['solo']);
    });

    it('counts nodes of other kinds or of none, and ignores them', () => {
      const g = salesTeam();
      g.addNode('bot', { kind: 'vendor' });
      g.addNode('anon');
      g.addEdge('bot', 'gus', { weight: 9 });
      g.addEdge('anon', 'ada', { weight: 9 });
      const r = customerCoverage(g, { strongTies: 3 });
      expect(r.counts.others).toBe(2);
      expect(summary(r)).toEqual(summary(customerCoverage(salesTeam(), { strongTies: 3 })));
    });

    it('reads other attribute names and kind values, and sorts numeric accounts by value', () => {
      const g = new UndirectedGraph();
      g.addNode('e1', { role: 'staff' });
      g.addNode('c1', { role: 'client', org: 10 });
      g.addNode('c2', { role: 'client', org: 9 });
      g.addEdge('e1', 'c1', { w: 2 });
      g.addEdge('e1', 'c2', { w: 1 });
      const r = customerCoverage(g, {
        kinds: 'role', employeeKind: 'staff', customerKind: 'client', accounts: 'org', getEdgeStrength: 'w', strongTies: 2,
      });
      expect(summary(r)).toEqual([['9', 1, 0, true], ['10', 1, 1, true]]);
    });

    it('takes kinds and accounts in every NodeData form: attribute, Record, Map, getter', () => {
      const g = salesTeam();
      const expected = customerCoverage(g, { strongTies: 3 });
      const kinds = Object.fromEntries(g.mapNodes((v, a) => [v, a['kind'] as string]));
      const accounts = Object.fromEntries(g.filterNodes((_v, a) => a['kind'] === 'customer').map((v) => [v, g.getNodeAttribute(v, 'account') as string]));
      expect(customerCoverage(g, { kinds, accounts, strongTies: 3 })).toEqual(expected);
      expect(customerCoverage(g, { kinds: new Map(Object.entries(kinds)), accounts: new Map(Object.entries(accounts)), strongTies: 3 })).toEqual(expected);
      expect(customerCoverage(g, { kinds: (_v, a) => a['kind'] as string, accounts: (_v, a) => a['account'] as string, strongTies: 3 })).toEqual(expected);
      // A CsrIndex takes the Record and Map forms.
      const index = buildIndex(g);
      expect(customerCoverage(index, { kinds, accounts, strongTies: 3 })).toEqual(expected);
      expect(customerCoverage(index, { kinds: new Map(Object.entries(kinds)), strongTies: 3 }).counts.customersWithoutAccount).toBe(4);
    });

    it('lets the default account attribute be absent (every contact its own account), but not a given one', () => {
      const g = salesTeam();
      g.forEachNode((v) => g.removeNodeAttribute(v, 'account'));
      expect(customerCoverage(g, { strongTies: 3 }).accounts.map((a) => a.account)).toEqual(['abe', 'ada', 'gus', 'ivy']);
      expect(failure(() => customerCoverage(g, { accounts: 'account' })).option).toBe('accounts');
      expect(failure(() => customerCoverage(salesTeam(), { accounts: 'acount' })).option).toBe('accounts');
    });

    it('throws on an index without kinds (or with an attribute name or getter), and on bad values', () => {
      const g = salesTeam();
      const index = buildIndex(g);
      expect(failure(() => customerCoverage(index)).option).toBe('kinds');
      expect(failure(() => customerCoverage(index, { kinds: 'kind' })).option).toBe('kinds');
      expect(failure(() => customerCoverage(index, { kinds: () => 'employee' })).option).toBe('kinds');
      expect(failure(() => customerCoverage(index, { kinds: { ann: 'employee' }, accounts: 'account' })).option).toBe('accounts');
      expect(failure(() => customerCoverage(g, { kinds: {} })).option).toBe('kinds');
      expect(failure(() => customerCoverage(g, { kinds: { nobody: 'employee' } })).code).toBe('E_NODE_NOT_FOUND');
      expect(failure(() => customerCoverage(g, { accounts: new Map([['nobody', 'A']]) })).code).toBe('E_NODE_NOT_FOUND');
      expect(failure(() => customerCoverage(g, { employeeKind: 'customer' })).option).toBe('customerKind');
      expect(failure(() => customerCoverage(g, { employeeKind: '' })).option).toBe('employeeKind');
      expect(failure(() => customerCoverage(g, { kinds: '' })).option).toBe('kinds');
      expect(failure(() => customerCoverage(g, { kinds: 42 as never })).option).toBe('kinds');
      // The old option names are unknown options now.
      expect(failure(() => customerCoverage(g, { kindAttribute: 'kind' } as never)).option).toBe('kindAttribute');
      expect(failure(() => customerCoverage(g, { accountAttribute: 'account' } as never)).option).toBe('accountAttribute');
      g.setNodeAttribute('ada', 'account', { name: 'Acme' });
      expect(failure(() => customerCoverage(g)).option).toBe('accounts');
      g.setNodeAttribute('ada', 'account', 'Acme');
      g.setNodeAttribute('ann', 'kind', ['employee']);
      expect(failure(() => customerCoverage(g)).option).toBe('kinds');
    });

    it('refuses a kind attribute or kind values that match nobody (a typo would report no accounts at all)', () => {
      const g = salesTeam();
      const misspelt = failure(() => customerCoverage(g, { kinds: 'knd' }));
      expect(misspelt).toBeInstanceOf(InvalidOptionError);
      expect([misspelt.code, misspelt.option]).toEqual(['E_INVALID_OPTION', 'kinds']);
      const wrongCase = failure(() => customerCoverage(g, { employeeKind: 'Employee', customerKind: 'Customer' }));
      expect(wrongCase).toBeInstanceOf(InvalidOptionError);
      expect([wrongCase.code, wrongCase.option]).toEqual(['E_INVALID_OPTION', 'employeeKind']);
      expect(failure(() => keyPersonRisk(g, { kinds: 'knd' })).option).toBe('kinds');
      expect(failure(() => keyPersonRisk(g, { employeeKind: 'Employee', customerKind: 'Customer' })).option).toBe('employeeKind');
      // Without customer options, keyPersonRisk works on any graph (its account lists are empty).
      expect(() => keyPersonRisk(buildIndex(g))).not.toThrow();
    });

    it('refuses a NaN threshold and an edge attribute no edge carries as strongTies; minStrength is gone', () => {
      for (const strongTies of [Number.NaN, '2', { method: 'otsu' }]) {
        expect(failure(() => customerCoverage(salesTeam(), { strongTies: strongTies as never })).option).toBe('strongTies');
      }
      expect(failure(() => customerCoverage(salesTeam(), { minStrength: 3 } as never)).option).toBe('minStrength');
    });
  });

  describe('strong ties', () => {
    it('defaults to the library rule (Jenks), reporting classifyTies’ threshold', () => {
      const g = salesTeam();
      const r = customerCoverage(g);
      expect(r.threshold).toBe(classifyTies(g).threshold);
    });

    it('accepts strongTies as a threshold, a rule, an edge attribute or a predicate', () => {
      const g = salesTeam();
      expect(customerCoverage(g, { strongTies: 3 }).threshold).toBe(3);
      expect(customerCoverage(g, { strongTies: { method: 'threshold', threshold: 3 } })).toEqual(customerCoverage(g, { strongTies: 3 }));
      expect(summary(customerCoverage(g, { strongTies: (_e, a) => (a['weight'] as number) >= 3 }))).toEqual(summary(customerCoverage(g, { strongTies: 3 })));
      g.forEachEdge((e, a) => g.setEdgeAttribute(e, 'class', (a.weight as number) >= 3 ? 'strong' : 'weak'));
      const byAttribute = customerCoverage(g, { strongTies: 'class' });
      expect(summary(byAttribute)).toEqual(summary(customerCoverage(g, { strongTies: 3 })));
      expect(byAttribute.threshold).toBeNaN();
      expect(failure(() => customerCoverage(buildIndex(g), { kinds: { ann: 'employee' }, strongTies: 'class' })).option).toBe('strongTies');
    });
  });

  describe('directed graphs', () => {
    it('merges e → c and c → e into one tie of strength a_ec + a_ce', () => {
      const g = new DirectedGraph();
      g.addNode('e', { kind: 'employee' });
      g.addNode('f', { kind: 'employee' });
      g.addNode('c', { kind: 'customer', account: 'A' });
      g.mergeEdge('e', 'c', { weight: 2 });
      g.mergeEdge('c', 'e', { weight: 2 });
      g.mergeEdge('c', 'f', { weight: 3 });
      const r = customerCoverage(g, { strongTies: 4 });
      expect(r.accounts[0]!.owners).toEqual([
        { employee: 'e', strength: 4, strong: true, contacts: 1 },
        { employee: 'f', strength: 3, strong: false, contacts: 1 },
      ]);
      expect([r.accounts[0]!.ties, r.accounts[0]!.singleThreaded]).toEqual([2, true]);
    });
  });
});
