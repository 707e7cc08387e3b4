/**
 * percolationCurve (METRICS.md §3.4): hand-computed curves, the tie-break convention, the
 * METRICS.md invariants, the union–find sweep against the naive oracle (components recomputed per
 * step), and the standard cases of STYLE.md §9.
 */
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/core/build-index.js';
import { createRng } from '../../src/core/random.js';
import { GraphTypeNotSupportedError, InvalidGraphError, InvalidWeightError } from '../../src/errors.js';
import { PERCOLATION_CURVE_DEFAULTS, PERCOLATION_ORDERS, percolationCurve, type PercolationOrder } from '../../src/ties/percolation-curve.js';
import { arbGraph, Graph, toGraphology } from '../arbitraries.js';
import { fixtureGraph } from '../fixtures/graphs.js';
import { componentSizes, naivePercolation } from '../oracles/percolation.naive.js';

/** Two strong triangles a-b-c and d-e-f joined by the weak tie c–d. */
function barbell(): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const [u, v, w] of [
    ['a', 'b', 5],
    ['b', 'c', 5],
    ['a', 'c', 5],
    ['c', 'd', 1],
    ['d', 'e', 5],
    ['e', 'f', 5],
    ['d', 'f', 5],
  ] as const) {
    g.mergeEdge(u, v, { weight: w });
  }
  return g;
}

const shape = (points: { giantComponentFraction: number; susceptibility: number }[]) =>
  points.map((p) => [p.giantComponentFraction, p.susceptibility]);

