/**
 * Leiden's fast local moving (Traag, Waltman & van Eck 2019, Algorithm A.2 "MoveNodesFast"):
 * every node is visited once in random order, then only the neighbours of nodes that moved, kept
 * in a queue, until no move improves the quality.
 *
 * A node v leaves its community and joins the community C that maximises the gain
 *
 *   Δ(v → C) = W(v, C) − c · (a_v B_C + b_v A_C)
 *
 * with W(v, C) the weight of v's ties into C, a/b the out-/in-strengths (undirected: a = b = k),
 * A_C/B_C their sums over C without v, and c = γ / (2 Σk) undirected, γ / Σk directed. This is
 * the change of modularity times a positive constant. An empty community (Δ = 0) is a candidate;
 * v stays unless another community is strictly better.
 *
 * A visit need not read v's ties when staying is certain. No community C can gain more than v's
 * ties into it, and these are at most r_v − W(v, own), with r_v the weight of all of v's ties; so
 * when Δ(v → own) ≥ r_v − W(v, own), no community is strictly better and v stays. W(v, own) is
 * kept per node (`inside`) as nodes move (and handed from the refinement to the next level, see
 * ../leiden.ts), and the test asks for a margin of 2⁻²⁰ (a_v + b_v) on top: every value summed
 * into or out of the kept W(v, own), here or in the refinement, is at most v's strengths, so the
 * margin is far above the rounding by which the kept value and the sums of a full visit can
 * differ, and a skipped visit decides what a full one would. On the M benchmark graph a fifth of
 * the visits of the first local moving, and nine in ten of the second iteration's, are decided
 * this way.
 *
 * @internal
 * @module
 */
import { shuffleInPlace } from '../random.js';
import type { LeidenGraph } from './graph.js';

/** @internal Buffers reused across levels (sized for level 0, the largest). */
export interface LeidenWorkspace {
  /** Per-community scatter of W(v, C); −1 when untouched. */
  scatter: Float64Array;
  /** Communities touched while scanning one node. */
  touched: Int32Array;
  /** The queue (circular) of nodes to visit, and a permutation buffer. */
  queue: Int32Array;
  /** Whether a node is in the queue. */
  queued: Uint8Array;
  /** Nodes per community. */
  counts: Int32Array;
  /** Ids of empty communities (a stack). */
  empty: Int32Array;
  /** Community totals of out- and in-strength. */
  outTotal: Float64Array;
  inTotal: Float64Array;
  /** W(v, own): the weight of each node's ties into its own community, kept as nodes move. */
  inside: Float64Array;
}

/**
 * The margin, relative to a_v + b_v, by which staying must win the bound of the module comment
 * before a visit skips reading v's ties. Kept and summed weights differ by rounding of the order of
 * (degree + updates) · 2⁻⁵³ (a_v + b_v): 2⁻²⁰ leaves room for 2³³ of them.
 */
const SURE_MARGIN = 2 ** -20;

/**
 * Takes a node of out-/in-strength a, b out of community k (its totals and size; the totals of a
 * community it leaves empty are reset to 0 exactly). `inTotal` is `outTotal` when undirected.
 */
function leave(k: number, a: number, b: number, directed: boolean, outTotal: Float64Array, inTotal: Float64Array, counts: Int32Array): void {
  outTotal[k]! -= a;
  if (directed) inTotal[k]! -= b;
  if (--counts[k]! === 0) {
    outTotal[k] = 0;
    inTotal[k] = 0;
  }
}

/** Puts a node of out-/in-strength a, b into community k. */
function join(k: number, a: number, b: number, directed: boolean, outTotal: Float64Array, inTotal: Float64Array, counts: Int32Array): void {
  outTotal[k]! += a;
  if (directed) inTotal[k]! += b;
  counts[k]!++;
}

/**
 * Whether staying is certain for a node taken out of its community (module comment): its kept
 * W(v, own) `inside`, the weight `row` of its ties, the cost c (a B + b A) of its own community.
 */
function staysSurely(inside: number, row: number, ownCost: number, a: number, b: number): boolean {
  return inside - ownCost >= row - inside + SURE_MARGIN * (a + b);
}

/**
 * Queues u at the tail of the circular `queue` (`pending` nodes from `head`, n slots) unless it is
 * queued already; returns the new number of pending nodes.
 */
