/**
 * neighborhoodOverlap / assignNeighborhoodOverlap / neighborhoodOverlapIndexed: the standard cases (STYLE.md §9), hand-computed
 * overlaps (METRICS.md §3.2, Onnela et al. 2007) and the org reference values.
 * Golden parity with NetworkX: ties-structure.golden.test.ts; properties: ties-structure.prop.test.ts.
 */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/core/build-index.js';
import {
  assignNeighborhoodOverlap,
  NEIGHBORHOOD_OVERLAP_DEFAULTS,
  neighborhoodOverlap,
  neighborhoodOverlapIndexed,
} from '../../src/ties/neighborhood-overlap.js';
import { byEdge, org, standardTieMetricCases, trianglePendant, type TieMetricUnderTest } from './structure-helpers.js';

const overlapByEdge = (graph: Parameters<typeof byEdge>[0]) => byEdge(graph, assignNeighborhoodOverlap as TieMetricUnderTest['assign']);

describe('neighborhoodOverlap', () => {
  standardTieMetricCases({
    name: 'neighborhoodOverlap',
    compute: neighborhoodOverlap as TieMetricUnderTest['compute'],
    assign: assignNeighborhoodOverlap as TieMetricUnderTest['assign'],
    indexed: neighborhoodOverlapIndexed as TieMetricUnderTest['indexed'],
    defaults: NEIGHBORHOOD_OVERLAP_DEFAULTS,
    notATie: Number.NaN,
    dyad: Number.NaN, // (k_i − 1) + (k_j − 1) − n = 0 + 0 − 0: 0/0
  });

  describe('hand-computed values', () => {
    it('returns 1, 0.5, 0.5, 0 on a triangle a–b–c with a pendant c–d', () => {
      // N(a) = {b, c}, N(b) = {a, c}, N(c) = {a, b, d}, N(d) = {c}.
      // ab: n = 1 (c), O = 1 / ((2 − 1) + (2 − 1) − 1) = 1.
      // bc: n = 1 (a), O = 1 / ((2 − 1) + (3 − 1) − 1) = 0.5; ca likewise.
      // cd: n = 0, O = 0 / ((3 − 1) + (1 − 1) − 0) = 0 (a local bridge).
      expect(overlapByEdge(trianglePendant())).toEqual({ ab: 1, bc: 0.5, ca: 0.5, cd: 0 });
      expect(neighborhoodOverlap(trianglePendant()).map((t) => t.value)).toEqual([1, 0.5, 0.5, 0]);
    });

    it('returns the org values of METRICS.md §3.2: O(a1,a2) = 0.5, O(a1,a3) = 0.5, O(a2,a3) = 1/3, 0 elsewhere', () => {
      // N(a1) = {a2, a3}, N(a2) = {a1, a3, b2}, N(a3) = {a1, a2, b1}.
      // a1–a2: n = 1, O = 1 / (1 + 2 − 1) = 0.5; a1–a3: 1 / (1 + 2 − 1) = 0.5; a2–a3: 1 / (2 + 2 − 1) = 1/3.
      const overlap = overlapByEdge(org());
      expect(overlap).toEqual({
        'a1-a2': 0.5,
        'a1-a3': 0.5,
        'a2-a3': 1 / 3,
        'a3-b1': 0,
        'b1-b2': 0,
        'b2-c1': 0,
        'a2-b2': 0,
      });
      expect(overlap['a2-a3']).toBeCloseTo(0.3333, 4);
    });

    it('returns 1 on every tie of a complete graph and 0 on every spoke of a star', () => {
      const k4 = new UndirectedGraph();
      for (const u of ['a', 'b', 'c', 'd']) for (const v of ['a', 'b', 'c', 'd']) if (u < v) k4.mergeEdge(u, v);
      expect(new Set(neighborhoodOverlap(k4).map((t) => t.value))).toEqual(new Set([1]));
      const star = new UndirectedGraph();
      for (const leaf of ['x', 'y', 'z']) star.mergeEdge('hub', leaf);
      // hub–x: n = 0, O = 0 / ((3 − 1) + (1 − 1) − 0) = 0.
      expect(new Set(neighborhoodOverlap(star).map((t) => t.value))).toEqual(new Set([0]));
    });

    it('divides by |N(i) ∪ N(j) \\ {i, j}|: the contacts of either end other than the two', () => {
      // i–j with common k, and private contacts p (of i) and q, r (of j):
      // n = 1; union minus ends = {k, p, q, r} = 4; O = 1/4 = 1 / ((3 − 1) + (4 − 1) − 1).
      const g = new UndirectedGraph();
      for (const [u, v] of [['i', 'j'], ['i', 'k'], ['j', 'k'], ['i', 'p'], ['j', 'q'], ['j', 'r']]) g.mergeEdgeWithKey(`${u}${v}`, u, v);
      expect(overlapByEdge(g).ij).toBe(0.25);
      expect(neighborhoodOverlap(g)[0]).toEqual({ source: 'i', target: 'j', value: 0.25 });
    });

    it('neighborhoodOverlap(graph or index) lists { source, target, value } per tie in index order', () => {
      expect(neighborhoodOverlap(trianglePendant())).toEqual(neighborhoodOverlap(buildIndex(trianglePendant())));
      expect(neighborhoodOverlap(buildIndex(trianglePendant()))).toEqual([
        { source: 'a', target: 'b', value: 1 },
        { source: 'a', target: 'c', value: 0.5 },
        { source: 'b', target: 'c', value: 0.5 },
        { source: 'c', target: 'd', value: 0 },
      ]);
    });
  });
});
