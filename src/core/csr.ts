/**
 * The compressed sparse row (CSR) index every kernel runs on, and its construction from
 * plain edge arrays.
 *
 * Nodes get dense integer ids 0…n−1 (`keys[id]` is the node key). For node `u`, its
 * neighbours are `neighbors[offsets[u] … offsets[u+1])`, sorted by id, with the merged tie
 * strength in `strengths` at the same position. Undirected graphs store each tie in both
 * endpoints' lists; directed graphs store out-adjacency in `offsets/neighbors/strengths` and
 * in-adjacency in `inOffsets/inNeighbors/inStrengths`. Each adjacency slot also records the
 * id of its merged tie (`slotTies`), and ties are listed once in `tieSources/tieTargets/
 * tieStrengths` (undirected: source id < target id).
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { InvalidOptionError, InvalidWeightError, NodeNotFoundError, show } from '../errors.js';
import { setOwn } from '../options.js';

const BRAND = Symbol.for('tiestrength.CsrIndex');

/** How values of parallel edges (or repeated rows) are merged into one tie. */
export type MergeRule = 'sum' | 'max' | 'mean' | 'min';

/** Counts of what the index builder changed in the input. */
export interface CsrBuildStats {
  /** Self-loops dropped (they are not ties; docs/metrics.md). */
  selfLoopsDropped: number;
  /** Edges merged into an earlier edge between the same pair (parallel edges, repeated rows). */
  parallelEdgesMerged: number;
}

/**
 * A CSR index of a graph: dense ids, typed-array adjacency and merged tie strengths.
 * Build one with {@link buildIndex} (or `readTiesCsv(…, { as: 'index' })`) and pass it to
 * any metric instead of the graph to skip rebuilding it.
 */
export class CsrIndex {
  /** @internal */
  readonly [BRAND] = true;
  /** Whether ties are directed (arcs). */
  readonly directed: boolean;
  /** Whether strengths were read from the edges (`false` when `getEdgeStrength: null`). */
  readonly weighted: boolean;
  /** Number of nodes. */
  readonly order: number;
  /** Number of merged ties (an undirected tie counts once; a directed arc counts once). */
  readonly size: number;
  /** Node key of each dense id. */
  readonly keys: readonly string[];
  /** Out-adjacency (directed) or adjacency (undirected) offsets, length `order + 1`. */
  readonly offsets: Uint32Array;
  /** Neighbour ids, sorted within each node's range. */
  readonly neighbors: Uint32Array;
  /** Merged strength of the tie in each adjacency slot. */
  readonly strengths: Float64Array;
  /** Merged distance of the tie in each slot, when `getEdgeDistance` was given; otherwise `null`. */
  readonly distances: Float64Array | null;
  /** Tie id of each adjacency slot. */
  readonly slotTies: Uint32Array;
  /** In-adjacency offsets (directed); the same array as `offsets` for undirected graphs. */
  readonly inOffsets: Uint32Array;
  /** In-neighbour ids (directed); the same array as `neighbors` for undirected graphs. */
  readonly inNeighbors: Uint32Array;
  /** Strengths aligned with `inNeighbors`. */
  readonly inStrengths: Float64Array;
  /** Distances aligned with `inNeighbors`, or `null`. */
  readonly inDistances: Float64Array | null;
  /** Tie id of each in-adjacency slot. */
  readonly inSlotTies: Uint32Array;
  /** Source id of each tie (undirected: the smaller id). */
  readonly tieSources: Uint32Array;
  /** Target id of each tie. */
  readonly tieTargets: Uint32Array;
  /** Merged strength of each tie. */
  readonly tieStrengths: Float64Array;
  /** Merged distance of each tie, or `null`. */
  readonly tieDistances: Float64Array | null;
  /** What building the index dropped or merged. */
  readonly stats: Readonly<CsrBuildStats>;

  private readonly idOf: Map<string, number>;

  /** @internal Use {@link buildIndex} or `readTiesCsv(…, { as: 'index' })`. */
  constructor(parts: CsrParts) {
    this.directed = parts.directed;
    this.weighted = parts.weighted;
    this.keys = parts.keys;
    this.idOf = parts.idOf;
    this.order = parts.keys.length;
    this.size = parts.tieSources.length;
    this.offsets = parts.offsets;
    this.neighbors = parts.neighbors;
    this.strengths = parts.strengths;
    this.distances = parts.distances;
    this.slotTies = parts.slotTies;
    this.inOffsets = parts.inOffsets;
    this.inNeighbors = parts.inNeighbors;
    this.inStrengths = parts.inStrengths;
    this.inDistances = parts.inDistances;
    this.inSlotTies = parts.inSlotTies;
    this.tieSources = parts.tieSources;
    this.tieTargets = parts.tieTargets;
    this.tieStrengths = parts.tieStrengths;
    this.tieDistances = parts.tieDistances;
    this.stats = Object.freeze({ ...parts.stats });
  }

