/**
 * eiIndex: Krackhardt & Stern's E-I index, how much a network, each group and each person turn
 * outwards (ties to other groups) rather than inwards (ties within their own group).
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { toIndex } from '../core/build-index.js';
import { isCsrIndex, type CsrIndex } from '../core/csr.js';
import { shuffleInPlace } from '../core/random.js';
import { assertGraph, assertGraphOrIndex } from '../guards.js';
import { assertBoolean, assertInteger, assertString, resolveOptions, setOwn, type EdgeValueGetter } from '../options.js';
import { groupsFromOptions, type GroupLabels } from './group-labels.js';
import { resolveRng } from './group-options.js';

const NAME = 'tiestrength/groups/eiIndex';
const ASSIGN_NAME = 'tiestrength/groups/assignEiIndex';

/** Options of {@link eiIndex}. */
export interface EiIndexOptions<EdgeAttributes extends Attributes = Attributes> {
  /** The node attribute holding each person's group (department, team, office). Needs a graph. [none] */
  groupAttribute?: string;
  /** The groups as a record `{ [node]: group }` instead of an attribute; works with a CsrIndex too. [none] */
  groups?: Readonly<Record<string, string | number>>;
  /** Sum tie strengths instead of counting ties (UCINET counts ties and ignores values). [`false`] */
  weighted?: boolean;
  /** Density-rescaled EI*: compare tie densities instead of tie counts, so that group sizes do not drive the index. [`false`] */
  rescaled?: boolean;
  /** Number of label permutations for the p-value; 0 skips the test (`pValue` is `NaN`). [0] */
  permutations?: number;
  /** Seed of the default generator, used when `rng` is absent. [42] */
  seed?: number;
  /** The random generator of the permutation test, returning floats in [0, 1). [`createRng(seed)`] */
  rng?: () => number;
  /** How to read a tie's strength; read only with `weighted: true`. [`'weight'`] */
  getEdgeStrength?: EdgeValueGetter<EdgeAttributes>;
}

/** Defaults of {@link eiIndex}. */
export const EI_INDEX_DEFAULTS = Object.freeze({
  groupAttribute: undefined as string | undefined,
  groups: undefined as Readonly<Record<string, string | number>> | undefined,
  weighted: false,
  rescaled: false,
  permutations: 0,
  seed: undefined as number | undefined,
  rng: undefined as (() => number) | undefined,
  getEdgeStrength: undefined as EdgeValueGetter | undefined,
});

/** The E-I index at one level: the index and the external and internal tie counts (or strengths) it is made of. */
export interface EiValue {
  /** (E − I) / (E + I), or the density-rescaled EI* with `rescaled: true`; `NaN` with no ties. */
  ei: number;
  /** E: ties (arcs; strengths with `weighted`) to another group. */
  external: number;
  /** I: ties (arcs; strengths with `weighted`) within the group. */
  internal: number;
}

/** The E-I index of a group, with its size. */
export interface EiGroupValue extends EiValue {
  /** Number of people in the group. */
  size: number;
}

/** The permutation test of the network-level E-I index (UCINET style). */
export interface EiPermutationTest {
  /** Number of permutations run. */
  permutations: number;
  /** Mean network-level index over the permutations; `NaN` without permutations. */
  mean: number;
  /** Standard deviation (denominator R − 1) over the permutations; `NaN` for fewer than 2. */
  sd: number;
  /** (1 + #{EI_perm ≥ EI_obs}) / (R + 1): small when the network is more outward-looking than chance. */
  pGreater: number;
  /** (1 + #{EI_perm ≤ EI_obs}) / (R + 1): small when the network is more inward-looking (siloed) than chance. */
  pLess: number;
}

