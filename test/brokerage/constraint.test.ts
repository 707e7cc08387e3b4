/**
 * Unit tests of constraint (STYLE.md §9, layer 1): the standard cases, and hand-computed values
 * on the METRICS.md fixtures with the arithmetic in comments. Golden parity with NetworkX and
 * igraph is in burt.golden.test.ts; properties in burt.prop.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { assignConstraint, constraint, CONSTRAINT_DEFAULTS, constraintIndexed } from '../../src/brokerage/constraint.js';
import { borgatti, kite, multigraph, org, standardCases, triad, weightedTriangle } from './burt-cases.js';

/** Asserts each listed node to an absolute tolerance (METRICS.md values are rounded to 4 decimals: 5e-5). */
function expectValues(actual: Record<string, number>, expected: Record<string, number>, tolerance = 5e-5): void {
  for (const [node, value] of Object.entries(expected)) {
    if (Number.isNaN(value)) expect(actual[node], node).toBeNaN();
    else expect(Math.abs(actual[node]! - value), `${node}: ${actual[node]} vs ${value}`).toBeLessThanOrEqual(tolerance);
  }
}

describe('constraint', () => {
  standardCases({
    name: 'constraint',
    compute: constraint as never,
    indexed: constraintIndexed as never,
    assign: assignConstraint as never,
    defaults: CONSTRAINT_DEFAULTS,
    attribute: 'constraint',
    pendant: 1,
    burt: true,
    isolate: Number.NaN,
  });

  describe('weighted undirected (METRICS.md F2 org)', () => {
    it('returns 0.7604 for a1 in org', () => {
      // p(a1,a2) = 3/5 = 0.6, p(a1,a3) = 2/5 = 0.4; p(a2,a3) = 1/5 (a2: a1 3, a3 1, b2 1), p(a3,a2) = 1/4 (a3: a1 2, a2 1, b1 1).
      // c(a1,a2) = (0.6 + 0.4·0.25)² = 0.49;  c(a1,a3) = (0.4 + 0.6·0.2)² = 0.2704;  C = 0.7604.
      expect(constraint(org()).a1).toBeCloseTo(0.7604, 12);
    });

    it('matches the METRICS.md table, with NaN for the isolate z', () => {
      expectValues(constraint(org()), { a1: 0.7604, a2: 0.7236, a3: 0.7875, b1: 0.68, b2: 0.5, c1: 1.0, z: NaN });
    });
  });

  describe('unweighted undirected', () => {
    it('constraint(graph, { getEdgeStrength: null }) ignores strengths: org a1 = 8/9', () => {
      // a1's contacts a2 and a3 are tied: p = 1/2 each; p(a2,a3) = p(a3,a2) = 1/3.
      // c = (1/2 + 1/2·1/3)² = 4/9 for each contact; C = 8/9 = 0.8889.
      expect(constraint(org(), { getEdgeStrength: null }).a1).toBeCloseTo(8 / 9, 12);
      expectValues(constraint(org(), { getEdgeStrength: null }), {
        a1: 0.8889, a2: 0.5586, a3: 0.5586, b1: 0.5, b2: 0.3333, c1: 1.0, z: NaN,
      });
    });

    it('matches the METRICS.md Krackhardt kite table (F1)', () => {
      const expected = [0.5412, 0.5412, 0.6641, 0.4702, 0.6641, 0.4451, 0.4451, 0.4311, 0.5, 1.0];
      expectValues(constraint(kite()), Object.fromEntries(expected.map((v, i) => [String(i), v])));
    });

    it('gives 1/k for a star centre whose k contacts are not tied to each other', () => {
      // c = (1/k)² for each of k contacts: C = 1/k.
      const g = new UndirectedGraph();
      for (const leaf of ['a', 'b', 'c', 'd']) g.mergeEdge('hub', leaf);
      expect(constraint(g).hub).toBeCloseTo(0.25, 15);
    });
  });

  describe('Borgatti 1997 (METRICS.md F3, NetworkX test-suite values at 1e-3)', () => {
    it('matches G, A and C, weighted and unweighted', () => {
      expectValues(constraint(borgatti()), { G: 0.299, A: 0.795, C: 1 }, 1e-3);
      expectValues(constraint(borgatti(), { getEdgeStrength: null }), { G: 0.4, A: 0.595, C: 1 }, 1e-3);
    });
  });

  describe('directed (METRICS.md F4 triad: 0→1, 0→2, 1→0, 2→1)', () => {
    it('symmetrises as a_ij + a_ji: 1.003, 1.003, 1.389', () => {
      // Mutual strengths: 0–1 = 2 (both arcs), 0–2 = 1, 1–2 = 1.
      // Node 2: p(2,0) = p(2,1) = 1/2; p(0,1) = 2/3, p(1,0) = 2/3.
      // c(2,0) = (1/2 + 1/2·2/3)² = (5/6)², c(2,1) = (5/6)²; C_2 = 50/36 = 1.3889.
      // Node 0: p(0,1) = 2/3, p(0,2) = 1/3, p(2,1) = 1/2, p(1,2) = 1/3.
      // c(0,1) = (2/3 + 1/3·1/2)² = 25/36; c(0,2) = (1/3 + 2/3·1/3)² = 25/81; C_0 = 1.0031.
      const c = constraint(triad());
      expect(c['2']).toBeCloseTo(50 / 36, 12);
      expect(c['0']).toBeCloseTo(25 / 36 + 25 / 81, 12);
      expectValues(c, { '0': 1.003, '1': 1.003, '2': 1.389 }, 1e-3);
    });
  });

  describe('edge cases', () => {
    it('can exceed 1 (METRICS.md F5: a–b 1, b–c 1, a–c 10 gives C_b = 1.8223)', () => {
      // p(b,a) = p(b,c) = 1/2; p(a,c) = p(c,a) = 10/11.
      // c(b,a) = c(b,c) = (1/2 + 1/2·10/11)² = (21/22)²; C_b = 2·(21/22)² = 1.8223.
      expect(constraint(weightedTriangle()).b).toBeCloseTo(2 * (21 / 22) ** 2, 12);
    });

    it('merges parallel edges by summing their strengths (METRICS.md multigraph example)', () => {
      // a–b merged to 3: p(a,b) = 3/4, p(a,c) = 1/4; p(b,c) = 1/4, p(c,b) = 1/2.
      // c(a,b) = (3/4 + 1/4·1/2)² = (7/8)²; c(a,c) = (1/4 + 3/4·1/4)² = (7/16)²; C_a = 0.9570.
      expect(constraint(multigraph()).a).toBeCloseTo((7 / 8) ** 2 + (7 / 16) ** 2, 12);
    });
  });

  describe("model: 'ego' (UCINET's ego-network model, our reading)", () => {
    it('normalises alters over E_i = {i} ∪ N(i) only: org a3 goes from 0.7875 to 0.8377', () => {
      // a3: p(a3,a1) = 1/2, p(a3,a2) = 1/4, p(a3,b1) = 1/4. E = {a3, a1, a2, b1}.
      // Inside E, a2's ties are a1 3 and a3 1 (b2 is outside): p(a2,a1) = 3/4 (whole: 3/5).
      // c(a3,a1) = (1/2 + 1/4·3/4)² = 0.47265625; c(a3,a2) = (1/4 + 1/2·3/5)² = 0.3025;
      // c(a3,b1) = (1/4)² = 0.0625 (b1 has no tie to a1 or a2); C = 0.83765625.
      expect(constraint(org(), { model: 'ego' }).a3).toBeCloseTo(0.83765625, 14);
      expect(constraint(org(), { model: 'whole' }).a3).toBeCloseTo(0.7875, 14);
    });
  });
});
