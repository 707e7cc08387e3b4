/**
 * Union–find (disjoint sets) on typed arrays, with union by size and path halving, and the
 * connected components of a {@link CsrIndex}.
 *
 * @internal
 * @module
 */
import type { CsrIndex } from './csr.js';

/** @internal Disjoint sets over 0…n−1. */
export class UnionFind {
  readonly parent: Uint32Array;
  readonly size: Uint32Array;
  /** Number of sets. */
  count: number;

  constructor(n: number) {
    this.parent = new Uint32Array(n);
    this.size = new Uint32Array(n).fill(1);
    for (let i = 0; i < n; i++) this.parent[i] = i;
    this.count = n;
  }

  find(x: number): number {
    const parent = this.parent;
    while (parent[x] !== x) {
      const grand = parent[parent[x]!]!;
      parent[x] = grand;
      x = grand;
    }
    return x;
  }

  /** Merges the sets of a and b; returns the new root, or −1 if they were already one set. */
  union(a: number, b: number): number {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return -1;
    if (this.size[ra]! < this.size[rb]!) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra]! += this.size[rb]!;
    this.count--;
    return ra;
  }
}

/** @internal Connected components (weak components for directed graphs). */
export interface Components {
  /** Number of components. */
  count: number;
  /** Component id (0…count−1) of each node, numbered in order of each component's first node. */
  componentOf: Uint32Array;
  /** Size of each component. */
  sizes: Uint32Array;
}

/** @internal Components of an index by union–find over its ties: O(m α(n)). */
export function connectedComponents(index: CsrIndex): Components {
  const n = index.order;
  const sets = new UnionFind(n);
  const { tieSources, tieTargets } = index;
  for (let t = 0; t < index.size; t++) sets.union(tieSources[t]!, tieTargets[t]!);
  const componentOf = new Uint32Array(n);
  const idOfRoot = new Int32Array(n).fill(-1);
  const sizes = new Uint32Array(sets.count);
  let next = 0;
  for (let v = 0; v < n; v++) {
    const root = sets.find(v);
    let c = idOfRoot[root]!;
    if (c < 0) c = idOfRoot[root] = next++;
    componentOf[v] = c;
    sizes[c]!++;
  }
  return { count: sets.count, componentOf, sizes };
}
