/**
 * moderatelyWeakTies against golden values written by test/golden/generate_ego_profiles.py into
 * test/fixtures/golden/ego-profiles-<graph>.json: per ego and contact, embeddedness from NetworkX
 * 2.8.8 `common_neighbors`, the merged (symmetrised) strength, and the per-ego mid-rank percentiles
 * (SciPy `rankdata(method='average')` − ½) / k, cross-checked with
 * `percentileofscore(kind='mean') / 100`. Exact for counts, relative 1e-9 for the rest.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/core/build-index.js';
import { moderatelyWeakTies, type ModeratelyWeakTie } from '../../src/ties/moderately-weak-ties.js';
import { FIXTURES, fixtureGraph } from '../fixtures/graphs.js';

const RTOL = 1e-9;
const WEIGHTINGS = ['weighted', 'unweighted'] as const;

interface TieGolden {
  contact: string;
  embeddedness: number;
  strength: number;
  percentile: { embeddedness: number; strength: number };
}

interface Golden {
  provenance: { generator: string; graph: { nodes: string[] } };
  values: Record<(typeof WEIGHTINGS)[number], { ties: Record<string, TieGolden[]> }>;
}

function golden(name: string): Golden {
  const path = fileURLToPath(new URL(`../fixtures/golden/ego-profiles-${name}.json`, import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as Golden;
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= RTOL * Math.max(Math.abs(b), 1e-300);
}

function byContact(ties: ModeratelyWeakTie[]): Map<string, ModeratelyWeakTie> {
  return new Map(ties.map((t) => [t.contact, t]));
}

describe('moderatelyWeakTies: golden values (NetworkX common_neighbors, SciPy mid-rank percentiles)', () => {
  describe.each(FIXTURES.map((name) => [name]))('%s', (name) => {
    const g = golden(name);
    it.each(WEIGHTINGS.map((w) => [w]))('matches every ego and tie, %s, with band [0, 1] and the default band', (weighting) => {
      const getEdgeStrength = weighting === 'weighted' ? 'weight' : null;
      const graph = fixtureGraph(name);
      const index = buildIndex(graph, { getEdgeStrength });
      for (const [ego, ties] of Object.entries(g.values[weighting].ties)) {
        for (const measure of ['embeddedness', 'strength'] as const) {
          const all = moderatelyWeakTies(index, ego, { measure, band: [0, 1] });
          expect(moderatelyWeakTies(graph, ego, { measure, band: [0, 1], getEdgeStrength })).toEqual(all);
          expect(all.length, `${ego} has ${ties.length} ties`).toBe(ties.length);
          const got = byContact(all);
          for (const t of ties) {
            const r = got.get(t.contact)!;
            expect(r, `${ego}–${t.contact}`).toBeDefined();
            expect(r.embeddedness).toBe(t.embeddedness);
            expect(close(r.strength, t.strength), `strength ${ego}–${t.contact}`).toBe(true);
            expect(close(r.percentile, t.percentile[measure]), `${measure} percentile ${ego}–${t.contact}`).toBe(true);
          }
          // The default band [0.25, 0.5] keeps exactly the golden ties whose percentile lies in it.
          const kept = moderatelyWeakTies(index, ego, { measure }).map((t) => t.contact).sort();
          const expected = ties
            .filter((t) => t.percentile[measure] >= 0.25 && t.percentile[measure] <= 0.5)
            .map((t) => t.contact)
            .sort();
          expect(kept, `${ego} ${measure}`).toEqual(expected);
        }
      }
    });
  });
});
