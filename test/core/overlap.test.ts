/**
 * The undirected-ties projection and the common-neighbour / overlap kernel against the naive
 * oracle (STYLE.md §9, layer 4), plus hand cases.
 */
import { test } from '@fast-check/vitest';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/core/build-index.js';
import { commonNeighborCounts, overlapFromCommon } from '../../src/core/overlap.js';
import { undirectedTies, type UndirectedTies } from '../../src/core/undirected-ties.js';
import { arbGraph, toGraphology } from '../arbitraries.js';
import { naiveTies } from '../oracles/groups.naive.js';

/** Structural invariants of an UndirectedTies. */
function expectWellFormed(ties: UndirectedTies): void {
  const { order, size, offsets, neighbors, strengths, slotTies, tieSources, tieTargets, tieStrengths } = ties;
  expect(offsets.length).toBe(order + 1);
  expect(offsets[order]).toBe(2 * size);
  for (let t = 0; t < size; t++) {
    expect(tieSources[t]!).toBeLessThan(tieTargets[t]!);
    if (t > 0) {
      const before = tieSources[t - 1]! < tieSources[t]! || (tieSources[t - 1] === tieSources[t] && tieTargets[t - 1]! < tieTargets[t]!);
      expect(before).toBe(true);
    }
  }
  for (let u = 0; u < order; u++) {
    for (let p = offsets[u]!; p < offsets[u + 1]!; p++) {
      if (p > offsets[u]!) expect(neighbors[p - 1]!).toBeLessThan(neighbors[p]!);
      const t = slotTies[p]!;
      const v = neighbors[p]!;
      expect([tieSources[t], tieTargets[t]].sort()).toEqual([u, v].sort());
      expect(strengths[p]).toBe(tieStrengths[t]);
    }
  }
}

describe('undirectedTies and commonNeighborCounts', () => {
  it('returns the index arrays themselves for an undirected index', () => {
    const g = new UndirectedGraph();
    g.mergeEdge('a', 'b');
    const index = buildIndex(g);
    const ties = undirectedTies(index);
    expect(ties.neighbors).toBe(index.neighbors);
    expect(ties.tieSources).toBe(index.tieSources);
  });

  it('projects a directed graph: any (a_ij + a_ji) and mutual', () => {
    const g = new DirectedGraph();
    g.addEdge(g.addNode('a'), g.addNode('b'), { weight: 2 });
    g.addEdge('b', 'a', { weight: 3 });
    g.addEdge('b', g.addNode('c'), { weight: 1 });
    const any = undirectedTies(buildIndex(g), 'any');
    expectWellFormed(any);
    expect(Array.from(any.tieStrengths)).toEqual([5, 1]);
    const mutual = undirectedTies(buildIndex(g), 'mutual');
    expectWellFormed(mutual);
    expect([mutual.size, Array.from(mutual.tieStrengths)]).toEqual([1, [5]]);
  });

  it('counts the triangles on each tie of K4 (2 each) and gives overlap 1', () => {
    const g = new UndirectedGraph();
    const nodes = ['a', 'b', 'c', 'd'];
    for (let i = 0; i < 4; i++) for (let j = i + 1; j < 4; j++) g.mergeEdge(nodes[i]!, nodes[j]!);
    const ties = undirectedTies(buildIndex(g));
    const common = commonNeighborCounts(ties);
    expect(Array.from(common)).toEqual([2, 2, 2, 2, 2, 2]);
    // O = 2 / ((3 − 1) + (3 − 1) − 2) = 1.
    expect(Array.from(overlapFromCommon(ties, common))).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('handles an empty graph and a graph without ties', () => {
    for (const g of [new UndirectedGraph(), new DirectedGraph()]) {
      expect(commonNeighborCounts(undirectedTies(buildIndex(g))).length).toBe(0);
      g.addNode('x');
      expect(commonNeighborCounts(undirectedTies(buildIndex(g))).length).toBe(0);
    }
  });

  test.prop([arbGraph({ multi: true, selfLoops: true, maxNodes: 12 })], { numRuns: 150 })(
    'equal the naive oracle (set intersection on the projection) on random graphs',
    (desc) => {
      const index = buildIndex(toGraphology(desc));
      for (const projection of ['any', 'mutual'] as const) {
        if (!desc.directed && projection === 'mutual') continue;
        const ties = undirectedTies(index, projection);
        expectWellFormed(ties);
        const common = commonNeighborCounts(ties);
        const overlap = overlapFromCommon(ties, common);
        const expected = naiveTies(desc, projection === 'mutual');
        expect(ties.size).toBe(expected.length);
        for (let t = 0; t < ties.size; t++) {
          const e = expected[t]!;
          expect([index.keys[ties.tieSources[t]!], index.keys[ties.tieTargets[t]!]]).toEqual([e.source, e.target]);
          expect(common[t]).toBe(e.common);
          expect(ties.tieStrengths[t]).toBeCloseTo(e.strength, 9);
          if (Number.isNaN(e.overlap)) expect(overlap[t]).toBeNaN();
          else expect(overlap[t]).toBe(e.overlap);
        }
      }
    },
  );
});
