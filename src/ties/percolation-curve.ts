/**
 * percolationCurve: Onnela's weak-ties test. Remove ties weakest first (or strongest first, or
 * by neighbourhood overlap, or at random) and watch the network fall apart.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { toIndex } from '../core/build-index.js';
import type { CsrIndex } from '../core/csr.js';
import { commonNeighborCounts, overlapFromCommon } from '../core/overlap.js';
import { percolationSweep } from '../core/percolation.js';
import { resolveRng, shuffleInPlace } from '../core/random.js';
import { orderByKey } from '../core/rank.js';
import { undirectedTies, type UndirectedTies } from '../core/undirected-ties.js';
import { assertGraphOrIndex } from '../guards.js';
import { assertEnum, assertInteger, resolveOptions, type EdgeValueGetter } from '../options.js';
import { tidyResult } from '../tidy/brand.js';

const NAME = 'tiestrength/ties/percolationCurve';

/** The order in which {@link percolationCurve} removes ties. */
export type PercolationOrder = 'weakFirst' | 'strongFirst' | 'overlapAsc' | 'overlapDesc' | 'random';

/** The removal orders of {@link percolationCurve}. */
export const PERCOLATION_ORDERS: readonly PercolationOrder[] = Object.freeze([
  'weakFirst',
  'strongFirst',
  'overlapAsc',
  'overlapDesc',
  'random',
] as const);

/** Options of {@link percolationCurve}. */
export interface PercolationCurveOptions<EdgeAttributes extends Attributes = Attributes> {
  /**
   * Removal order: `'weakFirst'` (strength ascending), `'strongFirst'` (descending), `'overlapAsc'`
   * / `'overlapDesc'` (neighbourhood overlap), `'random'`. [`'weakFirst'`]
   */
  order?: PercolationOrder;
  /** Number of steps: the curve has `steps + 1` points, at removed fractions 0, 1/steps, …, 1. [20] */
  steps?: number;
  /** Seed (a safe integer) of the generator that breaks ties between equal keys; not with `rng`. [`DEFAULT_SEED` = 42] */
  seed?: number;
  /** The random generator (floats in [0, 1)) that breaks ties between equal keys; not with `seed`. [the seeded generator] */
  rng?: () => number;
  /** How to read a tie's strength (attribute name, getter, or `null` for unweighted). [`'weight'`] */
  getEdgeStrength?: EdgeValueGetter<EdgeAttributes>;
  /** Directed graphs: `'any'` ties i–j when i→j or j→i; `'mutual'` only when both exist. [`'any'`] */
  projection?: 'any' | 'mutual';
}

/** Defaults of {@link percolationCurve}. */
export const PERCOLATION_CURVE_DEFAULTS = Object.freeze({
  order: 'weakFirst' as PercolationOrder,
  steps: 20,
  seed: undefined as number | undefined,
  rng: undefined as (() => number) | undefined,
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
  projection: 'any' as 'any' | 'mutual',
});

/** One point of a {@link percolationCurve}. */
export interface PercolationPoint {
  /** The nominal fraction of ties removed, i / steps. */
  removedFraction: number;
  /** The ties actually removed, ⌊i·m / steps⌋. */
  removedTies: number;
  /** R_GC: people in the largest component / all people. */
  giantComponentFraction: number;
  /** S = Σ_{s < s_max} n_s s² / n: the mean size of the other components, which peaks at the transition. */
  susceptibility: number;
}

