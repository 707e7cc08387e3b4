/**
 * localBridges: the ties in no triangle, with how far apart their ends would be without them.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { toIndex } from '../core/build-index.js';
import type { CsrIndex } from '../core/csr.js';
import { assertToDistance } from '../core/distances.js';
import { commonNeighborCounts } from '../core/overlap.js';
import { undirectedTieDistances } from '../core/tie-distances.js';
import { localBridgeSpans, localBridgeTies } from '../core/tie-span.js';
import { undirectedTies } from '../core/undirected-ties.js';
import { assertGraphOrIndex } from '../guards.js';
import { assertThreadsOption } from '../runtime/options.js';
import { assertBoolean, assertEnum, resolveOptions, type DistanceOptions, type EdgeValueGetter, type ToDistance } from '../options.js';
import { TIE_PROJECTIONS, type TieProjection, type TieProjectionOptions } from './edge-results.js';
import { tidyResult } from '../tidy/brand.js';

const NAME = 'tiestrength/ties/localBridges';

/** Options of {@link localBridges}. */
export interface LocalBridgesOptions<EdgeAttributes extends Attributes = Attributes>
  extends DistanceOptions<EdgeAttributes>,
    TieProjectionOptions {
  /**
   * Threads that search (docs/runtime.md): `1` is the calling thread only, `n ≥ 2` spreads the
   * span searches over n threads (the calling thread among them, blocked until all are done),
   * `'auto'` one per core from 10,000 searches on. Spans are identical for every value. [`'auto'`]
   */
  threads?: number | 'auto';
  /**
   * Whether to measure each local bridge's span (NetworkX's `with_span`). Finding the local
   * bridges is near-linear; each span is a path search, which dominates on large graphs (on a
   * million people, hours): `false` lists the local bridges with `span: NaN`. [`true`]
   */
  withSpan?: boolean;
}

/** A local bridge and its span (see {@link localBridges}). */
export interface LocalBridge {
  /** One end's node key (the earlier node in graph order). */
  source: string;
  /** The other end's node key. */
  target: string;
  /** The distance between the two ends once the tie is removed; `Infinity` for a global bridge; `NaN` with `withSpan: false`. */
  span: number;
}

/** Defaults of {@link localBridges}. */
export const LOCAL_BRIDGES_DEFAULTS = Object.freeze({
  projection: 'any' as TieProjection,
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
  getEdgeDistance: undefined as EdgeValueGetter | undefined,
  toDistance: 'inverse' as ToDistance,
  threads: 'auto' as number | 'auto',
  withSpan: true,
});

