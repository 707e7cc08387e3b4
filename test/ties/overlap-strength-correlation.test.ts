/**
 * overlapStrengthCorrelation (METRICS.md §3.2 and §3.4): Spearman's ρ by hand on F2 "org", the
 * decile rule, isolated dyads, directed projections, the standard cases of STYLE.md §9 and
 * invariance properties.
 */
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/core/build-index.js';
import { GraphTypeNotSupportedError, InvalidGraphError, InvalidWeightError } from '../../src/errors.js';
import { OVERLAP_STRENGTH_CORRELATION_DEFAULTS, overlapStrengthCorrelation } from '../../src/ties/overlap-strength-correlation.js';
import { arbGraph, Graph, relabelDesc, toGraphology } from '../arbitraries.js';
import { fixtureGraph } from '../fixtures/graphs.js';

describe('overlapStrengthCorrelation', () => {
  it('gives ρ = 8.25 / √(23 · 22.5) = 0.3627 on F2 "org"', () => {
    // Ties: a1–a2 (3, O ½), a1–a3 (2, ½), a2–a3 (1, ⅓), a2–b2 (1, 0), a3–b1 (1, 0), b1–b2 (4, 0), b2–c1 (1, 0).
    // Strength mid-ranks: the four 1s share 2.5; 2 → 5; 3 → 6; 4 → 7.
    // Overlap mid-ranks: the four 0s share 2.5; ⅓ → 5; the two ½ share 6.5.
    // Deviations from the mean rank 4: dx = (2, 1, −1.5, −1.5, −1.5, 3, −1.5), dy = (2.5, 2.5, 1, −1.5, −1.5, −1.5, −1.5).
    // Σ dx·dy = 5 + 2.5 − 1.5 + 2.25 + 2.25 − 4.5 + 2.25 = 8.25;  Σ dx² = 23;  Σ dy² = 22.5.
    const result = overlapStrengthCorrelation(fixtureGraph('org'));
    expect(result.rho).toBeCloseTo(8.25 / Math.sqrt(23 * 22.5), 14);
    expect([result.ties, result.excluded]).toEqual([7, 0]);
  });

  it('bins ties by the mid-rank of their strength: decile = ⌊10 (r − ½) / N⌋ + 1', () => {
    // org, N = 7: r = 2.5 → ⌊20/7⌋ + 1 = 3;  r = 5 → ⌊45/7⌋ + 1 = 7;  r = 6 → 8;  r = 7 → ⌊65/7⌋ + 1 = 10.
    const { deciles } = overlapStrengthCorrelation(fixtureGraph('org'));
    expect(deciles.map((d) => d.ties)).toEqual([0, 0, 4, 0, 0, 0, 1, 1, 0, 1]);
    expect(deciles[2]).toEqual({ decile: 3, ties: 4, minStrength: 1, maxStrength: 1, meanStrength: 1, meanOverlap: 1 / 12 });
    expect(deciles[9]).toEqual({ decile: 10, ties: 1, minStrength: 4, maxStrength: 4, meanStrength: 4, meanOverlap: 0 });
    expect(deciles[0]).toEqual({ decile: 1, ties: 0, minStrength: Number.NaN, maxStrength: Number.NaN, meanStrength: Number.NaN, meanOverlap: Number.NaN });
  });

  it('puts one tie in each decile when there are 10 ties of distinct strengths', () => {
    const g = new UndirectedGraph();
    for (let i = 0; i < 10; i++) g.mergeEdge(`u${i}`, `v${i}`, { weight: 10 - i });
    g.mergeEdge('u0', 'w', { weight: 0.5 }); // no isolated dyads: u0 has two contacts …
    for (let i = 1; i < 10; i++) g.mergeEdge(`u${i}`, 'w', { weight: 20 + i }); // … and so has every u_i
    const { deciles, ties } = overlapStrengthCorrelation(g);
    expect(ties).toBe(20);
    expect(deciles.map((d) => d.ties)).toEqual(Array(10).fill(2));
  });

  it('leaves out isolated dyads (overlap 0/0) and counts them in excluded', () => {
    const messy = fixtureGraph('messy'); // x–y is a two-person component
    const result = overlapStrengthCorrelation(messy);
    expect(result.excluded).toBe(1);
    expect(result.ties).toBe(8);
  });

  it('gives ρ = NaN when every strength is equal (all ties in one decile)', () => {
    const result = overlapStrengthCorrelation(fixtureGraph('florentine'));
    expect(result.rho).toBeNaN();
    // r = (N + 1)/2 for every tie: decile ⌊10 · (N/2) / N⌋ + 1 = 6.
    expect(result.deciles.map((d) => d.ties)).toEqual([0, 0, 0, 0, 0, result.ties, 0, 0, 0, 0]);
  });

  it("directed graphs use the undirected projection: 'any' sums both arcs, 'mutual' keeps reciprocated ties", () => {
    const g = new DirectedGraph();
    g.mergeEdge('a', 'b', { weight: 1 });
    g.mergeEdge('b', 'a', { weight: 4 }); // a–b: 5
    g.mergeEdge('b', 'c', { weight: 2 });
    g.mergeEdge('c', 'a', { weight: 3 });
    g.mergeEdge('c', 'd', { weight: 1 });
    const any = overlapStrengthCorrelation(g);
    // Four ties, ranks 1…4: deciles ⌊10 (r − ½) / 4⌋ + 1 = 2, 4, 7, 9 (a–b, the strongest, in decile 9).
    expect(any.ties).toBe(4);
    expect(any.deciles.map((d) => d.maxStrength)).toEqual([NaN, 1, NaN, 2, NaN, NaN, 3, NaN, 5, NaN]);
    expect(overlapStrengthCorrelation(g, { projection: 'mutual' })).toMatchObject({ ties: 0, excluded: 1 });
  });

  describe('standard cases (STYLE.md §9)', () => {
    it('throws InvalidGraphError on a non-graph and GraphTypeNotSupportedError on a mixed graph', () => {
      expect(() => overlapStrengthCorrelation(undefined as unknown as AbstractGraph)).toThrow(InvalidGraphError);
      const g = new Graph();
      g.mergeDirectedEdge('a', 'b');
      g.mergeUndirectedEdge('b', 'c');
      expect(() => overlapStrengthCorrelation(g)).toThrow(GraphTypeNotSupportedError);
    });

    it('an empty graph gives ρ = NaN, no ties and ten empty deciles', () => {
      const result = overlapStrengthCorrelation(new UndirectedGraph());
      expect(result.rho).toBeNaN();
      expect([result.ties, result.excluded, result.deciles.length]).toEqual([0, 0, 10]);
      expect(result.deciles.every((d) => d.ties === 0 && Number.isNaN(d.meanOverlap))).toBe(true);
    });

    it('ignores self-loops', () => {
      const org = fixtureGraph('org');
      const before = overlapStrengthCorrelation(org);
      org.addEdge('a1', 'a1', { weight: 100 });
      expect(overlapStrengthCorrelation(org)).toEqual(before);
    });

    it('a CsrIndex gives the same result as the graph', () => {
      const karate = fixtureGraph('karate');
      expect(overlapStrengthCorrelation(buildIndex(karate))).toEqual(overlapStrengthCorrelation(karate));
    });

    it('throws InvalidOptionError on bad options and InvalidWeightError on bad strengths', () => {
      const org = fixtureGraph('org');
      expect(() => overlapStrengthCorrelation(org, { projection: 'x' as never })).toThrow(expect.objectContaining({ option: 'projection' }));
      expect(() => overlapStrengthCorrelation(org, { weight: 'w' } as never)).toThrow(expect.objectContaining({ option: 'weight' }));
      expect(() => overlapStrengthCorrelation(buildIndex(org), { getEdgeStrength: 'weight' })).toThrow(expect.objectContaining({ option: 'getEdgeStrength' }));
      // getEdgeStrength: null works on an index (every tie strength 1), as on the graph.
      expect(overlapStrengthCorrelation(buildIndex(org), { getEdgeStrength: null })).toEqual(overlapStrengthCorrelation(org, { getEdgeStrength: null }));
      // A misspelt strength attribute (no edge carries it) fails instead of reading every tie as 1.
      expect(() => overlapStrengthCorrelation(org, { getEdgeStrength: 'emails' })).toThrow(
        expect.objectContaining({ name: 'InvalidOptionError', code: 'E_INVALID_OPTION', option: 'getEdgeStrength' }),
      );
      expect(() => overlapStrengthCorrelation(org, { getEdgeStrength: () => -1 })).toThrow(InvalidWeightError);
      expect(Object.isFrozen(OVERLAP_STRENGTH_CORRELATION_DEFAULTS)).toBe(true);
    });
  });

  describe('properties', () => {
    // Undirected and simple: a projected or merged strength is a sum, and a transform of the parts is not one of the sum.
    test.prop([arbGraph({ directed: false, maxNodes: 12 })], { numRuns: 100 })(
      'ρ and the deciles\' ties and mean overlaps are unchanged by a monotone transform of strengths (s ↦ s²)',
      (desc) => {
        const graph = toGraphology(desc);
        const plain = overlapStrengthCorrelation(graph);
        const transformed = overlapStrengthCorrelation(graph, { getEdgeStrength: (_e, a) => ((a.weight as number | undefined) ?? 1) ** 2 });
        if (Number.isNaN(plain.rho)) expect(transformed.rho).toBeNaN();
        else expect(transformed.rho).toBeCloseTo(plain.rho, 12);
        expect(transformed.deciles.map((d) => d.ties)).toEqual(plain.deciles.map((d) => d.ties));
        expect(transformed.deciles.map((d) => d.meanOverlap)).toEqual(plain.deciles.map((d) => d.meanOverlap));
      },
    );

    test.prop([arbGraph({ maxNodes: 12 })], { numRuns: 100 })('relabelling the nodes changes nothing; ρ ∈ [−1, 1]', (desc) => {
      const plain = overlapStrengthCorrelation(toGraphology(desc));
      const renamed = overlapStrengthCorrelation(toGraphology(relabelDesc(desc, (k) => `node:${k}`)));
      expect(renamed.rho).toBe(plain.rho);
      expect(renamed.deciles).toEqual(plain.deciles);
      if (!Number.isNaN(plain.rho)) {
        expect(plain.rho).toBeGreaterThanOrEqual(-1);
        expect(plain.rho).toBeLessThanOrEqual(1);
      }
      expect(plain.deciles.reduce((s, d) => s + d.ties, 0)).toBe(plain.ties);
    });
  });
});
