/**
 * bridges: the ties that are the only connection between two parts of the network.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { bridgeTies } from '../core/bridges.js';
import type { CsrIndex } from '../core/csr.js';
import { structuralTieInput, type TieProjection, type TieProjectionOptions } from './edge-results.js';
import { tidyResult } from '../tidy/brand.js';

const NAME = 'tiestrength/ties/bridges';

/** Options of {@link bridges}. */
export interface BridgesOptions extends TieProjectionOptions {}

/** A global bridge (see {@link bridges}). */
export interface Bridge {
  /** One end's node key (the earlier node in graph order). */
  source: string;
  /** The other end's node key. */
  target: string;
}

/** Defaults of {@link bridges}. */
export const BRIDGES_DEFAULTS: Readonly<{ projection: TieProjection }> = Object.freeze({
  projection: 'any' as TieProjection,
});

/**
 * Global bridges: the ties whose removal disconnects their two ends, so that the network falls
 * into more pieces.
 *
 * A bridge is a single point of failure between two groups: if that relationship ends (someone
 * leaves, the tie decays), the groups lose their only path to each other.
 *
 * Formula (plain text, so it renders in IDE hovers):
 *
 *   u–v is a bridge  ⇔  d_{G − uv}(u, v) = ∞
 *   Tarjan: tree tie p–x of a depth-first search is a bridge ⇔ low(x) > disc(p)
 *
 * @remarks
 * - Structural: reads no strengths (a graph's weight attributes are not even read).
 * - Every bridge is a local bridge of span `Infinity` (see {@link localBridges}).
 * - Parallel edges are merged into one tie, so a tie made of two parallel edges **can** be a
 *   bridge. This deliberately departs from NetworkX's multigraph-aware `bridges`, which says it is
 *   not: a relationship is one tie however many interactions it has (docs/metrics.md).
 * - Directed graphs run on the undirected projection (docs/metrics.md): `projection: 'any'`
 *   (default) or `'mutual'` (reciprocated ties only); connectivity is then weak connectivity.
 * - Self-loops are ignored. An isolated dyad's tie is a bridge.
 * - Order: by the ends' positions in graph order (source, then target); `source` is the earlier end.
 * - Algorithm: Tarjan's low-link depth-first search with an explicit stack (no recursion: a path of
 *   a million ties is fine). O(n + m) time, O(n) extra memory.
 * - Parity: NetworkX 2.8.8 `bridges` (on the merged simple graph) on the golden fixtures; docs/metrics.md
 *   §3.3 org value: the only bridge is (b2, c1).
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param options The {@link BridgesOptions}.
 * @returns The bridges, each a {@link Bridge} `{ source, target }`.
 * @throws {@link InvalidGraphError} If `input` is neither a graphology graph nor a CsrIndex.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidOptionError} If `projection` is not `'any'` or `'mutual'`, or an option is unknown.
 *
 * @example
 * const g = new UndirectedGraph();
 * for (const [u, v] of [['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'd'], ['d', 'e']]) g.mergeEdge(u, v);
 * bridges(g); //=> [ { source: 'c', target: 'd' }, { source: 'd', target: 'e' } ]
 *
 * @see localBridges
 *
 * References
 * [1] Tarjan, R. E. (1974). A note on finding the bridges of a graph. Information Processing Letters 2(6):160–161.
 * [2] Granovetter, M. S. (1973). The strength of weak ties. American Journal of Sociology 78(6):1360–1380.
 */
export function bridges<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: BridgesOptions,
): Bridge[] {
  const { index, ties } = structuralTieInput(input, options, BRIDGES_DEFAULTS, NAME);
  const isBridge = bridgeTies(ties);
  const { keys } = index;
  const out: Bridge[] = [];
  for (let t = 0; t < ties.size; t++) {
    if (isBridge[t] === 1) out.push({ source: keys[ties.tieSources[t]!]!, target: keys[ties.tieTargets[t]!]! });
  }
  return tidyResult('tieRows', out, 'bridges');
}
