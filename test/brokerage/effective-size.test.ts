/**
 * Unit tests of effectiveSize (STYLE.md §9, layer 1): the standard cases, and hand-computed
 * values on the METRICS.md fixtures with the arithmetic in comments. Golden parity with NetworkX's
 * per-node formula is in burt.golden.test.ts; properties in burt.prop.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { assignEffectiveSize, effectiveSize, EFFECTIVE_SIZE_DEFAULTS, effectiveSizeIndexed } from '../../src/brokerage/effective-size.js';
import { borgatti, kite, multigraph, org, standardCases, triad } from './burt-cases.js';

function expectValues(actual: Record<string, number>, expected: Record<string, number>, tolerance = 5e-5): void {
  for (const [node, value] of Object.entries(expected)) {
    if (Number.isNaN(value)) expect(actual[node], node).toBeNaN();
    else expect(Math.abs(actual[node]! - value), `${node}: ${actual[node]} vs ${value}`).toBeLessThanOrEqual(tolerance);
  }
}

describe('effectiveSize', () => {
  standardCases({
    name: 'effectiveSize',
    compute: effectiveSize as never,
    indexed: effectiveSizeIndexed as never,
    assign: assignEffectiveSize as never,
    defaults: EFFECTIVE_SIZE_DEFAULTS,
    attribute: 'effectiveSize',
    pendant: 1,
    burt: true,
    isolate: Number.NaN,
  });

  describe('weighted undirected (METRICS.md F2 org)', () => {
    it('returns 1.5667 for a1, not the 1.6 of NetworkX 3.x\'s sparse default path (PR #8906)', () => {
      // p(a1,a2) = 0.6, p(a1,a3) = 0.4. m(a2,a3) = 1/3 (a2's largest tie: a1, 3); m(a3,a2) = 1/2 (a3's largest: a1, 2).
      // ES = (1 − p(a1,a3)·m(a2,a3)) + (1 − p(a1,a2)·m(a3,a2)) = (1 − 0.4/3) + (1 − 0.6/2) = 1.5667.
      expect(effectiveSize(org()).a1).toBeCloseTo(1 - 0.4 / 3 + (1 - 0.6 / 2), 14);
    });

    it('matches the METRICS.md table (the correct row), with NaN for the isolate z', () => {
      expectValues(effectiveSize(org()), { a1: 1.5667, a2: 2.2667, a3: 2.25, b1: 2.0, b2: 3.0, c1: 1.0, z: NaN });
    });
  });

  describe('unweighted undirected: Borgatti (1997) ES = n − 2t/n', () => {
    it('matches the METRICS.md Krackhardt kite table (F1)', () => {
      // Node 3 has n = 6 contacts (0, 1, 2, 4, 5, 6) with t = 8 ties among them: 6 − 16/6 = 3.3333.
      const expected = [2, 2, 1, 3.3333, 1, 3, 3, 2.3333, 2, 1];
      expectValues(effectiveSize(kite()), Object.fromEntries(expected.map((v, i) => [String(i), v])));
      expect(effectiveSize(kite())['3']).toBeCloseTo(6 - 16 / 6, 14);
    });

    it('gives 1 for every member of a clique and k for a star centre', () => {
      // K4: n = 3 contacts, t = 3 ties: 3 − 6/3 = 1. Star: t = 0, ES = k.
      const clique = new UndirectedGraph();
      for (const [u, v] of [['a', 'b'], ['a', 'c'], ['a', 'd'], ['b', 'c'], ['b', 'd'], ['c', 'd']]) clique.mergeEdge(u!, v!);
      for (const value of Object.values(effectiveSize(clique))) expect(value).toBeCloseTo(1, 14);
      const star = new UndirectedGraph();
      for (const leaf of ['a', 'b', 'c', 'd', 'e']) star.mergeEdge('hub', leaf);
      expect(effectiveSize(star).hub).toBe(5);
    });

    it('matches org unweighted (METRICS.md)', () => {
      expectValues(effectiveSize(org(), { getEdgeStrength: null }), {
        a1: 1.0, a2: 2.3333, a3: 2.3333, b1: 2.0, b2: 3.0, c1: 1.0, z: NaN,
      });
    });
  });

  describe('Borgatti 1997 (METRICS.md F3, NetworkX test-suite values at 1e-2)', () => {
    it('matches G, A and C, weighted and unweighted', () => {
      expectValues(effectiveSize(borgatti()), { G: 5.47, A: 2.47, C: 1 }, 1e-2);
      expectValues(effectiveSize(borgatti(), { getEdgeStrength: null }), { G: 4.67, A: 2.5, C: 1 }, 1e-2);
    });
  });

  describe('directed (METRICS.md F4 triad)', () => {
    it('returns 1.167, 1.167 and 1 with mutual strengths a_ij + a_ji', () => {
      // Mutual strengths 0–1 = 2, 0–2 = 1, 1–2 = 1. Node 0: p(0,1) = 2/3, p(0,2) = 1/3;
      // m(1,2) = 1/2 (1's largest: 0, 2), m(2,1) = 1 (2's ties are both 1).
      // ES_0 = (1 − 1/3·1/2) + (1 − 2/3·1) = 5/6 + 1/3 = 7/6 = 1.1667.
      // Node 2: p = 1/2 each, m(0,1) = m(1,0) = 1: ES_2 = (1 − 1/2) + (1 − 1/2) = 1.
      const es = effectiveSize(triad());
      expect(es['0']).toBeCloseTo(7 / 6, 14);
      expectValues(es, { '0': 1.167, '1': 1.167, '2': 1 }, 1e-3);
    });
  });

  describe('multigraphs', () => {
    it('merges parallel edges first: ES(a) = ES(b) = 1.1667, ES(c) = 1 (NetworkX ignores the weights and gives 1)', () => {
      // Merged a–b = 3, a–c 1, b–c 1. p(a,b) = 3/4, p(a,c) = 1/4; m(b,c) = 1/3 (b's largest: a, 3); m(c,b) = 1.
      // ES(a) = (1 − 1/4·1/3) + (1 − 3/4·1) = 11/12 + 1/4 = 7/6.
      const es = effectiveSize(multigraph());
      expect(es.a).toBeCloseTo(7 / 6, 14);
      expect(es.b).toBeCloseTo(7 / 6, 14);
      expect(es.c).toBeCloseTo(1, 14);
    });
  });

  describe("model: 'ego'", () => {
    it("ignores an alter's strongest tie when it lies outside the ego network", () => {
      // i–j 1, i–q 1, j–q 1, j–x 10 (x is not a contact of i). p(i,j) = p(i,q) = 1/2.
      // whole: m(j,q) = 1/10 (j's largest tie is to x), m(q,j) = 1: ES = (1 − 1/2·1/10) + (1 − 1/2·1) = 1.45.
      // ego:   inside {i, j, q}, j's largest tie is 1: m(j,q) = 1: ES = 1/2 + 1/2 = 1.
      const g = new UndirectedGraph();
      g.mergeEdge('i', 'j', { weight: 1 });
      g.mergeEdge('i', 'q', { weight: 1 });
      g.mergeEdge('j', 'q', { weight: 1 });
      g.mergeEdge('j', 'x', { weight: 10 });
      expect(effectiveSize(g).i).toBeCloseTo(1.45, 14);
      expect(effectiveSize(g, { model: 'ego' }).i).toBeCloseTo(1, 14);
    });
  });
});
