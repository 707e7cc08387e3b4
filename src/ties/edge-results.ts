/**
 * Shared plumbing of the tie-level metrics (neighbourhood overlap, embeddedness, neighbourhood
 * Jaccard, local bridges, bridges): the undirected projection option, and mapping a value per
 * projected tie back to graphology edge keys, to an edge attribute, or to a list of ties.
 *
 * Result shapes, the same for every tie-level metric:
 * - graph input: `{ [edgeKey]: value }` ({@link EdgeMetric}) with **every** graphology edge key:
 *   all parallel edges of a merged tie, and both arcs of a reciprocated pair in a directed graph,
 *   get the tie's value; an edge that is not a tie (a self-loop, or with `projection: 'mutual'` an
 *   unreciprocated arc) gets the metric's `notATie` value (`NaN` for ratios, 0 for counts);
 * - CsrIndex input (no edge keys): one {@link TieValue} `{ source, target, value }` per tie of the
 *   undirected projection, ordered by (source id, target id), source id < target id.
 *
 * @internal
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { toIndex } from '../core/build-index.js';
import { isCsrIndex, tieOfPair, type CsrIndex } from '../core/csr.js';
import { undirectedTies, type UndirectedTies } from '../core/undirected-ties.js';
import { assertGraph, assertGraphOrIndex } from '../guards.js';
import { assertEnum, assertString, resolveOptions, setOwn } from '../options.js';

/**
 * How a directed graph becomes undirected ties for tie-level measures (METRICS.md §1.3):
 * `'any'`: i–j is a tie when i→j or j→i exists; `'mutual'`: only when both exist (reciprocated
 * ties, as Onnela et al. 2007 did). A projected tie's strength is a_ij + a_ji. Undirected graphs
 * are used as they are.
 */
export type TieProjection = 'any' | 'mutual';

/** @internal The projections, for option validation. */
export const TIE_PROJECTIONS: readonly TieProjection[] = Object.freeze(['any', 'mutual'] as const);

/** A value per graphology edge, keyed by edge key. */
export type EdgeMetric = Record<string, number>;

/** A value per tie (of a {@link CsrIndex}, which has no edge keys), with its ends' node keys. */
export interface TieValue {
  /** One end's node key (the one with the smaller index id: the earlier node in graph order). */
  source: string;
  /** The other end's node key. */
  target: string;
  /** The tie's value. */
  value: number;
}

/** Options every tie-level metric accepts. */
export interface TieProjectionOptions {
  /** How a directed graph is projected to undirected ties (ignored for undirected graphs). [`'any'`] */
  projection?: TieProjection;
}

/** Options of the `assign…` variants: the projection and the edge attribute written. */
export interface AssignTieMetricOptions extends TieProjectionOptions {
  /** The edge attribute to write. [the metric's name] */
  attribute?: string;
}

/** @internal The index and projected ties of a validated input. */
export interface TieInput {
  index: CsrIndex;
  ties: UndirectedTies;
}

/**
 * @internal
 * Steps 1–3 of a structural tie metric's wrapper (validate, resolve options, index) and the
 * projection. The metric reads no strengths, so a graph is indexed unweighted: its weight
 * attributes are neither read nor validated.
 */
export function structuralTieInput(
  input: unknown,
  options: TieProjectionOptions | undefined,
  defaults: Readonly<Required<TieProjectionOptions>>,
  prefix: string,
): TieInput {
  assertGraphOrIndex(input, prefix);
  const opts = resolveOptions(prefix, defaults, options);
  assertEnum(prefix, 'projection', opts.projection, TIE_PROJECTIONS);
  const index = isCsrIndex(input) ? input : toIndex(input, { getEdgeStrength: null }, prefix);
  return { index, ties: undirectedTies(index, opts.projection) };
}

/**
 * @internal
 * Splits an `assign…` variant's options into the attribute (validated) and the rest.
 */
export function assignOptions<O extends AssignTieMetricOptions>(
  graph: unknown,
  options: O | undefined,
  defaultAttribute: string,
  prefix: string,
): { attribute: string; rest: Omit<O, 'attribute'> | undefined } {
  assertGraph(graph, prefix);
  if (options === undefined || options === null || typeof options !== 'object') {
    return { attribute: defaultAttribute, rest: options as undefined };
  }
  const { attribute = defaultAttribute, ...rest } = options;
  assertString(prefix, 'attribute', attribute);
  return { attribute, rest: rest as Omit<O, 'attribute'> };
}

/**
 * @internal
 * The projected tie id of the pair (a, b), or −1 when a = b or the pair is not a tie: a binary
 * search in a's sorted adjacency.
 */
export function projectedTieOf(ties: UndirectedTies, a: number, b: number): number {
  return tieOfPair(ties, a, b);
}

/**
 * @internal
 * `{ [edgeKey]: value }` for every edge of `graph` (see the module comment).
 */
export function edgeValues(graph: AbstractGraph, { index, ties }: TieInput, values: ArrayLike<number>, notATie: number): EdgeMetric {
  const out: EdgeMetric = {};
  graph.forEachEdge((edge, _attributes, source, target) => {
    const t = projectedTieOf(ties, index.id(source), index.id(target));
    setOwn(out, edge, t < 0 ? notATie : values[t]!);
  });
  return out;
}

/**
 * @internal
 * Writes `values` as the edge attribute `attribute` of every edge of `graph`.
 */
export function assignEdgeValues(
  graph: AbstractGraph,
  { index, ties }: TieInput,
  values: ArrayLike<number>,
  notATie: number,
  attribute: string,
): void {
  graph.updateEachEdgeAttributes((_edge, attributes: Attributes, source, target) => {
    const t = projectedTieOf(ties, index.id(source), index.id(target));
    attributes[attribute] = t < 0 ? notATie : values[t]!;
    return attributes;
  });
}

/**
 * @internal
 * One {@link TieValue} per projected tie, in tie order.
 */
export function tieValues({ index, ties }: TieInput, values: ArrayLike<number>): TieValue[] {
  const { keys } = index;
  const { size, tieSources, tieTargets } = ties;
  const out: TieValue[] = new Array(size);
  for (let t = 0; t < size; t++) {
    out[t] = { source: keys[tieSources[t]!]!, target: keys[tieTargets[t]!]!, value: values[t]! };
  }
  return out;
}

/**
 * @internal
 * The five wrapper steps' last: `{ [edgeKey]: value }` for a graph, {@link TieValue}s for an index.
 */
export function collectTieMetric(
  input: AbstractGraph | CsrIndex,
  tieInput: TieInput,
  values: ArrayLike<number>,
  notATie: number,
): EdgeMetric | TieValue[] {
  return isCsrIndex(input) ? tieValues(tieInput, values) : edgeValues(input, tieInput, values, notATie);
}
