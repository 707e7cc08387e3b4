/**
 * Group labels: reads a node attribute (department, team, office) or a partition record
 * (`{ [node]: label }`, e.g. the `partition` of `communities`) into dense group ids, so that the
 * group kernels work on an `Int32Array` instead of keys.
 *
 * Group ids are assigned in ascending label order: labels that are both numeric strings compare
 * as numbers (`'2'` < `'10'`), numeric labels come before other labels, and the others compare
 * by code point. The order is therefore the same on every run and platform.
 *
 * @internal
 * @module
 */
import type { AbstractGraph } from 'graphology-types';
import { InvalidOptionError, show } from '../errors.js';
import { isCsrIndex, type CsrIndex } from '../core/csr.js';

/** @internal Nodes mapped to dense group ids. */
export interface GroupLabels {
  /** Group id of each node (indexed by dense node id), in [0, count). */
  groupOf: Int32Array;
  /** Label of each group id, ascending (see the module comment). */
  labels: string[];
  /** Number of nodes in each group. */
  sizes: Float64Array;
  /** Number of groups. */
  count: number;
}

/**
 * A partition of the nodes: a record `{ [node]: label }` (every node needs a label), the result
 * of `communities` (anything with a `partition` record), or `{ groupAttribute }` to read a node
 * attribute of the graph.
 */
export type PartitionInput =
  | Readonly<Record<string, string | number>>
  | { readonly groupAttribute: string }
  | { readonly partition: Readonly<Record<string, string | number>> };

/** @internal The two ways eiIndex and groupMixingMatrix accept groups. */
export interface GroupOptions {
  groupAttribute?: string | undefined;
  groups?: Readonly<Record<string, string | number>> | undefined;
}

const own = Object.prototype.hasOwnProperty;

/**
 * @internal
 * Reads the groups of `eiIndex`-style options: exactly one of `groupAttribute` (a node attribute
 * of the graph) and `groups` (a record `{ [node]: label }`, which also works with a CsrIndex).
 */
export function groupsFromOptions(
  input: AbstractGraph | CsrIndex,
  index: CsrIndex,
  options: GroupOptions,
  prefix: string,
): GroupLabels {
  const { groupAttribute, groups } = options;
  if (groupAttribute !== undefined && groups !== undefined) {
    throw new InvalidOptionError(`${prefix}: give either groupAttribute or groups, not both`, 'groups');
  }
  if (groups !== undefined) return labelsFromRecord(index, groups, prefix, 'groups');
  if (groupAttribute === undefined) {
    throw new InvalidOptionError(
      `${prefix}: option groupAttribute (a node attribute such as 'department') or groups (a record { node: group }) is required`,
      'groupAttribute',
    );
  }
  return labelsFromAttribute(input, index, groupAttribute, prefix, 'groupAttribute');
}

/**
 * @internal
 * Reads a positional partition argument ({@link PartitionInput}). `{ groupAttribute: name }` reads
 * the attribute, unless the graph has a node literally named `groupAttribute`, in which case the
 * object is read as a one-entry record.
 */
export function groupsFromPartition(
  input: AbstractGraph | CsrIndex,
  index: CsrIndex,
  partition: unknown,
  prefix: string,
): GroupLabels {
  if (typeof partition !== 'object' || partition === null || Array.isArray(partition)) {
    throw new InvalidOptionError(
      `${prefix}: partition must be a record { node: group }, a communities() result or { groupAttribute }; got ${show(partition)}`,
      'partition',
    );
  }
  const record = partition as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 1 && keys[0] === 'groupAttribute' && !index.has('groupAttribute')) {
    return labelsFromAttribute(input, index, record.groupAttribute, prefix, 'groupAttribute');
  }
  if (own.call(record, 'partition') && typeof record.partition === 'object' && record.partition !== null) {
    return labelsFromRecord(index, record.partition, prefix, 'partition');
  }
  return labelsFromRecord(index, record, prefix, 'partition');
}

/**
 * @internal
 * Reads node attribute `attribute` of the graph into group ids. Needs a graph: a CsrIndex holds
 * no node attributes.
 */
export function labelsFromAttribute(
  input: AbstractGraph | CsrIndex,
  index: CsrIndex,
  attribute: unknown,
  prefix: string,
  option: string,
): GroupLabels {
  if (typeof attribute !== 'string' || attribute.length === 0) {
    throw new InvalidOptionError(`${prefix}: option ${option} must be a non-empty string; got ${show(attribute)}`, option);
  }
  if (isCsrIndex(input)) {
    throw new InvalidOptionError(
      `${prefix}: option ${option} needs a graph, since a CsrIndex holds no node attributes; pass the graph, or the groups as a record { node: group }`,
      option,
    );
  }
  const graph = input;
  const values: unknown[] = new Array(index.order);
  for (let v = 0; v < index.order; v++) values[v] = graph.getNodeAttribute(index.keys[v]!, attribute);
  return denseLabels(index, values, prefix, option, `group attribute ${show(attribute)}`);
}

/** @internal Reads a record `{ [node]: label }` into group ids; every node needs a label, and every key must be a node. */
export function labelsFromRecord(index: CsrIndex, record: unknown, prefix: string, option: string): GroupLabels {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new InvalidOptionError(`${prefix}: option ${option} must be a record { node: group }; got ${show(record)}`, option);
  }
  const map = record as Record<string, unknown>;
  for (const key of Object.keys(map)) {
    if (!index.has(key)) {
      throw new InvalidOptionError(`${prefix}: ${option} names node ${show(key)}, which is not in the graph`, option);
    }
  }
  const values: unknown[] = new Array(index.order);
  for (let v = 0; v < index.order; v++) {
    const key = index.keys[v]!;
    values[v] = own.call(map, key) ? map[key] : undefined;
  }
  return denseLabels(index, values, prefix, option, option);
}

/** Validates labels and assigns dense ids in ascending label order. */
function denseLabels(index: CsrIndex, values: unknown[], prefix: string, option: string, what: string): GroupLabels {
  const n = index.order;
  const firstSeen = new Int32Array(n);
  const seen = new Map<string, number>();
  const names: string[] = [];
  for (let v = 0; v < n; v++) {
    const value = values[v];
    if (value === undefined || value === null || value === '') {
      throw new InvalidOptionError(
        `${prefix}: node ${show(index.keys[v])} has no value for ${what}; every node needs a group ` +
          "(give people without one a group such as 'unknown', or drop them from the graph)",
        option,
      );
    }
    const ok =
      typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
    if (!ok) {
      throw new InvalidOptionError(
        `${prefix}: node ${show(index.keys[v])} has ${what} = ${show(value)}; expected a string, a finite number or a boolean`,
        option,
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
    const g = rank[firstSeen[v]!]!;
    groupOf[v] = g;
    sizes[g]!++;
  }
  return { groupOf, labels: order.map((g) => names[g]!), sizes, count: names.length };
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
