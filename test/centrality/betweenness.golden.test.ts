/**
 * betweenness against golden values from NetworkX 2.8.8 and igraph 0.10.2, written by
 * test/golden/generate_paths.py into test/fixtures/golden/betweenness.*.json.
 *
 * Convention on float ties: tiestrength compares path lengths with igraph's relative tolerance
 * (1e-10), NetworkX exactly. Where NetworkX's raw values differ from igraph's (only with
 * d = 1/strength on karate and random-weighted), igraph is the reference; everywhere else
 * (hops, integer distances, and 1/strength where no tie rounds apart) both agree with us to 1e-9.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex, type CsrIndex } from '../../src/index.js';
import { betweenness } from '../../src/centrality/betweenness.js';
import { brandesSums, rescaleBetweenness } from '../../src/core/brandes.js';
import { resolveDistances } from '../../src/core/distances.js';
import { fixtureData, fixtureGraph } from '../fixtures/graphs.js';
import { expectClose, expectNodesClose, MODE_OPTIONS, PATH_FIXTURES, readGolden, type DistanceMode } from './paths-golden.js';

type Values = Record<string, number | null>;

interface Case {
  distance: DistanceMode;
  normalized: boolean;
  endpoints: boolean;
  networkx: Values;
  igraph?: Values;
  agree?: boolean;
}

interface Golden {
  cases: Case[];
  sampled: { pivots: string[]; cases: Omit<Case, 'igraph' | 'agree'>[] };
}

/** Where NetworkX's exact tie test miscounts: (graph, distance mode) pairs whose raw values differ from igraph's. */
const NETWORKX_FLOAT_TIE_DISAGREEMENTS = ['karate/inverse', 'random-weighted/inverse'];

describe('betweenness', () => {
  describe('golden values (NetworkX 2.8.8, igraph 0.10.2)', () => {
    it.each(PATH_FIXTURES)('records its provenance in betweenness.%s.json', (name) => {
      const { provenance } = readGolden<Golden>('betweenness', name);
      expect(provenance.generator).toBe('test/golden/generate_paths.py');
      expect(provenance.networkx).toBe('2.8.8');
      expect(provenance.igraph).toBe('0.10.2');
      expect(provenance.graph.name).toBe(name);
      expect(provenance.graph.edges).toEqual(fixtureData(name).edges);
    });

    it('NetworkX and igraph disagree only where float path lengths tie (d = 1/strength on karate and random-weighted)', () => {
      const disagreements = PATH_FIXTURES.flatMap((name) =>
        readGolden<Golden>('betweenness', name)
          .cases.filter((c) => c.agree === false)
          .map((c) => `${name}/${c.distance}`),
      );
      expect(disagreements).toEqual(NETWORKX_FLOAT_TIE_DISAGREEMENTS);
    });

    describe.each(PATH_FIXTURES)('%s', (name) => {
      const golden = readGolden<Golden>('betweenness', name);
      const graph = fixtureGraph(name);

      it.each(golden.cases.filter((c) => c.igraph))('equals igraph raw values with distance $distance', (c) => {
        const got = betweenness(graph, { ...MODE_OPTIONS[c.distance], normalized: false });
        expectNodesClose(got, c.igraph!, `${name} ${c.distance} vs igraph`);
      });

      const networkxCases = golden.cases.filter((c) => !NETWORKX_FLOAT_TIE_DISAGREEMENTS.includes(`${name}/${c.distance}`));
      it.each(networkxCases)(
        'equals NetworkX with distance $distance, normalized $normalized, endpoints $endpoints',
        (c) => {
          const got = betweenness(graph, { ...MODE_OPTIONS[c.distance], normalized: c.normalized, endpoints: c.endpoints });
          expectNodesClose(got, c.networkx, `${name} ${c.distance}`);
        },
      );

      it.each(golden.sampled.cases.filter((c) => !NETWORKX_FLOAT_TIE_DISAGREEMENTS.includes(`${name}/${c.distance}`)))(
        'fixed pivots: sums and NetworkX 3.6.1 rescaling with distance $distance, normalized $normalized, endpoints $endpoints',
        (c) => {
          // Peers' generators cannot be matched, so the kernel runs from the generator's pivots.
          const index: CsrIndex = buildIndex(graph, MODE_OPTIONS[c.distance]);
          const distances = resolveDistances(index, undefined, c.distance !== 'inverse', 'test', { allowZero: false });
          const pivots = Uint32Array.from(golden.sampled.pivots, (key) => index.id(key));
          const values = brandesSums(index, distances, { sources: pivots, nodes: true, ties: false, endpoints: c.endpoints }).nodes!;
          rescaleBetweenness(values, index.order, {
            normalized: c.normalized,
            directed: index.directed,
            endpoints: c.endpoints,
            pivots,
          });
          expectNodesClose(index.collect(values), c.networkx, `${name} sampled ${c.distance}`);
        },
      );
    });

    it('karate, d = 1/weight: node 0 has raw betweenness 209 as in igraph, not NetworkX 208.5 (float ties counted)', () => {
      // Convention: igraph's relative tolerance. NetworkX 2.8.8 compares path lengths exactly and
      // drops tied paths whose float sums round apart.
      const golden = readGolden<Golden>('betweenness', 'karate');
      const raw = golden.cases.find((c) => c.distance === 'inverse' && c.igraph)!;
      expect(raw.igraph!['0']).toBe(209);
      expect(raw.networkx['0']).toBe(208.5);
      const got = betweenness(fixtureGraph('karate'), { normalized: false });
      expectClose(got['0'], 209, 'karate node 0');
      expect(got['0']).not.toBeCloseTo(208.5, 3);
    });
  });
});
