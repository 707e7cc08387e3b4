/**
 * groupDistanceWeightedReach: the standard cases of STYLE.md §9, the member convention (members
 * count 1), the default distance d = 1/strength, and hand-computed values on F2 "org" and a small
 * weighted graph (arithmetic in the comments).
 */
import { describe, expect, it } from 'vitest';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import {
  buildIndex,
  GraphTypeNotSupportedError,
  InvalidGraphError,
  InvalidOptionError,
  InvalidWeightError,
  NodeNotFoundError,
} from '../../src/index.js';
import { distanceWeightedReach } from '../../src/reach/distance-weighted-reach.js';
import {
  GROUP_DISTANCE_WEIGHTED_REACH_DEFAULTS,
  groupDistanceWeightedReach,
} from '../../src/reach/group-distance-weighted-reach.js';
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

/** a–b 2, b–c 1, b–d 4. */
function star(): UndirectedGraph {
  const g = new UndirectedGraph();
  g.mergeEdge('a', 'b', { weight: 2 });
  g.mergeEdge('b', 'c', { weight: 1 });
  g.mergeEdge('b', 'd', { weight: 4 });
  return g;
}

describe('groupDistanceWeightedReach', () => {
  describe('standard cases', () => {
    it('throws InvalidGraphError on something that is not a graph', () => {
      expectCode(() => groupDistanceWeightedReach('g' as never, []), InvalidGraphError, 'E_INVALID_GRAPH');
    });

    it('throws GraphTypeNotSupportedError on a mixed graph', () => {
      const g = new Graph();
      g.mergeDirectedEdge('a', 'b');
      g.mergeUndirectedEdge('b', 'c');
      expectCode(() => groupDistanceWeightedReach(g, ['a']), GraphTypeNotSupportedError, 'E_GRAPH_TYPE');
    });

    it('gives NaN for the (necessarily empty) group of an empty graph, 0 unnormalised', () => {
      expect(groupDistanceWeightedReach(new UndirectedGraph(), [])).toBeNaN();
      expect(groupDistanceWeightedReach(new UndirectedGraph(), [], { normalized: false })).toBe(0);
    });

    it('gives an isolate alone 1/n (it reaches itself only)', () => {
      expect(groupDistanceWeightedReach(fixtureGraph('org'), ['z'])).toBe(1 / 7);
    });

    it('ignores self-loops', () => {
      const g = new UndirectedGraph({ allowSelfLoops: true });
      g.mergeEdge('a', 'a', { weight: 5 });
      g.mergeEdge('a', 'b');
      g.addNode('c');
      // {a}: a 1, b 1, c unreachable: 2 / 3.
      expect(groupDistanceWeightedReach(g, ['a'])).toBe(2 / 3);
    });

    it('gives the same result for the graph and a prebuilt index', () => {
      for (const name of ['org', 'directed-weighted', 'messy'] as const) {
        const g = fixtureGraph(name);
        const index = buildIndex(g);
        const group = g.nodes().slice(0, 2);
        for (const options of [{}, { getEdgeDistance: null }, { getEdgeStrength: null }, { via: 'weak' as const, strongTies: 2, direction: 'in' as const }]) {
          expect(groupDistanceWeightedReach(index, group, options)).toBe(groupDistanceWeightedReach(g, group, options));
        }
        expect(groupDistanceWeightedReach(buildIndex(g, { getEdgeDistance: 'weight' }), group)).toBe(
          groupDistanceWeightedReach(g, group, { getEdgeDistance: 'weight' }),
        );
      }
    });

    it('takes the group as any iterable of node keys; members listed twice count once', () => {
      const g = fixtureGraph('org');
      expect(groupDistanceWeightedReach(g, new Set(['a1', 'c1']))).toBe(groupDistanceWeightedReach(g, ['a1', 'c1']));
      expect(groupDistanceWeightedReach(g, ['a1', 'c1', 'a1'])).toBe(groupDistanceWeightedReach(g, ['c1', 'a1']));
    });

    it('refuses bad groups and options with typed errors', () => {
      const g = fixtureGraph('org');
      expectCode(() => groupDistanceWeightedReach(g, 'a1' as never), InvalidOptionError, 'E_INVALID_OPTION', 'group');
      expectCode(() => groupDistanceWeightedReach(g, undefined as never), InvalidOptionError, 'E_INVALID_OPTION', 'group');
      expectCode(() => groupDistanceWeightedReach(g, [{}] as never), InvalidOptionError, 'E_INVALID_OPTION', 'group');
      expectCode(() => groupDistanceWeightedReach(g, ['a1', 'nobody']), NodeNotFoundError, 'E_NODE_NOT_FOUND');
      expectCode(() => groupDistanceWeightedReach(g, ['a1'], { set: ['a1'] } as never), InvalidOptionError, 'E_INVALID_OPTION', 'set');
      expectCode(() => groupDistanceWeightedReach(g, ['a1'], { attribute: 'x' } as never), InvalidOptionError, 'E_INVALID_OPTION', 'attribute');
      expectCode(() => groupDistanceWeightedReach(g, ['a1'], { toDistance: 'maxMinus' }), InvalidOptionError, 'E_INVALID_OPTION', 'toDistance');
      expectCode(() => groupDistanceWeightedReach(g, ['a1'], { normalized: 1 as never }), InvalidOptionError, 'E_INVALID_OPTION', 'normalized');
      expectCode(() => groupDistanceWeightedReach(g, ['a1'], { via: 'both' as never }), InvalidOptionError, 'E_INVALID_OPTION', 'via');
      expectCode(() => groupDistanceWeightedReach(g, ['a1'], { getEdgeDistance: 'dist' }), InvalidOptionError, 'E_INVALID_OPTION', 'getEdgeDistance');
      expectCode(() => groupDistanceWeightedReach(buildIndex(g), ['a1'], { getEdgeStrength: 'weight' }), InvalidOptionError, 'E_INVALID_OPTION', 'getEdgeStrength');
      expectCode(() => groupDistanceWeightedReach(g, ['a1'], { toDistance: () => -1 }), InvalidWeightError, 'E_INVALID_WEIGHT');
      expect(Object.isFrozen(GROUP_DISTANCE_WEIGHTED_REACH_DEFAULTS)).toBe(true);
      expect(GROUP_DISTANCE_WEIGHTED_REACH_DEFAULTS).not.toHaveProperty('attribute');
      expect(GROUP_DISTANCE_WEIGHTED_REACH_DEFAULTS.toDistance).toBe('inverse');
    });
  });

  describe('F2 org (hand-computed)', () => {
    it('in hops: members count 1, everyone else 1 / distance to the nearest member', () => {
      // M = {a1, c1}: members 2; a2, a3 (from a1) and b2 (from c1) at 1 → 3; b1 at 2 → 1/2; z 0.
      // (2 + 3 + 1/2) / 7 = 11/14.
      const g = fixtureGraph('org');
      expect(close(groupDistanceWeightedReach(g, ['a1', 'c1'], { getEdgeDistance: null }), 11 / 14)).toBe(true);
      expect(close(groupDistanceWeightedReach(g, ['a1', 'c1'], { getEdgeDistance: null, normalized: false }), 5.5)).toBe(true);
      // The empty group reaches nobody; the whole network is the maximum, 1.
      expect(groupDistanceWeightedReach(g, [])).toBe(0);
      expect(groupDistanceWeightedReach(g, g.nodes(), { getEdgeDistance: null })).toBe(1);
    });

    it('with d = 1/strength (the default): a2 3, a3 2, b2 1, b1 0.8', () => {
      // From a1: a2 at 1/3, a3 at 1/2; from c1: b2 at 1, b1 at 1 + 1/4. (2 + 3 + 2 + 1 + 0.8) / 7.
      expect(close(groupDistanceWeightedReach(fixtureGraph('org'), ['a1', 'c1']), 8.8 / 7)).toBe(true);
    });

    it('a one-person group is that person’s distanceWeightedReach', () => {
      const g = fixtureGraph('org');
      for (const options of [{}, { getEdgeDistance: null }, { via: 'weak' as const, strongTies: 2 }]) {
        const per = distanceWeightedReach(g, options);
        for (const v of Object.keys(per)) expect(close(groupDistanceWeightedReach(g, [v], options), per[v]!)).toBe(true);
      }
    });
  });

  describe('a small weighted graph: a–b 2, b–c 1, b–d 4 (hand-computed, the TSDoc formula)', () => {
    it('DR(M) = (|M| + Σ_{j ∉ M} 1 / d(M, j)) / n with d = 1/strength', () => {
      // M = {a, c}: members 2; b: min(1/2 from a, 1 from c) = 1/2 → 2; d: min(3/4, 5/4) = 3/4 → 4/3.
      // (2 + 2 + 4/3) / 4 = 4/3.
      expect(close(groupDistanceWeightedReach(star(), ['a', 'c']), 4 / 3)).toBe(true);
      // M = {d}: (1 + 4 + 4/3 + 4/5) / 4, the per-person value of d.
      expect(close(groupDistanceWeightedReach(star(), ['d']), 107 / 60)).toBe(true);
    });

    it('in hops: b at 1, d at 2 from both members: (2 + 1 + 1/2) / 4', () => {
      expect(groupDistanceWeightedReach(star(), ['a', 'c'], { getEdgeDistance: null })).toBe(0.875);
      expect(groupDistanceWeightedReach(buildIndex(star()), ['a', 'c'], { getEdgeDistance: null })).toBe(0.875);
    });
  });

  describe('directed graphs', () => {
    it("follows arcs: direction 'out' from the group, 'in' towards it", () => {
      // a → b → c: {c} in: b at 1, a at 2: (1 + 1 + 1/2) / 3; out: c reaches nobody: 1/3.
      const g = new DirectedGraph();
      g.mergeEdge('a', 'b');
      g.mergeEdge('b', 'c');
      expect(groupDistanceWeightedReach(g, ['c'], { direction: 'in' })).toBe(2.5 / 3);
      expect(groupDistanceWeightedReach(g, ['c'])).toBe(1 / 3);
      expect(groupDistanceWeightedReach(g, ['a', 'c'])).toBe(2 / 3 + 1 / 3);
    });
  });
});
