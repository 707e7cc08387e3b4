/**
 * Naive oracle of keyPersonRisk's structural measures: every removal done for real. For each
 * node v the graph G − v is rebuilt as a set of neighbour lists, its components found by
 * breadth-first search and its hop distances by one BFS per node; articulation points are the
 * nodes whose removal raises the number of components among their component's other nodes;
 * exclusive brokerage compares neighbour sets pair by pair. O(n² · (n + m)): only for the small
 * graphs of property tests.
 *
 * Conventions (keyPersonRisk): self-loops ignored, parallel edges merged, directed graphs read as
 * their undirected projection (i–j tied when i→j or j→i).
 */
import type { AdjacencyInput } from './adjacency.naive.js';

/** The oracle's answer for one node. */
export interface NaiveKeyPlayer {
  fragmentationRisk: number;
  distanceFragmentationRisk: number;
  articulationPoint: boolean;
  pieces: number;
  exclusiveBrokerage: number;
}

/** Undirected neighbour sets of the projection, self-loops dropped. */
export function naiveNeighbours(desc: AdjacencyInput): Map<string, Set<string>> {
  const adj = new Map<string, Set<string>>(desc.nodes.map((v) => [v, new Set<string>()]));
  for (const [s, t] of desc.edges) {
    if (s === t) continue;
    adj.get(s)!.add(t);
    adj.get(t)!.add(s);
  }
  return adj;
}

/** Hop distances from `source` among `alive` nodes. */
function bfs(adj: Map<string, Set<string>>, alive: Set<string>, source: string): Map<string, number> {
  const dist = new Map([[source, 0]]);
  const queue = [source];
  for (let head = 0; head < queue.length; head++) {
    const x = queue[head]!;
    for (const y of adj.get(x)!) {
      if (alive.has(y) && !dist.has(y)) {
        dist.set(y, dist.get(x)! + 1);
        queue.push(y);
      }
    }
  }
  return dist;
}

/** F and D_F of the subgraph induced by `alive`; NaN for ≤ 1 node. */
export function naiveFragmentation(adj: Map<string, Set<string>>, alive: Set<string>): { f: number; df: number } {
  const n = alive.size;
  if (n <= 1) return { f: Number.NaN, df: Number.NaN };
  let connected = 0;
  let harmonic = 0;
  for (const s of alive) {
    const dist = bfs(adj, alive, s);
    connected += dist.size - 1;
    for (const [t, d] of dist) if (t !== s) harmonic += 1 / d;
  }
  return { f: 1 - connected / (n * (n - 1)), df: 1 - harmonic / (n * (n - 1)) };
}

/** Components (as node sets) of the subgraph induced by `alive`. */
function components(adj: Map<string, Set<string>>, alive: Set<string>): Set<string>[] {
  const seen = new Set<string>();
  const out: Set<string>[] = [];
  for (const s of alive) {
    if (seen.has(s)) continue;
    const c = new Set(bfs(adj, alive, s).keys());
    for (const x of c) seen.add(x);
    out.push(c);
  }
  return out;
}

/** The oracle for every node, plus F(G) and D_F(G). */
export function naiveKeyPlayers(desc: AdjacencyInput): { f: number; df: number; people: Map<string, NaiveKeyPlayer> } {
  const adj = naiveNeighbours(desc);
  const all = new Set(desc.nodes);
  const base = naiveFragmentation(adj, all);
  const people = new Map<string, NaiveKeyPlayer>();
  for (const v of desc.nodes) {
    const alive = new Set(all);
    alive.delete(v);
    const after = naiveFragmentation(adj, alive);
    const mine = new Set(bfs(adj, all, v).keys());
    mine.delete(v);
    const pieces = components(adj, mine).length;
    let exclusive = 0;
    const contacts = [...adj.get(v)!];
    for (let i = 0; i < contacts.length; i++) {
      for (let j = i + 1; j < contacts.length; j++) {
        const a = contacts[i]!;
        const b = contacts[j]!;
        if (adj.get(a)!.has(b)) continue;
        const common = [...adj.get(a)!].filter((x) => adj.get(b)!.has(x));
        if (common.length === 1 && common[0] === v) exclusive++;
      }
    }
    people.set(v, {
      fragmentationRisk: after.f - base.f,
      distanceFragmentationRisk: after.df - base.df,
      articulationPoint: pieces >= 2,
      pieces,
      exclusiveBrokerage: exclusive,
    });
  }
  return { ...base, people };
}
