/**
 * Distinct contacts per node, N(i) = in ∪ out (docs/metrics.md), and mutual contacts.
 *
 * @internal
 * @module
 */
import type { CsrIndex } from './csr.js';
import { countMergedNeighbors } from './merge-neighbors.js';

/** @internal Per node: number of distinct contacts |in ∪ out| and of mutual contacts |in ∩ out|. */
export function contactCounts(index: CsrIndex): { contacts: Uint32Array; mutual: Uint32Array } {
  const n = index.order;
  if (!index.directed) {
    const { offsets } = index;
    const contacts = new Uint32Array(n);
    for (let v = 0; v < n; v++) contacts[v] = offsets[v + 1]! - offsets[v]!;
    return { contacts, mutual: contacts.slice() };
  }
  const { union, both } = countMergedNeighbors(index);
  return { contacts: union, mutual: both };
}
