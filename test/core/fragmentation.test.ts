/**
 * Kernel tests of src/core/fragmentation.ts: F from connected pairs, D_F of a graph and of each
 * removal, hand-computed on small graphs and compared with the naive removal oracle
 * (test/oracles/keyplayer.naive.ts), which rebuilds G − v and searches it from scratch.
 */
import { describe, expect, it } from 'vitest';
import { test as fcTest } from '@fast-check/vitest';
import { UndirectedGraph } from 'graphology';
import { removalSplits } from '../../src/core/articulation.js';
import { buildIndex } from '../../src/core/build-index.js';
import { distanceFragmentation, fragmentationOf } from '../../src/core/fragmentation.js';
import { undirectedTies } from '../../src/core/undirected-ties.js';
import { arbGraph, toGraphology } from '../arbitraries.js';
import { fixtureGraph } from '../fixtures/graphs.js';
import { naiveKeyPlayers } from '../oracles/keyplayer.naive.js';

const close = (a: number, b: number) => (Number.isNaN(b) ? Number.isNaN(a) : Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b)));

describe('fragmentationOf', () => {
  it('gives org F = 1 − 30/42 = 0.2857 (METRICS.md §3.10)', () => {
    expect(fragmentationOf(7, 30)).toBeCloseTo(0.2857, 4);
  });
  it('is NaN for n ≤ 1 and 0 for a connected graph', () => {
    expect(fragmentationOf(1, 0)).toBeNaN();
    expect(fragmentationOf(0, 0)).toBeNaN();
    expect(fragmentationOf(4, 12)).toBe(0);
  });
});

describe('distanceFragmentation', () => {
  it('gives a path a–b–c D_F = 1 − (4·1 + 2·½)/6 = 1/6, and 1 after removing b', () => {
    // Ordered pairs: a–b, b–c at 1 (4 pairs), a–c at 2 (2 pairs): Σ 1/d = 5.
    const g = new UndirectedGraph();
    g.mergeEdge('a', 'b');
    g.mergeEdge('b', 'c');
    const adj = undirectedTies(buildIndex(g));
    const d = distanceFragmentation(adj, null);
    expect(d.fragmentation).toBeCloseTo(1 / 6, 15);
    // Without b: a and c are cut off: D_F = 1. Without a: b–c: D_F = 0.
    expect(Array.from(d.after)).toEqual([0, 1, 0]);
  });

  it('gives org D_F(G) = 0.4921 and D_F(G − b2) = 2/3', () => {
    // G − b2: {a1, a2, a3} a triangle (6 ordered pairs at 1), b1 at 1 from a3 and 2 from a1, a2:
    // Σ 1/d = 6 + 2·(1 + ½ + ½) = 10 over 6·5 = 30 ordered pairs: D_F = 1 − 10/30 = 2/3.
    const index = buildIndex(fixtureGraph('org'));
    const d = distanceFragmentation(undirectedTies(index), Uint32Array.of(index.id('b2')));
    expect(d.fragmentation).toBeCloseTo(0.4920634920634921, 14);
    expect(d.after[index.id('b2')]).toBeCloseTo(2 / 3, 14);
    expect(d.after[index.id('a1')]).toBeNaN(); // not requested
  });

  it('is NaN for n ≤ 1 and gives no removal values for n = 2', () => {
    const one = new UndirectedGraph();
    one.addNode('x');
    expect(distanceFragmentation(undirectedTies(buildIndex(one)), null).fragmentation).toBeNaN();
    const two = new UndirectedGraph();
    two.mergeEdge('x', 'y');
    const d = distanceFragmentation(undirectedTies(buildIndex(two)), null);
    expect(d.fragmentation).toBe(0);
    expect(Array.from(d.after)).toEqual([NaN, NaN]);
  });
});

describe('kernels vs the naive removal oracle', () => {
  fcTest.prop([arbGraph({ maxNodes: 12, multi: true, selfLoops: true })], { numRuns: 100 })(
    'ΔF from one DFS and ΔD_F equal the risks of rebuilding G − v',
    (desc) => {
      const index = buildIndex(toGraphology(desc));
      const adj = undirectedTies(index);
      const n = index.order;
      const s = removalSplits(adj);
      const d = distanceFragmentation(adj, null);
      const oracle = naiveKeyPlayers(desc);
      const f = fragmentationOf(n, s.connectedPairs);
      expect(close(f, oracle.f)).toBe(true);
      expect(close(d.fragmentation, oracle.df)).toBe(true);
      for (let v = 0; v < n; v++) {
        const o = oracle.people.get(index.keys[v]!)!;
        expect(close(fragmentationOf(n - 1, s.connectedPairsAfter[v]!) - f, o.fragmentationRisk), `ΔF ${index.keys[v]}`).toBe(true);
        expect(close(d.after[v]! - d.fragmentation, o.distanceFragmentationRisk), `ΔD_F ${index.keys[v]}`).toBe(true);
      }
    },
  );
});