  /** Whether the node key is in the index. */
  has(node: string): boolean {
    return this.idOf.has(String(node));
  }

  /**
   * The dense id of a node key.
   *
   * @throws {@link NodeNotFoundError} If the node is not in the index.
   */
  id(node: string, prefix = 'tiestrength'): number {
    const id = this.idOf.get(String(node));
    if (id === undefined) {
      throw new NodeNotFoundError(`${prefix}: node ${show(String(node))} is not in the graph`, String(node));
    }
    return id;
  }

  /** Out-degree (directed) or degree (undirected): the number of distinct neighbours, self excluded. */
  degree(id: number): number {
    return this.offsets[id + 1]! - this.offsets[id]!;
  }

  /** In-degree (directed); equals {@link CsrIndex.degree} for undirected graphs. */
  inDegree(id: number): number {
    return this.inOffsets[id + 1]! - this.inOffsets[id]!;
  }

  /**
   * Maps a per-node array (indexed by dense id) back to `{ [nodeKey]: value }`.
   *
   * @throws {@link InvalidOptionError} If `values` does not have one entry per node.
   */
  collect(values: ArrayLike<number>): Record<string, number> {
    this.checkLength(values, 'collect');
    const out: Record<string, number> = {};
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) setOwn(out, keys[i]!, values[i]!);
    return out;
  }

  /**
   * Writes a per-node array (indexed by dense id) as a node attribute of `graph`.
   *
   * @throws {@link NodeNotFoundError} If a node of the index is not in `graph`.
   */
  assign<NodeAttributes extends Attributes>(
    graph: AbstractGraph<NodeAttributes>,
    attribute: string,
    values: ArrayLike<number>,
  ): void {
    this.checkLength(values, 'assign');
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) {
      if (!graph.hasNode(keys[i]!)) {
        throw new NodeNotFoundError(
          `tiestrength/assign: node ${show(keys[i])} of the index is not in the graph being written to`,
          keys[i]!,
        );
      }
    }
    graph.updateEachNodeAttributes((node, attributes) => {
      const id = this.idOf.get(node);
      if (id !== undefined) (attributes as Record<string, unknown>)[attribute] = values[id];
      return attributes;
    });
  }

  /**
   * @internal
   * A view of this index with the same topology and other values: every strength 1 (`'ones'`,
   * what `getEdgeStrength: null` asks of an index), every distance 1 (`'hops'`, what
   * `getEdgeDistance: null` asks), or the values kept. The topology arrays are shared, not copied.
   */
  withValues(strengths: 'keep' | 'ones', distances: 'keep' | 'hops'): CsrIndex {
    if (strengths === 'keep' && distances === 'keep') return this;
    const ones = (a: Float64Array) => new Float64Array(a.length).fill(1);
    const s = strengths === 'ones' ? ones(this.strengths) : this.strengths;
    const d = distances === 'hops' ? ones(this.strengths) : this.distances;
    const shared = this.inNeighbors === this.neighbors;
    return new CsrIndex({
      directed: this.directed,
      weighted: strengths === 'ones' ? false : this.weighted,
      keys: this.keys as string[],
      idOf: this.idOf,
      offsets: this.offsets,
      neighbors: this.neighbors,
      strengths: s,
      distances: d,
      slotTies: this.slotTies,
      inOffsets: this.inOffsets,
      inNeighbors: this.inNeighbors,
      inStrengths: strengths === 'ones' ? (shared ? s : ones(this.inStrengths)) : this.inStrengths,
      inDistances: distances === 'hops' ? (shared ? d : ones(this.inStrengths)) : this.inDistances,
      inSlotTies: this.inSlotTies,
      tieSources: this.tieSources,
      tieTargets: this.tieTargets,
      tieStrengths: strengths === 'ones' ? ones(this.tieStrengths) : this.tieStrengths,
      tieDistances: distances === 'hops' ? ones(this.tieStrengths) : this.tieDistances,
      stats: this.stats,
    });
  }

  private checkLength(values: ArrayLike<number>, method: 'collect' | 'assign'): void {
    if (!values || values.length !== this.order) {
      throw new InvalidOptionError(
        `tiestrength/CsrIndex.${method}: expected ${this.order} values (one per node), got ${values ? values.length : show(values)}`,
        'values',
      );
    }
  }
}

