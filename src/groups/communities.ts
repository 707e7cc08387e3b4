/**
 * communities: Leiden community detection on the index (src/core/leiden.ts), or Louvain
 * (graphology-communities-louvain) on request, run on tiestrength's conventions, with a seeded
 * generator so that the same seed gives the same partition.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { toIndex, type BuildIndexOptions } from '../core/build-index.js';
import type { CsrIndex } from '../core/csr.js';
import { LEIDEN_ITERATIONS, leidenKernel } from '../core/leiden.js';
import { louvainKernel } from '../core/louvain.js';
import { modularityKernel } from '../core/modularity.js';
import { resolveRng } from '../core/random.js';
import { defineNodeMetric, refuseAttribute } from '../define-metric.js';
import { InvalidOptionError } from '../errors.js';
import { assertGraphOrIndex } from '../guards.js';
import { assertEnum, assertInteger, resolveOptions, setOwn, type EdgeValueGetter } from '../options.js';
import { assertResolution } from './group-options.js';
import { tidyResult } from '../tidy/brand.js';

const NAME = 'tiestrength/groups/communities';
const ASSIGN_NAME = 'tiestrength/groups/assignCommunities';

/** The community detection methods of {@link communities}. */
export type CommunitiesAlgorithm = 'leiden' | 'louvain';

/** Options of {@link communities}. */
export interface CommunitiesOptions<EdgeAttributes extends Attributes = Attributes> {
  /**
   * The method: `'leiden'` (Traag, Waltman & van Eck 2019; communities are connected) on the index,
   * or `'louvain'` (graphology-communities-louvain, the method of tiestrength before 1.1). [`'leiden'`]
   */
  algorithm?: CommunitiesAlgorithm;
  /** The resolution γ: above 1 gives more, smaller communities; below 1 fewer, larger ones. [1] */
  resolution?: number;
  /**
   * Leiden iterations, each starting from the partition of the one before (igraph's and leidenalg's
   * `n_iterations`); a run ends early once an iteration moves no one, so a large value iterates until
   * the partition is stable. A positive integer; `'leiden'` only. [2]
   */
  iterations?: number;
  /** Seed of the generator of the visiting orders (and Leiden's refinement), a safe integer; not with `rng`. [`42`] */
  seed?: number;
  /** The generator of the visiting orders (and Leiden's refinement), returning floats in [0, 1); not with `seed`. [a generator seeded with `seed`] */
  rng?: () => number;
  /** How to read a tie's strength: an attribute name (missing reads as 1), a getter, or `null` for unweighted. [`'weight'`] */
  getEdgeStrength?: EdgeValueGetter<EdgeAttributes>;
}

/** Defaults of {@link communities} and {@link assignCommunities} (the only one that reads `attribute`). */
export const COMMUNITIES_DEFAULTS = Object.freeze({
  algorithm: 'leiden' as CommunitiesAlgorithm,
  resolution: 1 as number,
  iterations: undefined as number | undefined,
  seed: undefined as number | undefined,
  rng: undefined as (() => number) | undefined,
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
  attribute: 'community' as string,
});

/** The result of {@link communities}. */
export interface CommunitiesResult {
  /** The community of each person: 0 is the largest community, then by decreasing size. */
  partition: Record<string, number>;
  /** Modularity Q of `partition` at the given resolution (as {@link modularity}); `NaN` without ties. */
  modularity: number;
  /** Number of communities. */
  count: number;
  /** People per community: `sizes[c]` for community c, decreasing. */
  sizes: number[];
}

/** Options of {@link assignCommunities}. */
export interface AssignCommunitiesOptions<EdgeAttributes extends Attributes = Attributes>
  extends CommunitiesOptions<EdgeAttributes> {
  /** The node attribute to write each person's community to. [`'community'`] */
  attribute?: string;
}

const assignMetric = defineNodeMetric({
  family: 'groups',
  name: 'communities',
  defaults: COMMUNITIES_DEFAULTS,
  validate: (opts, prefix) => validate(prefix, opts),
  kernel: (index, opts, _input, prefix) =>
    Float64Array.from(communityKernel(index, opts.algorithm, opts.resolution, opts.iterations, resolveRng(prefix, opts.seed, opts.rng)).communityOf),
});

const ALGORITHMS: readonly CommunitiesAlgorithm[] = ['leiden', 'louvain'];

function validate(prefix: string, opts: { algorithm: unknown; resolution: unknown; iterations: unknown }): void {
  assertEnum(prefix, 'algorithm', opts.algorithm, ALGORITHMS);
  assertResolution(prefix, opts.resolution);
  const { iterations } = opts;
  if (iterations === undefined) return;
  assertInteger(prefix, 'iterations', iterations, 1);
  if (opts.algorithm === 'louvain') {
    throw new InvalidOptionError(`${prefix}: option iterations applies to algorithm 'leiden' only (graphology's Louvain has no iterations); got iterations ${iterations} with algorithm 'louvain'`, 'iterations');
  }
}

