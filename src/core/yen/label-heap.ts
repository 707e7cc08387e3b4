/**
 * The heap of the goal-directed spur searches: an indexed binary min-heap over the workspace's
 * lexicographic keys (keyA exact, keyB within the path tolerance, then hops). The searches with a
 * single key use the heap of core/dijkstra.ts; this order cannot be folded into one number
 * (the tolerance is not transitive), and a comparator callback would cost a call per comparison.
 *
 * @internal
 * @module
 */
import type { Workspace } from './workspace.js';

/**
 * Whether heap entry u comes before v: keyA (exact), then keyB (tolerant), then fewer hops.
 */
function keyLess(keyA: Float64Array, keyB: Float64Array, hops: Float64Array, u: number, v: number, epsilon: number): boolean {
  const au = keyA[u]!;
  const av = keyA[v]!;
  if (au !== av) return au < av;
  const bu = keyB[u]!;
  const bv = keyB[v]!;
  if (bu !== bv && Math.abs(bu - bv) >= epsilon * (bu + bv)) return bu < bv;
  return hops[u]! < hops[v]!;
}

/** @internal Moves heap entry `i` up until its parent comes before it. */
export function keySiftUp(ws: Workspace, i: number, epsilon: number): void {
  const { heap, pos, keyA, keyB, hops } = ws;
  const v = heap[i]!;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const u = heap[parent]!;
    if (!keyLess(keyA, keyB, hops, v, u, epsilon)) break;
    heap[i] = u;
    pos[u] = i;
    i = parent;
  }
  heap[i] = v;
  pos[v] = i;
}

/** @internal Moves heap entry `i` down until no child comes before it. */
export function keySiftDown(ws: Workspace, size: number, i: number, epsilon: number): void {
  const { heap, pos, keyA, keyB, hops } = ws;
  const v = heap[i]!;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= size) break;
    let u = heap[child]!;
    const right = child + 1;
    if (right < size) {
      const r = heap[right]!;
      if (keyLess(keyA, keyB, hops, r, u, epsilon)) {
        child = right;
        u = r;
      }
    }
    if (!keyLess(keyA, keyB, hops, u, v, epsilon)) break;
    heap[i] = u;
    pos[u] = i;
    i = child;
  }
  heap[i] = v;
  pos[v] = i;
}

/** @internal Pops the heap's first entry (heap size `size` ≥ 1). */
export function popKey(ws: Workspace, size: number, epsilon: number): number {
  const { heap, pos } = ws;
  const x: number = heap[0]!;
  pos[x] = -1;
  if (size > 1) {
    heap[0] = heap[size - 1]!;
    keySiftDown(ws, size - 1, 0, epsilon);
  }
  return x;
}
