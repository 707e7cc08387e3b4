/**
 * tieChurn: how ties changed between two snapshots of a network (formed, dissolved, strengthened,
 * weakened, unchanged), and whether the bridges decayed first (Burt 2002).
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { toIndex } from '../core/build-index.js';
import { csrFromEdges, type CsrIndex } from '../core/csr.js';
import { commonNeighborCounts } from '../core/overlap.js';
import { undirectedTies, type Projection, type UndirectedTies } from '../core/undirected-ties.js';
import { GraphTypeNotSupportedError, InvalidOptionError, show } from '../errors.js';
import { assertGraphOrIndex } from '../guards.js';
import { assertEnum, resolveOptions, type EdgeValueGetter } from '../options.js';
import { remap } from './combine-relations.js';
import { tidyResult } from '../tidy/brand.js';

const NAME = 'tiestrength/ties/tieChurn';

/** How a change of strength is measured against `minChange`. */
export type TieChangeMeasure = 'absolute' | 'relative';

const MEASURES: readonly TieChangeMeasure[] = ['absolute', 'relative'];
const PROJECTIONS: readonly Projection[] = ['any', 'mutual'];

/** Options of {@link tieChurn}. */
export interface TieChurnOptions<EdgeAttributes extends Attributes = Attributes> {
  /**
   * The smallest change reported: a tie present in both snapshots is strengthened when its change
   * exceeds `minChange`, weakened when it falls below −`minChange`, and unchanged otherwise. A
   * finite number ≥ 0. [`0`]
   */
  minChange?: number;
  /** The change compared with `minChange`: Δ = s_after − s_before (`'absolute'`), or Δ / s_before (`'relative'`). [`'absolute'`] */
  change?: TieChangeMeasure;
  /** How to read a tie's strength in both snapshots: an attribute name (missing reads as 1), a getter, or `null` for unweighted. [`'weight'`] */
  getEdgeStrength?: EdgeValueGetter<EdgeAttributes>;
  /** How directed snapshots are projected to undirected ties: `'any'` arc, or `'mutual'` (both arcs) only. [`'any'`] */
  projection?: Projection;
}

/** Defaults of {@link tieChurn}. */
export const TIE_CHURN_DEFAULTS = Object.freeze({
  minChange: 0,
  change: 'absolute' as TieChangeMeasure,
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
  projection: 'any' as Projection,
});

/** One tie's change between the two snapshots. */
export interface TieChange {
  /** One endpoint's node key (ties are undirected: the order carries no meaning). */
  source: string;
  /** The other endpoint's node key. */
  target: string;
  /** Strength before (0 for a formed tie). */
  before: number;
  /** Strength after (0 for a dissolved tie). */
  after: number;
  /** after − before. */
  delta: number;
  /** Whether the tie was a local bridge before (no common neighbour in `before`); `false` for formed ties. */
  wasBridge: boolean;
}

/** Counts of {@link TieChurn}. */
export interface TieChurnCounts {
  /** Ties in `before`. */
  before: number;
  /** Ties in `after`. */
  after: number;
  /** Ties in `after` only. */
  formed: number;
  /** Ties in `before` only. */
  dissolved: number;
  /** Ties in both whose change exceeds minChange. */
  strengthened: number;
  /** Ties in both whose change is below −minChange. */
  weakened: number;
  /** Ties in both whose change is within ±minChange. */
  unchanged: number;
  /** Ties of `before` that were local bridges there (no common neighbour). */
  bridgesBefore: number;
  /** Local bridges of `before` that dissolved or weakened. */
  bridgesLost: number;
}

/** The result of {@link tieChurn}. */
export interface TieChurn {
  /** How many ties fall in each class. */
  counts: TieChurnCounts;
  /** Ties in `after` only, strongest first. */
  formed: TieChange[];
  /** Ties in `before` only, strongest (before) first. */
  dissolved: TieChange[];
  /** Ties that grew by more than minChange, largest |Δ| first. */
  strengthened: TieChange[];
  /** Ties that fell by more than minChange, largest |Δ| first. */
  weakened: TieChange[];
  /** Ties in both snapshots whose change is within minChange, largest |Δ| first. */
  unchanged: TieChange[];
  /** Local bridges of `before` that dissolved or weakened (Burt's bridge decay), largest |Δ| first. */
  bridgesLost: TieChange[];
  /** bridgesLost / bridgesBefore: the share of bridges that decayed; `NaN` with no bridges before. */
  bridgeDecay: number;
  /** The same share among the other ties of `before` (those with a common neighbour); `NaN` with none. */
  otherDecay: number;
}

