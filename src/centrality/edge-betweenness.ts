/**
 * edgeBetweenness: which ties carry the most shortest paths (Brandes 2008), e.g. the bridges
 * that Girvan–Newman would cut first.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { toIndex } from '../core/build-index.js';
import { brandesSums, rescaleBetweenness } from '../core/brandes.js';
import { isCsrIndex, tieOfPair, type CsrIndex } from '../core/csr.js';
import { assertToDistance, resolveDistances } from '../core/distances.js';
import { assertGraph, assertGraphOrIndex } from '../guards.js';
import {
  assertBoolean,
  assertInteger,
  assertString,
  resolveOptions,
  setOwn,
  type DistanceOptions,
  type EdgeValueGetter,
  type ToDistance,
} from '../options.js';
import type { EdgeMetric, TieValue } from '../ties/edge-results.js';
import { drawPivots, resolveSample, type BetweennessSample } from './betweenness.js';

const NAME = 'tiestrength/centrality/edgeBetweenness';

/** Options of {@link edgeBetweenness}. */
export interface EdgeBetweennessOptions<EdgeAttributes extends Attributes = Attributes> extends DistanceOptions<EdgeAttributes> {
  /** Divide by the number of (s, t) pairs, n(n − 1)/2 or n(n − 1), as NetworkX does. [`true`] */
  normalized?: boolean;
  /** Estimate from sampled pivot sources instead of all nodes; `null` for exact. [`null`] */
  sample?: BetweennessSample | null;
  /** The generator that draws the pivots. [`createRng(sample.seed ?? 42)`] */
  rng?: () => number;
}

/** Options of {@link assignEdgeBetweenness}. */
export interface AssignEdgeBetweennessOptions<EdgeAttributes extends Attributes = Attributes>
  extends EdgeBetweennessOptions<EdgeAttributes> {
  /** The edge attribute to write. [`'edgeBetweenness'`] */
  attribute?: string;
}

/** Defaults of {@link edgeBetweenness}. */
export const EDGE_BETWEENNESS_DEFAULTS = Object.freeze({
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
  getEdgeDistance: undefined as EdgeValueGetter | undefined,
  toDistance: 'inverse' as ToDistance,
  normalized: true,
  sample: null as BetweennessSample | null,
  rng: undefined as (() => number) | undefined,
});

/**
 * Edge betweenness: the share of shortest paths between all pairs of people that run along each
 * tie. Ties with high values are bridges between groups.
 *
 * Formula (Brandes 2008):
 *
 *   c_B(e) = Σ_{s ≠ t} σ_st(e) / σ_st
 *   σ_st     number of shortest s–t paths; σ_st(e) those using tie e
 *   pairs    unordered {s, t} (undirected), ordered (s, t) (directed)
 *   normalized (default): divide by n(n − 1)/2 (undirected) or n(n − 1) (directed)
 *   sampled, k pivots: raw pair sums from the pivots × n/(k c) (raw, c = 2 undirected, 1 directed)
 *            or × 1/(k(n − 1)) (normalized)
 *
 * @remarks
 * - Shape of the result: for a **graph**, `{ [edgeKey]: value }` with every graphology edge key;
 *   parallel edges of one merged tie all get the tie's value, and self-loops get 0. For a
 *   **CsrIndex** (no edge keys), one {@link TieValue} `{ source, target, value }` per merged tie,
 *   in the index's tie order (for a directed graph, one per arc: source → target). These are the
 *   shapes of the tie-level metrics ({@link EdgeMetric}, {@link TieValue} from `ties/`).
 *   {@link assignEdgeBetweenness} writes an edge attribute.
 * - Reads tie **distances** (`getEdgeDistance`, or `toDistance` from strengths, default 1/strength);
 *   ties are compared with igraph's relative tolerance 1e-10 (see {@link betweenness}).
 * - Normalisation as NetworkX 3.6.1 (endpoints always included). `normalized: false` gives raw sums
 *   over unordered pairs for undirected graphs, equal to igraph's `edge_betweenness`.
 * - Departs from NetworkX on multigraphs, which splits a tie's value among its parallel edges:
 *   here the tie is the unit, so each parallel edge reports the whole tie's value.
 * - Large inputs spread sources over worker threads, with the same values bit for bit (see {@link betweenness}).
 * - An empty graph gives `{}` (or `[]` for an index). Complexity: O(n m) unweighted, O(n (n + m) log n) weighted.
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param options The {@link EdgeBetweennessOptions}.
 * @returns Per edge key (graph input) or per tie (index input).
 * @throws {@link InvalidGraphError} If `input` is neither a graph nor an index.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidWeightError} If a strength or distance is zero, negative or not finite.
 * @throws {@link InvalidOptionError} If an option is invalid (see {@link betweenness}).
 *
 * @example
 * const path = new UndirectedGraph();
 * path.mergeEdgeWithKey('ab', 'a', 'b');
 * path.mergeEdgeWithKey('bc', 'b', 'c');
 * edgeBetweenness(path, { normalized: false }); //=> { ab: 2, bc: 2 }
 *
 * References
 * [1] Brandes, U. (2008). On variants of shortest-path betweenness centrality and their generic
 *     computation. Social Networks 30(2):136–145.
 * [2] Girvan, M., Newman, M. E. J. (2002). Community structure in social and biological networks. PNAS 99(12):7821–7826.
 */
