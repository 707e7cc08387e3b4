/**
 * The definition layer of node and tie metrics: one kernel and one defaults object give the three
 * public variants (`fn`, `assignFn`, `fnIndexed`), so that the five wrapper steps of STYLE.md §4
 * (validate, resolve options, index, kernel, collect or assign) are written once, here.
 *
 * A metric's public file declares its three functions with their exact generic signatures and
 * delegates to the variants made here:
 *
 * ```ts
 * const metric = defineNodeMetric({ family: 'brokerage', name: 'constraint', … });
 * export function constraint<N, E>(input: AbstractGraph<N, E> | CsrIndex, options?: ConstraintOptions<E>): NodeMetric {
 *   return metric.compute(input, options);
 * }
 * ```
 *
 * @module
 */
import type { AbstractGraph } from 'graphology-types';
import { toIndex, type BuildIndexOptions } from './core/build-index.js';
import { isCsrIndex, tieOfPair, type CsrIndex } from './core/csr.js';
import { undirectedTies, type Projection } from './core/undirected-ties.js';
import { InvalidGraphError, InvalidOptionError, show } from './errors.js';
import { assertGraph, assertGraphOrIndex } from './guards.js';
import { assertAttributeName, resolveOptions, setOwn, type NodeMetric } from './options.js';
import { tidyResult } from './tidy/brand.js';

/** @internal What every metric definition has. */
interface MetricDefinition<O extends object> {
  /** The folder of the metric (`'brokerage'`), for message prefixes. */
  family: string;
  /** The metric's name (`'constraint'`). */
  name: string;
  /** The frozen defaults of every option, with `attribute`: the attribute `assignFn` writes by default. */
  defaults: Readonly<O & { attribute: string }>;
  /** Validates the merged options (enums, ranges); throws {@link InvalidOptionError}. */
  validate?: (options: O, prefix: string) => void;
  /**
   * The options a graph is indexed with. Default: the caller's own options (their
   * `getEdgeStrength` / `getEdgeDistance`). A structural metric returns `{ getEdgeStrength: null }`.
   */
  indexOptions?: (options: Partial<O> | undefined) => BuildIndexOptions | undefined;
}

/** @internal The definition of a metric with one number per node. */
export interface NodeMetricDefinition<O extends object> extends MetricDefinition<O> {
  /** The kernel: one value per node id. `input` is the caller's graph or index (for node attributes). */
  kernel: (index: CsrIndex, options: O, input: AbstractGraph | CsrIndex, prefix: string) => Float64Array;
}

/** @internal The three variants of a node metric. */
export interface NodeMetricVariants<O extends object> {
  compute(input: unknown, options: Partial<O> | undefined): NodeMetric;
  assign(graph: unknown, options: (Partial<O> & { attribute?: string }) | undefined): void;
  indexed(index: unknown, options: Partial<O> | undefined): Float64Array;
}

/** @internal The ties a tie metric is computed on: sorted adjacency with a tie id per slot. */
export interface TieList {
  size: number;
  offsets: Uint32Array;
  neighbors: Uint32Array;
  slotTies: Uint32Array;
  tieSources: Uint32Array;
  tieTargets: Uint32Array;
}

/** @internal The definition of a metric with one number per tie. */
export interface TieMetricDefinition<O extends object> extends MetricDefinition<O> {
  /**
   * `'projected'`: the undirected ties of `options.projection` (`'any'` when absent);
   * `'arcs'`: the index's own ties (directed: one per arc).
   */
  ties: 'projected' | 'arcs';
  /** The value written on an edge that is not a tie (self-loop, unreciprocated arc). */
  notATie: number;
  /** The kernel: one value per tie of `ties`. */
  kernel: (index: CsrIndex, ties: TieList, options: O, prefix: string) => Float64Array;
}

/** @internal The three variants of a tie metric. */
export interface TieMetricVariants<O extends object> {
  compute(input: unknown, options: Partial<O> | undefined): TieValue[];
  assign(graph: unknown, options: (Partial<O> & { attribute?: string }) | undefined): void;
  indexed(index: unknown, options: Partial<O> | undefined): Float64Array;
}

/** One tie's value: the row shape of every tie metric (docs/conventions.md, "Results"). */
export interface TieValue {
  /** One end's node key (for undirected ties, the end the graph lists first). */
  source: string;
  /** The other end's node key. */
  target: string;
  /** The tie's value. */
  value: number;
}

/** The result of a tie metric: one {@link TieValue} per tie, in index tie order. */
export type TieMetric = TieValue[];

/** @internal Message prefixes of a metric's variants (`fn`, `assignFn`, `fnIndexed`, `fnAsync`). */
export function metricPrefixes(family: string, name: string): { compute: string; assign: string; indexed: string; async: string } {
  const base = `tiestrength/${family}/`;
  return {
    compute: base + name,
    assign: `${base}assign${name[0]!.toUpperCase()}${name.slice(1)}`,
    indexed: `${base}${name}Indexed`,
    async: `${base}${name}Async`,
  };
}

