/**
 * Unit tests of efficiency (STYLE.md §9, layer 1). No peer has efficiency (NetworkX #3467); the
 * golden values in burt.golden.test.ts are NetworkX's per-node effective size divided by k.
 */
import { describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { assignEfficiency, efficiency, EFFICIENCY_DEFAULTS, efficiencyIndexed } from '../../src/brokerage/efficiency.js';
import { kite, org, standardCases, triad } from './burt-cases.js';

describe('efficiency', () => {
  standardCases({
    name: 'efficiency',
    compute: efficiency as never,
    indexed: efficiencyIndexed as never,
    assign: assignEfficiency as never,
    defaults: EFFICIENCY_DEFAULTS,
    attribute: 'efficiency',
    pendant: 1,
    burt: true,
    isolate: Number.NaN,
  });

  it('returns 0.7833 for a1 in org (weighted): ES 1.5667 over 2 contacts', () => {
    expect(efficiency(org()).a1).toBeCloseTo((1 - 0.4 / 3 + (1 - 0.6 / 2)) / 2, 14);
  });

  it('gives 1 − 2t/n² unweighted: kite node 3 = 1 − 16/36, a clique member 1/(n) and a star centre 1', () => {
    expect(efficiency(kite())['3']).toBeCloseTo(1 - 16 / 36, 14);
    const clique = new UndirectedGraph();
    for (const [u, v] of [['a', 'b'], ['a', 'c'], ['a', 'd'], ['b', 'c'], ['b', 'd'], ['c', 'd']]) clique.mergeEdge(u!, v!);
    expect(efficiency(clique).a).toBeCloseTo(1 / 3, 14);
    const star = new UndirectedGraph();
    for (const leaf of ['a', 'b', 'c']) star.mergeEdge('hub', leaf);
    expect(efficiency(star).hub).toBe(1);
  });

  it('divides by the number of distinct contacts (in ∪ out) on directed graphs: F4 node 0 = 7/12', () => {
    // ES_0 = 7/6 (see effective-size.test.ts) over k = 2 contacts.
    expect(efficiency(triad())['0']).toBeCloseTo(7 / 12, 14);
  });
});
