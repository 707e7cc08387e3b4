/**
 * Unit tests of moderatelyWeakTies (STYLE.md §9, layer 1): the standard cases and hand-computed
 * selections with the arithmetic in comments. Golden parity (NetworkX common neighbours, SciPy
 * mid-rank percentiles) is in moderately-weak-ties.golden.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { DirectedGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { buildIndex } from '../../src/core/build-index.js';
import {
  GraphTypeNotSupportedError,
  InvalidGraphError,
  InvalidOptionError,
  NodeNotFoundError,
  type TieStrengthError,
} from '../../src/errors.js';
import { MODERATELY_WEAK_TIES_DEFAULTS, moderatelyWeakTies } from '../../src/ties/moderately-weak-ties.js';
import { Graph } from '../arbitraries.js';

function thrown(fn: () => unknown): TieStrengthError {
  try {
    fn();
  } catch (error) {
    return error as TieStrengthError;
  }
  throw new Error('expected the call to throw');
}

/**
 * a is tied to b, c, d, e (strengths 5, 1, 3, 3); b–c, b–d, c–d and d–e are tied too; z is isolated.
 * Mutual contacts with a: b {c, d} = 2, c {b, d} = 2, d {b, c, e} = 3, e {d} = 1.
 */
function fan(): MultiUndirectedGraph {
  const g = new MultiUndirectedGraph();
  g.addNode('z');
  const edges: [string, string, number][] = [
    ['a', 'b', 5], ['a', 'c', 1], ['a', 'd', 3], ['a', 'e', 3], ['b', 'c', 1], ['b', 'd', 1], ['c', 'd', 1], ['d', 'e', 1],
  ];
  for (const [u, v, weight] of edges) g.mergeEdge(u, v, { weight });
  return g;
}

