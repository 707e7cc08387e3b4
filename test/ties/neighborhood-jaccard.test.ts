/**
 * neighborhoodJaccard / assignNeighborhoodJaccard / neighborhoodJaccardIndexed: the standard cases (STYLE.md §9) and
 * hand-computed closed-neighbourhood Jaccard scores (METRICS.md §3.2).
 * Golden values: ties-structure.golden.test.ts; properties: ties-structure.prop.test.ts.
 */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  assignNeighborhoodJaccard,
  NEIGHBORHOOD_JACCARD_DEFAULTS,
  neighborhoodJaccard,
  neighborhoodJaccardIndexed,
} from '../../src/ties/neighborhood-jaccard.js';
import { byEdge, org, standardTieMetricCases, trianglePendant, type TieMetricUnderTest } from './structure-helpers.js';

const jaccardByEdge = (graph: Parameters<typeof byEdge>[0]) => byEdge(graph, assignNeighborhoodJaccard as TieMetricUnderTest['assign']);

describe('neighborhoodJaccard', () => {
  standardTieMetricCases({
    name: 'neighborhoodJaccard',
    compute: neighborhoodJaccard as TieMetricUnderTest['compute'],
    assign: assignNeighborhoodJaccard as TieMetricUnderTest['assign'],
    indexed: neighborhoodJaccardIndexed as TieMetricUnderTest['indexed'],
    defaults: NEIGHBORHOOD_JACCARD_DEFAULTS,
    notATie: Number.NaN,
    dyad: 1, // N[x] = N[y] = {x, y}: 2 / 2
  });

  describe('hand-computed values', () => {
    it('returns 1, 0.75, 0.75, 0.5 on a triangle a–b–c with a pendant c–d', () => {
      // N[a] = {a, b, c}, N[b] = {a, b, c}, N[c] = {a, b, c, d}, N[d] = {c, d}.
      // ab: 3 / 3 = 1.  bc: |{a, b, c}| / |{a, b, c, d}| = 3/4.  cd: |{c, d}| / |{a, b, c, d}| = 2/4.
      expect(jaccardByEdge(trianglePendant())).toEqual({ ab: 1, bc: 0.75, ca: 0.75, cd: 0.5 });
      expect(neighborhoodJaccard(trianglePendant()).map((t) => t.value)).toEqual([1, 0.75, 0.75, 0.5]);
    });

    it('equals (n + 2) / (k_i + k_j − n) on org', () => {
      // a1–a2: n = 1, k = 2, 3: 3/4.  a2–a3: n = 1, k = 3, 3: 3/5.  a2–b2: n = 0, k = 3, 3: 2/6.
      // b2–c1: n = 0, k = 3, 1: 2/4.  a3–b1: n = 0, k = 3, 2: 2/5.  b1–b2: k = 2, 3: 2/5.
      expect(jaccardByEdge(org())).toEqual({
        'a1-a2': 3 / 4,
        'a1-a3': 3 / 4,
        'a2-a3': 3 / 5,
        'a3-b1': 2 / 5,
        'b1-b2': 2 / 5,
        'b2-c1': 2 / 4,
        'a2-b2': 2 / 6,
      });
    });

    it('is never 0 on a tie: a local bridge of a star scores 2 / (k_hub + 1)', () => {
      const star = new UndirectedGraph();
      for (const leaf of ['x', 'y', 'z']) star.mergeEdge('hub', leaf);
      // hub–x: N[hub] = {hub, x, y, z}, N[x] = {hub, x}: 2 / 4.
      expect(new Set(neighborhoodJaccard(star).map((t) => t.value))).toEqual(new Set([0.5]));
    });
  });
});
