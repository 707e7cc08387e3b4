/**
 * bridges: the standard cases (STYLE.md §9), hand-checked bridges (METRICS.md §3.3), the merged
 * parallel-edge convention (a doubled tie can be a bridge: a deliberate departure from NetworkX's
 * multigraph-aware version), directed projections, and a 1,000,000-edge path and cycle (the
 * depth-first search is iterative). Golden parity with NetworkX and igraph:
 * ties-structure.golden.test.ts; the naive removal oracle: ties-structure.prop.test.ts.
 */
import { DirectedGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/core/build-index.js';
import { csrFromEdges } from '../../src/core/csr.js';
import { GraphTypeNotSupportedError, InvalidGraphError, InvalidOptionError } from '../../src/errors.js';
import { BRIDGES_DEFAULTS, bridges } from '../../src/ties/bridges.js';
import { Graph as MixedGraph } from '../arbitraries.js';
import { fixtureGraph } from '../fixtures/graphs.js';
import { directedTriangle, expectThrows, org, trianglePendant } from './structure-helpers.js';

/** An index of a path 0–1–…–(n−1), or a cycle, built straight from typed arrays with csrFromEdges. */
function lineIndex(n: number, cycle: boolean) {
  const m = cycle ? n : n - 1;
  const sources = new Uint32Array(m);
  const targets = new Uint32Array(m);
  for (let i = 0; i < m; i++) {
    sources[i] = i;
    targets[i] = (i + 1) % n;
  }
  const keys = Array.from({ length: n }, (_, i) => String(i));
  return csrFromEdges({
    directed: false,
    weighted: false,
    keys,
    idOf: new Map(keys.map((k, i) => [k, i])),
    m,
    sources,
    targets,
    strengths: new Float64Array(m).fill(1),
    distances: null,
    strengthRule: 'max',
  });
}

describe('bridges', () => {
  describe('input validation', () => {
    it('throws InvalidGraphError on a non-graph', () => {
      for (const bad of [undefined, null, 1, {}]) expectThrows(() => bridges(bad as never), InvalidGraphError, 'E_INVALID_GRAPH');
    });

    it('throws GraphTypeNotSupportedError on a graph mixing directed and undirected edges', () => {
      const g = new MixedGraph();
      g.addDirectedEdge(g.addNode('a'), g.addNode('b'));
      g.addUndirectedEdge('b', g.addNode('c'));
      expectThrows(() => bridges(g), GraphTypeNotSupportedError, 'E_GRAPH_TYPE');
    });

    it('throws InvalidOptionError on a bad projection or an unknown option', () => {
      expectThrows(() => bridges(org(), { projection: 'out' as never }), InvalidOptionError, 'E_INVALID_OPTION', 'projection');
      expectThrows(() => bridges(org(), { getEdgeStrength: 'weight' } as never), InvalidOptionError, 'E_INVALID_OPTION', 'getEdgeStrength');
    });

    it('exports frozen defaults', () => {
      expect(Object.isFrozen(BRIDGES_DEFAULTS)).toBe(true);
      expect(BRIDGES_DEFAULTS).toEqual({ projection: 'any' });
    });
  });

  describe('standard cases', () => {
    it('bridges(emptyGraph) returns []', () => {
      expect(bridges(new UndirectedGraph())).toEqual([]);
      expect(bridges(buildIndex(new UndirectedGraph()))).toEqual([]);
    });

    it('ignores isolates, and an isolated dyad is a bridge', () => {
      const g = new UndirectedGraph();
      g.addNode('alone');
      g.mergeEdge('x', 'y');
      expect(bridges(g)).toEqual([{ source: 'x', target: 'y' }]);
    });

    it('ignores self-loops (a self-loop is neither a bridge nor a cycle)', () => {
      const g = trianglePendant();
      g.mergeEdge('d', 'd');
      g.mergeEdge('a', 'a');
      expect(bridges(g)).toEqual([{ source: 'c', target: 'd' }]);
    });

    it('reads no strengths: invalid weight attributes are neither read nor refused', () => {
      const g = org();
      g.setEdgeAttribute('a1-a2', 'weight', 'heavy');
      expect(bridges(g)).toEqual([{ source: 'b2', target: 'c1' }]);
    });

    it('gives the same result for the graph and its index', () => {
      const kite = fixtureGraph('kite');
      expect(bridges(buildIndex(kite))).toEqual(bridges(kite));
    });
  });

  describe('hand-checked bridges (METRICS.md §3.3)', () => {
    it('finds the one bridge of org: b2–c1', () => {
      expect(bridges(org())).toEqual([{ source: 'b2', target: 'c1' }]);
    });

    it("finds the kite's tail: 7–8 and 8–9", () => {
      expect(bridges(fixtureGraph('kite'))).toEqual([
        { source: '7', target: '8' },
        { source: '8', target: '9' },
      ]);
    });

    it('finds every tie of a tree and none of a cycle', () => {
      const tree = new UndirectedGraph();
      for (const [u, v] of [['r', 'a'], ['r', 'b'], ['a', 'c'], ['a', 'd']]) tree.mergeEdge(u, v);
      expect(bridges(tree)).toHaveLength(4);
      const cycle = new UndirectedGraph();
      for (const [u, v] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'a']]) cycle.mergeEdge(u, v);
      expect(bridges(cycle)).toEqual([]);
    });

    it('finds the tie joining two triangles, and both ties of a path between them', () => {
      const g = new UndirectedGraph();
      for (const [u, v] of [['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'm'], ['m', 'd'], ['d', 'e'], ['e', 'f'], ['f', 'd']]) g.mergeEdge(u, v);
      expect(bridges(g)).toEqual([
        { source: 'c', target: 'm' },
        { source: 'm', target: 'd' },
      ]);
    });
  });

  describe('parallel edges are one tie (departs from NetworkX on multigraphs)', () => {
    it('a tie made of two parallel edges is a bridge', () => {
      // NetworkX's bridges(MultiGraph) says a doubled edge is not a bridge: removing one edge
      // leaves the other. Here a relationship is one tie however many interactions it has.
      const g = new MultiUndirectedGraph();
      for (const [u, v] of [['a', 'b'], ['b', 'a'], ['b', 'c']]) {
        g.mergeNode(u);
        g.mergeNode(v);
        g.addEdge(u, v);
      }
      expect(bridges(g)).toEqual([
        { source: 'a', target: 'b' },
        { source: 'b', target: 'c' },
      ]);
    });
  });

  describe('directed graphs (undirected projection)', () => {
    it("projection 'any' (default): the pendant a–d of the projected triangle a–b–c", () => {
      expect(bridges(directedTriangle())).toEqual([{ source: 'a', target: 'd' }]);
    });

    it("projection 'mutual': only the reciprocated a–b remains, an isolated dyad", () => {
      expect(bridges(directedTriangle(), { projection: 'mutual' })).toEqual([{ source: 'a', target: 'b' }]);
    });

    it('a one-way arc joining two directed cycles is a bridge of the projection', () => {
      const g = new DirectedGraph();
      for (const [u, v] of [['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['f', 'd']]) g.mergeEdge(u, v);
      expect(bridges(g)).toEqual([{ source: 'c', target: 'd' }]);
    });
  });

  describe('no recursion: a path and a cycle of 1,000,000 nodes, built as an index with csrFromEdges', () => {
    it('finds the 999,999 bridges of a 1,000,000-node path without overflowing the stack', () => {
      const index = lineIndex(1_000_000, false);
      const t0 = performance.now();
      const found = bridges(index);
      const seconds = (performance.now() - t0) / 1000;
      expect(found).toHaveLength(999_999);
      expect(found[0]).toEqual({ source: '0', target: '1' });
      expect(found[999_998]).toEqual({ source: '999998', target: '999999' });
      // Informational (the machine is shared): the benchmark reports this figure.
      console.info(`bridges on a 1,000,000-node path: ${seconds.toFixed(3)} s`);
    });

    it('finds no bridge on a 1,000,000-node cycle (a depth-first search 1,000,000 deep)', () => {
      expect(bridges(lineIndex(1_000_000, true))).toEqual([]);
    });
  });
});
