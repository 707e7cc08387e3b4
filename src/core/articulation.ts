/**
 * Articulation points of an undirected simple graph, the sizes of the pieces each node's removal
 * leaves, and exclusive brokerage (the pairs of contacts a node alone connects): the structural
 * kernels behind key-person risk (docs/metrics.md).
 *
 * Articulation points: Tarjan's (1972) low-link depth-first search, written with an explicit
 * stack, so a path of a million people needs no recursion (and cannot overflow the call stack).
 * For every node x, `disc[x]` is its discovery time and `low[x]` the earliest discovery time
 * reachable from x's DFS subtree using at most one non-tree tie. A DFS child c of v is
 * **separated** by v when `low[c] ≥ disc[v]`: removing v cuts c's whole subtree off from the
 * rest. Removing v therefore splits its component C (|C| = S) into
 *
 *   - one piece per separated child c, of size sub[c] (the size of c's DFS subtree), and
 *   - the rest, of size S − 1 − Σ_{separated c} sub[c] (empty when v is the DFS root, all of
 *     whose children are separated).
 *
 * v is an articulation point when removal leaves ≥ 2 non-empty pieces (the root: ≥ 2 DFS
 * children; another node: ≥ 1 separated child). One DFS thus gives every node's removal in
 * O(n + m) total, instead of one component count per removal (O(n·m)).
 *
 * Ties are used as an adjacency (offsets, sorted neighbours); parallel edges must already be
 * merged and self-loops dropped (a {@link CsrIndex} or its undirected projection).
 *
 * References
 * [1] Tarjan, R. E. (1972). Depth-first search and linear graph algorithms. SIAM Journal on Computing 1(2):146–160.
 * [2] Hopcroft, J., & Tarjan, R. E. (1973). Algorithm 447: efficient algorithms for graph manipulation. CACM 16(6):372–378.
 * [3] Borgatti, S. P. (2006). Identifying sets of key players in a social network. Computational and Mathematical Organization Theory 12(1):21–34.
 *
 * @internal
 * @module
 */

/** @internal An undirected simple graph as adjacency lists (both directions stored). */
export interface Adjacency {
  /** Number of nodes. */
  readonly order: number;
  /** Adjacency offsets, length `order + 1`. */
  readonly offsets: Uint32Array;
  /** Neighbour ids, sorted within each node's range; each tie appears in both ends' lists. */
  readonly neighbors: Uint32Array;
}

/** @internal What removing each node does to the connectivity of the graph. */
export interface RemovalSplits {
  /** 1 when the node is an articulation point (its removal disconnects its component). */
  articulation: Uint8Array;
  /**
   * Number of non-empty pieces the node's component falls into when the node is removed
   * (0 for an isolate, 1 for a node that is not an articulation point).
   */
  pieces: Uint32Array;
  /**
   * Σ_c s_c (s_c − 1) over the components c of G − v: the ordered pairs of the remaining n − 1
   * nodes that stay connected. Exact in a double up to n ≈ 9·10⁷.
   */
  connectedPairsAfter: Float64Array;
  /** Σ_c s_c (s_c − 1) over the components of G itself. */
  connectedPairs: number;
  /** Component sizes of G, in order of each component's first node id. */
  componentSizes: Uint32Array;
}

/**
 * @internal
 * Articulation points and the connected pairs left by removing each node, from one iterative
 * DFS (see the module comment). O(n + m) time, O(n) memory.
 */
