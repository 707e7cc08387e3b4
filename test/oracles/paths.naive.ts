/**
 * Naive oracles of the shortest-path centralities: slow, obviously correct reference code for
 * small graphs (test-only). No heaps, no queues, no Brandes accumulation:
 *
 * - all-pairs distances by Floyd–Warshall;
 * - shortest-path counts σ_st by dynamic programming over targets sorted by distance
 *   (σ_ss = 1, σ_st = Σ_{v → t tight} σ_sv), or by enumerating every simple path
 *   ({@link enumerateShortestPathCounts}, tiny graphs only);
 * - betweenness from the definition: c(v) = Σ_{s ≠ v ≠ t} σ_sv σ_vt / σ_st when
 *   d(s, v) + d(v, t) = d(s, t) (Brandes 2001, Lemma 1 / Bellman's criterion), over ordered pairs;
 * - edge betweenness: σ_st(a→b) = σ_sa σ_bt when d(s, a) + w(a, b) + d(b, t) = d(s, t);
 * - closeness and harmonic straight from the distance matrix.
 *
 * Equality of path lengths uses the same relative tolerance as the kernels (1e-10), so float
 * ties count as ties. The input is a merged simple graph: `dist[u][v]` for each arc (both
 * directions for undirected ties), built by {@link naiveDistanceGraph}.
 */

/** A merged simple graph for the oracles: node count, directedness and arcs with distances. */
export interface NaiveGraph {
  n: number;
  directed: boolean;
  /** Arcs (both directions for an undirected tie): [from, to, distance]. */
  arcs: [number, number, number][];
  /** Undirected ties or directed arcs, once each: [u, v, distance] (undirected: u < v). */
  ties: [number, number, number][];
}

/** Relative tolerance of path-length equality (igraph's IGRAPH_SHORTEST_PATH_EPSILON). */
export const EPS = 1e-10;

/** Whether two path lengths are equal up to the relative tolerance. */
export function tied(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) < EPS * (Math.abs(a) + Math.abs(b));
}

/**
 * Builds a {@link NaiveGraph} from node keys and raw edges, the way tiestrength's index does:
 * self-loops dropped; parallel edges merged (strengths summed, or given distances' minimum); the
 * distance of a tie is `toDistance(mergedStrength)`, or the minimum given distance when
 * `distanceOf` is set.
 */
export function naiveDistanceGraph(
  nodes: readonly string[],
  edges: readonly (readonly [string, string, number])[],
  directed: boolean,
  mode: { kind: 'hops' } | { kind: 'strength'; toDistance: (s: number) => number } | { kind: 'distance' },
): NaiveGraph {
  const id = new Map(nodes.map((v, i) => [v, i]));
  const merged = new Map<string, [number, number, number]>();
  for (const [s, t, w] of edges) {
    let u = id.get(s)!;
    let v = id.get(t)!;
    if (u === v) continue;
    if (!directed && u > v) [u, v] = [v, u];
    const key = `${u},${v}`;
    const prev = merged.get(key);
    if (mode.kind === 'distance') merged.set(key, [u, v, prev ? Math.min(prev[2], w) : w]);
    else merged.set(key, [u, v, (prev ? prev[2] : 0) + w]);
  }
  const ties: [number, number, number][] = [];
  for (const [u, v, x] of merged.values()) {
    const d = mode.kind === 'hops' ? 1 : mode.kind === 'distance' ? x : mode.toDistance(x);
    ties.push([u, v, d]);
  }
  const arcs: [number, number, number][] = [];
  for (const [u, v, d] of ties) {
    arcs.push([u, v, d]);
    if (!directed) arcs.push([v, u, d]);
  }
  return { n: nodes.length, directed, arcs, ties };
}

/** All-pairs shortest distances (Floyd–Warshall); Infinity when unreachable. */
export function floydWarshall(g: NaiveGraph): number[][] {
  const { n } = g;
  const d = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : Infinity)));
  for (const [u, v, w] of g.arcs) if (w < d[u]![v]!) d[u]![v] = w;
  for (let k = 0; k < n; k++) {
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const via = d[i]![k]! + d[k]![j]!;
        if (via < d[i]![j]!) d[i]![j] = via;
      }
    }
  }
  return d;
}

/** σ[s][t]: the number of shortest s–t paths (1 for s = t, 0 when unreachable), by DP. */
export function shortestPathCounts(g: NaiveGraph, d: number[][]): number[][] {
  const { n } = g;
  const sigma = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let s = 0; s < n; s++) {
    const targets = [...Array(n).keys()].filter((t) => d[s]![t]! < Infinity).sort((a, b) => d[s]![a]! - d[s]![b]!);
    sigma[s]![s] = 1;
    for (const t of targets) {
      if (t === s) continue;
      let count = 0;
      for (const [v, w, len] of g.arcs) {
        if (w === t && d[s]![v]! < Infinity && tied(d[s]![v]! + len, d[s]![t]!)) count += sigma[s]![v]!;
      }
      sigma[s]![t] = count;
    }
  }
  return sigma;
}

