/**
 * Unit tests of communities (STYLE.md §9, layer 1): conventions, determinism and the modularity it
 * reports. NetworkX's modularity of the pinned partitions is in groups.golden.test.ts.
 */
import { DirectedGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import louvainImport from 'graphology-communities-louvain';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/core/build-index.js';
import { lazegaLawFirm } from '../../src/datasets/index.js';
import { createRng } from '../../src/core/random.js';
import { GraphTypeNotSupportedError, InvalidGraphError, InvalidOptionError } from '../../src/errors.js';
import { assignCommunities, COMMUNITIES_DEFAULTS, communities } from '../../src/groups/communities.js';
import { modularity } from '../../src/groups/modularity.js';
import { Graph as MixedGraph } from '../arbitraries.js';
import { fixtureGraph, FIXTURES } from '../fixtures/graphs.js';
import { expectClose, expectThrows, org } from './helpers.js';

type Louvain = typeof louvainImport.default;
const louvain: Louvain = (louvainImport as unknown as { default?: Louvain }).default ?? (louvainImport as unknown as Louvain);

/** Two 4-cliques {a…d} and {e…h} joined by the single tie d–e. */
function twoCliques(): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const clique of [['a', 'b', 'c', 'd'], ['e', 'f', 'g', 'h']]) {
    for (let i = 0; i < 4; i++) for (let j = i + 1; j < 4; j++) g.mergeEdge(clique[i]!, clique[j]!);
  }
  g.addEdge('d', 'e');
  return g;
}

