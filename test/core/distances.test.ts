/**
 * resolveDistances / assertToDistance (src/core/distances.ts): which distances path kernels read
 * (METRICS.md §1.2) and which zero distances they refuse (§1.3).
 */
import { describe, expect, it } from 'vitest';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { InvalidOptionError, InvalidWeightError, buildIndex } from '../../src/index.js';
import { assertToDistance, resolveDistances } from '../../src/core/distances.js';

const COUNTING = { allowZero: false };
const SEARCH = { allowZero: true };

/** The error `fn` throws (fails the test when it does not throw). */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

/** a–b 1, b–c 2, c–a 4 (strengths). */
function triangle(): UndirectedGraph {
  const g = new UndirectedGraph();
  g.mergeEdge('a', 'b', { weight: 1, d: 3 });
  g.mergeEdge('b', 'c', { weight: 2, d: 3 });
  g.mergeEdge('c', 'a', { weight: 4, d: 5 });
  return g;
}

/** Distance of the tie u–v among the resolved slots. */
function slotDistance(index: ReturnType<typeof buildIndex>, slots: Float64Array, u: string, v: string): number {
  const a = index.id(u);
  const b = index.id(v);
  for (let p = index.offsets[a]!; p < index.offsets[a + 1]!; p++) if (index.neighbors[p] === b) return slots[p]!;
  throw new Error('no such tie');
}

