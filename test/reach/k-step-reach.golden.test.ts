/**
 * kStepReach against golden values from NetworkX 2.8.8 `single_source_shortest_path_length(cutoff=k)`
 * (cross-checked with igraph `neighborhood_size(mindist=1)`), written by test/golden/generate_reach.py
 * into test/fixtures/golden/reach-<graph>.json: counts exactly, shares to a relative 1e-9, for
 * k = 1, 2, 3, via 'any' / 'strong' / 'weak' (strongTies: 2) and both directions of directed graphs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index.js';
import { kStepReach } from '../../src/reach/k-step-reach.js';
import { FIXTURES, fixtureGraph, type FixtureName } from '../fixtures/graphs.js';

interface ReachCase {
  direction: 'out' | 'in';
  via: 'any' | 'strong' | 'weak';
  strongTies: number | null;
  kStepReachCounts: Record<string, Record<string, number>>;
}
interface ReachGolden {
  provenance: { generator: string; networkx: string; igraph: string; graph: { name: string; nodes: string[] } };
  values: { cases: ReachCase[] };
}

function golden(name: FixtureName): ReachGolden {
  return JSON.parse(readFileSync(new URL(`../fixtures/golden/reach-${name}.json`, import.meta.url), 'utf8')) as ReachGolden;
}

describe('kStepReach golden values (NetworkX 2.8.8, igraph 0.10.2)', () => {
  it.each(FIXTURES)('matches reach-%s.json', (name) => {
    const g = golden(name);
    expect(g.provenance.generator).toBe('test/golden/generate_reach.py');
    expect(g.provenance.networkx).toMatch(/^\d+\.\d+/);
    const graph = fixtureGraph(name);
    const index = buildIndex(graph);
    const n = g.provenance.graph.nodes.length;
    expect(graph.order).toBe(n);
    for (const c of g.values.cases) {
      const path = { via: c.via, direction: c.direction, ...(c.strongTies === null ? {} : { strongTies: c.strongTies }) };
      for (const [k, counts] of Object.entries(c.kStepReachCounts)) {
        const what = `${name} ${c.direction} ${c.via} k=${k}`;
        expect(kStepReach(graph, { ...path, k: Number(k), normalized: false }), what).toEqual(counts);
        expect(kStepReach(index, { ...path, k: Number(k), normalized: false }), what).toEqual(counts);
        const shares = kStepReach(graph, { ...path, k: Number(k) });
        for (const [v, count] of Object.entries(counts)) {
          const expected = count / (n - 1);
          expect(Math.abs(shares[v]! - expected), `${what} ${v}`).toBeLessThanOrEqual(1e-9 * Math.max(expected, Number.MIN_VALUE));
        }
      }
    }
  });
});
