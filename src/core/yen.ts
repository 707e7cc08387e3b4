/**
 * Yen's k shortest simple paths (Yen 1971) over a CSR adjacency with per-slot costs, for two
 * path orders:
 *
 * - {@link YEN_PRODUCT}: minimise the additive cost Σ c_e (warm paths: c_e = −ln p_e, so the
 *   cheapest path has the largest product Π p_e); ties (costs equal to a relative
 *   {@link PATH_EPSILON}) go to fewer hops, then to the node sequence that comes first in id
 *   order, compared position by position.
 * - {@link YEN_BOTTLENECK}: maximise the weakest link min w_e (widest path); ties go to fewer
 *   hops, then the smaller cost Σ c_e (the larger product), then the node sequence.
 *
 * **Goal-directed spur searches.** Removing nodes and arcs (all that a spur search does: the
 * root's nodes are blocked, some first hops banned) can only make the way to the target worse.
 * So one search per call from the target over the whole graph G gives bounds that are
 * admissible and consistent for every spur search, and each spur search runs **forwards** from
 * the spur node as an A* search that stops when the target is settled:
 *
 * - product: h(v) = the cheapest cost v → target in G (one backward Dijkstra per call);
 *   priority (g + h, hops), the cost compared with the tolerance, hops breaking ties.
 * - bottleneck: hw(v) = the widest bottleneck v → target in G (one backward widest-path search
 *   per call). A spur search first tries the threshold U = min(root's weakest link, hw(spur)),
 *   the best bottleneck any spur path could give; only if no spur path reaches U does a widest
 *   A* search (max-heap on min(g, hw)) find the spur's best bottleneck B* and the threshold
 *   become T = min(root's weakest link, B*). The fewest-hops-then-cheapest spur path over arcs of
 *   width ≥ T comes from an A* search ("pass 2") with the lexicographic bound (hops, cost) to
 *   the target in G restricted to those arcs (one breadth-first pass per threshold, cached per
 *   call); priority (hops + bound hops, cost + bound cost, hops).
 *
 * Labels are lexicographic pairs (cost, hops) for the product order and (hops, cost) for the
 * bottleneck order; both grow strictly along every arc (hops + 1), and the heap's last key is
 * the hop count, so every arc u → v that ties for v's best label is settled before v (its
 * priority is at most v's by consistency, and its hop count is smaller). When two labels of v
 * tie, v keeps the predecessor whose path from the spur comes first in node order (the two paths
 * have the same length; they are compared from their first differing node). The prefix kept is
 * thus the smallest in node order among v's best paths, and at the target the spur path is the
 * smallest whole path under the total order above (the root is fixed): the path a label-setting
 * search over the whole graph finds. Goal direction changes which nodes are visited, not which
 * path wins. (One caveat shared with any change of search order: two costs closer than the
 * tolerance that are not equal in exact arithmetic tie, and ties under a tolerance are not
 * transitive; which of such near-equal paths wins is not defined by either order. Costs that
 * only differ by rounding, the case the tolerance is for, tie exactly as before.)
 *
 * The bottleneck order is not isotonic under extension (a wider but longer partial path can lose
 * its lead when a narrow arc caps both), hence the threshold: all spur paths with bottleneck ≥ T
 * give the same whole-path bottleneck, and among them fewest hops, then cost, then node order.
 *
 * **Less searching, same paths.**
 * - Cut-off spurs: a bound computed with nothing blocked cannot see that the root or a banned hop
 *   cuts the spur off from the target, and A* would then settle all the spur still reaches
 *   (often the whole graph). Each spur search therefore runs a reachability check backwards from
 *   the target in step with it and stops when the target's side is exhausted.
 * - Lawler's refinement: a path accepted from the spur search at position d of its parent shares
 *   the parent's first d + 1 nodes and first hops, so the searches at positions < d would repeat
 *   earlier ones (same root, same banned hops); only positions ≥ d are searched.
 * - Acceptance floor (bottleneck order): the searches that the threshold U does not settle (the
 *   widest A* search, the hop-capped search) wait until the cheap ones of the same round are
 *   done. If r = k − accepted paths are still wanted and r candidates exist, a spur path whose
 *   bottleneck is below the r-th best candidate's can never be accepted (each round accepts the
 *   best candidate, and r better ones are there first), so such a search stops as soon as its
 *   best possible bottleneck falls below that floor. Leaving it out of the candidates changes
 *   nothing: it would never be chosen, and duplicates are filtered anyway.
 *
 * A hop cap (`maxHops`) is honoured exactly: a search first runs uncapped, and when its path is
 * too long, a layered Bellman–Ford over hop counts backwards from the target finds the best
 * capped path (for the bottleneck order, its bottleneck C, and then the threshold search at
 * min(root's weakest link, C)). Layer h only keeps nodes within budget − h hops of the spur (a
 * breadth-first search from the spur), the only ones whose label there can reach it in time.
 * When the best path from the source already breaks the cap (bottleneck order), the spur
 * searches skip the uncapped try.
 *
 * Backward searches read the arcs' costs and widths per in-slot ({@link YenGraph.inCost},
 * {@link YenGraph.inWidth}): for an undirected graph whose ties cost the same both ways these
 * are the out-slot arrays themselves, and a full search from the target runs over memory in
 * order.
 *
 * Cost per call: one search over the whole graph from the target, O(m + n log n); for the
 * bottleneck order one O(n + m) breadth-first pass per threshold used; then the spur searches,
 * which settle little more than the path found when the spur's best way to the target is open,
 * about the smaller side of the cut when it is cut off, and O(m + n log n) at worst each.
 * The hop-capped search is O(budget · m) at worst. Buffers are allocated once per call; a search
 * resets only the nodes it touched.
 *
 * References
 * [1] Yen, J. Y. (1971). Finding the k shortest loopless paths in a network. Management Science 17(11):712–716.
 * [2] Lawler, E. L. (1972). A procedure for computing the K best solutions to discrete optimization problems and its application to the shortest path problem. Management Science 18(7):401–405.
 * [3] Hart, P. E., Nilsson, N. J., Raphael, B. (1968). A formal basis for the heuristic determination of minimum cost paths. IEEE Transactions on Systems Science and Cybernetics 4(2):100–107.
 *
 * @internal
 * @module
 */
