/**
 * strongTriadicClosureViolations: where does a strong/weak labelling break Granovetter's strong
 * triadic closure (two strong ties whose other ends are not tied)?
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { InvalidOptionError, show } from '../errors.js';
import { toIndex } from '../core/build-index.js';
import { isCsrIndex, type CsrIndex } from '../core/csr.js';
import { forbiddenTriads, tieBetween } from '../core/strong-triadic-closure.js';
import { undirectedTies, type UndirectedTies } from '../core/undirected-ties.js';
import { assertGraphOrIndex } from '../guards.js';
import { assertEnum, resolveOptions, type EdgeValueGetter } from '../options.js';

const NAME = 'tiestrength/ties/strongTriadicClosureViolations';

/**
 * Which ties are strong: an edge attribute holding `'strong'` / `'weak'` or `true` / `false`
 * (as written by `classifyTies`), a predicate over the edge, or a strength threshold ℓ
 * (strong ⇔ merged strength ≥ ℓ; the only form a {@link CsrIndex} accepts).
 */
export type IsStrong<EdgeAttributes extends Attributes = Attributes> =
  | (keyof EdgeAttributes & string)
  | ((edge: string, attributes: EdgeAttributes, source: string, target: string) => boolean)
  | number;

/** Options of {@link strongTriadicClosureViolations}. */
export interface StrongTriadicClosureViolationsOptions<EdgeAttributes extends Attributes = Attributes> {
  /** Which ties are strong. [`'tie'`, the attribute `classifyTies` writes] */
  isStrong?: IsStrong<EdgeAttributes>;
  /** How to read strengths, when `isStrong` is a threshold. [`'weight'`] */
  getEdgeStrength?: EdgeValueGetter<EdgeAttributes>;
  /** Directed graphs: `'any'` ties i–j when i→j or j→i; `'mutual'` only when both exist. [`'any'`] */
  projection?: 'any' | 'mutual';
}

/** Defaults of {@link strongTriadicClosureViolations}. */
export const STRONG_TRIADIC_CLOSURE_VIOLATIONS_DEFAULTS = Object.freeze({
  isStrong: 'tie' as IsStrong,
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
  projection: 'any' as 'any' | 'mutual',
});

/** A forbidden triad: `node` has strong ties to both people of `pair`, who are not tied to each other. */
export interface ForbiddenTriad {
  /** A, the person with the two strong ties. */
  node: string;
  /** B and C, in the graph's node order. */
  pair: [string, string];
}

/**
 * Lists the forbidden triads of a strong/weak labelling: every person A with two strong ties A–B
 * and A–C such that B and C have no tie at all (strong triadic closure, Granovetter 1973).
 *
 * An empty list means the labelling satisfies strong triadic closure: then every local bridge at a
 * person with two or more strong ties is weak (Easley & Kleinberg 2010, §3.2).
 *
 * Formula (plain text):
 *
 *   violations = { (A, {B, C}) : A–B strong, A–C strong, B ≠ C, B–C absent }
 *
 * @remarks
 * - Listed once per person A and unordered pair {B, C}, ordered by A, then B, then C in the graph's
 *   node order (the same {B, C} may appear under several A). The count equals the `violations`
 *   that `classifyTies(…, { method: 'granovetterFreeman' })` reports for its threshold.
 * - `isStrong` as an attribute: `'strong'` or `true` is strong, `'weak'` or `false` is weak; any
 *   other value (a missing attribute included) throws, naming the edge: classify first
 *   (`classifyTies`) or pass a predicate. A predicate must return a boolean.
 * - Parallel edges merge into one tie, strong when any of its edges is strong (classifyTies labels
 *   them alike); self-loops are ignored. Directed graphs run on the undirected projection
 *   (`projection`): a tie is strong when either arc is, and B–C is absent when the projection has
 *   no B–C tie.
 * - A {@link CsrIndex} holds no edge attributes: give `isStrong` as a threshold ℓ (for example
 *   `classifyTies(index).threshold`); strengths then come from the index.
 * - An empty graph, or one without two strong ties at a node, gives `[]`.
 * - Complexity: O(Σ_A Σ_{B strong at A} (k_B + s_A)) time, s_A = strong ties of A; O(n) extra memory
 *   plus the output.
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param options The {@link StrongTriadicClosureViolationsOptions}.
 * @returns The forbidden triads, each a {@link ForbiddenTriad}.
 * @throws {@link InvalidGraphError} If `input` is neither a graph nor an index.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidWeightError} If `isStrong` is a threshold and a strength is zero, negative or not finite.
 * @throws {@link InvalidOptionError} If an option is invalid, an edge's attribute is neither strong nor
 *   weak, a predicate returns a non-boolean, `isStrong` is not a threshold for an index, or
 *   `getEdgeStrength` is given without a threshold.
 *
 * @example
 * const org = fixture('org'); // a1–a2 3, a1–a3 2, a2–a3 1, a3–b1 1, b1–b2 4, b2–c1 1, a2–b2 1
 * strongTriadicClosureViolations(org, { isStrong: 2 });
 * //=> []
 * strongTriadicClosureViolations(org, { isStrong: 1 }).length;
 * //=> 8
 *
 * @see classifyTies
 *
 * References
 * [1] Granovetter, M. S. (1973). The strength of weak ties. American Journal of Sociology 78(6):1360–1380.
 * [2] Easley, D., Kleinberg, J. (2010). Networks, Crowds, and Markets, ch. 3. Cambridge University Press.
 */