/** σ[s][t] by enumerating every simple path (exponential: tiny graphs only). */
export function enumerateShortestPathCounts(g: NaiveGraph, d: number[][]): number[][] {
  const { n } = g;
  const out = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const adj: [number, number][][] = Array.from({ length: n }, () => []);
  for (const [u, v, w] of g.arcs) adj[u]!.push([v, w]);
  for (let s = 0; s < n; s++) {
    const onPath = new Array<boolean>(n).fill(false);
    const walk = (v: number, length: number) => {
      if (tied(length, d[s]![v]!)) out[s]![v]!++;
      onPath[v] = true;
      for (const [w, len] of adj[v]!) if (!onPath[w]) walk(w, length + len);
      onPath[v] = false;
    };
    walk(s, 0);
  }
  return out;
}

/** Raw betweenness from the definition, summed over ordered pairs (s, t), s ≠ t, both ≠ v. */
export function naiveBetweenness(g: NaiveGraph, options: { endpoints?: boolean; sources?: readonly number[] } = {}): number[] {
  const d = floydWarshall(g);
  const sigma = shortestPathCounts(g, d);
  const { n } = g;
  const out = new Array<number>(n).fill(0);
  const sources = options.sources ?? [...Array(n).keys()];
  for (const s of sources) {
    for (let t = 0; t < n; t++) {
      if (t === s || d[s]![t] === Infinity) continue;
      if (options.endpoints) {
        out[s]! += 1;
        out[t]! += 1;
      }
      for (let v = 0; v < n; v++) {
        if (v === s || v === t) continue;
        if (d[s]![v]! < Infinity && d[v]![t]! < Infinity && tied(d[s]![v]! + d[v]![t]!, d[s]![t]!)) {
          out[v]! += (sigma[s]![v]! * sigma[v]![t]!) / sigma[s]![t]!;
        }
      }
    }
  }
  return out;
}

/** Raw edge betweenness per tie of `g.ties`, summed over ordered pairs (s, t), s ≠ t. */
export function naiveEdgeBetweenness(g: NaiveGraph, options: { sources?: readonly number[] } = {}): number[] {
  const d = floydWarshall(g);
  const sigma = shortestPathCounts(g, d);
  const { n } = g;
  const sources = options.sources ?? [...Array(n).keys()];
  return g.ties.map(([u, v, len]) => {
    let total = 0;
    const orientations: [number, number][] = g.directed ? [[u, v]] : [[u, v], [v, u]];
    for (const s of sources) {
      for (let t = 0; t < n; t++) {
        if (t === s || d[s]![t] === Infinity) continue;
        for (const [a, b] of orientations) {
          if (d[s]![a]! < Infinity && d[b]![t]! < Infinity && tied(d[s]![a]! + len + d[b]![t]!, d[s]![t]!)) {
            total += (sigma[s]![a]! * sigma[b]![t]!) / sigma[s]![t]!;
          }
        }
      }
    }
    return total;
  });
}

/** Closeness from the distance matrix: 'out' reads d(u, ·), 'in' reads d(·, u). */
export function naiveCloseness(g: NaiveGraph, direction: 'out' | 'in', wassermanFaust: boolean): number[] {
  const d = floydWarshall(g);
  const { n } = g;
  return [...Array(n).keys()].map((u) => {
    let reached = 0;
    let total = 0;
    for (let v = 0; v < n; v++) {
      const x = direction === 'out' ? d[u]![v]! : d[v]![u]!;
      if (v !== u && x < Infinity) {
        reached++;
        total += x;
      }
    }
    if (reached === 0 || total === 0) return 0;
    return (reached / total) * (wassermanFaust ? reached / (n - 1) : 1);
  });
}

/** Harmonic closeness from the distance matrix. */
export function naiveHarmonic(g: NaiveGraph, direction: 'out' | 'in', normalized: boolean): number[] {
  const d = floydWarshall(g);
  const { n } = g;
  return [...Array(n).keys()].map((u) => {
    let h = 0;
    for (let v = 0; v < n; v++) {
      const x = direction === 'out' ? d[u]![v]! : d[v]![u]!;
      if (v !== u && x < Infinity) h += 1 / x;
    }
    return normalized && n > 1 ? h / (n - 1) : h;
  });
}
