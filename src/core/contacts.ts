/**
 * Distinct contacts per node, N(i) = in ∪ out (METRICS.md §1.1), and mutual contacts.
 *
 * @internal
 * @module
 */
import type { CsrIndex } from './csr.js';

/** @internal Per node: number of distinct contacts |in ∪ out| and of mutual contacts |in ∩ out|. */
export function contactCounts(index: CsrIndex): { contacts: Uint32Array; mutual: Uint32Array } {
  const n = index.order;
  const contacts = new Uint32Array(n);
  const mutual = new Uint32Array(n);
  const { offsets, neighbors } = index;
  if (!index.directed) {
    for (let v = 0; v < n; v++) contacts[v] = offsets[v + 1]! - offsets[v]!;
    mutual.set(contacts);
    return { contacts, mutual };
  }
  const { inOffsets, inNeighbors } = index;
  for (let v = 0; v < n; v++) {
    // Merge the two sorted lists.
    let a = offsets[v]!;
    const aEnd = offsets[v + 1]!;
    let b = inOffsets[v]!;
    const bEnd = inOffsets[v + 1]!;
    let union = 0;
    let both = 0;
    while (a < aEnd && b < bEnd) {
      const x = neighbors[a]!;
      const y = inNeighbors[b]!;
      union++;
      if (x === y) {
        both++;
        a++;
        b++;
      } else if (x < y) a++;
      else b++;
    }
    contacts[v] = union + (aEnd - a) + (bEnd - b);
    mutual[v] = both;
  }
  return { contacts, mutual };
}
