/**
 * Unit tests of diversityBandwidth (STYLE.md §9, layer 1): the standard cases and hand-computed
 * values with the arithmetic in comments. Golden parity with igraph `diversity` and NetworkX
 * `constraint` is in diversity-bandwidth.golden.test.ts; properties in diversity-bandwidth.prop.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { DirectedGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import {
  assignDiversityBandwidth,
  diversityBandwidth,
  DIVERSITY_BANDWIDTH_DEFAULTS,
} from '../../src/brokerage/diversity-bandwidth.js';
import { buildIndex } from '../../src/core/build-index.js';
import { GraphTypeNotSupportedError, InvalidGraphError, InvalidOptionError, InvalidWeightError } from '../../src/errors.js';
import { Graph } from '../arbitraries.js';
import { org, thrown, weightedTriangle } from './burt-cases.js';

/** a1–a2 3, a1–a3 2, a2–a3 1, a3–b1 1 (the TSDoc example). */
function small(): UndirectedGraph {
  const g = new UndirectedGraph();
  g.mergeEdge('a1', 'a2', { weight: 3 });
  g.mergeEdge('a1', 'a3', { weight: 2 });
  g.mergeEdge('a2', 'a3', { weight: 1 });
  g.mergeEdge('a3', 'b1', { weight: 1 });
  return g;
}