describe('core/distances', () => {
  describe('resolveDistances', () => {
    it("derives d = 1/strength by default ('inverse')", () => {
      const index = buildIndex(triangle());
      const { slots, unit } = resolveDistances(index, undefined, false, 'test', COUNTING);
      expect(unit).toBeNaN();
      expect(slotDistance(index, slots!, 'a', 'b')).toBe(1);
      expect(slotDistance(index, slots!, 'c', 'b')).toBe(0.5);
      expect(slotDistance(index, slots!, 'a', 'c')).toBe(0.25);
    });

    it('reports hops (slots null, unit 1) when every strength is 1, e.g. getEdgeStrength: null', () => {
      const index = buildIndex(triangle(), { getEdgeStrength: null });
      expect(resolveDistances(index, undefined, false, 'test', COUNTING)).toEqual({ slots: null, inSlots: null, unit: 1 });
    });

    it('reports hops with getEdgeDistance: null (the index stores distance 1 everywhere)', () => {
      const index = buildIndex(triangle(), { getEdgeDistance: null });
      expect(resolveDistances(index, undefined, true, 'test', COUNTING)).toEqual({ slots: null, inSlots: null, unit: 1 });
    });

    it('reports a common distance c ≠ 1 as hops of length c', () => {
      const g = triangle();
      const index = buildIndex(g, { getEdgeDistance: () => 2.5 });
      expect(resolveDistances(index, undefined, true, 'test', COUNTING)).toEqual({ slots: null, inSlots: null, unit: 2.5 });
    });

    it('reads distances from getEdgeDistance (merged parallel edges keep the minimum)', () => {
      const index = buildIndex(triangle(), { getEdgeDistance: 'd' });
      const { slots } = resolveDistances(index, undefined, true, 'test', COUNTING);
      expect(slotDistance(index, slots!, 'b', 'a')).toBe(3);
      expect(slotDistance(index, slots!, 'a', 'c')).toBe(5);
    });

    it('aligns inSlots with the in-adjacency of a directed graph', () => {
      const g = new DirectedGraph();
      g.mergeEdge('a', 'b', { weight: 2 });
      g.mergeEdge('b', 'c', { weight: 4 });
      g.mergeEdge('c', 'a', { weight: 5 });
      const index = buildIndex(g);
      const { slots, inSlots } = resolveDistances(index, undefined, false, 'test', COUNTING);
      expect(inSlots).not.toBe(slots);
      const b = index.id('b');
      // b's only in-arc is a→b (strength 2 → distance 1/2); its only out-arc b→c (1/4).
      expect(inSlots![index.inOffsets[b]!]).toBe(0.5);
      expect(slots![index.offsets[b]!]).toBe(0.25);
    });

    it('applies a toDistance function once per merged tie', () => {
      const index = buildIndex(triangle());
      const seen: number[] = [];
      const { slots } = resolveDistances(index, (s: number) => (seen.push(s), 10 - s), false, 'test', COUNTING);
      expect(seen.sort()).toEqual([1, 2, 4]);
      expect(slotDistance(index, slots!, 'a', 'c')).toBe(6);
    });

    it("computes 'negLog' −ln(s/s_max) and 'maxMinus' s_max − s where zeros are allowed (path search)", () => {
      const index = buildIndex(triangle());
      const negLog = resolveDistances(index, 'negLog', false, 'test', SEARCH).slots!;
      expect(slotDistance(index, negLog, 'a', 'b')).toBeCloseTo(Math.log(4), 15);
      expect(slotDistance(index, negLog, 'a', 'c')).toBe(0);
      const maxMinus = resolveDistances(index, 'maxMinus', false, 'test', SEARCH).slots!;
      expect(slotDistance(index, maxMinus, 'b', 'c')).toBe(2);
      expect(slotDistance(index, maxMinus, 'a', 'c')).toBe(0);
    });

    it("refuses 'negLog' and 'maxMinus' for path counting with InvalidOptionError (the strongest tie gets 0)", () => {
      const index = buildIndex(triangle());
      for (const transform of ['negLog', 'maxMinus']) {
        const error = thrown(() => resolveDistances(index, transform, false, 'test', COUNTING));
        expect(error).toBeInstanceOf(InvalidOptionError);
        expect((error as InvalidOptionError).option).toBe('toDistance');
      }
    });

    it('refuses a toDistance function returning 0, a negative, NaN, ∞ or a non-number with InvalidWeightError naming the tie', () => {
      const index = buildIndex(triangle());
      for (const bad of [0, -1, Number.NaN, Infinity, '1']) {
        const error = thrown(() => resolveDistances(index, (s: number) => (s === 4 ? bad : 1), false, 'test', COUNTING));
        expect(error).toBeInstanceOf(InvalidWeightError);
        expect((error as InvalidWeightError).code).toBe('E_INVALID_WEIGHT');
        expect([(error as InvalidWeightError).source, (error as InvalidWeightError).target].sort()).toEqual(['a', 'c']);
      }
      // Zero is accepted where the caller allows it.
      expect(() => resolveDistances(index, () => 0, false, 'test', SEARCH)).not.toThrow();
    });

    it('refuses toDistance together with stored distances (getEdgeDistance, or an index built with it)', () => {
      const index = buildIndex(triangle(), { getEdgeDistance: 'd' });
      for (const explicit of [true, false]) {
        const error = thrown(() => resolveDistances(index, 'inverse', explicit, 'test', COUNTING));
        expect(error).toBeInstanceOf(InvalidOptionError);
        expect((error as InvalidOptionError).option).toBe('toDistance');
      }
    });

    it('handles an index without ties', () => {
      const g = new UndirectedGraph();
      g.addNode('a');
      expect(resolveDistances(buildIndex(g), undefined, false, 'test', COUNTING).slots).toBeNull();
    });
  });

  describe('assertToDistance', () => {
    it('accepts the transforms and functions, refuses anything else', () => {
      expect(() => assertToDistance('test', 'inverse', COUNTING)).not.toThrow();
      expect(() => assertToDistance('test', (s: number) => s, COUNTING)).not.toThrow();
      expect(() => assertToDistance('test', 'negLog', SEARCH)).not.toThrow();
      for (const bad of ['log', null, 1, {}]) {
        expect(thrown(() => assertToDistance('test', bad, SEARCH))).toBeInstanceOf(InvalidOptionError);
      }
    });
  });
});