/** The partition of the chosen method, communities numbered by decreasing size. */
function communityKernel(
  index: CsrIndex,
  algorithm: CommunitiesAlgorithm,
  resolution: number,
  iterations: number | undefined,
  rng: () => number,
): { communityOf: Int32Array; sizes: number[] } {
  return algorithm === 'louvain' ? louvainKernel(index, resolution, rng) : leidenKernel(index, resolution, rng, iterations ?? LEIDEN_ITERATIONS);
}

/**
 * Finds communities (groups of people more tied to each other than to the rest) with the Leiden
 * method, and reports the partition, its modularity and the community sizes.
 *
 * Compare the communities with the formal groups (departments): `modularity(graph, { groups: 'department' })`
 * against this `modularity` tells how far the org chart is from how people actually work together.
 *
 * Formula (plain text, so it renders in IDE hovers): both methods maximise modularity with resolution γ
 *
 *   undirected  Q = (1/2m) Σ_ij [ A_ij − γ k_i k_j / 2m ] δ(c_i, c_j)
 *   directed    Q = (1/m) Σ_ij [ A_ij − γ k_i^out k_j^in / m ] δ(c_i, c_j)
 *
 * by moving single people between communities, then merging each community into one node and
 * repeating. Leiden (the default) moves only the neighbours of people who moved, and before merging
 * refines every community into well-connected parts, so that **every community is connected**.
 *
 * @remarks
 * - Which runs when: `algorithm: 'leiden'` (default) runs tiestrength's Leiden on the index, for a
 *   graph (after building its index) and for a `CsrIndex` alike; `algorithm: 'louvain'` runs
 *   graphology-communities-louvain 2 on a simple graphology graph built from the index (the method
 *   of tiestrength 1.0), kept to reproduce earlier partitions. Measured on the M graph (100,000
 *   people, 1,000,000 ties; benchmarks/communities.ts on a shared 2-core machine): Leiden on an
 *   index 1.35–1.9 s wall (Q 0.754; igraph's Leiden 2.15–2.7 s in the same runs, Q 0.754),
 *   `'louvain'` on an index 9.6 s CPU (Q 0.732); from a graphology graph, building the index takes most of the 6.8 s of Leiden,
 *   while graphology's Louvain alone on the same graph takes 2.8 s (Q 0.732) but would skip the
 *   strength checks and merging of docs/metrics.md, which every path here runs first. To find
 *   communities repeatedly, build the index once (`buildIndex`) and pass it.
 * - Leiden (Traag, Waltman & van Eck 2019): fast local moving, refinement (a person still alone joins a
 *   well-connected sub-community of its community, chosen at random with Pr ∝ exp(ΔQ / θ), θ = 0.01
 *   mean tie strengths), aggregation of the refined partition, the unrefined one as its start; two
 *   iterations by default, as igraph and leidenalg (`iterations`; a run ends early once an
 *   iteration moves no one). On the M graph the second iteration adds 0.013 to Q for about a third more
 *   time, and iterating until stable (26 iterations, 6.5× the time) another 0.0009. The quality function is modularity with
 *   resolution γ (not CPM). A final check splits a community that is not connected into its parts
 *   (never lowers Q); Leiden's refinement already guarantees it (where refinement merges nothing at
 *   a level, the connected parts of the communities are aggregated, where igraph aggregates the
 *   communities as they are), and the property tests confirm that nothing is ever split.
 * - Strengths: the merged tie strengths of the index (parallel edges summed, self-loops dropped,
 *   docs/metrics.md); `getEdgeStrength: null` counts every tie as 1. Scaling every strength by the
 *   same factor gives the same partition.
 * - Directed graphs: both methods optimise directed modularity (Leicht & Newman 2008; the directed
 *   Louvain of Dugué & Perez 2015 that graphology implements); Leiden moves people by the gain of the
 *   symmetric ties w_ij + w_ji against out- and in-strengths, and its communities are weakly
 *   connected. NetworkX's directed Louvain can fail to terminate (NetworkX#5175); igraph refuses
 *   directed input.
 * - Deterministic: without `seed` or `rng` the generator is seeded with 42, afresh per call; the
 *   same seed, graph and node order give the same partition. An `rng` returning a value outside
 *   [0, 1) throws {@link InvalidOptionError}. Partitions differ between libraries and methods (random
 *   visiting order), so compare modularity, not labels.
 * - Community ids are renumbered by decreasing size (ties: the community of the earlier node first).
 * - `modularity` is recomputed on the returned partition with {@link modularity}'s kernel at the same
 *   resolution (`modularity(graph, { groups: result.partition, resolution })`); with `'louvain'` it
 *   equals graphology's `detailed().modularity`; it equals NetworkX `community.modularity`.
 * - A network with no ties puts everyone in their own community, with modularity `NaN`; an isolate
 *   is always a community of its own. Sparse graphs can give many small communities (graphology#429);
 *   lower `resolution` to merge them.
 * - Complexity: Leiden about O(m) per level and iteration, O(n + m) memory besides the index. Its
 *   passes are bound by random memory reads: the L graph (1,000,000 people, 10,000,000 ties) took
 *   21–25 s on the shared machine (Q 0.778; igraph's Leiden 47–48 s in the same runs) with 1.36–1.40 GB peak
 *   for the whole process, index included. `'louvain'` builds a graphology graph of the index first, which dominates on large graphs.
 * - Parity: mean Q over seeds 0–9 at least that of igraph 0.10 `community_leiden` (modularity, 2
 *   iterations) and `community_multilevel`, NetworkX 2.8.8 and graphology Louvain, minus 0.002, on
 *   the real datasets (Krackhardt, Lazega, manufacturing e-mail, EU-core, UK faculty, karate,
 *   Florentine) and the S benchmark graph (test/groups/communities-quality.test.ts); `modularity`
 *   equals NetworkX `community.modularity` of the returned partition to 1e-9 on the golden fixtures.
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param options The {@link CommunitiesOptions}.
 * @returns The {@link CommunitiesResult}.
 * @throws {@link InvalidGraphError} If `input` is neither a graphology graph nor a CsrIndex.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidOptionError} If an option is invalid (an unknown `algorithm`; `iterations` not a positive integer, or given with `algorithm: 'louvain'`; both `seed` and `rng`; `attribute`, which belongs to {@link assignCommunities}).
 * @throws {@link InvalidWeightError} If a strength is zero, negative or not finite.
 *
 * @example
 * const found = communities(karate);
 * found.count;        //=> 4
 * found.sizes;        //=> [12, 11, 6, 5]
 * found.modularity;   //=> 0.44490358126721763   (weighted; Zachary's two clubs score 0.3914)
 * communities(karate, { algorithm: 'louvain' }).modularity;   //=> 0.4438541256723075
 *
 * // Iterate until the partition is stable (here from 0.3047504976975206 after the default two).
 * communities(datasets.lazegaLawFirm(), { iterations: 100 }).modularity;   //=> 0.30593315771481433
 *
 * @see modularity, bridgingTies
 *
 * References
 * [1] Traag, V. A., Waltman, L., van Eck, N. J. (2019). From Louvain to Leiden: guaranteeing well-connected
 *     communities. Scientific Reports 9, 5233.
 * [2] Blondel, V. D., Guillaume, J.-L., Lambiotte, R., Lefebvre, E. (2008). Fast unfolding of communities in
 *     large networks. J. Stat. Mech. P10008.
 * [3] Leicht, E. A., Newman, M. E. J. (2008). Community structure in directed networks. Phys. Rev. Lett. 100, 118703.
 * [4] Dugué, N., Perez, A. (2015). Directed Louvain: maximizing modularity in directed networks. Université d'Orléans.
 * [5] graphology-communities-louvain, https://graphology.github.io/standard-library/communities-louvain
 */
