/**
 * diversityBandwidth: each person's network diversity next to the bandwidth of their ties
 * (Aral & Van Alstyne 2011).
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { toIndex } from '../core/build-index.js';
import { InvalidOptionError, show } from '../errors.js';
import type { CsrIndex } from '../core/csr.js';
import { BURT_CONSTRAINT, burtKernel, egoContacts, type EgoContacts } from '../core/ego.js';
import { metricPrefixes } from '../define-metric.js';
import { assertGraph, assertGraphOrIndex } from '../guards.js';
import { assertAttributeName, assertEnum, resolveOptions, setOwn, type EdgeValueGetter } from '../options.js';
import { tidyResult } from '../tidy/brand.js';

const PREFIXES = metricPrefixes('brokerage', 'diversityBandwidth');

/** The options of {@link assignDiversityBandwidth} that name the attributes it writes. */
const ATTRIBUTE_OPTIONS = ['diversityAttribute', 'bandwidthAttribute'] as const;

/** How {@link diversityBandwidth} measures diversity: `'constraint'` (1 − Burt's constraint) or `'entropy'` (Eagle, Macy & Claxton 2010). */
export type DiversityMeasure = 'constraint' | 'entropy';

/** How {@link diversityBandwidth} measures bandwidth: `'meanStrength'` (mean merged tie strength). A string union so that more can be added. */
export type BandwidthMeasure = 'meanStrength';

const DIVERSITY_MEASURES: readonly DiversityMeasure[] = Object.freeze(['constraint', 'entropy'] as DiversityMeasure[]);
const BANDWIDTH_MEASURES: readonly BandwidthMeasure[] = Object.freeze(['meanStrength'] as BandwidthMeasure[]);

/** Options of {@link diversityBandwidth}. */
export interface DiversityBandwidthOptions<EdgeAttributes extends Attributes = Attributes> {
  /** How to read a tie's strength: an attribute name (missing reads as 1), a getter, or `null` for unweighted. [`'weight'`] */
  getEdgeStrength?: EdgeValueGetter<EdgeAttributes>;
  /** `'constraint'`: 1 − C_i (Burt's constraint, whole-network model); `'entropy'`: the normalised Shannon entropy of the strength shares. [`'constraint'`] */
  diversity?: DiversityMeasure;
  /** `'meanStrength'`: the mean strength of the person's merged ties. [`'meanStrength'`] */
  bandwidth?: BandwidthMeasure;
}

/** Options of {@link assignDiversityBandwidth}. */
export interface AssignDiversityBandwidthOptions<EdgeAttributes extends Attributes = Attributes>
  extends DiversityBandwidthOptions<EdgeAttributes> {
  /** The node attribute receiving the diversity. [`'diversity'`] */
  diversityAttribute?: string;
  /** The node attribute receiving the bandwidth. [`'bandwidth'`] */
  bandwidthAttribute?: string;
}

/** Defaults of {@link diversityBandwidth} and {@link assignDiversityBandwidth} (the only one that reads the two attribute options). */
export const DIVERSITY_BANDWIDTH_DEFAULTS = Object.freeze({
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
  diversity: 'constraint' as DiversityMeasure,
  bandwidth: 'meanStrength' as BandwidthMeasure,
  diversityAttribute: 'diversity' as string,
  bandwidthAttribute: 'bandwidth' as string,
});

/** One person's profile in {@link diversityBandwidth}. */
export interface DiversityBandwidth {
  /** 1 − C_i (`diversity: 'constraint'`) or D_i (`'entropy'`); `NaN` for an isolate. */
  diversity: number;
  /** Mean strength of the person's ties; `NaN` for an isolate. */
  bandwidth: number;
  /** Number of distinct contacts k_i (in ∪ out for directed graphs). */
  contacts: number;
}

