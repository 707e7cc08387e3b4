/**
 * modularity: how much more a partition's groups keep their ties inside than chance would.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { toIndex, type BuildIndexOptions } from '../core/build-index.js';
import type { CsrIndex } from '../core/csr.js';
import { modularityKernel } from '../core/modularity.js';
import { assertGraphOrIndex } from '../guards.js';
import type { GroupsOption } from '../node-data.js';
import { resolveOptions, type EdgeValueGetter } from '../options.js';
import { assertResolution } from './group-options.js';
import { readGroups } from './groups-option.js';

const NAME = 'tiestrength/groups/modularity';

/** Options of {@link modularity}. */
export interface ModularityOptions<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes> {
  /**
   * Each person's group (required): a node attribute name, a `Record` or `Map` from node to group
   * (works with a CsrIndex), or a getter `(node, attributes) => group`. For Louvain's communities,
   * `communities(graph).partition`. [none]
   */
  groups?: GroupsOption<NodeAttributes>;
  /** The resolution γ: above 1 favours more, smaller groups; below 1 fewer, larger ones. [`1`] */
  resolution?: number;
  /** How to read a tie's strength: an attribute name (missing reads as 1), a getter, or `null` for unweighted. [`'weight'`] */
  getEdgeStrength?: EdgeValueGetter<EdgeAttributes>;
}

/** Defaults of {@link modularity}. */
export const MODULARITY_DEFAULTS = Object.freeze({
  groups: undefined as GroupsOption | undefined,
  resolution: 1 as number,
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
});

/**
 * The modularity Q of a partition of the people (formal departments, or communities found by
 * {@link communities}): the share of tie strength inside groups minus the share expected if ties
 * were rewired at random keeping everyone's total strength.
 *
 * Q > 0.3 is usually read as clear group structure; Q ≤ 0 means the groups hold no more ties than chance.
 *
 * Formula (plain text, so it renders in IDE hovers):
 *
 *   undirected  Q = (1/2m) Σ_ij [ A_ij − γ k_i k_j / 2m ] δ(c_i, c_j) = Σ_c [ L_c / m − γ (K_c / 2m)² ]
 *   directed    Q = (1/m) Σ_ij [ A_ij − γ k_i^out k_j^in / m ] δ(c_i, c_j)
 *   A_ij = merged strength, k_i = Σ_j A_ij (out- and in-strength when directed),
 *   m = Σ_{i<j} A_ij (Σ of arcs when directed), L_c = strength inside c, K_c = Σ_{i ∈ c} k_i, γ = resolution
 *
 * @remarks
 * - Reads tie **strengths** (`getEdgeStrength`; `null` for unweighted). Parallel edges are summed,
 *   self-loops dropped (docs/metrics.md).
 * - `groups` is required, in any node-data form: an attribute name (needs a graph), a `Record` or
 *   `Map` (works with a CsrIndex), or a getter. To score Louvain's communities, pass
 *   `groups: communities(graph).partition`; the whole `communities()` result is refused with that hint.
 * - Every node needs a group: a missing one throws {@link InvalidOptionError} naming the node
 *   (NetworkX raises `NotAPartition`), and so does an attribute name that no node carries; a
 *   record or map key that is not a node throws {@link NodeNotFoundError}.
 * - A network with no ties gives `NaN` (0/0); NetworkX raises `ZeroDivisionError`.
 * - Directed graphs use the Leicht–Newman form, as NetworkX and graphology-communities-louvain do.
 * - Complexity: O(n + m).
 * - Parity: NetworkX 2.8.8 `community.modularity` (weighted and unweighted, several resolutions,
 *   directed and undirected) on the golden fixtures, relative tolerance 1e-9.
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex} (then give `groups` as a Record or Map).
 * @param options The {@link ModularityOptions}; `groups` is required.
 * @returns The modularity Q, in [−1/2, 1) for undirected graphs at γ = 1; `NaN` without ties.
 * @throws {@link InvalidGraphError} If `input` is neither a graphology graph nor a CsrIndex.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidOptionError} If `groups` is missing, misses a node or names an attribute no node carries, or an option is invalid.
 * @throws {@link NodeNotFoundError} If a `groups` Record or Map names a node that is not in the graph.
 * @throws {@link InvalidWeightError} If a strength is zero, negative or not finite.
 *
 * @example
 * modularity(org, { groups: 'group' });                           //=> 0.2988165680473373
 * modularity(org, { groups: 'group', getEdgeStrength: null });    //=> 0.11224489795918366
 * modularity(org, { groups: communities(org).partition });        //=> 0.34319526627218944
 *
 * @see communities, eiIndex
 *
 * References
 * [1] Newman, M. E. J., Girvan, M. (2004). Finding and evaluating community structure in networks. Phys. Rev. E 69:026113.
 * [2] Reichardt, J., Bornholdt, S. (2006). Statistical mechanics of community detection. Phys. Rev. E 74:016110 (resolution γ).
 * [3] Leicht, E. A., Newman, M. E. J. (2008). Community structure in directed networks. Phys. Rev. Lett. 100:118703.
 */
export function modularity<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: ModularityOptions<NodeAttributes, EdgeAttributes>,
): number {
  assertGraphOrIndex(input, NAME);
  const opts = resolveOptions(NAME, MODULARITY_DEFAULTS, options as ModularityOptions | undefined);
  assertResolution(NAME, opts.resolution);
  const graph = input as AbstractGraph | CsrIndex;
  const index = toIndex(graph, options as BuildIndexOptions | undefined, NAME);
  const labels = readGroups(graph, index, opts.groups, NAME);
  return modularityKernel(index, labels.groupOf, labels.count, opts.resolution);
}
