/**
 * brokerageRoles: Gould–Fernandez brokerage roles (coordinator, itinerant, representative,
 * gatekeeper, liaison), with sna's analytic null model or a label-permutation null model.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { InvalidOptionError } from '../errors.js';
import { toIndex } from '../core/build-index.js';
import {
  analyticNull,
  brokerageCounts,
  brokerageScratch,
  networkTotals,
  permutationNull,
  ROLE_COLUMNS,
  toUnordered,
} from '../core/brokerage-kernel.js';
import type { CsrIndex } from '../core/csr.js';
import { resolveRng } from '../core/random.js';
import { refuseAttribute, splitAttribute } from '../define-metric.js';
import { assertGraph, assertGraphOrIndex } from '../guards.js';
import { nodeLabels, type GroupsOption, type NodeLabels } from '../node-data.js';
import { assertBoolean, assertEnum, assertInteger, resolveOptions, setOwn } from '../options.js';
import { tidyResult } from '../tidy/brand.js';

const NAME = 'tiestrength/brokerage/brokerageRoles';
const ASSIGN_NAME = 'tiestrength/brokerage/assignBrokerageRoles';

/** A Gould–Fernandez role, or `'total'` (the sum of the five roles). */
export type BrokerageRole = 'coordinator' | 'itinerant' | 'representative' | 'gatekeeper' | 'liaison' | 'total';

/** The roles in sna's column order (w_I, w_O, b_IO, b_OI, b_O, t). */
export const BROKERAGE_ROLES: readonly BrokerageRole[] = Object.freeze([
  'coordinator',
  'itinerant',
  'representative',
  'gatekeeper',
  'liaison',
  'total',
] as const);

/** How an undirected graph's pairs are counted (directed graphs ignore it). */
export type BrokerageUndirected = 'sna' | 'unordered';

/** The null model behind `expected`, `sd` and `z`. */
export type BrokerageNullModel = 'analytic' | 'permutation' | 'none';

/** Options of {@link brokerageRoles}. */
export interface BrokerageRolesOptions<NodeAttributes extends Attributes = Attributes> {
  /**
   * Each person's group (required): a node attribute name (department, office…), a `Record` or
   * `Map` from node to group (works with a CsrIndex), or a getter `(node, attributes) => group`. [none]
   */
  groups?: GroupsOption<NodeAttributes>;
  /** Undirected graphs: `'sna'` counts each edge as two arcs (ordered pairs); `'unordered'` counts each pair once. [`'sna'`] */
  undirected?: BrokerageUndirected;
  /** `'analytic'` (sna's formulas), `'permutation'` (shuffled group labels) or `'none'` (raw counts only). [`'analytic'`] */
  nullModel?: BrokerageNullModel;
  /** Number of label permutations with `nullModel: 'permutation'`, an integer in [2, {@link BROKERAGE_ROLES_MAX_PERMUTATIONS}] (1e6). [1000] */
  permutations?: number;
  /** Credit each of the k brokers of a pair with 1/k instead of 1 (UCINET's partial credit). [`false`] */
  partialCredit?: boolean;
  /** Seed of the permutation null model's generator, a safe integer; not with `rng`. [`42`] */
  seed?: number;
  /** The permutation null model's generator, returning floats in [0, 1); not with `seed`. [a generator seeded with `seed`] */
  rng?: () => number;
}

/** Options of {@link assignBrokerageRoles}. */
export interface AssignBrokerageRolesOptions<NodeAttributes extends Attributes = Attributes> extends BrokerageRolesOptions<NodeAttributes> {
  /** The node attribute to write. [`'brokerageRoles'`] */
  attribute?: string;
}

/** The largest `permutations` that {@link brokerageRoles} accepts (more only blocks the thread; issue 12). */
export const BROKERAGE_ROLES_MAX_PERMUTATIONS = 1_000_000;

/** Defaults of {@link brokerageRoles} and {@link assignBrokerageRoles} (`attribute` is read by the latter only). */
export const BROKERAGE_ROLES_DEFAULTS = Object.freeze({
  groups: undefined as GroupsOption | undefined,
  undirected: 'sna' as BrokerageUndirected,
  nullModel: 'analytic' as BrokerageNullModel,
  permutations: 1000,
  partialCredit: false,
  seed: undefined as number | undefined,
  rng: undefined as (() => number) | undefined,
  attribute: 'brokerageRoles' as string,
});