export function strongTriadicClosureViolations<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: StrongTriadicClosureViolationsOptions<EdgeAttributes>,
): ForbiddenTriad[] {
  assertGraphOrIndex(input, NAME);
  const opts = resolveOptions(NAME, STRONG_TRIADIC_CLOSURE_VIOLATIONS_DEFAULTS, options as StrongTriadicClosureViolationsOptions);
  assertEnum(NAME, 'projection', opts.projection, ['any', 'mutual'] as const);
  const isStrong = opts.isStrong as unknown;
  const byThreshold = typeof isStrong === 'number';
  if (byThreshold ? Number.isNaN(isStrong) : typeof isStrong !== 'string' && typeof isStrong !== 'function') {
    throw new InvalidOptionError(
      `${NAME}: option isStrong must be an edge attribute name, a predicate (edge, attributes, source, target) => boolean, or a strength threshold; got ${show(isStrong)}`,
      'isStrong',
    );
  }
  if (!byThreshold && isCsrIndex(input)) {
    throw new InvalidOptionError(`${NAME}: a CsrIndex holds no edge attributes; give isStrong as a strength threshold (e.g. classifyTies(index).threshold)`, 'isStrong');
  }
  if (!byThreshold && options?.getEdgeStrength !== undefined) {
    throw new InvalidOptionError(`${NAME}: option getEdgeStrength applies only when isStrong is a strength threshold`, 'getEdgeStrength');
  }
  // Without a threshold strengths are not needed: do not read (or validate) them.
  const index = toIndex(input as AbstractGraph | CsrIndex, byThreshold ? (options as StrongTriadicClosureViolationsOptions) : { getEdgeStrength: null }, NAME);
  const ties = undirectedTies(index, opts.projection);
  const strong = byThreshold
    ? strongByThreshold(ties, isStrong as number)
    : strongFromEdges(input as AbstractGraph, index, ties, isStrong as string | EdgePredicate);
  const triads = forbiddenTriads(ties, strong);
  const { keys } = index;
  const out: ForbiddenTriad[] = new Array(triads.length / 3);
  for (let i = 0, k = 0; i < triads.length; i += 3) {
    out[k++] = { node: keys[triads[i]!]!, pair: [keys[triads[i + 1]!]!, keys[triads[i + 2]!]!] };
  }
  return out;
}

type EdgePredicate = (edge: string, attributes: Attributes, source: string, target: string) => unknown;

function strongByThreshold(ties: UndirectedTies, threshold: number): Uint8Array {
  const strong = new Uint8Array(ties.size);
  for (let t = 0; t < ties.size; t++) if (ties.tieStrengths[t]! >= threshold) strong[t] = 1;
  return strong;
}

function strongFromEdges(graph: AbstractGraph, index: CsrIndex, ties: UndirectedTies, isStrong: string | EdgePredicate): Uint8Array {
  const strong = new Uint8Array(ties.size);
  graph.forEachEdge((edge, attributes, source, target) => {
    const t = tieBetween(ties, index.id(source, NAME), index.id(target, NAME));
    if (t < 0) return;
    const value = typeof isStrong === 'string' ? attributes[isStrong] : isStrong(edge, attributes, source, target);
    if (value === true || (typeof isStrong === 'string' && value === 'strong')) strong[t] = 1;
    else if (!(value === false || (typeof isStrong === 'string' && value === 'weak'))) {
      const what =
        typeof isStrong === 'string'
          ? `has ${show(isStrong)} = ${show(value)}; expected 'strong', 'weak', true or false (run classifyTies first, or pass a predicate)`
          : `makes the isStrong predicate return ${show(value)}; expected true or false`;
      throw new InvalidOptionError(`${NAME}: edge ${show(edge)} (${show(source)} – ${show(target)}) ${what}`, 'isStrong');
    }
  });
  return strong;
}
