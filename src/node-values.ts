/**
 * Numeric node attributes (a customer's lifetime value, an employee's engagement score) read into
 * a typed array by dense node id, from a graphology graph (`attribute`) or from a record
 * `{ [node]: number }` (`values`, the only way for a CsrIndex, which holds no node attributes).
 *
 * Present values must be finite numbers: a string, boolean, NaN or ±∞ is an InvalidOptionError
 * naming the node, never coerced. Missing values follow the caller's `missing` policy.
 *
 * The module's helpers are internal; its exported types and defaults are public.
 *
 * @module
 */
import type { AbstractGraph } from 'graphology-types';
import { InvalidOptionError, NodeNotFoundError, show } from './errors.js';
import { isCsrIndex, type CsrIndex } from './core/csr.js';

/** @internal How to read one numeric node value per node. */
export interface NodeValueSpec {
  /** The node attribute to read (graph input). */
  attribute: string | undefined;
  /** A record `{ [node]: number }` (graph or index input). */
  values: unknown;
  /** The public names of the two options, for messages. */
  attributeOption: string;
  valuesOption: string;
  /** What a node without a value gets: 0, NaN, or an InvalidOptionError naming it. */
  missing: 'zero' | 'nan' | 'error';
}

/** @internal Node values by dense id. */
export interface NodeValues {
  /** The value of each node (0 or NaN where missing, by the policy). */
  values: Float64Array;
  /** 1 where the node had a value. */
  present: Uint8Array;
  /** Number of nodes without a value. */
  missingCount: number;
}

const own = Object.prototype.hasOwnProperty;

/** @internal Reads one number per node (see the module comment). */
export function nodeValues(input: AbstractGraph | CsrIndex, index: CsrIndex, spec: NodeValueSpec, prefix: string): NodeValues {
  const { attribute, values: record, attributeOption, valuesOption, missing } = spec;
  if (attribute !== undefined && record !== undefined) {
    throw new InvalidOptionError(`${prefix}: give either ${attributeOption} or ${valuesOption}, not both`, valuesOption);
  }
  const n = index.order;
  const values = new Float64Array(n);
  const present = new Uint8Array(n);
  const check = (node: string, value: unknown, option: string): number => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      const where = option === attributeOption ? `node ${show(node)} has ${show(attribute)} = ${show(value)}` : `${valuesOption}[${show(node)}] is ${show(value)}`;
      throw new InvalidOptionError(`${prefix}: ${where}; expected a finite number`, option);
    }
    return value;
  };
  if (record !== undefined) {
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      throw new InvalidOptionError(`${prefix}: option ${valuesOption} must be a record { [node]: number }; got ${show(record)}`, valuesOption);
    }
    const rec = record as Record<string, unknown>;
    for (const key of Object.keys(rec)) {
      if (!index.has(key)) throw new NodeNotFoundError(`${prefix}: ${valuesOption} names the node ${show(key)}, which is not in the graph`, key);
      const id = index.id(key, prefix);
      values[id] = check(key, rec[key], valuesOption);
      present[id] = 1;
    }
  } else if (attribute !== undefined) {
    if (isCsrIndex(input)) {
      throw new InvalidOptionError(
        `${prefix}: a CsrIndex holds no node attributes; give ${valuesOption} as a record { [node]: number } instead of ${attributeOption}`,
        attributeOption,
      );
    }
    input.forEachNode((node, attributes) => {
      if (!own.call(attributes, attribute) || attributes[attribute] === undefined || attributes[attribute] === null) return;
      const id = index.id(node, prefix);
      values[id] = check(node, attributes[attribute], attributeOption);
      present[id] = 1;
    });
  }
  let missingCount = 0;
  for (let v = 0; v < n; v++) {
    if (present[v] === 1) continue;
    missingCount++;
    if (missing === 'nan') values[v] = Number.NaN;
    else if (missing === 'error') {
      const how = isCsrIndex(input) || attribute === undefined ? `has no entry in ${valuesOption}` : `has no ${show(attribute)} attribute`;
      throw new InvalidOptionError(`${prefix}: node ${show(index.keys[v])} ${how}`, attribute === undefined ? valuesOption : attributeOption);
    }
  }
  return { values, present, missingCount };
}