/** The result of {@link eiIndex}. */
export interface EiIndexResult {
  /** The whole network: every tie. */
  network: EiValue;
  /** Each group: the ties with at least one end in it (E: exactly one end, I: both ends). */
  groups: Record<string, EiGroupValue>;
  /** Each person: their own ties (in- and out-arcs for directed graphs). */
  nodes: Record<string, EiValue>;
  /** The permutation p-value `permutation.pGreater`; `NaN` when `permutations` is 0. */
  pValue: number;
  /** The permutation test in full. */
  permutation: EiPermutationTest;
}

/** Options of {@link assignEiIndex}. */
export interface AssignEiIndexOptions<EdgeAttributes extends Attributes = Attributes>
  extends Omit<EiIndexOptions<EdgeAttributes>, 'permutations' | 'seed' | 'rng'> {
  /** The node attribute to write each person's E-I index to. [`'ei'`] */
  attribute?: string;
}

/** Defaults of {@link assignEiIndex}. */
export const ASSIGN_EI_INDEX_DEFAULTS = Object.freeze({
  groupAttribute: undefined as string | undefined,
  groups: undefined as Readonly<Record<string, string | number>> | undefined,
  weighted: false,
  rescaled: false,
  getEdgeStrength: undefined as EdgeValueGetter | undefined,
  attribute: 'ei',
});

/**
 * The E-I index (Krackhardt & Stern 1988) of the network, of each group and of each person: the
 * balance between ties that cross group boundaries (E) and ties that stay inside (I).
 *
 * −1 means every tie stays inside the group (a silo); +1 means every tie goes to another group.
 *
 * Formula (plain text, so it renders in IDE hovers):
 *
 *   EI = (E − I) / (E + I) ∈ [−1, 1]
 *   network:  E = ties between groups,              I = ties within groups
 *   group g:  E = ties with exactly one end in g,   I = ties with both ends in g
 *   person i: E = i's ties to other groups,         I = i's ties within its group
 *   rescaled: EI* = (d_E − d_I) / (d_E + d_I),  d = ties / possible ties
 *     possible (internal, external): person (n_g − 1, n − n_g); group (C(n_g, 2), n_g(n − n_g));
 *     network (Σ_g C(n_g, 2), Σ_{g<h} n_g n_h); directed graphs double both (the index is unchanged)
 *   p-value:  pGreater = (1 + #{EI_perm ≥ EI_obs}) / (R + 1), pLess likewise with ≤
 *
 * @remarks
 * - Ties are merged parallel edges with self-loops dropped (METRICS.md §1.3). Undirected ties count
 *   once; directed graphs count arcs, so a reciprocated pair counts twice, and a person's E and I
 *   count both in- and out-arcs.
 * - Every node needs a group: a missing value throws {@link InvalidOptionError} naming the node.
 *   Group labels are strings (`String(value)`).
 * - E + I = 0 (an isolate; a group with no ties; a network with no ties) gives `ei = NaN`; so does a
 *   zero possible-tie count with `rescaled` (e.g. a one-person group has no possible internal tie).
 * - `weighted: true` sums tie strengths (`getEdgeStrength`). This is a departure flagged in
 *   METRICS.md §3.9: UCINET and egor ignore tie values. Without it, strengths are not read at all.
 * - `rescaled: true` reports the density-rescaled EI* in `ei` (E and I stay counts). It follows
 *   egor's idea with the denominators above; egor's exact denominators are unverified. UCINET's
 *   "rescaled E-I" (to the range attainable given density and group sizes) is not implemented.
 * - Permutation test (UCINET): group labels are shuffled R times with the seeded `rng`, keeping
 *   group sizes, and the network-level statistic (the same one reported: weighted and/or rescaled
 *   when asked) is recomputed. EI is a decreasing function of I when E + I and the group sizes are
 *   fixed, so comparisons are made on I: exactly for counts, with a relative tolerance of 1e-12 for
 *   strength sums. `pValue` = `pGreater`; `pLess` tests for silos. Same seed, same p-values.
 * - Complexity: O(n + m), plus O(R (n + m)) for the permutation test.
 * - Parity: counts and indices equal the hand formulas applied to NetworkX 2.8.8 edge lists on the
 *   golden fixtures (relative tolerance 1e-9); METRICS.md §3.9 reference values for F2 "org".
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex} (then give `groups`).
 * @param options The {@link EiIndexOptions}; `groupAttribute` or `groups` is required.
 * @returns The {@link EiIndexResult}: network, groups, nodes, `pValue` and the permutation test.
 * @throws {@link InvalidGraphError} If `input` is neither a graphology graph nor a CsrIndex.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidOptionError} If no groups are given, a node has no group, or an option is invalid.
 * @throws {@link InvalidWeightError} With `weighted: true`, if a strength is zero, negative or not finite.
 *
 * @example
 * const result = eiIndex(org, { groupAttribute: 'group' });
 * result.network;         //=> { ei: -0.14285714285714285, external: 3, internal: 4 }
 * result.groups.A.ei;     //=> -0.2
 * result.nodes.a2.ei;     //=> -0.3333333333333333
 * result.nodes.z.ei;      //=> NaN (an isolate)
 * eiIndex(org, { groupAttribute: 'group', rescaled: true }).network.ei;  //=> -0.620253164556962
 *
 * @see groupMixingMatrix, modularity
 *
 * References
 * [1] Krackhardt, D., Stern, R. N. (1988). Informal networks and organizational crises: an experimental
 *     simulation. Social Psychology Quarterly 51(2):123–140.
 * [2] Borgatti, S. P., Everett, M. G., Freeman, L. C. (2002). UCINET for Windows. Analytic Technologies.
 * [3] Krenz, T. et al. egor: Import and Analyse Ego-Centered Network Data (R package), `EI()`.
 */
