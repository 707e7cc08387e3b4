/**
 * classifyTies (METRICS.md §3.3, second half): hand-computed thresholds for every method on F2
 * "org", the Granovetter–Freeman objective (the trivial threshold never wins), directed
 * projections, what assignClassifyTies writes on the edges, the standard cases of STYLE.md §9, and properties
 * against naive oracles.
 */
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { DirectedGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { buildIndex } from '../../src/core/build-index.js';
import { GraphTypeNotSupportedError, InvalidGraphError, InvalidOptionError, InvalidWeightError } from '../../src/errors.js';
import {
  assignClassifyTies,
  CLASSIFY_TIES_DEFAULTS,
  classifyTies,
  type ClassifyTiesResult,
} from '../../src/ties/classify-ties.js';
import { strongTriadicClosureViolations } from '../../src/ties/strong-triadic-closure.js';
import { arbGraph, Graph, toGraphology } from '../arbitraries.js';
import { fixtureGraph } from '../fixtures/graphs.js';
import { naiveTies } from '../oracles/groups.naive.js';
import { naiveGranovetterFreeman, naiveJenks } from '../oracles/strong-triadic-closure.naive.js';

/** The class written on each edge, keyed "source|target". */
function written(graph: AbstractGraph, attribute = 'tie'): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  graph.forEachEdge((_e, attributes, s, t) => {
    out[`${s}|${t}`] = attributes[attribute];
  });
  return out;
}

function star(leaves: number, weight = 1): UndirectedGraph {
  const g = new UndirectedGraph();
  for (let i = 0; i < leaves; i++) g.mergeEdge('hub', `l${i}`, { weight });
  return g;
}

