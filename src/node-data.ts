/**
 * Node data: one option per kind of per-person input (groups, values, engagement scores, kinds,
 * accounts), each given in one of four forms (docs/conventions.md, "Node data"):
 *
 * - an attribute name, read from the graph's nodes (a graph only: a CsrIndex has no attributes);
 * - a `Record<node, value>`;
 * - a `Map<node, value>`;
 * - a getter `(node, attributes) => value` (a graph only).
 *
 * An attribute that no node carries is refused (a misspelling would otherwise read as "nobody has
 * a value"); a record or map key that is not a node is refused. Labels read into dense group ids
 * (`nodeLabels`) and numbers into a `Float64Array` (`nodeNumbers`), so that kernels never see keys.
 *
 * The module's readers are internal; its exported types are public.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { InvalidOptionError, NodeNotFoundError, show } from './errors.js';
import { isCsrIndex, type CsrIndex } from './core/csr.js';

/**
 * Per-person data given as an option: a node attribute name, a `Record` or `Map` from node key to
 * value, or a getter `(node, attributes) => value`. A node without a value is handled as the
 * function documents.
 */
export type NodeData<T, NodeAttributes extends Attributes = Attributes> =
  | (keyof NodeAttributes & string)
  | Readonly<Record<string, T>>
  | ReadonlyMap<string, T>
  | ((node: string, attributes: NodeAttributes) => T | null | undefined);

/** A group label: a string or a number (numbers and numeric strings name the same group). */
export type GroupLabel = string | number;

/** Each person's group, in any {@link NodeData} form (option `groups`). */
export type GroupsOption<NodeAttributes extends Attributes = Attributes> = NodeData<GroupLabel, NodeAttributes>;

/** Each person's number (a value, a score), in any {@link NodeData} form. */
export type NumbersOption<NodeAttributes extends Attributes = Attributes> = NodeData<number, NodeAttributes>;

/** @internal Nodes mapped to dense group ids. */
export interface NodeLabels {
  /** Group id of each node (by dense node id), in [0, count); −1 for a node without a group. */
  groupOf: Int32Array;
  /** Label of each group id, ascending (see {@link compareLabels}). */
  labels: string[];
  /** Number of nodes in each group. */
  sizes: Float64Array;
  /** Number of groups. */
  count: number;
  /** Number of nodes without a group (only when `missing` is `'ungrouped'`). */
  ungrouped: number;
}

/** @internal How to read one option. */
export interface NodeDataSpec {
  /** The option's public name, for messages (`'groups'`). */
  option: string;
  /** The calling function's message prefix. */
  prefix: string;
}

const own = Object.prototype.hasOwnProperty;

/**
 * @internal
 * The raw value of each node (by dense id; `undefined` where the node has none), validating the
 * option's form. `null` and `undefined` both mean "no value".
 */
export function readNodeData(input: AbstractGraph | CsrIndex, index: CsrIndex, data: unknown, spec: NodeDataSpec): unknown[] {
  const { option, prefix } = spec;
  const n = index.order;
  const out: unknown[] = new Array(n);
  if (typeof data === 'string') {
    if (data.length === 0) throw new InvalidOptionError(`${prefix}: option ${option} is an empty attribute name`, option);
    const graph = needGraph(input, spec, `the attribute name ${show(data)}`);
    let carried = 0;
    for (let v = 0; v < n; v++) {
      const attributes = graph.getNodeAttributes(index.keys[v]!);
      const value = own.call(attributes, data) ? attributes[data] : undefined;
      if (value !== undefined && value !== null) carried++;
      out[v] = value ?? undefined;
    }
    if (carried === 0 && n > 0) {
      throw new InvalidOptionError(
        `${prefix}: option ${option} names the node attribute ${show(data)}, which no node carries (misspelt?)`,
        option,
      );
    }
    return out;
  }
  if (typeof data === 'function') {
    const graph = needGraph(input, spec, 'a getter');
    for (let v = 0; v < n; v++) {
      const key = index.keys[v]!;
      const value = (data as (node: string, attributes: Attributes) => unknown)(key, graph.getNodeAttributes(key));
      out[v] = value ?? undefined;
    }
    return out;
  }
  if (data instanceof Map) {
    for (const key of data.keys()) assertNode(index, String(key), spec);
    for (let v = 0; v < n; v++) out[v] = data.get(index.keys[v]!) ?? undefined;
    return out;
  }
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
    const record = data as Record<string, unknown>;
    for (const key of Object.keys(record)) assertNode(index, key, spec);
    for (let v = 0; v < n; v++) {
      const key = index.keys[v]!;
      out[v] = own.call(record, key) ? (record[key] ?? undefined) : undefined;
    }
    return out;
  }
  throw new InvalidOptionError(
    `${prefix}: option ${option} must be a node attribute name, a Record or Map from node to value, or a function (node, attributes) => value; got ${show(data)}`,
    option,
  );
}

