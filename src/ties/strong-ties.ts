/**
 * Which ties are strong: the one rule behind every function that looks at a network through
 * Granovetter's two lenses (reach over strong or weak ties, referral value arriving over strong
 * ties, customer accounts held by strong ties).
 *
 * The rule is the option `strongTies` ({@link StrongTieRule}):
 * - a number ℓ: strong ⇔ merged strength ≥ ℓ (e.g. `classifyTies(g).threshold`);
 * - `{ method, threshold?, quantile?, maxViolations? }`: the threshold {@link classifyTies} would
 *   choose with these options (default `{ method: 'jenks' }`, classifyTies' default);
 * - an edge attribute name holding `'strong'`/`'weak'` or `true`/`false` (what assignClassifyTies
 *   writes; graph input only). A name that no edge carries is refused as a misspelling;
 * - a predicate `(edge, attributes, source, target) => boolean` (graph input only).
 *
 * Thresholds compare the tie's merged strength; on a directed graph the strength of the undirected
 * projection (a_ij + a_ji), as classifyTies does, and both arcs of a pair get the same class.
 * With an attribute or a predicate, a tie made of several parallel edges is strong when any of its
 * edges is strong.
 *
 * The module's helpers are internal; its exported types and defaults are public.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { InvalidOptionError, show } from '../errors.js';
import { isCsrIndex, tieOfPair, type CsrIndex } from '../core/csr.js';
import { tieBetween } from '../core/strong-triadic-closure.js';
import { undirectedTies, type UndirectedTies } from '../core/undirected-ties.js';
import { CLASSIFY_TIES_METHODS, chooseThreshold, type ClassifyTiesMethod } from './classify-ties.js';

/**
 * Which ties count as strong (option `strongTies`): a strength threshold, a {@link classifyTies}
 * rule, an edge attribute written by assignClassifyTies, or a predicate. [`{ method: 'jenks' }`]
 */
export type StrongTieRule<EdgeAttributes extends Attributes = Attributes> =
  | number
  | {
      /** How {@link classifyTies} chooses the strength threshold ℓ (strong ⇔ merged strength ≥ ℓ). */
      method: ClassifyTiesMethod;
      /** The threshold ℓ itself, for `method: 'threshold'` (required there, refused elsewhere). */
      threshold?: number;
      /** The quantile p ∈ [0, 1] of tie strengths used as ℓ, for `method: 'quantile'`. [`0.5`] */
      quantile?: number;
      /** The forbidden triads tolerated by `method: 'granovetterFreeman'` (an integer ≥ 0). [`0`] */
      maxViolations?: number;
    }
  | (keyof EdgeAttributes & string)
  | ((edge: string, attributes: EdgeAttributes, source: string, target: string) => boolean);

/** The default {@link StrongTieRule}: classifyTies' default, Jenks natural breaks on tie strengths. */
export const DEFAULT_STRONG_TIE_RULE: Readonly<{ method: 'jenks' }> = Object.freeze({ method: 'jenks' as const });

/** @internal The strong ties of an index. */
export interface StrongTieMask {
  /** 1 when the tie (an index tie id; for directed graphs an arc) is strong, else 0. */
  strong: Uint8Array;
  /** The strength threshold used; `NaN` for an attribute or a predicate, or when there are no ties. */
  threshold: number;
}

const RULE_KEYS = ['method', 'threshold', 'quantile', 'maxViolations'];

/**
 * @internal
 * Marks the strong ties of `index` (built from `input`) by `rule`. The threshold forms need
 * `index` to carry the strengths the caller wants compared.
 */
export function strongTieMask(
  input: AbstractGraph | CsrIndex,
  index: CsrIndex,
  rule: unknown,
  prefix: string,
  option = 'strongTies',
): StrongTieMask {
  const value = ruleForm(input, rule, prefix, option);
  if (typeof value === 'number') return { strong: byThreshold(index, value), threshold: value };
  if (typeof value === 'object') {
    const threshold = thresholdOfRule(undirectedTies(index, 'any'), value, prefix, option);
    return { strong: byThreshold(index, threshold), threshold };
  }
  return { strong: fromEdges(input as AbstractGraph, index, value, prefix, option), threshold: Number.NaN };
}