export function eiIndex<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: EiIndexOptions<EdgeAttributes>,
): EiIndexResult {
  assertGraphOrIndex(input, NAME);
  const opts = resolveOptions(NAME, EI_INDEX_DEFAULTS, options as EiIndexOptions | undefined);
  assertBoolean(NAME, 'weighted', opts.weighted);
  assertBoolean(NAME, 'rescaled', opts.rescaled);
  assertInteger(NAME, 'permutations', opts.permutations, 0);
  const rng = resolveRng(NAME, opts.seed, opts.rng);
  const graph = input as AbstractGraph | CsrIndex;
  const index = toIndex(graph, opts.weighted || isCsrIndex(graph) ? (options as EiIndexOptions) : { getEdgeStrength: null }, NAME);
  const labels = groupsFromOptions(graph, index, opts, NAME);
  const counts = eiCountsKernel(index, labels.groupOf, labels.count, opts.weighted);
  const test = eiPermutationKernel(index, labels, counts, opts.weighted, opts.rescaled, opts.permutations, rng);
  return collectEi(index, labels, counts, opts.rescaled, test);
}

/**
 * Writes each person's E-I index (see {@link eiIndex}) to a node attribute of the graph.
 *
 * @param graph The graphology graph.
 * @param options The {@link AssignEiIndexOptions}: the groups, `weighted`, `rescaled`, and the `attribute` to write. [`'ei'`]
 * @throws {@link InvalidGraphError} If `graph` is not a graphology graph.
 * @throws {@link InvalidOptionError} If no groups are given, a node has no group, or an option is invalid.
 * @throws {@link InvalidWeightError} With `weighted: true`, if a strength is zero, negative or not finite.
 *
 * @example
 * assignEiIndex(org, { groupAttribute: 'group' });
 * org.getNodeAttribute('a1', 'ei');  //=> -1
 */