/**
 * The percolation test of Onnela et al. (2007): removes ties in order of strength (or of
 * neighbourhood overlap, or at random) and reports, after each fraction removed, the share of
 * people still in the largest component and the susceptibility.
 *
 * If weak ties are the bridges between tight-knit groups (Granovetter 1973), removing them first
 * breaks the network apart sooner, with a sharp transition (a susceptibility peak), than removing
 * the strong ties first, which only shrinks it gradually.
 *
 * Formula (plain text), after removing the first k_i = ⌊i·m / steps⌋ ties of the order, i = 0…steps:
 *
 *   R_GC = s_max / n                           s_max: size of the largest component
 *   S    = Σ_{s < s_max} n_s · s² / n          n_s: number of components of size s
 *   O_ij = n_ij / ((k_i − 1) + (k_j − 1) − n_ij)   neighbourhood overlap, for the 'overlap…' orders
 *
 * @remarks
 * - **Order and ties.** Ties are sorted by their key (strength, −strength, overlap or −overlap);
 *   ties with equal keys, common with integer interaction counts, are ordered by a seeded random
 *   permutation π = Fisher–Yates shuffle (`rng`) of the tie ids, taken in index order (by source id,
 *   then target id, ids in graph node order): t is removed before u when key(t) < key(u), or when
 *   the keys are equal and t precedes u in π. `'random'` removes in the order π. Same graph, same
 *   seed, same curve.
 * - Every component of the largest size is excluded from S (the literal Σ_{s < s_max}), so S = 0
 *   when all components have the same size, e.g. once every tie is removed.
 * - Invariants: R_GC(0) = largest component / n; R_GC(1) = 1/n; R_GC never increases.
 * - Computed in one pass with union–find, adding the ties back in reverse removal order (no
 *   components pass per step): O(m) for the order (a radix sort), O(m α(n)) for the sweep; the 'overlap…'
 *   orders add the O(m·√m) worst-case triangle listing.
 * - Reads tie **strengths** (`getEdgeStrength`). Parallel edges are merged (strengths summed),
 *   self-loops dropped. Directed graphs run on the undirected projection (`projection`; Onnela et
 *   al. kept only reciprocated calls, `'mutual'`), whose strength is a_ij + a_ji.
 * - An isolated dyad's overlap is 0/0; here it counts as 0 (its removal, like a local bridge's,
 *   separates its two ends). Isolates count in n.
 * - An empty graph gives `[]`; a graph without ties gives R_GC = 1/n and S = 0 at every step.
 * - No peer implements this; tests check a naive oracle (components recomputed per step) and a
 *   NetworkX reference using the same order.
 * - Counter-evidence: in co-authorship networks strong ties hold the network together (Pan &
 *   Saramäki 2012); run the test on your own data rather than assume the pattern.
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex}.
 * @param options The {@link PercolationCurveOptions}.
 * @returns `steps + 1` {@link PercolationPoint}s at removed fractions 0, 1/steps, …, 1 (`[]` for an empty graph).
 * @throws {@link InvalidGraphError} If `input` is neither a graph nor an index.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidWeightError} If a strength is zero, negative or not finite.
 * @throws {@link InvalidOptionError} If an option is invalid (unknown order, steps < 1, seed not a safe
 *   integer, seed and rng both given, …), `rng` returns a value outside [0, 1), or `getEdgeStrength`
 *   names an attribute that no edge carries.
 *
 * @example
 * // Two triangles joined by one weak tie: removing it first splits the network at once.
 * const g = new UndirectedGraph();
 * for (const [u, v, w] of [['a', 'b', 5], ['b', 'c', 5], ['a', 'c', 5], ['c', 'd', 1], ['d', 'e', 5], ['e', 'f', 5], ['d', 'f', 5]])
 *   g.mergeEdge(u, v, { weight: w });
 * percolationCurve(g, { order: 'weakFirst', steps: 7 })[1];
 * //=> { removedFraction: 0.14285714285714285, removedTies: 1, giantComponentFraction: 0.5, susceptibility: 0 }
 *
 * @see overlapStrengthCorrelation, classifyTies
 *
 * References
 * [1] Onnela, J.-P. et al. (2007). Structure and tie strengths in mobile communication networks. PNAS 104(18):7332–7336.
 * [2] Granovetter, M. S. (1973). The strength of weak ties. American Journal of Sociology 78(6):1360–1380.
 * [3] Pan, R. K., Saramäki, J. (2012). The strength of strong ties in scientific collaboration networks. EPL 97(1):18007.
 * [4] Newman, M. E. J., Ziff, R. M. (2000). Efficient Monte Carlo algorithm and high-precision results for percolation. PRL 85(19):4104–4107.
 */
export function percolationCurve<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: PercolationCurveOptions<EdgeAttributes>,
): PercolationPoint[] {
  assertGraphOrIndex(input, NAME);
  const opts = resolveOptions(NAME, PERCOLATION_CURVE_DEFAULTS, options as PercolationCurveOptions | undefined);
  assertEnum(NAME, 'order', opts.order, PERCOLATION_ORDERS);
  assertEnum(NAME, 'projection', opts.projection, ['any', 'mutual'] as const);
  assertInteger(NAME, 'steps', opts.steps, 1, 1e6);
  const rng = resolveRng(NAME, opts.seed, opts.rng);
  const index = toIndex(input as AbstractGraph | CsrIndex, options as PercolationCurveOptions | undefined, NAME);
  if (index.order === 0) return [];
  const ties = undirectedTies(index, opts.projection);
  const order = removalOrder(ties, opts.order, rng);
  const sweep = percolationSweep(index.order, ties.tieSources, ties.tieTargets, order, opts.steps);
  const points: PercolationPoint[] = new Array(opts.steps + 1);
  for (let i = 0; i <= opts.steps; i++) {
    points[i] = {
      removedFraction: i / opts.steps,
      removedTies: sweep.removedTies[i]!,
      giantComponentFraction: sweep.giant[i]!,
      susceptibility: sweep.susceptibility[i]!,
    };
  }
  return tidyResult('percolationCurve', points);
}

/**
 * @internal
 * The removal order of the ties (first removed first): by key, equal keys in the order of a
 * seeded shuffle π of the tie ids; `'random'` is π itself. Always draws m − 1 numbers from `rng`.
 */
export function removalOrder(ties: UndirectedTies, order: PercolationOrder, rng: () => number): Uint32Array {
  const m = ties.size;
  const shuffled = new Uint32Array(m);
  for (let t = 0; t < m; t++) shuffled[t] = t;
  shuffleInPlace(rng, shuffled);
  if (order === 'random') return shuffled;
  const keys = new Float64Array(m);
  if (order === 'weakFirst' || order === 'strongFirst') {
    const sign = order === 'weakFirst' ? 1 : -1;
    for (let t = 0; t < m; t++) keys[t] = sign * ties.tieStrengths[t]!;
  } else {
    const overlap = overlapFromCommon(ties, commonNeighborCounts(ties));
    const descending = order === 'overlapDesc';
    for (let t = 0; t < m; t++) {
      const o = Number.isNaN(overlap[t]!) ? 0 : overlap[t]!;
      keys[t] = descending ? 0 - o : o;
    }
  }
  return orderByKey(keys, shuffled);
}