import { PATH_EPSILON, siftDown, siftUp } from './dijkstra.js';

/** @internal Path order: minimise Σ cost (maximise the product of probabilities). */
export const YEN_PRODUCT = 0;
/** @internal Path order: maximise min width (the weakest link), then fewer hops, then Σ cost. */
export const YEN_BOTTLENECK = 1;

/** @internal The graph a Yen search runs on. Slots are out-adjacency slots. */
export interface YenGraph {
  /** Number of nodes. */
  order: number;
  /** Out-adjacency offsets. */
  offsets: Uint32Array;
  /** Out-neighbour ids. */
  neighbors: Uint32Array;
  /** In-adjacency offsets (the same arrays as the out-adjacency for undirected graphs). */
  inOffsets: Uint32Array;
  /** In-neighbour ids. */
  inNeighbors: Uint32Array;
  /** Cost of each out-slot (≥ 0; `Infinity` = unusable). */
  cost: Float64Array;
  /** Width of each out-slot (> 0; 0 = unusable). Read by the bottleneck order only. */
  width: Float64Array;
  /**
   * Cost of the arc behind each in-slot (in-neighbour → node), read by the searches backwards
   * from the target: `cost` gathered through {@link inSlotToOutSlot}, or `cost` itself when the
   * graph is undirected and every tie costs the same both ways.
   */
  inCost: Float64Array;
  /** Width of the arc behind each in-slot, as {@link YenGraph.inCost}. */
  inWidth: Float64Array;
}

/** @internal One path found by {@link yenPaths}. */
export interface YenPath {
  /** Node ids, source first. */
  nodes: number[];
  /** Out-slot of each hop (length hops). */
  slots: number[];
  /** Σ cost, summed from the source. */
  cost: number;
  /** Number of hops. */
  hops: number;
  /** min width (`Infinity` for the zero-hop path). */
  bottleneck: number;
}

/**
 * @internal
 * For each in-slot (x ← v), the out-slot of the arc v → x. O(n + m).
 */
export function inSlotToOutSlot(
  order: number,
  offsets: Uint32Array,
  neighbors: Uint32Array,
  inOffsets: Uint32Array,
): Uint32Array {
  const out = new Uint32Array(neighbors.length);
  const cursor = inOffsets.slice(0, order);
  // In-lists are sorted by source id; visiting sources in increasing id fills them in order.
  for (let v = 0; v < order; v++) {
    for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) out[cursor[neighbors[p]!]!++] = p;
  }
  return out;
}

/**
 * @internal
 * `values` (one per out-slot) rearranged per in-slot through `inToOut`
 * ({@link inSlotToOutSlot}): out[q] = values[inToOut[q]], the value of the arc behind in-slot q.
 * For {@link YenGraph.inCost} and {@link YenGraph.inWidth}. O(m).
 */
export function inSlotValues(inToOut: Uint32Array, values: Float64Array): Float64Array {
  const out = new Float64Array(inToOut.length);
  for (let q = 0; q < inToOut.length; q++) out[q] = values[inToOut[q]!]!;
  return out;
}

