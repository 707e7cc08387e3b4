/**
 * groupMixingMatrix: the group × group table of ties (or tie density, or strength), the picture
 * behind every silo question.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { toIndex, type BuildIndexOptions } from '../core/build-index.js';
import type { CsrIndex } from '../core/csr.js';
import { assertGraphOrIndex } from '../guards.js';
import type { GroupsOption } from '../node-data.js';
import { assertEnum, resolveOptions, setOwn, type EdgeValueGetter } from '../options.js';
import { readGroups } from './groups-option.js';
import { tidyResult } from '../tidy/brand.js';

const NAME = 'tiestrength/groups/groupMixingMatrix';

/** What {@link groupMixingMatrix} puts in each cell. */
export type GroupMixingMeasure = 'count' | 'density' | 'strength';

const MEASURES: readonly GroupMixingMeasure[] = ['count', 'density', 'strength'];

/** Options of {@link groupMixingMatrix}. */
export interface GroupMixingMatrixOptions<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes> {
  /**
   * Each person's group (required): a node attribute name, a `Record` or `Map` from node to group
   * (works with a CsrIndex), or a getter `(node, attributes) => group`. [none]
   */
  groups?: GroupsOption<NodeAttributes>;
  /** `'count'` of ties, `'density'` (ties / possible pairs) or summed `'strength'`. [`'count'`] */
  measure?: GroupMixingMeasure;
  /**
   * How `measure: 'strength'` reads a tie's strength: an attribute name (missing reads as 1), a
   * getter, or `null` (every tie 1, the same cells as `'count'`). `'count'` and `'density'` never
   * read strengths (nor this option). [`'weight'`]
   */
  getEdgeStrength?: EdgeValueGetter<EdgeAttributes>;
}

/** Defaults of {@link groupMixingMatrix}. */
export const GROUP_MIXING_MATRIX_DEFAULTS = Object.freeze({
  groups: undefined as GroupsOption | undefined,
  measure: 'count' as GroupMixingMeasure,
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
});

/** The result of {@link groupMixingMatrix}. */
export interface GroupMixingMatrixResult {
  /** The measure in the cells. */
  measure: GroupMixingMeasure;
  /** Whether rows are senders and columns receivers (directed graphs); otherwise the matrix is symmetric. */
  directed: boolean;
  /** Group labels, in ascending order (numeric labels by value); row and column order of `matrix`. */
  groups: string[];
  /** People per group, aligned with `groups`. */
  sizes: number[];
  /** `matrix[g][h]`: ties within g (g = h) or between g and h (from g to h when directed). */
  matrix: number[][];
  /** The same values keyed by label: `table[g][h] === matrix[i][j]`. */
  table: Record<string, Record<string, number>>;
}

/**
 * The group × group mixing matrix: how many ties run within each group and between each pair of
 * groups, as counts, densities or summed strengths.
 *
 * Read the diagonal against the off-diagonal: a heavy diagonal is a silo; a dense off-diagonal cell
 * is a well-connected pair of groups.
 *
 * Formula (plain text, so it renders in IDE hovers):
 *
 *   count     M[g][h] = |{ ties i–j : G(i) = g, G(j) = h }|        (arcs i→j when directed)
 *   strength  M[g][h] = Σ a_ij over the same ties
 *   density   M[g][h] = count / possible pairs
 *     undirected: within g  C(n_g, 2) = n_g (n_g − 1) / 2;   between g and h  n_g · n_h
 *     directed:   within g  n_g (n_g − 1);                    from g to h      n_g · n_h
 *
 * @remarks
 * - Ties are merged parallel edges with self-loops dropped (docs/metrics.md). Undirected: the matrix
 *   is symmetric and a tie between g and h appears in both M[g][h] and M[h][g]; the diagonal counts
 *   each internal tie once. Directed: rows send, columns receive.
 * - `density` is `NaN` where no pair is possible (the diagonal cell of a one-person group).
 * - `strength` sums `getEdgeStrength` (default `'weight'`); `count` and `density` do not read
 *   strengths at all (a `getEdgeStrength` given with them is not used).
 * - `groups` is required, in any node-data form (attribute name, Record, Map, getter). Every node
 *   needs a group: a missing value throws {@link InvalidOptionError} naming the node, and so does an
 *   attribute name that no node carries.
 * - Compare vivainsights `network_g2g` (group-to-group collaboration) and NetworkX
 *   `attribute_mixing_matrix` (which counts an undirected tie in both directions, the diagonal twice).
 * - Complexity: O(n + m + G²) for G groups.
 * - Parity: counts equal NetworkX 2.8.8 `attribute_mixing_matrix` (diagonal halved for undirected
 *   graphs) on the golden fixtures; densities and strengths equal the formulas above.
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex} (then give `groups` as a Record or Map).
 * @param options The {@link GroupMixingMatrixOptions}; `groups` is required.
 * @returns The {@link GroupMixingMatrixResult}: labels, sizes, matrix and the same as a keyed table.
 * @throws {@link InvalidGraphError} If `input` is neither a graphology graph nor a CsrIndex.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidOptionError} If `groups` is missing, names an attribute no node carries or misses a node, or an option is invalid.
 * @throws {@link NodeNotFoundError} If a `groups` Record or Map names a node that is not in the graph.
 * @throws {@link InvalidWeightError} With `measure: 'strength'`, if a strength is zero, negative or not finite.
 *
 * @example
 * const mix = groupMixingMatrix(org, { groups: 'group' });
 * mix.groups;  //=> ['A', 'B', 'C']
 * mix.matrix;  //=> [[3, 2, 0], [2, 1, 1], [0, 1, 0]]
 * groupMixingMatrix(org, { groups: 'group', measure: 'density' }).table.A.B;   //=> 0.3333333333333333
 * groupMixingMatrix(org, { groups: 'group', measure: 'strength' }).table.A.A;  //=> 6
 *
 * @see eiIndex
 *
 * References
 * [1] Newman, M. E. J. (2003). Mixing patterns in networks. Physical Review E 67:026126.
 * [2] Microsoft. vivainsights (R package), `network_g2g()`.
 */