/**
 * @internal
 * {@link strongTieMask} for the ties of an undirected projection (`ties`, made from `index` with
 * the caller's `projection`): 1 when the projected tie is strong. Thresholds compare the projected
 * strength; a classifyTies rule chooses its threshold over these ties (as
 * `classifyTies(input, { projection, …rule })` would); with an attribute or a predicate a projected
 * tie is strong when any of its edges (either arc, any parallel edge) is.
 */
export function strongProjectedTies(
  input: AbstractGraph | CsrIndex,
  index: CsrIndex,
  ties: UndirectedTies,
  rule: unknown,
  prefix: string,
  option = 'strongTies',
): StrongTieMask {
  const value = ruleForm(input, rule, prefix, option);
  if (typeof value === 'number' || typeof value === 'object') {
    const threshold = typeof value === 'number' ? value : thresholdOfRule(ties, value, prefix, option);
    const strong = new Uint8Array(ties.size);
    const s = ties.tieStrengths;
    for (let t = 0; t < ties.size; t++) if (s[t]! >= threshold) strong[t] = 1;
    return { strong, threshold };
  }
  const strong = new Uint8Array(ties.size);
  const tieOf = (source: string, target: string) => tieBetween(ties, index.id(source, prefix), index.id(target, prefix));
  markStrongEdges(input as AbstractGraph, value, prefix, option, tieOf, strong);
  return { strong, threshold: Number.NaN };
}

/**
 * The validated form of a rule: a threshold, a classifyTies rule object, an edge attribute name
 * (carried by at least one edge) or a predicate; the attribute and predicate forms need a graph.
 */
function ruleForm(
  input: AbstractGraph | CsrIndex,
  rule: unknown,
  prefix: string,
  option: string,
): number | Record<string, unknown> | string | EdgePredicate {
  const value = rule === undefined ? DEFAULT_STRONG_TIE_RULE : rule;
  if (typeof value === 'number') {
    if (Number.isNaN(value)) throw new InvalidOptionError(`${prefix}: option ${option} is NaN; give a strength threshold`, option);
    return value;
  }
  if (typeof value === 'string' || typeof value === 'function') {
    if (isCsrIndex(input)) {
      throw new InvalidOptionError(
        `${prefix}: a CsrIndex holds no edge attributes; give option ${option} as a strength threshold or a classifyTies rule such as { method: 'jenks' }`,
        option,
      );
    }
    if (typeof value === 'string') assertAttributeCarried(input, value, prefix, option);
    return value as string | EdgePredicate;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InvalidOptionError(
      `${prefix}: option ${option} must be a strength threshold, a classifyTies rule { method, threshold?, quantile?, maxViolations? }, an edge attribute name or a predicate; got ${show(value)}`,
      option,
    );
  }
  return value as Record<string, unknown>;
}

/** docs/conventions.md: an edge attribute that no edge carries is a misspelling. */
function assertAttributeCarried(graph: AbstractGraph, attribute: string, prefix: string, option: string): void {
  if (graph.size === 0) return;
  if (!graph.someEdge((_edge, attributes) => (attributes as Record<string, unknown>)[attribute] !== undefined)) {
    throw new InvalidOptionError(
      `${prefix}: option ${option} names the edge attribute ${show(attribute)}, which no edge carries (misspelt? run assignClassifyTies first to write it)`,
      option,
    );
  }
}

type EdgePredicate = (edge: string, attributes: Attributes, source: string, target: string) => unknown;

function thresholdOfRule(ties: UndirectedTies, rule: Record<string, unknown>, prefix: string, option: string): number {
  for (const key of Object.keys(rule)) {
    if (!RULE_KEYS.includes(key)) {
      throw new InvalidOptionError(`${prefix}: option ${option} has an unknown key ${show(key)}; expected ${RULE_KEYS.join(', ')}`, option);
    }
  }
  const method = rule['method'];
  if (typeof method !== 'string' || !(CLASSIFY_TIES_METHODS as readonly string[]).includes(method)) {
    throw new InvalidOptionError(
      `${prefix}: option ${option}.method must be one of ${CLASSIFY_TIES_METHODS.map((m) => show(m)).join(', ')}; got ${show(method)}`,
      option,
    );
  }
  const { threshold, quantile = 0.5, maxViolations = 0 } = rule;
  const onlyFor = (key: string, forMethod: ClassifyTiesMethod) => {
    if (rule[key] !== undefined && method !== forMethod) {
      throw new InvalidOptionError(`${prefix}: option ${option}.${key} applies only to method ${show(forMethod)}, not ${show(method)}`, option);
    }
  };
  onlyFor('threshold', 'threshold');
  onlyFor('quantile', 'quantile');
  onlyFor('maxViolations', 'granovetterFreeman');
  if (method === 'threshold' && (typeof threshold !== 'number' || Number.isNaN(threshold))) {
    throw new InvalidOptionError(`${prefix}: option ${option} with method 'threshold' needs threshold, a number; got ${show(threshold)}`, option);
  }
  if (typeof quantile !== 'number' || !(quantile >= 0 && quantile <= 1)) {
    throw new InvalidOptionError(`${prefix}: option ${option}.quantile must be a number in [0, 1]; got ${show(quantile)}`, option);
  }
  if (typeof maxViolations !== 'number' || !Number.isInteger(maxViolations) || maxViolations < 0) {
    throw new InvalidOptionError(`${prefix}: option ${option}.maxViolations must be a non-negative integer; got ${show(maxViolations)}`, option);
  }
  return chooseThreshold(ties, {
    method: method as ClassifyTiesMethod,
    threshold: threshold as number | undefined,
    quantile,
    maxViolations,
  }).threshold;
}

