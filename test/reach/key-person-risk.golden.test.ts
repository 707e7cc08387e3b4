/**
 * keyPersonRisk against golden values from NetworkX 2.8.8 (articulation points cross-checked with
 * igraph), written by test/golden/generate_keyplayer.py into test/fixtures/golden/keyplayer-*.json:
 * articulation points, pieces and exclusive brokerage exactly; F, D_F and their per-removal risks
 * to a relative 1e-9 (a risk relative to the larger of itself and the baseline, since a risk of 0
 * is a difference of equal values). A JSON `null` stands for `NaN`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keyPersonRisk } from '../../src/reach/key-person-risk.js';
import { FIXTURES, fixtureGraph, type FixtureName } from '../fixtures/graphs.js';

const RTOL = 1e-9;

interface GoldenPerson {
  articulationPoint: boolean;
  pieces: number;
  fragmentationAfter: number | null;
  distanceFragmentationAfter: number | null;
  fragmentationRisk: number | null;
  distanceFragmentationRisk: number | null;
  exclusiveBrokerage: number;
}

interface Golden {
  provenance: { generator: string; networkx: string; igraph: string; function: string[]; graph: { name: string; directed: boolean } };
  values: {
    fragmentation: number | null;
    distanceFragmentation: number | null;
    articulationPoints: string[];
    people: Record<string, GoldenPerson>;
  };
}

function golden(name: FixtureName): Golden {
  return JSON.parse(readFileSync(new URL(`../fixtures/golden/keyplayer-${name}.json`, import.meta.url), 'utf8')) as Golden;
}

function expectClose(actual: number | null, expected: number | null, scale: number, what: string): void {
  if (expected === null) {
    expect(actual, what).toBeNaN();
    return;
  }
  expect(Math.abs(actual! - expected) / Math.max(scale, Number.MIN_VALUE), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(RTOL);
}

describe('keyPersonRisk golden values (NetworkX 2.8.8 articulation_points, connected_components, all_pairs_shortest_path_length)', () => {
  it.each(FIXTURES.map((name) => [name]))('matches keyplayer-%s.json', (name) => {
    const g = golden(name);
    expect(g.provenance.generator).toBe('test/golden/generate_keyplayer.py');
    expect(g.provenance.networkx).toBe('2.8.8');
    expect(g.provenance.graph.name).toBe(name);
    const r = keyPersonRisk(fixtureGraph(name), { distanceWeighted: true });
    const v = g.values;
    expectClose(r.fragmentation, v.fragmentation, Math.abs(v.fragmentation ?? 0), 'F');
    expectClose(r.distanceFragmentation, v.distanceFragmentation, Math.abs(v.distanceFragmentation ?? 0), 'D_F');
    expect(Object.keys(r.people)).toEqual(Object.keys(v.people));
    expect(Object.keys(r.people).filter((k) => r.people[k]!.articulationPoint)).toEqual(v.articulationPoints);
    for (const [node, e] of Object.entries(v.people)) {
      const p = r.people[node]!;
      expect(p.articulationPoint, node).toBe(e.articulationPoint);
      expect(p.pieces, node).toBe(e.pieces);
      expect(p.exclusiveBrokerage, node).toBe(e.exclusiveBrokerage);
      const fScale = Math.max(Math.abs(e.fragmentationRisk ?? 0), Math.abs(v.fragmentation ?? 0), Math.abs(e.fragmentationAfter ?? 0));
      const dScale = Math.max(Math.abs(e.distanceFragmentationRisk ?? 0), Math.abs(v.distanceFragmentation ?? 0));
      expectClose(p.fragmentationRisk, e.fragmentationRisk, fScale, `${node} ΔF`);
      expectClose(p.distanceFragmentationRisk, e.distanceFragmentationRisk, dScale, `${node} ΔD_F`);
      if (e.fragmentationAfter !== null) {
        expectClose(p.fragmentationRisk + r.fragmentation, e.fragmentationAfter, Math.abs(e.fragmentationAfter), `${node} F(G − v)`);
      }
      if (e.distanceFragmentationAfter !== null) {
        expectClose(p.distanceFragmentationRisk! + r.distanceFragmentation!, e.distanceFragmentationAfter, Math.abs(e.distanceFragmentationAfter), `${node} D_F(G − v)`);
      }
    }
  });

  it('pins the METRICS.md §3.10 values in keyplayer-org.json: F 0.2857, risk(b2) 0.3143', () => {
    const v = golden('org').values;
    expect(v.fragmentation).toBeCloseTo(0.2857, 4);
    expect(v.people.b2!.fragmentationRisk).toBeCloseTo(0.3143, 4);
    expect(v.articulationPoints).toEqual(['b2']);
  });
});
