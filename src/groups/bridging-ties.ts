/**
 * bridgingTies: the ties that cross from one group (community, department) to another, with their
 * strength and how embedded they are.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { toIndex, type BuildIndexOptions } from '../core/build-index.js';
import type { CsrIndex } from '../core/csr.js';
import { commonNeighborCounts, overlapFromCommon } from '../core/overlap.js';
import { undirectedTies } from '../core/undirected-ties.js';
import { assertGraphOrIndex } from '../guards.js';
import type { GroupsOption } from '../node-data.js';
import { resolveOptions, type EdgeValueGetter } from '../options.js';
import { readGroups } from './groups-option.js';
import { tidyResult } from '../tidy/brand.js';

const NAME = 'tiestrength/groups/bridgingTies';

/** Options of {@link bridgingTies}. */
export interface BridgingTiesOptions<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes> {
  /**
   * Each person's group (required): a node attribute name, a `Record` or `Map` from node to group
   * (works with a CsrIndex; `communities(graph).partition` is one), or a getter `(node, attributes) => group`. [none]
   */
  groups?: GroupsOption<NodeAttributes>;
  /** How to read a tie's strength: an attribute name (missing reads as 1), a getter, or `null` for unweighted. [`'weight'`] */
  getEdgeStrength?: EdgeValueGetter<EdgeAttributes>;
}

/** Defaults of {@link bridgingTies}. */
export const BRIDGING_TIES_DEFAULTS = Object.freeze({
  groups: undefined as GroupsOption | undefined,
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
});

/** One tie between two groups. */
export interface BridgingTie {
  /** One end (the earlier node in graph order). */
  source: string;
  /** The other end. */
  target: string;
  /** The group of `source`. */
  sourceGroup: string;
  /** The group of `target`. */
  targetGroup: string;
  /** The merged strength of the tie (a_ij + a_ji on directed graphs). */
  strength: number;
  /** Common neighbours n_ij of the two ends (embeddedness). */
  common: number;
  /** Onnela's neighbourhood overlap O_ij; 0 for a local bridge; `NaN` for an isolated dyad. */
  overlap: number;
}

/**
 * The ties between groups: for each tie whose two ends belong to different groups, its strength,
 * its common neighbours and its neighbourhood overlap.
 *
 * These are the channels between silos. A weak tie with overlap 0 is a local bridge (Granovetter's
 * novel-information channel); a strong, embedded one is a trusted cross-group relationship.
 *
 * Formula (plain text, so it renders in IDE hovers):
 *
 *   bridging tie  i–j with G(i) ≠ G(j)
 *   n_ij = |N(i) ∩ N(j)|                                  common neighbours
 *   O_ij = n_ij / ((k_i − 1) + (k_j − 1) − n_ij)          neighbourhood overlap (Onnela et al. 2007)
 *
 * @remarks
 * - Tie-level structure runs on the undirected graph (docs/metrics.md): directed graphs are
 *   projected (i–j tied when i→j or j→i), and the projected strength is a_ij + a_ji; N(i) = in ∪ out.
 * - Parallel edges are merged (strengths summed), self-loops dropped; k_i counts distinct contacts.
 * - O_ij is `NaN` when its denominator is 0 (an isolated dyad: both ends have no other contact).
 * - `groups` is required, in any node-data form (attribute name, Record, Map, getter); for Louvain's
 *   communities pass `groups: communities(graph).partition`. Every node needs a group: a missing one
 *   throws {@link InvalidOptionError} naming the node, and so does an attribute name no node carries.
 * - The result lists only the ties between groups, each with several values, so it is a list of
 *   {@link BridgingTie} rows rather than a tie metric (`TieValue[]`).
 * - Ties come in index order: by source, then target, in graph node order. Sort as needed.
 * - Complexity: O(m·√m) worst case for the common neighbours of all ties (triangle listing), O(n + m) memory.
 * - Parity: n_ij and O_ij equal NetworkX 2.8.8 `common_neighbors` and the formula on the golden
 *   fixtures; docs/metrics.md reference values for F2 "org".
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex} (then give `groups` as a Record or Map).
 * @param options The {@link BridgingTiesOptions}; `groups` is required.
 * @returns The ties between groups, each a {@link BridgingTie}.
 * @throws {@link InvalidGraphError} If `input` is neither a graphology graph nor a CsrIndex.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidOptionError} If `groups` is missing, names an attribute no node carries or misses a node, or an option is invalid.
 * @throws {@link NodeNotFoundError} If a `groups` Record or Map names a node that is not in the graph.
 * @throws {@link InvalidWeightError} If a strength is zero, negative or not finite.
 *
 * @example
 * bridgingTies(org, { groups: 'group' });
 * //=> [
 * //   { source: 'a2', target: 'b2', sourceGroup: 'A', targetGroup: 'B', strength: 1, common: 0, overlap: 0 },
 * //   { source: 'a3', target: 'b1', sourceGroup: 'A', targetGroup: 'B', strength: 1, common: 0, overlap: 0 },
 * //   { source: 'b2', target: 'c1', sourceGroup: 'B', targetGroup: 'C', strength: 1, common: 0, overlap: 0 },
 * // ]
 *
 * @see communities, modularity, eiIndex
 *
 * References
 * [1] Onnela, J.-P. et al. (2007). Structure and tie strengths in mobile communication networks. PNAS 104(18):7332–7336.
 * [2] Granovetter, M. S. (1973). The strength of weak ties. American Journal of Sociology 78(6):1360–1380.
 */
export function bridgingTies<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: BridgingTiesOptions<NodeAttributes, EdgeAttributes>,
): BridgingTie[] {
  assertGraphOrIndex(input, NAME);
  const opts = resolveOptions(NAME, BRIDGING_TIES_DEFAULTS, options as BridgingTiesOptions | undefined);
  const graph = input as AbstractGraph | CsrIndex;
  const index = toIndex(graph, options as BuildIndexOptions | undefined, NAME);
  const { groupOf, labels } = readGroups(graph, index, opts.groups, NAME);
  const ties = undirectedTies(index, 'any');
  const common = commonNeighborCounts(ties);
  const overlap = overlapFromCommon(ties, common);
  const out: BridgingTie[] = [];
  const { keys } = index;
  for (let t = 0; t < ties.size; t++) {
    const i = ties.tieSources[t]!;
    const j = ties.tieTargets[t]!;
    const gi = groupOf[i]!;
    const gj = groupOf[j]!;
    if (gi === gj) continue;
    out.push({
      source: keys[i]!,
      target: keys[j]!,
      sourceGroup: labels[gi]!,
      targetGroup: labels[gj]!,
      strength: ties.tieStrengths[t]!,
      common: common[t]!,
      overlap: overlap[t]!,
    });
  }
  return tidyResult('tieRows', out, 'bridgingTies');
}
