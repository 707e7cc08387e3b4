import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { DirectedGraph, MultiDirectedGraph, UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { buildIndex, GraphTypeNotSupportedError, InvalidGraphError, InvalidOptionError, NodeNotFoundError } from '../../src/index.js';
import {
  assignBrokerageRoles,
  BROKERAGE_ROLES,
  BROKERAGE_ROLES_DEFAULTS,
  BROKERAGE_ROLES_MAX_PERMUTATIONS,
  brokerageRoles,
  type BrokerageRole,
  type BrokerageRolesResult,
} from '../../src/brokerage/brokerage-roles.js';
import { analyticNull } from '../../src/core/brokerage-kernel.js';
import { createRng } from '../../src/core/random.js';
import { arbGraph, Graph, toGraphology, type GraphDesc } from '../arbitraries.js';
import { fixtureGraph } from '../fixtures/graphs.js';

/** The raw counts of a result as { node: [coordinator, itinerant, representative, gatekeeper, liaison, total] }. */
function rawTable(result: BrokerageRolesResult): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const [node, scores] of Object.entries(result.nodes)) out[node] = BROKERAGE_ROLES.map((r) => scores[r].raw);
  return out;
}

function networkRaw(result: BrokerageRolesResult): number[] {
  return BROKERAGE_ROLES.map((r) => result.network[r].raw);
}

/** A directed graph from arcs, every node with attribute `group`. */
function directed(groups: Record<string, string>, arcs: [string, string][]): DirectedGraph {
  const graph = new DirectedGraph();
  for (const [node, group] of Object.entries(groups)) graph.addNode(node, { group });
  for (const [u, v] of arcs) graph.addEdge(u, v);
  return graph;
}

function undirected(groups: Record<string, string>, edges: [string, string][]): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const [node, group] of Object.entries(groups)) graph.addNode(node, { group });
  for (const [u, v] of edges) graph.addEdge(u, v);
  return graph;
}

// Hand-checked directed example. Groups: a, v, c in X; b, w, u in Y; e in Z.
// Arcs: a→v, c→v, e→v, u→v, v→b, v→c, b→w, e→c.
const HAND_GROUPS = { a: 'X', v: 'X', c: 'X', b: 'Y', w: 'Y', u: 'Y', e: 'Z' };
const HAND_ARCS: [string, string][] = [
  ['a', 'v'], ['c', 'v'], ['e', 'v'], ['u', 'v'], ['v', 'b'], ['v', 'c'], ['b', 'w'], ['e', 'c'],
];

function expectOption(fn: () => unknown, option: string): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect((error as InvalidOptionError).code).toBe('E_INVALID_OPTION');
    expect((error as InvalidOptionError).option).toBe(option);
    return;
  }
  expect.unreachable(`expected InvalidOptionError on option ${option}`);
}