/**
 * @internal
 * Reads group labels into dense ids, in ascending label order (numeric labels first, by value,
 * then the others by code point), so that the order is the same on every run and platform.
 * `missing: 'error'` refuses a node without a group; `'ungrouped'` gives it group −1.
 */
export function nodeLabels(
  input: AbstractGraph | CsrIndex,
  index: CsrIndex,
  data: unknown,
  spec: NodeDataSpec & { missing: 'error' | 'ungrouped' },
): NodeLabels {
  const raw = readNodeData(input, index, data, spec);
  const n = index.order;
  const firstSeen = new Int32Array(n).fill(-1);
  const seen = new Map<string, number>();
  const names: string[] = [];
  let ungrouped = 0;
  for (let v = 0; v < n; v++) {
    const value = raw[v];
    if (value === undefined || value === '') {
      if (spec.missing === 'error') {
        throw new InvalidOptionError(
          `${spec.prefix}: node ${show(index.keys[v])} has no ${spec.option} value; every node needs a group ` +
            "(give people without one a group such as 'unknown', or drop them from the graph)",
          spec.option,
        );
      }
      ungrouped++;
      continue;
    }
    const ok = typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
    if (!ok) {
      throw new InvalidOptionError(
        `${spec.prefix}: node ${show(index.keys[v])} has ${spec.option} = ${show(value)}; expected a string, a finite number or a boolean`,
        spec.option,
      );
    }
    const name = String(value);
    let g = seen.get(name);
    if (g === undefined) {
      g = names.length;
      names.push(name);
      seen.set(name, g);
    }
    firstSeen[v] = g;
  }
  const order = names.map((_, g) => g).sort((a, b) => compareLabels(names[a]!, names[b]!));
  const rank = new Int32Array(names.length);
  for (let r = 0; r < order.length; r++) rank[order[r]!] = r;
  const groupOf = new Int32Array(n);
  const sizes = new Float64Array(names.length);
  for (let v = 0; v < n; v++) {
    const first = firstSeen[v]!;
    if (first < 0) {
      groupOf[v] = -1;
      continue;
    }
    const g = rank[first]!;
    groupOf[v] = g;
    sizes[g]!++;
  }
  return { groupOf, labels: order.map((g) => names[g]!), sizes, count: names.length, ungrouped };
}

/** @internal Numbers by dense id. */
export interface NodeNumbers {
  /** The value of each node (0 or NaN where missing, by the policy). */
  values: Float64Array;
  /** 1 where the node had a value. */
  present: Uint8Array;
  /** Number of nodes without a value. */
  missingCount: number;
}

/**
 * @internal
 * Reads one finite number per node. A present value that is not a finite number is refused,
 * never coerced; a missing one becomes 0, `NaN`, or an error, by `missing`.
 */
export function nodeNumbers(
  input: AbstractGraph | CsrIndex,
  index: CsrIndex,
  data: unknown,
  spec: NodeDataSpec & { missing: 'zero' | 'nan' | 'error' },
): NodeNumbers {
  const raw = readNodeData(input, index, data, spec);
  const n = index.order;
  const values = new Float64Array(n);
  const present = new Uint8Array(n);
  let missingCount = 0;
  for (let v = 0; v < n; v++) {
    const value = raw[v];
    if (value === undefined) {
      missingCount++;
      if (spec.missing === 'error') {
        throw new InvalidOptionError(`${spec.prefix}: node ${show(index.keys[v])} has no ${spec.option} value`, spec.option);
      }
      values[v] = spec.missing === 'nan' ? Number.NaN : 0;
      continue;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new InvalidOptionError(
        `${spec.prefix}: node ${show(index.keys[v])} has ${spec.option} = ${show(value)}; expected a finite number`,
        spec.option,
      );
    }
    values[v] = value;
    present[v] = 1;
  }
  return { values, present, missingCount };
}

const NUMERIC = /^-?(?:\d+|\d*\.\d+)(?:e[+-]?\d+)?$/i;

/** @internal Ascending label order: numeric labels first, by value; then the others by code point. */
export function compareLabels(a: string, b: string): number {
  const na = NUMERIC.test(a);
  const nb = NUMERIC.test(b);
  if (na && nb) {
    const d = Number(a) - Number(b);
    if (d < 0 || d > 0) return d;
  } else if (na !== nb) {
    return na ? -1 : 1;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

function needGraph(input: AbstractGraph | CsrIndex, spec: NodeDataSpec, what: string): AbstractGraph {
  if (isCsrIndex(input)) {
    throw new InvalidOptionError(
      `${spec.prefix}: option ${spec.option} is ${what}, which needs a graph: a CsrIndex holds no node attributes; pass the graph, or give ${spec.option} as a Record or Map from node to value`,
      spec.option,
    );
  }
  return input;
}

function assertNode(index: CsrIndex, key: string, spec: NodeDataSpec): void {
  if (!index.has(key)) {
    throw new NodeNotFoundError(`${spec.prefix}: option ${spec.option} names the node ${show(key)}, which is not in the graph`, key);
  }
}
