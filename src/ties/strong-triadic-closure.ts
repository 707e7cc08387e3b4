/**
 * strongTriadicClosureViolations: where does a strong/weak labelling break Granovetter's strong
 * triadic closure (two strong ties whose other ends are not tied)?
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { InvalidOptionError } from '../errors.js';
import { toIndex } from '../core/build-index.js';
import type { CsrIndex } from '../core/csr.js';
import { forbiddenTriads } from '../core/strong-triadic-closure.js';
import { undirectedTies } from '../core/undirected-ties.js';
import { assertGraphOrIndex } from '../guards.js';
import { assertEnum, resolveOptions, type EdgeValueGetter } from '../options.js';
import { DEFAULT_STRONG_TIE_RULE, strongProjectedTies, type StrongTieRule } from './strong-ties.js';
import { tidyResult } from '../tidy/brand.js';

const NAME = 'tiestrength/ties/strongTriadicClosureViolations';

/** Options of {@link strongTriadicClosureViolations}. */
export interface StrongTriadicClosureViolationsOptions<EdgeAttributes extends Attributes = Attributes> {
  /**
   * Which ties are strong: a strength threshold, a {@link classifyTies} rule, an edge attribute
   * holding `'strong'`/`'weak'` or `true`/`false` (as {@link assignClassifyTies} writes), or a
   * predicate. [`{ method: 'jenks' }`]
   */
  strongTies?: StrongTieRule<EdgeAttributes>;
  /** How to read strengths, when `strongTies` is a threshold or a classifyTies rule. [`'weight'`] */
  getEdgeStrength?: EdgeValueGetter<EdgeAttributes>;
  /** Directed graphs: `'any'` ties i–j when i→j or j→i; `'mutual'` only when both exist. [`'any'`] */
  projection?: 'any' | 'mutual';
}

/** Defaults of {@link strongTriadicClosureViolations}. */
export const STRONG_TRIADIC_CLOSURE_VIOLATIONS_DEFAULTS = Object.freeze({
  strongTies: DEFAULT_STRONG_TIE_RULE as StrongTieRule,
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
 * - `strongTies` (docs/conventions.md) as a threshold ℓ: strong ⇔ merged (projected) strength
 *   ≥ ℓ. As a classifyTies rule (default `{ method: 'jenks' }`): the threshold
 *   `classifyTies(input, { projection, ...rule })` chooses. As an attribute: `'strong'` or `true`
 *   is strong, `'weak'` or `false` is weak; any other value (a missing attribute included) throws,
 *   naming the edge, and a name that no edge carries is refused as a misspelling: classify first
 *   (`assignClassifyTies`) or pass a predicate. A predicate must return a boolean.
 * - Parallel edges merge into one tie, strong when any of its edges is strong (classifyTies labels
 *   them alike); self-loops are ignored. Directed graphs run on the undirected projection
 *   (`projection`): a tie is strong when either arc is, and B–C is absent when the projection has
 *   no B–C tie.
 * - A {@link CsrIndex} holds no edge attributes: give `strongTies` as a threshold ℓ or a
 *   classifyTies rule; strengths then come from the index.
 * - An empty graph, or one without two strong ties at a node, gives `[]`.
 * - Complexity: O(Σ_A Σ_{B strong at A} (k_B + s_A)) time, s_A = strong ties of A; O(n) extra memory
 *   plus the output.
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param options The {@link StrongTriadicClosureViolationsOptions}.
 * @returns The forbidden triads, each a {@link ForbiddenTriad}.
 * @throws {@link InvalidGraphError} If `input` is neither a graph nor an index.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidWeightError} If `strongTies` is a threshold or rule and a strength is zero, negative or not finite.
 * @throws {@link InvalidOptionError} If an option is invalid, the `strongTies` attribute is carried by
 *   no edge, an edge's attribute is neither strong nor weak, a predicate returns a non-boolean,
 *   `strongTies` is an attribute or predicate for an index, or `getEdgeStrength` is given with an
 *   attribute or predicate.
 *
 * @example
 * // org: the "org" graph of docs/metrics.md, a1–a2 3, a1–a3 2, a2–a3 1, a3–b1 1, b1–b2 4, b2–c1 1, a2–b2 1
 * strongTriadicClosureViolations(org, { strongTies: 2 });
 * //=> []
 * strongTriadicClosureViolations(org, { strongTies: 1 }).length;
 * //=> 8
 * strongTriadicClosureViolations(org, { strongTies: { method: 'granovetterFreeman' } });
 * //=> []
 *
 * @see classifyTies, assignClassifyTies
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
  const rule = opts.strongTies as unknown;
  const byEdges = typeof rule === 'string' || typeof rule === 'function';
  if (byEdges && options?.getEdgeStrength !== undefined) {
    throw new InvalidOptionError(
      `${NAME}: option getEdgeStrength applies only when strongTies is a strength threshold or a classifyTies rule`,
      'getEdgeStrength',
    );
  }
  // With an attribute or a predicate strengths are not needed: do not read (or validate) them.
  const index = toIndex(input as AbstractGraph | CsrIndex, byEdges ? { getEdgeStrength: null } : (options as StrongTriadicClosureViolationsOptions), NAME);
  const ties = undirectedTies(index, opts.projection);
  const { strong } = strongProjectedTies(input as AbstractGraph | CsrIndex, index, ties, rule, NAME);
  const triads = forbiddenTriads(ties, strong);
  const { keys } = index;
  const out: ForbiddenTriad[] = new Array(triads.length / 3);
  for (let i = 0, k = 0; i < triads.length; i += 3) {
    out[k++] = { node: keys[triads[i]!]!, pair: [keys[triads[i + 1]!]!, keys[triads[i + 2]!]!] };
  }
  return tidyResult('strongTriadicClosureViolations', out);
}