/**
 * Tie churn between two snapshots of a network (for example two windows of one interaction log):
 * which ties formed, dissolved, strengthened or weakened, and which of the bridges of the first
 * snapshot were lost. Burt (2002) found that bridges decay far faster than other ties ("nine in
 * ten bridges this year are gone next year"); `bridgeDecay` against `otherDecay` tests that on
 * your own data.
 *
 * Formula (plain text, so it renders in IDE hovers):
 *
 *   formed        s_before = 0 < s_after           dissolved     s_before > 0 = s_after
 *   Δ = s_after − s_before ('absolute')  or  Δ = (s_after − s_before) / s_before ('relative')
 *   strengthened  Δ > θ        weakened  Δ < −θ        unchanged  |Δ| ≤ θ       θ = minChange
 *   local bridge (before)      N_before(i) ∩ N_before(j) = ∅
 *   bridgesLost   local bridges of `before` that dissolved or weakened
 *   bridgeDecay   = bridgesLost / bridgesBefore
 *   otherDecay    = (non-bridge ties of `before` dissolved or weakened) / (non-bridge ties of `before`)
 *
 * @remarks
 * - Reads tie **strengths** (`getEdgeStrength`) in both snapshots, never distances. Compare like
 *   with like: `tiesFromInteractions` rescales its composite `weight` within each window, so for
 *   churn between windows read a raw indicator (e.g. `getEdgeStrength: 'interactions'`), or build
 *   both windows with `scaling: 'none'`.
 * - Ties are compared as undirected pairs (tie-level structure, docs/metrics.md): a directed
 *   snapshot is projected (`projection`, strength a_ij + a_ji). Both snapshots must have the same
 *   direction. Parallel edges are merged (strengths summed), self-loops dropped.
 * - Nodes are matched by key; a person in one snapshot only simply has ties in that one only.
 * - Local bridges are computed in `before` with the common-neighbour counts of the overlap kernel;
 *   as in NetworkX's `local_bridges`, a pendant tie and an isolated dyad are local bridges.
 * - With `minChange: 0` (default) any change of strength counts, so floating-point noise can
 *   classify a tie as strengthened or weakened; use a small `minChange` for computed strengths.
 * - Lists: `source`/`target` follow the node order of `before` then new nodes of `after`; each list
 *   is sorted by decreasing |Δ|, ties of equal |Δ| in pair order.
 * - Empty snapshots give zero counts, empty lists and `NaN` decay shares.
 * - Complexity: O(n + m√m) (the common-neighbour count), O(n + m) memory.
 *
 * @param before The earlier snapshot: a graphology graph or a {@link CsrIndex}.
 * @param after The later snapshot: a graphology graph or a {@link CsrIndex}.
 * @param options The {@link TieChurnOptions}.
 * @returns The {@link TieChurn}: counts, lists and decay shares.
 * @throws {@link InvalidGraphError} If `before` or `after` is neither a graphology graph nor a CsrIndex.
 * @throws {@link GraphTypeNotSupportedError} If a graph mixes directed and undirected edges, or one snapshot is directed and the other not.
 * @throws {@link InvalidWeightError} If a strength is zero, negative, NaN, infinite or not a number.
 * @throws {@link InvalidOptionError} If `minChange` is not a finite number ≥ 0, another option is
 *   unknown or invalid, `getEdgeStrength` names an attribute that no edge of a snapshot carries, or
 *   `getEdgeStrength` is an attribute or getter with an index.
 *
 * @example
 * const before = new UndirectedGraph();
 * before.mergeEdge('a', 'b', { weight: 3 }); // a–b–c is a triangle; c–d is a local bridge
 * before.mergeEdge('b', 'c', { weight: 2 });
 * before.mergeEdge('a', 'c', { weight: 1 });
 * before.mergeEdge('c', 'd', { weight: 4 });
 * const after = new UndirectedGraph();
 * after.mergeEdge('a', 'b', { weight: 5 });
 * after.mergeEdge('b', 'c', { weight: 2 });
 * after.mergeEdge('c', 'd', { weight: 1 });
 * after.mergeEdge('d', 'e', { weight: 2 });
 * const churn = tieChurn(before, after);
 * churn.counts;
 * //=> { before: 4, after: 4, formed: 1, dissolved: 1, strengthened: 1, weakened: 1, unchanged: 1, bridgesBefore: 1, bridgesLost: 1 }
 * churn.bridgesLost;
 * //=> [{ source: 'c', target: 'd', before: 4, after: 1, delta: -3, wasBridge: true }]
 * [churn.bridgeDecay, churn.otherDecay]; //=> [1, 0.3333333333333333]
 *
 * @see tiesFromInteractions
 *
 * References
 * [1] Burt, R. S. (2002). Bridge decay. Social Networks 24(4):333–363.
 * [2] Granovetter, M. S. (1973). The strength of weak ties. American Journal of Sociology 78(6):1360–1380.
 */
