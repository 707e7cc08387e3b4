/**
 * The undirected simple graph a tie-level measure runs on (docs/metrics.md): for an undirected
 * index, the index's own arrays (no copy); for a directed index, its undirected projection.
 *
 * Projection of a directed index:
 * - `'any'` (default): i and j are tied when i→j or j→i exists;
 * - `'mutual'`: only when both arcs exist (reciprocated ties, as Onnela et al. 2007 did);
 * - the projected tie's strength is a_ij + a_ji (an absent arc counts 0).
 *
 * Layout, as in {@link CsrIndex}: sorted adjacency lists with a tie id per slot, and each tie
 * listed once with source id < target id, ties ordered by (source, target).
 *
 * @internal
 * @module
 */
import type { CsrIndex } from './csr.js';
import { mergeNeighbors } from './merge-neighbors.js';

/** How a directed index is projected to undirected ties: `'any'` (i→j or j→i) or `'mutual'` (both arcs). */
export type Projection = 'any' | 'mutual';

/** @internal An undirected simple graph in CSR form (see the module comment). */
export interface UndirectedTies {
  /** Number of nodes (the index's dense ids). */
  order: number;
  /** Number of undirected ties. */
  size: number;
  /** Adjacency offsets, length `order + 1`. */
  offsets: Uint32Array;
  /** Neighbour ids, sorted within each node's range. */
  neighbors: Uint32Array;
  /** Strength of the tie in each slot. */
  strengths: Float64Array;
  /** Tie id of each slot. */
  slotTies: Uint32Array;
  /** Smaller endpoint of each tie. */
  tieSources: Uint32Array;
  /** Larger endpoint of each tie. */
  tieTargets: Uint32Array;
  /** Strength of each tie. */
  tieStrengths: Float64Array;
}

/**
 * @internal
 * The undirected ties of an index: the index itself when undirected, else its projection.
 * O(n + m) time and memory.
 */
export function undirectedTies(index: CsrIndex, projection: Projection = 'any'): UndirectedTies {
  if (!index.directed) {
    return {
      order: index.order,
      size: index.size,
      offsets: index.offsets,
      neighbors: index.neighbors,
      strengths: index.strengths,
      slotTies: index.slotTies,
      tieSources: index.tieSources,
      tieTargets: index.tieTargets,
      tieStrengths: index.tieStrengths,
    };
  }
  const n = index.order;
  // Passes 1 and 2: each node's merged sorted out- and in-lists, with a_ij + a_ji.
  const { offsets, neighbors, strengths } = mergeNeighbors(index, projection === 'mutual');
  const slots = offsets[n]!;

  // Pass 3: tie ids in (source, target) order, source < target. Visiting u in ascending order,
  // the slot of u in a larger neighbour v's list is the next unclaimed one among v's smaller
  // neighbours (they come first in v's sorted list, in ascending order too).
  const size = slots / 2;
  const tieSources = new Uint32Array(size);
  const tieTargets = new Uint32Array(size);
  const tieStrengths = new Float64Array(size);
  const slotTies = new Uint32Array(slots);
  const cursor = offsets.slice(0, n);
  let t = 0;
  for (let u = 0; u < n; u++) {
    const end = offsets[u + 1]!;
    for (let p = offsets[u]!; p < end; p++) {
      const v = neighbors[p]!;
      if (v < u) continue;
      tieSources[t] = u;
      tieTargets[t] = v;
      tieStrengths[t] = strengths[p]!;
      slotTies[p] = t;
      slotTies[cursor[v]!++] = t;
      t++;
    }
  }
  return { order: n, size, offsets, neighbors, strengths, slotTies, tieSources, tieTargets, tieStrengths };
}