export function removalSplits(g: Adjacency): RemovalSplits {
  const { order: n, offsets, neighbors } = g;
  const articulation = new Uint8Array(n);
  const pieces = new Uint32Array(n);
  const connectedPairsAfter = new Float64Array(n);
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const sub = new Uint32Array(n); // DFS subtree size
  const next = new Uint32Array(n); // next adjacency slot to scan
  const stack = new Uint32Array(n);
  const visit = new Uint32Array(n); // nodes in discovery order (each component a contiguous run)
  const separated = new Uint32Array(n); // Σ sub[c] over separated children c
  const separatedPairs = new Float64Array(n); // Σ sub[c](sub[c] − 1) over separated children c
  const separatedCount = new Uint32Array(n); // number of separated children
  const sizes: number[] = [];
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    const first = time;
    disc[root] = low[root] = time;
    visit[time++] = root;
    sub[root] = 1;
    next[root] = offsets[root]!;
    let top = 0;
    stack[0] = root;
    while (top >= 0) {
      const x = stack[top]!;
      const p = next[x]!;
      if (p < offsets[x + 1]!) {
        next[x] = p + 1;
        const y = neighbors[p]!;
        const dy = disc[y]!;
        if (dy === -1) {
          disc[y] = low[y] = time;
          visit[time++] = y;
          sub[y] = 1;
          next[y] = offsets[y]!;
          stack[++top] = y;
        } else if (dy < low[x]!) {
          // A back tie (or the tie to the parent: harmless, since low[x] = disc[parent] still
          // satisfies low[x] ≥ disc[parent]).
          low[x] = dy;
        }
      } else {
        top--;
        if (top >= 0) {
          const parent = stack[top]!;
          const lx = low[x]!;
          const sx = sub[x]!;
          if (lx < low[parent]!) low[parent] = lx;
          sub[parent]! += sx;
          if (lx >= disc[parent]!) {
            separated[parent]! += sx;
            separatedPairs[parent]! += sx * (sx - 1);
            separatedCount[parent]!++;
          }
        }
      }
    }
    sizes.push(time - first);
  }
  let connectedPairs = 0;
  for (const s of sizes) connectedPairs += s * (s - 1);
  // Second pass over each component's run of the discovery order: the pieces of each removal.
  let start = 0;
  for (const s of sizes) {
    const base = connectedPairs - s * (s - 1);
    for (let i = start; i < start + s; i++) {
      const v = visit[i]!;
      const rest = s - 1 - separated[v]!;
      const count = separatedCount[v]! + (rest > 0 ? 1 : 0);
      pieces[v] = count;
      if (count >= 2) articulation[v] = 1;
      connectedPairsAfter[v] = base + separatedPairs[v]! + rest * (rest - 1);
    }
    start += s;
  }
  return { articulation, pieces, connectedPairsAfter, connectedPairs, componentSizes: Uint32Array.from(sizes) };
}

/**
 * @internal
 * Exclusive brokerage: for every node v, the number of unordered pairs {a, b} of v's contacts
 * that are not tied to each other and whose **only** common contact in the whole graph is v (v
 * alone bridges them in two steps; Hamilton, Hileman & Bodin 2020 call it brokering
 * exclusivity). Every node a counts its two-step paths a–x–b to b > a with a stamp array; a b
 * reached through exactly one x and not tied to a credits that x. O(Σ_x deg(x)²) time, O(n) memory.
 */
export function exclusiveBrokerageCounts(g: Adjacency): Float64Array {
  const { order: n, offsets, neighbors } = g;
  const out = new Float64Array(n);
  const seenBy = new Int32Array(n).fill(-1); // b was reached from a (stamp = a)
  const tiedTo = new Int32Array(n).fill(-1); // b is a contact of a (stamp = a)
  const via = new Int32Array(n); // the x of the only two-step path a–x–b so far, −1 once there are two
  const touched = new Uint32Array(n);
  for (let a = 0; a < n; a++) {
    const aStart = offsets[a]!;
    const aEnd = offsets[a + 1]!;
    if (aEnd - aStart < 1) continue;
    for (let p = aStart; p < aEnd; p++) tiedTo[neighbors[p]!] = a;
    let count = 0;
    for (let p = aStart; p < aEnd; p++) {
      const x = neighbors[p]!;
      // x's neighbours are sorted: scan from the largest down while b > a.
      const xStart = offsets[x]!;
      for (let q = offsets[x + 1]! - 1; q >= xStart; q--) {
        const b = neighbors[q]!;
        if (b <= a) break;
        if (seenBy[b] !== a) {
          seenBy[b] = a;
          via[b] = x;
          touched[count++] = b;
        } else {
          via[b] = -1;
        }
      }
    }
    for (let i = 0; i < count; i++) {
      const b = touched[i]!;
      const x = via[b]!;
      if (x >= 0 && tiedTo[b] !== a) out[x]!++;
    }
  }
  return out;
}
