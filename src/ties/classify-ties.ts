/**
 * classifyTies: which ties are strong and which are weak, by a strength threshold chosen by hand,
 * by a quantile, by Jenks natural breaks, or by the Granovetter–Freeman criterion (the most
 * generous threshold under which strong ties obey strong triadic closure).
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { InvalidOptionError, show } from '../errors.js';
import { toIndex } from '../core/build-index.js';
import type { CsrIndex } from '../core/csr.js';
import { jenksTwoClassThreshold } from '../core/jenks.js';
import { quantileSorted } from '../core/quantiles.js';
import { denseLevels } from '../core/rank.js';
import { openWedgesByLevel, tieBetween } from '../core/strong-triadic-closure.js';
import { undirectedTies, type UndirectedTies } from '../core/undirected-ties.js';
import { refuseAttribute, splitAttribute } from '../define-metric.js';
import { assertGraph, assertGraphOrIndex } from '../guards.js';
import { assertEnum, assertInteger, resolveOptions, setOwn, type EdgeValueGetter } from '../options.js';
import { tidyResult } from '../tidy/brand.js';

const NAME = 'tiestrength/ties/classifyTies';
const ASSIGN_NAME = 'tiestrength/ties/assignClassifyTies';

/** How {@link classifyTies} chooses the strength threshold ℓ (strong ⇔ strength ≥ ℓ). */
export type ClassifyTiesMethod = 'threshold' | 'quantile' | 'jenks' | 'granovetterFreeman';

/** The methods of {@link classifyTies}. */
export const CLASSIFY_TIES_METHODS: readonly ClassifyTiesMethod[] = Object.freeze([
  'threshold',
  'quantile',
  'jenks',
  'granovetterFreeman',
] as const);

/** A tie's class. */
export type TieClass = 'strong' | 'weak';

/** Options of {@link classifyTies}. */
export interface ClassifyTiesOptions<EdgeAttributes extends Attributes = Attributes> {
  /** How the threshold ℓ is chosen. [`'jenks'`] */
  method?: ClassifyTiesMethod;
  /** The threshold ℓ itself, for `method: 'threshold'` (required there, refused elsewhere). */
  threshold?: number;
  /** The quantile p ∈ [0, 1] of tie strengths used as ℓ, for `method: 'quantile'`. [0.5] */
  quantile?: number;
  /** The forbidden triads tolerated by `method: 'granovetterFreeman'`. [0] */
  maxViolations?: number;
  /** How to read a tie's strength (attribute name, getter, or `null` for unweighted). [`'weight'`] */
  getEdgeStrength?: EdgeValueGetter<EdgeAttributes>;
  /** Directed graphs: `'any'` ties i–j when i→j or j→i; `'mutual'` only when both exist. [`'any'`] */
  projection?: 'any' | 'mutual';
}

/** Options of {@link assignClassifyTies}. */
export interface AssignClassifyTiesOptions<EdgeAttributes extends Attributes = Attributes> extends ClassifyTiesOptions<EdgeAttributes> {
  /** The edge attribute written with `'strong'` or `'weak'`. [`'tie'`] */
  attribute?: string;
}

/** Defaults of {@link classifyTies} and {@link assignClassifyTies} (the only one that reads `attribute`). */
export const CLASSIFY_TIES_DEFAULTS = Object.freeze({
  method: 'jenks' as ClassifyTiesMethod,
  threshold: undefined as number | undefined,
  quantile: 0.5,
  maxViolations: 0,
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
  projection: 'any' as 'any' | 'mutual',
  attribute: 'tie',
});

/** What {@link classifyTies} decided, and the class of every tie. */
export interface ClassifyTiesResult {
  /** The method used. */
  method: ClassifyTiesMethod;
  /** The threshold ℓ: a tie is strong when its (merged, projected) strength is ≥ ℓ. `NaN` when there are no ties to choose it from. */
  threshold: number;
  /** Number of strong and weak ties (merged ties; undirected projection for directed graphs). */
  counts: {
    /** Ties with strength ≥ ℓ. */
    strong: number;
    /** Ties with strength < ℓ. */
    weak: number;
  };
  /** Forbidden triads (strong triadic closure violations) at ℓ, for `'granovetterFreeman'`; otherwise `null`. */
  violations: number | null;
  /** Every tie with its class, ties sorted by (source id, target id) as in {@link indexTies}. */
  ties: ClassifiedTie[];
}

