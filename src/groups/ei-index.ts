/**
 * eiIndex: Krackhardt & Stern's E-I index, how much a network, each group and each person turn
 * outwards (ties to other groups) rather than inwards (ties within their own group).
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { toIndex, type BuildIndexOptions } from '../core/build-index.js';
import type { CsrIndex } from '../core/csr.js';
import { resolveRng, shuffleInPlace } from '../core/random.js';
import { defineNodeMetric, refuseAttribute } from '../define-metric.js';
import { InvalidOptionError, show } from '../errors.js';
import { assertGraphOrIndex } from '../guards.js';
import { throwIfAborted } from '../runtime/aborted-error.js';
import type { GroupLabel, GroupsOption, NodeLabels } from '../node-data.js';
import { assertBoolean, assertInteger, resolveOptions, setOwn, type EdgeValueGetter, type NodeMetric } from '../options.js';
import { readGroups } from './groups-option.js';
import { tidyResult } from '../tidy/brand.js';

const NAME = 'tiestrength/groups/eiIndex';
const ASSIGN_NAME = 'tiestrength/groups/assignEiIndex';

/** Options of {@link eiIndex}. */
export interface EiIndexOptions<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes> {
  /**
   * Each person's group (required): a node attribute name (department, team, office), a `Record`
   * or `Map` from node to group (works with a CsrIndex), or a getter `(node, attributes) => group`. [none]
   */
  groups?: GroupsOption<NodeAttributes>;
  /**
   * How to read a tie's strength: an attribute name (missing reads as 1), a getter, or `null` to
   * count ties as UCINET does. E and I sum strengths. [`'weight'`]
   */
  getEdgeStrength?: EdgeValueGetter<EdgeAttributes>;
  /** Density-rescaled EI*: compare tie densities instead of tie counts, so that group sizes do not drive the index. [`false`] */
  rescaled?: boolean;
  /**
   * Number of label permutations for the p-value, an integer in [0, {@link EI_INDEX_MAX_PERMUTATIONS}]
   * (1e6); 0 skips the test (`pValue` is `NaN`). [`0`]
   */
  permutations?: number;
  /** Seed of the permutation test's generator, a safe integer; not with `rng`. [`42`] */
  seed?: number;
  /** The permutation test's generator, returning floats in [0, 1); not with `seed`. [a generator seeded with `seed`] */
  rng?: () => number;
  /**
   * Cancels the permutation test: checked before it starts and between batches of permutations;
   * the call throws an {@link AbortedError} (its `cause` is the signal's reason). The call is
   * synchronous, so only an abort that happens while it runs (a timer cannot fire) or before it
   * is seen. [none]
   */
  signal?: AbortSignal;
}

/**
 * The largest `permutations` that {@link eiIndex} accepts: 1e6 draws already give p-values to
 * about ±0.001 at p = 0.5; more only blocks the thread (issue 12: 2 ** 32 ran for 434 s).
 */
export const EI_INDEX_MAX_PERMUTATIONS = 1_000_000;

/** Defaults of {@link eiIndex}. */
export const EI_INDEX_DEFAULTS = Object.freeze({
  groups: undefined as GroupsOption | undefined,
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
  rescaled: false as boolean,
  permutations: 0 as number,
  seed: undefined as number | undefined,
  rng: undefined as (() => number) | undefined,
  signal: undefined as AbortSignal | undefined,
});

/** The E-I index at one level: the index and the external and internal tie counts (or strengths) it is made of. */
export interface EiValue {
  /** (E − I) / (E + I), or the density-rescaled EI* with `rescaled: true`; `NaN` with no ties. */
  ei: number;
  /** E: summed strengths of the ties (arcs) to another group; tie counts with `getEdgeStrength: null`. */
  external: number;
  /** I: summed strengths of the ties (arcs) within the group; tie counts with `getEdgeStrength: null`. */
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
  /** Each group, keyed by label: the ties with at least one end in it (E: exactly one end, I: both ends). */
  groups: Record<string, EiGroupValue>;
  /** Each person's E-I index over their own ties (in- and out-arcs for directed graphs), keyed by node: a {@link NodeMetric}. */
  nodes: NodeMetric;
  /** Each person's E (ties, or strengths, to other groups), keyed by node. */
  nodeExternal: NodeMetric;
  /** Each person's I (ties, or strengths, within their group), keyed by node. */
  nodeInternal: NodeMetric;
  /** The permutation p-value `permutation.pGreater`; `NaN` when `permutations` is 0. */
  pValue: number;
  /** The permutation test in full. */
  permutation: EiPermutationTest;
}

