/**
 * Naive oracle of percolationCurve: the removal order built with a comparator sort, and the
 * components recomputed from scratch (breadth-first search over the remaining ties) after every
 * step. O(steps · (n + m)) plus an O(n²·m) projection: only for the small graphs of property tests.
 *
 * Order convention (the one percolationCurve documents): π = the library's Fisher–Yates shuffle
 * (`shuffleInPlace(rng, [0 … m−1])`) of the tie ids in index order; t is removed before u when
 * key(t) < key(u), or the keys are equal and t comes first in π. 'random' removes in π's order.
 */
import { createRng, shuffleInPlace } from '../../src/core/random.js';
import type { AdjacencyInput } from './adjacency.naive.js';
import { naiveTies, type NaiveTie } from './groups.naive.js';

/** One point of the naive curve. */
export interface NaivePoint {
  removedFraction: number;
  removedTies: number;
  giantComponentFraction: number;
  susceptibility: number;
}

/** The removal order: tie positions (in {@link naiveTies} order), first removed first. */
export function naiveRemovalOrder(ties: readonly NaiveTie[], order: string, rng: () => number): number[] {
  const pi = shuffleInPlace(rng, ties.map((_, t) => t));
  if (order === 'random') return pi;
  const position = new Map(pi.map((t, p) => [t, p]));
  const key = (t: number): number => {
    const tie = ties[t]!;
    const overlap = Number.isNaN(tie.overlap) ? 0 : tie.overlap;
    switch (order) {
      case 'weakFirst':
        return tie.strength;
      case 'strongFirst':
        return -tie.strength;
      case 'overlapAsc':
        return overlap;
      default:
        return -overlap;
    }
  };
  return pi.slice().sort((a, b) => key(a) - key(b) || position.get(a)! - position.get(b)!);
}

/** Sizes of the connected components of `nodes` joined by `edges`, by breadth-first search. */
export function componentSizes(nodes: readonly string[], edges: readonly (readonly [string, string])[]): number[] {
  const adjacency = new Map<string, string[]>(nodes.map((v) => [v, []]));
  for (const [u, v] of edges) {
    adjacency.get(u)!.push(v);
    adjacency.get(v)!.push(u);
  }
  const seen = new Set<string>();
  const sizes: number[] = [];
  for (const start of nodes) {
    if (seen.has(start)) continue;
    seen.add(start);
    const queue = [start];
    for (let head = 0; head < queue.length; head++) {
      for (const w of adjacency.get(queue[head]!)!) {
        if (!seen.has(w)) {
          seen.add(w);
          queue.push(w);
        }
      }
    }
    sizes.push(queue.length);
  }
  return sizes;
}

/** The percolation curve of a graph description, the slow way. */
export function naivePercolation(
  desc: AdjacencyInput,
  options: { order: string; steps: number; seed: number; projection?: 'any' | 'mutual' },
): NaivePoint[] {
  const n = desc.nodes.length;
  if (n === 0) return [];
  const ties = naiveTies(desc, options.projection === 'mutual');
  const removal = naiveRemovalOrder(ties, options.order, createRng(options.seed));
  const m = ties.length;
  const points: NaivePoint[] = [];
  for (let i = 0; i <= options.steps; i++) {
    const k = Math.floor((i * m) / options.steps);
    const remaining = removal.slice(k).map((t) => [ties[t]!.source, ties[t]!.target] as const);
    const sizes = componentSizes(desc.nodes, remaining);
    const largest = Math.max(...sizes);
    let sum = 0;
    for (const s of sizes) if (s < largest) sum += s * s;
    points.push({ removedFraction: i / options.steps, removedTies: k, giantComponentFraction: largest / n, susceptibility: sum / n });
  }
  return points;
}
