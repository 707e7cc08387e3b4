/**
 * distanceWeightedReach against golden values from NetworkX 2.8.8 (`single_source_shortest_path_length`,
 * `single_source_dijkstra_path_length`, `multi_source_dijkstra_path_length`), written by
 * test/golden/generate_reach.py into test/fixtures/golden/reach-<graph>.json: per person
 * (distanceWeightedReach) and for two sets per graph (groupDistanceWeightedReach), in hops
 * (`getEdgeDistance: null`; the files' "hops" predate the d = 1/strength default) and with
 * d = 1/strength (the default), via 'any' / 'strong' / 'weak', both directions of directed graphs;
 * relative 1e-9. Members count 1 (METRICS.md open decision 6).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index.js';
import { distanceWeightedReach } from '../../src/reach/distance-weighted-reach.js';
import { groupDistanceWeightedReach } from '../../src/reach/group-distance-weighted-reach.js';
import { FIXTURES, fixtureGraph, type FixtureName } from '../fixtures/graphs.js';

interface ReachCase {
  direction: 'out' | 'in';
  via: 'any' | 'strong' | 'weak';
  strongTies: number | null;
  distanceWeightedReach: { hops: Record<string, number>; inverse: Record<string, number> };
  sets?: { members: string[]; hops: number; inverse: number }[];
}

function golden(name: FixtureName): { provenance: { generator: string; params: { distanceWeightedReach: string } }; values: { cases: ReachCase[] } } {
  return JSON.parse(readFileSync(new URL(`../fixtures/golden/reach-${name}.json`, import.meta.url), 'utf8'));
}

function expectClose(actual: number, expected: number, what: string): void {
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-9 * Math.abs(expected));
}

describe('distanceWeightedReach golden values (NetworkX 2.8.8)', () => {
  it.each(FIXTURES)('matches reach-%s.json', (name) => {
    const g = golden(name);
    expect(g.provenance.generator).toBe('test/golden/generate_reach.py');
    expect(g.provenance.params.distanceWeightedReach).toMatch(/members count 1/);
    const graph = fixtureGraph(name);
    const index = buildIndex(graph);
    let sets = 0;
    for (const c of g.values.cases) {
      const path = { via: c.via, direction: c.direction, ...(c.strongTies === null ? {} : { strongTies: c.strongTies }) };
      const what = `${name} ${c.direction} ${c.via}`;
      for (const input of [graph, index]) {
        const hops = distanceWeightedReach(input, { ...path, getEdgeDistance: null });
        const inverse = distanceWeightedReach(input, path);
        for (const [v, expected] of Object.entries(c.distanceWeightedReach.hops)) expectClose(hops[v]!, expected, `${what} hops ${v}`);
        for (const [v, expected] of Object.entries(c.distanceWeightedReach.inverse)) expectClose(inverse[v]!, expected, `${what} inverse ${v}`);
      }
      for (const s of c.sets ?? []) {
        sets++;
        expectClose(groupDistanceWeightedReach(graph, s.members, { ...path, getEdgeDistance: null }), s.hops, `${what} set ${s.members} hops`);
        expectClose(groupDistanceWeightedReach(index, s.members, { ...path, getEdgeDistance: null }), s.hops, `${what} set ${s.members} hops (index)`);
        expectClose(groupDistanceWeightedReach(index, s.members, path), s.inverse, `${what} set ${s.members} inverse`);
        expectClose(groupDistanceWeightedReach(graph, s.members, { ...path, toDistance: 'inverse' }), s.inverse, `${what} set ${s.members} inverse (graph)`);
      }
    }
    expect(sets).toBeGreaterThan(0);
  });
});
