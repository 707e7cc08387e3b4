/**
 * indexTies: the ties of a {@link CsrIndex} in the order the tie metrics' indexed variants use.
 *
 * @module
 */
import { isCsrIndex, type CsrIndex } from './csr.js';
import { undirectedTies, type Projection } from './undirected-ties.js';
import { InvalidGraphError, show } from '../errors.js';
import { assertEnum, resolveOptions } from '../options.js';

const NAME = 'tiestrength/core/indexTies';

/** Options of {@link indexTies}. */
export interface IndexTiesOptions {
  /** How a directed index is projected to undirected ties: `'any'` (i→j or j→i) or `'mutual'` (both). [`'any'`] */
  projection?: Projection;
}

/** Defaults of {@link indexTies}. */
export const INDEX_TIES_DEFAULTS: Readonly<{ projection: Projection }> = Object.freeze({ projection: 'any' as Projection });

/** The undirected ties of an index, as parallel typed arrays. */
export interface IndexTies {
  /** Number of ties. */
  size: number;
  /** Node id of each tie's first end (the smaller id); `index.keys[id]` is the node key. */
  sources: Uint32Array;
  /** Node id of each tie's other end. */
  targets: Uint32Array;
  /** Each tie's strength (directed: a_ij + a_ji). */
  strengths: Float64Array;
}

/**
 * The undirected ties of an index, ordered by (source id, target id), source id < target id: the
 * order of the values that `neighborhoodOverlapIndexed`, `embeddednessIndexed` and the other
 * indexed tie metrics return, and of the rows their graph variants return.
 *
 * @remarks
 * - Undirected index: its own ties (no copy). Directed index: the projection `projection`.
 * - Metrics of directed arcs (`edgeBetweennessIndexed`) follow the index's own tie arrays,
 *   `index.tieSources` and `index.tieTargets`, instead.
 * - Complexity: O(1) undirected; O(n + m) for a directed projection.
 *
 * @param index The {@link CsrIndex}.
 * @param options The {@link IndexTiesOptions}.
 * @returns The ties' end ids and strengths.
 * @throws {@link InvalidGraphError} If `index` is not a CsrIndex.
 * @throws {@link InvalidOptionError} If `projection` is not `'any'` or `'mutual'`.
 *
 * @example
 * const graph = new UndirectedGraph(); // a triangle
 * graph.mergeEdge('a', 'b');
 * graph.mergeEdge('b', 'c');
 * graph.mergeEdge('a', 'c');
 * const index = buildIndex(graph);
 * const ties = indexTies(index);
 * const overlap = neighborhoodOverlapIndexed(index);
 * index.keys[ties.sources[0]]; //=> 'a'
 * overlap[0]; //=> 1
 */
export function indexTies(index: CsrIndex, options?: IndexTiesOptions): IndexTies {
  if (!isCsrIndex(index)) throw new InvalidGraphError(`${NAME}: expected a CsrIndex; got ${show(index)}`);
  const opts = resolveOptions(NAME, INDEX_TIES_DEFAULTS, options);
  assertEnum(NAME, 'projection', opts.projection, ['any', 'mutual'] as const);
  const ties = undirectedTies(index, opts.projection);
  return { size: ties.size, sources: ties.tieSources, targets: ties.tieTargets, strengths: ties.tieStrengths };
}
