/**
 * Reads the report's node data (groups, kinds, accounts, values, engagement) once, into plain
 * records keyed by node, so that every measure can run on one shared CsrIndex.
 *
 * @internal
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { CsrIndex } from '../core/csr.js';
import { InvalidOptionError } from '../errors.js';
import type { NodeData } from '../node-data.js';

/** @internal Whether `data` is given. */
export function given(data: unknown): boolean {
  return data !== undefined && data !== null;
}

/**
 * @internal
 * Resolves node data in any of its four forms to a Map from node key to value (nodes without a
 * value are absent). An attribute name needs a graph; `required` makes a name no node carries an error.
 */
export function readNodeValues<T>(
  graph: AbstractGraph | null,
  index: CsrIndex,
  data: NodeData<T> | undefined,
  option: string,
  prefix: string,
  required: boolean,
): Map<string, T> | null {
  if (data === undefined || data === null) return null;
  const out = new Map<string, T>();
  if (typeof data === 'string') {
    if (graph === null) {
      throw new InvalidOptionError(`${prefix}: option ${option} names a node attribute, which needs a graph; give a Record or Map with an index`, option);
    }
    graph.forEachNode((node, attributes: Attributes) => {
      const v = attributes[data];
      if (v !== undefined && v !== null && v !== '') out.set(node, v as T);
    });
    if (out.size === 0) {
      if (required) throw new InvalidOptionError(`${prefix}: option ${option}: no node carries the attribute ${JSON.stringify(data)}`, option);
      return null;
    }
    return out;
  }
  if (typeof data === 'function') {
    const get = data as (node: string, attributes: Attributes) => T | undefined;
    for (const node of index.keys) {
      const v = get(node, graph === null ? {} : (graph.getNodeAttributes(node) as Attributes));
      if (v !== undefined && v !== null) out.set(node, v);
    }
    return out;
  }
  if (data instanceof Map) {
    for (const [k, v] of data as Map<string, T>) if (v !== undefined && v !== null) out.set(k, v);
    return out;
  }
  if (typeof data === 'object') {
    for (const k of Object.keys(data)) {
      const v = (data as Record<string, T>)[k];
      if (v !== undefined && v !== null) out.set(k, v);
    }
    return out;
  }
  throw new InvalidOptionError(`${prefix}: option ${option} must be an attribute name, a Record, a Map or a getter`, option);
}

/** @internal Whether any node of the graph carries the attribute. */
export function hasAttribute(graph: AbstractGraph | null, name: string): boolean {
  if (graph === null) return false;
  return graph.someNode((_, attributes: Attributes) => attributes[name] !== undefined && attributes[name] !== null && attributes[name] !== '');
}
