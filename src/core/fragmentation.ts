/**
 * Borgatti's (2006) fragmentation measures of an undirected simple graph, and how much each
 * node's removal raises them (KPP-Neg, docs/metrics.md):
 *
 *   F   = 1 − Σ_c s_c (s_c − 1) / (n (n − 1))            s_c = size of component c
 *   D_F = 1 − Σ_{i ≠ j} (1 / d_ij) / (n (n − 1))          d_ij in hops, 1/∞ = 0
 *       = 1 − 2 Σ_{i<j} (1 / d_ij) / (n (n − 1))
 *   risk(v) = F(G − v) − F(G), on the n − 1 remaining nodes (the same for D_F)
 *
 * n ≤ 1 gives `NaN` (no pairs), so a risk is `NaN` when n ≤ 2.
 *
 * F(G − v) for every v comes from {@link removalSplits} in O(n + m) total. D_F(G − v) needs the
 * hop distances of G − v: one breadth-first search from every other node of v's component
 * (O(|C|·m_C) per removal); the rest of the graph keeps its harmonic sum from the baseline.
 *
 * @internal
 * @module
 */
import type { Adjacency } from './articulation.js';

/** @internal F = 1 − pairs / (n(n − 1)) from the connected ordered pairs; `NaN` for n ≤ 1. */
export function fragmentationOf(n: number, connectedPairs: number): number {
  return n <= 1 ? Number.NaN : 1 - connectedPairs / (n * (n - 1));
}

/** @internal Buffers of a hop-distance BFS, allocated once per call and reset by stamping. */
interface HarmonicWorkspace {
  /** Stamp of the search that last reached each node. */
  stamp: Uint32Array;
  /** Current stamp. */
  current: number;
  /** The BFS queue; after a search, `queue[0 … reached)` lists the nodes it reached (the source first). */
  queue: Uint32Array;
  /** Number of nodes the last search reached, source included. */
  reached: number;
}

function harmonicWorkspace(n: number): HarmonicWorkspace {
  return { stamp: new Uint32Array(n), current: 0, queue: new Uint32Array(n), reached: 0 };
}

/**
 * Σ_{j reachable, j ≠ s} 1 / d(s, j) by breadth-first search from s, never entering `blocked`
 * (−1 for none). Counts nodes per level and adds count / d once per level.
 */
function harmonicFrom(g: Adjacency, s: number, blocked: number, ws: HarmonicWorkspace): number {
  const { offsets, neighbors } = g;
  const { stamp, queue } = ws;
  const mark = ++ws.current;
  stamp[s] = mark;
  if (blocked >= 0) stamp[blocked] = mark;
  queue[0] = s;
  let head = 0;
  let tail = 1;
  let levelEnd = 1;
  let d = 0;
  let sum = 0;
  while (head < tail) {
    if (head === levelEnd) levelEnd = tail;
    // Expand the level [head, levelEnd): its nodes are at distance d; their new neighbours at d + 1.
    d++;
    const before = tail;
    for (; head < levelEnd; head++) {
      const x = queue[head]!;
      const end = offsets[x + 1]!;
      for (let p = offsets[x]!; p < end; p++) {
        const y = neighbors[p]!;
        if (stamp[y] !== mark) {
          stamp[y] = mark;
          queue[tail++] = y;
        }
      }
    }
    if (tail > before) sum += (tail - before) / d;
  }
  ws.reached = tail;
  return sum;
}

/** Adds x to Neumaier's compensated accumulator `acc` = [sum, compensation] (no allocation). */
function accumulate(acc: Float64Array, x: number): void {
  const sum = acc[0]!;
  const t = sum + x;
  acc[1]! += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
  acc[0] = t;
}

/** @internal D_F of a graph and of each requested removal. */
export interface DistanceFragmentation {
  /** D_F(G); `NaN` for n ≤ 1. */
  fragmentation: number;
  /** D_F(G − v) for each requested v (on n − 1 nodes); `NaN` elsewhere and when n ≤ 2. */
  after: Float64Array;
}

/**
 * @internal
 * D_F(G) and D_F(G − v) for every v in `nodes` (all nodes when `null`). Harmonic sums per
 * component from one BFS per node, then, per removal, one BFS per other node of v's component
 * with v blocked. O(n·m + Σ_v |C(v)|·m_C(v)) time, O(n) memory.
 */
export function distanceFragmentation(g: Adjacency, nodes: ArrayLike<number> | null): DistanceFragmentation {
  const n = g.order;
  const after = new Float64Array(n).fill(Number.NaN);
  if (n <= 1) return { fragmentation: Number.NaN, after };
  const ws = harmonicWorkspace(n);
  // Baseline: label components (a BFS from an unlabelled node reaches exactly its component)
  // and sum 1/d per component.
  const componentOf = new Int32Array(n).fill(-1);
  const sums: Float64Array[] = [];
  const sizes: number[] = [];
  for (let s = 0; s < n; s++) {
    let c = componentOf[s]!;
    const h = harmonicFrom(g, s, -1, ws);
    if (c < 0) {
      // The search from s reached exactly s's component.
      c = sums.length;
      sums.push(new Float64Array(2));
      sizes.push(ws.reached);
      for (let k = 0; k < ws.reached; k++) componentOf[ws.queue[k]!] = c;
    }
    accumulate(sums[c]!, h);
  }
  const count = sums.length;
  const componentSum = new Float64Array(count);
  const acc = new Float64Array(2);
  for (let c = 0; c < count; c++) {
    componentSum[c] = sums[c]![0]! + sums[c]![1]!;
    accumulate(acc, componentSum[c]!);
  }
  const fragmentation = 1 - (acc[0]! + acc[1]!) / (n * (n - 1));
  if (n <= 2) return { fragmentation, after };
  // Members of each component, contiguous (counting sort by component id).
  const start = new Uint32Array(count + 1);
  for (let c = 0; c < count; c++) start[c + 1] = start[c]! + sizes[c]!;
  const members = new Uint32Array(n);
  const cursor = start.slice(0, count);
  for (let x = 0; x < n; x++) members[cursor[componentOf[x]!]!++] = x;
  const pairs = (n - 1) * (n - 2);
  const todo = nodes ?? { length: n };
  for (let i = 0; i < todo.length; i++) {
    const v = nodes === null ? i : nodes[i]!;
    const cv = componentOf[v]!;
    // The other components keep their sums.
    acc.fill(0);
    for (let c = 0; c < count; c++) if (c !== cv) accumulate(acc, componentSum[c]!);
    for (let k = start[cv]!; k < start[cv + 1]!; k++) {
      const s = members[k]!;
      if (s !== v) accumulate(acc, harmonicFrom(g, s, v, ws));
    }
    after[v] = 1 - (acc[0]! + acc[1]!) / pairs;
  }
  return { fragmentation, after };
}