function enqueue(u: number, queued: Uint8Array, queue: Int32Array, head: number, pending: number, n: number): number {
  if (queued[u] !== 0) return pending;
  queued[u] = 1;
  let tail = head + pending;
  if (tail >= n) tail -= n;
  queue[tail] = u;
  return pending + 1;
}

/** @internal Buffers for graphs of up to `n` nodes. */
export function createWorkspace(n: number): LeidenWorkspace {
  return {
    scatter: new Float64Array(n).fill(-1),
    touched: new Int32Array(n),
    queue: new Int32Array(n),
    queued: new Uint8Array(n),
    counts: new Int32Array(n),
    empty: new Int32Array(n),
    outTotal: new Float64Array(n),
    inTotal: new Float64Array(n),
    inside: new Float64Array(n),
  };
}

/**
 * @internal
 * W(v, own) of every node of `graph` for `communityOf`, summed over its ties in list order, into
 * `inside`. O(n + nnz).
 */
export function sumInside(graph: LeidenGraph, communityOf: Int32Array, inside: Float64Array): void {
  const { n, offsets, neighbors, weights } = graph;
  for (let v = 0; v < n; v++) {
    const own = communityOf[v]!;
    let w = 0;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) if (communityOf[neighbors[e]!] === own) w += weights[e]!;
    inside[v] = w;
  }
}

/**
 * The state both local movings start from: community sizes and strength totals of `communityOf`
 * in `work`, each node's W(v, own) (summed here unless `insideKnown`: the caller has put them in
 * `work.inside`), the empty communities on the `empty` stack, every node queued in random order.
 * Returns the number of empty communities.
 */
function startMoving(graph: LeidenGraph, communityOf: Int32Array, rng: () => number, work: LeidenWorkspace, insideKnown: boolean): number {
  const { n, outWeight, inWeight } = graph;
  const { queue, queued, counts, empty, outTotal, inside } = work;
  const directed = outWeight !== inWeight;
  const inTotal = directed ? work.inTotal : outTotal;
  counts.fill(0, 0, n);
  outTotal.fill(0, 0, n);
  if (directed) inTotal.fill(0, 0, n);
  for (let v = 0; v < n; v++) {
    const k = communityOf[v]!;
    counts[k]!++;
    outTotal[k]! += outWeight[v]!;
    if (directed) inTotal[k]! += inWeight[v]!;
  }
  let emptyCount = 0;
  for (let k = n - 1; k >= 0; k--) if (counts[k] === 0) empty[emptyCount++] = k;
  if (emptyCount === 0) inside.fill(0, 0, n); // every node alone
  else if (!insideKnown) sumInside(graph, communityOf, inside);

  for (let v = 0; v < n; v++) queue[v] = v;
  shuffleInPlace(rng, queue.subarray(0, n));
  queued.fill(1, 0, n);
  return emptyCount;
}

/**
 * @internal
 * Moves the nodes of `graph` between the communities of `communityOf` (ids in [0, n), modified
 * in place) until no move has a positive gain. Returns the number of moves made, and leaves each
 * node's W(v, own) in `work.inside`. `insideKnown`: `work.inside` already holds them for
 * `communityOf` (an aggregated level whose refinement kept them, ../leiden.ts), else they are summed first.
 */
