/**
 * Unit tests of egoBetweenness (STYLE.md §9, layer 1). Golden parity with NetworkX betweenness
 * on the induced ego subgraph is in burt.golden.test.ts; the kernel is checked against a naive
 * all-pairs search in test/core/ego.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { assignEgoBetweenness, egoBetweenness, EGO_BETWEENNESS_DEFAULTS, egoBetweennessIndexed } from '../../src/brokerage/ego-betweenness.js';
import { kite, org, standardCases } from './burt-cases.js';

describe('egoBetweenness', () => {
  standardCases({
    name: 'egoBetweenness',
    compute: egoBetweenness as never,
    indexed: egoBetweennessIndexed as never,
    assign: assignEgoBetweenness as never,
    defaults: EGO_BETWEENNESS_DEFAULTS,
    attribute: 'egoBetweenness',
    pendant: 0,
    burt: false,
    isolate: 0,
  });

  it('returns 0, 2, 2, 1, 3, 0, 0 on org (METRICS.md §3.7)', () => {
    // a2: contacts a1, a3, b2; pairs (a1,b2) and (a3,b2) are not tied; a1 and b2 have no other
    //     common contact (g = 1), nor a3 and b2: EB = 1 + 1 = 2.
    // b2: contacts b1, c1, a2, none tied to another: 3 pairs, each only through b2: EB = 3.
    // b1: contacts a3, b2, not tied: EB = 1. a1: its two contacts are tied: EB = 0.
    expect(egoBetweenness(org())).toEqual({ a1: 0, a2: 2, a3: 2, b1: 1, b2: 3, c1: 0, z: 0 });
  });

  it('shares a pair with the other common contacts: 1/g_jk', () => {
    // Square i–j, i–k, q–j, q–k plus i–q: in i's ego network j and k are linked via i and via q.
    const g = new UndirectedGraph();
    for (const [u, v] of [['i', 'j'], ['i', 'k'], ['i', 'q'], ['q', 'j'], ['q', 'k']]) g.mergeEdge(u!, v!);
    expect(egoBetweenness(g).i).toBe(0.5);
    expect(egoBetweenness(g).q).toBe(0.5);
  });

  it('gives k(k − 1)/2 for a star centre and 0 in a clique', () => {
    const star = new UndirectedGraph();
    for (const leaf of ['a', 'b', 'c', 'd', 'e']) star.mergeEdge('hub', leaf);
    expect(egoBetweenness(star).hub).toBe(10);
    const clique = new UndirectedGraph();
    for (const [u, v] of [['a', 'b'], ['a', 'c'], ['b', 'c']]) clique.mergeEdge(u!, v!);
    expect(egoBetweenness(clique)).toEqual({ a: 0, b: 0, c: 0 });
  });

  it('matches the Krackhardt kite: Heather (7) brokers 8 and the 5–6 side', () => {
    // 7's contacts 5, 6, 8; 5–6 tied; pairs (5,8) and (6,8) only through 7: EB = 2.
    expect(egoBetweenness(kite())['7']).toBe(2);
  });

  it('counts hops and does not read strengths (invalid weights do not throw)', () => {
    const g = org();
    g.setEdgeAttribute('a1', 'a2', 'weight', -5);
    expect(egoBetweenness(g).a2).toBe(2);
  });

  describe('directed graphs (ordered pairs, arcs keep their direction inside the ego network)', () => {
    it('counts j → i → k when j → k is absent', () => {
      // a → i → b: one ordered pair (a, b), through i only. b → a would make it a 2-cycle, not a shortcut.
      const g = new DirectedGraph();
      g.mergeEdge('a', 'i');
      g.mergeEdge('i', 'b');
      expect(egoBetweenness(g).i).toBe(1);
      g.mergeEdge('b', 'a');
      expect(egoBetweenness(g).i).toBe(1);
      g.mergeEdge('a', 'b');
      expect(egoBetweenness(g).i).toBe(0);
    });

    it('counts a geodesic longer than 2 steps through ego (METRICS.md §3.7 formula gives 1, NetworkX on the induced subgraph 2)', () => {
      // b's ego network: a ↔ b, a ↔ c, b → c, b → h. Pairs through b: (a, h) via a → b → h, and
      // (c, h), whose only shortest path is c → a → b → h. The 2-step formula misses the second.
      const g = new DirectedGraph();
      for (const [u, v] of [['a', 'b'], ['b', 'a'], ['a', 'c'], ['c', 'a'], ['b', 'c'], ['b', 'h']]) g.mergeEdge(u!, v!);
      expect(egoBetweenness(g).b).toBe(2);
    });
  });
});
