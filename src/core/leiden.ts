/**
 * Leiden community detection (Traag, Waltman & van Eck 2019) on a {@link CsrIndex}, maximising
 * modularity with a resolution γ:
 *
 *   undirected  Q = (1/2m) Σ_ij [ A_ij − γ k_i k_j / 2m ] δ(c_i, c_j)
 *   directed    Q = (1/m) Σ_ij [ A_ij − γ k_i^out k_j^in / m ] δ(c_i, c_j)   (Leicht & Newman 2008)
 *
 * over merged tie strengths (all 1 for an unweighted index). One iteration repeats, level by level:
 *
 *   1. fast local moving (./leiden/move.ts): nodes move to the neighbouring community with the best
 *      gain, revisiting only the neighbours of nodes that moved;
 *   2. stop when every community is a single node of this level;
 *   3. refinement (./leiden/refine.ts): inside each community, singletons merge into well-connected
 *      sub-communities, so that every refined community is connected;
 *   4. aggregation (./leiden/graph.ts) on the refined partition, whose initial partition is the
 *      unrefined one (each refined community starts in the community it lies in). When refinement
 *      merges nothing, the connected parts of the unrefined communities are aggregated instead (igraph
 *      aggregates the communities themselves, which joins for good the pieces of a community that
 *      local moving disconnected), so every level is smaller than the one before.
 *
 * A second iteration starts from the partition found ({@link LEIDEN_ITERATIONS}); an iteration that
 * moves no node ends the run early (the partition is stable: a further iteration would change nothing).
 * Communities are connected by construction; a final pass splits any community that is not into its
 * connected parts (weakly connected for directed input), which never lowers Q (splitting keeps every
 * internal tie and lowers the expected term), and reports how many parts it added (0 in every test).
 *
 * Directed input: local moving and refinement run on the symmetric weights w_ij + w_ji with the out-
 * and in-strengths kept apart, which is exactly the directed modularity gain (Dugué & Perez 2015, the
 * form graphology-communities-louvain optimises).
 *
 * @internal
 * @module
 */
import type { CsrIndex } from './csr.js';
import { AggregateBuffers, aggregateGraph, baseGraph, orderByCommunity, permuteGraph, type LeidenGraph } from './leiden/graph.js';
import { connectedParts, renumberBySize, renumberDense } from './leiden/labels.js';
import { createWorkspace, moveNodesFast, moveNodesFastSlots, sumInside, twinSlots } from './leiden/move.js';
import { createRefineWorkspace, REFINE_RANDOMNESS, refinePartition } from './leiden/refine.js';

/**
 * @internal
 * Iterations one call runs (each starts from the partition of the one before), as igraph's and
 * leidenalg's `n_iterations` default: the second iteration gains about 0.013 in Q on the M benchmark
 * graph, further ones less than 0.001 together, at the cost of a whole iteration each.
 */
export const LEIDEN_ITERATIONS = 2;

/**
 * @internal
 * From this many nodes on, the first iteration renumbers the nodes by the communities of its local
 * moving (see {@link leidenKernel}): below it the arrays fit in the cache anyway.
 */
export const LEIDEN_REORDER_MIN_NODES = 65_536;

/** @internal What {@link leidenKernel} returns. */
export interface LeidenKernelResult {
  /** Community of each node, numbered by decreasing size (ties: the community of the earlier node first). */
  communityOf: Int32Array;
  /** Nodes per community, decreasing. */
  sizes: number[];
  /** Iterations run. */
  iterations: number;
  /** Parts the final connectivity pass added (0 when Leiden's own guarantee held). */
  splits: number;
}

/** The level-0 graph of a run and how its nodes are numbered. */
interface LeidenState {
  /** The level-0 graph (renumbered by community after the first pass on a large graph). */
  base: LeidenGraph;
  /** New id of each index node once renumbered, else `null` (ids are the index's). */
  newOf: Int32Array | null;
  /** Renumber after the first pass (large graphs, first iteration). */
  reorder: boolean;
  /** Where the aggregated levels are written. */
  buffers: AggregateBuffers;
  /** Hand each level's W(v, own) from the refinement to the next level (else sum them afresh). */
  handOff: boolean;
}

