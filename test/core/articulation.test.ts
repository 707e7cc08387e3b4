/**
 * Kernel tests of src/core/articulation.ts: removalSplits (iterative Tarjan: articulation points
 * and the pieces each removal leaves) and exclusiveBrokerageCounts, against hand-computed small
 * graphs and against the naive removal oracle (test/oracles/keyplayer.naive.ts) on random graphs.
 */
import { describe, expect, it } from 'vitest';
import { test as fcTest } from '@fast-check/vitest';
import { UndirectedGraph } from 'graphology';
import { exclusiveBrokerageCounts, removalSplits } from '../../src/core/articulation.js';
import { buildIndex } from '../../src/core/build-index.js';
import { csrFromEdges } from '../../src/core/csr.js';
import { undirectedTies } from '../../src/core/undirected-ties.js';
import { arbGraph, toGraphology } from '../arbitraries.js';
import { fixtureGraph } from '../fixtures/graphs.js';
import { naiveKeyPlayers } from '../oracles/keyplayer.naive.js';

function ties(edges: [string, string][], nodes: string[] = []) {
  const g = new UndirectedGraph();
  for (const v of nodes) g.addNode(v);
  for (const [u, v] of edges) g.mergeEdge(u, v);
  const index = buildIndex(g);
  return { index, adj: undirectedTies(index) };
}

function byKey(keys: readonly string[], values: ArrayLike<number>): Record<string, number> {
  return Object.fromEntries(keys.map((k, i) => [k, values[i]!]));
}

