/**
 * Community labels: dense renumbering, the split of a community into its connected parts, and the
 * final numbering by decreasing size that every community function returns.
 *
 * @internal
 * @module
 */
import type { LeidenGraph } from './graph.js';

/**
 * @internal
 * Renumbers `labels[0…n)` (ids in [0, n)) in place to 0…count−1 in order of first appearance,
 * using `map` (length ≥ n) as scratch. Returns count.
 */
export function renumberDense(labels: Int32Array, n: number, map: Int32Array): number {
  map.fill(-1, 0, n);
  let count = 0;
  for (let v = 0; v < n; v++) {
    const k = labels[v]!;
    let d = map[k]!;
    if (d < 0) {
      d = count++;
      map[k] = d;
    }
    labels[v] = d;
  }
  return count;
}

/**
 * @internal
 * The connected parts of the communities of `communityOf` on `graph` (weakly connected for a
 * directed index): a label per node, numbered in order of each part's first node, and how many
 * parts there are beyond one per community.
 */
export function connectedParts(graph: LeidenGraph, communityOf: Int32Array): { labels: Int32Array; extra: number } {
  const { n, offsets, neighbors } = graph;
  const labels = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  const seen = new Uint8Array(n);
  let parts = 0;
  let communities = 0;
  for (let s = 0; s < n; s++) {
    if (labels[s]! >= 0) continue;
    const k = communityOf[s]!;
    if (seen[k] === 0) {
      seen[k] = 1;
      communities++;
    }
    const label = parts++;
    labels[s] = label;
    let top = 0;
    stack[top++] = s;
    while (top > 0) {
      const v = stack[--top]!;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const u = neighbors[e]!;
        if (labels[u]! < 0 && communityOf[u] === k) {
          labels[u] = label;
          stack[top++] = u;
        }
      }
    }
  }
  return { labels, extra: parts - communities };
}

/**
 * @internal
 * Renumbers community ids 0…C−1 by decreasing size; equal sizes keep the order of their first node.
 */
export function renumberBySize(raw: Int32Array): { communityOf: Int32Array; sizes: number[] } {
  const n = raw.length;
  const firstId = new Map<number, number>();
  const counts: number[] = [];
  const dense = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    let c = firstId.get(raw[v]!);
    if (c === undefined) {
      c = counts.length;
      firstId.set(raw[v]!, c);
      counts.push(0);
    }
    dense[v] = c;
    counts[c]!++;
  }
  const order = counts.map((_, c) => c).sort((a, b) => counts[b]! - counts[a]! || a - b);
  const rank = new Int32Array(counts.length);
  for (let r = 0; r < order.length; r++) rank[order[r]!] = r;
  const communityOf = new Int32Array(n);
  for (let v = 0; v < n; v++) communityOf[v] = rank[dense[v]!]!;
  return { communityOf, sizes: order.map((c) => counts[c]!) };
}
