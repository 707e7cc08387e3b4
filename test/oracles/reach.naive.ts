/**
 * Naive oracles of the reach family (test-only): slow, obviously correct reference code for small
 * graphs. No queues, no stamps, no relabelling:
 *
 * - the merged simple graph is built from raw edges as tiestrength's index does (self-loops
 *   dropped, parallel edges' strengths summed);
 * - ties are kept by `via` on their merged strength (directed: the projected strength a_ij + a_ji)
 *   against a numeric threshold, as `strongTies: <number>` does;
 * - all-pairs distances by Floyd–Warshall (hops, or d = 1/strength);
 * - k-step reach, reach efficiency and distance-weighted reach straight from the distance matrix.
 */

/** Which ties paths may use. */
export type NaiveVia = 'any' | 'strong' | 'weak';

/** A search graph for the oracles: n nodes and arcs with a distance (both directions for an undirected tie). */
export interface NaiveReachGraph {
  n: number;
  /** Arcs [from, to, strength] of the direction searched. */
  arcs: [number, number, number][];
}

/**
 * The merged graph of `edges` over `nodes`, keeping the ties `via` allows (strong ⇔ merged,
 * or projected, strength ≥ `threshold`), with arcs reversed for `direction: 'in'` on directed graphs.
 */
export function naiveReachGraph(
  nodes: readonly string[],
  edges: readonly (readonly [string, string, number])[],
  directed: boolean,
  via: NaiveVia = 'any',
  threshold = Number.NaN,
  direction: 'out' | 'in' = 'out',
): NaiveReachGraph {
  const id = new Map(nodes.map((v, i) => [v, i]));
  const merged = new Map<string, [number, number, number]>();
  for (const [s, t, w] of edges) {
    let u = id.get(s)!;
    let v = id.get(t)!;
    if (u === v) continue;
    if (!directed && u > v) [u, v] = [v, u];
    const key = `${u},${v}`;
    const prev = merged.get(key);
    merged.set(key, [u, v, (prev ? prev[2] : 0) + w]);
  }
  const arcs: [number, number, number][] = [];
  for (const [u, v, s] of merged.values()) {
    const projected = directed ? s + (merged.get(`${v},${u}`)?.[2] ?? 0) : s;
    const strong = projected >= threshold;
    if ((via === 'strong' && !strong) || (via === 'weak' && strong)) continue;
    if (!directed) {
      arcs.push([u, v, s], [v, u, s]);
    } else if (direction === 'in') {
      arcs.push([v, u, s]);
    } else {
      arcs.push([u, v, s]);
    }
  }
  return { n: nodes.length, arcs };
}

/** All-pairs shortest distances (Floyd–Warshall): hops, or d = 1/strength with `inverse`. */
export function naiveDistances(g: NaiveReachGraph, inverse = false): number[][] {
  const { n } = g;
  const d = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : Infinity)));
  for (const [u, v, s] of g.arcs) {
    const w = inverse ? 1 / s : 1;
    if (w < d[u]![v]!) d[u]![v] = w;
  }
  for (let m = 0; m < n; m++) {
    for (let i = 0; i < n; i++) {
      const dim = d[i]![m]!;
      if (dim === Infinity) continue;
      for (let j = 0; j < n; j++) {
        const alt = dim + d[m]![j]!;
        if (alt < d[i]![j]!) d[i]![j] = alt;
      }
    }
  }
  return d;
}

/** |{ j ≠ i : d(i, j) ≤ k }| for every i, from hop distances. */
export function naiveReachCounts(g: NaiveReachGraph, k: number): number[] {
  const d = naiveDistances(g);
  return d.map((row, i) => row.filter((x, j) => j !== i && x <= k).length);
}

/** Number of contacts (out-neighbours of the search graph). */
export function naiveContacts(g: NaiveReachGraph): number[] {
  const sets = Array.from({ length: g.n }, () => new Set<number>());
  for (const [u, v] of g.arcs) sets[u]!.add(v);
  return sets.map((s) => s.size);
}

/** DR(i) = (1 + Σ_{j ≠ i} 1/d(i, j)) / n (hops, or d = 1/strength). */
export function naiveDistanceWeightedReach(g: NaiveReachGraph, inverse = false): number[] {
  const d = naiveDistances(g, inverse);
  return d.map((row, i) => (1 + row.reduce((acc, x, j) => (j !== i && x < Infinity ? acc + 1 / x : acc), 0)) / g.n);
}

/** DR(M) = (Σ_{j ∈ M} 1 + Σ_{j ∉ M} 1/d(M, j)) / n. */
export function naiveSetDistanceWeightedReach(g: NaiveReachGraph, members: readonly number[], inverse = false): number {
  const d = naiveDistances(g, inverse);
  let sum = 0;
  for (let j = 0; j < g.n; j++) {
    if (members.includes(j)) {
      sum += 1;
      continue;
    }
    let best = Infinity;
    for (const m of members) best = Math.min(best, d[m]![j]!);
    if (best < Infinity) sum += 1 / best;
  }
  return sum / g.n;
}
