/**
 * Properties of the reach family (STYLE.md §9, layer 3) on random graphs (test/arbitraries.ts):
 * kStepReach, reachEfficiency and distanceWeightedReach equal the naive Floyd–Warshall oracles of
 * test/oracles/reach.naive.ts (any / strong / weak ties, both directions); reach grows with k;
 * relabelling nodes permutes the results.
 */
import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { kStepReach } from '../../src/reach/k-step-reach.js';
import { reachEfficiency } from '../../src/reach/reach-efficiency.js';
import { distanceWeightedReach } from '../../src/reach/distance-weighted-reach.js';
import { arbGraph, arbReordered, relabelDesc, toGraphology } from '../arbitraries.js';
import {
  naiveContacts,
  naiveDistanceWeightedReach,
  naiveReachCounts,
  naiveReachGraph,
  type NaiveVia,
} from '../oracles/reach.naive.js';

const arbVia = fc.constantFrom<NaiveVia>('any', 'strong', 'weak');
const arbDirection = fc.constantFrom<'out' | 'in'>('out', 'in');
const arbThreshold = fc.constantFrom(1.5, 2, 5, 20);

function close(a: number, b: number): boolean {
  if (Number.isNaN(b)) return Number.isNaN(a);
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

describe('reach properties', () => {
  test.prop([arbGraph({ maxNodes: 12, multi: true, selfLoops: true }), fc.integer({ min: 1, max: 4 }), arbVia, arbThreshold, arbDirection], {
    numRuns: 100,
  })('kStepReach equals the naive BFS oracle (counts and shares)', (desc, k, via, threshold, direction) => {
    const graph = toGraphology(desc);
    const path = { via, strongTies: threshold, direction };
    const naive = naiveReachCounts(naiveReachGraph(desc.nodes, desc.edges, desc.directed, via, threshold, direction), k);
    const counts = kStepReach(graph, { ...path, k, normalized: false });
    const shares = kStepReach(graph, { ...path, k });
    const n = desc.nodes.length;
    desc.nodes.forEach((v, i) => {
      expect(counts[v]).toBe(naive[i]);
      if (n > 1) expect(shares[v]).toBe(naive[i]! / (n - 1));
      else expect(shares[v]).toBeNaN();
    });
  });

  test.prop([arbGraph({ maxNodes: 12, multi: true }), arbVia, arbThreshold, arbDirection], { numRuns: 100 })(
    'reachEfficiency equals the oracle: 2-step count over contacts, NaN without contacts',
    (desc, via, threshold, direction) => {
      const g = naiveReachGraph(desc.nodes, desc.edges, desc.directed, via, threshold, direction);
      const counts = naiveReachCounts(g, 2);
      const contacts = naiveContacts(g);
      const got = reachEfficiency(toGraphology(desc), { via, strongTies: threshold, direction });
      desc.nodes.forEach((v, i) => expect(close(got[v]!, contacts[i]! > 0 ? counts[i]! / contacts[i]! : Number.NaN)).toBe(true));
    },
  );

  test.prop([arbGraph({ maxNodes: 10, multi: true }), arbVia, arbDirection, fc.boolean()], { numRuns: 100 })(
    'distanceWeightedReach equals the oracle (1 + Σ 1/d) / n, hops and d = 1/s',
    (desc, via, direction, inverse) => {
      const g = naiveReachGraph(desc.nodes, desc.edges, desc.directed, via, 2, direction);
      const naive = naiveDistanceWeightedReach(g, inverse);
      // d = 1/s is the default; getEdgeDistance: null counts hops.
      const got = distanceWeightedReach(toGraphology(desc), { via, strongTies: 2, direction, ...(inverse ? {} : { getEdgeDistance: null }) });
      desc.nodes.forEach((v, i) => expect(close(got[v]!, naive[i]!)).toBe(true));
    },
  );

  test.prop([arbGraph({ maxNodes: 12 }), arbVia, arbDirection], { numRuns: 100 })(
    'reach never shrinks as k grows, and a share stays in [0, 1]',
    (desc, via, direction) => {
      const graph = toGraphology(desc);
      let previous = kStepReach(graph, { k: 1, via, strongTies: 2, direction, normalized: false });
      for (let k = 2; k <= 4; k++) {
        const next = kStepReach(graph, { k, via, strongTies: 2, direction, normalized: false });
        for (const v of desc.nodes) {
          expect(next[v]!).toBeGreaterThanOrEqual(previous[v]!);
          expect(next[v]!).toBeLessThanOrEqual(desc.nodes.length - 1);
        }
        previous = next;
      }
    },
  );

  test.prop(
    [arbGraph({ maxNodes: 10, multi: true }).chain((desc) => fc.tuple(fc.constant(desc), arbReordered(desc))), arbVia],
    { numRuns: 100 },
  )('relabelling and reordering nodes permutes the results', ([desc, reordered], via) => {
    const options = { via, strongTies: 2 };
    const renamed = relabelDesc(reordered, (key) => `n:${key}`);
    const a = kStepReach(toGraphology(desc), options);
    const b = kStepReach(toGraphology(renamed), options);
    const c = distanceWeightedReach(toGraphology(desc), { ...options, toDistance: 'inverse' });
    const d = distanceWeightedReach(toGraphology(renamed), { ...options, toDistance: 'inverse' });
    for (const v of desc.nodes) {
      expect(Object.is(b[`n:${v}`], a[v])).toBe(true);
      expect(close(d[`n:${v}`]!, c[v]!)).toBe(true);
    }
  });
});
