/**
 * communities: Louvain community detection (graphology-communities-louvain) run on tiestrength's
 * conventions, with a seeded generator so that the same seed gives the same partition.
 *
 * @module
 */
import { DirectedGraph, UndirectedGraph } from 'graphology';
import louvainImport from 'graphology-communities-louvain';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { toIndex } from '../core/build-index.js';
import type { CsrIndex } from '../core/csr.js';
import { modularityKernel } from '../core/modularity.js';
import { assertGraph, assertGraphOrIndex } from '../guards.js';
import { assertString, resolveOptions, setOwn, type EdgeValueGetter } from '../options.js';
import { assertResolution, resolveRng } from './group-options.js';

const NAME = 'tiestrength/groups/communities';
const ASSIGN_NAME = 'tiestrength/groups/assignCommunities';

// graphology-communities-louvain is CommonJS (`module.exports = fn`) with an `export default`
// declaration. Under NodeNext, TypeScript types the default import as the module namespace, while
// Node, tsx, vitest and tsup's CJS interop all hand over the function itself; accept both shapes.
type Louvain = typeof louvainImport.default;
const louvain: Louvain =
  (louvainImport as unknown as { default?: Louvain }).default ?? (louvainImport as unknown as Louvain);

/** Options of {@link communities}. */
export interface CommunitiesOptions<EdgeAttributes extends Attributes = Attributes> {
  /** The resolution γ: above 1 gives more, smaller communities; below 1 fewer, larger ones. [1] */
  resolution?: number;
  /** Seed of the default generator, used when `rng` is absent. [42] */
  seed?: number;
  /** The random generator Louvain uses for its visiting order, returning floats in [0, 1). [`createRng(seed)`] */
  rng?: () => number;
  /** How to read a tie's strength (attribute name, getter, or `null` for unweighted). [`'weight'`] */
  getEdgeStrength?: EdgeValueGetter<EdgeAttributes>;
}