/** One role's score: the observed count and its standing under the null model. */
export interface BrokerageScore {
  /** The observed count of brokered pairs (a sum of 1/k credits with `partialCredit`). */
  raw: number;
  /** Its expectation under the null model; `NaN` with `nullModel: 'none'` or fewer than 2 nodes. */
  expected: number;
  /** Its standard deviation under the null model; `NaN` as for `expected`. */
  sd: number;
  /** (raw − expected) / sd; `NaN` where sd = 0 (or is `NaN`). */
  z: number;
  /**
   * `nullModel: 'permutation'` only: the empirical one-sided p-value (1 + #{runs with a count ≥ raw}) / (R + 1),
   * small when the role is played more than chance predicts.
   */
  p?: number;
}

/** The scores of every role. */
export type BrokerageRoleScores = Record<BrokerageRole, BrokerageScore>;

/** The result of {@link brokerageRoles}. */
export interface BrokerageRolesResult {
  /** Each node's scores, keyed by node. */
  nodes: Record<string, BrokerageRoleScores>;
  /** Network-level scores: the counts summed over all brokers. */
  network: BrokerageRoleScores;
  /** Density d = arcs / (N(N − 1)) used by the analytic null model (an undirected tie is two arcs); `NaN` for N < 2. */
  density: number;
  /** People per group, keyed by group label. */
  groupSizes: Record<string, number>;
}

