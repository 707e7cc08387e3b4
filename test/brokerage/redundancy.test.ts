/**
 * Unit tests of redundancy (STYLE.md §9, layer 1). Golden parity (k − NetworkX effective size)
 * is in burt.golden.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { assignRedundancy, redundancy, REDUNDANCY_DEFAULTS, redundancyIndexed } from '../../src/brokerage/redundancy.js';
import { effectiveSize } from '../../src/brokerage/effective-size.js';
import { kite, org, standardCases, triad } from './burt-cases.js';

describe('redundancy', () => {
  standardCases({
    name: 'redundancy',
    compute: redundancy as never,
    indexed: redundancyIndexed as never,
    assign: assignRedundancy as never,
    defaults: REDUNDANCY_DEFAULTS,
    attribute: 'redundancy',
    pendant: 0,
    burt: true,
    isolate: Number.NaN,
  });

  it('returns 0.4333 for a1 in org (weighted)', () => {
    // RD = p(a1,a3)·m(a2,a3) + p(a1,a2)·m(a3,a2) = 0.4·1/3 + 0.6·1/2 = 0.4333.
    expect(redundancy(org()).a1).toBeCloseTo(0.4 / 3 + 0.3, 14);
  });

  it('equals 2t/n on unweighted undirected graphs (Borgatti 1997): kite node 3 has 16/6', () => {
    // Node 3: n = 6 contacts, t = 8 ties among them.
    expect(redundancy(kite())['3']).toBeCloseTo(16 / 6, 14);
  });

  it('is 0 when no two contacts are tied, and n − 1 for a clique member', () => {
    const star = new UndirectedGraph();
    for (const leaf of ['a', 'b', 'c']) star.mergeEdge('hub', leaf);
    expect(redundancy(star).hub).toBe(0);
    const clique = new UndirectedGraph();
    for (const [u, v] of [['a', 'b'], ['a', 'c'], ['b', 'c']]) clique.mergeEdge(u!, v!);
    expect(redundancy(clique).a).toBeCloseTo(1, 14);
  });

  it('equals k − effective size on every node, both models (directed triad and org)', () => {
    for (const g of [org(), triad()]) {
      for (const model of ['whole', 'ego'] as const) {
        const rd = redundancy(g, { model });
        const es = effectiveSize(g, { model });
        g.forEachNode((node) => {
          if (g.degree(node) === 0) expect(rd[node]).toBeNaN();
          else expect(rd[node]! + es[node]!).toBeCloseTo(new Set(g.neighbors(node)).size, 12);
        });
      }
    }
  });
});