describe('communities', () => {
  describe('input validation', () => {
    it('throws InvalidGraphError on a non-graph', () => {
      expectThrows(() => communities([] as never), InvalidGraphError, 'E_INVALID_GRAPH');
    });

    it('throws GraphTypeNotSupportedError on a graph mixing directed and undirected edges', () => {
      const g = new MixedGraph();
      g.addDirectedEdge(g.addNode('a'), g.addNode('b'));
      g.addUndirectedEdge('b', g.addNode('c'));
      expectThrows(() => communities(g), GraphTypeNotSupportedError, 'E_GRAPH_TYPE');
    });

    it.each([
      ['resolution', { resolution: -0.5 }],
      ['seed', { seed: 'x' }],
      ['rng', { rng: 'x' }],
      ['seed', { seed: 1, rng: Math.random }],
      ['randomWalk', { randomWalk: false }],
      ['algorithm', { algorithm: 'infomap' }],
      ['algorithm', { algorithm: 1 }],
      ['iterations', { iterations: 0 }],
      ['iterations', { iterations: 1.5 }],
      ['iterations', { iterations: -1 }],
      ['iterations', { iterations: Infinity }],
      ['iterations', { iterations: '2' }],
      ['iterations', { iterations: 2, algorithm: 'louvain' }],
    ])('throws InvalidOptionError naming %s', (option, options) => {
      expectThrows(() => communities(org(), options as never), InvalidOptionError, 'E_INVALID_OPTION', option);
    });

    it('throws InvalidOptionError when rng returns a value outside [0, 1)', () => {
      expectThrows(() => communities(org(), { rng: () => 1 }), InvalidOptionError, 'E_INVALID_OPTION', 'rng');
      expectThrows(() => assignCommunities(org(), { rng: () => -0.5 }), InvalidOptionError, 'E_INVALID_OPTION', 'rng');
    });

    it('communities refuses attribute (it belongs to assignCommunities); assignCommunities refuses __proto__', () => {
      expectThrows(() => communities(org(), { attribute: 'team' } as never), InvalidOptionError, 'E_INVALID_OPTION', 'attribute');
      expectThrows(() => assignCommunities(org(), { attribute: '__proto__' }), InvalidOptionError, 'E_INVALID_OPTION', 'attribute');
      expectThrows(() => assignCommunities(org(), { attribute: '' }), InvalidOptionError, 'E_INVALID_OPTION', 'attribute');
      expectThrows(() => assignCommunities(buildIndex(org()) as never), InvalidGraphError, 'E_INVALID_GRAPH');
    });

    it('refuses an edge attribute that no edge carries', () => {
      expectThrows(() => communities(org(), { getEdgeStrength: 'wieght' }), InvalidOptionError, 'E_INVALID_OPTION', 'getEdgeStrength');
    });

    it("refuses iterations with algorithm: 'louvain' in assignCommunities too, and says why", () => {
      const error = expectThrows(() => assignCommunities(org(), { algorithm: 'louvain', iterations: 3 }), InvalidOptionError, 'E_INVALID_OPTION', 'iterations');
      expect(error.message).toContain("applies to algorithm 'leiden' only");
    });

    it('exports frozen defaults', () => {
      expect(Object.isFrozen(COMMUNITIES_DEFAULTS)).toBe(true);
      expect(COMMUNITIES_DEFAULTS).toMatchObject({ algorithm: 'leiden', resolution: 1, getEdgeStrength: 'weight', attribute: 'community' });
    });
  });

  describe('standard cases', () => {
    it('returns an empty partition on an empty graph', () => {
      expect(communities(new UndirectedGraph())).toEqual({ partition: {}, modularity: Number.NaN, count: 0, sizes: [] });
    });

    it('puts everyone in their own community when there are no ties (modularity NaN)', () => {
      const g = new UndirectedGraph();
      for (const node of ['x', 'y', 'z']) g.addNode(node);
      expect(communities(g)).toEqual({ partition: { x: 0, y: 1, z: 2 }, modularity: Number.NaN, count: 3, sizes: [1, 1, 1] });
    });

    it('keeps an isolate in a community of its own (z in org)', () => {
      const { partition } = communities(org());
      expect(Object.entries(partition).filter(([, c]) => c === partition.z)).toEqual([['z', partition.z]]);
    });

    it('ignores self-loops and merges parallel edges', () => {
      const g = new MultiUndirectedGraph();
      twoCliques().forEachEdge((_e, _a, u, v) => {
        g.mergeNode(u);
        g.mergeNode(v);
        g.addEdge(u, v, { weight: 0.5 });
        g.addEdge(u, v, { weight: 0.5 });
      });
      g.addEdge('a', 'a', { weight: 100 });
      expect(communities(g)).toEqual(communities(twoCliques()));
    });

    it('assignCommunities writes the partition communities computes', () => {
      const g = fixtureGraph('karate');
      const { partition } = communities(g, { seed: 3 });
      assignCommunities(g, { seed: 3 });
      g.forEachNode((node, attributes) => expect(attributes.community).toBe(partition[node]));
      assignCommunities(g, { attribute: 'team' });
      expect(g.getNodeAttribute('0', 'team')).toBe(communities(g).partition['0']);
    });

    it('gives the same result for the graph and for a prebuilt index, with either algorithm', () => {
      for (const name of FIXTURES) {
        const g = fixtureGraph(name);
        for (const algorithm of ['leiden', 'louvain'] as const) {
          expect(communities(buildIndex(g), { algorithm })).toEqual(communities(g, { algorithm }));
          expect(communities(buildIndex(g, { getEdgeStrength: null }), { algorithm })).toEqual(communities(g, { getEdgeStrength: null, algorithm }));
        }
      }
    });

    it("assignCommunities takes algorithm: 'louvain' too", () => {
      const g = fixtureGraph('karate');
      assignCommunities(g, { algorithm: 'louvain', attribute: 'louvain' });
      const { partition } = communities(g, { algorithm: 'louvain' });
      g.forEachNode((node, attributes) => expect(attributes.louvain).toBe(partition[node]));
    });
  });

  describe('iterations', () => {
    it('runs the iterations asked for: each one from the partition of the one before, stopping once stable', () => {
      const lazega = lazegaLawFirm();
      const one = communities(lazega, { iterations: 1 });
      const two = communities(lazega, { iterations: 2 });
      const stable = communities(lazega, { iterations: 100 });
      // The default is two iterations; further ones never lower Q on this graph and end once nothing moves.
      expect(communities(lazega)).toEqual(two);
      expect(two.modularity).toBeGreaterThan(one.modularity);
      expect(stable.modularity).toBeGreaterThan(two.modularity);
      expect(communities(lazega, { iterations: 1000 })).toEqual(stable);
    });

    it('changes nothing on a partition the first iteration already settles (two cliques)', () => {
      expect(communities(twoCliques(), { iterations: 5 })).toEqual(communities(twoCliques(), { iterations: 1 }));
    });
  });

  describe('partition and modularity', () => {
    it.each(['leiden', 'louvain'] as const)('finds the two cliques joined by one tie, Q = 12/13 − 1/2 (%s)', (algorithm) => {
      // m = 13; each clique has L = 6 and K = 4·3 + 1 = 13. Q = 12/13 − 2·(13/26)² = 0.4231.
      const result = communities(twoCliques(), { algorithm });
      expect(result.count).toBe(2);
      expect(result.sizes).toEqual([4, 4]);
      expect(result.partition).toEqual({ a: 0, b: 0, c: 0, d: 0, e: 1, f: 1, g: 1, h: 1 });
      expectClose(result.modularity, 12 / 13 - 0.5, 'Q');
    });

    it('numbers communities by decreasing size, 0 the largest', () => {
      for (const name of FIXTURES) {
        const { partition, sizes, count } = communities(fixtureGraph(name));
        expect(sizes.length).toBe(count);
        expect(sizes.reduce((a, b) => a + b, 0)).toBe(Object.keys(partition).length);
        for (let c = 1; c < count; c++) expect(sizes[c]).toBeLessThanOrEqual(sizes[c - 1]!);
        for (let c = 0; c < count; c++) expect(Object.values(partition).filter((x) => x === c).length).toBe(sizes[c]);
      }
    });

    it('reports the modularity that modularity() gives for the returned partition', () => {
      for (const name of FIXTURES) {
        const g = fixtureGraph(name);
        for (const options of [{}, { getEdgeStrength: null }, { resolution: 0.5 }, { resolution: 2 }] as const) {
          const result = communities(g, options);
          expect(result.modularity).toBe(modularity(g, { groups: result.partition, ...options }));
        }
      }
    });

    it("algorithm: 'louvain' agrees with graphology-communities-louvain's own detailed().modularity (Leiden's quality: communities-quality.test.ts)", () => {
      for (const name of FIXTURES) {
        const index = buildIndex(fixtureGraph(name));
        const simple = index.directed ? new DirectedGraph() : new UndirectedGraph();
        for (let v = 0; v < index.order; v++) simple.addNode(v);
        for (let t = 0; t < index.size; t++) simple.addEdge(index.tieSources[t]!, index.tieTargets[t]!, { weight: index.tieStrengths[t]! });
        for (const resolution of [0.5, 1, 2]) {
          const theirs = louvain.detailed(simple, { rng: createRng(42), resolution });
          const ours = communities(index, { resolution, algorithm: 'louvain' });
          expect(ours.count).toBe(theirs.count);
          expect(Math.abs(ours.modularity - theirs.modularity)).toBeLessThan(1e-12);
        }
      }
    });

    it.each(['leiden', 'louvain'] as const)('is deterministic: same seed, same partition; rng: createRng(s) equals seed: s; default seed 42 (%s)', (algorithm) => {
      const g = fixtureGraph('random-weighted');
      expect(communities(g, { seed: 5, algorithm })).toEqual(communities(g, { seed: 5, algorithm }));
      expect(communities(g, { rng: createRng(5), algorithm })).toEqual(communities(g, { seed: 5, algorithm }));
      expect(communities(g, { algorithm })).toEqual(communities(g, { seed: 42, algorithm }));
    });

    it('Leiden finds the weighted karate partition of Q 0.4449 (Louvain: 0.4439)', () => {
      const g = fixtureGraph('karate');
      const leiden = communities(g);
      expect(leiden.sizes).toEqual([12, 11, 6, 5]);
      expect(leiden.modularity).toBeCloseTo(0.44490358126721763, 12);
      expect(communities(g, { algorithm: 'louvain' }).modularity).toBeCloseTo(0.4438541256723075, 12);
    });

    it.each(['leiden', 'louvain'] as const)('gives more, smaller communities at higher resolution (%s)', (algorithm) => {
      const g = fixtureGraph('karate');
      expect(communities(g, { resolution: 2, algorithm }).count).toBeGreaterThan(communities(g, { resolution: 0.5, algorithm }).count);
      // γ = 0: nothing is expected, so merging everything connected is optimal: one community.
      expect(communities(g, { resolution: 0, algorithm }).count).toBe(1);
    });

    it.each(['leiden', 'louvain'] as const)('uses the directed form on directed graphs (%s)', (algorithm) => {
      const g = fixtureGraph('directed-weighted');
      const result = communities(g, { algorithm });
      expect(result.modularity).toBe(modularity(g, { groups: result.partition }));
      expect(result.count).toBeGreaterThan(1);
    });
  });
});