/**
 * Diversity and bandwidth of each person's network, side by side (Aral & Van Alstyne 2011): a
 * diverse network reaches non-redundant contacts but tends to run over thin, low-bandwidth
 * ties; a cohesive one runs over thick ties to contacts who know the same things.
 *
 * Formula (plain text, so it renders in IDE hovers):
 *
 *   diversity 'constraint':  1 − C_i,   C_i = Σ_{j ∈ N(i)} ( p_ij + Σ_{q ∈ N(i), q ≠ i,j} p_iq · p_qj )²
 *   diversity 'entropy':     D_i = − Σ_{j ∈ N(i)} p_ij ln p_ij / ln k_i        (k_i = 1 → 0)
 *   bandwidth 'meanStrength': B_i = Σ_{j ∈ N(i)} w_ij / k_i
 *   w_ij = a_ij + a_ji (directed) or a_ij (undirected); p_ij = w_ij / Σ_{q ∈ N(i)} w_iq;
 *   N(i) = in- ∪ out-neighbours of i, k_i = |N(i)|.
 *
 * @remarks
 * - Reads tie **strengths** (`getEdgeStrength`), never distances. Both diversity measures are
 *   scale-invariant; bandwidth is in the strength's own unit (e.g. e-mails per tie). Unweighted
 *   (`getEdgeStrength: null`) undirected: every bandwidth is 1 and the entropy is 1 for k ≥ 2
 *   (directed: a reciprocated pair has mutual strength 2).
 * - Default `diversity: 'constraint'`: Aral & Van Alstyne's diversity is *structural* (contacts
 *   who are not tied to each other, i.e. structural holes), which 1 − C measures and the entropy
 *   does not: a clique member whose time is spread evenly has entropy 1, as much as a broker
 *   between ten separate groups. The entropy (Eagle, Macy & Claxton 2010) measures how evenly
 *   a person spreads their strength over contacts; it is bounded in [0, 1] and has a peer
 *   (igraph `diversity`). 1 − C is at most 1 and can be negative (C exceeds 1 when one strong
 *   contact is also tied to the others: a–b 1, b–c 1, a–c 10 gives 1 − C_b = −0.8223).
 * - Directed graphs: contacts are in- ∪ out-neighbours and a pair's strength is a_ij + a_ji
 *   (docs/metrics.md), for all three quantities. Self-loops ignored; parallel edges summed.
 * - Isolated people: diversity and bandwidth `NaN` (0/0), contacts 0. One contact: diversity 0
 *   with either measure (C = 1; entropy 0 by convention, as igraph).
 * - Complexity: entropy O(n + m); constraint O(Σ_q deg(q)·d⁺(q)) as {@link constraint}.
 * - Parity (golden fixtures, relative tolerance 1e-9): entropy against igraph 0.10.2
 *   `Graph.diversity(weights=...)` on the merged (and, for directed graphs, symmetrised)
 *   graph, unweighted with all weights 1; 1 − C against NetworkX 2.8.8 `constraint`. Departs from
 *   igraph's `diversity(weights=None)`, which returns 1 for every vertex, isolates and pendants
 *   included; and from igraph's refusal of directed graphs and multigraphs (we symmetrise and merge).
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param options The {@link DiversityBandwidthOptions}.
 * @returns `{ diversity, bandwidth, contacts }` of each person, keyed by node.
 * @throws {@link InvalidGraphError} If `input` is neither a graphology graph nor a CsrIndex.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidWeightError} If a strength is zero, negative, NaN, infinite or not a number.
 * @throws {@link InvalidOptionError} If an option is unknown or invalid, `getEdgeStrength` names an attribute no edge carries, or an attribute name or getter is given with an index.
 *
 * @example
 * const graph = new UndirectedGraph();
 * graph.mergeEdge('a1', 'a2', { weight: 3 });
 * graph.mergeEdge('a1', 'a3', { weight: 2 });
 * graph.mergeEdge('a2', 'a3', { weight: 1 });
 * graph.mergeEdge('a3', 'b1', { weight: 1 });
 * diversityBandwidth(graph);
 * //=> { a1: { diversity: 0.2074999999999998, bandwidth: 2.5, contacts: 2 },
 * //     a2: { diversity: -0.06812499999999999, bandwidth: 2, contacts: 2 },
 * //     a3: { diversity: 0.16234375, bandwidth: 1.3333333333333333, contacts: 3 },
 * //     b1: { diversity: 0, bandwidth: 1, contacts: 1 } }
 * diversityBandwidth(graph, { diversity: 'entropy' }).a3.diversity; //=> 0.9463946303571862
 *
 * @see constraint, moderatelyWeakTies
 *
 * References
 * [1] Aral, S., & Van Alstyne, M. (2011). The diversity-bandwidth trade-off. American Journal of Sociology 117(1):90–171. doi:10.1086/661238
 * [2] Eagle, N., Macy, M., & Claxton, R. (2010). Network diversity and economic development. Science 328(5981):1029–1031. doi:10.1126/science.1186605
 * [3] Burt, R. S. (1992). Structural Holes: The Social Structure of Competition. Harvard University Press.
 */