export function tieChurn<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  before: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  after: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: TieChurnOptions<EdgeAttributes>,
): TieChurn {
  assertGraphOrIndex(before, `${NAME} (before)`);
  assertGraphOrIndex(after, `${NAME} (after)`);
  const opts = resolveOptions(NAME, TIE_CHURN_DEFAULTS, options as TieChurnOptions | undefined);
  const minChange = opts.minChange;
  if (typeof minChange !== 'number' || !(minChange >= 0 && minChange < Infinity)) {
    throw new InvalidOptionError(`${NAME}: option minChange must be a finite number ≥ 0; got ${show(minChange)}`, 'minChange');
  }
  assertEnum(NAME, 'change', opts.change, MEASURES);
  assertEnum(NAME, 'projection', opts.projection, PROJECTIONS);
  const strengthOption = options === undefined ? undefined : { getEdgeStrength: options.getEdgeStrength };
  const indexBefore = toIndex(before as AbstractGraph | CsrIndex, strengthOption as { getEdgeStrength?: EdgeValueGetter }, `${NAME} (before)`);
  const indexAfter = toIndex(after as AbstractGraph | CsrIndex, strengthOption as { getEdgeStrength?: EdgeValueGetter }, `${NAME} (after)`);
  if (indexBefore.directed !== indexAfter.directed) {
    throw new GraphTypeNotSupportedError(
      `${NAME}: before is ${indexBefore.directed ? 'directed' : 'undirected'} but after is ${indexAfter.directed ? 'directed' : 'undirected'}; ` +
        'compare snapshots built the same way',
      'mixed',
    );
  }
  const tiesBefore = undirectedTies(indexBefore, opts.projection);
  const { keys, tiesAfter } = afterInBeforeIds(indexBefore.keys, tiesBefore.order, indexAfter, opts.projection);
  const common = commonNeighborCounts(tiesBefore);
  return tidyResult('tieChurn', churnKernel(keys, tiesBefore, common, tiesAfter, minChange, opts.change === 'relative'));
}

/** Undirected ties as a sorted list (source < target, ordered by (source, target)). */
type TieList = Pick<UndirectedTies, 'size' | 'tieSources' | 'tieTargets' | 'tieStrengths'>;

/**
 * The after snapshot's undirected ties renumbered into the union of node keys (before's ids first,
 * then after's new keys), sorted by (source, target) with source < target like before's ties.
 */
function afterInBeforeIds(
  beforeKeys: readonly string[],
  beforeOrder: number,
  indexAfter: CsrIndex,
  projection: Projection,
): { keys: string[]; tiesAfter: TieList } {
  const keys = beforeKeys.slice();
  const idOf = new Map<string, number>();
  for (let v = 0; v < beforeOrder; v++) idOf.set(keys[v]!, v);
  const ties = undirectedTies(indexAfter, projection);
  const globalId = new Uint32Array(indexAfter.order);
  for (let v = 0; v < indexAfter.order; v++) {
    const key = indexAfter.keys[v]!;
    let id = idOf.get(key);
    if (id === undefined) {
      id = keys.length;
      idOf.set(key, id);
      keys.push(key);
    }
    globalId[v] = id;
  }
  const m = ties.size;
  // An increasing renumbering keeps the (source, target) order: no re-sort needed.
  let increasing = true;
  for (let v = 1; v < indexAfter.order && increasing; v++) increasing = globalId[v]! > globalId[v - 1]!;
  if (increasing) {
    const sources = remap(ties.tieSources, globalId);
    const targets = remap(ties.tieTargets, globalId);
    return { keys, tiesAfter: { size: m, tieSources: sources, tieTargets: targets, tieStrengths: ties.tieStrengths } };
  }
  const renumbered = csrFromEdges({
    directed: false,
    weighted: true,
    keys,
    idOf,
    m,
    sources: remap(ties.tieSources, globalId),
    targets: remap(ties.tieTargets, globalId),
    strengths: Float64Array.from(ties.tieStrengths),
    distances: null,
    strengthRule: 'sum',
  });
  return { keys, tiesAfter: undirectedTies(renumbered) };
}

