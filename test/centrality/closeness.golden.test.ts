/**
 * closeness against golden values from NetworkX 2.8.8 and igraph 0.10.2, written by
 * test/golden/generate_paths.py into test/fixtures/golden/closeness.*.json.
 *
 * Conventions: `disconnected: 'wassermanFaust'` (default) is NetworkX's `wf_improved=True`; `'component'` equals
 * igraph's `closeness(normalized=True)` except on nodes that reach nobody, where igraph gives NaN
 * and tiestrength (like NetworkX) gives 0. `direction: 'in'` is what NetworkX computes on a
 * digraph; `'out'` is NetworkX on the reversed graph, and igraph's mode 'out'.
 */
import { describe, expect, it } from 'vitest';
import { closeness, type PathDirection } from '../../src/centrality/closeness.js';
import { fixtureData, fixtureGraph } from '../fixtures/graphs.js';
import { expectNodesClose, MODE_OPTIONS, PATH_FIXTURES, readGolden, type DistanceMode } from './paths-golden.js';

type Values = Record<string, number | null>;

interface Case {
  distance: DistanceMode;
  direction: PathDirection;
  wassermanFaust: boolean;
  networkx: Values;
  igraph?: Values;
  agree?: boolean;
}

describe('closeness', () => {
  describe('golden values (NetworkX 2.8.8, igraph 0.10.2)', () => {
    it.each(PATH_FIXTURES)('records its provenance in closeness.%s.json, and NetworkX agrees with igraph', (name) => {
      const { provenance, cases } = readGolden<{ cases: Case[] }>('closeness', name);
      expect(provenance.generator).toBe('test/golden/generate_paths.py');
      expect(provenance.graph.name).toBe(name);
      expect(provenance.graph.edges).toEqual(fixtureData(name).edges);
      expect(cases.filter((c) => c.agree === false)).toEqual([]);
    });

    describe.each(PATH_FIXTURES)('%s', (name) => {
      const { cases } = readGolden<{ cases: Case[] }>('closeness', name);
      const graph = fixtureGraph(name);

      it.each(cases)('equals NetworkX with distance $distance, direction $direction, wassermanFaust $wassermanFaust', (c) => {
        const got = closeness(graph, { ...MODE_OPTIONS[c.distance], direction: c.direction, disconnected: c.wassermanFaust ? 'wassermanFaust' : 'component' });
        expectNodesClose(got, c.networkx, `${name} ${c.distance} ${c.direction}`);
      });

      it.each(cases.filter((c) => c.igraph))('equals igraph (NaN → 0 for nodes reaching nobody) with distance $distance, direction $direction', (c) => {
        const got = closeness(graph, { ...MODE_OPTIONS[c.distance], direction: c.direction, disconnected: 'component' });
        const expected = Object.fromEntries(Object.entries(c.igraph!).map(([k, v]) => [k, v === null ? 0 : v]));
        expectNodesClose(got, expected, `${name} ${c.distance} ${c.direction} vs igraph`);
      });
    });
  });
});
