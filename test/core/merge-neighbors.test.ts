/**
 * The in ∪ out neighbour merge of src/core/merge-neighbors.ts, shared by egoContacts,
 * undirectedTies and contactCounts: a hand-computed directed graph, and both functions against a
 * naive Map-based merge on random directed graphs (STYLE.md §9, layer 4).
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { DirectedGraph } from 'graphology';
import { buildIndex } from '../../src/core/build-index.js';
import type { CsrIndex } from '../../src/core/csr.js';
import { countMergedNeighbors, mergeNeighbors } from '../../src/core/merge-neighbors.js';
import { arbGraph, toGraphology } from '../arbitraries.js';

/** Naive merge: per node, a map from contact to a_vx + a_xv, over both arcs or mutual ones only. */
function naiveMerge(index: CsrIndex, mutualOnly: boolean): { neighbors: number[]; strengths: number[] }[] {
  const out: { neighbors: number[]; strengths: number[] }[] = [];
  for (let v = 0; v < index.order; v++) {
    const outArcs = new Map<number, number>();
    const inArcs = new Map<number, number>();
    for (let p = index.offsets[v]!; p < index.offsets[v + 1]!; p++) outArcs.set(index.neighbors[p]!, index.strengths[p]!);
    for (let p = index.inOffsets[v]!; p < index.inOffsets[v + 1]!; p++) inArcs.set(index.inNeighbors[p]!, index.inStrengths[p]!);
    const ids = [...new Set([...outArcs.keys(), ...inArcs.keys()])]
      .filter((x) => !mutualOnly || (outArcs.has(x) && inArcs.has(x)))
      .sort((a, b) => a - b);
    out.push({ neighbors: ids, strengths: ids.map((x) => (outArcs.get(x) ?? 0) + (inArcs.get(x) ?? 0)) });
  }
  return out;
}

function lists(merged: { offsets: Uint32Array; neighbors: Uint32Array; strengths: Float64Array }, n: number) {
  return Array.from({ length: n }, (_, v) => ({
    neighbors: Array.from(merged.neighbors.subarray(merged.offsets[v]!, merged.offsets[v + 1]!)),
    strengths: Array.from(merged.strengths.subarray(merged.offsets[v]!, merged.offsets[v + 1]!)),
  }));
}

describe('mergeNeighbors', () => {
  // a→b (2), b→a (3), a→c (1), d→a (4), c→d (5): a's contacts b (2 + 3), c (1), d (4); mutual: b only.
  const g = new DirectedGraph();
  g.mergeEdge('a', 'b', { weight: 2 });
  g.mergeEdge('b', 'a', { weight: 3 });
  g.mergeEdge('a', 'c', { weight: 1 });
  g.mergeEdge('d', 'a', { weight: 4 });
  g.mergeEdge('c', 'd', { weight: 5 });
  const index = buildIndex(g, { getEdgeStrength: 'weight' });
  const id = (key: string) => index.keys.indexOf(key);

  it('mergeNeighbors(index, false) lists in ∪ out, sorted, with a_vx + a_xv', () => {
    const merged = mergeNeighbors(index, false);
    const a = lists(merged, index.order)[id('a')]!;
    expect(a.neighbors).toEqual([id('b'), id('c'), id('d')]);
    expect(a.strengths).toEqual([5, 1, 4]);
    expect(merged.offsets[index.order]).toBe(8); // a: 3, b: 1, c: 2, d: 2
  });

  it('mergeNeighbors(index, true) keeps the mutual contacts only', () => {
    const merged = mergeNeighbors(index, true);
    expect(lists(merged, index.order)[id('a')]).toEqual({ neighbors: [id('b')], strengths: [5] });
    expect(merged.offsets[index.order]).toBe(2);
  });

  it('countMergedNeighbors gives |in ∪ out| and |in ∩ out| per node', () => {
    const { union, both } = countMergedNeighbors(index);
    expect(['a', 'b', 'c', 'd'].map((k) => union[id(k)])).toEqual([3, 1, 2, 2]);
    expect(both[id('a')]).toBe(1);
    expect(both[id('b')]).toBe(1);
    expect(both[id('c')]).toBe(0);
  });

  test.prop([arbGraph({ directed: true, multi: true, selfLoops: true, maxNodes: 10 })], { numRuns: 100 })(
    'equals the naive merge on random directed graphs, both ways',
    (desc) => {
      const index = buildIndex(toGraphology(desc), { getEdgeStrength: desc.weighted ? 'weight' : null });
      const { union, both } = countMergedNeighbors(index);
      for (const mutualOnly of [false, true]) {
        const naive = naiveMerge(index, mutualOnly);
        const merged = mergeNeighbors(index, mutualOnly);
        const got = lists(merged, index.order);
        for (let v = 0; v < index.order; v++) {
          expect(got[v]!.neighbors).toEqual(naive[v]!.neighbors);
          for (let k = 0; k < naive[v]!.strengths.length; k++) expect(got[v]!.strengths[k]).toBeCloseTo(naive[v]!.strengths[k]!, 12);
          expect((mutualOnly ? both : union)[v]).toBe(naive[v]!.neighbors.length);
        }
      }
    },
  );
});
