/**
 * Property tests of the group measures (STYLE.md §9, layer 3) on random graphs with random groups:
 * agreement with the naive oracles, ranges and sums, invariance under node reordering, and
 * reproducibility of everything random.
 */
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { buildIndex } from '../../src/core/build-index.js';
import { bridgingTies } from '../../src/groups/bridging-ties.js';
import { assignCommunities, communities } from '../../src/groups/communities.js';
import { assignEiIndex, eiIndex } from '../../src/groups/ei-index.js';
import { groupMixingMatrix } from '../../src/groups/group-mixing-matrix.js';
import { modularity } from '../../src/groups/modularity.js';
import { arbGraph, arbReordered, toGraphology, type GraphDesc } from '../arbitraries.js';
import { naiveEiCounts, naiveModularity, naiveTies } from '../oracles/groups.naive.js';

/** A record built with own properties only (node keys may be '__proto__'). */
function ownRecord<T>(entries: [string, T][]): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [k, v] of entries) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

/** A random graph with a group label (one of `G0`…`G3`) for each node. */
const arbGrouped = (options: Parameters<typeof arbGraph>[0] = {}) =>
  arbGraph({ multi: true, selfLoops: true, maxNodes: 12, ...options }).chain((desc) =>
    fc
      .array(fc.integer({ min: 0, max: 3 }), { minLength: desc.nodes.length, maxLength: desc.nodes.length })
      .map((labels) => ({ desc, groups: ownRecord(desc.nodes.map((v, i): [string, string] => [v, `G${labels[i]}`])) })),
  );

function close(a: number, b: number, rtol = 1e-9): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  return Math.abs(a - b) <= rtol * Math.max(1, Math.abs(a), Math.abs(b));
}

function inRange(x: number): boolean {
  return Number.isNaN(x) || (x >= -1 - 1e-12 && x <= 1 + 1e-12);
}

const groupOf = (groups: Record<string, string>) => (v: string) => groups[v]!;

