/**
 * The indexed binary min-heap of src/core/dijkstra.ts (siftUp, siftDown, popMin), shared by the
 * Dijkstra kernels, Yen's backward searches and the tie-span search: pushes, decrease-keys and
 * pops against a sort, on random keys.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { popMin, siftUp } from '../../src/core/dijkstra.js';

/** An empty heap over `n` nodes: entries, positions (−1: not in the heap) and keys. */
function emptyHeap(n: number) {
  return { heap: new Uint32Array(n), pos: new Int32Array(n).fill(-1), key: new Float64Array(n).fill(Infinity), size: 0 };
}

describe('indexed binary heap', () => {
  it('popMin returns the nodes by increasing key and marks them popped', () => {
    const h = emptyHeap(5);
    for (const [v, k] of [[0, 3], [1, 1], [2, 4], [3, 1.5], [4, 0]] as const) {
      h.key[v] = k;
      h.heap[h.size] = v;
      siftUp(h.heap, h.pos, h.key, h.size++);
    }
    const order: number[] = [];
    while (h.size > 0) order.push(popMin(h.heap, h.pos, h.key, h.size--));
    expect(order).toEqual([4, 1, 3, 0, 2]);
    expect(Array.from(h.pos)).toEqual([-1, -1, -1, -1, -1]);
  });

  test.prop(
    [fc.array(fc.tuple(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 60 })],
    { numRuns: 100 },
  )('pushes, decrease-keys (siftUp at pos) and pops come out sorted', (entries) => {
    const n = entries.length;
    const h = emptyHeap(n);
    for (let v = 0; v < n; v++) {
      h.key[v] = entries[v]![0];
      h.heap[h.size] = v;
      siftUp(h.heap, h.pos, h.key, h.size++);
    }
    // Decrease every other key, as a Dijkstra relaxation does.
    for (let v = 0; v < n; v += 2) {
      h.key[v] = h.key[v]! * entries[v]![1];
      siftUp(h.heap, h.pos, h.key, h.pos[v]!);
    }
    const popped: number[] = [];
    while (h.size > 0) popped.push(h.key[popMin(h.heap, h.pos, h.key, h.size--)]!);
    expect(popped).toEqual(Array.from(h.key).sort((a, b) => a - b));
  });
});