export function moveNodesFast(
  graph: LeidenGraph,
  communityOf: Int32Array,
  c: number,
  rng: () => number,
  work: LeidenWorkspace,
  insideKnown = false,
): number {
  const { n, offsets, neighbors, weights, outWeight, inWeight, rowWeight } = graph;
  const { scatter, touched, queue, queued, counts, empty, outTotal, inside } = work;
  const directed = outWeight !== inWeight;
  const inTotal = directed ? work.inTotal : outTotal;
  let emptyCount = startMoving(graph, communityOf, rng, work, insideKnown);
  let head = 0;
  let pending = n;
  let moves = 0;
  while (pending > 0) {
    const v = queue[head]!;
    head = head + 1 === n ? 0 : head + 1;
    pending--;
    queued[v] = 0;

    const own = communityOf[v]!;
    const a = outWeight[v]!;
    const b = inWeight[v]!;
    // Take v out of its community.
    leave(own, a, b, directed, outTotal, inTotal, counts);
    const ownCost = c * (a * inTotal[own]! + b * outTotal[own]!);
    if (staysSurely(inside[v]!, rowWeight[v]!, ownCost, a, b)) {
      // v goes back without reading its ties.
      join(own, a, b, directed, outTotal, inTotal, counts);
      continue;
    }
    // W(v, C) for every neighbouring community; W(v, own) apart, as most ties of a settled node are.
    let ownWeight = 0;
    let touchedCount = 0;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const k = communityOf[neighbors[e]!]!;
      if (k === own) {
        ownWeight += weights[e]!;
        continue;
      }
      if (scatter[k]! < 0) {
        scatter[k] = weights[e]!;
        touched[touchedCount++] = k;
      } else scatter[k]! += weights[e]!;
    }
    let best = own;
    let bestGain = ownWeight - ownCost;
    let bestWeight = ownWeight;
    for (let i = 0; i < touchedCount; i++) {
      const k = touched[i]!;
      const w = scatter[k]!;
      scatter[k] = -1;
      // The gain is at most W(v, C): a community whose W is no better cannot win (its total unread).
      if (w <= bestGain) continue;
      const gain = w - c * (a * inTotal[k]! + b * outTotal[k]!);
      if (gain > bestGain) {
        bestGain = gain;
        best = k;
        bestWeight = w;
      }
    }
    // Alone (gain 0) beats every neighbouring community: an empty one, unless v already is alone.
    if (bestGain < 0 && counts[own]! > 0) {
      best = empty[--emptyCount]!;
      bestWeight = 0;
    }
    join(best, a, b, directed, outTotal, inTotal, counts);
    inside[v] = bestWeight;
    if (best === own) continue;
    communityOf[v] = best;
    moves++;
    if (counts[own] === 0) empty[emptyCount++] = own;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const u = neighbors[e]!;
      const k = communityOf[u]!;
      if (k === best) {
        inside[u]! += weights[e]!;
        continue;
      }
      if (k === own) inside[u]! -= weights[e]!;
      pending = enqueue(u, queued, queue, head, pending, n);
    }
  }
  return moves;
}

/**
 * @internal
 * The slot of each tie's other end: for slot e of v (v → u), `twin[e]` is the slot of u → v. Needs
 * every neighbour list sorted by id (the index's and {@link baseGraph}'s are). Written into `into`
 * (nnz long) when given. O(n + nnz).
 */
export function twinSlots(graph: LeidenGraph, into: Uint32Array = new Uint32Array(graph.offsets[graph.n]!)): Uint32Array {
  const { n, offsets, neighbors } = graph;
  const next = offsets.slice(0, n);
  const twin = into;
  // Visiting v in increasing order reaches each u's entries in increasing order of v, so the
  // next unmatched entry of u's (sorted) list is v.
  for (let v = 0; v < n; v++) for (let e = offsets[v]!; e < offsets[v + 1]!; e++) twin[e] = next[neighbors[e]!]!++;
  return twin;
}

/** Open-addressing tables of W(v, C), keyed by community, for the neighbours of one node at a time. */
interface WeightTable {
  /** Community per entry, −1 when free. */
  keys: Int32Array;
  weights: Float64Array;
  /** Entries in use, in the order they were filled. */
  used: Int32Array;
  /** log2 of the size: an id's entry starts at its multiplicative hash's top `bits` bits. */
  bits: number;
}

/** Nodes of at most this degree use the small table (2 KB of weights, in L1). */
const SMALL_MAX_DEGREE = 96;

/** A table of 2^bits entries. */
function weightTable(bits: number): WeightTable {
  const size = 1 << bits;
  return { keys: new Int32Array(size).fill(-1), weights: new Float64Array(size), used: new Int32Array(size), bits };
}

/**
 * @internal
 * {@link moveNodesFast} for a large level-0 graph: the same moves, visiting order and result, but
 * the community of each neighbour is kept per adjacency slot (`slotCommunity`, updated through
 * `twin` when a node moves), so that scanning a node reads its slots in order instead of looking up
 * every neighbour's community at random, and the weights per community go to an open-addressing
 * table filled to at most 3/8 (256 entries up to degree 96, in L1; one sized for the largest degree
 * above that) instead of a scatter array as long as the graph. On the L graph the random reads are
 * most of the time of local moving. `slotCommunity` (nnz long, overwritten) is where the slots'
 * communities are kept.
 */