export function communities<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: CommunitiesOptions<EdgeAttributes>,
): CommunitiesResult {
  assertGraphOrIndex(input, NAME);
  refuseAttribute(options, NAME, ASSIGN_NAME);
  const opts = resolveOptions(NAME, COMMUNITIES_DEFAULTS, options as CommunitiesOptions | undefined);
  validate(NAME, opts);
  const rng = resolveRng(NAME, opts.seed, opts.rng);
  const index = toIndex(input as AbstractGraph | CsrIndex, options as BuildIndexOptions | undefined, NAME);
  const { communityOf, sizes } = communityKernel(index, opts.algorithm, opts.resolution, opts.iterations, rng);
  const partition: Record<string, number> = {};
  for (let v = 0; v < index.order; v++) setOwn(partition, index.keys[v]!, communityOf[v]!);
  return tidyResult('communities', {
    partition,
    modularity: modularityKernel(index, communityOf, sizes.length, opts.resolution),
    count: sizes.length,
    sizes,
  });
}

/**
 * Writes each person's community (see {@link communities}) to a node attribute of the graph.
 *
 * @param graph The graphology graph.
 * @param options The {@link AssignCommunitiesOptions}: those of {@link communities} and the `attribute` to write. [`'community'`]
 * @throws {@link InvalidGraphError} If `graph` is not a graphology graph.
 * @throws {@link InvalidOptionError} If an option is invalid.
 * @throws {@link InvalidWeightError} If a strength is zero, negative or not finite.
 *
 * @example
 * assignCommunities(karate);
 * karate.getNodeAttribute('0', 'community');  //=> 1
 */
export function assignCommunities<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  graph: AbstractGraph<NodeAttributes, EdgeAttributes>,
  options?: AssignCommunitiesOptions<EdgeAttributes>,
): void {
  assignMetric.assign(graph, options as AssignCommunitiesOptions | undefined);
}