/** One classified tie. */
export interface ClassifiedTie {
  /** One end (the end the graph lists first). */
  source: string;
  /** The other end. */
  target: string;
  /** The tie's merged strength (a_ij + a_ji for a projected directed tie). */
  strength: number;
  /** Its class. */
  tie: TieClass;
}

/**
 * Classifies every tie as strong or weak by a strength threshold ℓ, and reports ℓ, the counts and
 * the class of every tie ({@link assignClassifyTies} writes the classes on the edges).
 *
 * Granovetter's strong/weak distinction needs a cut-off; this function makes the choice explicit
 * and reproducible, and reports how many ties fall on each side.
 *
 * Formulas (strong ⇔ s ≥ ℓ, s = merged tie strength):
 *
 *   'threshold'           ℓ = the given threshold
 *   'quantile'            ℓ = q_p(s), linear interpolation on the sorted strengths (R type 7), p = quantile
 *   'jenks'               ℓ = the lower bound of the upper class of the two-class split of the sorted
 *                         strengths minimising Σ_L (s − s̄_L)² + Σ_U (s − s̄_U)² (exact; splits only between
 *                         distinct strengths)
 *   'granovetterFreeman'  ℓ = min { ℓ ∈ observed strengths : V(ℓ) ≤ max(maxViolations, V(s_max)) }
 *                         V(ℓ) = #{ (A, {B, C}) : s_AB ≥ ℓ, s_AC ≥ ℓ, B–C not tied }   (forbidden triads)
 *
 * @remarks
 * - **The Granovetter–Freeman objective.** Strong triadic closure (Granovetter 1973) says that if
 *   A–B and A–C are strong, B and C are tied. Freeman (1992) asked whether a strength cut-off makes a
 *   network satisfy it ("G-transitivity"). Read literally, "the threshold that minimises violations"
 *   is useless: a threshold above the strongest tie makes no tie strong and violates nothing. Here ℓ is
 *   the **lowest observed strength whose strong ties break strong triadic closure at most
 *   `maxViolations` times** (default 0): the most generous split (the most strong ties) still
 *   consistent with Granovetter's premise. Raising ℓ can only remove violations (V is non-increasing),
 *   so this ℓ is unique. Candidates are the observed strengths only, so the strongest ties are always
 *   strong and the trivial threshold is never chosen; when the strongest ties alone already violate
 *   more than `maxViolations` (an unweighted graph: all ties equally strong), the budget becomes that
 *   floor V(s_max). Freeman's own procedure is not reproduced (unverified).
 *   `violations` reports V(ℓ); {@link strongTriadicClosureViolations} lists the triads.
 * - Ties at exactly ℓ are strong. With a single distinct strength (unweighted graphs), `'quantile'`
 *   and `'jenks'` make every tie strong (one class, ℓ = that strength).
 * - Reads tie **strengths** (`getEdgeStrength`); parallel edges are merged (strengths summed),
 *   self-loops dropped (docs/metrics.md). Directed graphs are classified on the undirected
 *   projection (`projection`), whose strength is a_ij + a_ji; both arcs get the tie's class.
 * - The result is the same for a graph and its {@link CsrIndex}: `ties` holds one
 *   {@link ClassifiedTie} per (projected) tie, sorted by (source id, target id) as in
 *   {@link indexTies}. Pass `result.threshold` on as a `strongTies` threshold (e.g.
 *   `strongTriadicClosureViolations(index, { strongTies: result.threshold })`), or give the same
 *   rule as `strongTies: { method, … }`.
 * - No ties: `threshold` is `NaN` (except for `'threshold'`), counts are 0; never throws.
 * - Complexity: O(m log m); `'granovetterFreeman'` adds O(m·√m) worst case (triangle listing).
 * - No peer implements 'granovetterFreeman' (requested in igraph#443). 'jenks' agrees with a brute-force
 *   exact two-class optimum and 'quantile' with `numpy.percentile` on the golden fixtures.
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param options The {@link ClassifyTiesOptions}.
 * @returns The {@link ClassifyTiesResult}.
 * @throws {@link InvalidGraphError} If `input` is neither a graph nor an index.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidWeightError} If a strength is zero, negative or not finite.
 * @throws {@link InvalidOptionError} If an option is invalid, missing (`threshold` for 'threshold'),
 *   given to a method it does not apply to, `getEdgeStrength` names an attribute no edge carries or
 *   is an attribute or getter with an index, or `attribute` is given (it belongs to assignClassifyTies).
 *
 * @example
 * // org: the "org" graph of docs/metrics.md, a1–a2 3, a1–a3 2, a2–a3 1, a3–b1 1, b1–b2 4, b2–c1 1, a2–b2 1
 * const split = classifyTies(org, { method: 'granovetterFreeman' });
 * [split.threshold, split.counts, split.violations]; //=> [2, { strong: 3, weak: 4 }, 0]
 * split.ties[0]; //=> { source: 'a1', target: 'a2', strength: 3, tie: 'strong' }
 *
 * @see assignClassifyTies, strongTriadicClosureViolations, percolationCurve, overlapStrengthCorrelation
 *
 * References
 * [1] Granovetter, M. S. (1973). The strength of weak ties. American Journal of Sociology 78(6):1360–1380.
 * [2] Freeman, L. C. (1992). The sociological concept of "group": An empirical test of two models.
 *     American Journal of Sociology 98(1):152–166.
 * [3] Jenks, G. F. (1967). The data model concept in statistical mapping. International Yearbook of Cartography 7:186–190.
 * [4] Easley, D., Kleinberg, J. (2010). Networks, Crowds, and Markets, ch. 3. Cambridge University Press.
 */
