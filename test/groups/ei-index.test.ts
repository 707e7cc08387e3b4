/**
 * Hand-computed unit tests of eiIndex (STYLE.md §9, layer 1). Golden comparisons are in
 * groups.golden.test.ts, properties in groups.prop.test.ts.
 */
import { Graph as MixedGraph } from '../arbitraries.js';
import { MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/core/build-index.js';
import { createRng } from '../../src/core/random.js';
import { AbortedError, GraphTypeNotSupportedError, InvalidGraphError, InvalidOptionError, InvalidWeightError, NodeNotFoundError } from '../../src/errors.js';
import { ASSIGN_EI_INDEX_DEFAULTS, assignEiIndex, EI_INDEX_DEFAULTS, EI_INDEX_MAX_PERMUTATIONS, eiIndex, eiIndexIndexed } from '../../src/groups/ei-index.js';
import { expectClose, expectThrows, org, ORG_EDGES, ORG_GROUPS, triad } from './helpers.js';

describe('eiIndex', () => {
  describe('input validation', () => {
    it.each([
      ['null', null],
      ['a number', 42],
      ['a plain object', { nodes: [], edges: [] }],
    ])('throws InvalidGraphError on %s', (_label, input) => {
      expectThrows(() => eiIndex(input as never, { groups: 'group', getEdgeStrength: null }), InvalidGraphError, 'E_INVALID_GRAPH');
    });

    it('throws GraphTypeNotSupportedError on a graph mixing directed and undirected edges', () => {
      const g = new MixedGraph();
      g.addNode('a', { group: 'A' });
      g.addNode('b', { group: 'A' });
      g.addNode('c', { group: 'B' });
      g.addDirectedEdge('a', 'b');
      g.addUndirectedEdge('b', 'c');
      expectThrows(() => eiIndex(g, { groups: 'group', getEdgeStrength: null }), GraphTypeNotSupportedError, 'E_GRAPH_TYPE');
    });

    it('requires groups', () => {
      expectThrows(() => eiIndex(org()), InvalidOptionError, 'E_INVALID_OPTION', 'groups');
      expectThrows(() => eiIndex(org(), {}), InvalidOptionError, 'E_INVALID_OPTION', 'groups');
    });

    it('refuses the removed options groupAttribute and weighted', () => {
      expectThrows(() => eiIndex(org(), { groupAttribute: 'group' } as never), InvalidOptionError, 'E_INVALID_OPTION', 'groupAttribute');
      expectThrows(() => eiIndex(org(), { groups: 'group', weighted: true } as never), InvalidOptionError, 'E_INVALID_OPTION', 'weighted');
    });

    it('refuses a misspelt group attribute that no node carries', () => {
      expectThrows(() => eiIndex(org(), { groups: 'gruop' }), InvalidOptionError, 'E_INVALID_OPTION', 'groups');
      expectThrows(() => assignEiIndex(org(), { groups: 'gruop' }), InvalidOptionError, 'E_INVALID_OPTION', 'groups');
    });

    it('names the first node without a group', () => {
      const g = org();
      g.removeNodeAttribute('b1', 'group');
      g.setNodeAttribute('c1', 'group', null);
      const error = expectThrows(() => eiIndex(g, { groups: 'group' }), InvalidOptionError, 'E_INVALID_OPTION', 'groups');
      expect(error.message).toContain('"b1"');
      const { b1: _b1, ...partial } = ORG_GROUPS;
      const error2 = expectThrows(() => eiIndex(org(), { groups: partial }), InvalidOptionError, 'E_INVALID_OPTION', 'groups');
      expect(error2.message).toContain('"b1"');
    });

    it('refuses a group value that is an object or NaN', () => {
      const g = org();
      g.setNodeAttribute('a1', 'group', { name: 'A' });
      expectThrows(() => eiIndex(g, { groups: 'group' }), InvalidOptionError, 'E_INVALID_OPTION', 'groups');
      expectThrows(() => eiIndex(org(), { groups: { ...ORG_GROUPS, a1: Number.NaN } }), InvalidOptionError, 'E_INVALID_OPTION', 'groups');
    });

    it('refuses groups naming a node that is not in the graph', () => {
      expectThrows(() => eiIndex(org(), { groups: { ...ORG_GROUPS, ghost: 'A' } }), NodeNotFoundError, 'E_NODE_NOT_FOUND');
    });

    it('refuses a group attribute name or getter with a CsrIndex (an index holds no node attributes)', () => {
      expectThrows(() => eiIndex(buildIndex(org()), { groups: 'group' }), InvalidOptionError, 'E_INVALID_OPTION', 'groups');
      expectThrows(() => eiIndex(buildIndex(org()), { groups: (node) => ORG_GROUPS[node] }), InvalidOptionError, 'E_INVALID_OPTION', 'groups');
    });

    it('eiIndex refuses attribute, which belongs to assignEiIndex', () => {
      expectThrows(() => eiIndex(org(), { groups: 'group', attribute: 'ei' } as never), InvalidOptionError, 'E_INVALID_OPTION', 'attribute');
      expectThrows(() => assignEiIndex(org(), { groups: 'group', attribute: '__proto__' }), InvalidOptionError, 'E_INVALID_OPTION', 'attribute');
      expectThrows(() => assignEiIndex(org(), { groups: 'group', permutations: 10 } as never), InvalidOptionError, 'E_INVALID_OPTION', 'permutations');
    });

    it.each([
      ['permutations', { permutations: -1 }],
      ['permutations', { permutations: 1.5 }],
      ['rescaled', { rescaled: 1 }],
      ['seed', { seed: 0.5 }],
      ['rng', { rng: 42 }],
      ['seed', { seed: 1, rng: Math.random }],
      ['groups', { groups: '' }],
      ['getEdgeStrength', { getEdgeStrength: 42 }],
      ['colour', { colour: 'red' }],
    ])('throws InvalidOptionError naming %s', (option, extra) => {
      const options = { groups: 'group', ...extra } as never;
      expectThrows(() => eiIndex(org(), options), InvalidOptionError, 'E_INVALID_OPTION', option);
    });

    it('caps permutations at EI_INDEX_MAX_PERMUTATIONS (issue 12 item 5: 2 ** 32 blocked for minutes)', () => {
      expect(EI_INDEX_MAX_PERMUTATIONS).toBe(1e6);
      expectThrows(() => eiIndex(org(), { groups: 'group', permutations: 2 ** 32 }), InvalidOptionError, 'E_INVALID_OPTION', 'permutations');
      expectThrows(() => eiIndex(org(), { groups: 'group', permutations: 1e6 + 1 }), InvalidOptionError, 'E_INVALID_OPTION', 'permutations');
    });

    it('accepts signal: an aborted signal throws AbortedError (cause: the reason), also between permutation batches', () => {
      const before = new AbortController();
      const reason = new Error('stop');
      before.abort(reason);
      const error = expectThrows(() => eiIndex(org(), { groups: 'group', permutations: 10, signal: before.signal }), AbortedError, 'E_ABORTED');
      expect(error.cause).toBe(reason);
      // Aborted while the test runs (from inside the generator): stops at the next batch.
      const during = new AbortController();
      const rng = createRng(1);
      let calls = 0;
      const aborting = (): number => {
        if (++calls === 100) during.abort();
        return rng();
      };
      expectThrows(() => eiIndex(org(), { groups: 'group', permutations: 1e6, rng: aborting, signal: during.signal }), AbortedError, 'E_ABORTED');
      expect(calls).toBeLessThan(1e6);
      expectThrows(() => eiIndex(org(), { groups: 'group', signal: 'no' as never }), InvalidOptionError, 'E_INVALID_OPTION', 'signal');
      // Not aborted: same answer as without a signal.
      const plain = eiIndex(org(), { groups: 'group', permutations: 50 });
      expect(eiIndex(org(), { groups: 'group', permutations: 50, signal: new AbortController().signal })).toEqual(plain);
    });

    it('throws InvalidOptionError when rng returns a value outside [0, 1)', () => {
      expectThrows(() => eiIndex(org(), { groups: 'group', permutations: 5, rng: () => 1 }), InvalidOptionError, 'E_INVALID_OPTION', 'rng');
    });

    it('eiIndex(graph, { getEdgeStrength: null }) does not read strengths; the default reads weight', () => {
      const g = org();
      g.setEdgeAttribute('a1', 'a2', 'weight', 0);
      expect(eiIndex(g, { groups: 'group', getEdgeStrength: null }).network.internal).toBe(4);
      expectThrows(() => eiIndex(g, { groups: 'group' }), InvalidWeightError, 'E_INVALID_WEIGHT');
      expectThrows(() => eiIndex(g, { groups: 'group', getEdgeStrength: 'weight' }), InvalidWeightError, 'E_INVALID_WEIGHT');
    });

    it('exports frozen defaults', () => {
      expect(Object.isFrozen(EI_INDEX_DEFAULTS)).toBe(true);
      expect(EI_INDEX_DEFAULTS).toMatchObject({ getEdgeStrength: 'weight', rescaled: false, permutations: 0 });
      expect(Object.isFrozen(ASSIGN_EI_INDEX_DEFAULTS)).toBe(true);
      expect(ASSIGN_EI_INDEX_DEFAULTS).toMatchObject({ getEdgeStrength: 'weight', rescaled: false, attribute: 'ei' });
    });
  });

  describe('standard cases', () => {
    it('returns empty records and NaN on an empty graph', () => {
      const result = eiIndex(new UndirectedGraph(), { groups: 'group' });
      expect(result.network).toEqual({ ei: Number.NaN, external: 0, internal: 0 });
      expect(result.groups).toEqual({});
      expect(result.nodes).toEqual({});
      expect(result.pValue).toBeNaN();
      expect(eiIndexIndexed(buildIndex(new UndirectedGraph()), { groups: {} })).toEqual(new Float64Array(0));
    });

    it('gives an isolate ei NaN with zero counts (z in org)', () => {
      const result = eiIndex(org(), { groups: 'group' });
      expect(result.nodes.z).toBeNaN();
      expect([result.nodeExternal.z, result.nodeInternal.z]).toEqual([0, 0]);
    });

    it('ignores self-loops and merges parallel edges', () => {
      const g = new MultiUndirectedGraph();
      for (const [node, group] of Object.entries(ORG_GROUPS)) g.addNode(node, { group });
      for (const [u, v, weight] of ORG_EDGES) g.addEdge(u, v, { weight });
      g.addEdge('a1', 'a1', { weight: 5 });
      g.addEdge('a2', 'b2', { weight: 2 });
      const plain = eiIndex(org(), { groups: 'group', getEdgeStrength: null });
      expect(eiIndex(g, { groups: 'group', getEdgeStrength: null })).toEqual(plain);
      // Weighted: the parallel a2–b2 edges merge into one tie of strength 1 + 2 = 3.
      expect(eiIndex(g, { groups: 'group' }).network).toEqual({ ei: (5 - 10) / 15, external: 5, internal: 10 });
    });

    it('assignEiIndex writes the same numbers as eiIndex computes', () => {
      for (const options of [{}, { getEdgeStrength: null }, { rescaled: true }] as const) {
        const g = org();
        assignEiIndex(g, { groups: 'group', ...options });
        const { nodes } = eiIndex(g, { groups: 'group', ...options });
        g.forEachNode((node, attributes) => expect(attributes.ei).toEqual(nodes[node]));
      }
      const g = org();
      assignEiIndex(g, { groups: 'group', attribute: 'outwardness' });
      expect(g.getNodeAttribute('a1', 'outwardness')).toBe(-1);
    });

    it('eiIndexIndexed returns the nodes of eiIndex in node-id order', () => {
      for (const options of [{}, { getEdgeStrength: null }, { rescaled: true }] as const) {
        const index = buildIndex(org());
        const { nodes } = eiIndex(index, { groups: ORG_GROUPS, ...options });
        const values = eiIndexIndexed(index, { groups: new Map(Object.entries(ORG_GROUPS)), ...options });
        expect(values).toBeInstanceOf(Float64Array);
        expect(Array.from(values)).toEqual(index.keys.map((key) => nodes[key]));
      }
      expectThrows(() => eiIndexIndexed(org() as never, { groups: ORG_GROUPS }), InvalidGraphError, 'E_INVALID_GRAPH');
      expectThrows(() => eiIndexIndexed(buildIndex(org())), InvalidOptionError, 'E_INVALID_OPTION', 'groups');
    });

    it('gives the same result for the graph and for a prebuilt index with groups as a record', () => {
      for (const options of [{}, { getEdgeStrength: null, rescaled: true, permutations: 50 }] as const) {
        const fromGraph = eiIndex(org(), { groups: 'group', ...options });
        expect(eiIndex(buildIndex(org()), { groups: ORG_GROUPS, ...options })).toEqual(fromGraph);
        expect(eiIndex(org(), { groups: ORG_GROUPS, ...options })).toEqual(fromGraph);
        expect(eiIndex(org(), { groups: new Map(Object.entries(ORG_GROUPS)), ...options })).toEqual(fromGraph);
      }
    });

    it('refuses getEdgeStrength with a prebuilt index', () => {
      expectThrows(
        () => eiIndex(buildIndex(org()), { groups: ORG_GROUPS, getEdgeStrength: 'weight' }),
        InvalidOptionError,
        'E_INVALID_OPTION',
        'getEdgeStrength',
      );
    });
  });

  describe('F2 org (METRICS.md §3.9 reference values)', () => {
    it('returns network E = 3, I = 4, EI = −0.1429', () => {
      // Between groups: a3–b1, b2–c1, a2–b2 (3); within: a1–a2, a1–a3, a2–a3, b1–b2 (4). (3 − 4) / 7.
      expect(eiIndex(org(), { groups: 'group', getEdgeStrength: null }).network).toEqual({ ei: -1 / 7, external: 3, internal: 4 });
    });

    it('returns groups A −0.2, B +0.5, C +1.0', () => {
      // A: E = a3–b1, a2–b2 (2), I = 3 → −1/5. B: E = a3–b1, a2–b2, b2–c1 (3), I = b1–b2 (1) → 2/4.
      // C: E = b2–c1 (1), I = 0 → 1.
      const { groups } = eiIndex(org(), { groups: 'group', getEdgeStrength: null });
      expect(groups).toEqual({
        A: { ei: -0.2, external: 2, internal: 3, size: 3 },
        B: { ei: 0.5, external: 3, internal: 1, size: 2 },
        C: { ei: 1, external: 1, internal: 0, size: 2 },
      });
    });

    it('returns individuals a1 −1, a2 −1/3, a3 −1/3, b1 0, b2 +1/3, c1 +1, z NaN', () => {
      const { nodes, nodeExternal, nodeInternal } = eiIndex(org(), { groups: 'group', getEdgeStrength: null });
      expect(nodes).toEqual({ a1: -1, a2: -1 / 3, a3: -1 / 3, b1: 0, b2: 1 / 3, c1: 1, z: Number.NaN });
      expect(nodeExternal).toEqual({ a1: 0, a2: 1, a3: 1, b1: 1, b2: 2, c1: 1, z: 0 });
      expect(nodeInternal).toEqual({ a1: 2, a2: 2, a3: 2, b1: 1, b2: 1, c1: 0, z: 0 });
    });

    it('returns the density-rescaled EI* = −0.6203 for the network', () => {
      // Possible internal pairs: C(3,2) + C(2,2) + C(2,2) = 5; external: 3·2 + 3·2 + 2·2 = 16.
      // EI* = (3/16 − 4/5) / (3/16 + 4/5) = −0.6203.
      const result = eiIndex(org(), { groups: 'group', getEdgeStrength: null, rescaled: true });
      expectClose(result.network.ei, (3 / 16 - 4 / 5) / (3 / 16 + 4 / 5), 'EI*');
      expect(result.network.ei).toBeCloseTo(-0.6203, 4);
      expect(result.network.external).toBe(3);
      // Group A: d_E = 2 / (3·4), d_I = 3 / C(3,2) = 1 → (1/6 − 1) / (1/6 + 1) = −5/7.
      expectClose(result.groups.A!.ei, -5 / 7, 'A');
      // a2: d_E = 1 / (7 − 3), d_I = 2 / (3 − 1) → (1/4 − 1) / (1/4 + 1) = −0.6.
      expectClose(result.nodes.a2!, -0.6, 'a2');
    });

    it('sums strengths by default (getEdgeStrength: \'weight\')', () => {
      // E = 1 + 1 + 1 = 3; I = 3 + 2 + 1 + 4 = 10 → −7/13. A: E = 2, I = 6 → −0.5. a2: E = 1, I = 3 + 1 → −0.6.
      const result = eiIndex(org(), { groups: 'group' });
      expect(result.network).toEqual({ ei: -7 / 13, external: 3, internal: 10 });
      expect(result.groups.A).toEqual({ ei: -0.5, external: 2, internal: 6, size: 3 });
      expect([result.nodes.a2, result.nodeExternal.a2, result.nodeInternal.a2]).toEqual([-0.6, 1, 4]);
      expect(eiIndex(org(), { groups: 'group', getEdgeStrength: 'weight' })).toEqual(result);
    });

    it('reads a custom strength with getEdgeStrength', () => {
      const g = org();
      g.forEachEdge((edge, attributes) => g.setEdgeAttribute(edge, 'calls', 2 * (attributes.weight as number)));
      const result = eiIndex(g, { groups: 'group', getEdgeStrength: 'calls' });
      expect(result.network).toEqual({ ei: -7 / 13, external: 6, internal: 20 });
    });
  });

  describe('directed graphs count arcs', () => {
    it('counts the F4 triad with groups X = {0, 1}, Y = {2}', () => {
      // Arcs 0→1 and 1→0 are internal (I = 2); 0→2 and 2→1 are external (E = 2): EI = 0.
      // Node 0: out 0→1 (I), 0→2 (E), in 1→0 (I) → E 1, I 2 → −1/3. Node 2: 2→1, 0→2 → +1.
      const result = eiIndex(triad(), { groups: 'group', getEdgeStrength: null });
      expect(result.network).toEqual({ ei: 0, external: 2, internal: 2 });
      expect(result.groups).toEqual({ X: { ei: 0, external: 2, internal: 2, size: 2 }, Y: { ei: 1, external: 2, internal: 0, size: 1 } });
      expect(result.nodes).toEqual({ 0: -1 / 3, 1: -1 / 3, 2: 1 });
      expect(result.nodeExternal).toEqual({ 0: 1, 1: 1, 2: 2 });
      expect(result.nodeInternal).toEqual({ 0: 2, 1: 2, 2: 0 });
    });

    it('gives NaN for a rescaled one-person group (no possible internal arc)', () => {
      // Network: possible internal arcs 2·C(2,2) = 2, external 2·(2·1) = 4 → (2/4 − 2/2) / (2/4 + 2/2) = −1/3.
      const result = eiIndex(triad(), { groups: 'group', getEdgeStrength: null, rescaled: true });
      expectClose(result.network.ei, -1 / 3, 'network EI*');
      expect(result.groups.Y!.ei).toBeNaN();
      expect(result.nodes['2']).toBeNaN();
    });
  });

  describe('permutation test', () => {
    /** Exact P(EI_perm ≥ EI_obs) on org: all 7!/(3!·2!·2!) = 210 labelings with the group sizes kept. */
    function exactOrgP(): { greater: number; less: number } {
      const nodes = Object.keys(ORG_GROUPS);
      let total = 0;
      let greater = 0;
      let less = 0;
      const observedInternal = 4;
      const assign = (i: number, left: Record<string, number>, labels: Record<string, string>): void => {
        if (i === nodes.length) {
          let internal = 0;
          for (const [u, v] of ORG_EDGES) if (labels[u] === labels[v]) internal++;
          total++;
          if (internal <= observedInternal) greater++;
          if (internal >= observedInternal) less++;
          return;
        }
        for (const g of Object.keys(left)) {
          if (left[g] === 0) continue;
          assign(i + 1, { ...left, [g]: left[g]! - 1 }, { ...labels, [nodes[i]!]: g });
        }
      };
      assign(0, { A: 3, B: 2, C: 2 }, {});
      expect(total).toBe(210);
      return { greater: greater / total, less: less / total };
    }

    it('is NaN without permutations', () => {
      const result = eiIndex(org(), { groups: 'group', getEdgeStrength: null });
      expect(result.pValue).toBeNaN();
      expect(result.permutation).toEqual({ permutations: 0, mean: Number.NaN, sd: Number.NaN, pGreater: Number.NaN, pLess: Number.NaN });
    });

    it('approaches the exact permutation distribution on org', () => {
      const exact = exactOrgP();
      const R = 20_000;
      const { pValue, permutation } = eiIndex(org(), { groups: 'group', getEdgeStrength: null, permutations: R });
      // (1 + count) / (R + 1) ≈ exact probability; the binomial sd is at most 0.0036.
      expect(Math.abs(pValue - exact.greater)).toBeLessThan(0.015);
      expect(Math.abs(permutation.pLess - exact.less)).toBeLessThan(0.015);
      expect(pValue).toBe(permutation.pGreater);
      expect(permutation.mean).toBeGreaterThan(-1);
      expect(permutation.sd).toBeGreaterThan(0);
    });

    it('is reproducible: same seed, same p-value; rng: createRng(s) equals seed: s', () => {
      const a = eiIndex(org(), { groups: 'group', getEdgeStrength: null, permutations: 200, seed: 7 });
      const b = eiIndex(org(), { groups: 'group', getEdgeStrength: null, permutations: 200, seed: 7 });
      const c = eiIndex(org(), { groups: 'group', getEdgeStrength: null, permutations: 200, rng: createRng(7) });
      expect(b.permutation).toEqual(a.permutation);
      expect(c.permutation).toEqual(a.permutation);
      // The default seed is 42.
      expect(eiIndex(org(), { groups: 'group', getEdgeStrength: null, permutations: 200 }).permutation).toEqual(
        eiIndex(org(), { groups: 'group', getEdgeStrength: null, permutations: 200, seed: 42 }).permutation,
      );
    });

    it('has pGreater + pLess = 1 + (1 + ties) / (R + 1) and p in [1/(R+1), 1]', () => {
      const R = 999;
      const { permutation } = eiIndex(org(), { groups: 'group', getEdgeStrength: null, permutations: R, seed: 3 });
      for (const p of [permutation.pGreater, permutation.pLess]) {
        expect(p).toBeGreaterThanOrEqual(1 / (R + 1));
        expect(p).toBeLessThanOrEqual(1);
      }
      expect(permutation.pGreater + permutation.pLess).toBeGreaterThanOrEqual(1 + 1 / (R + 1));
    });

    it('gives pGreater = 1 when every tie is internal (EI_obs = −1, the minimum)', () => {
      // Two separate pairs, each pair its own group: EI_obs = −1, the minimum, so every permutation
      // has EI_perm ≥ EI_obs: pGreater = 1, and pLess is the share with EI_perm = −1 too.
      const g = new UndirectedGraph();
      g.addNode('a', { group: 'P' });
      g.addNode('b', { group: 'P' });
      g.addNode('c', { group: 'Q' });
      g.addNode('d', { group: 'Q' });
      g.addEdge('a', 'b');
      g.addEdge('c', 'd');
      const { permutation } = eiIndex(g, { groups: 'group', getEdgeStrength: null, permutations: 300 });
      expect(permutation.pGreater).toBe(1);
      // Of the 6 labelings, 2 keep both ties internal: pLess ≈ 1/3.
      expect(Math.abs(permutation.pLess - 1 / 3)).toBeLessThan(0.1);
    });

    it('is NaN when the network has no ties', () => {
      const g = new UndirectedGraph();
      g.addNode('a', { group: 'A' });
      g.addNode('b', { group: 'B' });
      expect(eiIndex(g, { groups: 'group', getEdgeStrength: null, permutations: 10 }).pValue).toBeNaN();
    });
  });

  describe('group labels', () => {
    it('orders groups ascending, numeric labels by value, and reads numbers and booleans as strings', () => {
      const g = new UndirectedGraph();
      g.addNode('a', { dept: 10 });
      g.addNode('b', { dept: 2 });
      g.addNode('c', { dept: 'x' });
      g.addNode('d', { dept: true });
      g.addEdge('a', 'b');
      expect(Object.keys(eiIndex(g, { groups: 'dept' }).groups)).toEqual(['2', '10', 'true', 'x']);
    });

    it('handles prototype-like group labels and node keys', () => {
      const g = new UndirectedGraph();
      g.addNode('a', { group: '__proto__' });
      g.addNode('b', { group: 'constructor' });
      g.addEdge('a', 'b');
      const result = eiIndex(g, { groups: 'group', getEdgeStrength: null });
      expect(Object.keys(result.groups).sort()).toEqual(['__proto__', 'constructor']);
      expect(result.groups.__proto__).toEqual({ ei: 1, external: 1, internal: 0, size: 1 });
    });
  });
});