describe('classifyTies', () => {
  // F2 "org" strengths, sorted: 1 (a2–a3, a3–b1, b2–c1, a2–b2), 2 (a1–a3), 3 (a1–a2), 4 (b1–b2).
  describe('hand-computed on F2 "org"', () => {
    it("'threshold' uses the given ℓ; ties at ℓ are strong", () => {
      const org = fixtureGraph('org');
      expect(classifyTies(org, { method: 'threshold', threshold: 3 })).toMatchObject({
        method: 'threshold',
        threshold: 3,
        counts: { strong: 2, weak: 5 },
        violations: null,
      });
      expect(org.someEdge((_e, a) => a.tie !== undefined)).toBe(false); // classifyTies writes nothing
      assignClassifyTies(org, { method: 'threshold', threshold: 3 });
      expect(org.getEdgeAttribute(org.edges('a1', 'a2')[0]!, 'tie')).toBe('strong');
      expect(org.getEdgeAttribute(org.edges('a1', 'a3')[0]!, 'tie')).toBe('weak');
    });

    it("'quantile' takes the type-7 quantile: p = 0.75 gives h = 6·0.75 = 4.5, ℓ = 2 + 0.5·(3 − 2) = 2.5", () => {
      const result = classifyTies(fixtureGraph('org'), { method: 'quantile', quantile: 0.75 });
      expect(result.threshold).toBe(2.5);
      expect(result.counts).toEqual({ strong: 2, weak: 5 });
    });

    it("'quantile' at the default p = 0.5 gives ℓ = x[3] = 1: every tie is strong (ties at ℓ are strong)", () => {
      expect(classifyTies(fixtureGraph('org'), { method: 'quantile' })).toMatchObject({ threshold: 1, counts: { strong: 7, weak: 0 } });
    });

    it("'jenks' minimises the within-class sum of squares: split 1,1,1,1,2 | 3,4", () => {
      // Splits between distinct values of 1,1,1,1,2,3,4:
      //   {1,1,1,1} | {2,3,4}:  0 + (1 + 0 + 1)                          = 2
      //   {1,1,1,1,2} | {3,4}:  4·0.2² + 0.8² = 0.8;  + 2·0.5² = 0.5      = 1.3   ← least
      //   {1,1,1,1,2,3} | {4}:  4·0.5² + 0.5² + 1.5² = 3.5;  + 0           = 3.5
      expect(classifyTies(fixtureGraph('org'), { method: 'jenks' })).toMatchObject({ threshold: 3, counts: { strong: 2, weak: 5 } });
    });

    it("'granovetterFreeman' takes the lowest ℓ without forbidden triads: ℓ = 2", () => {
      // ℓ = 4: {b1–b2}; ℓ = 3: + a1–a2 (no shared end); ℓ = 2: + a1–a3, and a2–a1–a3 is closed by a2–a3: V = 0.
      // ℓ = 1: every tie strong; open wedges: a2 (a1·b2, a3·b2), a3 (a1·b1, a2·b1), b1 (a3·b2), b2 (b1·c1, b1·a2, c1·a2): V = 8.
      const org = fixtureGraph('org');
      expect(classifyTies(org, { method: 'granovetterFreeman' })).toMatchObject({
        method: 'granovetterFreeman',
        threshold: 2,
        counts: { strong: 3, weak: 4 },
        violations: 0,
      });
      expect(classifyTies(org, { method: 'granovetterFreeman', maxViolations: 7 }).threshold).toBe(2);
      expect(classifyTies(org, { method: 'granovetterFreeman', maxViolations: 8 })).toMatchObject({ threshold: 1, violations: 8 });
    });

    it('defaults to Jenks and the attribute "tie"', () => {
      expect(CLASSIFY_TIES_DEFAULTS).toMatchObject({ method: 'jenks', attribute: 'tie', quantile: 0.5, maxViolations: 0 });
      expect(Object.isFrozen(CLASSIFY_TIES_DEFAULTS)).toBe(true);
      const org = fixtureGraph('org');
      expect(classifyTies(org).threshold).toBe(3);
    });
  });

  describe('the Granovetter–Freeman objective: the trivial threshold never wins', () => {
    it('a star of equal ties: every pair of leaves is a forbidden triad, still the strongest ties are strong', () => {
      // ℓ above the strongest tie would give 0 violations; it is not a candidate. V(1) = C(5, 2) = 10.
      expect(classifyTies(star(5), { method: 'granovetterFreeman' })).toMatchObject({
        method: 'granovetterFreeman',
        threshold: 1,
        counts: { strong: 5, weak: 0 },
        violations: 10,
      });
    });

    it('a path a–b–c with b–c stronger: ℓ = the stronger tie (one strong tie, no violation)', () => {
      const g = new UndirectedGraph();
      g.mergeEdge('a', 'b', { weight: 1 });
      g.mergeEdge('b', 'c', { weight: 2 });
      expect(classifyTies(g, { method: 'granovetterFreeman' })).toMatchObject({ threshold: 2, counts: { strong: 1, weak: 1 }, violations: 0 });
    });

    test.prop([arbGraph({ weighted: true, maxNodes: 9 }), fc.nat(4)], { numRuns: 100 })(
      'for any graph with a tie and any budget, ℓ ≤ s_max and at least one tie is strong',
      (desc, budget) => {
        const graph = toGraphology(desc);
        const ties = naiveTies(desc);
        const result = classifyTies(graph, { method: 'granovetterFreeman', maxViolations: budget });
        if (ties.length === 0) {
          expect(result.threshold).toBeNaN();
          return;
        }
        expect(result.threshold).toBeLessThanOrEqual(Math.max(...ties.map((t) => t.strength)));
        expect(result.counts.strong).toBeGreaterThanOrEqual(1);
      },
    );
  });

  describe('directed graphs and what is written', () => {
    function directed(): DirectedGraph {
      const g = new DirectedGraph();
      g.mergeEdge('a', 'b', { weight: 2 });
      g.mergeEdge('b', 'a', { weight: 1 });
      g.mergeEdge('b', 'c', { weight: 1 });
      return g;
    }

    it("projection 'any' (default) sums both arcs (a–b 3, b–c 1) and labels both arcs of a tie", () => {
      const g = directed();
      expect(classifyTies(g, { method: 'threshold', threshold: 2 }).counts).toEqual({ strong: 1, weak: 1 });
      assignClassifyTies(g, { method: 'threshold', threshold: 2 });
      expect(written(g)).toEqual({ 'a|b': 'strong', 'b|a': 'strong', 'b|c': 'weak' });
    });

    it("projection 'mutual' keeps reciprocated ties only: the one-way arc b→c is no tie and loses its label", () => {
      const g = directed();
      g.setEdgeAttribute('b', 'c', 'tie', 'strong'); // stale label from an earlier call
      expect(classifyTies(g, { method: 'threshold', threshold: 2, projection: 'mutual' }).counts).toEqual({ strong: 1, weak: 0 });
      assignClassifyTies(g, { method: 'threshold', threshold: 2, projection: 'mutual' });
      expect(written(g)).toEqual({ 'a|b': 'strong', 'b|a': 'strong', 'b|c': undefined });
      expect(g.hasEdgeAttribute('b', 'c', 'tie')).toBe(false);
    });

    it('assignClassifyTies(graph, { attribute }) writes another attribute; parallel edges get their merged tie\'s class', () => {
      const g = new MultiUndirectedGraph();
      g.addEdge(g.addNode('a'), g.addNode('b'), { weight: 1 });
      g.addEdge('b', 'a', { weight: 2 }); // merged a–b: 3
      g.addEdge('b', g.addNode('c'), { weight: 2 });
      expect(classifyTies(g, { method: 'threshold', threshold: 3 }).counts).toEqual({ strong: 1, weak: 1 });
      assignClassifyTies(g, { method: 'threshold', threshold: 3, attribute: 'class' });
      expect(g.mapEdges((_e, a) => a.class)).toEqual(['strong', 'strong', 'weak']);
      expect(g.mapEdges((_e, a) => a.tie)).toEqual([undefined, undefined, undefined]);
    });
  });

  describe('standard cases (STYLE.md §9)', () => {
    it('throws InvalidGraphError on a non-graph', () => {
      expect(() => classifyTies({} as AbstractGraph)).toThrow(InvalidGraphError);
      expect(() => classifyTies(null as unknown as AbstractGraph)).toThrow(InvalidGraphError);
      expect(() => assignClassifyTies({} as AbstractGraph)).toThrow(InvalidGraphError);
      expect(() => assignClassifyTies(buildIndex(fixtureGraph('org')) as never)).toThrow(InvalidGraphError);
    });

    it('throws GraphTypeNotSupportedError on a graph mixing directed and undirected edges', () => {
      const g = new Graph();
      g.mergeDirectedEdge('a', 'b');
      g.mergeUndirectedEdge('b', 'c');
      expect(() => classifyTies(g)).toThrow(GraphTypeNotSupportedError);
      expect(() => assignClassifyTies(g)).toThrow(GraphTypeNotSupportedError);
    });

    it('an empty graph (or one without ties) gives ℓ = NaN and zero counts, never throws', () => {
      for (const method of ['quantile', 'jenks', 'granovetterFreeman'] as const) {
        expect(classifyTies(new UndirectedGraph(), { method })).toEqual({ method, threshold: Number.NaN, counts: { strong: 0, weak: 0 }, violations: method === 'granovetterFreeman' ? 0 : null, ties: [] });
      }
      const isolates = new UndirectedGraph();
      isolates.addNode('z');
      expect(classifyTies(isolates, { method: 'threshold', threshold: 2 })).toMatchObject({ threshold: 2, counts: { strong: 0, weak: 0 } });
      expect(classifyTies(buildIndex(isolates)).ties).toEqual([]);
    });

    it('ignores self-loops: they are no tie, get no label and do not count', () => {
      const g = new UndirectedGraph({ allowSelfLoops: true });
      g.mergeEdge('a', 'b', { weight: 2 });
      g.mergeEdge('a', 'a', { weight: 100, tie: 'weak' });
      expect(classifyTies(g, { method: 'jenks' })).toMatchObject({ threshold: 2, counts: { strong: 1, weak: 0 } });
      assignClassifyTies(g, { method: 'jenks' });
      expect(written(g)).toEqual({ 'a|b': 'strong', 'a|a': undefined });
    });

    it('a graph and its CsrIndex give the same result, with the class of every tie in result.ties, as assignClassifyTies writes it', () => {
      const org = fixtureGraph('org');
      const index = buildIndex(org);
      const result = classifyTies(index, { method: 'granovetterFreeman' });
      const { ties } = result;
      expect(classifyTies(org, { method: 'granovetterFreeman' })).toEqual(result);
      expect(ties[0]).toEqual({ source: 'a1', target: 'a2', strength: 3, tie: 'strong' });
      assignClassifyTies(org, { method: 'granovetterFreeman' });
      expect(ties).toContainEqual({ source: 'a1', target: 'a3', strength: 2, tie: 'strong' });
      expect(ties).toContainEqual({ source: 'a2', target: 'b2', strength: 1, tie: 'weak' });
      const labels = written(org);
      for (const t of ties) expect(labels[`${t.source}|${t.target}`] ?? labels[`${t.target}|${t.source}`]).toBe(t.tie);
    });

    it('throws InvalidOptionError on bad options, naming the option', () => {
      const org = fixtureGraph('org');
      const index = buildIndex(org);
      const cases: [unknown, string, AbstractGraph | typeof index][] = [
        [{ method: 'kmeans' }, 'method', org],
        [{ method: 'threshold' }, 'threshold', org],
        [{ method: 'threshold', threshold: Number.NaN }, 'threshold', org],
        [{ method: 'jenks', threshold: 2 }, 'threshold', org],
        [{ method: 'jenks', quantile: 0.5 }, 'quantile', org],
        [{ method: 'quantile', quantile: 1.5 }, 'quantile', org],
        [{ method: 'quantile', maxViolations: 1 }, 'maxViolations', org],
        [{ method: 'granovetterFreeman', maxViolations: -1 }, 'maxViolations', org],
        [{ method: 'granovetterFreeman', maxViolations: 0.5 }, 'maxViolations', org],
        [{ projection: 'both' }, 'projection', org],
        [{ attribute: 'class' }, 'attribute', org],
        [{ attribute: 'class' }, 'attribute', index],
        [{ getEdgeStrength: 'emails' }, 'getEdgeStrength', org],
        [{ getEdgeStrength: 'weight' }, 'getEdgeStrength', index],
        [{ getEdgeStrength: 42 }, 'getEdgeStrength', org],
        [{ treshold: 2 }, 'treshold', org],
      ];
      for (const [options, option, input] of cases) {
        expect(() => classifyTies(input as AbstractGraph, options as never), JSON.stringify(options)).toThrow(
          expect.objectContaining({ name: 'InvalidOptionError', option }),
        );
      }
      expect(() => classifyTies(org, 'jenks' as never)).toThrow(InvalidOptionError);
      for (const [options, option] of [
        [{ attribute: '' }, 'attribute'],
        [{ attribute: '__proto__' }, 'attribute'],
        [{ method: 'kmeans' }, 'method'],
        [{ getEdgeStrength: 'emails' }, 'getEdgeStrength'],
      ] as const) {
        expect(() => assignClassifyTies(org, options as never), JSON.stringify(options)).toThrow(
          expect.objectContaining({ name: 'InvalidOptionError', option }),
        );
      }
    });

    it('has one result type for a graph and an index; attribute names are checked against the edge attributes', () => {
      const g = new UndirectedGraph<{ team: string }, { emails: number; tie?: string }>();
      g.mergeEdge('a', 'b', { emails: 3 });
      expectTypeOf(classifyTies(g, { getEdgeStrength: 'emails' })).toEqualTypeOf<ClassifyTiesResult>();
      expectTypeOf(classifyTies(buildIndex(g, { getEdgeStrength: 'emails' }))).toEqualTypeOf<ClassifyTiesResult>();
      // @ts-expect-error 'email' is not an edge attribute (and no edge carries it)
      expect(() => classifyTies(g, { getEdgeStrength: 'email' })).toThrow(InvalidOptionError);
      // @ts-expect-error 'weight' is not an edge attribute (and no edge carries it)
      expect(() => strongTriadicClosureViolations(g, { strongTies: 'weight' })).toThrow(InvalidOptionError);
    });

    it('throws InvalidWeightError on a zero strength', () => {
      const g = new UndirectedGraph();
      g.mergeEdge('a', 'b', { weight: 0 });
      expect(() => classifyTies(g)).toThrow(InvalidWeightError);
    });

    it('classifyTies(graph, { getEdgeStrength: null }) treats every tie as strength 1 (one class: all strong)', () => {
      expect(classifyTies(fixtureGraph('org'), { getEdgeStrength: null })).toMatchObject({ threshold: 1, counts: { strong: 7, weak: 0 } });
    });
  });

  describe('properties', () => {
    test.prop([arbGraph({ maxNodes: 9, multi: true }), fc.nat(3), fc.constantFrom('any' as const, 'mutual' as const)], { numRuns: 100 })(
      "'granovetterFreeman' equals the brute-force oracle, and its violations are the listed forbidden triads",
      (desc, budget, projection) => {
        const graph = toGraphology(desc);
        const expected = naiveGranovetterFreeman(desc, budget, projection === 'mutual');
        const result = classifyTies(graph, { method: 'granovetterFreeman', maxViolations: budget, projection });
        expect(result.threshold).toBe(expected.threshold);
        expect(result.violations).toBe(expected.violations);
        if (!Number.isNaN(result.threshold)) {
          expect(strongTriadicClosureViolations(graph, { strongTies: result.threshold, projection })).toHaveLength(expected.violations);
          const rule = { method: 'granovetterFreeman', maxViolations: budget } as const;
          expect(strongTriadicClosureViolations(graph, { strongTies: rule, projection })).toHaveLength(expected.violations);
          assignClassifyTies(graph, { ...rule, projection });
          expect(strongTriadicClosureViolations(graph, { strongTies: 'tie', projection })).toHaveLength(expected.violations);
        }
      },
    );

    test.prop([fc.array(fc.oneof(fc.integer({ min: 1, max: 6 }), fc.double({ min: 0.01, max: 100, noNaN: true })), { maxLength: 40 })], {
      numRuns: 100,
    })("'jenks' reaches the least within-class sum of squares of any split between distinct values", (weights) => {
      const g = new UndirectedGraph();
      weights.forEach((w, i) => g.mergeEdge(`u${i}`, `v${i}`, { weight: w }));
      const { threshold } = classifyTies(g, { method: 'jenks' });
      const sse = (ell: number) => {
        const part = (xs: number[]) => {
          const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
          return xs.reduce((s, x) => s + (x - mean) ** 2, 0);
        };
        const lower = weights.filter((w) => w < ell);
        const upper = weights.filter((w) => w >= ell);
        return (lower.length ? part(lower) : 0) + (upper.length ? part(upper) : 0);
      };
      if (weights.length === 0) {
        expect(threshold).toBeNaN();
        return;
      }
      expect(weights).toContain(threshold);
      const best = sse(naiveJenks(weights));
      expect(sse(threshold)).toBeLessThanOrEqual(best + 1e-9 * Math.max(1, best));
    });

    test.prop([arbGraph({ maxNodes: 10 }), fc.constantFrom('quantile' as const, 'jenks' as const, 'granovetterFreeman' as const)], { numRuns: 100 })(
      'every edge is labelled strong exactly when its merged tie strength is ≥ ℓ, as the index result says',
      (desc, method) => {
        const graph = toGraphology(desc);
        const fromIndex = classifyTies(buildIndex(graph), { method });
        const { ties } = fromIndex;
        const result = classifyTies(graph, { method });
        expect(result).toEqual(fromIndex);
        assignClassifyTies(graph, { method });
        const labels = written(graph);
        for (const t of ties) {
          expect(t.tie).toBe(t.strength >= result.threshold ? 'strong' : 'weak');
          expect(labels[`${t.source}|${t.target}`] ?? labels[`${t.target}|${t.source}`]).toBe(t.tie);
        }
        expect(result.counts.strong + result.counts.weak).toBe(ties.length);
      },
    );
  });
});