export function diversityBandwidth<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: DiversityBandwidthOptions<EdgeAttributes>,
): Record<string, DiversityBandwidth> {
  const prefix = PREFIXES.compute;
  assertGraphOrIndex(input, prefix);
  refuseAttributeOptions(options, prefix);
  const { index, result } = profiles(input as AbstractGraph | CsrIndex, options as DiversityBandwidthOptions | undefined, prefix);
  const out: Record<string, DiversityBandwidth> = {};
  const { diversity, bandwidth, contacts } = result;
  for (let i = 0; i < index.order; i++) {
    setOwn(out, index.keys[i]!, { diversity: diversity[i]!, bandwidth: bandwidth[i]!, contacts: contacts[i]! });
  }
  return tidyResult('diversityBandwidth', out);
}

/**
 * Writes {@link diversityBandwidth} as two node attributes (`diversityAttribute`, default
 * `'diversity'`, and `bandwidthAttribute`, default `'bandwidth'`).
 *
 * @param graph The graphology graph to read and write.
 * @param options The {@link AssignDiversityBandwidthOptions}.
 * @throws {@link InvalidGraphError} If `graph` is not a graphology graph.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidWeightError} If a strength is zero, negative, NaN, infinite or not a number.
 * @throws {@link InvalidOptionError} If an option is unknown or invalid, or both attributes are the same.
 *
 * @example
 * assignDiversityBandwidth(graph);
 * graph.getNodeAttribute('a3', 'bandwidth'); //=> 1.3333333333333333
 */
export function assignDiversityBandwidth<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  graph: AbstractGraph<NodeAttributes, EdgeAttributes>,
  options?: AssignDiversityBandwidthOptions<EdgeAttributes>,
): void {
  const prefix = PREFIXES.assign;
  assertGraph(graph, prefix);
  const { attributes, rest } = splitAttributeOptions(options as AssignDiversityBandwidthOptions | undefined, prefix);
  const { index, result } = profiles(graph as AbstractGraph, rest, prefix);
  index.assign(graph, attributes.diversityAttribute, result.diversity);
  index.assign(graph, attributes.bandwidthAttribute, result.bandwidth);
}

/** Steps 2 to 4 of both variants: resolve the options, build or accept the index, run the kernel. */
function profiles(input: AbstractGraph | CsrIndex, options: DiversityBandwidthOptions | undefined, prefix: string) {
  const opts = resolveOptions(prefix, DIVERSITY_BANDWIDTH_DEFAULTS, options);
  assertEnum(prefix, 'diversity', opts.diversity, DIVERSITY_MEASURES);
  assertEnum(prefix, 'bandwidth', opts.bandwidth, BANDWIDTH_MEASURES);
  const index = toIndex(input, options, prefix);
  return { index, result: diversityBandwidthKernel(egoContacts(index), opts.diversity) };
}

