/**
 * buildIndex: a graphology graph → {@link CsrIndex}. The only place that reads a graphology
 * graph's edges for the kernels, and the single place that validates tie strengths
 * (docs/metrics.md).
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { InvalidOptionError, InvalidWeightError, show } from '../errors.js';
import { assertGraph, graphIsDirected } from '../guards.js';
import {
  resolveEdgeValueGetter,
  resolveOptions,
  type EdgeValueGetter,
  type EdgeValueReader,
} from '../options.js';
import { csrFromEdges, isCsrIndex, type CsrIndex } from './csr.js';

const NAME = 'tiestrength/buildIndex';

/** Options of {@link buildIndex}. */
export interface BuildIndexOptions<EdgeAttributes extends Attributes = Attributes> {
  /**
   * How to read a tie's strength: an attribute name (a missing attribute reads as 1), a getter
   * `(edge, attributes, source, target) => number`, or `null` (unweighted: every strength is 1). [`'weight'`]
   */
  getEdgeStrength?: EdgeValueGetter<EdgeAttributes>;
  /**
   * How to read a tie's distance for path metrics: an attribute name, a getter, or `null` for hops.
   * When absent, no distances are stored and path metrics derive them from strengths. [absent]
   */
  getEdgeDistance?: EdgeValueGetter<EdgeAttributes>;
}

/** Defaults of {@link buildIndex}. */
export const BUILD_INDEX_DEFAULTS: Readonly<{ getEdgeStrength: 'weight'; getEdgeDistance: undefined }> =
  Object.freeze({ getEdgeStrength: 'weight', getEdgeDistance: undefined });

/**
 * Builds the CSR index of a graph: dense integer ids ↔ node keys, `Uint32Array` offsets and
 * neighbours, `Float64Array` strengths (and distances when `getEdgeDistance` is given), with
 * out- and in-adjacency for directed graphs.
 *
 * Every metric accepts the graph or an index; build the index once and pass it to several
 * metrics to skip rebuilding it.
 *
 * @remarks
 * - Parallel edges are merged into one tie: strengths are summed, distances keep the minimum.
 * - Self-loops are dropped (`index.stats.selfLoopsDropped` counts them).
 * - Strengths and distances must be finite numbers > 0; a missing attribute reads as 1.
 * - graphology's default `Graph` is of type `'mixed'`: it is accepted when all its edges are of one
 *   kind, and refused when it mixes directed and undirected edges.
 * - Complexity: O(n + m) time and memory.
 *
 * @param graph The graphology graph.
 * @param options The {@link BuildIndexOptions}.
 * @returns The {@link CsrIndex}.
 * @throws {@link InvalidGraphError} If `graph` is not a graphology graph.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidWeightError} If a strength or distance is zero, negative, NaN, ±∞ or not a number; the error names the edge.
 * @throws {@link InvalidOptionError} If an option is of the wrong type.
 *
 * @example
 * const graph = datasets.krackhardtHighTech(); // advice ties of 21 managers
 * const index = buildIndex(graph, { getEdgeStrength: null }); // every strength 1
 * index.order; //=> 21
 * index.collect(new Float64Array(index.order))['1']; //=> 0
 */
export function buildIndex<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  graph: AbstractGraph<NodeAttributes, EdgeAttributes>,
  options?: BuildIndexOptions<EdgeAttributes>,
): CsrIndex {
  assertGraph(graph, NAME);
  const opts = resolveOptions(NAME, BUILD_INDEX_DEFAULTS, options);
  const readStrength = resolveEdgeValueGetter(NAME, 'getEdgeStrength', opts.getEdgeStrength, 'weight');
  const readDistance =
    opts.getEdgeDistance === undefined
      ? undefined
      : resolveEdgeValueGetter(NAME, 'getEdgeDistance', opts.getEdgeDistance, null);
  const index = indexFromGraph(graph as AbstractGraph, graphIsDirected(graph as AbstractGraph, NAME), readStrength, readDistance);
  assertAttributesCarried(graph as AbstractGraph, opts as BuildIndexOptions, NAME);
  return index;
}

/**
 * @internal
 * Returns `input` if it is already an index, or builds one: the third of the five wrapper steps.
 * `options` are the caller's own (not merged with defaults). With an index, `null` getters work
 * (unweighted strengths, hop distances: the topology is there); an attribute name or a getter
 * function is refused, since an index holds no edge attributes.
 */