/**
 * Gould–Fernandez brokerage roles: for each person v, how many pairs (a, b) v brokers, that is
 * a → v → b with no tie a → b, split by who belongs to which group, and how that compares with
 * chance.
 *
 * Formula (plain text; G(x) is x's group):
 *
 *   v brokers the ordered pair (a, b)  ⇔  a → v, v → b, a ≠ b, and no arc a → b
 *   coordinator     G(a) = G(v) = G(b)            (sna w_I)
 *   itinerant       G(a) = G(b) ≠ G(v)            (sna w_O; UCINET: consultant)
 *   representative  G(a) = G(v) ≠ G(b)            (sna b_IO)
 *   gatekeeper      G(a) ≠ G(v) = G(b)            (sna b_OI)
 *   liaison         G(a), G(v), G(b) all differ   (sna b_O)
 *   total           the sum of the five
 *   z = (raw − E) / sd
 *
 * Analytic null model (sna 2.7-1; docs/metrics.md): each of the N(N − 1) arcs is present
 * independently with probability d = arcs / (N(N − 1)); with P = d²(1 − d), D3 = d³(1 − d)³,
 * n_g the size of the broker's group g and h the other groups,
 *
 *   E(coordinator)    = P (n_g − 1)(n_g − 2)        E(itinerant) = P Σ_h n_h(n_h − 1)
 *   E(representative) = E(gatekeeper) = P (N − n_g)(n_g − 1)
 *   E(liaison)        = P [(Σ_h n_h)² − Σ_h n_h²]   E(total)     = P (N − 1)(N − 2)
 *   Var = E(1 − P) + X, with X the covariance terms of docs/metrics.md (in D3, and at network
 *   level also D4 = d⁴(1 − d)² and D5 = d⁵(1 − d)).
 *
 * @remarks
 * - Binary: tie strengths are not read (drop weak ties first if they should not count).
 *   Parallel edges are merged, self-loops ignored.
 * - Groups: `groups` is required, in any node-data form: a node attribute name (needs a graph), a
 *   `Record` or `Map` from node to group (works with a CsrIndex), or a getter. Every node needs a
 *   group: a missing value throws `InvalidOptionError` naming the node, and so does an attribute name
 *   that no node carries; a Record or Map key that is not a node throws `NodeNotFoundError`. Labels
 *   are compared as strings (`1` and `'1'` are one group).
 * - Undirected graphs, `undirected: 'sna'` (default): each edge is two arcs, so each pair is
 *   brokered in both directions and representative ≡ gatekeeper; identical to `sna::brokerage` on
 *   an undirected `network` object or a symmetric matrix (checked in the golden generator).
 * - Undirected graphs, `undirected: 'unordered'`: each unordered pair {a, b} counts once. Coordinator,
 *   itinerant, liaison and total are the `'sna'` values halved (raw, expected and sd alike, so z is
 *   unchanged). The two boundary roles are merged into one, the number of pairs with exactly one
 *   end in v's group, (representative + gatekeeper) / 2 of `'sna'`, and reported **under both keys**
 *   `representative` and `gatekeeper` (same raw, expected, sd, z). So total = coordinator + itinerant
 *   + representative + liaison: do not add gatekeeper again. Directed graphs ignore this option.
 * - The two null models answer different questions. `'analytic'`: does v broker more than in a
 *   random graph of the same density and group sizes? (A well-connected person scores high in every
 *   role.) `'permutation'`: given who v is tied to, do the groups line up around v more than if the
 *   labels were shuffled? (total cannot change under shuffling: its sd is 0, z `NaN`, p 1.)
 * - `nullModel: 'analytic'` is sna's normal approximation, whose accuracy sna itself calls unknown;
 *   `'permutation'` shuffles the group labels over the people `permutations` times (group sizes kept;
 *   Fisher–Yates with the generator of `seed`, 42 by default, or `rng`), recounts, and reports the permutation mean as `expected`, the sample sd
 *   (denominator R − 1) as `sd`, z = (raw − mean) / sd and the empirical p = (1 + #{runs ≥ raw}) / (R + 1)
 *   (a run within a relative 1e-9 of raw counts as ≥); `'none'` skips the null model (`expected`, `sd`, `z` are `NaN`).
 * - `partialCredit: true` (UCINET's option): a pair (a, b) served by k distinct brokers credits
 *   each of them 1/k (with `'sna'` on an undirected graph, (a, b) and (b, a) have the same k).
 *   sna's formulas assume full credit, so it needs `nullModel: 'permutation'` or `'none'`.
 * - z is `NaN` where sd = 0: when d ∈ {0, 1}, for the coordinator role when n_g ≤ 2, or when no other
 *   group could supply the pair (e.g. itinerant with every other group of size 1). raw and expected
 *   are then 0, and sna gives `NaN` too.
 * - Isolates (and nodes with only in- or only out-arcs) broker nothing: raw 0, with the expected
 *   values of their group. An empty graph gives `nodes: {}` and network raw 0 with `NaN` null-model
 *   values; fewer than 2 nodes give `NaN` density, expected, sd and z.
 * - Parity: raw, expected, sd and z at node and network level equal R sna 2.7-1 `brokerage(A, cl)`
 *   to a relative 1e-9 (observed: ≤ 5e-16) on the org, directed-weighted, messy and karate fixtures,
 *   the Krackhardt advice (department) and Lazega advice (office) data, and a seeded 60-node graph
 *   with 12 groups. Departure: sna counts a self-loop as an arc in
 *   its density; tiestrength drops self-loops first (docs/metrics.md).
 * - Complexity: O(n + m + Σ_v in(v)·out(v)) time (the number of 2-paths) and O(n) memory for the
 *   counts; the analytic model costs O(n + G); the permutation model repeats the count R times.
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param options The {@link BrokerageRolesOptions}.
 * @returns Per-node and network-level scores of each role, the density and the group sizes.
 * @throws {@link InvalidGraphError} If `input` is neither a graph nor an index.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidOptionError} If an option is invalid; if `groups` is missing, is an attribute
 *   name given with an index, or names an attribute no node carries; if a node has no group (the
 *   message names it); if `partialCredit` is combined with `nullModel: 'analytic'`; if both `seed`
 *   and `rng` are given or `rng` returns a value outside [0, 1); if `attribute` (of
 *   {@link assignBrokerageRoles}) is given.
 * @throws {@link NodeNotFoundError} If a `groups` Record or Map names a node that is not in the graph.
 *
 * @example
 * // Krackhardt's managers (advice), groups = departments ('0' is the CEO alone).
 * const r = brokerageRoles(krackhardtHighTech(), { groups: 'department' });
 * r.nodes['18'].liaison;
 * //=> { raw: 74, expected: 24.431135946442073, sd: 9.88491405600347, z: 5.014597372594549 }
 * r.network.liaison.z;   //=> -4.306188500233967
 * r.density;             //=> 0.4523809523809524 (190 arcs / 420)
 * r.groupSizes;          //=> { '0': 1, '1': 5, '2': 8, '3': 3, '4': 4 }
 *
 * const p = brokerageRoles(krackhardtHighTech(), {
 *   groups: 'department', nullModel: 'permutation', permutations: 1000, seed: 1,
 * });
 * p.nodes['18'].liaison;
 * //=> { raw: 74, expected: 53.67000000000003, sd: 16.870142314210092, z: 1.2050876407175037, p: 0.11888111888111888 }
 *
 * @see eiIndex, constraint
 *
 * References
 * [1] Gould, R. V., & Fernandez, R. M. (1989). Structures of mediation: A formal approach to
 *     brokerage in transaction networks. Sociological Methodology 19:89–126. doi:10.2307/270949
 * [2] Butts, C. T. (2023). sna: Tools for Social Network Analysis, R package 2.7-1, `brokerage`.
 * [3] Borgatti, S. P., Everett, M. G., & Freeman, L. C. (2002). UCINET for Windows (partial credit).
 */
