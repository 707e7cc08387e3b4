/**
 * edgeBetweenness: which ties carry the most shortest paths (Brandes 2008), e.g. the bridges
 * that Girvan–Newman would cut first.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { CsrIndex } from '../core/csr.js';
import { defineTieMetric, type TieMetric } from '../define-metric.js';
import type { DistanceOptions, EdgeValueGetter, ToDistance } from '../options.js';
import { betweennessKernel, validateBetweenness } from './betweenness.js';
import { mergeDefaults } from './path-options.js';

/** Options of {@link edgeBetweenness}. */
export interface EdgeBetweennessOptions<EdgeAttributes extends Attributes = Attributes> extends DistanceOptions<EdgeAttributes> {
  /** Divide by the number of (s, t) pairs, n(n − 1)/2 or n(n − 1), as NetworkX does. [`true`] */
  normalized?: boolean;
  /** Estimate from this many pivot sources, an integer in [1, n] drawn uniformly without replacement; absent for exact. [absent] */
  samples?: number;
  /** Seed of the generator that draws the pivots (a safe integer; not with `rng`). [`42`] */
  seed?: number;
  /** The generator that draws the pivots, returning floats in [0, 1) (not with `seed`). [the generator seeded with `seed`] */
  rng?: () => number;
  /**
   * Threads that compute (docs/runtime.md): `1` is the calling thread only, `n ≥ 2` spreads the
   * sources over n threads (the calling thread among them, blocked until all are done), `'auto'`
   * one per core (up to 8) when the work pays for their start-up (≈ 5·10⁷ arc visits). Values
   * are identical for every value. [`'auto'`]
   */
  threads?: number | 'auto';
}

/** Options of {@link assignEdgeBetweenness}. */
export interface AssignEdgeBetweennessOptions<EdgeAttributes extends Attributes = Attributes>
  extends EdgeBetweennessOptions<EdgeAttributes> {
  /** The edge attribute to write. [`'edgeBetweenness'`] */
  attribute?: string;
}

/**
 * Options of {@link edgeBetweennessIndexed}: the index holds its strengths (and distances, when
 * built with `getEdgeDistance`); `null` ignores them.
 */
export interface EdgeBetweennessIndexedOptions extends Omit<EdgeBetweennessOptions, 'getEdgeStrength' | 'getEdgeDistance'> {
  /** `null` treats every tie as strength 1. [the index's strengths] */
  getEdgeStrength?: null;
  /** `null` counts hops. [the index's distances, or distances from its strengths] */
  getEdgeDistance?: null;
}

/** Defaults of {@link edgeBetweenness}, {@link assignEdgeBetweenness} (the only one that reads `attribute`) and {@link edgeBetweennessIndexed}. */
export const EDGE_BETWEENNESS_DEFAULTS = Object.freeze({
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
  getEdgeDistance: undefined as EdgeValueGetter | undefined,
  toDistance: 'inverse' as ToDistance,
  normalized: true as boolean,
  samples: undefined as number | undefined,
  seed: undefined as number | undefined,
  rng: undefined as (() => number) | undefined,
  threads: 'auto' as number | 'auto',
  attribute: 'edgeBetweenness' as string,
});