/** Whether `value` is a {@link CsrIndex} (works across ESM and CJS copies of the package). */
export function isCsrIndex(value: unknown): value is CsrIndex {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}

/** @internal The arrays a {@link CsrIndex} is made of. */
export interface CsrParts {
  directed: boolean;
  weighted: boolean;
  keys: string[];
  idOf: Map<string, number>;
  offsets: Uint32Array;
  neighbors: Uint32Array;
  strengths: Float64Array;
  distances: Float64Array | null;
  slotTies: Uint32Array;
  inOffsets: Uint32Array;
  inNeighbors: Uint32Array;
  inStrengths: Float64Array;
  inDistances: Float64Array | null;
  inSlotTies: Uint32Array;
  tieSources: Uint32Array;
  tieTargets: Uint32Array;
  tieStrengths: Float64Array;
  tieDistances: Float64Array | null;
  stats: CsrBuildStats;
}

/** @internal Edge arrays, one entry per input edge (self-loops allowed; they are dropped). The arrays are reused as scratch space. */
export interface EdgeArrays {
  directed: boolean;
  weighted: boolean;
  keys: string[];
  idOf: Map<string, number>;
  /** Number of edges used in the arrays below (they may be longer). */
  m: number;
  sources: Uint32Array;
  targets: Uint32Array;
  strengths: Float64Array;
  distances: Float64Array | null;
  /** How strengths of repeated pairs merge. */
  strengthRule: MergeRule;
}

/**
 * @internal
 * Builds a {@link CsrIndex} from edge arrays: drops self-loops, canonicalises undirected pairs,
 * merges repeated pairs (strengths by `strengthRule`, distances by minimum) and lays out sorted
 * adjacency. O(n + m) time: two stable counting-sort passes (by target, then by source) move the
 * edge records themselves, so every later pass reads memory in order.
 */
export function csrFromEdges(input: EdgeArrays): CsrIndex {
  const { directed, keys, idOf, sources: src, targets: tgt, strengths: str, distances: dist } = input;
  const n = keys.length;
  let selfLoops = 0;
  // Drop self-loops, canonicalise undirected pairs (smaller id first), count per target.
  const count = new Uint32Array(n + 1);
  let m = 0;
  for (let i = 0; i < input.m; i++) {
    let u = src[i]!;
    let v = tgt[i]!;
    if (u === v) {
      selfLoops++;
      continue;
    }
    if (!directed && u > v) {
      const w = u;
      u = v;
      v = w;
    }
    src[m] = u;
    tgt[m] = v;
    str[m] = str[i]!;
    if (dist) dist[m] = dist[i]!;
    count[v + 1]!++;
    m++;
  }
  // Pass 1: stable counting sort by target.
  for (let v = 0; v < n; v++) count[v + 1]! += count[v]!;
  const s1 = new Uint32Array(m);
  const t1 = new Uint32Array(m);
  const w1 = new Float64Array(m);
  const d1 = dist ? new Float64Array(m) : null;
  for (let i = 0; i < m; i++) {
    const p = count[tgt[i]!]!++;
    s1[p] = src[i]!;
    t1[p] = tgt[i]!;
    w1[p] = str[i]!;
    if (d1) d1[p] = dist![i]!;
  }
  // Pass 2: stable counting sort by source, back into the input arrays.
  count.fill(0);
  for (let i = 0; i < m; i++) count[s1[i]! + 1]!++;
  for (let v = 0; v < n; v++) count[v + 1]! += count[v]!;
  for (let i = 0; i < m; i++) {
    const p = count[s1[i]!]!++;
    src[p] = s1[i]!;
    tgt[p] = t1[i]!;
    str[p] = w1[i]!;
    if (dist) dist[p] = d1![i]!;
  }

  // Merge runs of equal pairs into ties.
  const tieSources = new Uint32Array(m);
  const tieTargets = new Uint32Array(m);
  const tieStrengths = new Float64Array(m);
  const tieDistances = dist ? new Float64Array(m) : null;
  const rule = input.strengthRule;
  let ties = 0;
  let merged = 0;
  for (let k = 0; k < m; ) {
    const u = src[k]!;
    const v = tgt[k]!;
    let s = str[k]!;
    let d = dist ? dist[k]! : 0;
    let j = k + 1;
    for (; j < m && src[j] === u && tgt[j] === v; j++) {
      const se = str[j]!;
      if (rule === 'max') s = se > s ? se : s;
      else if (rule === 'min') s = se < s ? se : s;
      else s += se;
      if (dist && dist[j]! < d) d = dist[j]!;
    }
    const run = j - k;
    if (run > 1) {
      if (rule === 'mean') s /= run;
      if (s === Infinity) {
        throw new InvalidWeightError(
          `tiestrength/buildIndex: the merged strength of the ${run} edges between ${show(keys[u])} and ${show(keys[v])} overflows to Infinity`,
          { source: keys[u], target: keys[v], value: s },
        );
      }
      merged += run - 1;
    }
    tieSources[ties] = u;
    tieTargets[ties] = v;
    tieStrengths[ties] = s;
    if (tieDistances) tieDistances[ties] = d;
    ties++;
    k = j;
  }

  const T = ties;
  const tSrc = tieSources.slice(0, T);
  const tTgt = tieTargets.slice(0, T);
  const tStr = tieStrengths.slice(0, T);
  const tDist = tieDistances ? tieDistances.slice(0, T) : null;
  const stats = { selfLoopsDropped: selfLoops, parallelEdgesMerged: merged };

  if (!directed) {
    // Ties are sorted by (u, v) with u < v; appending v to u and u to v in that order yields
    // sorted lists: a node's smaller neighbours arrive first (ascending), then its larger ones.
    const adj = layout(n, T, tSrc, tTgt, tStr, tDist, true);
    return new CsrIndex({
      directed,
      weighted: input.weighted,
      keys,
      idOf,
      ...adj,
      inOffsets: adj.offsets,
      inNeighbors: adj.neighbors,
      inStrengths: adj.strengths,
      inDistances: adj.distances,
      inSlotTies: adj.slotTies,
      tieSources: tSrc,
      tieTargets: tTgt,
      tieStrengths: tStr,
      tieDistances: tDist,
      stats,
    });
  }
  const out = layout(n, T, tSrc, tTgt, tStr, tDist, false);
  const inn = layout(n, T, tTgt, tSrc, tStr, tDist, false);
  return new CsrIndex({
    directed,
    weighted: input.weighted,
    keys,
    idOf,
    ...out,
    inOffsets: inn.offsets,
    inNeighbors: inn.neighbors,
    inStrengths: inn.strengths,
    inDistances: inn.distances,
    inSlotTies: inn.slotTies,
    tieSources: tSrc,
    tieTargets: tTgt,
    tieStrengths: tStr,
    tieDistances: tDist,
    stats,
  });
}

