/**
 * distanceWeightedReach, assignDistanceWeightedReach and distanceWeightedReachIndexed: the standard
 * cases of STYLE.md §9, the member convention (METRICS.md open decision 6: the person counts 1),
 * the default distance d = 1/strength, and hand-computed values on F2 "org" and a small weighted
 * graph (arithmetic in the comments). The group version is in group-distance-weighted-reach.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import {
  buildIndex,
  GraphTypeNotSupportedError,
  harmonicCloseness,
  InvalidGraphError,
  InvalidOptionError,
  InvalidWeightError,
} from '../../src/index.js';
import {
  assignDistanceWeightedReach,
  DISTANCE_WEIGHTED_REACH_DEFAULTS,
  distanceWeightedReach,
  distanceWeightedReachIndexed,
} from '../../src/reach/distance-weighted-reach.js';
import { Graph } from '../arbitraries.js';
import { fixtureGraph } from '../fixtures/graphs.js';

function expectCode(fn: () => unknown, type: new (...args: never[]) => Error, code: string, option?: string): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    expect((error as { code: string }).code).toBe(code);
    if (option !== undefined) expect((error as { option: string }).option).toBe(option);
    return;
  }
  throw new Error('expected an error');
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));

describe('distanceWeightedReach', () => {
  describe('standard cases', () => {
    it('throws InvalidGraphError on something that is not a graph', () => {
      expectCode(() => distanceWeightedReach('g' as never), InvalidGraphError, 'E_INVALID_GRAPH');
    });

    it('throws GraphTypeNotSupportedError on a mixed graph', () => {
      const g = new Graph();
      g.mergeDirectedEdge('a', 'b');
      g.mergeUndirectedEdge('b', 'c');
      expectCode(() => distanceWeightedReach(g), GraphTypeNotSupportedError, 'E_GRAPH_TYPE');
    });

    it('returns {} for an empty graph (an empty array from the Indexed variant)', () => {
      expect(distanceWeightedReach(new UndirectedGraph())).toEqual({});
      expect(distanceWeightedReachIndexed(buildIndex(new UndirectedGraph()))).toEqual(new Float64Array(0));
    });

    it('gives an isolate 1/n: it reaches itself (a member counts 1) and nobody else', () => {
      expect(distanceWeightedReach(fixtureGraph('org')).z).toBe(1 / 7);
      expect(distanceWeightedReach(fixtureGraph('org'), { normalized: false }).z).toBe(1);
      const solo = new UndirectedGraph();
      solo.addNode('s');
      expect(distanceWeightedReach(solo)).toEqual({ s: 1 });
    });

    it('ignores self-loops', () => {
      const g = new UndirectedGraph({ allowSelfLoops: true });
      g.mergeEdge('a', 'a', { weight: 5 });
      g.mergeEdge('a', 'b');
      // a: (1 + 1/1) / 2 = 1, with or without the self-loop.
      expect(distanceWeightedReach(g)).toEqual({ a: 1, b: 1 });
    });

    it('assignDistanceWeightedReach writes what distanceWeightedReach returns; only it takes attribute', () => {
      const g = fixtureGraph('karate');
      const expected = distanceWeightedReach(g, { toDistance: 'inverse', via: 'strong', strongTies: 3 });
      assignDistanceWeightedReach(g, { toDistance: 'inverse', via: 'strong', strongTies: 3 });
      g.forEachNode((v, a) => expect(a['distanceWeightedReach']).toBe(expected[v]));
      assignDistanceWeightedReach(g, { attribute: 'dr', getEdgeDistance: null });
      expect(g.getNodeAttribute('0', 'dr')).toBe(distanceWeightedReach(g, { getEdgeDistance: null })['0']);
      expectCode(() => distanceWeightedReach(g, { attribute: 'dr' } as never), InvalidOptionError, 'E_INVALID_OPTION', 'attribute');
      expectCode(() => distanceWeightedReachIndexed(buildIndex(g), { attribute: 'dr' } as never), InvalidOptionError, 'E_INVALID_OPTION', 'attribute');
      expectCode(() => assignDistanceWeightedReach(g, { attribute: '__proto__' }), InvalidOptionError, 'E_INVALID_OPTION', 'attribute');
    });

    it('no longer takes a set: the group version is groupDistanceWeightedReach', () => {
      const g = fixtureGraph('org');
      expectCode(() => distanceWeightedReach(g, { set: new Set(['a1']) } as never), InvalidOptionError, 'E_INVALID_OPTION', 'set');
      expectCode(() => assignDistanceWeightedReach(g, { set: ['a1'] } as never), InvalidOptionError, 'E_INVALID_OPTION', 'set');
    });

    it('distanceWeightedReachIndexed returns the values in node id order', () => {
      for (const name of ['org', 'directed-weighted'] as const) {
        const g = fixtureGraph(name);
        const index = buildIndex(g);
        for (const options of [{}, { getEdgeDistance: null }, { getEdgeStrength: null }, { via: 'weak' as const, strongTies: 2, direction: 'in' as const }]) {
          const byKey = distanceWeightedReach(g, options);
          expect(Array.from(distanceWeightedReachIndexed(index, options))).toEqual(index.keys.map((k) => byKey[k]));
        }
      }
      expectCode(() => distanceWeightedReachIndexed(fixtureGraph('org') as never), InvalidGraphError, 'E_INVALID_GRAPH');
    });

    it('gives the same result for the graph and a prebuilt index (hops, toDistance, getEdgeDistance)', () => {
      for (const name of ['org', 'directed-weighted', 'messy'] as const) {
        const g = fixtureGraph(name);
        const index = buildIndex(g);
        for (const options of [
          {},
          { toDistance: 'inverse' as const },
          { getEdgeDistance: null },
          { getEdgeStrength: null },
          { via: 'weak' as const, strongTies: 2, direction: 'in' as const },
        ]) {
          expect(distanceWeightedReach(index, options)).toEqual(distanceWeightedReach(g, options));
        }
        // An index built with getEdgeDistance uses its distances.
        expect(distanceWeightedReach(buildIndex(g, { getEdgeDistance: 'weight' }))).toEqual(distanceWeightedReach(g, { getEdgeDistance: 'weight' }));
      }
    });

    it('refuses bad options with typed errors', () => {
      const g = fixtureGraph('org');
      expectCode(() => distanceWeightedReach(g, { toDistance: 'negLog' }), InvalidOptionError, 'E_INVALID_OPTION', 'toDistance');
      expectCode(() => distanceWeightedReach(g, { toDistance: 'inverse', getEdgeDistance: 'weight' }), InvalidOptionError, 'E_INVALID_OPTION', 'toDistance');
      expectCode(() => distanceWeightedReach(g, { normalized: 'no' as never }), InvalidOptionError, 'E_INVALID_OPTION', 'normalized');
      expectCode(() => distanceWeightedReach(g, { toDistance: () => 0 }), InvalidWeightError, 'E_INVALID_WEIGHT');
      expectCode(() => distanceWeightedReach(buildIndex(g), { getEdgeDistance: 'weight' }), InvalidOptionError, 'E_INVALID_OPTION', 'getEdgeDistance');
      expectCode(() => distanceWeightedReach(buildIndex(g), { getEdgeStrength: 'weight' }), InvalidOptionError, 'E_INVALID_OPTION', 'getEdgeStrength');
      expectCode(() => distanceWeightedReach(g, { getEdgeDistance: null, toDistance: 'inverse' }), InvalidOptionError, 'E_INVALID_OPTION', 'toDistance');
      expect(Object.isFrozen(DISTANCE_WEIGHTED_REACH_DEFAULTS)).toBe(true);
      expect(DISTANCE_WEIGHTED_REACH_DEFAULTS).toMatchObject({ toDistance: 'inverse', normalized: true, attribute: 'distanceWeightedReach' });
    });

    it('refuses a misspelt edge attribute, and accepts the default weight absent from every edge', () => {
      const g = fixtureGraph('org');
      expectCode(() => distanceWeightedReach(g, { getEdgeDistance: 'dist' }), InvalidOptionError, 'E_INVALID_OPTION', 'getEdgeDistance');
      expectCode(() => distanceWeightedReach(g, { getEdgeStrength: 'wieght' }), InvalidOptionError, 'E_INVALID_OPTION', 'getEdgeStrength');
      const plain = new UndirectedGraph();
      plain.mergeEdge('a', 'b');
      plain.mergeEdge('b', 'c');
      // No weight anywhere: every strength 1, so d = 1/s counts hops. a: (1 + 1 + 1/2) / 3.
      expect(distanceWeightedReach(plain)).toEqual({ a: 2.5 / 3, b: 1, c: 2.5 / 3 });
    });
  });

  describe('F2 org (hand-computed)', () => {
    it('per person, in hops (getEdgeDistance: null): (1 + Σ 1/d) / n', () => {
      // b2: itself 1; a2, b1, c1 at 1 → 3; a1, a3 at 2 → 1; z never → 0. (1 + 3 + 1) / 7.
      // a1: 1; a2, a3 → 2; b1, b2 at 2 → 1; c1 at 3 → 1/3. (1 + 2 + 1 + 1/3) / 7 = 13/21.
      const dr = distanceWeightedReach(fixtureGraph('org'), { getEdgeDistance: null });
      expect(close(dr.b2!, 5 / 7)).toBe(true);
      expect(close(dr.a1!, 13 / 21)).toBe(true);
      // The same on an index: getEdgeDistance: null works there too.
      expect(distanceWeightedReach(buildIndex(fixtureGraph('org')), { getEdgeDistance: null })).toEqual(dr);
    });

    it('equals (1 + harmonic closeness) / n, with the same distances', () => {
      const g = fixtureGraph('karate');
      for (const [dr, h] of [
        [distanceWeightedReach(g, { getEdgeDistance: null }), harmonicCloseness(g, { getEdgeDistance: null })],
        [distanceWeightedReach(g), harmonicCloseness(g)],
      ] as const) {
        for (const v of Object.keys(dr)) expect(close(dr[v]!, (1 + h[v]!) / 34)).toBe(true);
      }
    });

    it('defaults to d = 1/strength (strong ties are closer), as every path metric', () => {
      // a1 with d = 1/s: a2 at 1/3 → 3, a3 at 1/2 → 2, b2 via a2 at 1/3 + 1 → 3/4, b1 via a3 at 1/2 + 1 → 2/3,
      // c1 via a2, b2 at 1/3 + 1 + 1 → 3/7. (1 + 3 + 2 + 3/4 + 2/3 + 3/7) / 7.
      const g = fixtureGraph('org');
      const expected = (1 + 3 + 2 + 3 / 4 + 2 / 3 + 3 / 7) / 7;
      expect(close(distanceWeightedReach(g).a1!, expected)).toBe(true);
      expect(distanceWeightedReach(g, { toDistance: 'inverse' })).toEqual(distanceWeightedReach(g));
      expect(distanceWeightedReach(g, { getEdgeDistance: null })).not.toEqual(distanceWeightedReach(g));
      // getEdgeStrength: null makes every strength 1, hence every distance 1: hops.
      expect(distanceWeightedReach(g, { getEdgeStrength: null })).toEqual(distanceWeightedReach(g, { getEdgeDistance: null }));
    });
  });

  describe('a small weighted graph: a–b 2, b–c 1, b–d 4 (hand-computed, the TSDoc formula)', () => {
    const star = () => {
      const g = new UndirectedGraph();
      g.mergeEdge('a', 'b', { weight: 2 });
      g.mergeEdge('b', 'c', { weight: 1 });
      g.mergeEdge('b', 'd', { weight: 4 });
      return g;
    };

    it('DR(i) = (1 + Σ_{j ≠ i} 1 / d(i, j)) / n with d = 1/strength', () => {
      // b: a at 1/2 → 2, c at 1 → 1, d at 1/4 → 4: (1 + 2 + 1 + 4) / 4 = 2.
      // a: b at 1/2 → 2, c at 3/2 → 2/3, d at 3/4 → 4/3: (1 + 2 + 2/3 + 4/3) / 4 = 5/4.
      // c: b at 1 → 1, a at 3/2 → 2/3, d at 5/4 → 4/5: (1 + 1 + 2/3 + 4/5) / 4 = 52/60.
      // d: b at 1/4 → 4, a at 3/4 → 4/3, c at 5/4 → 4/5: (1 + 4 + 4/3 + 4/5) / 4 = 107/60.
      const dr = distanceWeightedReach(star());
      expect(close(dr.b!, 2)).toBe(true);
      expect(close(dr.a!, 5 / 4)).toBe(true);
      expect(close(dr.c!, 52 / 60)).toBe(true);
      expect(close(dr.d!, 107 / 60)).toBe(true);
      expect(close(distanceWeightedReach(star(), { normalized: false }).b!, 8)).toBe(true);
    });

    it('in hops: b 1 (tied to everyone), a (1 + 1 + 1/2 + 1/2) / 4', () => {
      const dr = distanceWeightedReach(star(), { getEdgeDistance: null });
      expect(dr).toEqual({ a: 0.75, b: 1, c: 0.75, d: 0.75 });
    });

    it('reads given distances with getEdgeDistance', () => {
      const g = star();
      g.forEachEdge((e, a) => g.setEdgeAttribute(e, 'km', 2 * (a['weight'] as number)));
      // b: a at 4, c at 2, d at 8: (1 + 1/4 + 1/2 + 1/8) / 4 = 15/32.
      expect(close(distanceWeightedReach(g, { getEdgeDistance: 'km' }).b!, 15 / 32)).toBe(true);
    });
  });

  describe('directed graphs', () => {
    it("follows arcs: direction 'out' from the person, 'in' towards it", () => {
      // a → b → c: out, a reaches b (1) and c (1/2): (1 + 1 + 1/2) / 3; in, a is reached by nobody: 1/3.
      const g = new DirectedGraph();
      g.mergeEdge('a', 'b');
      g.mergeEdge('b', 'c');
      expect(distanceWeightedReach(g).a).toBe(2.5 / 3);
      expect(distanceWeightedReach(g, { direction: 'in' }).a).toBe(1 / 3);
      expect(distanceWeightedReach(g, { direction: 'in' }).c).toBe(2.5 / 3);
    });
  });
});