describe('diversityBandwidth', () => {
  describe('standard cases (STYLE.md §9)', () => {
    it('diversityBandwidth(notAGraph) throws InvalidGraphError', () => {
      for (const input of [null, undefined, 42, 'graph', {}, []]) {
        const error = thrown(() => diversityBandwidth(input as never));
        expect(error).toBeInstanceOf(InvalidGraphError);
        expect(error.code).toBe('E_INVALID_GRAPH');
      }
      expect(thrown(() => assignDiversityBandwidth(buildIndex(org()) as never))).toBeInstanceOf(InvalidGraphError);
    });

    it('throws GraphTypeNotSupportedError on a graph mixing directed and undirected edges', () => {
      const g = new Graph();
      g.mergeDirectedEdge('a', 'b');
      g.mergeUndirectedEdge('b', 'c');
      expect(thrown(() => diversityBandwidth(g)).code).toBe('E_GRAPH_TYPE');
      expect(thrown(() => diversityBandwidth(g))).toBeInstanceOf(GraphTypeNotSupportedError);
    });

    it('returns {} for an empty graph', () => {
      expect(diversityBandwidth(new UndirectedGraph())).toEqual({});
      expect(diversityBandwidth(new DirectedGraph(), { diversity: 'entropy' })).toEqual({});
    });

    it('gives an isolate NaN diversity and bandwidth, and 0 contacts, with both measures', () => {
      for (const diversity of ['constraint', 'entropy'] as const) {
        const z = diversityBandwidth(org(), { diversity }).z!;
        expect(z.diversity).toBeNaN();
        expect(z.bandwidth).toBeNaN();
        expect(z.contacts).toBe(0);
      }
    });

    it('ignores self-loops (a node with only a self-loop is an isolate)', () => {
      const g = new MultiUndirectedGraph();
      for (const [u, v, weight] of [['a1', 'a2', 3], ['a1', 'a3', 2], ['a2', 'a3', 1], ['a3', 'b1', 1]] as const) g.mergeEdge(u, v, { weight });
      const before = diversityBandwidth(g, { diversity: 'entropy' });
      g.addEdge('a3', 'a3', { weight: 50 });
      g.addNode('s');
      g.addEdge('s', 's', { weight: 1 });
      const after = diversityBandwidth(g, { diversity: 'entropy' });
      expect(after.a3).toEqual(before.a3);
      expect(after.s!.diversity).toBeNaN();
      expect(after.s!.contacts).toBe(0);
    });

    it('sums parallel edges: a1–a2 as 1 + 2 equals a1–a2 3', () => {
      const g = new MultiUndirectedGraph();
      g.mergeEdge('a1', 'a2', { weight: 1 });
      g.addEdge('a1', 'a2', { weight: 2 });
      g.mergeEdge('a1', 'a3', { weight: 2 });
      g.mergeEdge('a2', 'a3', { weight: 1 });
      g.mergeEdge('a3', 'b1', { weight: 1 });
      for (const diversity of ['constraint', 'entropy'] as const) {
        expect(diversityBandwidth(g, { diversity })).toEqual(diversityBandwidth(small(), { diversity }));
      }
    });

    it('assignDiversityBandwidth writes the same numbers that diversityBandwidth returns', () => {
      const g = org();
      const expected = diversityBandwidth(g, { diversity: 'entropy' });
      assignDiversityBandwidth(g, { diversity: 'entropy' });
      g.forEachNode((node, attributes) => {
        expect(attributes.diversity).toBe(expected[node]!.diversity);
        expect(attributes.bandwidth).toBe(expected[node]!.bandwidth);
      });
      assignDiversityBandwidth(g, { diversityAttribute: 'div', bandwidthAttribute: 'bw' });
      const constraintBased = diversityBandwidth(g);
      expect(g.getNodeAttribute('a1', 'div')).toBe(constraintBased.a1!.diversity);
      expect(g.getNodeAttribute('a1', 'bw')).toBe(constraintBased.a1!.bandwidth);
    });

    it('gives the same result for a graph and its prebuilt index', () => {
      for (const diversity of ['constraint', 'entropy'] as const) {
        expect(diversityBandwidth(buildIndex(org()), { diversity })).toEqual(diversityBandwidth(org(), { diversity }));
        expect(diversityBandwidth(buildIndex(org(), { getEdgeStrength: null }), { diversity })).toEqual(
          diversityBandwidth(org(), { diversity, getEdgeStrength: null }),
        );
      }
    });

    it('validates its options', () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ diversity: 'gini' }, 'diversity'],
        [{ bandwidth: 'median' }, 'bandwidth'],
        [{ diversityAttribute: '' }, 'diversityAttribute'],
        [{ diversityAttribute: 'x', bandwidthAttribute: 'x' }, 'bandwidthAttribute'],
        [{ getEdgeStrength: 42 }, 'getEdgeStrength'],
        [{ diversty: 'entropy' }, 'diversty'],
        [{ diversityAttribute: '__proto__' }, 'diversityAttribute'],
        [{ bandwidthAttribute: '__proto__' }, 'bandwidthAttribute'],
        [{ attribute: 'diversity' }, 'attribute'],
        [{ getEdgeStrength: 'wieght' }, 'getEdgeStrength'],
      ];
      for (const [options, option] of cases) {
        const error = thrown(() => assignDiversityBandwidth(org(), options as never));
        expect(error, JSON.stringify(options)).toBeInstanceOf(InvalidOptionError);
        expect((error as InvalidOptionError).option).toBe(option);
      }
      expect((thrown(() => diversityBandwidth(buildIndex(org()), { getEdgeStrength: 'weight' })) as InvalidOptionError).option).toBe(
        'getEdgeStrength',
      );
      // The written attributes' names mean nothing to the compute function: refused, not ignored.
      for (const option of ['diversityAttribute', 'bandwidthAttribute', 'attribute']) {
        expect((thrown(() => diversityBandwidth(org(), { [option]: 'x' } as never)) as InvalidOptionError).option).toBe(option);
      }
    });

    it('getEdgeStrength: null on an index of a weighted graph equals the graph with getEdgeStrength: null', () => {
      for (const diversity of ['constraint', 'entropy'] as const) {
        expect(diversityBandwidth(buildIndex(org()), { diversity, getEdgeStrength: null })).toEqual(
          diversityBandwidth(org(), { diversity, getEdgeStrength: null }),
        );
      }
      expect(diversityBandwidth(buildIndex(org()), { getEdgeStrength: null })).not.toEqual(diversityBandwidth(org()));
    });

    it('refuses an edge attribute name that no edge carries (misspelt)', () => {
      expect((thrown(() => diversityBandwidth(org(), { getEdgeStrength: 'wieght' })) as InvalidOptionError).option).toBe('getEdgeStrength');
    });

    it('throws InvalidWeightError on a zero strength', () => {
      const g = new UndirectedGraph();
      g.mergeEdge('a', 'b', { weight: 0 });
      expect(thrown(() => diversityBandwidth(g))).toBeInstanceOf(InvalidWeightError);
    });

    it('exports frozen defaults: diversity constraint, bandwidth meanStrength', () => {
      expect(Object.isFrozen(DIVERSITY_BANDWIDTH_DEFAULTS)).toBe(true);
      expect(DIVERSITY_BANDWIDTH_DEFAULTS.diversity).toBe('constraint');
      expect(DIVERSITY_BANDWIDTH_DEFAULTS.bandwidth).toBe('meanStrength');
    });
  });

  describe('hand-computed', () => {
    it('gives a3 entropy 1.5 ln 2 / ln 3 = 0.9464 and bandwidth 4/3', () => {
      // a3's ties: a1 2, a2 1, b1 1; S = 4; p = 1/2, 1/4, 1/4.
      // H = −(½ ln ½ + 2 · ¼ ln ¼) = ½ ln 2 + ln 2 = 1.5 ln 2; D = 1.5 ln 2 / ln 3 = 0.946395.
      const a3 = diversityBandwidth(small(), { diversity: 'entropy' }).a3!;
      expect(a3.diversity).toBeCloseTo((1.5 * Math.LN2) / Math.log(3), 14);
      expect(a3.bandwidth).toBeCloseTo(4 / 3, 15);
      expect(a3.contacts).toBe(3);
    });

    it('gives a1 1 − C = 1 − 0.7925 = 0.2075', () => {
      // a1: p(a1,a2) = 3/5, p(a1,a3) = 2/5; a2's ties a1 3, a3 1 → p(a2,a3) = 1/4; a3's ties a1 2, a2 1, b1 1 → p(a3,a2) = 1/4.
      // c(a1,a2) = (0.6 + 0.4·0.25)² = 0.49; c(a1,a3) = (0.4 + 0.6·0.25)² = 0.3025; C = 0.7925.
      const a1 = diversityBandwidth(small()).a1!;
      expect(a1.diversity).toBeCloseTo(0.2075, 14);
      expect(a1.bandwidth).toBe(2.5); // (3 + 2) / 2
    });

    it('gives a star centre entropy 1 and 1 − 1/k with equal strengths', () => {
      // k = 4 unconnected leaves of strength 2: p = 1/4 each; H = ln 4, D = 1; C = 4 · (1/4)² = 1/4.
      const g = new UndirectedGraph();
      for (const leaf of ['a', 'b', 'c', 'd']) g.mergeEdge('hub', leaf, { weight: 2 });
      const hub = diversityBandwidth(g, { diversity: 'entropy' }).hub!;
      expect(hub.diversity).toBeCloseTo(1, 15);
      expect(hub).toMatchObject({ bandwidth: 2, contacts: 4 });
      expect(diversityBandwidth(g).hub!.diversity).toBeCloseTo(0.75, 15);
    });

    it('gives a pendant diversity 0 with both measures (C = 1; entropy 0 by convention, as igraph)', () => {
      expect(diversityBandwidth(small()).b1).toEqual({ diversity: 0, bandwidth: 1, contacts: 1 });
      expect(diversityBandwidth(small(), { diversity: 'entropy' }).b1).toEqual({ diversity: 0, bandwidth: 1, contacts: 1 });
    });

    it('can be negative with the constraint measure: METRICS.md F5 gives 1 − 1.8223 for b', () => {
      // F5 a–b 1, b–c 1, a–c 10: C_b = 1.8223 (METRICS.md §3.6), so 1 − C_b = −0.8223.
      expect(diversityBandwidth(weightedTriangle()).b!.diversity).toBeCloseTo(-0.8223, 4);
    });

    it('symmetrises directed ties: a→b 2, b→a 1, a→c 1 gives a mutual strengths 3 and 1', () => {
      // a: w_ab = 2 + 1 = 3, w_ac = 1; S = 4, p = 3/4, 1/4; bandwidth 4/2 = 2.
      // entropy: −(¾ ln ¾ + ¼ ln ¼) / ln 2 = 0.811278; constraint: b, c untied, C = (3/4)² + (1/4)² = 0.625.
      // c has only an incoming arc but is not isolated: one contact, diversity 0, bandwidth 1.
      const g = new DirectedGraph();
      g.mergeEdge('a', 'b', { weight: 2 });
      g.mergeEdge('b', 'a', { weight: 1 });
      g.mergeEdge('a', 'c', { weight: 1 });
      const entropy = diversityBandwidth(g, { diversity: 'entropy' });
      expect(entropy.a!.diversity).toBeCloseTo(-(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25)) / Math.LN2, 14);
      expect(entropy.a!.bandwidth).toBe(2);
      expect(entropy.c).toEqual({ diversity: 0, bandwidth: 1, contacts: 1 });
      expect(diversityBandwidth(g).a!.diversity).toBeCloseTo(0.375, 15);
    });

    it('diversityBandwidth(graph, { getEdgeStrength: null }) gives bandwidth 1 and entropy 1 for k ≥ 2 (undirected)', () => {
      const r = diversityBandwidth(org(), { diversity: 'entropy', getEdgeStrength: null });
      for (const node of ['a1', 'a2', 'a3', 'b1', 'b2']) {
        expect(r[node]!.diversity).toBeCloseTo(1, 15);
        expect(r[node]!.bandwidth).toBe(1);
      }
      expect(r.c1!.diversity).toBe(0);
    });
  });
});