const metric = defineTieMetric({
  family: 'centrality',
  name: 'edgeBetweenness',
  defaults: mergeDefaults(EDGE_BETWEENNESS_DEFAULTS),
  ties: 'arcs',
  notATie: 0,
  validate: validateBetweenness,
  kernel: (index, _ties, opts, prefix) => betweennessKernel(index, opts, prefix, true).values,
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
 *   `samples: k` pivots: raw pair sums from the pivots × n/(k c) (raw, c = 2 undirected, 1 directed)
 *            or × 1/(k(n − 1)) (normalized)
 *
 * References
 * [1] Brandes, U. (2008). On variants of shortest-path betweenness centrality and their generic
 *     computation. Social Networks 30(2):136–145.
 * [2] Girvan, M., Newman, M. E. J. (2002). Community structure in social and biological networks. PNAS 99(12):7821–7826.
 *
 * @remarks
 * - Result: one {@link TieValue} `{ source, target, value }` per tie, the same for a graph and
 *   for its {@link CsrIndex}: on a directed graph one per arc (source → target; a reciprocated
 *   pair is two rows), on an undirected graph one per tie (source: the end the graph lists
 *   first). Rows are sorted by (source id, target id), node ids being the order in which the
 *   graph lists its nodes. Parallel edges are one tie; self-loops are not ties. To read values by
 *   edge key, use {@link assignEdgeBetweenness}: every parallel edge gets its tie's value, a
 *   self-loop 0.
 * - Reads tie **distances** (`getEdgeDistance`, or `toDistance` from strengths, default 1/strength);
 *   ties are compared with igraph's relative tolerance 1e-10 (see {@link betweenness}).
 * - Normalisation and sampled rescaling as NetworkX 2.8.8 (`_rescale_e`; endpoints always included).
 *   `normalized: false` gives raw sums over unordered pairs for undirected graphs, equal to
 *   igraph 0.10.2 `edge_betweenness`.
 * - `samples: k` draws k distinct pivot sources uniformly (with `rng`, or the generator seeded with
 *   `seed`, default 42), exactly as {@link betweenness} does: the same options draw the same pivots.
 * - Departs from NetworkX on multigraphs, which splits a tie's value among its parallel edges:
 *   here the tie is the unit (one row; {@link assignEdgeBetweenness} writes the whole value on
 *   each parallel edge).
 * - Large inputs spread sources over worker threads (`threads`), with the same values bit for bit
 *   for every `threads` (see {@link betweenness}); the calling thread stays blocked until all are
 *   done (use {@link edgeBetweennessAsync} to keep the event loop free).
 * - A graph without ties gives `[]`. Complexity: O(n m) unweighted, O(n (n + m) log n) weighted.
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param options The {@link EdgeBetweennessOptions}.
 * @returns One `{ source, target, value }` per tie (per arc on a directed graph).
 * @throws {@link InvalidGraphError} If `input` is neither a graph nor an index.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidWeightError} If a strength or distance is zero, negative or not finite.
 * @throws {@link InvalidOptionError} If an option is unknown or invalid: `samples` not an integer in
 *   [1, n], `toDistance` `'negLog'`/`'maxMinus'`, `toDistance` with distances, both `seed` and
 *   `rng`, an attribute name no edge carries, or a getter or attribute name with an index.
 *
 * @example
 * const path = new UndirectedGraph();
 * path.mergeEdgeWithKey('ab', 'a', 'b');
 * path.mergeEdgeWithKey('bc', 'b', 'c');
 * edgeBetweenness(path, { normalized: false });
 * //=> [{ source: 'a', target: 'b', value: 2 }, { source: 'b', target: 'c', value: 2 }]
 */
export function edgeBetweenness<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: EdgeBetweennessOptions<EdgeAttributes>,
): TieMetric {
  return metric.compute(input, options as EdgeBetweennessOptions);
}

/**
 * Writes {@link edgeBetweenness} as an edge attribute (`attribute`, default `'edgeBetweenness'`)
 * on every edge: parallel edges get their tie's value, each arc of a directed graph its own,
 * self-loops 0.
 *
 * @param graph The graphology graph.
 * @param options The {@link AssignEdgeBetweennessOptions}.
 * @throws {@link InvalidGraphError} If `graph` is not a graphology graph.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidWeightError} If a strength or distance is zero, negative or not finite.
 * @throws {@link InvalidOptionError} If an option is invalid (see {@link edgeBetweenness}).
 *
 * @example
 * assignEdgeBetweenness(path, { normalized: false });
 * path.getEdgeAttribute('ab', 'edgeBetweenness'); //=> 2
 */
export function assignEdgeBetweenness<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  graph: AbstractGraph<NodeAttributes, EdgeAttributes>,
  options?: AssignEdgeBetweennessOptions<EdgeAttributes>,
): void {
  metric.assign(graph, options as AssignEdgeBetweennessOptions);
}

/**
 * {@link edgeBetweenness} on a prebuilt index, as a `Float64Array` aligned with the index's own
 * ties (`index.tieSources[t]`, `index.tieTargets[t]`; one per arc on a directed graph): the fast
 * path, with no rows built.
 *
 * @param index The {@link CsrIndex}.
 * @param options The {@link EdgeBetweennessIndexedOptions}.
 * @returns The edge betweenness of each tie, in index tie order.
 * @throws {@link InvalidGraphError} If `index` is not a CsrIndex.
 * @throws {@link InvalidWeightError} If a `toDistance` function returns a distance that is not finite and > 0.
 * @throws {@link InvalidOptionError} If an option is invalid (see {@link edgeBetweenness}).
 *
 * @example
 * edgeBetweennessIndexed(buildIndex(path), { normalized: false }); //=> Float64Array [2, 2]
 */
export function edgeBetweennessIndexed(index: CsrIndex, options?: EdgeBetweennessIndexedOptions): Float64Array {
  return metric.indexed(index, options);
}
