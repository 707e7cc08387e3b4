/**
 * keyPersonRisk: what the network loses when a person leaves.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { exclusiveBrokerageCounts, removalSplits } from '../core/articulation.js';
import { toIndex } from '../core/build-index.js';
import { coverageThreads } from '../core/coverage.js';
import type { CsrIndex } from '../core/csr.js';
import { egoBetweennessKernel, egoContacts } from '../core/ego.js';
import { distanceFragmentation, fragmentationOf } from '../core/fragmentation.js';
import { undirectedTies } from '../core/undirected-ties.js';
import { CUSTOMER_SEGMENT_DEFAULTS, customerSegments, soleAccounts, type CustomerSegmentOptions } from '../customers/segments.js';
import { nodeIdList } from '../core/cascade-options.js';
import { assertGraphOrIndex } from '../guards.js';
import { assertBoolean, resolveOptions, setOwn, type EdgeValueGetter } from '../options.js';
import { strongTieMask, type StrongTieRule } from '../ties/strong-ties.js';
import { tidyResult } from '../tidy/brand.js';

const NAME = 'tiestrength/reach/keyPersonRisk';

/** Options of {@link keyPersonRisk}. */
export interface KeyPersonRiskOptions<EdgeAttributes extends Attributes = Attributes, NodeAttributes extends Attributes = Attributes>
  extends CustomerSegmentOptions<NodeAttributes> {
  /**
   * Also compute the distance-weighted fragmentation risk (all-pairs hop distances of G − v for
   * every reported person: O(n·m) per person, hours for everyone on 10⁴ people; restrict with
   * `nodes`). [`false`]
   */
  distanceWeighted?: boolean;
  /** The people to report (all measures; the distance-weighted one is computed only for them). [everyone] */
  nodes?: Iterable<string>;
  /**
   * Which employee–contact ties are strong (for `accountsLeftWithoutStrongTie`): a strength
   * threshold ℓ (strong ⇔ merged strength ≥ ℓ), a classifyTies rule, an edge attribute or a
   * predicate; see {@link StrongTieRule}. [`{ method: 'jenks' }`]
   */
  strongTies?: StrongTieRule<EdgeAttributes>;
  /** How to read tie strength, for the strong-tie rule only (fragmentation counts hops). [`'weight'`] */
  getEdgeStrength?: EdgeValueGetter<EdgeAttributes>;
}

/** Defaults of {@link keyPersonRisk}. */
export const KEY_PERSON_RISK_DEFAULTS = Object.freeze({
  distanceWeighted: false,
  nodes: undefined as Iterable<string> | undefined,
  ...CUSTOMER_SEGMENT_DEFAULTS,
});

/** What one person's departure costs (see {@link keyPersonRisk}). */
export interface KeyPersonRisk {
  /** F(G − v) − F(G): the rise in fragmentation; `NaN` when n ≤ 2. */
  fragmentationRisk: number;
  /** D_F(G − v) − D_F(G) with `distanceWeighted`; otherwise `null` (not computed). `NaN` when n ≤ 2. */
  distanceFragmentationRisk: number | null;
  /** Whether removing the person disconnects their component. */
  articulationPoint: boolean;
  /** Pieces the person's component falls into without them (0 for an isolate, 1 if not an articulation point). */
  pieces: number;
  /** Unordered pairs of the person's contacts, not tied to each other, whose only common contact is the person. */
  exclusiveBrokerage: number;
  /** Everett & Borgatti's ego betweenness. */
  egoBetweenness: number;
  /** Customer accounts where the person holds every strong thread (ascending); empty without customers. */
  accountsLeftWithoutStrongTie: string[];
}

/** The result of {@link keyPersonRisk}. */
export interface KeyPersonRiskResult {
  /** F(G) of the whole network; `NaN` when n ≤ 1. */
  fragmentation: number;
  /** D_F(G) with `distanceWeighted`; otherwise `null`. */
  distanceFragmentation: number | null;
  /** The reported people, keyed by node, in graph order. */
  people: Record<string, KeyPersonRisk>;
}