export function brokerageRoles<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: BrokerageRolesOptions<NodeAttributes>,
): BrokerageRolesResult {
  assertGraphOrIndex(input, NAME);
  refuseAttribute(options, NAME, ASSIGN_NAME);
  return tidyResult('brokerageRoles', computeRoles(input as AbstractGraph | CsrIndex, options as BrokerageRolesOptions | undefined, NAME));
}

/**
 * Writes each node's {@link BrokerageRoleScores} (the `nodes` entry of {@link brokerageRoles}) to a
 * node attribute, `'brokerageRoles'` by default.
 *
 * @remarks Same conventions as {@link brokerageRoles}; the value written is an object
 * `{ coordinator: { raw, expected, sd, z }, …, total }`, a fresh one per node.
 *
 * @param graph The graphology graph (updated in place).
 * @param options The {@link AssignBrokerageRolesOptions}.
 * @throws {@link InvalidGraphError} If `graph` is not a graphology graph.
 * @throws {@link InvalidOptionError} As {@link brokerageRoles}, or if `attribute` is not a non-empty string or is `'__proto__'`.
 * @throws {@link NodeNotFoundError} If a `groups` Record or Map names a node that is not in the graph.
 *
 * @example
 * assignBrokerageRoles(org, { groups: 'group' });
 * org.getNodeAttribute('b2', 'brokerageRoles').liaison.raw; //=> 2
 */
export function assignBrokerageRoles<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  graph: AbstractGraph<NodeAttributes, EdgeAttributes>,
  options?: AssignBrokerageRolesOptions<NodeAttributes>,
): void {
  assertGraph(graph, ASSIGN_NAME);
  const { attribute, rest } = splitAttribute(
    options as AssignBrokerageRolesOptions | undefined,
    BROKERAGE_ROLES_DEFAULTS.attribute,
    ASSIGN_NAME,
  );
  const result = computeRoles(graph as AbstractGraph, rest, ASSIGN_NAME);
  (graph as AbstractGraph).updateEachNodeAttributes((node, attributes) => {
    setOwn(attributes as Record<string, unknown>, attribute, result.nodes[node]);
    return attributes;
  });
}

const { attribute: _attribute, ...COMPUTE_DEFAULTS } = BROKERAGE_ROLES_DEFAULTS;

function computeRoles(input: AbstractGraph | CsrIndex, options: BrokerageRolesOptions | undefined, prefix: string): BrokerageRolesResult {
  const opts = resolveOptions(prefix, COMPUTE_DEFAULTS, options);
  assertEnum(prefix, 'undirected', opts.undirected, ['sna', 'unordered'] as const);
  assertEnum(prefix, 'nullModel', opts.nullModel, ['analytic', 'permutation', 'none'] as const);
  assertInteger(prefix, 'permutations', opts.permutations, 2, BROKERAGE_ROLES_MAX_PERMUTATIONS);
  assertBoolean(prefix, 'partialCredit', opts.partialCredit);
  const rng = resolveRng(prefix, opts.seed, opts.rng);
  if (opts.partialCredit && opts.nullModel === 'analytic') {
    throw new InvalidOptionError(
      `${prefix}: the analytic null model assumes full credit; with partialCredit use nullModel 'permutation' or 'none'`,
      'nullModel',
    );
  }
  const index = toIndex(input, { getEdgeStrength: null }, prefix);
  if (opts.groups === undefined || opts.groups === null) {
    throw new InvalidOptionError(
      `${prefix}: option groups is required: each person's group, as a node attribute name ('department'), a Record or Map from node to group, or a function (node, attributes) => group`,
      'groups',
    );
  }
  const groups = nodeLabels(input, index, opts.groups, { option: 'groups', prefix, missing: 'error' });
  const unordered = !index.directed && opts.undirected === 'unordered';
  const raw = brokerageCounts(index, groups.groupOf, opts.partialCredit, new Float64Array(index.order * ROLE_COLUMNS), brokerageScratch(index.order));
  if (unordered) toUnordered(raw);
  const rawNetwork = networkTotals(raw);
  const nullModel = opts.nullModel;
  const arcs = index.directed ? index.size : 2 * index.size;
  const analytic = analyticNull(groups.sizes, index.order, arcs);
  const moments =
    nullModel === 'analytic'
      ? analyticMoments(analytic, groups, index.order, unordered)
      : nullModel === 'permutation'
        ? permutationMoments(index, groups, raw, rawNetwork, opts.permutations, rng, opts.partialCredit, unordered)
        : noMoments(index.order);
  return assemble(index, groups, raw, rawNetwork, moments, analytic.density);
}