export function moveNodesFastSlots(
  graph: LeidenGraph,
  communityOf: Int32Array,
  c: number,
  rng: () => number,
  work: LeidenWorkspace,
  twin: Uint32Array,
  slotCommunity: Int32Array = new Int32Array(graph.offsets[graph.n]!),
): number {
  const { n, offsets, neighbors, weights, outWeight, inWeight, rowWeight } = graph;
  const { queue, queued, counts, empty, outTotal, inside } = work;
  const directed = outWeight !== inWeight;
  const inTotal = directed ? work.inTotal : outTotal;
  // Every node alone under its own id (the first iteration starts so): the slots' communities are
  // the neighbours' ids, copied instead of looked up at random.
  let identity = true;
  for (let v = 0; v < n && identity; v++) identity = communityOf[v] === v;
  if (identity) slotCommunity.set(neighbors.subarray(0, offsets[n]!));
  else for (let e = 0; e < offsets[n]!; e++) slotCommunity[e] = communityOf[neighbors[e]!]!;
  let maxDegree = 0;
  for (let v = 0; v < n; v++) maxDegree = Math.max(maxDegree, offsets[v + 1]! - offsets[v]!);
  const small = weightTable(8);
  // Load < 3/8 (the own community is summed apart, so at most maxDegree entries): 2^bits ≥ 8/3 (maxDegree + 1).
  const large = maxDegree > SMALL_MAX_DEGREE ? weightTable(Math.ceil(Math.log2((8 * (maxDegree + 1)) / 3))) : small;
  let emptyCount = startMoving(graph, communityOf, rng, work, false);
  let head = 0;
  let pending = n;
  let moves = 0;
  while (pending > 0) {
    const v = queue[head]!;
    head = head + 1 === n ? 0 : head + 1;
    pending--;
    queued[v] = 0;

    const own = communityOf[v]!;
    const a = outWeight[v]!;
    const b = inWeight[v]!;
    const start = offsets[v]!;
    const end = offsets[v + 1]!;
    leave(own, a, b, directed, outTotal, inTotal, counts);
    const ownCost = c * (a * inTotal[own]! + b * outTotal[own]!);
    if (staysSurely(inside[v]!, rowWeight[v]!, ownCost, a, b)) {
      // v goes back without reading its ties.
      join(own, a, b, directed, outTotal, inTotal, counts);
      continue;
    }
    // W(v, C) per neighbouring community, W(v, own) apart (most ties of a settled node are inside).
    const table = end - start <= SMALL_MAX_DEGREE ? small : large;
    const { keys, weights: sums, used: filled } = table;
    const shift = 32 - table.bits;
    const mask = (1 << table.bits) - 1;
    let used = 0;
    let ownWeight = 0;
    for (let e = start; e < end; e++) {
      const k = slotCommunity[e]!;
      if (k === own) {
        ownWeight += weights[e]!;
        continue;
      }
      let h = Math.imul(k, 0x9e3779b1) >>> shift;
      for (;;) {
        const key = keys[h]!;
        if (key === k) {
          sums[h]! += weights[e]!;
          break;
        }
        if (key < 0) {
          keys[h] = k;
          sums[h] = weights[e]!;
          filled[used++] = h;
          break;
        }
        h = (h + 1) & mask;
      }
    }
    let best = own;
    let bestGain = ownWeight - ownCost;
    let bestWeight = ownWeight;
    for (let i = 0; i < used; i++) {
      const entry = filled[i]!;
      const k = keys[entry]!;
      keys[entry] = -1;
      // The gain is at most W(v, C): a community whose W is no better cannot win (its total unread).
      const w = sums[entry]!;
      if (w <= bestGain) continue;
      const gain = w - c * (a * inTotal[k]! + b * outTotal[k]!);
      if (gain > bestGain) {
        bestGain = gain;
        best = k;
        bestWeight = w;
      }
    }
    if (bestGain < 0 && counts[own]! > 0) {
      best = empty[--emptyCount]!;
      bestWeight = 0;
    }
    join(best, a, b, directed, outTotal, inTotal, counts);
    inside[v] = bestWeight;
    if (best === own) continue;
    communityOf[v] = best;
    moves++;
    if (counts[own] === 0) empty[emptyCount++] = own;
    for (let e = start; e < end; e++) {
      slotCommunity[twin[e]!] = best;
      const u = neighbors[e]!;
      const k = slotCommunity[e]!;
      if (k === best) {
        inside[u]! += weights[e]!;
        continue;
      }
      if (k === own) inside[u]! -= weights[e]!;
      pending = enqueue(u, queued, queue, head, pending, n);
    }
  }
  return moves;
}
