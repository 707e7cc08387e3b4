/**
 * describeNetwork: the first thing every user asks of a network.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { toIndex, type BuildIndexOptions } from '../core/build-index.js';
import { contactCounts } from '../core/contacts.js';
import type { CsrIndex } from '../core/csr.js';
import { summarize, type Summary } from '../core/quantiles.js';
import { compensatedSum } from '../core/summation.js';
import { connectedComponents } from '../core/union-find.js';
import { assertGraphOrIndex } from '../guards.js';
import { nodeLabels, type GroupsOption } from '../node-data.js';
import { resolveOptions, setOwn, type EdgeValueGetter } from '../options.js';
import { tidyResult } from '../tidy/brand.js';

const NAME = 'tiestrength/network/describeNetwork';

/** Options of {@link describeNetwork}. */
export interface DescribeNetworkOptions<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes> {
  /** How to read tie strength: an attribute name (missing reads as 1), a getter, or `null` for unweighted. [`'weight'`] */
  getEdgeStrength?: EdgeValueGetter<EdgeAttributes>;
  /**
   * Each person's group (department, team…), for ties within vs between groups: a node attribute
   * name, a `Record` or `Map` from node to group (works with a CsrIndex), a getter
   * `(node, attributes) => group`, or `null` for no group figures. [`null`]
   */
  groups?: GroupsOption<NodeAttributes> | null;
}

/** Defaults of {@link describeNetwork}. */
export const DESCRIBE_NETWORK_DEFAULTS = Object.freeze({
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
  groups: null as GroupsOption | null,
});

/** Ties within and between groups (see {@link describeNetwork}). */
export interface GroupMixing {
  /** The node attribute read; `null` when `groups` was a Record, Map or getter. */
  attribute: string | null;
  /** Number of groups. */
  count: number;
  /** People per group. */
  sizes: Record<string, number>;
  /** People with no value for the attribute (their ties are counted in neither `within` nor `between`). */
  ungrouped: number;
  /** Ties with both ends in the same group (I). */
  within: number;
  /** Ties between two groups (E). */
  between: number;
  /** within / (within + between); `NaN` with no grouped ties. */
  withinShare: number;
  /** The E-I index (E − I) / (E + I) of the whole network (Krackhardt & Stern 1988); `NaN` with no grouped ties. */
  ei: number;
}

/** The summary returned by {@link describeNetwork}. */
export interface NetworkDescription {
  /** Whether ties are directed. */
  directed: boolean;
  /** Number of people (nodes). */
  people: number;
  /** Number of ties (parallel edges merged, self-loops dropped). */
  ties: number;
  /** Ties / possible ties: m / (n(n−1)/2) undirected, m / (n(n−1)) directed; `NaN` for n < 2. */
  density: number;
  /** Share of arcs whose reverse arc exists (directed only; `NaN` for undirected graphs or no ties). */
  reciprocity: number;
  /** People with no tie. */
  isolates: number;
  /** Connected components (weakly connected for directed graphs). */
  components: {
    /** Number of components, isolates included. */
    count: number;
    /** People in the largest component. */
    largest: number;
    /** Share of people in the largest component; `NaN` for an empty network. */
    largestShare: number;
  };
  /** Distribution of tie strengths (merged); all 1 when unweighted. */
  strength: Summary & {
    /** Whether strengths were read from the edges (`false` with `getEdgeStrength: null`: every strength 1). */
    weighted: boolean;
    /** Sum of the merged tie strengths (the number of ties when unweighted). */
    total: number;
  };
  /** Distribution of distinct contacts per person (in ∪ out for directed graphs). */
  degree: Summary;
  /** Ties within vs between groups, with `groups`; otherwise `null`. */
  groups: GroupMixing | null;
  /** What building the index dropped or merged. */
  dropped: {
    /** Self-loops dropped (they are not ties). */
    selfLoops: number;
    /** Edges merged into an earlier edge between the same pair (parallel edges, repeated rows). */
    parallelEdgesMerged: number;
  };
}