export function assignEiIndex<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  graph: AbstractGraph<NodeAttributes, EdgeAttributes>,
  options?: AssignEiIndexOptions<EdgeAttributes>,
): void {
  assertGraph(graph, ASSIGN_NAME);
  const opts = resolveOptions(ASSIGN_NAME, ASSIGN_EI_INDEX_DEFAULTS, options as AssignEiIndexOptions | undefined);
  assertString(ASSIGN_NAME, 'attribute', opts.attribute);
  assertBoolean(ASSIGN_NAME, 'weighted', opts.weighted);
  assertBoolean(ASSIGN_NAME, 'rescaled', opts.rescaled);
  const index = toIndex(graph as AbstractGraph, opts.weighted ? (options as EiIndexOptions) : { getEdgeStrength: null }, ASSIGN_NAME);
  const labels = groupsFromOptions(graph as AbstractGraph, index, opts, ASSIGN_NAME);
  const counts = eiCountsKernel(index, labels.groupOf, labels.count, opts.weighted);
  index.assign(graph, opts.attribute, nodeEi(index, labels, counts, opts.rescaled));
}

/** @internal E and I at every level. */
export interface EiCounts {
  nodeExternal: Float64Array;
  nodeInternal: Float64Array;
  groupExternal: Float64Array;
  groupInternal: Float64Array;
  external: number;
  internal: number;
}

/**
 * @internal
 * E and I of every node, every group and the network, in one pass over the ties. Each tie (arc)
 * adds its value (1, or its strength when `weighted`) to both endpoints.
 */
export function eiCountsKernel(index: CsrIndex, groupOf: Int32Array, groups: number, weighted: boolean): EiCounts {
  const n = index.order;
  const { size, tieSources, tieTargets, tieStrengths } = index;
  const nodeExternal = new Float64Array(n);
  const nodeInternal = new Float64Array(n);
  const groupExternal = new Float64Array(groups);
  const groupInternal = new Float64Array(groups);
  let external = 0;
  let internal = 0;
  for (let t = 0; t < size; t++) {
    const u = tieSources[t]!;
    const v = tieTargets[t]!;
    const w = weighted ? tieStrengths[t]! : 1;
    const gu = groupOf[u]!;
    const gv = groupOf[v]!;
    if (gu === gv) {
      nodeInternal[u]! += w;
      nodeInternal[v]! += w;
      groupInternal[gu]! += w;
      internal += w;
    } else {
      nodeExternal[u]! += w;
      nodeExternal[v]! += w;
      groupExternal[gu]! += w;
      groupExternal[gv]! += w;
      external += w;
    }
  }
  return { nodeExternal, nodeInternal, groupExternal, groupInternal, external, internal };
}

/** @internal (E − I) / (E + I), `NaN` when E + I = 0. */
export function ei(external: number, internal: number): number {
  const total = external + internal;
  return total > 0 ? (external - internal) / total : Number.NaN;
}

/**
 * @internal
 * Density-rescaled EI* = (d_E − d_I) / (d_E + d_I) with d = observed / possible; `NaN` when a
 * possible count is 0 or both densities are 0.
 */
export function eiRescaled(external: number, internal: number, possibleExternal: number, possibleInternal: number): number {
  if (!(possibleExternal > 0) || !(possibleInternal > 0)) return Number.NaN;
  return ei(external / possibleExternal, internal / possibleInternal);
}

/** Possible internal and external pairs of the whole network: Σ_g C(n_g, 2) and Σ_{g<h} n_g n_h. */
function networkPossible(n: number, sizes: Float64Array): [external: number, internal: number] {
  let internal = 0;
  let squares = 0;
  for (let g = 0; g < sizes.length; g++) {
    const s = sizes[g]!;
    internal += (s * (s - 1)) / 2;
    squares += s * s;
  }
  return [(n * n - squares) / 2, internal];
}

function nodeEi(index: CsrIndex, labels: GroupLabels, counts: EiCounts, rescaled: boolean): Float64Array {
  const n = index.order;
  const values = new Float64Array(n);
  const { nodeExternal, nodeInternal } = counts;
  for (let v = 0; v < n; v++) {
    if (rescaled) {
      const s = labels.sizes[labels.groupOf[v]!]!;
      values[v] = eiRescaled(nodeExternal[v]!, nodeInternal[v]!, n - s, s - 1);
    } else {
      values[v] = ei(nodeExternal[v]!, nodeInternal[v]!);
    }
  }
  return values;
}