/** @internal Builds `fn`, `assignFn` and `fnIndexed` of a node metric from its definition. */
export function defineNodeMetric<O extends object>(definition: NodeMetricDefinition<O>): NodeMetricVariants<O> {
  const prefixes = metricPrefixes(definition.family, definition.name);
  const run = (input: AbstractGraph | CsrIndex, options: Partial<O> | undefined, prefix: string) => {
    const index = prepare(definition, input, options, prefix);
    return { index: index.index, values: definition.kernel(index.index, index.options, input, prefix) };
  };
  return {
    compute(input, options) {
      assertGraphOrIndex(input, prefixes.compute);
      refuseAttribute(options, prefixes.compute, prefixes.assign);
      const { index, values } = run(input, options, prefixes.compute);
      return tidyResult('nodeMetric', index.collect(values), definition.name);
    },
    assign(graph, options) {
      assertGraph(graph, prefixes.assign);
      const { attribute, rest } = splitAttribute(options, definition.defaults.attribute, prefixes.assign);
      const { index, values } = run(graph, rest, prefixes.assign);
      index.assign(graph, attribute, values);
    },
    indexed(input, options) {
      assertIndex(input, prefixes.indexed);
      refuseAttribute(options, prefixes.indexed, prefixes.assign);
      return run(input, options, prefixes.indexed).values;
    },
  };
}

/** @internal Builds `fn`, `assignFn` and `fnIndexed` of a tie metric from its definition. */
export function defineTieMetric<O extends object>(definition: TieMetricDefinition<O>): TieMetricVariants<O> {
  const prefixes = metricPrefixes(definition.family, definition.name);
  const run = (input: AbstractGraph | CsrIndex, options: Partial<O> | undefined, prefix: string) => {
    const { index, options: opts } = prepare(definition, input, options, prefix);
    const ties = tieListOf(index, definition.ties, (opts as { projection?: Projection }).projection ?? 'any');
    return { index, ties, values: definition.kernel(index, ties, opts, prefix) };
  };
  return {
    compute(input, options) {
      assertGraphOrIndex(input, prefixes.compute);
      refuseAttribute(options, prefixes.compute, prefixes.assign);
      const { index, ties, values } = run(input, options, prefixes.compute);
      return tidyResult('tieMetric', tieRows(index, ties, values), definition.name);
    },
    assign(graph, options) {
      assertGraph(graph, prefixes.assign);
      const { attribute, rest } = splitAttribute(options, definition.defaults.attribute, prefixes.assign);
      const { index, ties, values } = run(graph, rest, prefixes.assign);
      writeEdgeValues(graph, index, ties, values, definition.notATie, attribute);
    },
    indexed(input, options) {
      assertIndex(input, prefixes.indexed);
      refuseAttribute(options, prefixes.indexed, prefixes.assign);
      return run(input, options, prefixes.indexed).values;
    },
  };
}

/** Steps 2 and 3: resolve and validate the options, then build or accept the index. */
function prepare<O extends object>(
  definition: MetricDefinition<O>,
  input: AbstractGraph | CsrIndex,
  options: Partial<O> | undefined,
  prefix: string,
): { index: CsrIndex; options: O } {
  const opts = resolveOptions(prefix, definition.defaults, options) as unknown as O;
  definition.validate?.(opts, prefix);
  const indexOptions = definition.indexOptions
    ? definition.indexOptions(options)
    : (options as BuildIndexOptions | undefined);
  return { index: toIndex(input, indexOptions, prefix), options: opts };
}

/** @internal The tie list of a tie metric (see {@link TieMetricDefinition.ties}). */
export function tieListOf(index: CsrIndex, kind: 'projected' | 'arcs', projection: Projection): TieList {
  return kind === 'arcs' ? index : undirectedTies(index, projection);
}

/** @internal One {@link TieValue} per tie, in tie order. */
export function tieRows(index: CsrIndex, ties: TieList, values: ArrayLike<number>): TieValue[] {
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
 * Writes each tie's value on every graphology edge of the tie (parallel edges, both arcs of a
 * reciprocated pair); `notATie` on edges that are not ties.
 */
export function writeEdgeValues(
  graph: AbstractGraph,
  index: CsrIndex,
  ties: TieList,
  values: ArrayLike<number>,
  notATie: number,
  attribute: string,
): void {
  graph.updateEachEdgeAttributes((_edge, attributes, source, target) => {
    const t = tieOfPair(ties, index.id(source), index.id(target));
    setOwn(attributes as Record<string, unknown>, attribute, t < 0 ? notATie : values[t]!);
    return attributes;
  });
}

/** @internal `{ attribute, rest }` of an assign variant's options, the attribute validated. */
export function splitAttribute<O extends object>(
  options: (O & { attribute?: string }) | undefined,
  defaultAttribute: string,
  prefix: string,
): { attribute: string; rest: O | undefined } {
  if (options === undefined || options === null || typeof options !== 'object') {
    return { attribute: defaultAttribute, rest: options as O | undefined };
  }
  const { attribute = defaultAttribute, ...rest } = options;
  assertAttributeName(prefix, 'attribute', attribute);
  return { attribute, rest: rest as O };
}

/** @internal `fn` and `fnIndexed` return their result: the attribute option belongs to `assignFn`. */
export function refuseAttribute(options: unknown, prefix: string, assignPrefix: string): void {
  if (typeof options === 'object' && options !== null && Object.prototype.hasOwnProperty.call(options, 'attribute')) {
    const assignName = assignPrefix.slice(assignPrefix.lastIndexOf('/') + 1);
    throw new InvalidOptionError(
      `${prefix}: option attribute applies to ${assignName}, which writes the result to the graph; this function returns it`,
      'attribute',
    );
  }
}

/** @internal Throws {@link InvalidGraphError} unless `value` is a {@link CsrIndex}. */
export function assertIndex(value: unknown, prefix: string): asserts value is CsrIndex {
  if (!isCsrIndex(value)) {
    throw new InvalidGraphError(
      `${prefix}: expected a CsrIndex (build one with buildIndex(graph) or readTiesCsv(file, { as: 'index' })); got ${show(value)}`,
    );
  }
}