/**
 * @internal
 * Leiden on the index at resolution γ with the caller's generator (node orders of local moving and
 * refinement, and refinement's random merges). A graph without ties puts every node in its own
 * community. `maxIterations`: the iterations to run at most ({@link LEIDEN_ITERATIONS});
 * `reorderMinNodes`: the size from which the large-graph path below is taken (tests lower it);
 * `handOff`: the refinement and each aggregated level take W(v, own) as local moving and the
 * refinement kept them (tests compare with `false`, which sums them afresh wherever they are used:
 * the same partition up to rounding).
 *
 * On a graph of {@link LEIDEN_REORDER_MIN_NODES} nodes or more, local moving of the first iteration
 * keeps each neighbour's community per adjacency slot ({@link moveNodesFastSlots}: the same moves,
 * read in order), and after it the nodes are renumbered so that each community's members are consecutive; the rest of
 * the run works on the renumbered graph and the partition is mapped back at the end. The result is
 * the same partition (up to the order in which later steps visit nodes); the refinement,
 * aggregation and second iteration then read the community arrays almost in order instead of at
 * random, which on the L graph (10⁷ ties) is most of their time.
 */
export function leidenKernel(
  index: CsrIndex,
  resolution: number,
  rng: () => number,
  maxIterations: number = LEIDEN_ITERATIONS,
  reorderMinNodes: number = LEIDEN_REORDER_MIN_NODES,
  handOff = true,
): LeidenKernelResult {
  const n = index.order;
  if (index.size === 0) {
    const singletons = new Int32Array(n);
    for (let v = 0; v < n; v++) singletons[v] = v;
    return { ...renumberBySize(singletons), iterations: 0, splits: 0 };
  }
  const state: LeidenState = { base: baseGraph(index), newOf: null, reorder: n >= reorderMinNodes, buffers: new AggregateBuffers(), handOff };
  let total = 0;
  for (let v = 0; v < n; v++) total += state.base.outWeight[v]!;
  // total = Σ k = 2m undirected, Σ k^out = m directed; see ./leiden/move.ts for c.
  const c = index.directed ? resolution / total : resolution / (2 * total);
  const meanStrength = (index.directed ? total : total / 2) / index.size;
  const theta = REFINE_RANDOMNESS * meanStrength;

  const work = createWorkspace(n);
  const refineWork = createRefineWorkspace(n);
  const map = new Int32Array(n);
  let membership: Int32Array = new Int32Array(n);
  for (let v = 0; v < n; v++) membership[v] = v;
  const nodeOf = new Int32Array(n);
  let iterations = 0;
  while (iterations < maxIterations) {
    iterations++;
    const { moves, communityOf } = iterate(state, membership, nodeOf, c, theta, rng, work, refineWork, map);
    membership = communityOf;
    if (moves === 0) break;
  }
  const { labels, extra } = connectedParts(state.base, membership);
  const { newOf } = state;
  if (newOf === null) return { ...renumberBySize(labels), iterations, splits: extra };
  const original = new Int32Array(n);
  for (let v = 0; v < n; v++) original[v] = labels[newOf[v]!]!;
  return { ...renumberBySize(original), iterations, splits: extra };
}

/**
 * One Leiden iteration from `membership` (level-0 node → community). Returns the new membership
 * (numbered as `state.base`, which the first iteration of a large graph renumbers) and the number of
 * moves local moving made over all levels (0: the partition was already stable).
 */
