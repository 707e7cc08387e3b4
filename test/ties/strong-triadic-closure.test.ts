/**
 * strongTriadicClosureViolations (METRICS.md §3.3): the forbidden triads of F2 "org" by hand, the
 * forms of strongTies (docs/conventions.md), directed projections, the standard cases of STYLE.md §9, the naive oracle,
 * and the STC local-bridge theorem (Easley & Kleinberg 2010, §3.2) as a property.
 */
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { DirectedGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/core/build-index.js';
import { GraphTypeNotSupportedError, InvalidGraphError, InvalidWeightError } from '../../src/errors.js';
import { assignClassifyTies, classifyTies } from '../../src/ties/classify-ties.js';
import {
  STRONG_TRIADIC_CLOSURE_VIOLATIONS_DEFAULTS,
  strongTriadicClosureViolations,
  type ForbiddenTriad,
} from '../../src/ties/strong-triadic-closure.js';
import { arbGraph, Graph, toGraphology } from '../arbitraries.js';
import { fixtureGraph } from '../fixtures/graphs.js';
import { naiveTies } from '../oracles/groups.naive.js';
import { naiveForbiddenTriads } from '../oracles/strong-triadic-closure.naive.js';

const flat = (triads: ForbiddenTriad[]) => triads.map((t) => [t.node, ...t.pair]);

describe('strongTriadicClosureViolations', () => {
  describe('hand-computed on F2 "org"', () => {
    it('strongTriadicClosureViolations(org, { strongTies: 2 }) is empty: a2–a1–a3 is closed by a2–a3', () => {
      expect(strongTriadicClosureViolations(fixtureGraph('org'), { strongTies: 2 })).toEqual([]);
    });

    it('with every tie strong, lists the 8 open wedges, by A then B then C in node order', () => {
      // Node order a1 a2 a3 b1 b2 c1 z. Open wedges (B–C absent) at each A:
      //   a2: {a1, a3, b2} → (a1, b2), (a3, b2)      a3: {a1, a2, b1} → (a1, b1), (a2, b1)
      //   b1: {a3, b2} → (a3, b2)                     b2: {a2, b1, c1} → (a2, b1), (a2, c1), (b1, c1)
      expect(flat(strongTriadicClosureViolations(fixtureGraph('org'), { strongTies: 1 }))).toEqual([
        ['a2', 'a1', 'b2'],
        ['a2', 'a3', 'b2'],
        ['a3', 'a1', 'b1'],
        ['a3', 'a2', 'b1'],
        ['b1', 'a3', 'b2'],
        ['b2', 'a2', 'b1'],
        ['b2', 'a2', 'c1'],
        ['b2', 'b1', 'c1'],
      ]);
    });
  });

  describe('forms of strongTies', () => {
    it("defaults to classifyTies' default rule, Jenks on the tie strengths (org: ℓ = 3)", () => {
      const org = fixtureGraph('org');
      expect(STRONG_TRIADIC_CLOSURE_VIOLATIONS_DEFAULTS.strongTies).toEqual({ method: 'jenks' });
      expect(Object.isFrozen(STRONG_TRIADIC_CLOSURE_VIOLATIONS_DEFAULTS)).toBe(true);
      expect(classifyTies(org).threshold).toBe(3);
      expect(strongTriadicClosureViolations(org)).toEqual(strongTriadicClosureViolations(org, { strongTies: 3 }));
      expect(strongTriadicClosureViolations(org, { strongTies: { method: 'jenks' } })).toEqual(strongTriadicClosureViolations(org, { strongTies: 3 }));
    });

    it('takes a classifyTies rule: the threshold classifyTies chooses with it', () => {
      const org = fixtureGraph('org');
      // Granovetter–Freeman on org: ℓ = 2, no violation; quantile 0 is the weakest tie: all strong, 8 violations.
      expect(strongTriadicClosureViolations(org, { strongTies: { method: 'granovetterFreeman' } })).toEqual([]);
      expect(strongTriadicClosureViolations(org, { strongTies: { method: 'quantile', quantile: 0 } })).toHaveLength(8);
      expect(() => strongTriadicClosureViolations(org, { strongTies: { method: 'median' } as never })).toThrow(
        expect.objectContaining({ name: 'InvalidOptionError', option: 'strongTies' }),
      );
    });

    it("reads the 'tie' attribute that assignClassifyTies writes", () => {
      const org = fixtureGraph('org');
      assignClassifyTies(org, { method: 'threshold', threshold: 1 });
      expect(strongTriadicClosureViolations(org, { strongTies: 'tie' })).toEqual(strongTriadicClosureViolations(org, { strongTies: 1 }));
    });

    it('refuses an attribute that no edge carries (a misspelling), naming strongTies', () => {
      const org = fixtureGraph('org');
      assignClassifyTies(org);
      expect(() => strongTriadicClosureViolations(org, { strongTies: 'ties' })).toThrow(
        expect.objectContaining({ name: 'InvalidOptionError', option: 'strongTies' }),
      );
      expect(strongTriadicClosureViolations(new UndirectedGraph(), { strongTies: 'ties' })).toEqual([]);
    });

    it('reads a boolean attribute, and a predicate over (edge, attributes, source, target)', () => {
      const g = new UndirectedGraph();
      g.mergeEdge('a', 'b', { close: true, weight: 5 });
      g.mergeEdge('a', 'c', { close: true, weight: 4 });
      g.mergeEdge('a', 'd', { close: false, weight: 1 });
      expect(flat(strongTriadicClosureViolations(g, { strongTies: 'close' }))).toEqual([['a', 'b', 'c']]);
      expect(flat(strongTriadicClosureViolations(g, { strongTies: (_e, attr) => attr.weight >= 4 }))).toEqual([['a', 'b', 'c']]);
      expect(strongTriadicClosureViolations(g, { strongTies: (_e, _a, s, t) => s === 'd' || t === 'd' })).toEqual([]);
    });

    it('a merged tie is strong when any of its parallel edges is', () => {
      const g = new MultiUndirectedGraph();
      g.addEdge(g.addNode('a'), g.addNode('b'), { tie: 'weak' });
      g.addEdge('a', 'b', { tie: 'strong' });
      g.addEdge('a', g.addNode('c'), { tie: 'strong' });
      expect(flat(strongTriadicClosureViolations(g, { strongTies: 'tie' }))).toEqual([['a', 'b', 'c']]);
    });

    it('throws InvalidOptionError naming strongTies on a missing or unknown attribute value, or a non-boolean predicate', () => {
      const g = new UndirectedGraph();
      g.mergeEdge('a', 'b', { tie: 'strong' });
      g.mergeEdge('a', 'c');
      expect(() => strongTriadicClosureViolations(g, { strongTies: 'tie' })).toThrow(expect.objectContaining({ name: 'InvalidOptionError', option: 'strongTies' }));
      g.setEdgeAttribute('a', 'c', 'tie', 'medium');
      expect(() => strongTriadicClosureViolations(g, { strongTies: 'tie' })).toThrow(expect.objectContaining({ option: 'strongTies' }));
      expect(() => strongTriadicClosureViolations(g, { strongTies: () => 1 as unknown as boolean })).toThrow(
        expect.objectContaining({ option: 'strongTies' }),
      );
      expect(() => strongTriadicClosureViolations(g, { strongTies: Number.NaN })).toThrow(expect.objectContaining({ option: 'strongTies' }));
      expect(() => strongTriadicClosureViolations(g, { strongTies: {} as never })).toThrow(expect.objectContaining({ option: 'strongTies' }));
    });

    it('does not read strengths unless strongTies is a threshold or a rule', () => {
      const g = new UndirectedGraph();
      g.mergeEdge('a', 'b', { tie: 'strong', weight: -1 });
      expect(strongTriadicClosureViolations(g, { strongTies: 'tie' })).toEqual([]);
      expect(() => strongTriadicClosureViolations(g, { strongTies: 1 })).toThrow(InvalidWeightError);
      expect(() => strongTriadicClosureViolations(g)).toThrow(InvalidWeightError);
      expect(() => strongTriadicClosureViolations(g, { strongTies: 'tie', getEdgeStrength: 'w' })).toThrow(
        expect.objectContaining({ option: 'getEdgeStrength' }),
      );
    });

    it('refuses a strength attribute that no edge carries (a misspelling), naming getEdgeStrength', () => {
      expect(() => strongTriadicClosureViolations(fixtureGraph('org'), { strongTies: 2, getEdgeStrength: 'emails' })).toThrow(
        expect.objectContaining({ name: 'InvalidOptionError', option: 'getEdgeStrength' }),
      );
    });
  });

  describe('directed graphs', () => {
    function triad(withReturnArc: boolean): DirectedGraph {
      const g = new DirectedGraph();
      g.mergeEdge('a', 'b', { tie: 'strong' });
      g.mergeEdge('b', 'a', { tie: 'weak' });
      g.mergeEdge('a', 'c', { tie: 'strong' });
      g.mergeEdge('c', 'a', { tie: 'strong' });
      g.mergeEdge('b', 'c', { tie: 'weak' });
      if (withReturnArc) g.mergeEdge('c', 'b', { tie: 'weak' });
      return g;
    }

    it("projection 'any': a tie is strong when either arc is; b→c alone closes the wedge", () => {
      expect(strongTriadicClosureViolations(triad(false), { strongTies: 'tie' })).toEqual([]);
    });

    it("projection 'mutual': an unreciprocated b→c is no tie, so b–a–c is forbidden", () => {
      expect(flat(strongTriadicClosureViolations(triad(false), { strongTies: 'tie', projection: 'mutual' }))).toEqual([['a', 'b', 'c']]);
      expect(strongTriadicClosureViolations(triad(true), { strongTies: 'tie', projection: 'mutual' })).toEqual([]);
    });
  });

  describe('standard cases (STYLE.md §9)', () => {
    it('throws InvalidGraphError on a non-graph and GraphTypeNotSupportedError on a mixed graph', () => {
      expect(() => strongTriadicClosureViolations(42 as unknown as AbstractGraph)).toThrow(InvalidGraphError);
      const g = new Graph();
      g.mergeDirectedEdge('a', 'b');
      g.mergeUndirectedEdge('b', 'c');
      expect(() => strongTriadicClosureViolations(g, { strongTies: 1 })).toThrow(GraphTypeNotSupportedError);
    });

    it('an empty graph, isolates or a single strong tie give []', () => {
      expect(strongTriadicClosureViolations(new UndirectedGraph())).toEqual([]);
      const g = new UndirectedGraph();
      g.addNode('z');
      g.mergeEdge('a', 'b', { tie: 'strong' });
      expect(strongTriadicClosureViolations(g)).toEqual([]);
      expect(strongTriadicClosureViolations(g, { strongTies: 'tie' })).toEqual([]);
    });

    it('ignores self-loops, whatever their attributes', () => {
      const g = new UndirectedGraph({ allowSelfLoops: true });
      g.mergeEdge('a', 'b', { tie: 'strong' });
      g.mergeEdge('a', 'a', { tie: 'strong' });
      g.mergeEdge('b', 'b'); // no attribute: not read
      expect(strongTriadicClosureViolations(g, { strongTies: 'tie' })).toEqual([]);
      expect(strongTriadicClosureViolations(g, { strongTies: (_e, _a, s, t) => s !== t })).toEqual([]);
    });

    it('a CsrIndex takes strongTies as a threshold or rule and gives the graph\'s result', () => {
      const karate = fixtureGraph('karate');
      const index = buildIndex(karate);
      const { threshold } = classifyTies(index, { method: 'quantile', quantile: 0.5 });
      expect(strongTriadicClosureViolations(index, { strongTies: threshold })).toEqual(strongTriadicClosureViolations(karate, { strongTies: threshold }));
      expect(strongTriadicClosureViolations(index)).toEqual(strongTriadicClosureViolations(karate));
      expect(() => strongTriadicClosureViolations(index, { strongTies: 'tie' })).toThrow(expect.objectContaining({ option: 'strongTies' }));
      expect(() => strongTriadicClosureViolations(index, { strongTies: 2, getEdgeStrength: 'weight' })).toThrow(
        expect.objectContaining({ option: 'getEdgeStrength' }),
      );
    });

    it('throws InvalidOptionError on an unknown option or projection', () => {
      const org = fixtureGraph('org');
      expect(() => strongTriadicClosureViolations(org, { projection: 'all' as never })).toThrow(expect.objectContaining({ option: 'projection' }));
      expect(() => strongTriadicClosureViolations(org, { strong: 1 } as never)).toThrow(expect.objectContaining({ option: 'strong' }));
    });
  });

  describe('properties', () => {
    test.prop([arbGraph({ maxNodes: 10, multi: true }), fc.double({ min: 0, max: 12, noNaN: true }), fc.boolean()], { numRuns: 100 })(
      'equals the naive oracle (every node, every pair of strong neighbours)',
      (desc, threshold, mutual) => {
        const graph = toGraphology(desc);
        const got = strongTriadicClosureViolations(graph, { strongTies: threshold, projection: mutual ? 'mutual' : 'any' });
        expect(flat(got)).toEqual(naiveForbiddenTriads(desc, (t) => t.strength >= threshold, mutual));
      },
    );

    test.prop([arbGraph({ directed: false, maxNodes: 10 }), fc.double({ min: 0, max: 12, noNaN: true })], { numRuns: 100 })(
      'STC theorem: at a node that satisfies STC with ≥ 2 strong ties, every local bridge is weak',
      (desc, threshold) => {
        const graph = toGraphology(desc);
        const ties = naiveTies(desc);
        const violating = new Set(strongTriadicClosureViolations(graph, { strongTies: threshold }).map((t) => t.node));
        for (const a of desc.nodes) {
          const incident = ties.filter((t) => t.source === a || t.target === a);
          const strong = incident.filter((t) => t.strength >= threshold);
          if (violating.has(a) || strong.length < 2) continue;
          // A local bridge: no common neighbour (METRICS.md §3.3).
          for (const t of incident) if (t.common === 0) expect(t.strength >= threshold, `${t.source}–${t.target} at ${a}`).toBe(false);
        }
      },
    );
  });
});
