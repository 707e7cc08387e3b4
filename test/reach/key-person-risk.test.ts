/**
 * Unit tests of keyPersonRisk (STYLE.md §9): standard cases, METRICS.md §3.10 hand values,
 * options, directed graphs and the customer-account part. Golden parity with NetworkX is in
 * key-person-risk.golden.test.ts; properties against the naive removal oracle in
 * key-person-risk.prop.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { DirectedGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { egoBetweenness } from '../../src/brokerage/ego-betweenness.js';
import { buildIndex } from '../../src/core/build-index.js';
import { keyPersonRisk, KEY_PERSON_RISK_DEFAULTS } from '../../src/reach/key-person-risk.js';
import { Graph } from '../arbitraries.js';
import { fixtureGraph } from '../fixtures/graphs.js';
import { salesTeam } from '../customers/sales-team.js';

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
};
const optionOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return (error as { option?: string }).option;
  }
  return undefined;
};

describe('keyPersonRisk', () => {
  describe('standard cases', () => {
    it('throws InvalidGraphError on a non-graph', () => {
      expect(codeOf(() => keyPersonRisk({} as never))).toBe('E_INVALID_GRAPH');
      expect(codeOf(() => keyPersonRisk(null as never))).toBe('E_INVALID_GRAPH');
    });

    it('throws GraphTypeNotSupportedError on a graph mixing directed and undirected edges', () => {
      const g = new Graph();
      g.mergeDirectedEdge('a', 'b');
      g.mergeUndirectedEdge('b', 'c');
      expect(codeOf(() => keyPersonRisk(g))).toBe('E_GRAPH_TYPE');
    });

    it('returns no people and NaN fragmentation for an empty graph', () => {
      expect(keyPersonRisk(new UndirectedGraph())).toEqual({ fragmentation: NaN, distanceFragmentation: null, people: {} });
      expect(keyPersonRisk(new UndirectedGraph(), { distanceWeighted: true }).distanceFragmentation).toBeNaN();
    });

    it('gives a lone person NaN risks (n ≤ 2) and zero counts', () => {
      const g = new UndirectedGraph();
      g.addNode('x');
      const r = keyPersonRisk(g, { distanceWeighted: true });
      expect(r.fragmentation).toBeNaN();
      expect(r.people.x).toEqual({
        fragmentationRisk: NaN,
        distanceFragmentationRisk: NaN,
        articulationPoint: false,
        pieces: 0,
        exclusiveBrokerage: 0,
        egoBetweenness: 0,
        accountsLeftWithoutStrongTie: [],
      });
    });

    it('gives an isolate 0 pieces, 0 brokerage and the risk of its leaving (org z: −0.2857)', () => {
      // Without z the other 6 people form one component: F(G − z) = 0; F(G) = 0.2857.
      const z = keyPersonRisk(fixtureGraph('org')).people.z!;
      expect(z.fragmentationRisk).toBeCloseTo(-0.2857, 4);
      expect(z.articulationPoint).toBe(false);
      expect(z.pieces).toBe(0);
      expect(z.exclusiveBrokerage).toBe(0);
      expect(z.egoBetweenness).toBe(0);
    });

    it('ignores self-loops', () => {
      const g = new MultiUndirectedGraph({ allowSelfLoops: true });
      g.mergeEdge('a', 'b');
      g.mergeEdge('b', 'c');
      const before = keyPersonRisk(g, { distanceWeighted: true });
      g.addEdge('b', 'b');
      g.addEdge('a', 'a');
      expect(keyPersonRisk(g, { distanceWeighted: true })).toEqual(before);
    });

    it('gives the same result for a graph and its prebuilt index', () => {
      for (const name of ['org', 'karate', 'directed-weighted', 'messy'] as const) {
        const g = fixtureGraph(name);
        expect(keyPersonRisk(buildIndex(g), { distanceWeighted: true })).toEqual(keyPersonRisk(g, { distanceWeighted: true }));
      }
    });

    it('refuses unknown options and a getter with an index', () => {
      expect(optionOf(() => keyPersonRisk(fixtureGraph('org'), { distanceWeigted: true } as never))).toBe('distanceWeigted');
      expect(optionOf(() => keyPersonRisk(buildIndex(fixtureGraph('org')), { getEdgeStrength: 'weight' }))).toBe('getEdgeStrength');
      expect(optionOf(() => keyPersonRisk(fixtureGraph('org'), { distanceWeighted: 'yes' as never }))).toBe('distanceWeighted');
    });

    it('has frozen defaults: distanceWeighted off, everyone reported, kinds from "kind"', () => {
      expect(Object.isFrozen(KEY_PERSON_RISK_DEFAULTS)).toBe(true);
      expect(KEY_PERSON_RISK_DEFAULTS.distanceWeighted).toBe(false);
      expect(KEY_PERSON_RISK_DEFAULTS).toMatchObject({ kinds: 'kind', accounts: 'account', strongTies: { method: 'jenks' } });
    });
  });

  describe('org (METRICS.md §3.10 hand values)', () => {
    const r = keyPersonRisk(fixtureGraph('org'));

    it('gives F(G) = 1 − 30/42 = 0.2857 and risk(b2) = 0.6 − 0.2857 = 0.3143', () => {
      // Components {a1, a2, a3, b1, b2, c1} and {z}: Σ s(s − 1) = 30 of 7·6 = 42.
      // Without b2: sizes 4, 1, 1: F = 1 − 12/30 = 0.6.
      expect(r.fragmentation).toBeCloseTo(0.2857, 4);
      expect(r.people.b2!.fragmentationRisk).toBeCloseTo(0.3143, 4);
      expect(r.people.b2!.articulationPoint).toBe(true);
      expect(r.people.b2!.pieces).toBe(2);
    });

    it('gives a1 a positive risk without being an articulation point (F is a share of n − 1)', () => {
      // Without a1: {a2, a3, b1, b2, c1} and {z}: F = 1 − 20/30 = 1/3; risk = 1/3 − 2/7 = 0.0476.
      expect(r.people.a1!.fragmentationRisk).toBeCloseTo(1 / 3 - 2 / 7, 12);
      expect(r.people.a1!.articulationPoint).toBe(false);
    });

    it('counts exclusive brokerage a2 1, a3 1, b2 2 and reuses ego betweenness', () => {
      // b2: {b1, c1} and {a2, c1} meet only at b2 ({a2, b1} also meet at a3).
      const exclusive = Object.fromEntries(Object.entries(r.people).map(([k, p]) => [k, p.exclusiveBrokerage]));
      expect(exclusive).toEqual({ a1: 0, a2: 1, a3: 1, b1: 0, b2: 2, c1: 0, z: 0 });
      const ego = Object.fromEntries(Object.entries(r.people).map(([k, p]) => [k, p.egoBetweenness]));
      expect(ego).toEqual(egoBetweenness(fixtureGraph('org')));
    });

    it('leaves distance-weighted values null unless asked for', () => {
      expect(r.distanceFragmentation).toBeNull();
      expect(r.people.b2!.distanceFragmentationRisk).toBeNull();
      // D_F(G − b2) = 1 − 10/30 = 2/3 (see test/core/fragmentation.test.ts); D_F(G) = 1 − 31/63·… from the golden file.
      const d = keyPersonRisk(fixtureGraph('org'), { distanceWeighted: true });
      expect(d.distanceFragmentation).toBeCloseTo(0.4920634920634921, 14);
      expect(d.people.b2!.distanceFragmentationRisk).toBeCloseTo(2 / 3 - 0.4920634920634921, 14);
    });
  });

  describe('option nodes', () => {
    it('reports only the people named, in graph order, and computes D_F only for them', () => {
      const g = fixtureGraph('org');
      const r = keyPersonRisk(g, { nodes: ['b2', 'a1', 'b2'], distanceWeighted: true });
      expect(Object.keys(r.people)).toEqual(['a1', 'b2']);
      const all = keyPersonRisk(g, { distanceWeighted: true });
      expect(r.people.b2).toEqual(all.people.b2);
    });

    it('throws NodeNotFoundError for an absent person and InvalidOptionError for a non-array', () => {
      expect(codeOf(() => keyPersonRisk(fixtureGraph('org'), { nodes: ['nobody'] }))).toBe('E_NODE_NOT_FOUND');
      expect(optionOf(() => keyPersonRisk(fixtureGraph('org'), { nodes: 'b2' as never }))).toBe('nodes');
    });

    it('accepts any iterable of node keys (a Set), reported in graph order', () => {
      const r = keyPersonRisk(fixtureGraph('org'), { nodes: new Set(['b2', 'a2']) });
      expect(Object.keys(r.people)).toEqual(['a2', 'b2']);
    });
  });

  describe('directed graphs (undirected projection: weak components)', () => {
    it('treats a → b → c as a path: b is an articulation point', () => {
      const g = new DirectedGraph();
      g.mergeEdge('a', 'b');
      g.mergeEdge('b', 'c');
      const r = keyPersonRisk(g);
      expect(r.fragmentation).toBe(0);
      expect(r.people.b!.articulationPoint).toBe(true);
      // Without b: a and c are isolated: F = 1; risk 1.
      expect(r.people.b!.fragmentationRisk).toBe(1);
      expect(r.people.b!.exclusiveBrokerage).toBe(1);
    });

    it('merges reciprocal arcs into one tie', () => {
      const g = new DirectedGraph();
      g.mergeEdge('a', 'b');
      g.mergeEdge('b', 'a');
      g.mergeEdge('b', 'c');
      const u = new UndirectedGraph();
      u.mergeEdge('a', 'b');
      u.mergeEdge('b', 'c');
      const dr = keyPersonRisk(g, { distanceWeighted: true });
      const ur = keyPersonRisk(u, { distanceWeighted: true });
      for (const v of ['a', 'b', 'c']) {
        const { egoBetweenness: _d, ...d } = dr.people[v]!;
        const { egoBetweenness: _u, ...w } = ur.people[v]!;
        expect(d).toEqual(w);
      }
    });
  });

  describe('customer accounts', () => {
    it('lists the accounts left without a strong tie (strongTies 3)', () => {
      // Acme: ann's tie to ada (5) is its only strong one; Globex: bob (4) and cat (3); Initech: cat 1, weak.
      const r = keyPersonRisk(salesTeam(), { strongTies: 3 });
      expect(r.people.ann!.accountsLeftWithoutStrongTie).toEqual(['Acme']);
      expect(r.people.bob!.accountsLeftWithoutStrongTie).toEqual([]);
      expect(r.people.cat!.accountsLeftWithoutStrongTie).toEqual([]);
      expect(r.people.ada!.accountsLeftWithoutStrongTie).toEqual([]);
    });

    it('reads kinds and accounts from records or maps with an index, and gives empty lists without them', () => {
      const g = salesTeam();
      const kinds = Object.fromEntries(g.mapNodes((v, a) => [v, a.kind as string]));
      const accounts = Object.fromEntries(g.filterNodes((_, a) => a.kind === 'customer').map((v) => [v, g.getNodeAttribute(v, 'account') as string]));
      const index = buildIndex(g);
      expect(keyPersonRisk(index, { kinds, accounts, strongTies: 3 })).toEqual(keyPersonRisk(g, { strongTies: 3 }));
      expect(keyPersonRisk(index, { kinds: new Map(Object.entries(kinds)), accounts: new Map(Object.entries(accounts)), strongTies: 3 })).toEqual(
        keyPersonRisk(g, { strongTies: 3 }),
      );
      expect(keyPersonRisk(g, { kinds: (_v, a) => a['kind'] as string, strongTies: 3 })).toEqual(keyPersonRisk(g, { strongTies: 3 }));
      expect(keyPersonRisk(index).people.ann!.accountsLeftWithoutStrongTie).toEqual([]);
      // accounts without kinds on an index: the default kinds attribute cannot be read.
      expect(optionOf(() => keyPersonRisk(index, { accounts }))).toBe('kinds');
      expect(optionOf(() => keyPersonRisk(index, { kinds: 'kind' }))).toBe('kinds');
    });

    it('getEdgeStrength: null works with an index (every tie strength 1)', () => {
      const g = salesTeam();
      const kinds = Object.fromEntries(g.mapNodes((v, a) => [v, a.kind as string]));
      // Every tie strength 1 ≥ 1: each account's strong threads are all its threads.
      const r = keyPersonRisk(buildIndex(g), { kinds, getEdgeStrength: null, strongTies: 1 });
      expect(r).toEqual(keyPersonRisk(g, { accounts: {}, getEdgeStrength: null, strongTies: 1 }));
      // Every contact is its own account (no accounts given): ada (ann), ivy (cat) have one strong thread each.
      expect(r.people.ann!.accountsLeftWithoutStrongTie).toEqual(['ada']);
      expect(r.people.cat!.accountsLeftWithoutStrongTie).toEqual(['ivy']);
    });

    it('gives empty lists on a graph without customers; minStrength, kindAttribute and accountAttribute are gone', () => {
      expect(keyPersonRisk(fixtureGraph('karate')).people['0']!.accountsLeftWithoutStrongTie).toEqual([]);
      const g = fixtureGraph('org');
      g.forEachNode((v) => g.setNodeAttribute(v, 'kind', 'team'));
      // A kind attribute that names nobody as employee or customer, read by default: no customers, no error.
      expect(keyPersonRisk(g).people.a1!.accountsLeftWithoutStrongTie).toEqual([]);
      expect(optionOf(() => keyPersonRisk(salesTeam(), { minStrength: 3 } as never))).toBe('minStrength');
      expect(optionOf(() => keyPersonRisk(salesTeam(), { kindAttribute: 'kind' } as never))).toBe('kindAttribute');
      expect(optionOf(() => keyPersonRisk(salesTeam(), { accountAttribute: 'account' } as never))).toBe('accountAttribute');
      expect(optionOf(() => keyPersonRisk(salesTeam(), { accounts: 'acount' }))).toBe('accounts');
    });

    it('refuses an edge attribute that no edge carries (misspelt)', () => {
      expect(optionOf(() => keyPersonRisk(salesTeam(), { getEdgeStrength: 'wieght' }))).toBe('getEdgeStrength');
    });
  });
});