describe('brokerageRoles', () => {
  describe('raw counts, hand-computed', () => {
    it('counts each role on a small directed graph', () => {
      // v: in(v) = {a, c, e, u}, out(v) = {b, c}. Pairs (x, y), x ∈ in, y ∈ out, x ≠ y, no arc x → y:
      //   (a, b)  X X Y  representative      (a, c)  X X X  coordinator
      //   (c, b)  X X Y  representative      (c, c)  skipped (x = y)
      //   (e, b)  Z X Y  liaison             (e, c)  e → c exists: not brokered
      //   (u, b)  Y X Y  itinerant           (u, c)  Y X X  gatekeeper
      // b: in(b) = {v}, out(b) = {w}: (v, w)  X Y Y  gatekeeper.
      // c: in(c) = {v, e}, out(c) = {v}: (v, v) skipped; (e, v) e → v exists. a, e, u, w: no in- or out-arcs.
      const r = brokerageRoles(directed(HAND_GROUPS, HAND_ARCS), { groups: 'group' });
      expect(rawTable(r)).toEqual({
        a: [0, 0, 0, 0, 0, 0],
        v: [1, 1, 2, 1, 1, 6],
        c: [0, 0, 0, 0, 0, 0],
        b: [0, 0, 0, 1, 0, 1],
        w: [0, 0, 0, 0, 0, 0],
        u: [0, 0, 0, 0, 0, 0],
        e: [0, 0, 0, 0, 0, 0],
      });
      expect(networkRaw(r)).toEqual([1, 1, 2, 2, 1, 7]);
    });

    it('computes the analytic expectation of the hand example by the sna formulas', () => {
      // N = 7, arcs = 8, d = 8/42, P = d²(1 − d). Group X has n_g = 3, others 3 (Y) and 1 (Z).
      // E(coordinator | X) = P·2·1; E(itinerant | X) = P·(3·2 + 1·0); E(representative | X) = P·4·2;
      // E(liaison | X) = P·((3 + 1)² − (9 + 1)) = 6P; E(total) = P·6·5.
      const r = brokerageRoles(directed(HAND_GROUPS, HAND_ARCS), { groups: 'group' });
      const d = 8 / 42;
      const P = d * d * (1 - d);
      expect(r.density).toBe(d);
      const v = r.nodes.v!;
      expect(v.coordinator.expected).toBeCloseTo(2 * P, 14);
      expect(v.itinerant.expected).toBeCloseTo(6 * P, 14);
      expect(v.representative.expected).toBeCloseTo(8 * P, 14);
      expect(v.gatekeeper.expected).toBeCloseTo(8 * P, 14);
      expect(v.liaison.expected).toBeCloseTo(6 * P, 14);
      expect(v.total.expected).toBeCloseTo(30 * P, 14);
      // Coordinator variance: E(1 − P) + 2·2·1·0·D3 = E(1 − P).
      expect(v.coordinator.sd).toBeCloseTo(Math.sqrt(2 * P * (1 - P)), 14);
      expect(v.coordinator.z).toBeCloseTo((1 - 2 * P) / Math.sqrt(2 * P * (1 - P)), 12);
      // Z has one member: coordinator E = 0 and sd = 0, so z is NaN.
      expect(r.nodes.e!.coordinator).toEqual({ raw: 0, expected: 0, sd: 0, z: Number.NaN });
    });

    it("counts each undirected pair in both directions with undirected: 'sna'", () => {
      // Path a – v – b with a, v in X and b in Y: v brokers (a, b) as representative and (b, a) as gatekeeper.
      const graph = undirected({ a: 'X', v: 'X', b: 'Y' }, [['a', 'v'], ['v', 'b']]);
      const r = brokerageRoles(graph, { groups: 'group' });
      expect(rawTable(r).v).toEqual([0, 0, 1, 1, 0, 2]);
      expect(r.density).toBe(4 / 6); // 2 edges = 4 arcs over 3·2 ordered pairs
    });

    it("brokerageRoles(graph, { undirected: 'unordered' }) halves counts and merges representative with gatekeeper", () => {
      // Star centre v with leaves a (X, as v), b (X), c (Y), d (Z); no other ties. Unordered pairs at v:
      // {a, b} coordinator; {a, c}, {b, c} one end in X (merged representative/gatekeeper);
      // {a, d}, {b, d} likewise; {c, d} liaison. Total 6 = 1 + 0 + 4 + 1.
      const graph = undirected({ v: 'X', a: 'X', b: 'X', c: 'Y', d: 'Z' }, [['v', 'a'], ['v', 'b'], ['v', 'c'], ['v', 'd']]);
      const sna = brokerageRoles(graph, { groups: 'group' });
      const unordered = brokerageRoles(graph, { groups: 'group', undirected: 'unordered' });
      expect(rawTable(sna).v).toEqual([2, 0, 4, 4, 2, 12]);
      expect(rawTable(unordered).v).toEqual([1, 0, 4, 4, 1, 6]);
      const u = unordered.nodes.v!;
      const s = sna.nodes.v!;
      // Halved roles: raw, expected and sd halved, z unchanged; the merged role keeps sna's representative values.
      for (const role of ['coordinator', 'itinerant', 'liaison', 'total'] as const) {
        expect(u[role].expected).toBeCloseTo(s[role].expected / 2, 14);
        expect(u[role].sd).toBeCloseTo(s[role].sd / 2, 14);
        if (Number.isNaN(s[role].z)) expect(u[role].z).toBeNaN();
        else expect(u[role].z).toBeCloseTo(s[role].z, 12);
      }
      expect(u.representative).toEqual(s.representative);
      expect(u.gatekeeper).toEqual(u.representative);
      expect(u.total.raw).toBe(u.coordinator.raw + u.itinerant.raw + u.representative.raw + u.liaison.raw);
      expect(networkRaw(unordered)).toEqual([1, 0, 4, 4, 1, 6]);
    });

    it("ignores undirected: 'unordered' on a directed graph", () => {
      const graph = directed(HAND_GROUPS, HAND_ARCS);
      expect(brokerageRoles(graph, { groups: 'group', undirected: 'unordered' })).toEqual(
        brokerageRoles(graph, { groups: 'group' }),
      );
    });

    it('brokerageRoles(graph, { partialCredit: true }) gives each of k brokers 1/k of a pair', () => {
      // a → v1 → b and a → v2 → b (all in X), plus a → v3 → c with c in Y: (a, b) has 2 brokers, (a, c) one.
      const graph = directed({ a: 'X', b: 'X', c: 'Y', v1: 'X', v2: 'X', v3: 'X' }, [
        ['a', 'v1'], ['v1', 'b'], ['a', 'v2'], ['v2', 'b'], ['a', 'v3'], ['v3', 'c'],
      ]);
      const full = brokerageRoles(graph, { groups: 'group', nullModel: 'none' });
      const partial = brokerageRoles(graph, { groups: 'group', nullModel: 'none', partialCredit: true });
      expect(rawTable(full).v1).toEqual([1, 0, 0, 0, 0, 1]);
      expect(rawTable(partial).v1).toEqual([0.5, 0, 0, 0, 0, 0.5]);
      expect(rawTable(partial).v2).toEqual([0.5, 0, 0, 0, 0, 0.5]);
      expect(rawTable(partial).v3).toEqual([0, 0, 1, 0, 0, 1]);
      // Network total = number of brokered pairs: (a, b) and (a, c).
      expect(partial.network.total.raw).toBe(2);
      expect(partial.network.total.expected).toBeNaN();
    });

    it('reads no strengths: G–F is binary', () => {
      const weighted = new DirectedGraph();
      for (const [node, group] of Object.entries(HAND_GROUPS)) weighted.addNode(node, { group });
      HAND_ARCS.forEach(([u, v], i) => weighted.addEdge(u, v, { weight: i === 0 ? 0 : 10 ** i }));
      expect(brokerageRoles(weighted, { groups: 'group' })).toEqual(
        brokerageRoles(directed(HAND_GROUPS, HAND_ARCS), { groups: 'group' }),
      );
    });

    it('merges parallel arcs', () => {
      const multi = new MultiDirectedGraph();
      for (const [node, group] of Object.entries(HAND_GROUPS)) multi.addNode(node, { group });
      for (const [u, v] of [...HAND_ARCS, ...HAND_ARCS.slice(0, 4)]) multi.addEdge(u, v);
      expect(brokerageRoles(multi, { groups: 'group' })).toEqual(
        brokerageRoles(directed(HAND_GROUPS, HAND_ARCS), { groups: 'group' }),
      );
    });
  });

  describe('standard cases', () => {
    it('throws InvalidGraphError on a non-graph', () => {
      for (const bad of [null, undefined, 42, {}, [], 'graph']) {
        expect(() => brokerageRoles(bad as never, { groups: 'group' })).toThrow(InvalidGraphError);
        expect(() => assignBrokerageRoles(bad as never, { groups: 'group' })).toThrow(InvalidGraphError);
      }
    });

    it('throws GraphTypeNotSupportedError on a graph mixing directed and undirected edges', () => {
      const graph = new Graph();
      graph.addNode('a', { group: 'X' });
      graph.addNode('b', { group: 'X' });
      graph.addNode('c', { group: 'X' });
      graph.addDirectedEdge('a', 'b');
      graph.addUndirectedEdge('b', 'c');
      expect(() => brokerageRoles(graph, { groups: 'group' })).toThrow(GraphTypeNotSupportedError);
    });

    it('returns an empty result for an empty graph', () => {
      for (const graph of [new UndirectedGraph(), new DirectedGraph()]) {
        const r = brokerageRoles(graph, { groups: 'group' });
        expect(r.nodes).toEqual({});
        expect(r.groupSizes).toEqual({});
        expect(r.density).toBeNaN();
        for (const role of BROKERAGE_ROLES) {
          expect(r.network[role]).toEqual({ raw: 0, expected: Number.NaN, sd: Number.NaN, z: Number.NaN });
        }
        expect(brokerageRoles(graph, { groups: {}, nullModel: 'permutation' }).nodes).toEqual({});
      }
    });

    it('gives isolates zero counts and their group’s expected values', () => {
      // org: z is an isolate in group C, c1 (also C) a pendant; both broker nothing.
      const r = brokerageRoles(fixtureGraph('org'), { groups: 'group' });
      expect(rawTable(r).z).toEqual([0, 0, 0, 0, 0, 0]);
      for (const role of BROKERAGE_ROLES) expect(r.nodes.z![role].expected).toBe(r.nodes.c1![role].expected);
    });

    it('gives NaN null-model values for a single node', () => {
      const graph = new UndirectedGraph();
      graph.addNode('solo', { group: 'X' });
      const r = brokerageRoles(graph, { groups: 'group' });
      expect(r.nodes.solo!.total.raw).toBe(0);
      expect(r.nodes.solo!.total.expected).toBeNaN();
      expect(r.nodes.solo!.total.z).toBeNaN();
    });

    it('ignores self-loops', () => {
      const withLoops = new MultiDirectedGraph({ allowSelfLoops: true });
      for (const [node, group] of Object.entries(HAND_GROUPS)) withLoops.addNode(node, { group });
      for (const [u, v] of HAND_ARCS) withLoops.addEdge(u, v);
      withLoops.addEdge('v', 'v');
      withLoops.addEdge('a', 'a');
      expect(brokerageRoles(withLoops, { groups: 'group' })).toEqual(
        brokerageRoles(directed(HAND_GROUPS, HAND_ARCS), { groups: 'group' }),
      );
    });

    it('assignBrokerageRoles writes what brokerageRoles returns', () => {
      const graph = fixtureGraph('karate');
      const expected = brokerageRoles(graph, { groups: 'club' });
      assignBrokerageRoles(graph, { groups: 'club' });
      graph.forEachNode((node, attributes) => expect(attributes.brokerageRoles).toEqual(expected.nodes[node]));
      assignBrokerageRoles(graph, { groups: 'club', attribute: 'gf', undirected: 'unordered' });
      const unordered = brokerageRoles(graph, { groups: 'club', undirected: 'unordered' });
      graph.forEachNode((node, attributes) => expect(attributes.gf).toEqual(unordered.nodes[node]));
    });

    it('gives the same result for a graph and its index (groups as a record)', () => {
      const graph = directed(HAND_GROUPS, HAND_ARCS);
      const fromIndex = brokerageRoles(buildIndex(graph), { groups: HAND_GROUPS });
      expect(fromIndex).toEqual(brokerageRoles(graph, { groups: 'group' }));
      expect(fromIndex).toEqual(brokerageRoles(graph, { groups: HAND_GROUPS }));
    });

    it('exports frozen defaults', () => {
      expect(Object.isFrozen(BROKERAGE_ROLES_DEFAULTS)).toBe(true);
      expect(BROKERAGE_ROLES_DEFAULTS).toMatchObject({ undirected: 'sna', nullModel: 'analytic', permutations: 1000, partialCredit: false });
      expect(Object.isFrozen(BROKERAGE_ROLES)).toBe(true);
    });
  });

  describe('groups and options', () => {
    it('names the node whose group is missing', () => {
      const graph = directed(HAND_GROUPS, HAND_ARCS);
      graph.removeNodeAttribute('e', 'group');
      expectOption(() => brokerageRoles(graph, { groups: 'group' }), 'groups');
      expect(() => brokerageRoles(graph, { groups: 'group' })).toThrow(/"e"/);
      const { e: _dropped, ...partial } = HAND_GROUPS;
      expectOption(() => brokerageRoles(buildIndex(graph), { groups: partial }), 'groups');
      expect(() => brokerageRoles(buildIndex(graph), { groups: partial })).toThrow(/"e"/);
    });

    it('refuses a group attribute name or getter with a CsrIndex (pass a Record or Map instead)', () => {
      const index = buildIndex(directed(HAND_GROUPS, HAND_ARCS));
      expectOption(() => brokerageRoles(index, { groups: 'group' }), 'groups');
      expectOption(() => brokerageRoles(index, { groups: (node) => (HAND_GROUPS as Record<string, string>)[node] }), 'groups');
      expect(brokerageRoles(index, { groups: new Map(Object.entries(HAND_GROUPS)) })).toEqual(brokerageRoles(index, { groups: HAND_GROUPS }));
    });

    it('needs groups, refuses the removed groupAttribute, a misspelt attribute and unknown nodes', () => {
      const graph = directed(HAND_GROUPS, HAND_ARCS);
      expectOption(() => brokerageRoles(graph), 'groups');
      expectOption(() => brokerageRoles(graph, {}), 'groups');
      expectOption(() => assignBrokerageRoles(graph), 'groups');
      expectOption(() => brokerageRoles(graph, { groupAttribute: 'group' } as never), 'groupAttribute');
      expectOption(() => brokerageRoles(graph, { groups: 'grup' }), 'groups');
      expectOption(() => assignBrokerageRoles(graph, { groups: 'grup' }), 'groups');
      const error = (() => {
        try {
          brokerageRoles(graph, { groups: { ...HAND_GROUPS, ghost: 'X' } });
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(NodeNotFoundError);
      expect((error as NodeNotFoundError).code).toBe('E_NODE_NOT_FOUND');
    });

    it('reads groups from a getter', () => {
      const graph = directed(HAND_GROUPS, HAND_ARCS);
      expect(brokerageRoles(graph, { groups: (_node, attributes) => attributes.group as string })).toEqual(
        brokerageRoles(graph, { groups: 'group' }),
      );
    });

    it('brokerageRoles refuses attribute (it belongs to assignBrokerageRoles); assignBrokerageRoles refuses __proto__', () => {
      const graph = directed(HAND_GROUPS, HAND_ARCS);
      expectOption(() => brokerageRoles(graph, { groups: 'group', attribute: 'x' } as never), 'attribute');
      expectOption(() => assignBrokerageRoles(graph, { groups: 'group', attribute: '__proto__' }), 'attribute');
    });

    it('throws InvalidOptionError when rng returns a value outside [0, 1)', () => {
      const graph = directed(HAND_GROUPS, HAND_ARCS);
      expectOption(() => brokerageRoles(graph, { groups: 'group', nullModel: 'permutation', rng: () => 1.5 }), 'rng');
    });

    it('validates the options', () => {
      const graph = directed(HAND_GROUPS, HAND_ARCS);
      const base = { groups: 'group' };
      expectOption(() => brokerageRoles(graph, { ...base, undirected: 'both' as never }), 'undirected');
      expectOption(() => brokerageRoles(graph, { ...base, nullModel: 'erdosRenyi' as never }), 'nullModel');
      expectOption(() => brokerageRoles(graph, { ...base, permutations: 1 }), 'permutations');
      expectOption(() => brokerageRoles(graph, { ...base, permutations: 2.5 }), 'permutations');
      // Issue 12 item 5: a documented maximum, 1e6.
      expect(BROKERAGE_ROLES_MAX_PERMUTATIONS).toBe(1e6);
      expectOption(() => brokerageRoles(graph, { ...base, nullModel: 'permutation', permutations: 2 ** 32 }), 'permutations');
      expectOption(() => brokerageRoles(graph, { ...base, permutations: 1e6 + 1 }), 'permutations');
      expectOption(() => brokerageRoles(graph, { ...base, partialCredit: 'yes' as never }), 'partialCredit');
      expectOption(() => brokerageRoles(graph, { ...base, seed: 1.5 }), 'seed');
      expectOption(() => brokerageRoles(graph, { ...base, seed: 1, rng: Math.random }), 'seed');
      expectOption(() => brokerageRoles(graph, { ...base, rng: 3 as never }), 'rng');
      expectOption(() => brokerageRoles(graph, { ...base, weight: 'x' } as never), 'weight');
      expectOption(() => brokerageRoles(graph, { ...base, getEdgeStrength: 'weight' } as never), 'getEdgeStrength');
      expectOption(() => assignBrokerageRoles(graph, { ...base, attribute: '' }), 'attribute');
    });

    it('refuses partialCredit with the analytic null model', () => {
      expectOption(
        () => brokerageRoles(directed(HAND_GROUPS, HAND_ARCS), { groups: 'group', partialCredit: true }),
        'nullModel',
      );
    });

    it("brokerageRoles(graph, { nullModel: 'none' }) returns raw counts and NaN elsewhere", () => {
      const r = brokerageRoles(directed(HAND_GROUPS, HAND_ARCS), { groups: 'group', nullModel: 'none' });
      expect(r.nodes.v!.representative).toEqual({ raw: 2, expected: Number.NaN, sd: Number.NaN, z: Number.NaN });
    });

    it('treats numeric labels as strings', () => {
      const graph = directed(HAND_GROUPS, HAND_ARCS);
      const numeric = Object.fromEntries(Object.entries(HAND_GROUPS).map(([k, g]) => [k, g.charCodeAt(0)]));
      const r = brokerageRoles(graph, { groups: numeric });
      expect(rawTable(r)).toEqual(rawTable(brokerageRoles(graph, { groups: 'group' })));
      expect(r.groupSizes).toEqual({ 88: 3, 89: 3, 90: 1 });
    });
  });

  describe("nullModel: 'permutation'", () => {
    const karate = () => fixtureGraph('karate');
    const opts = { groups: 'club', nullModel: 'permutation' as const, permutations: 200 };

    it('is reproducible: same seed, same result; the default seed is 42', () => {
      const a = brokerageRoles(karate(), { ...opts, seed: 7 });
      expect(brokerageRoles(karate(), { ...opts, seed: 7 })).toEqual(a);
      expect(brokerageRoles(karate(), { ...opts, rng: createRng(7) })).toEqual(a);
      expect(brokerageRoles(karate(), opts)).toEqual(brokerageRoles(karate(), { ...opts, seed: 42 }));
      expect(brokerageRoles(karate(), { ...opts, seed: 8 })).not.toEqual(a);
    });

    it('keeps raw counts, and reports the permutation mean, sd, z and p', () => {
      const analytic = brokerageRoles(karate(), { groups: 'club' });
      const r = brokerageRoles(karate(), opts);
      expect(rawTable(r)).toEqual(rawTable(analytic));
      for (const scores of Object.values(r.nodes)) {
        for (const role of BROKERAGE_ROLES) {
          const s = scores[role];
          expect(s.p).toBeGreaterThan(0);
          expect(s.p).toBeLessThanOrEqual(1);
          expect(s.sd).toBeGreaterThanOrEqual(0);
          if (s.sd > 0) expect(s.z).toBeCloseTo((s.raw - s.expected) / s.sd, 12);
          else expect(s.z).toBeNaN();
        }
      }
      expect(analytic.nodes['0']!.total.p).toBeUndefined();
    });

    it('gives total (which labels cannot change) its own value as mean, sd 0, z NaN and p 1', () => {
      const r = brokerageRoles(karate(), opts);
      for (const scores of [r.network, ...Object.values(r.nodes)]) {
        expect(scores.total.expected).toBeCloseTo(scores.total.raw, 9);
        expect(scores.total.sd).toBeLessThan(1e-9);
        expect(scores.total.p).toBe(1);
      }
    });

    it('keeps group sizes: the mean network count sums to the observed total', () => {
      const r = brokerageRoles(karate(), opts);
      const roles: BrokerageRole[] = ['coordinator', 'itinerant', 'representative', 'gatekeeper', 'liaison'];
      const sum = roles.reduce((acc, role) => acc + r.network[role].expected, 0);
      expect(sum).toBeCloseTo(r.network.total.raw, 9);
    });

    it("agrees with sna's analytic expectation on average when labels carry no structure", () => {
      // Under label permutation the expected network-level coordinator count is
      // total × P(three random distinct nodes share a group); for karate's two clubs (17 and 17)
      // that is 2·17·16·15 / (34·33·32).
      const r = brokerageRoles(karate(), { ...opts, permutations: 2000 });
      const share = (2 * 17 * 16 * 15) / (34 * 33 * 32);
      expect(r.network.coordinator.expected).toBeCloseTo(r.network.total.raw * share, -1);
    });

    it('works with partialCredit and on undirected graphs with unordered pairs', () => {
      const r = brokerageRoles(karate(), { ...opts, partialCredit: true, undirected: 'unordered' });
      for (const scores of Object.values(r.nodes)) {
        expect(scores.representative).toEqual(scores.gatekeeper);
      }
    });
  });

  describe('properties', () => {
    const LABELS = ['x', 'y', 'z', 'w'];
    const arbCase = (directedOnly?: boolean) =>
      arbGraph({ directed: directedOnly, multi: true, selfLoops: true, maxNodes: 10 }).chain((desc) =>
        fc
          .array(fc.constantFrom(...LABELS), { minLength: desc.nodes.length, maxLength: desc.nodes.length })
          .map((labels) => ({ desc, groups: Object.fromEntries(desc.nodes.map((node, i) => [node, labels[i]!])) })),
      );

    /** Brute force over all (a, v, b), straight from the definition. */
    function naive(desc: GraphDesc, groups: Record<string, string>, partialCredit: boolean): Record<string, number[]> {
      const arc = new Set<string>();
      for (const [s, t] of desc.edges) {
        if (s === t) continue;
        arc.add(JSON.stringify([s, t]));
        if (!desc.directed) arc.add(JSON.stringify([t, s]));
      }
      const has = (s: string, t: string) => arc.has(JSON.stringify([s, t]));
      const out: Record<string, number[]> = Object.fromEntries(desc.nodes.map((v) => [v, [0, 0, 0, 0, 0, 0]]));
      for (const a of desc.nodes) {
        for (const b of desc.nodes) {
          if (a === b || has(a, b)) continue;
          const brokers = desc.nodes.filter((v) => v !== a && v !== b && has(a, v) && has(v, b));
          for (const v of brokers) {
            const [ga, gv, gb] = [groups[a], groups[v], groups[b]];
            const role = ga === gv ? (gv === gb ? 0 : 2) : gv === gb ? 3 : ga === gb ? 1 : 4;
            const credit = partialCredit ? 1 / brokers.length : 1;
            out[v]![role]! += credit;
            out[v]![5]! += credit;
          }
        }
      }
      return out;
    }

    test.prop([arbCase(), fc.boolean()], { numRuns: 100 })('raw counts equal a brute-force count', ({ desc, groups }, partialCredit) => {
      const r = brokerageRoles(toGraphology(desc), { groups, partialCredit, nullModel: 'none' });
      const expected = naive(desc, groups, partialCredit);
      const actual = rawTable(r);
      for (const node of desc.nodes) {
        actual[node]!.forEach((x, i) => expect(x).toBeCloseTo(expected[node]![i]!, 12));
      }
    });

    test.prop([arbCase(false)], { numRuns: 100 })("undirected 'sna': representative ≡ gatekeeper; 'unordered' halves the total", ({ desc, groups }) => {
      const graph: AbstractGraph = toGraphology(desc);
      const sna = brokerageRoles(graph, { groups });
      const unordered = brokerageRoles(graph, { groups, undirected: 'unordered' });
      for (const node of desc.nodes) {
        const s = sna.nodes[node]!;
        expect(s.representative).toEqual(s.gatekeeper);
        expect(s.coordinator.raw % 2).toBe(0);
        expect(unordered.nodes[node]!.total.raw).toBe(s.total.raw / 2);
        expect(unordered.nodes[node]!.representative.raw).toBe(s.representative.raw);
      }
    });

    test.prop([arbCase(), fc.boolean()], { numRuns: 100 })(
      'the five roles sum to the total; with partial credit the network total counts brokered pairs',
      ({ desc, groups }, partialCredit) => {
        const r = brokerageRoles(toGraphology(desc), { groups, partialCredit, nullModel: 'none' });
        for (const scores of [r.network, ...Object.values(r.nodes)]) {
          const five = scores.coordinator.raw + scores.itinerant.raw + scores.representative.raw + scores.gatekeeper.raw + scores.liaison.raw;
          expect(five).toBeCloseTo(scores.total.raw, 9);
        }
        if (partialCredit) {
          const full = brokerageRoles(toGraphology(desc), { groups, nullModel: 'none' });
          const naiveFull = naive(desc, groups, false);
          const pairs = Object.values(naive(desc, groups, true)).reduce((acc, row) => acc + row[5]!, 0);
          expect(r.network.total.raw).toBeCloseTo(pairs, 9);
          expect(full.network.total.raw).toBe(Object.values(naiveFull).reduce((acc, row) => acc + row[5]!, 0));
        }
      },
    );

    /** A line-by-line port of sna 2.7-1's R code for exp/sd (loops over groups, choose(), outer()). */
    function snaNull(n: number[], arcs: number) {
      const N = n.reduce((a, b) => a + b, 0);
      const d = arcs / (N * (N - 1));
      const P = d * d * (1 - d);
      const D3 = d ** 3 * (1 - d) ** 3;
      const D4 = d ** 4 * (1 - d) ** 2;
      const D5 = d ** 5 * (1 - d);
      const choose = (x: number) => (x * (x - 1)) / 2;
      const others = (i: number) => n.filter((_, j) => j !== i);
      const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
      const group = n.map((ni, i) => {
        const o = others(i);
        const e = [
          P * (ni - 1) * (ni - 2),
          P * sum(o.map((x) => x * (x - 1))),
          P * (N - ni) * (ni - 1),
          P * (N - ni) * (ni - 1),
          P * (sum(o.flatMap((x) => o.map((y) => x * y))) - sum(o.map((x) => x * x))),
          P * (N - 1) * (N - 2),
        ];
        const x = [
          2 * (ni - 1) * (ni - 2) * (ni - 3) * D3,
          2 * sum(o.map((h) => h * (h - 1) * (h - 2))) * D3,
          2 * ((ni - 1) * choose(N - ni) + (N - ni) * choose(ni - 1)) * D3,
          2 * ((ni - 1) * choose(N - ni) + (N - ni) * choose(ni - 1)) * D3,
          4 * sum(o.map((h) => h * choose(N - h - ni))) * D3,
          2 * (N - 1) * (N - 2) * (N - 3) * D3,
        ];
        return { e, sd: e.map((ei, r) => Math.sqrt(ei * (1 - P) + x[r]!)) };
      });
      const eg = [
        P * sum(n.map((x) => x * (x - 1) * (x - 2))),
        P * sum(n.map((x) => x * (N - x) * (x - 1))),
        P * sum(n.map((x) => x * (N - x) * (x - 1))),
        P * sum(n.map((x) => x * (N - x) * (x - 1))),
        P * (sum(n.flatMap((x) => n.map((y) => x * y * (N - x - y)))) - sum(n.map((x) => x * x * (N - 2 * x)))),
        P * N * (N - 1) * (N - 2),
      ];
      const vg = eg.map((e) => e * (1 - P));
      vg[0]! += sum(n.map((x) => x * (x - 1) * (x - 2) * ((4 * x - 10) * D3 - 4 * (x - 3) * D4 + (x - 3) * D5)));
      vg[1]! +=
        sum(n.flatMap((x) => n.map((y) => x * y * (x - 1) * ((2 * x + 2 * y - 6) * D3 + (N - x - 1) * D5)))) -
        sum(n.map((x) => x * x * (x - 1) * ((4 * x - 6) * D3 + (N - x - 1) * D5)));
      vg[2]! += sum(n.map((x) => x * (N - x) * (x - 1) * ((N - 3) * D3 + (x - 2) * D5)));
      vg[3] = vg[2]!;
      for (let i = 0; i < n.length; i++) {
        for (let j = 0; j < n.length; j++) {
          for (let k = 0; k < n.length; k++) {
            if (i === j || j === k || i === k) continue;
            const [a, b, c] = [n[i]!, n[j]!, n[k]!];
            vg[4]! += a * b * c * ((4 * (N - b) - 2 * (a + c + 1)) * D3 - (4 * (N - c) - 2 * (a + b + 1)) * D4 + (N - (a + c + 1)) * D5);
          }
        }
      }
      vg[5]! += N * (N - 1) * (N - 2) * ((4 * N - 10) * D3 - 4 * (N - 3) * D4 + (N - 3) * D5);
      return { group, eg, sdg: vg.map(Math.sqrt) };
    }

    const arbSizes = fc
      .array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 12 })
      .filter((n) => n.reduce((a, b) => a + b, 0) >= 3)
      .chain((n) => {
        const N = n.reduce((a, b) => a + b, 0);
        return fc.tuple(fc.constant(n), fc.integer({ min: 0, max: N * (N - 1) }));
      });

    test.prop([arbSizes], { numRuns: 100 })('the analytic null model equals a direct port of sna’s R code', ([n, arcs]) => {
      const close = (a: number, b: number) => {
        if (Number.isNaN(b)) expect(a).toBeNaN();
        else expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
      };
      const ours = analyticNull(Float64Array.from(n), n.reduce((a, b) => a + b, 0), arcs);
      const ref = snaNull(n, arcs);
      ref.group.forEach(({ e, sd }, g) => {
        for (let r = 0; r < 6; r++) {
          close(ours.groupExpected[g * 6 + r]!, e[r]!);
          close(ours.groupSd[g * 6 + r]!, sd[r]!);
        }
      });
      for (let r = 0; r < 6; r++) {
        close(ours.networkExpected[r]!, ref.eg[r]!);
        close(ours.networkSd[r]!, ref.sdg[r]!);
      }
    });

    test.prop([arbCase()], { numRuns: 100 })('renaming the groups changes nothing', ({ desc, groups }) => {
      const renamed = Object.fromEntries(Object.entries(groups).map(([k, g]) => [k, `team ${g.toUpperCase()}`]));
      const graph = toGraphology(desc);
      const a = brokerageRoles(graph, { groups });
      const b = brokerageRoles(graph, { groups: renamed });
      expect(b.nodes).toEqual(a.nodes);
      expect(b.network).toEqual(a.network);
    });
  });
});