function iterate(
  state: LeidenState,
  membership: Int32Array,
  nodeOf: Int32Array,
  c: number,
  theta: number,
  rng: () => number,
  work: ReturnType<typeof createWorkspace>,
  refineWork: ReturnType<typeof createRefineWorkspace>,
  map: Int32Array,
): { moves: number; communityOf: Int32Array } {
  const n0 = state.base.n;
  let graph = state.base;
  let communityOf = membership.slice();
  renumberDense(communityOf, n0, map);
  let totalMoves = 0;
  for (let v = 0; v < n0; v++) nodeOf[v] = v;
  let refinedOf = new Int32Array(n0);
  // Whether work.inside holds W(v, own) of the level's starting partition (from the refinement
  // below); level 0 sums them (or starts from singletons, where they are 0).
  let insideKnown = false;
  for (;;) {
    if (state.reorder) {
      // Large graph, first iteration: local moving by slots, then number each community's members
      // consecutively from now on. The twin and slot-community arrays (4 bytes a slot each) are one
      // buffer, which then holds the renumbered graph's weights (8 bytes a slot): 16 MB fewer fresh
      // pages to fault in on M, 160 MB on L.
      state.reorder = false;
      const nnz = graph.offsets[graph.n]!;
      const scratch = new ArrayBuffer(8 * nnz);
      const twin = twinSlots(graph, new Uint32Array(scratch, 0, nnz));
      totalMoves += moveNodesFastSlots(graph, communityOf, c, rng, work, twin, new Int32Array(scratch, 4 * nnz, nnz));
      const { order, newOf } = orderByCommunity(communityOf, n0);
      graph = state.base = permuteGraph(graph, order, newOf, new Float64Array(scratch, 0, nnz));
      state.newOf = newOf;
      const renumbered = new Int32Array(n0);
      for (let v = 0; v < n0; v++) renumbered[newOf[v]!] = communityOf[v]!;
      communityOf = renumbered;
      const inside = new Float64Array(n0);
      for (let v = 0; v < n0; v++) inside[newOf[v]!] = work.inside[v]!;
      work.inside.set(inside);
    } else totalMoves += moveNodesFast(graph, communityOf, c, rng, work, insideKnown);
    const count = renumberDense(communityOf, graph.n, map);
    if (count === graph.n) break;
    // Community totals in `work` are indexed by the ids before renumbering: rebuild them densely.
    communityTotals(graph, communityOf, count, work);
    if (!state.handOff) sumInside(graph, communityOf, work.inside);
    refinePartition(graph, communityOf, refinedOf, c, theta, rng, work, refineWork);
    let refinedCount = renumberDense(refinedOf, graph.n, map);
    const merged = refinedCount < graph.n;
    insideKnown = merged && state.handOff;
    if (insideKnown) {
      // The next level's node for refined community R starts in R's community, with W(R, S − R)
      // (kept by the refinement) as its W(v, own); `map` took R's representative to its new id.
      const { external } = refineWork;
      for (let r = 0; r < graph.n; r++) if (map[r]! >= 0) work.inside[map[r]!] = external[r]!;
    }
    if (!merged) {
      // Nothing merged: the communities are the next level's nodes, each alone, as in igraph, but
      // split into their connected parts. Local moving can leave a community in pieces (two people
      // who joined it through a member who then left); refinement would have kept them apart, and
      // aggregating the community as one node would join them for good.
      const { labels, extra } = connectedParts(graph, communityOf);
      communityOf.set(labels);
      refinedOf.set(labels);
      refinedCount = count + extra;
      // Every part a single node: nothing left to aggregate.
      if (refinedCount === graph.n) break;
    }
    const next = aggregateGraph(graph, refinedOf, refinedCount, state.buffers.for(graph));
    const nextCommunity = new Int32Array(refinedCount);
    for (let v = 0; v < graph.n; v++) nextCommunity[refinedOf[v]!] = communityOf[v]!;
    for (let i = 0; i < n0; i++) nodeOf[i] = refinedOf[nodeOf[i]!]!;
    graph = next;
    communityOf = nextCommunity;
    refinedOf = new Int32Array(refinedCount);
  }
  const result = new Int32Array(n0);
  for (let i = 0; i < n0; i++) result[i] = communityOf[nodeOf[i]!]!;
  return { moves: totalMoves, communityOf: result };
}

/** Recomputes the out- and in-strength totals of the dense communities into `work`. */
function communityTotals(graph: LeidenGraph, communityOf: Int32Array, count: number, work: ReturnType<typeof createWorkspace>): void {
  const directed = graph.outWeight !== graph.inWeight;
  const { outTotal, inTotal } = work;
  outTotal.fill(0, 0, count);
  if (directed) inTotal.fill(0, 0, count);
  for (let v = 0; v < graph.n; v++) {
    const k = communityOf[v]!;
    outTotal[k]! += graph.outWeight[v]!;
    if (directed) inTotal[k]! += graph.inWeight[v]!;
  }
}