describe('percolationCurve', () => {
  describe('hand-computed', () => {
    it("weakFirst removes the bridge c–d first: R_GC drops from 1 to 3/6 after one tie", () => {
      // Step 1 (1 of 7 ties removed): components {a,b,c}, {d,e,f}: s_max = 3, both of the largest
      // size, so S = 0 (Σ over s < s_max is empty).
      const curve = percolationCurve(barbell(), { order: 'weakFirst', steps: 7 });
      expect(curve).toHaveLength(8);
      expect(curve[0]).toEqual({ removedFraction: 0, removedTies: 0, giantComponentFraction: 1, susceptibility: 0 });
      expect(curve[1]).toEqual({ removedFraction: 1 / 7, removedTies: 1, giantComponentFraction: 0.5, susceptibility: 0 });
      expect(curve[7]).toEqual({ removedFraction: 1, removedTies: 7, giantComponentFraction: 1 / 6, susceptibility: 0 });
    });

    it('strongFirst keeps one piece while the triangles erode; the bridge goes last', () => {
      // The six strong ties go first (seeded order among them). After 6 removals only c–d is left:
      // components {c, d} and four singletons → R_GC = 2/6, S = 4·1² / 6.
      const curve = percolationCurve(barbell(), { order: 'strongFirst', steps: 7 });
      expect(curve[6]).toMatchObject({ removedTies: 6, giantComponentFraction: 2 / 6, susceptibility: 4 / 6 });
      expect(curve[1]!.giantComponentFraction).toBe(1);
    });

    it('overlapAsc removes the bridge (O = 0) before any triangle tie (O = 1/3 … 1/2)', () => {
      // O(c, d) = 0 / (2 + 2 − 0) = 0;  O(a, b) = 1 / (1 + 1 − 1) = 1;  O(a, c) = 1 / (1 + 2 − 1) = 0.5.
      expect(percolationCurve(barbell(), { order: 'overlapAsc', steps: 7 })[1]!.giantComponentFraction).toBe(0.5);
      expect(percolationCurve(barbell(), { order: 'overlapDesc', steps: 7 })[1]!.giantComponentFraction).toBe(1);
    });

    it('removes ⌊i·m/steps⌋ ties at step i: m = 7, steps = 3 → 0, 2, 4, 7', () => {
      expect(percolationCurve(barbell(), { steps: 3 }).map((p) => p.removedTies)).toEqual([0, 2, 4, 7]);
    });

    it('susceptibility excludes every component of the largest size and counts the rest: S = Σ_{s<s_max} n_s s² / n', () => {
      // Path a–b–c–d–e with strengths 4, 1, 3, 2: weakFirst removes b–c then d–e.
      // After 1: {a,b}, {c,d,e} → s_max = 3, S = 2² / 5 = 0.8. After 2: {a,b}, {c,d}, {e} → s_max = 2
      // (two of them, both excluded), S = 1² / 5 = 0.2. After 3 (c–d too): {a,b} and three
      // singletons → S = 3 · 1² / 5 = 0.6. After 4: all singletons → S = 0.
      const g = new UndirectedGraph();
      g.mergeEdge('a', 'b', { weight: 4 });
      g.mergeEdge('b', 'c', { weight: 1 });
      g.mergeEdge('c', 'd', { weight: 3 });
      g.mergeEdge('d', 'e', { weight: 2 });
      expect(shape(percolationCurve(g, { steps: 4 }))).toEqual([
        [1, 0],
        [3 / 5, 0.8],
        [2 / 5, 0.2],
        [2 / 5, 0.6],
        [1 / 5, 0],
      ]);
    });
  });

  describe('order and ties between equal keys', () => {
    it('the same seed gives the same curve; the default is seed 42 on every call', () => {
      const karate = fixtureGraph('karate');
      expect(percolationCurve(karate, { order: 'random', seed: 7 })).toEqual(percolationCurve(karate, { order: 'random', seed: 7 }));
      expect(percolationCurve(karate, { order: 'random' })).toEqual(percolationCurve(karate, { order: 'random', seed: 42 }));
      expect(percolationCurve(karate, { order: 'random' })).toEqual(percolationCurve(karate, { order: 'random', rng: createRng(42) }));
    });

    it('equal strengths are ordered by the seeded shuffle, so different seeds can give different curves', () => {
      // An unweighted karate club: every strength ties, weakFirst is a pure seeded order.
      const curves = new Set([1, 2, 3, 4, 5].map((seed) => JSON.stringify(percolationCurve(fixtureGraph('karate'), { getEdgeStrength: null, seed }))));
      expect(curves.size).toBeGreaterThan(1);
    });

    it('distinct keys make the order (and the curve) independent of the seed', () => {
      const g = new UndirectedGraph();
      [1, 2, 3, 4, 5, 6].forEach((w, i) => g.mergeEdge(`n${i}`, `n${(i + 1) % 6}`, { weight: w * 1.5 }));
      g.mergeEdge('n0', 'n3', { weight: 0.5 });
      const a = percolationCurve(g, { order: 'strongFirst', steps: 7, seed: 1 });
      expect(percolationCurve(g, { order: 'strongFirst', steps: 7, seed: 99 })).toEqual(a);
    });

    it('exports its orders and frozen defaults', () => {
      expect(PERCOLATION_ORDERS).toEqual(['weakFirst', 'strongFirst', 'overlapAsc', 'overlapDesc', 'random']);
      expect(PERCOLATION_CURVE_DEFAULTS).toMatchObject({ order: 'weakFirst', steps: 20, projection: 'any' });
      expect(Object.isFrozen(PERCOLATION_CURVE_DEFAULTS)).toBe(true);
    });
  });

  describe('directed graphs', () => {
    it("projects: 'any' keeps the one-way arc, 'mutual' drops it", () => {
      const g = new DirectedGraph();
      g.mergeEdge('a', 'b', { weight: 1 });
      g.mergeEdge('b', 'a', { weight: 1 });
      g.mergeEdge('b', 'c', { weight: 1 });
      expect(percolationCurve(g, { steps: 1 })[0]!.giantComponentFraction).toBe(1);
      expect(percolationCurve(g, { steps: 1, projection: 'mutual' })[0]!.giantComponentFraction).toBe(2 / 3);
    });
  });

  describe('standard cases (STYLE.md §9)', () => {
    it('throws InvalidGraphError on a non-graph and GraphTypeNotSupportedError on a mixed graph', () => {
      expect(() => percolationCurve('graph' as unknown as AbstractGraph)).toThrow(InvalidGraphError);
      const g = new Graph();
      g.mergeDirectedEdge('a', 'b');
      g.mergeUndirectedEdge('b', 'c');
      expect(() => percolationCurve(g)).toThrow(GraphTypeNotSupportedError);
    });

    it('an empty graph gives []; a graph of isolates gives R_GC = 1/n and S = 0 everywhere', () => {
      expect(percolationCurve(new UndirectedGraph())).toEqual([]);
      const g = new UndirectedGraph();
      for (const v of ['a', 'b', 'c', 'd']) g.addNode(v);
      const curve = percolationCurve(g, { steps: 4 });
      expect(curve).toHaveLength(5);
      for (const p of curve) expect([p.removedTies, p.giantComponentFraction, p.susceptibility]).toEqual([0, 0.25, 0]);
    });

    it('ignores self-loops; isolates count in n', () => {
      const g = new UndirectedGraph({ allowSelfLoops: true });
      g.mergeEdge('a', 'b');
      g.mergeEdge('b', 'b', { weight: 9 });
      g.addNode('z');
      const curve = percolationCurve(g, { steps: 1 });
      expect(shape(curve)).toEqual([
        [2 / 3, 1 / 3],
        [1 / 3, 0],
      ]);
    });

    it('a CsrIndex gives the same curve as the graph', () => {
      const florentine = fixtureGraph('florentine');
      for (const order of PERCOLATION_ORDERS) {
        expect(percolationCurve(buildIndex(florentine), { order, seed: 3 })).toEqual(percolationCurve(florentine, { order, seed: 3 }));
      }
    });

    it('throws InvalidOptionError on bad options and InvalidWeightError on bad strengths', () => {
      const org = fixtureGraph('org');
      const cases: [unknown, string][] = [
        [{ order: 'weakest' }, 'order'],
        [{ steps: 0 }, 'steps'],
        [{ steps: 2.5 }, 'steps'],
        [{ seed: 1.5 }, 'seed'],
        [{ seed: 1, rng: Math.random }, 'seed'],
        [{ rng: 42 }, 'rng'],
        [{ projection: 'none' }, 'projection'],
        [{ step: 10 }, 'step'],
      ];
      for (const [options, option] of cases) {
        expect(() => percolationCurve(org, options as never), JSON.stringify(options)).toThrow(expect.objectContaining({ name: 'InvalidOptionError', option }));
      }
      expect(() => percolationCurve(buildIndex(org), { getEdgeStrength: 'weight' })).toThrow(expect.objectContaining({ option: 'getEdgeStrength' }));
      expect(() => percolationCurve(org, { getEdgeStrength: 'emails' })).toThrow(
        expect.objectContaining({ name: 'InvalidOptionError', code: 'E_INVALID_OPTION', option: 'getEdgeStrength' }),
      );
      // rng output outside [0, 1) is refused when drawn (org has 7 ties: 6 draws).
      for (const rng of [() => -1, () => 1, () => Number.NaN, () => '0.5' as unknown as number]) {
        expect(() => percolationCurve(org, { rng })).toThrow(expect.objectContaining({ name: 'InvalidOptionError', code: 'E_INVALID_OPTION', option: 'rng' }));
      }
      expect(percolationCurve(org, { rng: () => 0 })).toHaveLength(21);
      const bad = new UndirectedGraph();
      bad.mergeEdge('a', 'b', { weight: Number.NaN });
      expect(() => percolationCurve(bad)).toThrow(InvalidWeightError);
    });
  });

  describe('properties', () => {
    const arbOrder = fc.constantFrom(...PERCOLATION_ORDERS);

    test.prop([arbGraph({ maxNodes: 12, multi: true }), arbOrder, fc.integer({ min: 1, max: 25 }), fc.integer(), fc.boolean()], { numRuns: 100 })(
      'the one-pass union–find sweep equals the naive oracle (components recomputed per step)',
      (desc, order: PercolationOrder, steps, seed, mutual) => {
        const projection = mutual ? 'mutual' : 'any';
        const got = percolationCurve(toGraphology(desc), { order, steps, seed, projection });
        const expected = naivePercolation(desc, { order, steps, seed, projection });
        expect(got).toHaveLength(expected.length);
        got.forEach((p, i) => {
          const e = expected[i]!;
          expect(p.removedTies).toBe(e.removedTies);
          expect(p.removedFraction).toBe(e.removedFraction);
          expect(p.giantComponentFraction).toBeCloseTo(e.giantComponentFraction, 12);
          expect(p.susceptibility).toBeCloseTo(e.susceptibility, 12);
        });
      },
    );

    test.prop([arbGraph({ minNodes: 1, maxNodes: 12 }), arbOrder, fc.integer({ min: 1, max: 25 })], { numRuns: 100 })(
      'R_GC(0) = largest component / n, R_GC(1) = 1/n, and R_GC never increases',
      (desc, order: PercolationOrder, steps) => {
        const curve = percolationCurve(toGraphology(desc), { order, steps });
        const n = desc.nodes.length;
        const largest = Math.max(...componentSizes(desc.nodes, desc.edges.map(([s, t]) => [s, t] as const)));
        expect(curve[0]!.giantComponentFraction).toBeCloseTo(largest / n, 12);
        expect(curve[steps]!.giantComponentFraction).toBeCloseTo(1 / n, 12);
        for (let i = 1; i <= steps; i++) expect(curve[i]!.giantComponentFraction).toBeLessThanOrEqual(curve[i - 1]!.giantComponentFraction);
        for (const p of curve) expect(p.susceptibility).toBeGreaterThanOrEqual(0);
      },
    );
  });
});