/** Options of {@link assignEiIndex}: the node-level options of {@link eiIndex} and the attribute to write. */
export interface AssignEiIndexOptions<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>
  extends Omit<EiIndexOptions<NodeAttributes, EdgeAttributes>, 'permutations' | 'seed' | 'rng' | 'signal'> {
  /** The node attribute to write each person's E-I index to. [`'ei'`] */
  attribute?: string;
}

/** Options of {@link eiIndexIndexed}: the groups as a Record or Map (an index holds no node attributes). */
export interface EiIndexIndexedOptions {
  /** Each person's group (required), keyed by node. [none] */
  groups?: Readonly<Record<string, GroupLabel>> | ReadonlyMap<string, GroupLabel>;
  /** `null` counts ties (every strength 1). [the index's strengths] */
  getEdgeStrength?: null;
  /** Density-rescaled EI*. [`false`] */
  rescaled?: boolean;
}

/** Defaults of {@link assignEiIndex} (the only one that reads `attribute`) and {@link eiIndexIndexed}. */
export const ASSIGN_EI_INDEX_DEFAULTS = Object.freeze({
  groups: undefined as GroupsOption | undefined,
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
  rescaled: false as boolean,
  attribute: 'ei' as string,
});

const nodeMetric = defineNodeMetric({
  family: 'groups',
  name: 'eiIndex',
  defaults: ASSIGN_EI_INDEX_DEFAULTS,
  validate: (opts, prefix) => assertBoolean(prefix, 'rescaled', opts.rescaled),
  kernel: (index, opts, input, prefix) => {
    const labels = readGroups(input, index, opts.groups, prefix);
    return nodeEi(index, labels, eiCountsKernel(index, labels.groupOf, labels.count), opts.rescaled);
  },
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
 *   each tie counts its strength a_ij (1 with getEdgeStrength: null, Krackhardt & Stern's counts)
 *   rescaled: EI* = (d_E − d_I) / (d_E + d_I),  d = ties / possible ties
 *     possible (internal, external): person (n_g − 1, n − n_g); group (C(n_g, 2), n_g(n − n_g));
 *     network (Σ_g C(n_g, 2), Σ_{g<h} n_g n_h); directed graphs double both (the index is unchanged)
 *   p-value:  pGreater = (1 + #{EI_perm ≥ EI_obs}) / (R + 1), pLess likewise with ≤
 *
 * @remarks
 * - Ties are merged parallel edges with self-loops dropped (docs/metrics.md). Undirected ties count
 *   once; directed graphs count arcs, so a reciprocated pair counts twice, and a person's E and I
 *   count both in- and out-arcs.
 * - Strengths: E and I sum tie strengths (`getEdgeStrength`, default `'weight'`; a graph without
 *   that attribute counts every tie as 1). `getEdgeStrength: null` counts ties, as UCINET and egor
 *   do (they ignore tie values); summing strengths is a departure documented in docs/metrics.md.
 * - `groups` is required, in any node-data form (attribute name, Record, Map, getter). Every node
 *   needs a group: a missing value throws {@link InvalidOptionError} naming the node, and so does
 *   an attribute name that no node carries. Group labels are strings (`String(value)`).
 * - `nodes` is a {@link NodeMetric} (each person's index); `nodeExternal` and `nodeInternal` hold
 *   the E and I it is made of. {@link assignEiIndex} writes `nodes`; {@link eiIndexIndexed} returns
 *   it as a `Float64Array`.
 * - E + I = 0 (an isolate; a group with no ties; a network with no ties) gives `ei = NaN`; so does a
 *   zero possible-tie count with `rescaled` (e.g. a one-person group has no possible internal tie).
 * - `rescaled: true` reports the density-rescaled EI* in `ei` (E and I stay counts or sums). It
 *   follows egor's idea with the denominators above; egor's exact denominators are unverified.
 *   UCINET's "rescaled E-I" (to the range attainable given density and group sizes) is not implemented.
 * - Permutation test (UCINET): group labels are shuffled R times (group sizes kept), with the
 *   generator of `seed` (42 by default) or `rng`, and the network-level statistic (the one reported:
 *   strength sums and/or rescaled when asked) is recomputed. EI is a decreasing function of I when E + I
 *   and the group sizes are fixed, so comparisons are made on I: exactly for counts, with a relative
 *   tolerance of 1e-12 for strength sums. `pValue` = `pGreater`; `pLess` tests for silos. Same
 *   seed, same p-values.
 * - Complexity: O(n + m), plus O(R (n + m)) for the permutation test. R is capped at
 *   {@link EI_INDEX_MAX_PERMUTATIONS} (1e6); `signal` can cancel the test between batches.
 * - Parity: counts and indices equal the hand formulas applied to NetworkX 2.8.8 edge lists on the
 *   golden fixtures (relative tolerance 1e-9); the reference values of the "org" graph in docs/metrics.md.
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex} (then give `groups` as a Record or Map).
 * @param options The {@link EiIndexOptions}; `groups` is required.
 * @returns The {@link EiIndexResult}: network, groups, nodes (with their E and I), `pValue` and the permutation test.
 * @throws {@link InvalidGraphError} If `input` is neither a graphology graph nor a CsrIndex.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidOptionError} If `groups` is missing, names an attribute no node carries or misses a node;
 *   if an option is invalid (`permutations` not an integer in [0, 1e6]; `signal` not an AbortSignal; both `seed` and `rng`; an `rng` value outside [0, 1); `attribute`, which belongs to {@link assignEiIndex}).
 * @throws {@link NodeNotFoundError} If a `groups` Record or Map names a node that is not in the graph.
 * @throws {@link InvalidWeightError} If a strength is zero, negative or not finite (not with `getEdgeStrength: null`).
 * @throws {@link AbortedError} If `signal` is aborted before the call or during the permutation test.
 *
 * @example
 * const counts = eiIndex(org, { groups: 'group', getEdgeStrength: null });
 * counts.network;        //=> { ei: -0.14285714285714285, external: 3, internal: 4 }
 * counts.groups.A.ei;    //=> -0.2
 * counts.nodes.a2;       //=> -0.3333333333333333
 * counts.nodes.z;        //=> NaN (an isolate)
 * eiIndex(org, { groups: 'group' }).network;  //=> { ei: -0.5384615384615384, external: 3, internal: 10 } (strengths)
 * eiIndex(org, { groups: 'group', getEdgeStrength: null, rescaled: true }).network.ei;  //=> -0.620253164556962
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
  options?: EiIndexOptions<NodeAttributes, EdgeAttributes>,
): EiIndexResult {
  assertGraphOrIndex(input, NAME);
  refuseAttribute(options, NAME, ASSIGN_NAME);
  const opts = resolveOptions(NAME, EI_INDEX_DEFAULTS, options as EiIndexOptions | undefined);
  assertBoolean(NAME, 'rescaled', opts.rescaled);
  assertInteger(NAME, 'permutations', opts.permutations, 0, EI_INDEX_MAX_PERMUTATIONS);
  const signal = opts.signal;
  if (signal !== undefined && (typeof signal !== 'object' || signal === null || typeof (signal as AbortSignal).aborted !== 'boolean')) {
    throw new InvalidOptionError(`${NAME}: option signal must be an AbortSignal; got ${show(signal)}`, 'signal');
  }
  throwIfAborted(signal, NAME);
  const rng = resolveRng(NAME, opts.seed, opts.rng);
  const graph = input as AbstractGraph | CsrIndex;
  const index = toIndex(graph, options as BuildIndexOptions | undefined, NAME);
  const labels = readGroups(graph, index, opts.groups, NAME);
  const counts = eiCountsKernel(index, labels.groupOf, labels.count);
  const test = eiPermutationKernel(index, labels, counts, opts.rescaled, opts.permutations, rng, signal);
  return tidyResult('eiIndex', collectEi(index, labels, counts, opts.rescaled, test));
}

/**
 * Writes each person's E-I index (the `nodes` of {@link eiIndex}) to a node attribute of the graph.
 *
 * @param graph The graphology graph.
 * @param options The {@link AssignEiIndexOptions}: `groups` (required), `getEdgeStrength`, `rescaled`, and the `attribute` to write. [`'ei'`]
 * @throws {@link InvalidGraphError} If `graph` is not a graphology graph.
 * @throws {@link InvalidOptionError} If `groups` is missing or misses a node, or an option is invalid.
 * @throws {@link NodeNotFoundError} If a `groups` Record or Map names a node that is not in the graph.
 * @throws {@link InvalidWeightError} If a strength is zero, negative or not finite (not with `getEdgeStrength: null`).
 *
 * @example
 * assignEiIndex(org, { groups: 'group' });
 * org.getNodeAttribute('a1', 'ei');  //=> -1
 */
export function assignEiIndex<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  graph: AbstractGraph<NodeAttributes, EdgeAttributes>,
  options?: AssignEiIndexOptions<NodeAttributes, EdgeAttributes>,
): void {
  nodeMetric.assign(graph, options as AssignEiIndexOptions | undefined);
}

/**
 * Each person's E-I index (the `nodes` of {@link eiIndex}) on a prebuilt index, as a
 * `Float64Array` in node-id order (`index.keys[id]` is the node): the fast path.
 *
 * @param index The {@link CsrIndex}.
 * @param options The {@link EiIndexIndexedOptions}; `groups` (a Record or Map) is required.
 * @returns The E-I index of each node id; `NaN` for an isolate.
 * @throws {@link InvalidGraphError} If `index` is not a CsrIndex.
 * @throws {@link InvalidOptionError} If `groups` is missing or misses a node, or an option is invalid.
 * @throws {@link NodeNotFoundError} If `groups` names a node that is not in the index.
 *
 * @example
 * const index = buildIndex(org);
 * eiIndexIndexed(index, { groups: { a1: 'A', a2: 'A', a3: 'A', b1: 'B', b2: 'B', c1: 'C', z: 'C' } })[index.id('a2')];
 * //=> -0.6
 */
export function eiIndexIndexed(index: CsrIndex, options?: EiIndexIndexedOptions): Float64Array {
  return nodeMetric.indexed(index, options);
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
 * adds its strength (1 on an unweighted index) to both endpoints.
 */
export function eiCountsKernel(index: CsrIndex, groupOf: Int32Array, groups: number): EiCounts {
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
    const w = tieStrengths[t]!;
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

function nodeEi(index: CsrIndex, labels: NodeLabels, counts: EiCounts, rescaled: boolean): Float64Array {
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
  labels: NodeLabels,
  counts: EiCounts,
  rescaled: boolean,
  permutations: number,
  rng: () => number,
  signal?: AbortSignal,
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
  const weighted = index.weighted;
  const tolerance = weighted ? 1e-12 * total : 0;
  let atLeast = 0; // EI_perm ≥ EI_obs ⇔ I_perm ≤ I_obs
  let atMost = 0; // EI_perm ≤ EI_obs ⇔ I_perm ≥ I_obs
  let mean = 0;
  let m2 = 0;
  // Check the signal about every 2^20 units of work (a shuffle is n, a pass over the ties m).
  const batch = Math.max(1, Math.floor(2 ** 20 / (index.order + size + 1)));
  for (let r = 0; r < permutations; r++) {
    if (r % batch === 0) throwIfAborted(signal, NAME);
    shuffleInPlace(rng, permuted);
    let internal = 0;
    for (let t = 0; t < size; t++) {
      if (permuted[tieSources[t]!] === permuted[tieTargets[t]!]) internal += tieStrengths[t]!;
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
  labels: NodeLabels,
  counts: EiCounts,
  rescaled: boolean,
  test: EiPermutationTest,
): EiIndexResult {
  const n = index.order;
  const values = nodeEi(index, labels, counts, rescaled);
  const nodes: NodeMetric = {};
  const nodeExternal: NodeMetric = {};
  const nodeInternal: NodeMetric = {};
  for (let v = 0; v < n; v++) {
    const key = index.keys[v]!;
    setOwn(nodes, key, values[v]!);
    setOwn(nodeExternal, key, counts.nodeExternal[v]!);
    setOwn(nodeInternal, key, counts.nodeInternal[v]!);
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
    nodeExternal,
    nodeInternal,
    pValue: test.pGreater,
    permutation: test,
  };
}
