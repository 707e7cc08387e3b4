/**
 * Slow, obviously correct reference code for the structural tie measures (STYLE.md §9, layer 4),
 * on plain {@link GraphDesc} data: the undirected projection as a Map of Maps, common neighbours
 * by set intersection, spans by removing the tie and running an O(n²) array Dijkstra, bridges by
 * removing the tie and testing reachability. Test-only.
 */
import type { GraphDesc } from '../arbitraries.js';

/** One undirected tie of the projection: ends in node order, merged strength, merged distance. */
export interface NaiveTie {
  source: string;
  target: string;
  strength: number;
  /** Min over the merged edges of `weight` read as a distance. */
  weightDistance: number;
}

/** The merged undirected simple graph of a description (METRICS.md §1.3). */
export interface NaiveGraph {
  nodes: string[];
  adjacency: Map<string, Map<string, NaiveTie>>;
  ties: NaiveTie[];
}

/** Projects and merges: self-loops dropped, parallel edges summed, directed graphs 'any' or 'mutual'. */
export function naiveGraph(desc: GraphDesc, projection: 'any' | 'mutual' = 'any'): NaiveGraph {
  const position = new Map(desc.nodes.map((node, i) => [node, i]));
  // Arcs (directed) or unordered pairs (undirected), merged.
  const arcs = new Map<string, { s: number; d: number }>();
  const key = (a: string, b: string) => JSON.stringify([a, b]);
  for (const [u, v, w] of desc.edges) {
    if (u === v) continue;
    const [a, b] = desc.directed || position.get(u)! < position.get(v)! ? [u, v] : [v, u];
    const k = key(a, b);
    const old = arcs.get(k);
    if (old) arcs.set(k, { s: old.s + w, d: Math.min(old.d, w) });
    else arcs.set(k, { s: w, d: w });
  }
  const adjacency = new Map<string, Map<string, NaiveTie>>(desc.nodes.map((node) => [node, new Map()]));
  const ties: NaiveTie[] = [];
  for (const [k, value] of arcs) {
    const [a, b] = JSON.parse(k) as [string, string];
    const [source, target] = position.get(a)! < position.get(b)! ? [a, b] : [b, a];
    if (adjacency.get(source)!.has(target)) continue;
    let strength = value.s;
    let weightDistance = value.d;
    if (desc.directed) {
      const back = arcs.get(key(b, a));
      if (projection === 'mutual' && back === undefined) continue;
      if (back) {
        strength += back.s;
        weightDistance = Math.min(weightDistance, back.d);
      }
    }
    const tie = { source, target, strength, weightDistance };
    adjacency.get(source)!.set(target, tie);
    adjacency.get(target)!.set(source, tie);
    ties.push(tie);
  }
  ties.sort((x, y) => position.get(x.source)! - position.get(y.source)! || position.get(x.target)! - position.get(y.target)!);
  return { nodes: desc.nodes, adjacency, ties };
}

/** |N(i) ∩ N(j)|. */
export function naiveCommon(g: NaiveGraph, i: string, j: string): number {
  let count = 0;
  for (const k of g.adjacency.get(i)!.keys()) if (g.adjacency.get(j)!.has(k)) count++;
  return count;
}

/** Distance from `from` to `to` in the graph without the tie `skip`, edge lengths by `length` (O(n²) Dijkstra). */
export function naiveDistanceWithout(g: NaiveGraph, skip: NaiveTie, from: string, to: string, length: (tie: NaiveTie) => number): number {
  const dist = new Map<string, number>(g.nodes.map((node) => [node, Infinity]));
  const done = new Set<string>();
  dist.set(from, 0);
  for (;;) {
    let x: string | undefined;
    for (const [node, d] of dist) if (!done.has(node) && d < Infinity && (x === undefined || d < dist.get(x)!)) x = node;
    if (x === undefined) return Infinity;
    if (x === to) return dist.get(x)!;
    done.add(x);
    for (const [y, tie] of g.adjacency.get(x)!) {
      if (tie === skip) continue;
      const alt = dist.get(x)! + length(tie);
      if (alt < dist.get(y)!) dist.set(y, alt);
    }
  }
}

/** The local bridges with their spans, in tie order. */
export function naiveLocalBridges(g: NaiveGraph, length: (tie: NaiveTie) => number): { source: string; target: string; span: number }[] {
  return g.ties
    .filter((t) => naiveCommon(g, t.source, t.target) === 0)
    .map((t) => ({ source: t.source, target: t.target, span: naiveDistanceWithout(g, t, t.source, t.target, length) }));
}

/** The global bridges, in tie order: removing the tie leaves its ends unreachable from each other. */
export function naiveBridges(g: NaiveGraph): { source: string; target: string }[] {
  return g.ties
    .filter((t) => naiveDistanceWithout(g, t, t.source, t.target, () => 1) === Infinity)
    .map((t) => ({ source: t.source, target: t.target }));
}