export function classifyTies<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: ClassifyTiesOptions<EdgeAttributes>,
): ClassifyTiesResult {
  assertGraphOrIndex(input, NAME);
  refuseAttribute(options, NAME, ASSIGN_NAME);
  const { index, ties, strong, result } = classify(input as AbstractGraph | CsrIndex, options as ClassifyTiesOptions | undefined, NAME);
  return tidyResult('classifyTies', { ...result, ties: classifiedTies(index, ties, strong) });
}

/**
 * Writes the class that {@link classifyTies} gives each tie, `'strong'` or `'weak'`, as an edge
 * attribute (`attribute`, default `'tie'`), the form `strongTies: 'tie'` reads.
 *
 * @remarks
 * - Every edge of a tie gets the tie's class (parallel edges, both arcs of a reciprocated pair).
 *   An edge that is no tie (a self-loop, or an unreciprocated arc under `projection: 'mutual'`)
 *   has no class: the attribute is removed from it.
 *
 * @param graph The graphology graph to read and write.
 * @param options The {@link AssignClassifyTiesOptions}.
 * @throws {@link InvalidGraphError} If `graph` is not a graphology graph.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidWeightError} If a strength is zero, negative or not finite.
 * @throws {@link InvalidOptionError} If an option is invalid (see {@link classifyTies}) or `attribute`
 *   is not a valid attribute name.
 *
 * @example
 * assignClassifyTies(org, { method: 'granovetterFreeman' }); // org is a multigraph here
 * org.getEdgeAttribute(org.edges('a1', 'a2')[0], 'tie'); //=> 'strong'
 * org.getEdgeAttribute(org.edges('a2', 'a3')[0], 'tie'); //=> 'weak'
 */
export function assignClassifyTies<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  graph: AbstractGraph<NodeAttributes, EdgeAttributes>,
  options?: AssignClassifyTiesOptions<EdgeAttributes>,
): void {
  assertGraph(graph, ASSIGN_NAME);
  const { attribute, rest } = splitAttribute(
    options as AssignClassifyTiesOptions | undefined,
    CLASSIFY_TIES_DEFAULTS.attribute,
    ASSIGN_NAME,
  );
  const { index, ties, strong } = classify(graph as AbstractGraph, rest, ASSIGN_NAME);
  writeClasses(graph as AbstractGraph, index, ties, strong, attribute, ASSIGN_NAME);
}

/** Steps 2–4 shared by both variants: options, index, threshold and the class of every projected tie. */
function classify(input: AbstractGraph | CsrIndex, options: ClassifyTiesOptions | undefined, prefix: string) {
  const opts = resolveClassifyOptions(options, prefix);
  const index = toIndex(input, options, prefix);
  const ties = undirectedTies(index, opts.projection);
  const { threshold, violations } = chooseThreshold(ties, opts);
  const strong = new Uint8Array(ties.size);
  let strongCount = 0;
  for (let t = 0; t < ties.size; t++) if (ties.tieStrengths[t]! >= threshold) strongCount += strong[t] = 1;
  const result = {
    method: opts.method,
    threshold,
    counts: { strong: strongCount, weak: ties.size - strongCount },
    violations,
  };
  return { index, ties, strong, result };
}

type ResolvedOptions = typeof CLASSIFY_TIES_DEFAULTS;

