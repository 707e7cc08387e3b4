/**
 * Naive oracle of buildIndex: the merged adjacency of a graph description, computed the slow,
 * obviously correct way (for every ordered pair of distinct nodes, scan every edge).
 *
 * Conventions (METRICS.md §1.3): self-loops are ignored; parallel edges are merged into one tie
 * whose strength is the sum of theirs; an undirected tie appears in both endpoints' maps.
 * O(n² · m): only for the small graphs of property tests.
 */

/** The part of a graph description the oracle reads (see `test/arbitraries.ts`). */
export interface AdjacencyInput {
  directed: boolean;
  nodes: readonly string[];
  edges: readonly (readonly [source: string, target: string, weight: number])[];
}

/** The expected merged adjacency. */
export interface NaiveAdjacency {
  /** node → (out-)neighbour → summed strength; every node has an entry (possibly empty). */
  out: Map<string, Map<string, number>>;
  /** node → in-neighbour → summed strength; for undirected graphs equal to `out`. */
  in: Map<string, Map<string, number>>;
  /** Number of distinct ties: unordered (undirected) or ordered (directed) pairs of distinct nodes. */
  size: number;
  /** Number of self-loop edges. */
  selfLoops: number;
  /** Number of non-loop edges that repeat the pair of an earlier edge. */
  parallelEdges: number;
}

/** Whether edge (s, t) joins u to v: as an arc u → v, or (undirected) in either orientation. */
function joins(directed: boolean, s: string, t: string, u: string, v: string): boolean {
  if (s === u && t === v) return true;
  return !directed && s === v && t === u;
}

/** The merged adjacency of `desc`. */
export function naiveAdjacency(desc: AdjacencyInput): NaiveAdjacency {
  const out = new Map<string, Map<string, number>>();
  const inn = new Map<string, Map<string, number>>();
  for (const u of desc.nodes) {
    out.set(u, new Map());
    inn.set(u, new Map());
  }
  let size = 0;
  for (const u of desc.nodes) {
    for (const v of desc.nodes) {
      if (u === v) continue;
      let found = false;
      let sum = 0;
      for (const [s, t, w] of desc.edges) {
        if (joins(desc.directed, s, t, u, v)) {
          found = true;
          sum += w;
        }
      }
      if (!found) continue;
      out.get(u)!.set(v, sum);
      inn.get(v)!.set(u, sum);
      // Each unordered pair is visited twice (u, v) and (v, u) when undirected.
      if (desc.directed || desc.nodes.indexOf(u) < desc.nodes.indexOf(v)) size++;
    }
  }
  let selfLoops = 0;
  for (const [s, t] of desc.edges) if (s === t) selfLoops++;
  const parallelEdges = desc.edges.length - selfLoops - size;
  return { out, in: inn, size, selfLoops, parallelEdges };
}