/** The out-slot of the arc u → x (binary search in u's sorted out-list), or −1. */
function outSlotOf(g: YenGraph, u: number, x: number): number {
  let lo = g.offsets[u]!;
  let hi = g.offsets[u + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const y = g.neighbors[mid]!;
    if (y === x) return mid;
    if (y < x) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

function tied(a: number, b: number, epsilon: number): boolean {
  return a === b || Math.abs(a - b) < epsilon * (a + b);
}

/** Whether label (c1, h1) comes before (c2, h2): cost first (tolerant), then hops. */
function costFirstLess(c1: number, h1: number, c2: number, h2: number, epsilon: number): boolean {
  if (!tied(c1, c2, epsilon)) return c1 < c2;
  return h1 < h2;
}

/** Whether label (h1, c1) comes before (h2, c2): hops first, then cost (tolerant). */
function hopsFirstLess(c1: number, h1: number, c2: number, h2: number, epsilon: number): boolean {
  if (h1 !== h2) return h1 < h2;
  return !tied(c1, c2, epsilon) && c1 < c2;
}

/**
 * @internal
 * Total order of paths of {@link yenPaths}: negative when `a` comes first.
 */
export function comparePaths(a: YenPath, b: YenPath, objective: number, epsilon = PATH_EPSILON): number {
  if (objective === YEN_BOTTLENECK) {
    if (a.bottleneck !== b.bottleneck) return a.bottleneck > b.bottleneck ? -1 : 1;
    if (a.hops !== b.hops) return a.hops - b.hops;
    if (!tied(a.cost, b.cost, epsilon)) return a.cost < b.cost ? -1 : 1;
  } else {
    if (!tied(a.cost, b.cost, epsilon)) return a.cost < b.cost ? -1 : 1;
    if (a.hops !== b.hops) return a.hops - b.hops;
  }
  const n = Math.min(a.nodes.length, b.nodes.length);
  for (let i = 0; i < n; i++) if (a.nodes[i] !== b.nodes[i]) return a.nodes[i]! - b.nodes[i]!;
  return a.nodes.length - b.nodes.length;
}

/** Lexicographic (hops, cost) bound to the target over arcs of width ≥ `threshold`. */
interface HopBound {
  threshold: number;
  /** Fewest hops to the target; −1 if none. */
  hops: Int32Array;
  /** Least cost among those fewest-hop paths; `Infinity` if none. */
  cost: Float64Array;
}

/** At most this many hop bounds are cached per call (O(n) memory each). */
const MAX_HOP_BOUNDS = 8;

/** Buffers of the spur searches, allocated once per {@link yenPaths} call. */
class Workspace {
  readonly n: number;
  /** Label: cost Σ c from the spur (widest-path value in the widest search). */
  readonly cost: Float64Array;
  /** Label: hops from the spur. Also the last heap key. */
  readonly hops: Float64Array;
  /** First heap key, compared exactly (0 in the product search, hops + bound in pass 2, −min(g, hw) in the widest search). */
  readonly keyA: Float64Array;
  /** Second heap key, compared with the tolerance (g + h in the product search, cost + bound in pass 2, hops + guide in the widest search). */
  readonly keyB: Float64Array;
  /** Previous node from the spur (forward searches), −1 if none. */
  readonly pred: Int32Array;
  /** Out-slot of the arc from `pred`. */
  readonly predSlot: Int32Array;
  /** Next node towards the target (layered search), −1 if none. */
  readonly succ: Int32Array;
  /** Out-slot of the arc to `succ`. */
  readonly succSlot: Int32Array;
  readonly heap: Uint32Array;
  readonly pos: Int32Array;
  readonly settled: Uint8Array;
  readonly touched: Uint32Array;
  touchedCount = 0;
  /** blocked[v] === stamp: v is on the root path (not the spur node). */
  readonly blocked: Uint32Array;
  /** banned[x] === stamp: the arc spur → x is used by an accepted path with the same root. */
  readonly banned: Uint32Array;
  stamp = 0;
  /** Product bound h(v): cheapest cost v → target in the whole graph (`Infinity`: none). */
  toTarget: Float64Array | null = null;
  /** Bottleneck bound hw(v): widest bottleneck v → target in the whole graph (0: none). */
  widthToTarget: Float64Array | null = null;
  /**
   * Bottleneck order with a hop cap that the best path from the source already breaks: the spur
   * searches skip the uncapped try at U and go straight to the capped search.
   */
  cappedFirst = false;
  /** Cached (hops, cost) bounds of the bottleneck pass 2, by threshold. */
  readonly hopBounds: HopBound[] = [];
  /** Layered buffers of the hop-capped searches, allocated on first use. */
  layers: { size: number; cost: Float64Array; hops: Float64Array; succ: Int32Array } | null = null;
  readonly changed: Uint8Array;
  readonly frontier: Uint32Array;
  readonly nextFrontier: Uint32Array;
  /** backMark[v] === backStamp: v is known to reach the target (the reverse check of goalSearch). */
  readonly backMark: Uint32Array;
  backStamp = 0;
  readonly backQueue: Uint32Array;
  /** Hops from the spur (hop-capped searches): valid where `nearMark[v] === nearStamp`. */
  readonly near: Int32Array;
  readonly nearMark: Uint32Array;
  nearStamp = 0;

  constructor(n: number) {
    this.n = n;
    this.cost = new Float64Array(n).fill(Infinity);
    this.hops = new Float64Array(n).fill(Infinity);
    this.keyA = new Float64Array(n);
    this.keyB = new Float64Array(n);
    this.pred = new Int32Array(n).fill(-1);
    this.predSlot = new Int32Array(n).fill(-1);
    this.succ = new Int32Array(n).fill(-1);
    this.succSlot = new Int32Array(n).fill(-1);
    this.heap = new Uint32Array(n);
    this.pos = new Int32Array(n).fill(-1);
    this.settled = new Uint8Array(n);
    this.touched = new Uint32Array(n);
    this.touchMark = new Uint32Array(n);
    this.blocked = new Uint32Array(n);
    this.banned = new Uint32Array(n);
    this.changed = new Uint8Array(n);
    this.frontier = new Uint32Array(n);
    this.nextFrontier = new Uint32Array(n);
    this.near = new Int32Array(n);
    this.nearMark = new Uint32Array(n);
    this.backMark = new Uint32Array(n);
    this.backQueue = new Uint32Array(n);
  }

  /** touchMark[v] === generation: v is in `touched`. */
  readonly touchMark: Uint32Array;
  generation = 1;

  touch(v: number): void {
    if (this.touchMark[v] !== this.generation) {
      this.touchMark[v] = this.generation;
      this.touched[this.touchedCount++] = v;
    }
  }

  reset(): void {
    for (let i = 0; i < this.touchedCount; i++) {
      const v = this.touched[i]!;
      this.cost[v] = Infinity;
      this.hops[v] = Infinity;
      this.pred[v] = -1;
      this.predSlot[v] = -1;
      this.succ[v] = -1;
      this.succSlot[v] = -1;
      this.pos[v] = -1;
      this.settled[v] = 0;
    }
    this.touchedCount = 0;
    this.generation++;
  }
}

/**
 * The product bound: cheapest cost v → target over the whole graph, by one Dijkstra backwards
 * from the target over the in-adjacency (`Infinity` where the target is out of reach). Leaves
 * `ws.heap`/`ws.pos` as it found them (every pushed node is popped).
 */
function costToTarget(g: YenGraph, ws: Workspace, target: number): Float64Array {
  const { inOffsets, inNeighbors, inCost } = g;
  const { heap, pos } = ws;
  const dist = new Float64Array(ws.n).fill(Infinity);
  dist[target] = 0;
  heap[0] = target;
  pos[target] = 0;
  let size = 1;
  while (size > 0) {
    const x: number = heap[0]!;
    pos[x] = -1;
    size--;
    if (size > 0) {
      heap[0] = heap[size]!;
      siftDown(heap, pos, dist, size, 0);
    }
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
 * The bottleneck bound: widest bottleneck v → target over the whole graph (0 where the target is
 * out of reach), by one widest-path search backwards from the target (negated widths in the
 * min-heap helpers of dijkstra.ts).
 */
function widthToTarget(g: YenGraph, ws: Workspace, target: number): Float64Array {
  const { inOffsets, inNeighbors, inCost, inWidth } = g;
  const { heap, pos } = ws;
  const neg = new Float64Array(ws.n).fill(Infinity);
  neg[target] = -Infinity;
  heap[0] = target;
  pos[target] = 0;
  let size = 1;
  while (size > 0) {
    const x: number = heap[0]!;
    pos[x] = -1;
    size--;
    if (size > 0) {
      heap[0] = heap[size]!;
      siftDown(heap, pos, neg, size, 0);
    }
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
function hopBound(g: YenGraph, ws: Workspace, target: number, threshold: number, loose = false): HopBound {
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

function keySiftUp(ws: Workspace, i: number, epsilon: number): void {
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

function keySiftDown(ws: Workspace, size: number, i: number, epsilon: number): void {
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

/** Pops the heap's first entry (heap size `size` ≥ 1). */
function popKey(ws: Workspace, size: number, epsilon: number): number {
  const { heap, pos } = ws;
  const x: number = heap[0]!;
  pos[x] = -1;
  if (size > 1) {
    heap[0] = heap[size - 1]!;
    keySiftDown(ws, size - 1, 0, epsilon);
  }
  return x;
}

/**
 * Whether the path spur → … → a comes before spur → … → b in node order, for settled a, b with
 * the same number of hops: walk both predecessor chains back until they meet; the nodes just
 * after the meeting point are the first that differ.
 */
function prefixBefore(pred: Int32Array, a: number, b: number): boolean {
  let firstA = a;
  let firstB = b;
  while (a !== b) {
    firstA = a;
    firstB = b;
    a = pred[a]!;
    b = pred[b]!;
  }
  return firstA < firstB;
}

/**
 * Forward A* search from `spur` until `target` is settled, over usable arcs (cost finite; with
 * `minWidth` > 0 also width ≥ minWidth), avoiding blocked nodes and banned first hops.
 *
 * - `bound` null (product order): labels (cost, hops), priority (cost + h, hops) with
 *   h = `ws.toTarget`.
 * - `bound` given (bottleneck pass 2): labels (hops, cost), priority (hops + bound.hops,
 *   cost + bound.cost, hops).
 *
 * Nodes whose bound says the target is out of reach are never labelled. On tied labels the
 * predecessor whose prefix comes first in node order wins ({@link prefixBefore}). Leaves
 * `pred`/`predSlot` and `hops[target]`; returns whether the target was reached. The caller
 * resets the workspace.
 *
 * The bound is computed with nothing blocked, so when the root or a banned hop cuts the spur
 * off from the target the search would settle everything the spur still reaches (often most of
 * the graph: say the spur is the target's only neighbour and its hop to the target is banned).
 * So one step of a breadth-first search backwards from the target over the same arcs is taken
 * after each settled node: when it runs out without meeting the spur, there is no spur path
 * and the search stops; once it meets the spur it stops itself. At most twice the work of a
 * successful search, and a failed one costs about the smaller side of the cut.
 */
function goalSearch(
  g: YenGraph,
  ws: Workspace,
  spur: number,
  target: number,
  bound: HopBound | null,
  minWidth: number,
  epsilon: number,
): boolean {
  const { offsets, neighbors, cost: slotCost, width } = g;
  const { cost, hops, keyA, keyB, pred, predSlot, heap, pos, settled, blocked, banned, stamp } = ws;
  const hopsFirst = bound !== null;
  const boundHops = bound === null ? null : bound.hops;
  const boundCost = bound === null ? ws.toTarget! : bound.cost;
  if (boundCost[spur] === Infinity) return false;
  const { inOffsets, inNeighbors, inCost, inWidth } = g;
  const { backMark, backQueue } = ws;
  const back = ++ws.backStamp;
  backMark[target] = back;
  backQueue[0] = target;
  let backHead = 0;
  let backTail = 1;
  let checking = true;
  ws.touch(spur);
  cost[spur] = 0;
  hops[spur] = 0;
  keyA[spur] = boundHops === null ? 0 : boundHops[spur]!;
  keyB[spur] = boundCost[spur]!;
  heap[0] = spur;
  pos[spur] = 0;
  let size = 1;
  while (size > 0) {
    const x = popKey(ws, size--, epsilon);
    settled[x] = 1;
    if (x === target) return true;
    if (checking) {
      // One step of the reverse reachability check.
      if (backHead === backTail) return false; // the target's side is exhausted: cut off
      const y = backQueue[backHead++]!;
      for (let q: number = inOffsets[y]!, end: number = inOffsets[y + 1]!; q < end; q++) {
        const u = inNeighbors[q]!;
        if (backMark[u] === back || blocked[u] === stamp || inCost[q] === Infinity) continue;
        if (minWidth > 0 && !(inWidth[q]! >= minWidth)) continue;
        if (u === spur) {
          if (banned[y] === stamp) continue;
          checking = false; // the spur reaches the target: the search will succeed
          break;
        }
        backMark[u] = back;
        backQueue[backTail++] = u;
      }
    }
    const cx = cost[x]!;
    const hx = hops[x]! + 1;
    for (let p: number = offsets[x]!, end: number = offsets[x + 1]!; p < end; p++) {
      const v = neighbors[p]!;
      if (settled[v] === 1 || blocked[v] === stamp) continue;
      if (x === spur && banned[v] === stamp) continue;
      const c = slotCost[p]!;
      if (c === Infinity) continue;
      if (minWidth > 0 && !(width[p]! >= minWidth)) continue;
      const rest = boundCost[v]!;
      if (rest === Infinity) continue;
      const alt = cx + c;
      if (pos[v] === -1) {
        // Not settled and not in the heap: first label.
        ws.touch(v);
        cost[v] = alt;
        hops[v] = hx;
        pred[v] = x;
        predSlot[v] = p;
        keyA[v] = boundHops === null ? 0 : hx + boundHops[v]!;
        keyB[v] = alt + rest;
        heap[size] = v;
        keySiftUp(ws, size++, epsilon);
        continue;
      }
      const cv = cost[v]!;
      const hv = hops[v]!;
      const better = hopsFirst ? hopsFirstLess(alt, hx, cv, hv, epsilon) : costFirstLess(alt, hx, cv, hv, epsilon);
      if (better) {
        cost[v] = alt;
        hops[v] = hx;
        pred[v] = x;
        predSlot[v] = p;
        if (boundHops !== null) keyA[v] = hx + boundHops[v]!;
        keyB[v] = alt + rest;
        keySiftUp(ws, pos[v]!, epsilon);
      } else if (
        !(hopsFirst ? hopsFirstLess(cv, hv, alt, hx, epsilon) : costFirstLess(cv, hv, alt, hx, epsilon)) &&
        prefixBefore(pred, x, pred[v]!)
      ) {
        pred[v] = x; // tied label (same hops): the prefix that comes first in node order wins
        predSlot[v] = p;
      }
    }
  }
  return false;
}

/**
 * Forward widest-path A* search from `spur` until `target` is settled: the largest bottleneck
 * of a spur path, or 0 if there is none or it is below `floor`. Max-heap (negated in keyA) on
 * min(g, hw), g the bottleneck from the spur and hw = `ws.widthToTarget`; the key never grows
 * along an arc, so keys are settled in non-increasing order and the target's label when it is
 * settled is the best bottleneck (no node is reopened), and once a settled key is below `floor`
 * the result would be too. Equal keys are common (every node behind the spur's narrowest arc
 * shares it): they go to the smaller hops + `guide` (hops to the target in the whole graph at a
 * higher threshold, −1 for none), which only steers the search towards the target; any order
 * of equal keys gives the same value.
 */
function widestGoalSearch(g: YenGraph, ws: Workspace, spur: number, target: number, guide: Int32Array, floor: number, epsilon: number): number {
  const { offsets, neighbors, cost: slotCost, width } = g;
  const { cost: best, hops, keyA, keyB, pos, heap, settled, blocked, banned, stamp } = ws;
  const hw = ws.widthToTarget!;
  const far = ws.n;
  if (!(hw[spur]! > 0)) return 0;
  ws.touch(spur);
  best[spur] = Infinity;
  hops[spur] = 0;
  keyA[spur] = -hw[spur]!;
  keyB[spur] = 0;
  heap[0] = spur;
  pos[spur] = 0;
  let size = 1;
  while (size > 0) {
    const x = popKey(ws, size--, epsilon);
    settled[x] = 1;
    if (-keyA[x]! < floor) return 0;
    if (x === target) return best[x]!;
    const wx = best[x]!;
    const hx = hops[x]! + 1;
    for (let p: number = offsets[x]!, end: number = offsets[x + 1]!; p < end; p++) {
      const v = neighbors[p]!;
      if (settled[v] === 1 || blocked[v] === stamp) continue;
      if (x === spur && banned[v] === stamp) continue;
      const w = width[p]!;
      if (!(w > 0) || slotCost[p] === Infinity) continue;
      const rest = hw[v]!;
      if (!(rest > 0)) continue;
      const alt = w < wx ? w : wx;
      const key = -(alt < rest ? alt : rest);
      const steer = guide[v]!;
      if (pos[v] === -1) {
        ws.touch(v);
        best[v] = alt;
        hops[v] = hx;
        keyA[v] = key;
        keyB[v] = hx + (steer < 0 ? far : steer);
        heap[size] = v;
        keySiftUp(ws, size++, epsilon);
      } else if (alt > best[v]!) {
        best[v] = alt;
        if (key < keyA[v]!) {
          keyA[v] = key;
          hops[v] = hx;
          keyB[v] = hx + (steer < 0 ? far : steer);
          keySiftUp(ws, pos[v]!, epsilon);
        }
      }
    }
  }
  return 0;
}

/**
 * Hops from `spur` (blocked nodes and banned first hops avoided, usable arcs), up to `depth`,
 * into `ws.near` under a fresh `ws.nearStamp`: a lower bound on the hops of any spur path to a
 * node, which lets the hop-capped search skip nodes the spur cannot reach within the budget.
 */
function nearSpur(g: YenGraph, ws: Workspace, spur: number, depth: number): void {
  const { offsets, neighbors, cost: slotCost } = g;
  const { near, nearMark, blocked, banned, stamp } = ws;
  const mark = ++ws.nearStamp;
  const queue = ws.nextFrontier;
  nearMark[spur] = mark;
  near[spur] = 0;
  queue[0] = spur;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const x = queue[head++]!;
    const hx = near[x]! + 1;
    if (hx > depth) break;
    for (let p: number = offsets[x]!, end: number = offsets[x + 1]!; p < end; p++) {
      const v = neighbors[p]!;
      if (nearMark[v] === mark || blocked[v] === stamp || slotCost[p] === Infinity) continue;
      if (x === spur && banned[v] === stamp) continue;
      nearMark[v] = mark;
      near[v] = hx;
      queue[tail++] = v;
    }
  }
}

function ensureLayers(ws: Workspace, budget: number): NonNullable<Workspace['layers']> {
  const size = (budget + 1) * ws.n;
  if (ws.layers === null || ws.layers.size < size) {
    ws.layers = {
      size,
      cost: new Float64Array(size),
      hops: new Float64Array(size),
      succ: new Int32Array(size),
    };
  }
  return ws.layers;
}

/**
 * Hop-capped search: layered Bellman–Ford backwards from `target`, layer h holding the best
 * label of a path of ≤ h hops to the target, with only the nodes improved in layer h − 1
 * relaxed in layer h. `mode` 0: labels (cost, hops), ties to the smaller next node, path left in
 * `succ`/`succSlot`; returns 1 if spur is reached, else 0. `mode` 1: widest path (label = width,
 * in the `cost` layer arrays), returns the best bottleneck (0 if none). O(budget · (n + m)).
 */
function layeredSearch(
  g: YenGraph,
  ws: Workspace,
  spur: number,
  target: number,
  budget: number,
  mode: number,
  epsilon: number,
): number {
  const n = ws.n;
  const L = ensureLayers(ws, budget);
  const { cost: lc, hops: lh, succ: ls } = L;
  const { inOffsets, inNeighbors, inCost, inWidth } = g;
  const { blocked, banned, stamp, changed, succ, succSlot, near, nearMark } = ws;
  // Only nodes within budget − h hops of the spur can use a label of layer h.
  nearSpur(g, ws, spur, budget - 1);
  const mark = ws.nearStamp;
  let frontier = ws.frontier;
  let next = ws.nextFrontier;
  const empty = mode === 0 ? Infinity : 0;
  lc.fill(empty, 0, n);
  lh.fill(Infinity, 0, n);
  ls.fill(-1, 0, n);
  lc[target] = mode === 0 ? 0 : Infinity;
  lh[target] = 0;
  frontier[0] = target;
  let fsize = 1;
  for (let h = 1; h <= budget && fsize > 0; h++) {
    const base = h * n;
    const prev = base - n;
    lc.copyWithin(base, prev, base);
    lh.copyWithin(base, prev, base);
    ls.copyWithin(base, prev, base);
    let nsize = 0;
    for (let f = 0; f < fsize; f++) {
      const x = frontier[f]!;
      const cx = lc[prev + x]!;
      const hx = lh[prev + x]! + 1;
      for (let q: number = inOffsets[x]!, end: number = inOffsets[x + 1]!; q < end; q++) {
        const v = inNeighbors[q]!;
        if (v === target || blocked[v] === stamp) continue;
        if (nearMark[v] !== mark || near[v]! > budget - h) continue;
        if (v === spur && banned[x] === stamp) continue;
        const c = inCost[q]!;
        if (c === Infinity) continue;
        let better = false;
        if (mode === 0) {
          const alt = cx + c;
          const cv = lc[base + v]!;
          const hv = lh[base + v]!;
          if (costFirstLess(alt, hx, cv, hv, epsilon)) {
            lc[base + v] = alt;
            lh[base + v] = hx;
            better = true;
          } else if (x < ls[base + v]! && !costFirstLess(cv, hv, alt, hx, epsilon)) {
            better = true;
          }
        } else {
          const w = inWidth[q]!;
          if (!(w > 0)) continue;
          const alt = w < cx ? w : cx;
          if (alt > lc[base + v]!) {
            lc[base + v] = alt;
            better = true;
          }
        }
        if (better) {
          ls[base + v] = x;
          if (changed[v] === 0) {
            changed[v] = 1;
            next[nsize++] = v;
          }
        }
      }
    }
    for (let f = 0; f < nsize; f++) changed[next[f]!] = 0;
    const t = frontier;
    frontier = next;
    next = t;
    fsize = nsize;
    if (fsize === 0) {
      // Nothing improved: later layers equal this one.
      budget = h;
      break;
    }
  }
  const top = budget * n;
  if (mode === 1) return lc[top + spur]! === Infinity ? 0 : lc[top + spur]!;
  if (lc[top + spur] === Infinity) return 0;
  // Follow the layers down: the rest of the path from layer h's successor lives in layer h − 1.
  let v = spur;
  let h = top / n;
  while (v !== target) {
    const x = ls[h * n + v]!;
    ws.touch(v);
    succ[v] = x;
    succSlot[v] = outSlotOf(g, v, x); // one arc per ordered pair (merged ties)
    v = x;
    h--;
  }
  return 1;
}

/**
 * Spur search outcomes: no path, a forward path in `pred`, a backward path in `succ`; and for
 * the bottleneck order, to be finished by {@link spurFallback}: no spur path reaches U, or the
 * one found at U is longer than the hop budget.
 */
const NO_PATH = 0;
const FORWARD = 1;
const BACKWARD = 2;
const BELOW_U = 3;
const TOO_LONG = 4;

/**
 * Appends the spur path found by {@link spurSearch} (after `spur`) to `nodes`/`slots`, marking
 * its nodes in `onPath`; returns false if it revisits a node of `nodes`.
 */
function appendSpur(
  ws: Workspace,
  outcome: number,
  spur: number,
  target: number,
  nodes: number[],
  slots: number[],
  onPath: Uint8Array,
): boolean {
  if (outcome === BACKWARD) {
    let v = spur;
    while (v !== target) {
      const x = ws.succ[v]!;
      if (x < 0 || onPath[x] === 1) return false;
      slots.push(ws.succSlot[v]!);
      nodes.push(x);
      onPath[x] = 1;
      v = x;
    }
    return true;
  }
  // Forward: walk the predecessors back from the target, filling the new tail from its end.
  const hops = ws.hops[target]!;
  const start = nodes.length;
  for (let j = 0; j < hops; j++) {
    nodes.push(-1);
    slots.push(-1);
  }
  let v = target;
  for (let j = hops - 1; j >= 0; j--) {
    if (v < 0 || onPath[v] === 1) return false;
    nodes[start + j] = v;
    slots[start - 1 + j] = ws.predSlot[v]!;
    onPath[v] = 1;
    v = ws.pred[v]!;
  }
  return v === spur;
}

/**
 * Best spur path from `spur` to `target` given the root's weakest link and hop budget: returns
 * {@link NO_PATH}, {@link FORWARD} or {@link BACKWARD} (where the path is), or for the
 * bottleneck order {@link BELOW_U} when no spur path reaches U = min(root's weakest link,
 * hw(spur)) and {@link TOO_LONG} when the one found there breaks the hop budget (then
 * {@link spurFallback} finishes the search). The caller has set the stamp, blocked nodes and
 * banned first hops, and resets the workspace afterwards.
 */
function spurSearch(
  g: YenGraph,
  ws: Workspace,
  spur: number,
  target: number,
  objective: number,
  rootWidth: number,
  budget: number,
  epsilon: number,
): number {
  if (objective === YEN_PRODUCT) {
    if (!goalSearch(g, ws, spur, target, null, 0, epsilon)) return NO_PATH;
    if (ws.hops[target]! <= budget) return FORWARD;
    ws.reset();
    return layeredSearch(g, ws, spur, target, budget, 0, epsilon) === 1 ? BACKWARD : NO_PATH;
  }
  const reach = ws.widthToTarget![spur]!;
  if (!(reach > 0)) return NO_PATH;
  if (ws.cappedFirst) return TOO_LONG;
  // No spur path beats min(root's weakest link, hw(spur)); when one reaches it, that is T.
  const threshold = reach < rootWidth ? reach : rootWidth;
  if (!goalSearch(g, ws, spur, target, hopBound(g, ws, target, threshold), threshold, epsilon)) return BELOW_U;
  return ws.hops[target]! <= budget ? FORWARD : TOO_LONG;
}

/**
 * Finishes a bottleneck spur search that {@link spurSearch} left as `outcome`.
 *
 * - {@link BELOW_U} (so B* < U): the widest A* search gives B*, then T = min(root's weakest
 *   link, B*) and the pass 2 search; when that path is too long, as below.
 * - {@link TOO_LONG}: the layered widest search gives the best bottleneck C of a spur path within
 *   the budget, and pass 2 runs again at T = min(root's weakest link, C), where the fewest-hops
 *   path is within the budget (a capped one reaches T).
 *
 * `floor` is the bottleneck of the candidate that would be accepted last (0 if there are too few
 * candidates): a spur path with a smaller bottleneck can never be accepted, so the search stops
 * as soon as T < floor is certain.
 */
function spurFallback(
  g: YenGraph,
  ws: Workspace,
  spur: number,
  target: number,
  outcome: number,
  rootWidth: number,
  budget: number,
  floor: number,
  epsilon: number,
): number {
  const reach = ws.widthToTarget![spur]!;
  const upper = reach < rootWidth ? reach : rootWidth;
  if (outcome === BELOW_U) {
    if (upper <= floor) return NO_PATH; // T ≤ B* < U ≤ floor
    const widest = widestGoalSearch(g, ws, spur, target, hopBound(g, ws, target, upper).hops, floor, epsilon);
    ws.reset();
    if (!(widest > 0)) return NO_PATH;
    const threshold = widest < rootWidth ? widest : rootWidth;
    if (!goalSearch(g, ws, spur, target, hopBound(g, ws, target, threshold), threshold, epsilon)) return NO_PATH;
    if (ws.hops[target]! <= budget) return FORWARD;
  } else if (upper < floor) {
    return NO_PATH; // T ≤ C ≤ U < floor
  }
  ws.reset();
  const capped = layeredSearch(g, ws, spur, target, budget, 1, epsilon);
  ws.reset();
  if (!(capped > 0)) return NO_PATH;
  const threshold = capped < rootWidth ? capped : rootWidth;
  if (threshold < floor) return NO_PATH;
  const bound = hopBound(g, ws, target, threshold, true);
  return goalSearch(g, ws, spur, target, bound, threshold, epsilon) ? FORWARD : NO_PATH;
}

/**
 * The acceptance floor of the bottleneck order: with `needed` paths still wanted, the candidate
 * accepted last at best is the needed-th best, whose bottleneck is the needed-th largest among
 * the candidates' (the order compares bottlenecks first); a spur path with a smaller bottleneck
 * comes after `needed` candidates and is never accepted. `top` holds the largest bottlenecks,
 * in decreasing order, at most `needed` of them; the floor is 0 (nothing is pruned) while there
 * are fewer.
 */
class AcceptanceFloor {
  private readonly top: number[] = [];
  private needed = 0;

  /** Starts a round: the `needed` largest bottlenecks of `candidates`. O(c log c). */
  reset(candidates: readonly YenPath[], needed: number): void {
    this.needed = needed;
    const all = Float64Array.from(candidates, (c) => c.bottleneck).sort();
    this.top.length = 0;
    for (let i = all.length - 1; i >= 0 && this.top.length < needed; i--) this.top.push(all[i]!);
  }

  /** A new candidate's bottleneck. O(needed). */
  add(bottleneck: number): void {
    const top = this.top;
    if (top.length === this.needed && !(bottleneck > top[top.length - 1]!)) return;
    let i = top.length;
    while (i > 0 && top[i - 1]! < bottleneck) i--;
    top.splice(i, 0, bottleneck);
    if (top.length > this.needed) top.pop();
  }

  get value(): number {
    return this.top.length === this.needed ? this.top[this.needed - 1]! : 0;
  }
}


/** Fills cost, hops and bottleneck of a path from its slots, summed from the source. */
function finishPath(g: YenGraph, nodes: number[], slots: number[]): YenPath {
  let cost = 0;
  let bottleneck = Infinity;
  for (let i = 0; i < slots.length; i++) {
    cost += g.cost[slots[i]!]!;
    const w = g.width[slots[i]!]!;
    if (w < bottleneck) bottleneck = w;
  }
  return { nodes, slots, cost, hops: slots.length, bottleneck };
}

/**
 * @internal
 * The `k` best simple paths from `source` to `target` under the order of `objective`
 * ({@link YEN_PRODUCT} or {@link YEN_BOTTLENECK}; see the module comment), with at most
 * `maxHops` hops (`Infinity` for no cap), best first. `source === target` gives the zero-hop
 * path. Fewer than `k` paths when fewer exist.
 *
 * Cost: one search over the whole graph from the target, then goal-directed spur searches (see
 * the module comment); worst case O(k·L·(m + n log n)) for paths of up to L hops, plus
 * O(budget · m) per spur search whose best path breaks a binding `maxHops`.
 *
 * @param g The graph with per-slot costs and widths.
 * @param source The source id.
 * @param target The target id.
 * @param k The number of paths wanted (≥ 1).
 * @param maxHops The hop cap (≥ 1, or `Infinity`).
 * @param objective The path order.
 * @param epsilon The relative tolerance under which two costs tie ({@link PATH_EPSILON}).
 */
export function yenPaths(
  g: YenGraph,
  source: number,
  target: number,
  k: number,
  maxHops: number,
  objective: number,
  epsilon = PATH_EPSILON,
): YenPath[] {
  if (source === target) return [{ nodes: [source], slots: [], cost: 0, hops: 0, bottleneck: Infinity }];
  const n = g.order;
  const ws = new Workspace(n);
  if (objective === YEN_PRODUCT) ws.toTarget = costToTarget(g, ws, target);
  else ws.widthToTarget = widthToTarget(g, ws, target);
  const onPath = new Uint8Array(n);
  const budgetOf = (rootHops: number) => (maxHops === Infinity ? n : Math.min(n, maxHops - rootHops));

  ws.stamp = 1;
  let first = spurSearch(g, ws, source, target, objective, Infinity, budgetOf(0), epsilon);
  if (first === BELOW_U || first === TOO_LONG) {
    // Spur paths are worse than the best path: when it is too long, so will they mostly be.
    if (first === TOO_LONG) ws.cappedFirst = true;
    ws.reset();
    first = spurFallback(g, ws, source, target, first, Infinity, budgetOf(0), 0, epsilon);
  }
  if (first === NO_PATH) return [];
  const firstNodes = [source];
  const firstSlots: number[] = [];
  onPath[source] = 1;
  appendSpur(ws, first, source, target, firstNodes, firstSlots, onPath);
  for (const v of firstNodes) onPath[v] = 0;
  ws.reset();
  const accepted: YenPath[] = [finishPath(g, firstNodes, firstSlots)];
  /** Position of the spur node each accepted path / candidate was found at (Lawler). */
  const acceptedSpur: number[] = [0];
  const candidates: YenPath[] = [];
  const candidateSpur: number[] = [];
  const seen = new Set<string>([firstNodes.join(',')]);

  const rootWidths: number[] = [];
  const deferred: number[] = [];
  const deferredOutcome: number[] = [];
  // Blocks the root of `prev` before position i and bans the first hops of the accepted paths
  // that share it.
  const prepare = (prev: YenPath, i: number): void => {
    const stamp = ++ws.stamp;
    for (let j = 0; j < i; j++) ws.blocked[prev.nodes[j]!] = stamp;
    for (const p of accepted) {
      if (p.hops <= i) continue;
      let same = true;
      for (let j = 0; j <= i && same; j++) same = p.nodes[j] === prev.nodes[j];
      if (same) ws.banned[p.nodes[i + 1]!] = stamp;
    }
  };
  const floor = new AcceptanceFloor();
  // Adds the spur path found (if new) to the candidates; resets the workspace.
  const collect = (prev: YenPath, i: number, outcome: number): void => {
    if (outcome === FORWARD || outcome === BACKWARD) {
      const spur = prev.nodes[i]!;
      const nodes = prev.nodes.slice(0, i + 1);
      const slots = prev.slots.slice(0, i);
      for (const v of nodes) onPath[v] = 1;
      const simple = appendSpur(ws, outcome, spur, target, nodes, slots, onPath);
      for (const v of nodes) if (v >= 0) onPath[v] = 0;
      if (simple) {
        const key = nodes.join(',');
        if (!seen.has(key)) {
          seen.add(key);
          const path = finishPath(g, nodes, slots);
          candidates.push(path);
          candidateSpur.push(i);
          floor.add(path.bottleneck);
        }
      }
    }
    ws.reset();
  };

  while (accepted.length < k) {
    const prev = accepted[accepted.length - 1]!;
    const from = acceptedSpur[acceptedSpur.length - 1]!;
    let rootWidth = Infinity;
    deferred.length = 0;
    deferredOutcome.length = 0;
    for (let i = 0; i < prev.hops; i++) {
      if (i > 0) {
        const w = g.width[prev.slots[i - 1]!]!;
        if (w < rootWidth) rootWidth = w;
      }
      rootWidths[i] = rootWidth;
      if (i >= maxHops) break;
      // Lawler: below its own spur position, prev has its parent's root and first hop, so the
      // search there has the same root and banned hops as one already made.
      if (i < from) continue;
      prepare(prev, i);
      const outcome = spurSearch(g, ws, prev.nodes[i]!, target, objective, rootWidth, budgetOf(i), epsilon);
      if (outcome === BELOW_U || outcome === TOO_LONG) {
        deferred.push(i);
        deferredOutcome.push(outcome);
      }
      collect(prev, i, outcome);
    }
    // The expensive bottleneck searches last, when the candidates found so far give a floor.
    if (deferred.length > 0) floor.reset(candidates, k - accepted.length);
    for (let d = 0; d < deferred.length; d++) {
      const i = deferred[d]!;
      prepare(prev, i);
      const outcome = spurFallback(g, ws, prev.nodes[i]!, target, deferredOutcome[d]!, rootWidths[i]!, budgetOf(i), floor.value, epsilon);
      collect(prev, i, outcome);
    }
    if (candidates.length === 0) break;
    let best = 0;
    for (let c = 1; c < candidates.length; c++) {
      if (comparePaths(candidates[c]!, candidates[best]!, objective, epsilon) < 0) best = c;
    }
    accepted.push(candidates[best]!);
    acceptedSpur.push(candidateSpur[best]!);
    candidates[best] = candidates[candidates.length - 1]!;
    candidates.pop();
    candidateSpur[best] = candidateSpur[candidateSpur.length - 1]!;
    candidateSpur.pop();
  }
  return accepted;
}
