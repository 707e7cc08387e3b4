/**
 * The two path orders of {@link yenPaths} (product and bottleneck), the label comparisons the
 * searches use under each, and the total order of whole paths. See core/yen.ts.
 *
 * @internal
 * @module
 */
import { PATH_EPSILON } from '../dijkstra.js';
import type { YenGraph } from './graph.js';

/** @internal Path order: minimise Σ cost (maximise the product of probabilities). */
export const YEN_PRODUCT = 0;
/** @internal Path order: maximise min width (the weakest link), then fewer hops, then Σ cost. */
export const YEN_BOTTLENECK = 1;

/** @internal One path found by {@link yenPaths}. */
export interface YenPath {
  /** Node ids, source first. */
  nodes: number[];
  /** Out-slot of each hop (length hops). */
  slots: number[];
  /** Σ cost, summed from the source. */
  cost: number;
  /** Number of hops. */
  hops: number;
  /** min width (`Infinity` for the zero-hop path). */
  bottleneck: number;
}

/** @internal */
export function tied(a: number, b: number, epsilon: number): boolean {
  return a === b || Math.abs(a - b) < epsilon * (a + b);
}

/** @internal Whether label (c1, h1) comes before (c2, h2): cost first (tolerant), then hops. */
export function costFirstLess(c1: number, h1: number, c2: number, h2: number, epsilon: number): boolean {
  if (!tied(c1, c2, epsilon)) return c1 < c2;
  return h1 < h2;
}

/** @internal Whether label (h1, c1) comes before (h2, c2): hops first, then cost (tolerant). */
export function hopsFirstLess(c1: number, h1: number, c2: number, h2: number, epsilon: number): boolean {
  if (h1 !== h2) return h1 < h2;
  return !tied(c1, c2, epsilon) && c1 < c2;
}

/**
 * @internal
 * Total order of paths of {@link yenPaths}: negative when `a` comes first.
 */
export function comparePaths(a: YenPath, b: YenPath, objective: number, epsilon = PATH_EPSILON): number {
  if (objective === YEN_BOTTLENECK) {
    if (a.bottleneck !== b.bottleneck) return a.bottleneck > b.bottleneck ? -1 : 1;
    if (a.hops !== b.hops) return a.hops - b.hops;
    if (!tied(a.cost, b.cost, epsilon)) return a.cost < b.cost ? -1 : 1;
  } else {
    if (!tied(a.cost, b.cost, epsilon)) return a.cost < b.cost ? -1 : 1;
    if (a.hops !== b.hops) return a.hops - b.hops;
  }
  const n = Math.min(a.nodes.length, b.nodes.length);
  for (let i = 0; i < n; i++) if (a.nodes[i] !== b.nodes[i]) return a.nodes[i]! - b.nodes[i]!;
  return a.nodes.length - b.nodes.length;
}

/** @internal Fills cost, hops and bottleneck of a path from its slots, summed from the source. */
export function finishPath(g: YenGraph, nodes: number[], slots: number[]): YenPath {
  let cost = 0;
  let bottleneck = Infinity;
  for (let i = 0; i < slots.length; i++) {
    cost += g.cost[slots[i]!]!;
    const w = g.width[slots[i]!]!;
    if (w < bottleneck) bottleneck = w;
  }
  return { nodes, slots, cost, hops: slots.length, bottleneck };
}