/** Defaults of {@link communities}. */
export const COMMUNITIES_DEFAULTS = Object.freeze({
  resolution: 1,
  seed: undefined as number | undefined,
  rng: undefined as (() => number) | undefined,
  getEdgeStrength: undefined as EdgeValueGetter | undefined,
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

/** Defaults of {@link assignCommunities}. */
export const ASSIGN_COMMUNITIES_DEFAULTS = Object.freeze({ ...COMMUNITIES_DEFAULTS, attribute: 'community' });

/**
 * Finds communities (groups of people more tied to each other than to the rest) with the Louvain
 * method, and reports the partition, its modularity and the community sizes.
 *
 * Compare the communities with the formal groups (departments): `modularity(graph, { groupAttribute })`
 * against this `modularity` tells how far the org chart is from how people actually work together.
 *
 * Formula (plain text, so it renders in IDE hovers): Louvain greedily maximises
 *
 *   undirected  Q = (1/2m) Σ_ij [ A_ij − γ k_i k_j / 2m ] δ(c_i, c_j)
 *   directed    Q = (1/m) Σ_ij [ A_ij − γ k_i^out k_j^in / m ] δ(c_i, c_j)
 *
 * by moving single nodes between communities, then merging each community into one node and repeating.
 *
 * @remarks
 * - Runs graphology-communities-louvain 2 on the normalised simple graph built from the index:
 *   parallel edges merged (strengths summed), self-loops dropped (METRICS.md §1.3), the merged
 *   strengths passed explicitly as its edge weight. Directed graphs use its directed Louvain
 *   (Dugué & Perez 2015); NetworkX's directed Louvain can fail to terminate (NetworkX#5175).
 * - Deterministic: the default generator is `createRng(42)` per call; the same seed, graph and node
 *   order give the same partition. Partitions differ between libraries (random visiting order), so
 *   compare modularity, not labels.
 * - Community ids are renumbered by decreasing size (ties: the community of the earlier node first).
 * - `modularity` is recomputed on the returned partition with {@link modularity}'s kernel at the same
 *   resolution; it equals graphology's `detailed().modularity` and NetworkX `community.modularity`.
 * - A network with no ties puts everyone in their own community, with modularity `NaN`; an isolate
 *   is always a community of its own. graphology#429: sparse graphs can give many small communities;
 *   lower `resolution` to merge them. Leiden is not available in graphology (future work).
 * - Complexity: about O(m log n); building the graphology graph from the index dominates on large graphs.
 * - Parity: `modularity` equals NetworkX 2.8.8 `community.modularity` of the returned partition
 *   (seed 42) on the golden fixtures, relative tolerance 1e-9.
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param options The {@link CommunitiesOptions}.
 * @returns The {@link CommunitiesResult}.
 * @throws {@link InvalidGraphError} If `input` is neither a graphology graph nor a CsrIndex.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidOptionError} If an option is invalid.
 * @throws {@link InvalidWeightError} If a strength is zero, negative or not finite.
 *
 * @example
 * const found = communities(karate);
 * found.count;        //=> 4
 * found.sizes;        //=> [14, 11, 5, 4]
 * found.modularity;   //=> 0.4438541256723075   (weighted; Zachary's two clubs score 0.3914)
 *
 * @see modularity, bridgingTies
 *
 * References
 * [1] Blondel, V. D., Guillaume, J.-L., Lambiotte, R., Lefebvre, E. (2008). Fast unfolding of communities in
 *     large networks. J. Stat. Mech. P10008.
 * [2] Dugué, N., Perez, A. (2015). Directed Louvain: maximizing modularity in directed networks. Université d'Orléans.
 * [3] graphology-communities-louvain, https://graphology.github.io/standard-library/communities-louvain
 */
export function communities<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: CommunitiesOptions<EdgeAttributes>,
): CommunitiesResult {
  assertGraphOrIndex(input, NAME);
  const opts = resolveOptions(NAME, COMMUNITIES_DEFAULTS, options as CommunitiesOptions | undefined);
  assertResolution(NAME, opts.resolution);
  const rng = resolveRng(NAME, opts.seed, opts.rng);
  const index = toIndex(input as AbstractGraph | CsrIndex, options as CommunitiesOptions | undefined, NAME);
  const { communityOf, sizes } = louvainKernel(index, opts.resolution, rng);
  const partition: Record<string, number> = {};
  for (let v = 0; v < index.order; v++) setOwn(partition, index.keys[v]!, communityOf[v]!);
  return {
    partition,
    modularity: modularityKernel(index, communityOf, sizes.length, opts.resolution),
    count: sizes.length,
    sizes,
  };
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
  assertGraph(graph, ASSIGN_NAME);
  const opts = resolveOptions(ASSIGN_NAME, ASSIGN_COMMUNITIES_DEFAULTS, options as AssignCommunitiesOptions | undefined);
  assertString(ASSIGN_NAME, 'attribute', opts.attribute);
  assertResolution(ASSIGN_NAME, opts.resolution);
  const rng = resolveRng(ASSIGN_NAME, opts.seed, opts.rng);
  const index = toIndex(graph as AbstractGraph, options as AssignCommunitiesOptions | undefined, ASSIGN_NAME);
  index.assign(graph, opts.attribute, louvainKernel(index, opts.resolution, rng).communityOf);
}

/**
 * @internal
 * Runs graphology's Louvain on the simple graph of the index (node keys = dense ids, edge weight =
 * merged strength) and returns each node's community, renumbered by decreasing size.
 */
export function louvainKernel(
  index: CsrIndex,
  resolution: number,
  rng: () => number,
): { communityOf: Int32Array; sizes: number[] } {
  const n = index.order;
  const raw = new Int32Array(n);
  if (index.size === 0) {
    for (let v = 0; v < n; v++) raw[v] = v;
  } else {
    const mapping = louvain(simpleGraph(index), { getEdgeWeight: 'weight', resolution, rng });
    for (let v = 0; v < n; v++) raw[v] = mapping[v]!;
  }
  return renumberBySize(raw);
}

/** The index as a graphology graph whose node keys are the dense ids and whose edges carry `weight`. */
function simpleGraph(index: CsrIndex): UndirectedGraph | DirectedGraph {
  const graph = index.directed ? new DirectedGraph() : new UndirectedGraph();
  const n = index.order;
  for (let v = 0; v < n; v++) graph.addNode(v);
  const { size, tieSources, tieTargets, tieStrengths } = index;
  for (let t = 0; t < size; t++) {
    graph.addEdgeWithKey(t, tieSources[t]!, tieTargets[t]!, { weight: tieStrengths[t]! });
  }
  return graph;
}

/** Renumbers community ids 0…C−1 by decreasing size; equal sizes keep the order of their first node. */
function renumberBySize(raw: Int32Array): { communityOf: Int32Array; sizes: number[] } {
  const n = raw.length;
  const firstId = new Map<number, number>();
  const counts: number[] = [];
  const dense = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    let c = firstId.get(raw[v]!);
    if (c === undefined) {
      c = counts.length;
      firstId.set(raw[v]!, c);
      counts.push(0);
    }
    dense[v] = c;
    counts[c]!++;
  }
  const order = counts.map((_, c) => c).sort((a, b) => counts[b]! - counts[a]! || a - b);
  const rank = new Int32Array(counts.length);
  for (let r = 0; r < order.length; r++) rank[order[r]!] = r;
  const communityOf = new Int32Array(n);
  for (let v = 0; v < n; v++) communityOf[v] = rank[dense[v]!]!;
  return { communityOf, sizes: order.map((c) => counts[c]!) };
}