const FORMED = 0;
const DISSOLVED = 1;
const STRENGTHENED = 2;
const WEAKENED = 3;
const UNCHANGED = 4;

/**
 * @internal
 * Merges the two sorted tie lists (both in union ids, source < target, ordered by (source,
 * target)) and classifies every pair.
 */
function churnKernel(
  keys: string[],
  before: UndirectedTies,
  common: Uint32Array,
  after: TieList,
  minChange: number,
  relative: boolean,
): TieChurn {
  const lists: TieChange[][] = [[], [], [], [], []];
  const bridgesLost: TieChange[] = [];
  let bridgesBefore = 0;
  let othersLost = 0;
  const mb = before.size;
  const ma = after.size;
  const { tieSources: bs, tieTargets: bt, tieStrengths: bw } = before;
  const { tieSources: as, tieTargets: at, tieStrengths: aw } = after;
  let i = 0;
  let j = 0;
  while (i < mb || j < ma) {
    let order: number;
    if (i >= mb) order = 1;
    else if (j >= ma) order = -1;
    else order = bs[i]! !== as[j]! ? bs[i]! - as[j]! : bt[i]! - at[j]!;
    let kind: number;
    let change: TieChange;
    if (order > 0) {
      change = { source: keys[as[j]!]!, target: keys[at[j]!]!, before: 0, after: aw[j]!, delta: aw[j]!, wasBridge: false };
      lists[FORMED]!.push(change);
      j++;
      continue;
    }
    const wasBridge = common[i] === 0;
    if (wasBridge) bridgesBefore++;
    if (order < 0) {
      kind = DISSOLVED;
      change = { source: keys[bs[i]!]!, target: keys[bt[i]!]!, before: bw[i]!, after: 0, delta: -bw[i]!, wasBridge };
      i++;
    } else {
      const delta = aw[j]! - bw[i]!;
      const measured = relative ? delta / bw[i]! : delta;
      kind = measured > minChange ? STRENGTHENED : measured < -minChange ? WEAKENED : UNCHANGED;
      change = { source: keys[bs[i]!]!, target: keys[bt[i]!]!, before: bw[i]!, after: aw[j]!, delta, wasBridge };
      i++;
      j++;
    }
    lists[kind]!.push(change);
    if (kind === DISSOLVED || kind === WEAKENED) {
      if (wasBridge) bridgesLost.push(change);
      else othersLost++;
    }
  }
  const byChange = (a: TieChange, b: TieChange) => Math.abs(b.delta) - Math.abs(a.delta);
  for (const list of lists) list.sort(byChange);
  bridgesLost.sort(byChange);
  const others = mb - bridgesBefore;
  return {
    counts: {
      before: mb,
      after: ma,
      formed: lists[FORMED]!.length,
      dissolved: lists[DISSOLVED]!.length,
      strengthened: lists[STRENGTHENED]!.length,
      weakened: lists[WEAKENED]!.length,
      unchanged: lists[UNCHANGED]!.length,
      bridgesBefore,
      bridgesLost: bridgesLost.length,
    },
    formed: lists[FORMED]!,
    dissolved: lists[DISSOLVED]!,
    strengthened: lists[STRENGTHENED]!,
    weakened: lists[WEAKENED]!,
    unchanged: lists[UNCHANGED]!,
    bridgesLost,
    bridgeDecay: bridgesBefore === 0 ? Number.NaN : bridgesLost.length / bridgesBefore,
    otherDecay: others === 0 ? Number.NaN : othersLost / others,
  };
}