function resolveClassifyOptions(options: ClassifyTiesOptions | undefined, prefix: string): ResolvedOptions {
  const opts = resolveOptions(prefix, CLASSIFY_TIES_DEFAULTS, options) as ResolvedOptions;
  assertEnum(prefix, 'method', opts.method, CLASSIFY_TIES_METHODS);
  assertEnum(prefix, 'projection', opts.projection, ['any', 'mutual'] as const);
  const given = (option: keyof ClassifyTiesOptions) => options?.[option] !== undefined;
  const onlyFor = (option: 'threshold' | 'quantile' | 'maxViolations', method: ClassifyTiesMethod) => {
    if (given(option) && opts.method !== method) {
      throw new InvalidOptionError(`${prefix}: option ${option} applies only to method ${show(method)}, not ${show(opts.method)}`, option);
    }
  };
  onlyFor('threshold', 'threshold');
  onlyFor('quantile', 'quantile');
  onlyFor('maxViolations', 'granovetterFreeman');
  if (opts.method === 'threshold' && (typeof opts.threshold !== 'number' || Number.isNaN(opts.threshold))) {
    throw new InvalidOptionError(`${prefix}: method 'threshold' needs option threshold, a number; got ${show(opts.threshold)}`, 'threshold');
  }
  if (typeof opts.quantile !== 'number' || !(opts.quantile >= 0 && opts.quantile <= 1)) {
    throw new InvalidOptionError(`${prefix}: option quantile must be a number in [0, 1]; got ${show(opts.quantile)}`, 'quantile');
  }
  assertInteger(prefix, 'maxViolations', opts.maxViolations, 0);
  return opts;
}

/** @internal The parts of a classification rule that choose the threshold (validated by the caller). */
export interface ThresholdRule {
  method: ClassifyTiesMethod;
  threshold: number | undefined;
  quantile: number;
  maxViolations: number;
}

/**
 * @internal
 * The threshold ℓ of the chosen method, and V(ℓ) for 'granovetterFreeman'. Shared with
 * src/ties/strong-ties.ts, so that every function splitting strong from weak ties uses the same rule.
 */
export function chooseThreshold(ties: UndirectedTies, opts: ThresholdRule): { threshold: number; violations: number | null } {
  if (opts.method === 'threshold') return { threshold: opts.threshold!, violations: null };
  if (opts.method === 'granovetterFreeman') return granovetterFreemanThreshold(ties, opts.maxViolations);
  const sorted = Float64Array.from(ties.tieStrengths).sort();
  const threshold = opts.method === 'quantile' ? quantileSorted(sorted, opts.quantile) : jenksTwoClassThreshold(sorted);
  return { threshold, violations: null };
}

/**
 * The Granovetter–Freeman threshold: the lowest observed strength ℓ_j with
 * V(ℓ_j) ≤ max(budget, V(s_max)), where V(ℓ_j) = Σ_{i ≥ j} open[i] (see {@link openWedgesByLevel}).
 */
function granovetterFreemanThreshold(ties: UndirectedTies, budget: number): { threshold: number; violations: number } {
  if (ties.size === 0) return { threshold: Number.NaN, violations: 0 };
  const { levels, distinct } = denseLevels(ties.tieStrengths);
  const d = distinct.length;
  const open = openWedgesByLevel(ties, levels, d);
  const target = Math.max(budget, open[d - 1]!);
  // V is non-increasing in the level: walk down from the top while it stays within the target.
  let j = d - 1;
  let violations = open[d - 1]!;
  while (j > 0 && violations + open[j - 1]! <= target) violations += open[--j]!;
  return { threshold: distinct[j]!, violations };
}

function classifiedTies(index: CsrIndex, ties: UndirectedTies, strong: Uint8Array): ClassifiedTie[] {
  const out: ClassifiedTie[] = new Array(ties.size);
  const { keys } = index;
  for (let t = 0; t < ties.size; t++) {
    out[t] = {
      source: keys[ties.tieSources[t]!]!,
      target: keys[ties.tieTargets[t]!]!,
      strength: ties.tieStrengths[t]!,
      tie: strong[t] === 1 ? 'strong' : 'weak',
    };
  }
  return out;
}

function writeClasses(
  graph: AbstractGraph,
  index: CsrIndex,
  ties: UndirectedTies,
  strong: Uint8Array,
  attribute: string,
  prefix: string,
): void {
  graph.updateEachEdgeAttributes((_edge, attributes, source, target) => {
    const t = tieBetween(ties, index.id(source, prefix), index.id(target, prefix));
    const record = attributes as Record<string, unknown>;
    if (t < 0) delete record[attribute];
    else setOwn(record, attribute, strong[t] === 1 ? 'strong' : 'weak');
    return attributes;
  });
}
