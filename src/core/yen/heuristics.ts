/**
 * The A* bounds of the spur searches, each one search backwards from the target over the whole
 * graph: cheapest cost (product order), widest bottleneck, and the (hops, cost) bound at a width
 * threshold (bottleneck pass 2). Admissible and consistent for every spur search, because a spur
 * search only removes nodes and arcs. See core/yen.ts.
 *
 * @internal
 * @module
 */
import { popMin, siftUp } from '../dijkstra.js';
import type { YenGraph } from './graph.js';
import { MAX_HOP_BOUNDS, type HopBound, type Workspace } from './workspace.js';

/**
 * @internal
 * The product bound: cheapest cost v → target over the whole graph, by one Dijkstra backwards
 * from the target over the in-adjacency (`Infinity` where the target is out of reach). Leaves
 * `ws.heap`/`ws.pos` as it found them (every pushed node is popped).
 */
export function costToTarget(g: YenGraph, ws: Workspace, target: number): Float64Array {
  const { inOffsets, inNeighbors, inCost } = g;
  const { heap, pos } = ws;
  const dist = new Float64Array(ws.n).fill(Infinity);
  dist[target] = 0;
  heap[0] = target;
  pos[target] = 0;
  let size = 1;
  while (size > 0) {
    const x = popMin(heap, pos, dist, size--);
    const dx = dist[x]!;
    for (let q: number = inOffsets[x]!, end: number = inOffsets[x + 1]!; q < end; q++) {
      const v = inNeighbors[q]!;
      const alt = dx + inCost[q]!;
      // alt ≥ dx ≥ dist of every popped node: a popped node is never pushed again.
      if (alt < dist[v]!) {
        const fresh = dist[v] === Infinity;
        dist[v] = alt;
        if (fresh) {
          heap[size] = v;
          siftUp(heap, pos, dist, size++);
        } else {
          siftUp(heap, pos, dist, pos[v]!);
        }
      }
    }
  }
  return dist;
}

/**
 * @internal
 * The bottleneck bound: widest bottleneck v → target over the whole graph (0 where the target is
 * out of reach), by one widest-path search backwards from the target (negated widths in the
 * min-heap of dijkstra.ts).
 */
export function widthToTarget(g: YenGraph, ws: Workspace, target: number): Float64Array {
  const { inOffsets, inNeighbors, inCost, inWidth } = g;
  const { heap, pos } = ws;
  const neg = new Float64Array(ws.n).fill(Infinity);
  neg[target] = -Infinity;
  heap[0] = target;
  pos[target] = 0;
  let size = 1;
  while (size > 0) {
    const x = popMin(heap, pos, neg, size--);
    const wx = -neg[x]!;
    for (let q: number = inOffsets[x]!, end: number = inOffsets[x + 1]!; q < end; q++) {
      const v = inNeighbors[q]!;
      const w = inWidth[q]!;
      if (!(w > 0) || inCost[q] === Infinity) continue;
      const alt = -(w < wx ? w : wx);
      // alt ≥ neg of every popped node: a popped node is never pushed again.
      if (alt < neg[v]!) {
        const fresh = neg[v] === Infinity;
        neg[v] = alt;
        if (fresh) {
          heap[size] = v;
          siftUp(heap, pos, neg, size++);
        } else {
          siftUp(heap, pos, neg, pos[v]!);
        }
      }
    }
  }
  for (let v = 0; v < ws.n; v++) neg[v] = neg[v] === Infinity ? 0 : -neg[v]!;
  return neg;
}

/**
 * @internal
 * The (hops, cost) bound of the bottleneck pass 2 at `threshold`: fewest hops v → target over
 * usable arcs of width ≥ threshold, then the least cost among those paths, by one breadth-first
 * pass backwards from the target (a node's cost is final once its layer is done). Cached per
 * call; O(n + m).
 *
 * The bound at a lower threshold is a distance over more arcs, so it is also admissible and
 * consistent at this one, only looser. With `loose`, the cached bound of the largest threshold
 * ≤ `threshold` serves (else the bound over all usable arcs is made): for the hop-capped
 * searches, whose thresholds are all different and whose paths are short anyway.
 */
export function hopBound(g: YenGraph, ws: Workspace, target: number, threshold: number, loose = false): HopBound {
  const cache = ws.hopBounds;
  let below: HopBound | null = null;
  for (let i = 0; i < cache.length; i++) {
    const b = cache[i]!;
    if (b.threshold === threshold) return b;
    if (b.threshold < threshold && (below === null || b.threshold > below.threshold)) below = b;
  }
  if (loose) {
    if (below !== null) return below;
    threshold = Number.MIN_VALUE; // every usable arc (width > 0)
  }
  let bound: HopBound;
  if (cache.length < MAX_HOP_BOUNDS) {
    bound = { threshold, hops: new Int32Array(ws.n), cost: new Float64Array(ws.n) };
  } else {
    bound = cache.shift()!; // the oldest
    bound.threshold = threshold;
  }
  cache.push(bound);
  const { inOffsets, inNeighbors, inCost, inWidth } = g;
  const { hops, cost } = bound;
  hops.fill(-1);
  cost.fill(Infinity);
  const queue = ws.frontier;
  hops[target] = 0;
  cost[target] = 0;
  queue[0] = target;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const x = queue[head++]!;
    const hx = hops[x]! + 1;
    const cx = cost[x]!;
    for (let q: number = inOffsets[x]!, end: number = inOffsets[x + 1]!; q < end; q++) {
      const v = inNeighbors[q]!;
      const c = inCost[q]!;
      if (c === Infinity || !(inWidth[q]! >= threshold)) continue;
      const hv = hops[v]!;
      if (hv === -1) {
        hops[v] = hx;
        cost[v] = cx + c;
        queue[tail++] = v;
      } else if (hv === hx) {
        const alt = cx + c;
        if (alt < cost[v]!) cost[v] = alt;
      }
    }
  }
  return bound;
}
