/**
 * distanceWeightedReach and assignDistanceWeightedReach: the standard cases of STYLE.md §9, the
 * member convention (METRICS.md open decision 6: members count 1) and hand-computed values on F2
 * "org" (arithmetic in the comments).
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
  NodeNotFoundError,
} from '../../src/index.js';
import {
  assignDistanceWeightedReach,
  DISTANCE_WEIGHTED_REACH_DEFAULTS,
  distanceWeightedReach,
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

    it('returns {} for an empty graph, and NaN for the (necessarily empty) set of an empty graph', () => {
      expect(distanceWeightedReach(new UndirectedGraph())).toEqual({});
      expect(distanceWeightedReach(new UndirectedGraph(), { set: [] })).toBeNaN();
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

    it('assignDistanceWeightedReach writes what distanceWeightedReach returns, and refuses set', () => {
      const g = fixtureGraph('karate');
      const expected = distanceWeightedReach(g, { toDistance: 'inverse', via: 'strong', strongTies: 3 });
      assignDistanceWeightedReach(g, { toDistance: 'inverse', via: 'strong', strongTies: 3 });
      g.forEachNode((v, a) => expect(a['distanceWeightedReach']).toBe(expected[v]));
      assignDistanceWeightedReach(g, { attribute: 'dr' });
      expect(g.getNodeAttribute('0', 'dr')).toBe(distanceWeightedReach(g)['0']);
      expectCode(() => assignDistanceWeightedReach(g, { set: ['0'] } as never), InvalidOptionError, 'E_INVALID_OPTION', 'set');
    });

    it('gives the same result for the graph and a prebuilt index (hops, toDistance, getEdgeDistance)', () => {
      for (const name of ['org', 'directed-weighted', 'messy'] as const) {
        const g = fixtureGraph(name);
        const index = buildIndex(g);
        for (const options of [{}, { toDistance: 'inverse' as const }, { via: 'weak' as const, strongTies: 2, direction: 'in' as const }]) {
          expect(distanceWeightedReach(index, options)).toEqual(distanceWeightedReach(g, options));
        }
        // An index built with getEdgeDistance uses its distances.
        expect(distanceWeightedReach(buildIndex(g, { getEdgeDistance: 'weight' }))).toEqual(distanceWeightedReach(g, { getEdgeDistance: 'weight' }));
      }
    });

    it('takes the set as any iterable of node keys (a Set gives the array’s value)', () => {
      const g = fixtureGraph('org');
      expect(distanceWeightedReach(g, { set: new Set(['a1', 'c1']) })).toBe(distanceWeightedReach(g, { set: ['a1', 'c1'] }));
    });

    it('refuses bad options with typed errors', () => {
      const g = fixtureGraph('org');
      expectCode(() => distanceWeightedReach(g, { set: 'a1' as never }), InvalidOptionError, 'E_INVALID_OPTION', 'set');
      expectCode(() => distanceWeightedReach(g, { set: [{}] as never }), InvalidOptionError, 'E_INVALID_OPTION', 'set');
      expectCode(() => distanceWeightedReach(g, { set: ['a1', 'nobody'] }), NodeNotFoundError, 'E_NODE_NOT_FOUND');
      expectCode(() => distanceWeightedReach(g, { toDistance: 'negLog' }), InvalidOptionError, 'E_INVALID_OPTION', 'toDistance');
      expectCode(() => distanceWeightedReach(g, { toDistance: 'inverse', getEdgeDistance: 'weight' }), InvalidOptionError, 'E_INVALID_OPTION', 'toDistance');
      expectCode(() => distanceWeightedReach(g, { normalized: 'no' as never }), InvalidOptionError, 'E_INVALID_OPTION', 'normalized');
      expectCode(() => distanceWeightedReach(g, { toDistance: () => 0 }), InvalidWeightError, 'E_INVALID_WEIGHT');
      expectCode(() => distanceWeightedReach(buildIndex(g), { getEdgeDistance: 'weight' }), InvalidOptionError, 'E_INVALID_OPTION', 'getEdgeDistance');
      expect(Object.isFrozen(DISTANCE_WEIGHTED_REACH_DEFAULTS)).toBe(true);
    });
  });

  describe('F2 org (hand-computed)', () => {
    it('per person, in hops: (1 + Σ 1/d) / n', () => {
      // b2: itself 1; a2, b1, c1 at 1 → 3; a1, a3 at 2 → 1; z never → 0. (1 + 3 + 1) / 7.
      // a1: 1; a2, a3 → 2; b1, b2 at 2 → 1; c1 at 3 → 1/3. (1 + 2 + 1 + 1/3) / 7 = 13/21.
      const dr = distanceWeightedReach(fixtureGraph('org'));
      expect(close(dr.b2!, 5 / 7)).toBe(true);
      expect(close(dr.a1!, 13 / 21)).toBe(true);
    });

    it('equals (1 + harmonic closeness) / n, with the same distances', () => {
      const g = fixtureGraph('karate');
      for (const [dr, h] of [
        [distanceWeightedReach(g), harmonicCloseness(g, { getEdgeDistance: null })],
        [distanceWeightedReach(g, { toDistance: 'inverse' }), harmonicCloseness(g)],
      ] as const) {
        for (const v of Object.keys(dr)) expect(close(dr[v]!, (1 + h[v]!) / 34)).toBe(true);
      }
    });

    it('of a set: members count 1, everyone else 1 / distance to the nearest member', () => {
      // M = {a1, c1}: members 2; a2, a3 (from a1) and b2 (from c1) at 1 → 3; b1 at 2 → 1/2; z 0.
      // (2 + 3 + 1/2) / 7 = 11/14.
      const g = fixtureGraph('org');
      expect(close(distanceWeightedReach(g, { set: ['a1', 'c1'] }), 11 / 14)).toBe(true);
      expect(close(distanceWeightedReach(g, { set: ['a1', 'c1', 'a1'], normalized: false }), 5.5)).toBe(true);
      // A one-person set is that person's value.
      const per = distanceWeightedReach(g, { toDistance: 'inverse' });
      for (const v of Object.keys(per)) expect(close(distanceWeightedReach(g, { set: [v], toDistance: 'inverse' }), per[v]!)).toBe(true);
      // The empty set reaches nobody; the whole network is the maximum, 1.
      expect(distanceWeightedReach(g, { set: [] })).toBe(0);
      expect(distanceWeightedReach(g, { set: g.nodes() })).toBe(1);
    });

    it('hops by default; toDistance inverse uses d = 1/strength (strong ties are closer)', () => {
      // a1 with d = 1/s: a2 at 1/3 → 3, a3 at 1/2 → 2, b2 via a2 at 1/3 + 1 → 3/4, b1 via a3 at 1/2 + 1 → 2/3,
      // c1 via a2, b2 at 1/3 + 1 + 1 → 3/7. (1 + 3 + 2 + 3/4 + 2/3 + 3/7) / 7.
      const g = fixtureGraph('org');
      const expected = (1 + 3 + 2 + 3 / 4 + 2 / 3 + 3 / 7) / 7;
      expect(close(distanceWeightedReach(g, { toDistance: 'inverse' }).a1!, expected)).toBe(true);
      expect(distanceWeightedReach(g, { getEdgeDistance: null })).toEqual(distanceWeightedReach(g));
    });
  });

  describe('directed graphs', () => {
    it("follows arcs: direction 'out' from the person (or set), 'in' towards it", () => {
      // a → b → c: out, a reaches b (1) and c (1/2): (1 + 1 + 1/2) / 3; in, a is reached by nobody: 1/3.
      const g = new DirectedGraph();
      g.mergeEdge('a', 'b');
      g.mergeEdge('b', 'c');
      expect(distanceWeightedReach(g).a).toBe(2.5 / 3);
      expect(distanceWeightedReach(g, { direction: 'in' }).a).toBe(1 / 3);
      expect(distanceWeightedReach(g, { direction: 'in', set: ['c'] })).toBe(2.5 / 3);
    });
  });
});