export function toIndex(input: AbstractGraph | CsrIndex, options: BuildIndexOptions | undefined, prefix: string): CsrIndex {
  if (isCsrIndex(input)) {
    for (const option of ['getEdgeStrength', 'getEdgeDistance'] as const) {
      const value = options?.[option];
      if (value !== undefined && value !== null) {
        throw new InvalidOptionError(
          `${prefix}: option ${option} is ${typeof value === 'function' ? 'a getter' : `the attribute ${show(value)}`}, ` +
            'but a CsrIndex holds no edge attributes; pass the graph, or build the index with this option ' +
            `(buildIndex(graph, { ${option}: … })). ${option}: null works with an index.`,
          option,
        );
      }
    }
    return input.withValues(
      options?.getEdgeStrength === null ? 'ones' : 'keep',
      options?.getEdgeDistance === null ? 'hops' : 'keep',
    );
  }
  assertGraph(input, prefix);
  const readStrength = resolveEdgeValueGetter(prefix, 'getEdgeStrength', options?.getEdgeStrength, 'weight');
  const readDistance =
    options?.getEdgeDistance === undefined
      ? undefined
      : resolveEdgeValueGetter(prefix, 'getEdgeDistance', options.getEdgeDistance, null);
  const index = indexFromGraph(input, graphIsDirected(input, prefix), readStrength, readDistance);
  assertAttributesCarried(input, options, prefix);
  return index;
}

/**
 * @internal
 * docs/conventions.md: an attribute name that no edge carries is a misspelling, refused with the
 * option's name; only the default `'weight'` may be absent from every edge.
 */
export function assertAttributesCarried(graph: AbstractGraph, options: BuildIndexOptions | undefined, prefix: string): void {
  if (graph.size === 0) return;
  for (const option of ['getEdgeStrength', 'getEdgeDistance'] as const) {
    const name = options?.[option];
    if (typeof name !== 'string' || name === 'weight') continue;
    if (!graph.someEdge((_edge, attributes) => attributes[name] !== undefined)) {
      throw new InvalidOptionError(
        `${prefix}: option ${option} names the edge attribute ${show(name)}, which no edge carries (misspelt?)`,
        option,
      );
    }
  }
}

function indexFromGraph(
  graph: AbstractGraph,
  directed: boolean,
  readStrength: EdgeValueReader | null,
  readDistance: EdgeValueReader | null | undefined,
): CsrIndex {
  const keys: string[] = new Array(graph.order);
  const idOf = new Map<string, number>();
  let next = 0;
  graph.forEachNode((node) => {
    keys[next] = node;
    idOf.set(node, next++);
  });
  const m = graph.size;
  const sources = new Uint32Array(m);
  const targets = new Uint32Array(m);
  const strengths = new Float64Array(m);
  const distances = readDistance === undefined ? null : new Float64Array(m);
  let e = 0;
  graph.forEachEdge((edge, attributes, source, target) => {
    sources[e] = idOf.get(source)!;
    targets[e] = idOf.get(target)!;
    strengths[e] =
      readStrength === null ? 1 : checkValue(readStrength(edge, attributes, source, target), 'strength', edge, source, target);
    if (distances) {
      distances[e] =
        readDistance === null
          ? 1
          : checkValue(readDistance!(edge, attributes, source, target), 'distance', edge, source, target);
    }
    e++;
  });
  return csrFromEdges({
    directed,
    weighted: readStrength !== null,
    keys,
    idOf,
    m,
    sources,
    targets,
    strengths,
    distances,
    // Unweighted means every tie has strength 1, however many parallel edges it merges.
    strengthRule: readStrength === null ? 'max' : 'sum',
  });
}

/**
 * @internal
 * Validates one strength or distance read from an edge: a finite number > 0 (docs/metrics.md).
 */
export function checkValue(value: unknown, what: 'strength' | 'distance', edge: string, source: string, target: string): number {
  if (typeof value === 'number' && value > 0 && value < Infinity) return value;
  const problem =
    typeof value !== 'number'
      ? `is not a number (${typeof value} ${show(value)})`
      : Number.isNaN(value)
        ? 'is NaN'
        : value === 0
          ? 'is 0 (a zero-strength tie is not a tie: remove the edge)'
          : value < 0
            ? `is negative (${value})`
            : `is ${value}`;
  throw new InvalidWeightError(
    `${NAME}: the ${what} of edge ${show(edge)} (${show(source)} – ${show(target)}) ${problem}; ` +
      `${what}s must be finite numbers > 0`,
    { edge, source, target, value },
  );
}
