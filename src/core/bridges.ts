/**
 * Global bridges of an undirected simple graph: the ties whose removal disconnects their two
 * ends (docs/metrics.md).
 *
 * Algorithm: Tarjan's (1974) low-link depth-first search, written with an explicit stack, so a
 * path of a million ties needs no recursion (and cannot overflow the call stack). For every node
 * x, `disc[x]` is its discovery time and `low[x]` the earliest discovery time reachable from x's
 * DFS subtree using at most one tie that is not a tree tie. The tree tie p–x is a bridge exactly
 * when `low[x] > disc[p]`. The tie x came in by is skipped by **tie id**, not by parent node, so
 * the rule stays right for any graph whose parallel edges were merged (a merged tie is one tie).
 *
 * O(n + m) time, O(n) memory beyond the result (four Int32/Uint32 arrays of n entries).
 *
 * References
 * [1] Tarjan, R. E. (1974). A note on finding the bridges of a graph. Information Processing Letters 2(6):160–161.
 * [2] Hopcroft, J., Tarjan, R. E. (1973). Algorithm 447: efficient algorithms for graph manipulation. CACM 16(6):372–378.
 *
 * @internal
 * @module
 */
import type { UndirectedTies } from './undirected-ties.js';

/**
 * @internal
 * Marks the global bridges: `result[t] === 1` when tie t (of `ties`) is a bridge.
 */
export function bridgeTies(ties: UndirectedTies): Uint8Array {
  const { order: n, size, offsets, neighbors, slotTies } = ties;
  const isBridge = new Uint8Array(size);
  if (size === 0) return isBridge;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  // The tie each node was discovered through (−1 for a DFS root), and its next slot to scan.
  const parentTie = new Int32Array(n);
  const next = new Uint32Array(n);
  const stack = new Uint32Array(n);
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1 || offsets[root + 1] === offsets[root]) continue;
    disc[root] = low[root] = time++;
    parentTie[root] = -1;
    next[root] = offsets[root]!;
    let top = 0;
    stack[0] = root;
    while (top >= 0) {
      const x = stack[top]!;
      const p = next[x]!;
      if (p < offsets[x + 1]!) {
        next[x] = p + 1;
        const t = slotTies[p]!;
        if (t === parentTie[x]) continue;
        const y = neighbors[p]!;
        const dy = disc[y]!;
        if (dy === -1) {
          disc[y] = low[y] = time++;
          parentTie[y] = t;
          next[y] = offsets[y]!;
          stack[++top] = y;
        } else if (dy < low[x]!) {
          low[x] = dy;
        }
      } else {
        // x is finished: pass its low-link up to its DFS parent, and test the tree tie.
        top--;
        if (top >= 0) {
          const parent = stack[top]!;
          const lx = low[x]!;
          if (lx < low[parent]!) low[parent] = lx;
          if (lx > disc[parent]!) isBridge[parentTie[x]!] = 1;
        }
      }
    }
  }
  return isBridge;
}