describe('group measures: properties', () => {
  test.prop([arbGrouped(), fc.boolean()], { numRuns: 100 })('eiIndex equals the naive E-I counts at every level', ({ desc, groups }, weighted) => {
    const result = eiIndex(toGraphology(desc), { groups, getEdgeStrength: weighted ? 'weight' : null });
    const naive = naiveEiCounts(desc, groupOf(groups), weighted);
    expect(close(result.network.external, naive.network.external)).toBe(true);
    expect(close(result.network.internal, naive.network.internal)).toBe(true);
    for (const [g, value] of naive.groups) {
      expect(close(result.groups[g]!.external, value.external)).toBe(true);
      expect(close(result.groups[g]!.internal, value.internal)).toBe(true);
    }
    for (const [v, value] of naive.nodes) {
      expect(close(result.nodeExternal[v]!, value.external)).toBe(true);
      expect(close(result.nodeInternal[v]!, value.internal)).toBe(true);
    }
  });

  test.prop([arbGrouped(), fc.boolean(), fc.boolean()], { numRuns: 100 })(
    'E-I lies in [−1, 1] (or is NaN) at every level, plain and rescaled; NaN exactly when E + I = 0 (plain)',
    ({ desc, groups }, weighted, rescaled) => {
      const result = eiIndex(toGraphology(desc), { groups, getEdgeStrength: weighted ? 'weight' : null, rescaled });
      const nodeValues = Object.keys(result.nodes).map((v) => ({
        ei: result.nodes[v]!,
        external: result.nodeExternal[v]!,
        internal: result.nodeInternal[v]!,
      }));
      const values = [result.network, ...Object.values(result.groups), ...nodeValues];
      for (const value of values) {
        expect(inRange(value.ei)).toBe(true);
        if (!rescaled) expect(Number.isNaN(value.ei)).toBe(value.external + value.internal === 0);
      }
    },
  );

  test.prop([arbGrouped()], { numRuns: 100 })(
    'each tie counts twice over nodes, and groups add up: Σ_g I_g = I, Σ_g E_g = 2E',
    ({ desc, groups }) => {
      const result = eiIndex(toGraphology(desc), { groups, getEdgeStrength: null });
      const { external, internal } = result.network;
      let nodeSum = 0;
      for (const v of Object.keys(result.nodes)) nodeSum += result.nodeExternal[v]! + result.nodeInternal[v]!;
      expect(nodeSum).toBe(2 * (external + internal));
      let gi = 0;
      let ge = 0;
      for (const g of Object.values(result.groups)) {
        gi += g.internal;
        ge += g.external;
      }
      expect([gi, ge]).toEqual([internal, 2 * external]);
      expect(external + internal).toBe(buildIndex(toGraphology(desc)).size);
    },
  );

  test.prop([arbGrouped({ minNodes: 2 }), fc.integer({ min: 1, max: 60 }), fc.integer()], { numRuns: 60 })(
    'the permutation test is reproducible with the same seed and its p-values lie in [1/(R+1), 1]',
    ({ desc, groups }, permutations, seed) => {
      const graph = toGraphology(desc);
      const a = eiIndex(graph, { groups, permutations, seed });
      const b = eiIndex(graph, { groups, permutations, seed });
      expect(b.permutation).toEqual(a.permutation);
      if (Number.isNaN(a.network.ei)) {
        expect(a.pValue).toBeNaN();
      } else {
        for (const p of [a.permutation.pGreater, a.permutation.pLess]) {
          expect(p).toBeGreaterThanOrEqual(1 / (permutations + 1) - 1e-15);
          expect(p).toBeLessThanOrEqual(1);
        }
        expect(inRange(a.permutation.mean)).toBe(true);
      }
    },
  );

  test.prop([arbGrouped()], { numRuns: 50 })('assignEiIndex writes what eiIndex computes', ({ desc, groups }) => {
    const graph = toGraphology(desc);
    const { nodes } = eiIndex(graph, { groups });
    assignEiIndex(graph, { groups });
    graph.forEachNode((v, attributes) => expect(Object.is(attributes.ei, nodes[v])).toBe(true));
  });

  test.prop([arbGrouped()], { numRuns: 100 })(
    'groupMixingMatrix: counts add up to the ties, strengths to the total strength; undirected matrices are symmetric',
    ({ desc, groups }) => {
      const graph = toGraphology(desc);
      const index = buildIndex(graph);
      const count = groupMixingMatrix(graph, { groups });
      const strength = groupMixingMatrix(graph, { groups, measure: 'strength' });
      let ties = 0;
      let total = 0;
      const G = count.groups.length;
      for (let g = 0; g < G; g++) {
        for (let h = 0; h < G; h++) {
          if (desc.directed || g <= h) {
            ties += count.matrix[g]![h]!;
            total += strength.matrix[g]![h]!;
          }
          if (!desc.directed) expect(count.matrix[g]![h]).toBe(count.matrix[h]![g]);
        }
      }
      expect(ties).toBe(index.size);
      let expected = 0;
      for (const s of index.tieStrengths) expected += s;
      expect(close(total, expected)).toBe(true);
    },
  );

  test.prop([arbGrouped(), fc.constantFrom(0, 0.5, 1, 2), fc.boolean()], { numRuns: 100 })(
    'modularity equals the naive double sum over ordered pairs',
    ({ desc, groups }, resolution, weighted) => {
      const q = modularity(toGraphology(desc), { groups, resolution, getEdgeStrength: weighted ? 'weight' : null });
      expect(close(q, naiveModularity(desc, groupOf(groups), resolution, weighted))).toBe(true);
    },
  );

  test.prop([arbGrouped().chain(({ desc, groups }) => arbReordered(desc).map((re) => ({ desc, re, groups })))], { numRuns: 80 })(
    'reordering nodes and edges does not change E-I, mixing, modularity or bridging ties',
    ({ desc, re, groups }) => {
      const a = toGraphology(desc);
      const b = toGraphology(re);
      const ea = eiIndex(a, { groups, rescaled: true });
      const eb = eiIndex(b, { groups, rescaled: true });
      expect(close(ea.network.ei, eb.network.ei)).toBe(true);
      for (const v of desc.nodes) expect(close(ea.nodes[v]!, eb.nodes[v]!)).toBe(true);
      expect(groupMixingMatrix(a, { groups }).matrix).toEqual(groupMixingMatrix(b, { groups }).matrix);
      expect(close(modularity(a, { groups }), modularity(b, { groups }))).toBe(true);
      const key = (t: { source: string; target: string }) => [t.source, t.target].sort().join('\u0000');
      const ta = new Map(bridgingTies(a, { groups }).map((t) => [key(t), t]));
      const tb = bridgingTies(b, { groups });
      expect(tb.length).toBe(ta.size);
      for (const t of tb) {
        const u = ta.get(key(t))!;
        expect(u.common).toBe(t.common);
        expect(close(u.strength, t.strength)).toBe(true);
        expect(Object.is(u.overlap, t.overlap) || close(u.overlap, t.overlap)).toBe(true);
      }
    },
  );

  test.prop([arbGrouped()], { numRuns: 100 })(
    'bridgingTies lists exactly the projected ties between groups, with the naive common neighbours and overlap',
    ({ desc, groups }) => {
      const expected = naiveTies(desc).filter((t) => groups[t.source] !== groups[t.target]);
      const actual = bridgingTies(toGraphology(desc), { groups });
      expect(actual.map((t) => [t.source, t.target])).toEqual(expected.map((t) => [t.source, t.target]));
      actual.forEach((t, i) => {
        expect(t.common).toBe(expected[i]!.common);
        expect(Object.is(t.overlap, expected[i]!.overlap) || t.overlap === expected[i]!.overlap).toBe(true);
        expect([t.sourceGroup, t.targetGroup]).toEqual([groups[t.source], groups[t.target]]);
      });
    },
  );

  test.prop([arbGraph({ multi: true, selfLoops: true, maxNodes: 14 }), fc.integer(), fc.constantFrom(0.5, 1, 2)], { numRuns: 100 })(
    'communities: a partition of every node, same seed same partition, its modularity, and no worse than singletons',
    (desc: GraphDesc, seed, resolution) => {
      const graph = toGraphology(desc);
      const result = communities(graph, { seed, resolution });
      expect(communities(graph, { seed, resolution })).toEqual(result);
      expect(Object.keys(result.partition).sort()).toEqual([...desc.nodes].sort());
      expect(result.sizes.reduce((a, b) => a + b, 0)).toBe(desc.nodes.length);
      expect(Object.is(result.modularity, modularity(graph, { groups: result.partition, resolution }))).toBe(true);
      const singletons = modularity(graph, { groups: ownRecord(desc.nodes.map((v, i): [string, number] => [v, i])), resolution });
      if (!Number.isNaN(singletons)) expect(result.modularity).toBeGreaterThanOrEqual(singletons - 1e-12);
      assignCommunities(graph, { seed, resolution });
      graph.forEachNode((v, attributes) => expect(attributes.community).toBe(result.partition[v]));
    },
  );
});
