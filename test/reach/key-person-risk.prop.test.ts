/**
 * Properties of keyPersonRisk (STYLE.md §9, layers 3–4): on random graphs (directed or not,
 * parallel edges, self-loops, tricky keys), ΔF from the linear-time Tarjan kernel, ΔD_F,
 * articulation points, pieces and exclusive brokerage equal the naive removal oracle
 * (test/oracles/keyplayer.naive.ts), which rebuilds G − v for every v; graph and index agree;
 * strengths never change the structural measures.
 */
import { expect } from 'vitest';
import { test } from '@fast-check/vitest';
import { buildIndex } from '../../src/core/build-index.js';
import { keyPersonRisk } from '../../src/reach/key-person-risk.js';
import { arbGraph, toGraphology } from '../arbitraries.js';
import { naiveKeyPlayers } from '../oracles/keyplayer.naive.js';

const close = (a: number | null, b: number) =>
  Number.isNaN(b) ? Number.isNaN(a!) : Math.abs(a! - b) <= 1e-12 * Math.max(1, Math.abs(b));

test.prop([arbGraph({ maxNodes: 12, multi: true, selfLoops: true })], { numRuns: 100 })(
  'matches the naive removal oracle for every person',
  (desc) => {
    const r = keyPersonRisk(toGraphology(desc), { distanceWeighted: true });
    const oracle = naiveKeyPlayers(desc);
    expect(close(r.fragmentation, oracle.f)).toBe(true);
    expect(close(r.distanceFragmentation, oracle.df)).toBe(true);
    for (const v of desc.nodes) {
      const p = r.people[v]!;
      const o = oracle.people.get(v)!;
      expect(close(p.fragmentationRisk, o.fragmentationRisk), `ΔF ${v}`).toBe(true);
      expect(close(p.distanceFragmentationRisk, o.distanceFragmentationRisk), `ΔD_F ${v}`).toBe(true);
      expect(p.articulationPoint).toBe(o.articulationPoint);
      expect(p.pieces).toBe(o.pieces);
      expect(p.exclusiveBrokerage).toBe(o.exclusiveBrokerage);
    }
  },
);

test.prop([arbGraph({ maxNodes: 12, multi: true })], { numRuns: 100 })(
  'gives a graph and its index the same result, and ignores strengths',
  (desc) => {
    const g = toGraphology(desc);
    const r = keyPersonRisk(g);
    expect(keyPersonRisk(buildIndex(g))).toEqual(r);
    expect(keyPersonRisk(g, { getEdgeStrength: null })).toEqual(r);
  },
);