export function groupMixingMatrix<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: GroupMixingMatrixOptions<NodeAttributes, EdgeAttributes>,
): GroupMixingMatrixResult {
  assertGraphOrIndex(input, NAME);
  const opts = resolveOptions(NAME, GROUP_MIXING_MATRIX_DEFAULTS, options as GroupMixingMatrixOptions | undefined);
  assertEnum(NAME, 'measure', opts.measure, MEASURES);
  const graph = input as AbstractGraph | CsrIndex;
  const readsStrength = opts.measure === 'strength';
  const index = toIndex(graph, readsStrength ? (options as BuildIndexOptions | undefined) : { getEdgeStrength: null }, NAME);
  const labels = readGroups(graph, index, opts.groups, NAME);
  const cells = mixingKernel(index, labels.groupOf, labels.count, readsStrength);
  if (opts.measure === 'density') densityInPlace(cells, labels.sizes, index.directed);
  const G = labels.count;
  const matrix: number[][] = [];
  const table: Record<string, Record<string, number>> = {};
  for (let g = 0; g < G; g++) {
    const row = Array.from(cells.subarray(g * G, (g + 1) * G));
    matrix.push(row);
    const keyed: Record<string, number> = {};
    for (let h = 0; h < G; h++) setOwn(keyed, labels.labels[h]!, row[h]!);
    setOwn(table, labels.labels[g]!, keyed);
  }
  return tidyResult('groupMixingMatrix', { measure: opts.measure, directed: index.directed, groups: labels.labels, sizes: Array.from(labels.sizes), matrix, table });
}

/**
 * @internal
 * The G × G matrix (row-major) of tie counts or strengths. Undirected ties between groups are
 * added to both cells; internal ties once to the diagonal.
 */
export function mixingKernel(index: CsrIndex, groupOf: Int32Array, groups: number, weighted: boolean): Float64Array {
  const cells = new Float64Array(groups * groups);
  const { size, tieSources, tieTargets, tieStrengths, directed } = index;
  for (let t = 0; t < size; t++) {
    const gu = groupOf[tieSources[t]!]!;
    const gv = groupOf[tieTargets[t]!]!;
    const w = weighted ? tieStrengths[t]! : 1;
    cells[gu * groups + gv]! += w;
    if (!directed && gu !== gv) cells[gv * groups + gu]! += w;
  }
  return cells;
}

/** Divides counts by possible pairs (see {@link groupMixingMatrix}); `NaN` where none is possible. */
function densityInPlace(cells: Float64Array, sizes: Float64Array, directed: boolean): void {
  const G = sizes.length;
  for (let g = 0; g < G; g++) {
    for (let h = 0; h < G; h++) {
      const ng = sizes[g]!;
      const possible = g === h ? (directed ? ng * (ng - 1) : (ng * (ng - 1)) / 2) : ng * sizes[h]!;
      cells[g * G + h] = possible > 0 ? cells[g * G + h]! / possible : Number.NaN;
    }
  }
}