/**
 * Local bridges: the ties whose two ends have no contact in common, each with its span, the
 * distance between the ends once the tie is removed.
 *
 * These are Granovetter's channels of novel information: a local bridge of span 3 is a short
 * cut between two circles that otherwise reach each other through two intermediaries; a span of
 * `Infinity` means that the tie is the only connection (a global bridge, see {@link bridges}).
 *
 * Formula (plain text, so it renders in IDE hovers):
 *
 *   local bridge  tie u–v with N(u) ∩ N(v) = ∅   (embeddedness 0, overlap 0: in no triangle)
 *   span(u, v)  = d_{G − uv}(u, v)               (∞ when u–v is also a global bridge)
 *   d           = shortest-path distance: hops, or the sum of tie distances
 *
 * @remarks
 * - Reads tie **distances**, as every path metric does (docs/metrics.md): `getEdgeDistance`
 *   (attribute or getter; `null` for hops), or, when absent, distances derived from strengths
 *   with `toDistance` (default `'inverse'`: d = 1/strength, strengths from `getEdgeStrength`,
 *   default `'weight'`). On a graph without weights every distance is 1, i.e. hops.
 *   **NetworkX's default (`weight=None`) is hops: pass `getEdgeDistance: null` for it.**
 *   `'negLog'` and `'maxMinus'` are accepted (distance 0 is fine for a path search).
 * - Unweighted spans are at least 3 (span 2 would be a common neighbour); weighted spans are sums
 *   of distances.
 * - Directed graphs run on the undirected projection (docs/metrics.md): `projection: 'any'`
 *   (default) or `'mutual'`. A projected tie's strength is a_ij + a_ji, so its derived distance is
 *   `toDistance(a_ij + a_ji)`; with `getEdgeDistance` it keeps the shorter arc, min(d_ij, d_ji)
 *   (the rule for parallel edges).
 * - Parallel edges are merged (strengths summed, distances: minimum); self-loops are ignored.
 * - An isolated dyad is a local bridge of span `Infinity`.
 * - Order: by the ends' positions in graph order (source, then target); `source` is the earlier end.
 * - Algorithm: common neighbours by triangle listing (O(m·√m) worst case); global bridges by an
 *   iterative Tarjan search (O(n + m), span ∞ without a search); every other local bridge by a
 *   search that skips the tie and stops as soon as the distance is settled: a bidirectional BFS
 *   per local bridge (equal distances), or (weighted) one Dijkstra from each end shared by
 *   several local bridges, keeping each node's shortest path and its shortest path through
 *   another first tie, completed per local bridge by a short search from the other end. Buffers
 *   are allocated once per thread. From 10,000 searches on, `threads: 'auto'` spreads them over
 *   one thread per core (64 fixed ranges). On the M benchmark graph (100,000 people, a million
 *   ties, 284,686 weighted searches in 54,208 groups) they take about 19 s of CPU in all.
 * - Parity: NetworkX 2.8.8 `local_bridges(G, with_span=True, weight=…)` on the golden fixtures
 *   (hops and weighted, relative tolerance 1e-9); the "org" graph gives (a2, b2, 3),
 *   (a3, b1, 3), (b1, b2, 3), (b2, c1, ∞). Departs from NetworkX, which raises on directed and
 *   multigraphs (we project and merge), and which treats a node with a self-loop as its own
 *   neighbour (so a tie at a self-looped node is never a local bridge there).
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param options The {@link LocalBridgesOptions}.
 * @returns The local bridges, each a {@link LocalBridge} `{ source, target, span }`.
 * @throws {@link InvalidGraphError} If `input` is neither a graphology graph nor a CsrIndex.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidWeightError} If a strength or distance is zero, negative or not finite, or
 *   a `toDistance` function returns a negative or non-finite distance.
 * @throws {@link InvalidOptionError} If an option is invalid: an unknown `projection` or
 *   `toDistance`, `toDistance` together with distances, a getter with a prebuilt index, or
 *   `threads` neither `'auto'` nor an integer ≥ 1.
 *
 * @example
 * const g = new UndirectedGraph();
 * for (const [u, v, weight] of [['a', 'b', 1], ['b', 'c', 1], ['c', 'd', 1], ['d', 'a', 4], ['d', 'e', 1]]) {
 *   g.mergeEdge(u, v, { weight });
 * }
 * localBridges(g, { getEdgeDistance: null });
 * //=> [
 * //   { source: 'a', target: 'b', span: 3 },
 * //   { source: 'a', target: 'd', span: 3 },
 * //   { source: 'b', target: 'c', span: 3 },
 * //   { source: 'c', target: 'd', span: 3 },
 * //   { source: 'd', target: 'e', span: Infinity },
 * // ]
 * // Default: distances 1/strength, so d–a (strength 4) is a short cut of length 0.25.
 * localBridges(g).map((b) => b.span); //=> [ 2.25, 3, 2.25, 2.25, Infinity ]
 *
 * @see bridges, embeddedness, neighborhoodOverlap
 *
 * References
 * [1] Granovetter, M. S. (1973). The strength of weak ties. American Journal of Sociology 78(6):1360–1380.
 * [2] Easley, D., Kleinberg, J. (2010). Networks, Crowds, and Markets, §3.2. Cambridge University Press.
 */
export function localBridges<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: LocalBridgesOptions<EdgeAttributes>,
): LocalBridge[] {
  assertGraphOrIndex(input, NAME);
  const opts = resolveOptions(NAME, LOCAL_BRIDGES_DEFAULTS, options as LocalBridgesOptions | undefined);
  assertEnum(NAME, 'projection', opts.projection, TIE_PROJECTIONS);
  assertToDistance(NAME, opts.toDistance, { allowZero: true });
  assertThreadsOption(NAME, opts.threads);
  assertBoolean(NAME, 'withSpan', opts.withSpan);
  const index = toIndex(input as AbstractGraph | CsrIndex, options as LocalBridgesOptions | undefined, NAME);
  const ties = undirectedTies(index, opts.projection);
  const distances = undirectedTieDistances(index, ties, options?.toDistance, options?.getEdgeDistance !== undefined, NAME);
  const common = commonNeighborCounts(ties);
  const found = opts.withSpan ? localBridgeSpans(ties, common, distances.slots, distances.unit, opts.threads) : withoutSpans(localBridgeTies(common));
  const { keys } = index;
  const out: LocalBridge[] = new Array(found.ties.length);
  for (let i = 0; i < out.length; i++) {
    const t = found.ties[i]!;
    out[i] = { source: keys[ties.tieSources[t]!]!, target: keys[ties.tieTargets[t]!]!, span: found.spans[i]! };
  }
  return tidyResult('tieRows', out, 'localBridges');
}

/** The local bridges with spans not measured (`NaN`). */
function withoutSpans(ties: Uint32Array): { ties: Uint32Array; spans: Float64Array } {
  return { ties, spans: new Float64Array(ties.length).fill(Number.NaN) };
}