/**
 * Key-person risk: for every person, how much the network fragments if they leave (Borgatti's
 * KPP-Neg, plain and optionally distance-weighted), whether they are an articulation point,
 * the pairs of contacts only they connect, their ego betweenness, and the customer accounts
 * that would be left without a strong tie.
 *
 * Formulas (plain text, so they render in IDE hovers):
 *
 *   F    = 1 − Σ_c s_c (s_c − 1) / (n (n − 1))          s_c = component sizes, n = people
 *   D_F  = 1 − 2 Σ_{i<j} (1 / d_ij) / (n (n − 1))        d_ij = hops, 1/∞ = 0
 *   fragmentationRisk(v)         = F(G − v) − F(G)        G − v has n − 1 people
 *   distanceFragmentationRisk(v) = D_F(G − v) − D_F(G)
 *   exclusiveBrokerage(v) = |{ {a, b} ⊆ N(v) : a, b not tied, N(a) ∩ N(b) = {v} }|
 *   accountsLeftWithoutStrongTie(v) = accounts whose strong threads are all held by v
 *
 * @remarks
 * - Structure only: fragmentation, articulation points and exclusive brokerage count hops on
 *   the merged simple graph; strengths matter only for which customer ties are strong.
 * - Directed graphs: fragmentation, articulation points and exclusive brokerage use the
 *   undirected projection (weak components: a person still counts as connected to a colleague
 *   they only receive from); ego betweenness keeps directions (see `egoBetweenness`).
 * - ΔF for everyone costs O(n + m) in total: one iterative Tarjan DFS finds, for every v, the
 *   pieces its component splits into. The distance-weighted risk needs every hop distance of
 *   G − v, O(|C|·m) per person, so it is opt-in (`distanceWeighted: true`), and `nodes` limits
 *   it (and the report) to the people of interest. D_F counts hops, as Borgatti defines it (with
 *   weighted distances 1/d would leave [0, 1]), so there is no `getEdgeDistance` option.
 * - Every node is reported (employees, customers and nodes of any other kind alike) unless `nodes` says otherwise.
 * - F is a share of the n − 1 remaining people's pairs, so in an already fragmented network the
 *   risk of someone who is no articulation point need not be 0 (org: a1 0.0476), and it is
 *   negative when the person's fragment is small (the isolate z: −0.2857, the rest is connected).
 *   In a connected network it is 0 exactly for non-articulation points, and > 0 for the others.
 * - Isolates: not an articulation point, 0 pieces, 0 exclusive brokerage, 0 ego betweenness.
 * - n ≤ 2: risks are `NaN` (G − v has at most one person; F is undefined). Empty graph: `people` is `{}`.
 * - Exclusive brokerage counts each unordered pair once; on a directed graph the pairs, ties and
 *   common contacts are those of the undirected projection. Gould–Fernandez's ordered count
 *   (`brokerageRoles`, sna convention) would be twice this on an undirected graph.
 * - Customers: as in {@link customerCoverage} (`kinds`, `employeeKind`, `customerKind`, `accounts`,
 *   `strongTies`). Customers are optional here: when no customer option is given, a graph whose
 *   nodes carry no `'kind'` attribute, or an index, gives empty lists. Once a customer option is
 *   given, kinds that make nobody an employee or a customer are refused, as in customerCoverage.
 * - Parity: NetworkX 2.8.8 `articulation_points`, `connected_components` of G − v and
 *   `all_pairs_shortest_path_length` of G − v on the fixture graphs (relative tolerance 1e-9).
 * - Complexity: O(n + m + Σ deg²) by default, plus O(k·n·m) for k people with `distanceWeighted`.
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param options The {@link KeyPersonRiskOptions}.
 * @returns The {@link KeyPersonRiskResult}.
 * @throws {@link InvalidGraphError} If `input` is neither a graph nor a CsrIndex.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidWeightError} If a strength is zero, negative or not finite.
 * @throws {@link InvalidOptionError} If an option is invalid.
 * @throws {@link NodeNotFoundError} If `nodes`, `kinds` or `accounts` names a node absent from the graph.
 *
 * @example
 * // the "org" graph of docs/metrics.md: a1–a2 3, a1–a3 2, a2–a3 1, a3–b1 1, b1–b2 4, b2–c1 1, a2–b2 1, isolate z.
 * const r = keyPersonRisk(org);
 * r.fragmentation;                  //=> 0.2857142857142857   (1 − 30/42)
 * r.people.b2.fragmentationRisk;    //=> 0.3142857142857143   (F(G − b2) = 1 − 12/30 = 0.6)
 * r.people.b2.articulationPoint;    //=> true
 * r.people.b2.exclusiveBrokerage;   //=> 2                     ({a2, c1} and {b1, c1} meet only at b2)
 *
 * @see customerCoverage, egoBetweenness, bridges
 *
 * References
 * [1] Borgatti, S. P. (2006). Identifying sets of key players in a social network. Computational and Mathematical Organization Theory 12(1):21–34. doi:10.1007/s10588-006-7084-x
 * [2] Tarjan, R. E. (1972). Depth-first search and linear graph algorithms. SIAM Journal on Computing 1(2):146–160.
 * [3] Everett, M., & Borgatti, S. P. (2005). Ego network betweenness. Social Networks 27(1):31–38.
 */