export function edgeBetweenness<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes>,
  options?: EdgeBetweennessOptions<EdgeAttributes>,
): EdgeMetric;
export function edgeBetweenness(input: CsrIndex, options?: EdgeBetweennessOptions): TieValue[];
export function edgeBetweenness<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: EdgeBetweennessOptions<EdgeAttributes>,
): EdgeMetric | TieValue[];
export function edgeBetweenness(input: AbstractGraph | CsrIndex, options?: EdgeBetweennessOptions): EdgeMetric | TieValue[] {
  const { index, values } = compute(input, options, NAME);
  if (isCsrIndex(input)) return tieValues(index, values);
  return edgeValues(input, index, values);
}

/**
 * Writes {@link edgeBetweenness} as an edge attribute (`attribute`, default `'edgeBetweenness'`)
 * on every edge; parallel edges get their tie's value, self-loops 0.
 *
 * @param graph The graphology graph.
 * @param options The {@link AssignEdgeBetweennessOptions}.
 * @throws {@link InvalidGraphError} If `graph` is not a graphology graph.
 * @throws {@link InvalidOptionError} If an option is invalid.
 *
 * @example
 * assignEdgeBetweenness(path, { normalized: false });
 * path.getEdgeAttribute('ab', 'edgeBetweenness'); //=> 2
 */
export function assignEdgeBetweenness<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  graph: AbstractGraph<NodeAttributes, EdgeAttributes>,
  options?: AssignEdgeBetweennessOptions<EdgeAttributes>,
): void {
  const prefix = `${NAME} (assign)`;
  assertGraph(graph, prefix);
  const { attribute = 'edgeBetweenness', ...rest } = (options ?? {}) as AssignEdgeBetweennessOptions;
  assertString(prefix, 'attribute', attribute);
  const g = graph as AbstractGraph;
  const { index, values } = compute(g, rest, prefix);
  g.updateEachEdgeAttributes((_edge, attributes, source, target) => {
    const t = tieOf(index, source, target);
    (attributes as Record<string, unknown>)[attribute] = t < 0 ? 0 : values[t];
    return attributes;
  });
}

function compute(
  input: AbstractGraph | CsrIndex,
  options: EdgeBetweennessOptions | undefined,
  prefix: string,
): { index: CsrIndex; values: Float64Array } {
  assertGraphOrIndex(input, prefix);
  const opts = resolveOptions(prefix, EDGE_BETWEENNESS_DEFAULTS, options);
  assertBoolean(prefix, 'normalized', opts.normalized);
  assertToDistance(prefix, opts.toDistance, { allowZero: false });
  const sample = resolveSample(prefix, opts.sample, opts.rng);
  const index = toIndex(input, options, prefix);
  const distances = resolveDistances(index, options?.toDistance, options?.getEdgeDistance !== undefined, prefix, {
    allowZero: false,
  });
  const n = index.order;
  let pivots: Uint32Array | null = null;
  if (sample !== null && n > 0) {
    assertInteger(prefix, 'sample.sources', sample.sources, 1, n);
    pivots = drawPivots(n, sample.sources, sample.rng);
  }
  const values = brandesSums(index, distances, { sources: pivots, nodes: false, ties: true, endpoints: true }).ties!;
  rescaleBetweenness(values, n, { normalized: opts.normalized, directed: index.directed, endpoints: true, pivots });
  return { index, values };
}

/** One {@link TieValue} per tie of the index. */
function tieValues(index: CsrIndex, values: Float64Array): TieValue[] {
  const out: TieValue[] = new Array(index.size);
  for (let t = 0; t < index.size; t++) {
    out[t] = { source: index.keys[index.tieSources[t]!]!, target: index.keys[index.tieTargets[t]!]!, value: values[t]! };
  }
  return out;
}

/** `{ [edgeKey]: value }` for every edge of the graph. */
function edgeValues(graph: AbstractGraph, index: CsrIndex, values: Float64Array): EdgeMetric {
  const out: EdgeMetric = {};
  graph.forEachEdge((edge, _attributes, source, target) => {
    const t = tieOf(index, source, target);
    setOwn(out, edge, t < 0 ? 0 : values[t]!);
  });
  return out;
}

/** The tie id of the edge source–target (−1 for a self-loop): a binary search in the source's sorted (out-)adjacency. */
function tieOf(index: CsrIndex, source: string, target: string): number {
  return tieOfPair(index, index.id(source), index.id(target));
}