/** Strong ⇔ the (projected) strength of the tie is ≥ ℓ. */
function byThreshold(index: CsrIndex, threshold: number): Uint8Array {
  const strong = new Uint8Array(index.size);
  if (!index.directed) {
    const s = index.tieStrengths;
    for (let t = 0; t < index.size; t++) if (s[t]! >= threshold) strong[t] = 1;
    return strong;
  }
  const ties = undirectedTies(index, 'any');
  const { tieSources, tieTargets } = index;
  for (let t = 0; t < index.size; t++) {
    const p = tieBetween(ties, tieSources[t]!, tieTargets[t]!);
    if (ties.tieStrengths[p]! >= threshold) strong[t] = 1;
  }
  return strong;
}

/** Strong when any edge of the tie has the attribute `'strong'`/`true`, or makes the predicate return true. */
function fromEdges(graph: AbstractGraph, index: CsrIndex, rule: string | EdgePredicate, prefix: string, option: string): Uint8Array {
  const strong = new Uint8Array(index.size);
  const tieOf = (source: string, target: string) => {
    const u = index.id(source, prefix);
    const v = index.id(target, prefix);
    const t = tieOfPair(index, u, v);
    return t < 0 && !index.directed ? tieOfPair(index, v, u) : t;
  };
  markStrongEdges(graph, rule, prefix, option, tieOf, strong);
  if (index.directed) {
    // Both arcs of a pair share the projected tie's class (as assignClassifyTies writes it).
    const { tieSources, tieTargets } = index;
    for (let t = 0; t < index.size; t++) {
      if (strong[t] === 1) continue;
      const back = tieOfPair(index, tieTargets[t]!, tieSources[t]!);
      if (back >= 0 && strong[back] === 1) strong[t] = 1;
    }
    // A second pass is not needed: the loop above only turns arcs on whose reverse was on before it.
  }
  return strong;
}

/**
 * Sets `strong[t] = 1` for the tie t = `tieOf(source, target)` of every strong edge: `'strong'`/`true`
 * (attribute) or `true` (predicate). Weak edges are `'weak'`/`false` or `false`; any other value
 * throws, naming the edge. Edges that are not ties (t < 0: a self-loop, an arc the projection
 * drops) are not read.
 */
function markStrongEdges(
  graph: AbstractGraph,
  rule: string | EdgePredicate,
  prefix: string,
  option: string,
  tieOf: (source: string, target: string) => number,
  strong: Uint8Array,
): void {
  const byAttribute = typeof rule === 'string';
  graph.forEachEdge((edge, attributes, source, target) => {
    const t = tieOf(source, target);
    if (t < 0) return;
    const value = byAttribute ? attributes[rule] : rule(edge, attributes, source, target);
    if (value === true || (byAttribute && value === 'strong')) strong[t] = 1;
    else if (!(value === false || (byAttribute && value === 'weak'))) {
      const what = byAttribute
        ? `has ${show(rule)} = ${show(value)}; expected 'strong', 'weak', true or false (run assignClassifyTies first, or give ${option} as a threshold or rule)`
        : `makes the ${option} predicate return ${show(value)}; expected true or false`;
      throw new InvalidOptionError(`${prefix}: edge ${show(edge)} (${show(source)} – ${show(target)}) ${what}`, option);
    }
  });
}