describe('moderatelyWeakTies', () => {
  describe('standard cases (STYLE.md §9)', () => {
    it('moderatelyWeakTies(notAGraph, person) throws InvalidGraphError', () => {
      for (const input of [null, undefined, 42, 'graph', {}, []]) {
        const error = thrown(() => moderatelyWeakTies(input as never, 'a'));
        expect(error).toBeInstanceOf(InvalidGraphError);
        expect(error.code).toBe('E_INVALID_GRAPH');
      }
    });

    it('throws GraphTypeNotSupportedError on a graph mixing directed and undirected edges', () => {
      const g = new Graph();
      g.mergeDirectedEdge('a', 'b');
      g.mergeUndirectedEdge('b', 'c');
      expect(thrown(() => moderatelyWeakTies(g, 'a'))).toBeInstanceOf(GraphTypeNotSupportedError);
    });

    it('throws NodeNotFoundError when the person is absent (also in an empty graph)', () => {
      for (const input of [fan(), buildIndex(fan()), new UndirectedGraph()]) {
        const error = thrown(() => moderatelyWeakTies(input, 'nobody'));
        expect(error).toBeInstanceOf(NodeNotFoundError);
        expect(error.code).toBe('E_NODE_NOT_FOUND');
        expect((error as NodeNotFoundError).node).toBe('nobody');
      }
    });

    it('returns [] for an isolate', () => {
      expect(moderatelyWeakTies(fan(), 'z')).toEqual([]);
      expect(moderatelyWeakTies(fan(), 'z', { measure: 'strength', band: [0, 1] })).toEqual([]);
    });

    it('ignores self-loops: a self-loop neither adds a tie nor a mutual contact', () => {
      const g = fan();
      const before = moderatelyWeakTies(g, 'a', { band: [0, 1] });
      g.addEdge('a', 'a', { weight: 9 });
      g.addEdge('d', 'd', { weight: 9 });
      expect(moderatelyWeakTies(g, 'a', { band: [0, 1] })).toEqual(before);
    });

    it('gives the same result for a graph and its prebuilt index', () => {
      for (const measure of ['embeddedness', 'strength'] as const) {
        expect(moderatelyWeakTies(buildIndex(fan()), 'a', { measure })).toEqual(moderatelyWeakTies(fan(), 'a', { measure }));
      }
    });

    it('validates its options', () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ measure: 'mutual' }, 'measure'],
        [{ band: [0.5, 0.25] }, 'band'],
        [{ band: [-0.1, 0.5] }, 'band'],
        [{ band: [0.1, 1.5] }, 'band'],
        [{ band: [0.1] }, 'band'],
        [{ band: [Number.NaN, 0.5] }, 'band'],
        [{ band: '0.25-0.5' }, 'band'],
        [{ getEdgeStrength: 7 }, 'getEdgeStrength'],
        [{ bands: [0, 1] }, 'bands'],
      ];
      for (const [options, option] of cases) {
        const error = thrown(() => moderatelyWeakTies(fan(), 'a', options as never));
        expect(error, JSON.stringify(options)).toBeInstanceOf(InvalidOptionError);
        expect((error as InvalidOptionError).option).toBe(option);
      }
      expect((thrown(() => moderatelyWeakTies(buildIndex(fan()), 'a', { getEdgeStrength: 'weight' })) as InvalidOptionError).option).toBe(
        'getEdgeStrength',
      );
      const misspelt = thrown(() => moderatelyWeakTies(fan(), 'a', { getEdgeStrength: 'emails' }));
      expect(misspelt).toBeInstanceOf(InvalidOptionError);
      expect((misspelt as InvalidOptionError).option).toBe('getEdgeStrength');
      // getEdgeStrength: null works on an index, as on the graph.
      expect(moderatelyWeakTies(buildIndex(fan()), 'a', { measure: 'strength', getEdgeStrength: null })).toEqual(
        moderatelyWeakTies(fan(), 'a', { measure: 'strength', getEdgeStrength: null }),
      );
    });

    it('exports frozen defaults: measure embeddedness, band [0.25, 0.5]', () => {
      expect(Object.isFrozen(MODERATELY_WEAK_TIES_DEFAULTS)).toBe(true);
      expect(Object.isFrozen(MODERATELY_WEAK_TIES_DEFAULTS.band)).toBe(true);
      expect(MODERATELY_WEAK_TIES_DEFAULTS.measure).toBe('embeddedness');
      expect(MODERATELY_WEAK_TIES_DEFAULTS.band).toEqual([0.25, 0.5]);
    });
  });

  describe('hand-computed', () => {
    it('ranks by mutual contacts: the default band [0.25, 0.5] keeps b and c', () => {
      // Embeddedness: e 1, b 2, c 2, d 3 (k = 4). Mid-rank percentile = (#below + ½ #equal) / k:
      // e (0 + ½)/4 = 0.125; b, c (1 + ½·2)/4 = 0.5; d (3 + ½)/4 = 0.875.
      // In [0.25, 0.5]: b and c (same percentile; then by strength: c 1 < b 5).
      expect(moderatelyWeakTies(fan(), 'a')).toEqual([
        { contact: 'c', embeddedness: 2, strength: 1, percentile: 0.5 },
        { contact: 'b', embeddedness: 2, strength: 5, percentile: 0.5 },
      ]);
    });

    it('band [0, 1] returns every tie, sorted by percentile then by the other measure', () => {
      expect(moderatelyWeakTies(fan(), 'a', { band: [0, 1] }).map((t) => [t.contact, t.percentile])).toEqual([
        ['e', 0.125], ['c', 0.5], ['b', 0.5], ['d', 0.875],
      ]);
    });

    it("moderatelyWeakTies(graph, person, { measure: 'strength' }) ranks by strength", () => {
      // Strengths: c 1, d 3, e 3, b 5. Percentiles: c 0.125; d, e (1 + ½·2)/4 = 0.5; b 0.875.
      // In [0.25, 0.5]: d and e; equal percentile, so by embeddedness: e 1 < d 3.
      expect(moderatelyWeakTies(fan(), 'a', { measure: 'strength' })).toEqual([
        { contact: 'e', embeddedness: 1, strength: 3, percentile: 0.5 },
        { contact: 'd', embeddedness: 3, strength: 3, percentile: 0.5 },
      ]);
      // The weakest quarter (the paper's reading for interaction intensity): c only.
      expect(moderatelyWeakTies(fan(), 'a', { measure: 'strength', band: [0, 0.25] }).map((t) => t.contact)).toEqual(['c']);
    });

    it('gives a single tie percentile 0.5, kept by the default band', () => {
      // p has one tie (k = 1), no mutual contact: percentile (0 + ½·1)/1 = 0.5.
      const g = new UndirectedGraph();
      g.mergeEdge('p', 'q', { weight: 2 });
      expect(moderatelyWeakTies(g, 'p')).toEqual([{ contact: 'q', embeddedness: 0, strength: 2, percentile: 0.5 }]);
    });

    it('moderatelyWeakTies(graph, person, { getEdgeStrength: null }) gives every strength 1, so every strength percentile 0.5', () => {
      const r = moderatelyWeakTies(fan(), 'a', { measure: 'strength', getEdgeStrength: null });
      expect(r.map((t) => [t.contact, t.strength, t.percentile])).toEqual([
        ['e', 1, 0.5], ['b', 1, 0.5], ['c', 1, 0.5], ['d', 1, 0.5],
      ]);
    });

    it('runs on the undirected projection of a directed graph (in ∪ out, strength a_ij + a_ji)', () => {
      // Arcs a→b, b→a, c→a, b→c: a's contacts b (w = 1 + 1 = 2) and c (w = 1, in-only);
      // mutual contacts: a–b {c}, a–c {b} → 1 each, so both get percentile (0 + ½·2)/2 = 0.5.
      const g = new DirectedGraph();
      g.mergeEdge('a', 'b');
      g.mergeEdge('b', 'a');
      g.mergeEdge('c', 'a');
      g.mergeEdge('b', 'c');
      expect(moderatelyWeakTies(g, 'a')).toEqual([
        { contact: 'c', embeddedness: 1, strength: 1, percentile: 0.5 },
        { contact: 'b', embeddedness: 1, strength: 2, percentile: 0.5 },
      ]);
      // By strength: c 1 → 0.25, b 2 → 0.75; the default band keeps c (0.25 is inside, bounds are inclusive).
      expect(moderatelyWeakTies(g, 'a', { measure: 'strength' }).map((t) => [t.contact, t.percentile])).toEqual([['c', 0.25]]);
    });
  });
});
