/**
 * embeddedness / assignEmbeddedness / embeddednessIndexed: the standard cases (STYLE.md §9) and hand-computed
 * common-neighbour counts (METRICS.md §3.2). Golden parity with NetworkX and graphology-metrics'
 * simmelianStrength: ties-structure.golden.test.ts; properties: ties-structure.prop.test.ts.
 */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/core/build-index.js';
import { assignEmbeddedness, EMBEDDEDNESS_DEFAULTS, embeddedness, embeddednessIndexed } from '../../src/ties/embeddedness.js';
import { byEdge, directedTriangle, org, standardTieMetricCases, trianglePendant, type TieMetricUnderTest } from './structure-helpers.js';

const embeddednessByEdge = (graph: Parameters<typeof byEdge>[0]) => byEdge(graph, assignEmbeddedness as TieMetricUnderTest['assign']);

describe('embeddedness', () => {
  standardTieMetricCases({
    name: 'embeddedness',
    compute: embeddedness as TieMetricUnderTest['compute'],
    assign: assignEmbeddedness as TieMetricUnderTest['assign'],
    indexed: embeddednessIndexed as TieMetricUnderTest['indexed'],
    defaults: EMBEDDEDNESS_DEFAULTS,
    notATie: 0, // a count: a self-loop sits in no triangle
    dyad: 0,
  });

  describe('hand-computed values', () => {
    it('returns 1, 1, 1, 0 on a triangle a–b–c with a pendant c–d', () => {
      // ab: N(a) ∩ N(b) = {c}; bc: {a}; ca: {b}; cd: N(c) ∩ N(d) = {a, b, d} ∩ {c} = ∅.
      expect(embeddednessByEdge(trianglePendant())).toEqual({ ab: 1, bc: 1, ca: 1, cd: 0 });
      expect(embeddedness(trianglePendant()).map((t) => t.value)).toEqual([1, 1, 1, 0]);
    });

    it('counts the triangles on each org tie: 1 inside A = {a1, a2, a3}, 0 on the four bridging ties', () => {
      expect(embeddednessByEdge(org())).toEqual({
        'a1-a2': 1,
        'a1-a3': 1,
        'a2-a3': 1,
        'a3-b1': 0,
        'b1-b2': 0,
        'b2-c1': 0,
        'a2-b2': 0,
      });
    });

    it('returns n − 2 on every tie of the complete graph K_n', () => {
      const k5 = new UndirectedGraph();
      const nodes = ['a', 'b', 'c', 'd', 'e'];
      for (const u of nodes) for (const v of nodes) if (u < v) k5.mergeEdge(u, v);
      expect(new Set(embeddedness(k5).map((t) => t.value))).toEqual(new Set([3]));
      expect(embeddedness(buildIndex(k5))).toHaveLength(10);
      expect(embeddednessIndexed(buildIndex(k5))).toEqual(new Float64Array(10).fill(3));
    });

    it('counts a common neighbour reached by arcs in any direction (projection "any")', () => {
      // a→b, b→a, b→c, c→a: c is a common neighbour of a and b whatever the arc directions.
      expect(embeddednessByEdge(directedTriangle())).toEqual({ ab: 1, ba: 1, bc: 1, ca: 1, ad: 0 });
    });
  });
});
