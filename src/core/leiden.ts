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
 *      merges nothing, the unrefined partition is aggregated instead (as igraph does), so every level
 *      is smaller than the one before.
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
import { aggregateGraph, baseGraph, type LeidenGraph } from './leiden/graph.js';
import { connectedParts, renumberBySize, renumberDense } from './leiden/labels.js';
import { createWorkspace, moveNodesFast } from './leiden/move.js';
import { createRefineWorkspace, REFINE_RANDOMNESS, refinePartition } from './leiden/refine.js';

/**
 * @internal
 * Iterations one call runs (each starts from the partition of the one before), as igraph's and
 * leidenalg's `n_iterations` default: the second iteration gains about 0.013 in Q on the M benchmark
 * graph, further ones less than 0.001 together, at the cost of a whole iteration each.
 */
export const LEIDEN_ITERATIONS = 2;

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

/**
 * @internal
 * Leiden on the index at resolution γ with the caller's generator (node orders of local moving and
 * refinement, and refinement's random merges). A graph without ties puts every node in its own
 * community. `maxIterations`: the iterations to run at most ({@link LEIDEN_ITERATIONS}).
 */
export function leidenKernel(
  index: CsrIndex,
  resolution: number,
  rng: () => number,
  maxIterations: number = LEIDEN_ITERATIONS,
): LeidenKernelResult {
  const n = index.order;
  if (index.size === 0) {
    const singletons = new Int32Array(n);
    for (let v = 0; v < n; v++) singletons[v] = v;
    return { ...renumberBySize(singletons), iterations: 0, splits: 0 };
  }
  const base = baseGraph(index);
  let total = 0;
  for (let v = 0; v < n; v++) total += base.outWeight[v]!;
  // total = Σ k = 2m undirected, Σ k^out = m directed; see ./leiden/move.ts for c.
  const c = index.directed ? resolution / total : resolution / (2 * total);
  const meanStrength = (index.directed ? total : total / 2) / index.size;
  const theta = REFINE_RANDOMNESS * meanStrength;

  const work = createWorkspace(n);
  const refineWork = createRefineWorkspace(n);
  const map = new Int32Array(n);
  const membership = new Int32Array(n);
  for (let v = 0; v < n; v++) membership[v] = v;
  const nodeOf = new Int32Array(n);
  let iterations = 0;
  while (iterations < maxIterations) {
    iterations++;
    const moves = iterate(base, membership, nodeOf, c, theta, rng, work, refineWork, map);
    if (moves === 0) break;
  }
  const { labels, extra } = connectedParts(base, membership);
  return { ...renumberBySize(labels), iterations, splits: extra };
}

/**
 * One Leiden iteration from `membership` (original nodes → community, updated in place). Returns
 * the number of moves local moving made over all levels (0: the partition was already stable).
 */
function iterate(
  base: LeidenGraph,
  membership: Int32Array,
  nodeOf: Int32Array,
  c: number,
  theta: number,
  rng: () => number,
  work: ReturnType<typeof createWorkspace>,
  refineWork: ReturnType<typeof createRefineWorkspace>,
  map: Int32Array,
): number {
  const n0 = base.n;
  for (let v = 0; v < n0; v++) nodeOf[v] = v;
  let graph = base;
  let communityOf = membership.slice();
  renumberDense(communityOf, n0, map);
  let refinedOf = new Int32Array(n0);
  let totalMoves = 0;
  for (;;) {
    totalMoves += moveNodesFast(graph, communityOf, c, rng, work);
    const count = renumberDense(communityOf, graph.n, map);
    if (count === graph.n) break;
    // Community totals in `work` are indexed by the ids before renumbering: rebuild them densely.
    communityTotals(graph, communityOf, count, work);
    refinePartition(graph, communityOf, refinedOf, c, theta, rng, work, refineWork);
    let refinedCount = renumberDense(refinedOf, graph.n, map);
    if (refinedCount === graph.n) {
      refinedOf.set(communityOf.subarray(0, graph.n));
      refinedCount = count;
    }
    const next = aggregateGraph(graph, refinedOf, refinedCount);
    const nextCommunity = new Int32Array(refinedCount);
    for (let v = 0; v < graph.n; v++) nextCommunity[refinedOf[v]!] = communityOf[v]!;
    for (let i = 0; i < n0; i++) nodeOf[i] = refinedOf[nodeOf[i]!]!;
    graph = next;
    communityOf = nextCommunity;
    refinedOf = new Int32Array(refinedCount);
  }
  for (let i = 0; i < n0; i++) membership[i] = communityOf[nodeOf[i]!]!;
  return totalMoves;
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