export function keyPersonRisk<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: KeyPersonRiskOptions<EdgeAttributes, NodeAttributes>,
): KeyPersonRiskResult {
  assertGraphOrIndex(input, NAME);
  const raw = options as KeyPersonRiskOptions | undefined;
  const opts = resolveOptions(NAME, KEY_PERSON_RISK_DEFAULTS, raw);
  assertBoolean(NAME, 'distanceWeighted', opts.distanceWeighted);
  const index = toIndex(input as AbstractGraph | CsrIndex, raw, NAME);
  const nodes = reportedNodes(index, opts.nodes);
  const segments = customerSegments(input as AbstractGraph | CsrIndex, index, opts, raw, NAME, false);
  const n = index.order;

  const ties = undirectedTies(index, 'any');
  const splits = removalSplits(ties);
  const exclusive = exclusiveBrokerageCounts(ties);
  const ego = egoBetweennessKernel(index, egoContacts(index));
  const distance = opts.distanceWeighted ? distanceFragmentation(ties, nodes) : null;
  let sole: (string[] | undefined)[] = [];
  if (segments.customers > 0) {
    const { strong } = strongTieMask(input as AbstractGraph | CsrIndex, index, opts.strongTies, NAME);
    sole = soleAccounts(n, coverageThreads(index, segments.kind, segments.accountOf, segments.labels.length, strong), segments.labels);
  }

  const fragmentation = fragmentationOf(n, splits.connectedPairs);
  const people: Record<string, KeyPersonRisk> = {};
  const count = nodes === null ? n : nodes.length;
  for (let i = 0; i < count; i++) {
    const v = nodes === null ? i : nodes[i]!;
    setOwn(people, index.keys[v]!, {
      fragmentationRisk: fragmentationOf(n - 1, splits.connectedPairsAfter[v]!) - fragmentation,
      distanceFragmentationRisk: distance === null ? null : distance.after[v]! - distance.fragmentation,
      articulationPoint: splits.articulation[v] === 1,
      pieces: splits.pieces[v]!,
      exclusiveBrokerage: exclusive[v]!,
      egoBetweenness: ego[v]!,
      accountsLeftWithoutStrongTie: sole[v] ?? [],
    });
  }
  return tidyResult('keyPersonRisk', { fragmentation, distanceFragmentation: distance === null ? null : distance.fragmentation, people });
}

/** The dense ids of `nodes` in graph order without repeats, or `null` for everyone. */
function reportedNodes(index: CsrIndex, nodes: unknown): Uint32Array | null {
  if (nodes === undefined) return null;
  return nodeIdList(index, nodes, NAME, 'nodes').sort();
}