/**
 * @internal
 * The permutation test of the network-level statistic: R shuffles of the group labels (sizes
 * kept), each followed by one pass summing I over the ties.
 */
export function eiPermutationKernel(
  index: CsrIndex,
  labels: GroupLabels,
  counts: EiCounts,
  weighted: boolean,
  rescaled: boolean,
  permutations: number,
  rng: () => number,
): EiPermutationTest {
  const total = counts.external + counts.internal;
  const [possibleExternal, possibleInternal] = networkPossible(index.order, labels.sizes);
  const statistic = (internal: number): number =>
    rescaled ? eiRescaled(total - internal, internal, possibleExternal, possibleInternal) : ei(total - internal, internal);
  const observed = counts.internal;
  const result: EiPermutationTest = { permutations, mean: Number.NaN, sd: Number.NaN, pGreater: Number.NaN, pLess: Number.NaN };
  if (permutations === 0 || Number.isNaN(statistic(observed))) return result;

  const { size, tieSources, tieTargets, tieStrengths } = index;
  const permuted = Int32Array.from(labels.groupOf);
  const tolerance = weighted ? 1e-12 * total : 0;
  let atLeast = 0; // EI_perm ≥ EI_obs ⇔ I_perm ≤ I_obs
  let atMost = 0; // EI_perm ≤ EI_obs ⇔ I_perm ≥ I_obs
  let mean = 0;
  let m2 = 0;
  for (let r = 0; r < permutations; r++) {
    shuffleInPlace(rng, permuted);
    let internal = 0;
    if (weighted) {
      for (let t = 0; t < size; t++) {
        if (permuted[tieSources[t]!] === permuted[tieTargets[t]!]) internal += tieStrengths[t]!;
      }
    } else {
      for (let t = 0; t < size; t++) {
        if (permuted[tieSources[t]!] === permuted[tieTargets[t]!]) internal++;
      }
    }
    if (internal <= observed + tolerance) atLeast++;
    if (internal >= observed - tolerance) atMost++;
    const x = statistic(internal);
    const delta = x - mean;
    mean += delta / (r + 1);
    m2 += delta * (x - mean);
  }
  result.mean = mean;
  result.sd = permutations > 1 ? Math.sqrt(m2 / (permutations - 1)) : Number.NaN;
  result.pGreater = (1 + atLeast) / (permutations + 1);
  result.pLess = (1 + atMost) / (permutations + 1);
  return result;
}

function collectEi(
  index: CsrIndex,
  labels: GroupLabels,
  counts: EiCounts,
  rescaled: boolean,
  test: EiPermutationTest,
): EiIndexResult {
  const n = index.order;
  const values = nodeEi(index, labels, counts, rescaled);
  const nodes: Record<string, EiValue> = {};
  for (let v = 0; v < n; v++) {
    setOwn(nodes, index.keys[v]!, { ei: values[v]!, external: counts.nodeExternal[v]!, internal: counts.nodeInternal[v]! });
  }
  const groups: Record<string, EiGroupValue> = {};
  for (let g = 0; g < labels.count; g++) {
    const s = labels.sizes[g]!;
    const external = counts.groupExternal[g]!;
    const internal = counts.groupInternal[g]!;
    setOwn(groups, labels.labels[g]!, {
      ei: rescaled ? eiRescaled(external, internal, s * (n - s), (s * (s - 1)) / 2) : ei(external, internal),
      external,
      internal,
      size: s,
    });
  }
  const [possibleExternal, possibleInternal] = networkPossible(n, labels.sizes);
  const { external, internal } = counts;
  return {
    network: {
      ei: rescaled ? eiRescaled(external, internal, possibleExternal, possibleInternal) : ei(external, internal),
      external,
      internal,
    },
    groups,
    nodes,
    pValue: test.pGreater,
    permutation: test,
  };
}
