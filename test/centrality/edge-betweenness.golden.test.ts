/**
 * edgeBetweenness against golden values from NetworkX 2.8.8 and igraph 0.10.2, written by
 * test/golden/generate_paths.py into test/fixtures/golden/edge-betweenness.*.json. Values are per
 * merged tie [source, target, value].
 *
 * Convention on float ties: igraph's relative tolerance (see betweenness.golden.test.ts); where
 * NetworkX's exact comparison miscounts (d = 1/strength on karate and random-weighted), igraph is
 * the reference.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex, type TieValue } from '../../src/index.js';
import { edgeBetweenness } from '../../src/centrality/edge-betweenness.js';
import { fixtureData, fixtureGraph } from '../fixtures/graphs.js';
import { expectClose, MODE_OPTIONS, PATH_FIXTURES, readGolden, type DistanceMode } from './paths-golden.js';

type TieValues = [string, string, number | null][];

interface Case {
  distance: DistanceMode;
  normalized: boolean;
  networkx: TieValues;
  igraph?: TieValues;
  agree?: boolean;
}

const NETWORKX_FLOAT_TIE_DISAGREEMENTS = ['karate/inverse', 'random-weighted/inverse'];

/** Each row of `got` (one per tie) against the golden's tie list (undirected ties in either orientation). */
function expectTies(got: TieValue[], graph: ReturnType<typeof fixtureGraph>, expected: TieValues, what: string) {
  const directed = graph.type === 'directed';
  const byPair = new Map<string, number | null>();
  for (const [u, v, x] of expected) {
    byPair.set(`${u}\u0000${v}`, x);
    if (!directed) byPair.set(`${v}\u0000${u}`, x);
  }
  expect(got.length).toBe(expected.length);
  for (const { source, target, value } of got) {
    expect(byPair.has(`${source}\u0000${target}`), `${what} ${source}–${target}`).toBe(true);
    expectClose(value, byPair.get(`${source}\u0000${target}`)!, `${what} ${source}–${target}`);
  }
}

describe('edgeBetweenness', () => {
  describe('golden values (NetworkX 2.8.8, igraph 0.10.2)', () => {
    it.each(PATH_FIXTURES)('records its provenance in edge-betweenness.%s.json', (name) => {
      const { provenance } = readGolden<{ cases: Case[] }>('edge-betweenness', name);
      expect(provenance.generator).toBe('test/golden/generate_paths.py');
      expect(provenance.graph.name).toBe(name);
      expect(provenance.graph.edges).toEqual(fixtureData(name).edges);
    });

    it('NetworkX and igraph disagree only where float path lengths tie (d = 1/strength on karate and random-weighted)', () => {
      const disagreements = PATH_FIXTURES.flatMap((name) =>
        readGolden<{ cases: Case[] }>('edge-betweenness', name)
          .cases.filter((c) => c.agree === false)
          .map((c) => `${name}/${c.distance}`),
      );
      expect(disagreements).toEqual(NETWORKX_FLOAT_TIE_DISAGREEMENTS);
    });

    describe.each(PATH_FIXTURES)('%s', (name) => {
      const { cases } = readGolden<{ cases: Case[] }>('edge-betweenness', name);
      const graph = fixtureGraph(name);

      it.each(cases.filter((c) => c.igraph))('equals igraph raw values with distance $distance', (c) => {
        expectTies(edgeBetweenness(graph, { ...MODE_OPTIONS[c.distance], normalized: false }), graph, c.igraph!, `${name} ${c.distance}`);
      });

      it.each(cases.filter((c) => !NETWORKX_FLOAT_TIE_DISAGREEMENTS.includes(`${name}/${c.distance}`)))(
        'equals NetworkX with distance $distance, normalized $normalized',
        (c) => {
          expectTies(edgeBetweenness(graph, { ...MODE_OPTIONS[c.distance], normalized: c.normalized }), graph, c.networkx, `${name} ${c.distance}`);
        },
      );

      it('gives the same values from a prebuilt index, as { source, target, value } per tie', () => {
        const c = cases.find((x) => x.igraph && x.distance === 'weight')!;
        const index = buildIndex(graph, MODE_OPTIONS.weight);
        const ties = edgeBetweenness(index, { normalized: false });
        expect(ties.length).toBe(index.size);
        const key = (u: string, v: string) => (index.directed ? `${u}\u0000${v}` : [u, v].sort().join('\u0000'));
        const expected = new Map(c.igraph!.map(([u, v, x]) => [key(u, v), x]));
        for (const { source, target, value } of ties) expectClose(value, expected.get(key(source, target))!, `${name} ${source}–${target}`);
      });
    });
  });
});