/** Per-node and network expectations, sds and (permutation only) counts of runs ≥ observed. */
interface Moments {
  nodeExpected: Float64Array;
  nodeSd: Float64Array;
  networkExpected: Float64Array;
  networkSd: Float64Array;
  nodeAtLeast: Float64Array | null;
  networkAtLeast: Float64Array | null;
  permutations: number;
}

/** Halves coordinator, itinerant, liaison and total columns (the 'unordered' rescaling of E and sd). */
const UNORDERED_SCALE = Float64Array.of(0.5, 0.5, 1, 1, 0.5, 0.5);

function analyticMoments(analytic: ReturnType<typeof analyticNull>, groups: NodeLabels, n: number, unordered: boolean): Moments {
  const nodeExpected = new Float64Array(n * ROLE_COLUMNS);
  const nodeSd = new Float64Array(n * ROLE_COLUMNS);
  for (let v = 0; v < n; v++) {
    const g = groups.groupOf[v]! * ROLE_COLUMNS;
    for (let r = 0; r < ROLE_COLUMNS; r++) {
      const scale = unordered ? UNORDERED_SCALE[r]! : 1;
      nodeExpected[v * ROLE_COLUMNS + r] = analytic.groupExpected[g + r]! * scale;
      nodeSd[v * ROLE_COLUMNS + r] = analytic.groupSd[g + r]! * scale;
    }
  }
  const networkExpected = Float64Array.from(analytic.networkExpected, (x, r) => x * (unordered ? UNORDERED_SCALE[r]! : 1));
  const networkSd = Float64Array.from(analytic.networkSd, (x, r) => x * (unordered ? UNORDERED_SCALE[r]! : 1));
  return { nodeExpected, nodeSd, networkExpected, networkSd, nodeAtLeast: null, networkAtLeast: null, permutations: 0 };
}

function permutationMoments(
  index: CsrIndex,
  groups: NodeLabels,
  raw: Float64Array,
  rawNetwork: Float64Array,
  permutations: number,
  rng: () => number,
  partialCredit: boolean,
  unordered: boolean,
): Moments {
  const p = permutationNull(index, groups.groupOf, raw, rawNetwork, permutations, rng, partialCredit, unordered);
  return {
    nodeExpected: p.nodeMean,
    nodeSd: p.nodeSd,
    networkExpected: p.networkMean,
    networkSd: p.networkSd,
    nodeAtLeast: p.nodeAtLeast,
    networkAtLeast: p.networkAtLeast,
    permutations,
  };
}

function noMoments(n: number): Moments {
  const nan = (len: number) => new Float64Array(len).fill(Number.NaN);
  return {
    nodeExpected: nan(n * ROLE_COLUMNS),
    nodeSd: nan(n * ROLE_COLUMNS),
    networkExpected: nan(ROLE_COLUMNS),
    networkSd: nan(ROLE_COLUMNS),
    nodeAtLeast: null,
    networkAtLeast: null,
    permutations: 0,
  };
}

function scores(
  raw: Float64Array,
  expected: Float64Array,
  sd: Float64Array,
  atLeast: Float64Array | null,
  permutations: number,
  base: number,
): BrokerageRoleScores {
  const out = {} as BrokerageRoleScores;
  for (let r = 0; r < ROLE_COLUMNS; r++) {
    const x = raw[base + r]!;
    const e = expected[base + r]!;
    const s = sd[base + r]!;
    const score: BrokerageScore = { raw: x, expected: e, sd: s, z: s > 0 ? (x - e) / s : Number.NaN };
    if (atLeast) score.p = (1 + atLeast[base + r]!) / (permutations + 1);
    out[BROKERAGE_ROLES[r]!] = score;
  }
  return out;
}

function assemble(
  index: CsrIndex,
  groups: NodeLabels,
  raw: Float64Array,
  rawNetwork: Float64Array,
  m: Moments,
  density: number,
): BrokerageRolesResult {
  const nodes: Record<string, BrokerageRoleScores> = {};
  for (let v = 0; v < index.order; v++) {
    setOwn(nodes, index.keys[v]!, scores(raw, m.nodeExpected, m.nodeSd, m.nodeAtLeast, m.permutations, v * ROLE_COLUMNS));
  }
  const groupSizes: Record<string, number> = {};
  groups.labels.forEach((label, g) => setOwn(groupSizes, label, groups.sizes[g]!));
  return {
    nodes,
    network: scores(rawNetwork, m.networkExpected, m.networkSd, m.networkAtLeast, m.permutations, 0),
    density,
    groupSizes,
  };
}