/**
 * Describes a network: people, ties, density, components and the largest one's share, the
 * distribution of tie strengths and of contacts per person, and, with `groups`, ties within vs
 * between groups.
 *
 * Formulas:
 *
 *   density     = m / (n(n − 1)/2)   (undirected)     m / (n(n − 1))   (directed)
 *   reciprocity = |{ u→v : v→u exists }| / m           (directed)
 *   E-I         = (E − I) / (E + I)                    E = ties between groups, I = ties within
 *   quartiles   = linear interpolation on sorted values (R type 7, NumPy and d3-array default)
 *
 * @remarks
 * - Ties are merged parallel edges with self-loops dropped (docs/metrics.md); `dropped` counts them.
 * - Components of directed graphs are weak components.
 * - Degree = distinct contacts |N(i)|, N(i) = in ∪ out for directed graphs.
 * - `groups` takes any node-data form: an attribute name or a getter (both need a graph: an index
 *   holds no attributes), or a `Record` or `Map` (works with an index). An attribute name that no
 *   node carries is refused (a misspelling). People without a group value are counted in
 *   `groups.ungrouped`, and their ties in neither `within` nor `between`. `groups.sizes` lists the
 *   groups in ascending label order (numeric labels by value).
 * - An empty network gives zero counts and `NaN` ratios; it never throws.
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param options The {@link DescribeNetworkOptions}.
 * @returns The {@link NetworkDescription}.
 * @throws {@link InvalidGraphError} If `input` is neither a graph nor an index.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidWeightError} If a strength is zero, negative or not finite.
 * @throws {@link InvalidOptionError} If an option is invalid, `groups` names an attribute no node carries, or `groups` is an attribute name or getter given with an index.
 * @throws {@link NodeNotFoundError} If a `groups` Record or Map names a node that is not in the graph.
 *
 * @example
 * const d = describeNetwork(krackhardtHighTech({ relation: 'advice' }), { groups: 'department' });
 * d.people;              //=> 21
 * d.ties;                //=> 190
 * d.density;             //=> 0.4523809523809524
 * d.groups?.within;      //=> 46
 * d.groups?.ei;          //=> 0.5157894736842106
 */
export function describeNetwork<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: DescribeNetworkOptions<NodeAttributes, EdgeAttributes>,
): NetworkDescription {
  assertGraphOrIndex(input, NAME);
  const opts = resolveOptions(NAME, DESCRIBE_NETWORK_DEFAULTS, options as DescribeNetworkOptions | undefined);
  const graph = input as AbstractGraph | CsrIndex;
  const index = toIndex(graph, options as BuildIndexOptions | undefined, NAME);
  const n = index.order;
  const m = index.size;
  const pairs = index.directed ? n * (n - 1) : (n * (n - 1)) / 2;
  const { contacts, mutual } = contactCounts(index);
  let isolates = 0;
  for (let v = 0; v < n; v++) if (contacts[v] === 0) isolates++;
  const components = connectedComponents(index);
  let largest = 0;
  for (let c = 0; c < components.count; c++) if (components.sizes[c]! > largest) largest = components.sizes[c]!;
  const strengths = Float64Array.from(index.tieStrengths);
  const total = compensatedSum(strengths);
  return tidyResult('describeNetwork', {
    directed: index.directed,
    people: n,
    ties: m,
    density: n < 2 ? Number.NaN : m / pairs,
    reciprocity: index.directed && m > 0 ? compensatedSum(mutual) / m : Number.NaN,
    isolates,
    components: { count: components.count, largest, largestShare: n === 0 ? Number.NaN : largest / n },
    strength: { ...summarize(strengths), weighted: index.weighted, total },
    degree: summarize(Float64Array.from(contacts)),
    groups: opts.groups === null ? null : groupMixing(graph, index, opts.groups),
    dropped: { selfLoops: index.stats.selfLoopsDropped, parallelEdgesMerged: index.stats.parallelEdgesMerged },
  });
}

function groupMixing(input: AbstractGraph | CsrIndex, index: CsrIndex, groups: unknown): GroupMixing {
  const { groupOf, labels, sizes: counts, ungrouped } = nodeLabels(input, index, groups, { option: 'groups', prefix: NAME, missing: 'ungrouped' });
  let within = 0;
  let between = 0;
  for (let t = 0; t < index.size; t++) {
    const a = groupOf[index.tieSources[t]!]!;
    const b = groupOf[index.tieTargets[t]!]!;
    if (a < 0 || b < 0) continue;
    if (a === b) within++;
    else between++;
  }
  const sizes: Record<string, number> = {};
  labels.forEach((name, g) => setOwn(sizes, name, counts[g]!));
  const grouped = within + between;
  return {
    attribute: typeof groups === 'string' ? groups : null,
    count: labels.length,
    sizes,
    ungrouped,
    within,
    between,
    withinShare: grouped === 0 ? Number.NaN : within / grouped,
    ei: grouped === 0 ? Number.NaN : (between - within) / grouped,
  };
}