/** {@link diversityBandwidth} returns its values: the attribute options belong to {@link assignDiversityBandwidth}. */
function refuseAttributeOptions(options: unknown, prefix: string): void {
  if (typeof options !== 'object' || options === null) return;
  for (const option of [...ATTRIBUTE_OPTIONS, 'attribute']) {
    if (Object.prototype.hasOwnProperty.call(options, option)) {
      throw new InvalidOptionError(
        `${prefix}: option ${option} applies to assignDiversityBandwidth (diversityAttribute, bandwidthAttribute), which writes the result to the graph; this function returns it`,
        option,
      );
    }
  }
}

/** The two attribute names of {@link assignDiversityBandwidth}, validated and distinct, and the other options. */
function splitAttributeOptions(options: AssignDiversityBandwidthOptions | undefined, prefix: string) {
  if (typeof options !== 'object' || options === null) {
    return { attributes: DIVERSITY_BANDWIDTH_DEFAULTS, rest: options as DiversityBandwidthOptions | undefined };
  }
  const { diversityAttribute = DIVERSITY_BANDWIDTH_DEFAULTS.diversityAttribute, bandwidthAttribute = DIVERSITY_BANDWIDTH_DEFAULTS.bandwidthAttribute, ...rest } = options;
  assertAttributeName(prefix, 'diversityAttribute', diversityAttribute);
  assertAttributeName(prefix, 'bandwidthAttribute', bandwidthAttribute);
  if (diversityAttribute === bandwidthAttribute) {
    throw new InvalidOptionError(
      `${prefix}: options diversityAttribute and bandwidthAttribute must differ; both are ${show(bandwidthAttribute)}`,
      'bandwidthAttribute',
    );
  }
  return { attributes: { diversityAttribute, bandwidthAttribute }, rest: rest as DiversityBandwidthOptions };
}

/** @internal Per-node outputs of {@link diversityBandwidthKernel}. */
export interface DiversityBandwidthValues {
  diversity: Float64Array;
  bandwidth: Float64Array;
  contacts: Uint32Array;
}

/**
 * @internal
 * Diversity (1 − C or normalised entropy) and mean mutual strength of every node, from its
 * {@link EgoContacts}. Isolates get `NaN`. Entropy terms are summed with Neumaier compensation and
 * the result clamped to [0, 1] (equal shares give ln k up to rounding).
 */
export function diversityBandwidthKernel(c: EgoContacts, diversity: DiversityMeasure): DiversityBandwidthValues {
  const n = c.order;
  const { offsets, strengths, totals } = c;
  const div = diversity === 'constraint' ? burtKernel(c, 'whole', BURT_CONSTRAINT).constraint! : new Float64Array(n);
  const bandwidth = new Float64Array(n);
  const contacts = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const start = offsets[i]!;
    const k = offsets[i + 1]! - start;
    contacts[i] = k;
    if (k === 0) {
      div[i] = Number.NaN;
      bandwidth[i] = Number.NaN;
      continue;
    }
    const total = totals[i]!;
    bandwidth[i] = total / k;
    if (diversity === 'constraint') {
      div[i] = 1 - div[i]!;
    } else if (k === 1) {
      div[i] = 0;
    } else {
      const inv = 1 / total;
      let sum = 0;
      let comp = 0;
      for (let s = start, end = start + k; s < end; s++) {
        const p = strengths[s]! * inv;
        const x = -p * Math.log(p);
        const t = sum + x;
        comp += sum >= x ? sum - t + x : x - t + sum;
        sum = t;
      }
      const d = (sum + comp) / Math.log(k);
      div[i] = d > 1 ? 1 : d < 0 ? 0 : d;
    }
  }
  return { diversity: div, bandwidth, contacts };
}
