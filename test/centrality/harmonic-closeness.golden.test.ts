/**
 * harmonicCloseness against golden values from NetworkX 2.8.8 and igraph 0.10.2, written by
 * test/golden/generate_paths.py into test/fixtures/golden/harmonic-closeness.*.json.
 *
 * Conventions: `normalized: true` divides by n − 1 as igraph does (NetworkX has no normalisation;
 * the generator multiplies its values by 1/(n − 1)). `direction: 'in'` is what NetworkX computes
 * on a digraph; `'out'` is NetworkX on the reversed graph, and igraph's mode 'out'.
 */
import { describe, expect, it } from 'vitest';
import type { PathDirection } from '../../src/centrality/closeness.js';
import { harmonicCloseness } from '../../src/centrality/harmonic-closeness.js';
import { fixtureData, fixtureGraph } from '../fixtures/graphs.js';
import { expectNodesClose, MODE_OPTIONS, PATH_FIXTURES, readGolden, type DistanceMode } from './paths-golden.js';

type Values = Record<string, number | null>;

interface Case {
  distance: DistanceMode;
  direction: PathDirection;
  normalized: boolean;
  networkx: Values;
  igraph: Values;
  agree: boolean;
}

describe('harmonicCloseness', () => {
  describe('golden values (NetworkX 2.8.8, igraph 0.10.2)', () => {
    it.each(PATH_FIXTURES)('records its provenance in harmonic-closeness.%s.json, and NetworkX agrees with igraph', (name) => {
      const { provenance, cases } = readGolden<{ cases: Case[] }>('harmonic-closeness', name);
      expect(provenance.generator).toBe('test/golden/generate_paths.py');
      expect(provenance.graph.name).toBe(name);
      expect(provenance.graph.edges).toEqual(fixtureData(name).edges);
      expect(cases.every((c) => c.agree)).toBe(true);
    });

    describe.each(PATH_FIXTURES)('%s', (name) => {
      const { cases } = readGolden<{ cases: Case[] }>('harmonic-closeness', name);
      const graph = fixtureGraph(name);

      it.each(cases)('equals NetworkX and igraph with distance $distance, direction $direction, normalized $normalized', (c) => {
        const got = harmonicCloseness(graph, { ...MODE_OPTIONS[c.distance], direction: c.direction, normalized: c.normalized });
        expectNodesClose(got, c.networkx, `${name} ${c.distance} ${c.direction} vs NetworkX`);
        expectNodesClose(got, c.igraph, `${name} ${c.distance} ${c.direction} vs igraph`);
      });
    });
  });
});