describe('removalSplits', () => {
  it('finds b2 as the only articulation point of org, splitting it into 2 pieces', () => {
    const org = buildIndex(fixtureGraph('org'));
    const s = removalSplits(undirectedTies(org));
    expect(byKey(org.keys, s.articulation)).toEqual({ a1: 0, a2: 0, a3: 0, b1: 0, b2: 1, c1: 0, z: 0 });
    expect(byKey(org.keys, s.pieces)).toEqual({ a1: 1, a2: 1, a3: 1, b1: 1, b2: 2, c1: 1, z: 0 });
    // Components 6 and 1: 6·5 + 0 = 30 connected ordered pairs.
    expect(s.connectedPairs).toBe(30);
    expect(Array.from(s.componentSizes)).toEqual([6, 1]);
    // Without b2: {a1, a2, a3, b1} (4·3 = 12), {c1}, {z}: 12 pairs.
    expect(s.connectedPairsAfter[org.id('b2')]).toBe(12);
    // Without a1: {a2, a3, b1, b2, c1} (5·4 = 20), {z}.
    expect(s.connectedPairsAfter[org.id('a1')]).toBe(20);
    // Without z: the 6-component stays: 30.
    expect(s.connectedPairsAfter[org.id('z')]).toBe(30);
  });

  it('splits a star at its centre into one piece per leaf, the DFS root case', () => {
    // Centre first (id 0), so it is the DFS root with 4 children.
    const { index, adj } = ties([['c', 'a'], ['c', 'b'], ['c', 'd'], ['c', 'e']]);
    const s = removalSplits(adj);
    expect(s.articulation[index.id('c')]).toBe(1);
    expect(s.pieces[index.id('c')]).toBe(4);
    expect(s.connectedPairsAfter[index.id('c')]).toBe(0);
    // Removing a leaf leaves a 4-star: 4·3 = 12.
    expect(s.connectedPairsAfter[index.id('a')]).toBe(12);
    expect(s.articulation[index.id('a')]).toBe(0);
  });

  it('handles a root that is not an articulation point and a cycle with a tail', () => {
    // Cycle a–b–c–a, tail c–d–e: c and d are articulation points; a (root) is not.
    const { index, adj } = ties([['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'd'], ['d', 'e']]);
    const s = removalSplits(adj);
    expect(byKey(index.keys, s.articulation)).toEqual({ a: 0, b: 0, c: 1, d: 1, e: 0 });
    // Without c: {a, b} and {d, e}: 2 + 2 = 4. Without d: {a, b, c} 6 and {e} 0.
    expect(s.connectedPairsAfter[index.id('c')]).toBe(4);
    expect(s.connectedPairsAfter[index.id('d')]).toBe(6);
  });

  it('walks a path of 300,000 people without recursion (no stack overflow)', () => {
    const n = 300_000;
    const sources = new Uint32Array(n - 1);
    const targets = new Uint32Array(n - 1);
    for (let i = 0; i < n - 1; i++) {
      sources[i] = i;
      targets[i] = i + 1;
    }
    const keys = Array.from({ length: n }, (_, i) => String(i));
    const index = csrFromEdges({
      directed: false,
      weighted: false,
      keys,
      idOf: new Map(keys.map((k, i) => [k, i])),
      m: n - 1,
      sources,
      targets,
      strengths: new Float64Array(n - 1).fill(1),
      distances: null,
      strengthRule: 'max',
    });
    const s = removalSplits(undirectedTies(index));
    expect(s.articulation[0]).toBe(0);
    expect(s.articulation[n - 1]).toBe(0);
    expect(s.articulation[n >> 1]).toBe(1);
    // Removing node k leaves paths of k and n − 1 − k nodes.
    const k = 1234;
    expect(s.connectedPairsAfter[k]).toBe(k * (k - 1) + (n - 1 - k) * (n - 2 - k));
  });

  it('gives an empty graph empty arrays', () => {
    const s = removalSplits({ order: 0, offsets: new Uint32Array(1), neighbors: new Uint32Array(0) });
    expect(s.connectedPairs).toBe(0);
    expect(s.articulation.length).toBe(0);
  });
});

describe('exclusiveBrokerageCounts', () => {
  it('counts org: a2 1, a3 1, b2 2, others 0', () => {
    // b2's contacts b1, a2, c1: {b1, c1} and {a2, c1} meet only at b2; {a2, b1} also meet at a3.
    // a2's contacts a1, a3, b2: {a1, b2} meet only at a2; a1–a3 tied; {a3, b2} also at b1.
    // a3's contacts a1, a2, b1: {a1, b1} only at a3; {a2, b1} also at b2.
    const org = buildIndex(fixtureGraph('org'));
    expect(byKey(org.keys, exclusiveBrokerageCounts(undirectedTies(org)))).toEqual({
      a1: 0, a2: 1, a3: 1, b1: 0, b2: 2, c1: 0, z: 0,
    });
  });

  it('gives a star centre C(k, 2) pairs and a square 0', () => {
    const star = ties([['c', 'a'], ['c', 'b'], ['c', 'd'], ['c', 'e']]);
    expect(exclusiveBrokerageCounts(star.adj)[star.index.id('c')]).toBe(6);
    // Square a–b–c–d–a: a and c meet at b and at d, so nobody brokers exclusively.
    const square = ties([['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'a']]);
    expect(Array.from(exclusiveBrokerageCounts(square.adj))).toEqual([0, 0, 0, 0]);
  });
});

describe('kernels vs the naive removal oracle', () => {
  fcTest.prop([arbGraph({ maxNodes: 12, multi: true, selfLoops: true })], { numRuns: 100 })(
    'articulation points, pieces, connected pairs and exclusive brokerage match',
    (desc) => {
      const index = buildIndex(toGraphology(desc));
      const adj = undirectedTies(index);
      const s = removalSplits(adj);
      const exclusive = exclusiveBrokerageCounts(adj);
      const oracle = naiveKeyPlayers(desc);
      const n = index.order;
      for (let v = 0; v < n; v++) {
        const o = oracle.people.get(index.keys[v]!)!;
        expect(s.articulation[v] === 1).toBe(o.articulationPoint);
        expect(s.pieces[v]).toBe(o.pieces);
        expect(exclusive[v]).toBe(o.exclusiveBrokerage);
      }
    },
  );
});