/**
 * @internal
 * Lays ties out as adjacency lists keyed by `from` (and by `to` as well when `both`).
 * Ties must be sorted by (from, to) for the lists to come out sorted; for the in-adjacency of a
 * directed graph (from = targets), ties sorted by (source, target) give lists sorted by source.
 */
function layout(
  n: number,
  T: number,
  from: Uint32Array,
  to: Uint32Array,
  str: Float64Array,
  dist: Float64Array | null,
  both: boolean,
) {
  const offsets = new Uint32Array(n + 1);
  for (let t = 0; t < T; t++) {
    offsets[from[t]! + 1]!++;
    if (both) offsets[to[t]! + 1]!++;
  }
  for (let v = 0; v < n; v++) offsets[v + 1]! += offsets[v]!;
  const slots = offsets[n]!;
  const neighbors = new Uint32Array(slots);
  const strengths = new Float64Array(slots);
  const distances = dist ? new Float64Array(slots) : null;
  const slotTies = new Uint32Array(slots);
  const cursor = offsets.slice(0, n);
  for (let t = 0; t < T; t++) {
    const u = from[t]!;
    const v = to[t]!;
    let p = cursor[u]!++;
    neighbors[p] = v;
    strengths[p] = str[t]!;
    if (distances) distances[p] = dist![t]!;
    slotTies[p] = t;
    if (both) {
      p = cursor[v]!++;
      neighbors[p] = u;
      strengths[p] = str[t]!;
      if (distances) distances[p] = dist![t]!;
      slotTies[p] = t;
    }
  }
  return { offsets, neighbors, strengths, distances, slotTies };
}

/**
 * @internal
 * The tie id of the pair a → b (a – b when undirected) in sorted adjacency lists, such as a
 * {@link CsrIndex} or an undirected projection: a binary search in a's list. −1 when a = b or the
 * pair is not a tie.
 */
export function tieOfPair(
  adjacency: { readonly offsets: Uint32Array; readonly neighbors: Uint32Array; readonly slotTies: Uint32Array },
  a: number,
  b: number,
): number {
  if (a === b) return -1;
  const { offsets, neighbors } = adjacency;
  let lo = offsets[a]!;
  const end = offsets[a + 1]!;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (neighbors[mid]! < b) lo = mid + 1;
    else hi = mid;
  }
  return lo < end && neighbors[lo] === b ? adjacency.slotTies[lo]! : -1;
}
