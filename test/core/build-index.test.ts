import { describe, expect, it } from 'vitest';
import { DirectedGraph, MultiDirectedGraph, MultiGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import {
  BUILD_INDEX_DEFAULTS,
  GraphTypeNotSupportedError,
  InvalidGraphError,
  InvalidOptionError,
  InvalidWeightError,
  buildIndex,
  type CsrIndex,
} from '../../src/index.js';
import { Graph } from '../arbitraries.js';

/** The error `fn` throws (fails the test when it does not throw). */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

/** The merged ties of an index as `{ 'u–v': strength }` (directed: `'u→v'`), by node key. */
function ties(ix: CsrIndex): Record<string, number> {
  const out: Record<string, number> = {};
  for (let t = 0; t < ix.size; t++) {
    out[`${ix.keys[ix.tieSources[t]!]}${ix.directed ? '→' : '–'}${ix.keys[ix.tieTargets[t]!]}`] = ix.tieStrengths[t]!;
  }
  return out;
}

/** Neighbour keys and slot strengths of one node, in slot order. */
function row(ix: CsrIndex, key: string): [string, number][] {
  const u = ix.id(key);
  const out: [string, number][] = [];
  for (let p = ix.offsets[u]!; p < ix.offsets[u + 1]!; p++) out.push([ix.keys[ix.neighbors[p]!]!, ix.strengths[p]!]);
  return out;
}

describe('buildIndex', () => {
  it('lays out a triangle with sorted neighbours', () => {
    const g = new UndirectedGraph();
    g.mergeEdge('a', 'b', { weight: 2 });
    g.mergeEdge('b', 'c');
    const ix = buildIndex(g);
    expect(Array.from(ix.offsets)).toEqual([0, 1, 3, 4]);
    expect(Array.from(ix.neighbors)).toEqual([1, 0, 2, 1]);
    expect(Array.from(ix.strengths)).toEqual([2, 2, 1, 1]);
  });

  it('documents the defaults', () => {
    expect(BUILD_INDEX_DEFAULTS).toEqual({ getEdgeStrength: 'weight', getEdgeDistance: undefined });
    expect(Object.isFrozen(BUILD_INDEX_DEFAULTS)).toBe(true);
  });

  describe('parallel edges', () => {
    it('merges parallel edges of a MultiUndirectedGraph, summing strengths in either orientation', () => {
      const g = new MultiUndirectedGraph();
      for (const node of ['a', 'b', 'c']) g.addNode(node);
      g.addEdge('a', 'b', { weight: 2 });
      g.addEdge('b', 'a', { weight: 3 });
      g.addEdge('a', 'b'); // missing weight reads 1
      g.addEdge('b', 'c', { weight: 0.5 });
      const ix = buildIndex(g);
      // a–b: 2 + 3 + 1 = 6
      expect(ties(ix)).toEqual({ 'a–b': 6, 'b–c': 0.5 });
      expect(ix.size).toBe(2);
      expect(row(ix, 'a')).toEqual([['b', 6]]);
      expect(row(ix, 'b')).toEqual([
        ['a', 6],
        ['c', 0.5],
      ]);
      expect(ix.stats).toEqual({ selfLoopsDropped: 0, parallelEdgesMerged: 2 });
    });

    it('merges parallel arcs of a MultiDirectedGraph but keeps opposite arcs apart', () => {
      const g = new MultiDirectedGraph();
      g.mergeNode('a');
      g.mergeNode('b');
      g.addEdge('a', 'b', { weight: 2 });
      g.addEdge('a', 'b', { weight: 3 });
      g.addEdge('b', 'a', { weight: 7 });
      const ix = buildIndex(g);
      expect(ties(ix)).toEqual({ 'a→b': 5, 'b→a': 7 });
      expect(Array.from(ix.inStrengths)).toEqual([7, 5]); // a ← b 7 | b ← a 5
      expect(ix.stats.parallelEdgesMerged).toBe(1);
    });

    it('merges parallel edges of a mixed MultiGraph whose edges are all undirected', () => {
      const g = new MultiGraph();
      g.mergeNode('x');
      g.mergeNode('y');
      g.addUndirectedEdge('x', 'y', { weight: 1.25 });
      g.addUndirectedEdge('y', 'x', { weight: 1.25 });
      const ix = buildIndex(g);
      expect(ix.directed).toBe(false);
      expect(ties(ix)).toEqual({ 'x–y': 2.5 });
      expect(ix.stats.parallelEdgesMerged).toBe(1);
    });
  });

  describe('distances', () => {
    function multi() {
      const g = new MultiUndirectedGraph();
      for (const node of ['a', 'b', 'c']) g.addNode(node);
      g.addEdge('a', 'b', { weight: 1, d: 3 });
      g.addEdge('b', 'a', { weight: 1, d: 2 });
      g.addEdge('a', 'b', { weight: 1, d: 5 });
      g.addEdge('b', 'c', { weight: 4 }); // missing distance reads 1
      return g;
    }

    it('stores no distances without getEdgeDistance', () => {
      const ix = buildIndex(multi());
      expect(ix.distances).toBeNull();
      expect(ix.inDistances).toBeNull();
      expect(ix.tieDistances).toBeNull();
    });

    it('buildIndex(graph, { getEdgeDistance }) keeps the minimum distance of parallel edges', () => {
      const ix = buildIndex(multi(), { getEdgeDistance: 'd' });
      // a–b: min(3, 2, 5) = 2, strength 1 + 1 + 1 = 3; b–c: distance 1, strength 4
      expect(Array.from(ix.tieDistances!)).toEqual([2, 1]);
      expect(Array.from(ix.tieStrengths)).toEqual([3, 4]);
      // slots: a: b | b: a, c | c: b
      expect(Array.from(ix.distances!)).toEqual([2, 2, 1, 1]);
      expect(ix.inDistances).toBe(ix.distances);
    });

    it('buildIndex(graph, { getEdgeDistance: null }) counts hops', () => {
      const ix = buildIndex(multi(), { getEdgeDistance: null });
      expect(Array.from(ix.tieDistances!)).toEqual([1, 1]);
    });

    it('accepts a distance getter and aligns in-distances of a directed graph', () => {
      const g = new MultiDirectedGraph();
      for (const node of ['a', 'b', 'c']) g.addNode(node);
      g.addEdge('a', 'c', { km: 9 });
      g.addEdge('a', 'c', { km: 4 });
      g.addEdge('b', 'c', { km: 6 });
      const ix = buildIndex(g, { getEdgeDistance: (_edge, attributes) => attributes.km as number });
      expect(Array.from(ix.distances!)).toEqual([4, 6]); // a → c 4 | b → c 6
      expect(Array.from(ix.inDistances!)).toEqual([4, 6]); // c ← a 4, b 6
      expect(Array.from(ix.tieDistances!)).toEqual([4, 6]);
    });

    it('throws InvalidWeightError on a zero distance', () => {
      const g = new UndirectedGraph();
      g.mergeNode('a');
      g.mergeNode('b');
      g.addEdgeWithKey('ab', 'a', 'b', { d: 0 });
      const error = thrown(() => buildIndex(g, { getEdgeDistance: 'd' }));
      expect(error).toBeInstanceOf(InvalidWeightError);
      expect(error).toMatchObject({ code: 'E_INVALID_WEIGHT', edge: 'ab', source: 'a', target: 'b', value: 0 });
    });
  });

  describe('self-loops', () => {
    it('drops self-loops and counts them in stats.selfLoopsDropped', () => {
      const g = new MultiUndirectedGraph();
      for (const node of ['a', 'b']) g.addNode(node);
      g.addEdge('a', 'a', { weight: 5 });
      g.addEdge('a', 'a', { weight: 5 });
      g.addEdge('a', 'b', { weight: 2 });
      const ix = buildIndex(g);
      expect(ties(ix)).toEqual({ 'a–b': 2 });
      expect(row(ix, 'a')).toEqual([['b', 2]]);
      expect(ix.stats).toEqual({ selfLoopsDropped: 2, parallelEdgesMerged: 0 });
    });

    it('a node with only a self-loop is an isolate', () => {
      const g = new DirectedGraph();
      for (const node of ['a', 'b', 'c']) g.addNode(node);
      g.addEdge('a', 'b');
      g.addEdge('c', 'c', { weight: 3 });
      const ix = buildIndex(g);
      const c = ix.id('c');
      expect(ix.degree(c)).toBe(0);
      expect(ix.inDegree(c)).toBe(0);
      expect(ix.size).toBe(1);
      expect(ix.stats.selfLoopsDropped).toBe(1);
    });

    it('validates the strength of a self-loop even though it is dropped', () => {
      // One place validates strengths (METRICS.md §1.3): a bad value is a data error wherever it is.
      const g = new UndirectedGraph();
      g.addNode('a');
      g.addEdgeWithKey('loop', 'a', 'a', { weight: -1 });
      expect(thrown(() => buildIndex(g))).toMatchObject({ code: 'E_INVALID_WEIGHT', edge: 'loop', value: -1 });
    });
  });

  describe('getEdgeStrength', () => {
    function graph() {
      const g = new UndirectedGraph();
      for (const node of ['a', 'b', 'c']) g.addNode(node);
      g.addEdgeWithKey('ab', 'b', 'a', { weight: 2, emails: 10 });
      g.addEdgeWithKey('bc', 'b', 'c', { weight: 3 });
      return g;
    }

    it('reads the weight attribute by default; a missing attribute reads 1', () => {
      const g = graph();
      g.mergeNode('d');
      g.addEdge('c', 'd', { other: 8 });
      const ix = buildIndex(g);
      expect(ix.weighted).toBe(true);
      expect(ties(ix)).toEqual({ 'a–b': 2, 'b–c': 3, 'c–d': 1 });
    });

    it("buildIndex(graph, { getEdgeStrength: 'emails' }) reads that attribute", () => {
      const ix = buildIndex(graph(), { getEdgeStrength: 'emails' });
      expect(ix.weighted).toBe(true);
      expect(ties(ix)).toEqual({ 'a–b': 10, 'b–c': 1 });
    });

    it('buildIndex(graph, { getEdgeStrength: getter }) calls it with (edge, attributes, source, target)', () => {
      const calls: unknown[][] = [];
      const ix = buildIndex(graph(), {
        getEdgeStrength: (edge, attributes, source, target) => {
          calls.push([edge, attributes, source, target]);
          return (attributes.weight as number) * 10;
        },
      });
      expect(ix.weighted).toBe(true);
      expect(calls).toEqual([
        ['ab', { weight: 2, emails: 10 }, 'b', 'a'],
        ['bc', { weight: 3 }, 'b', 'c'],
      ]);
      expect(ties(ix)).toEqual({ 'a–b': 20, 'b–c': 30 });
    });

    it('buildIndex(graph, { getEdgeStrength: null }) ignores strengths', () => {
      const g = graph();
      g.mergeNode('d');
      g.addEdge('c', 'd', { weight: 'not even a number' });
      const ix = buildIndex(g, { getEdgeStrength: null });
      expect(ix.weighted).toBe(false);
      expect(Array.from(ix.strengths)).toEqual([1, 1, 1, 1, 1, 1]);
      expect(Array.from(ix.tieStrengths)).toEqual([1, 1, 1]);
    });

    // Regression: unweighted (getEdgeStrength: null) once summed parallel edges into strength 2.
    it('buildIndex(multigraph, { getEdgeStrength: null }) gives every tie strength 1', () => {
      const g = new MultiUndirectedGraph();
      g.mergeNode('a');
      g.mergeNode('b');
      g.addEdge('a', 'b', { weight: 2 });
      g.addEdge('b', 'a', { weight: 3 });
      const ix = buildIndex(g, { getEdgeStrength: null });
      expect(Array.from(ix.tieStrengths)).toEqual([1]);
      expect(Array.from(ix.strengths)).toEqual([1, 1]);
    });

    it('getEdgeStrength: undefined means the default', () => {
      expect(ties(buildIndex(graph(), { getEdgeStrength: undefined }))).toEqual({ 'a–b': 2, 'b–c': 3 });
    });
  });

  describe('InvalidWeightError', () => {
    const bad: [label: string, value: unknown][] = [
      ['0', 0],
      ['-0', -0],
      ['a negative number', -2],
      ['NaN', Number.NaN],
      ['Infinity', Number.POSITIVE_INFINITY],
      ['-Infinity', Number.NEGATIVE_INFINITY],
      ["the string '3'", '3'],
      ['null', null],
      ['an object', { value: 3 }],
      ['a boolean', true],
      ['a bigint', 3n],
    ];

    for (const [label, value] of bad) {
      it(`throws on a strength of ${label}, naming the edge, its endpoints and the value`, () => {
        const g = new UndirectedGraph();
        for (const node of ['a', 'b', 'c']) g.addNode(node);
        g.addEdgeWithKey('ok', 'a', 'b', { weight: 1 });
        g.addEdgeWithKey('bad', 'c', 'b', { weight: value });
        const error = thrown(() => buildIndex(g));
        expect(error).toBeInstanceOf(InvalidWeightError);
        expect(error).toMatchObject({ code: 'E_INVALID_WEIGHT', name: 'InvalidWeightError', edge: 'bad', source: 'c', target: 'b' });
        expect((error as InvalidWeightError).value).toBe(value);
        expect((error as Error).message).toContain('"bad"');
      });
    }

    it('throws when a getter returns a bad value', () => {
      const g = new DirectedGraph();
      for (const node of ['a', 'b']) g.addNode(node);
      g.addEdgeWithKey('e1', 'a', 'b');
      const error = thrown(() => buildIndex(g, { getEdgeStrength: () => -1 }));
      expect(error).toBeInstanceOf(InvalidWeightError);
      expect(error).toMatchObject({ edge: 'e1', source: 'a', target: 'b', value: -1 });
      const nan = thrown(() => buildIndex(g, { getEdgeStrength: () => Number.NaN }));
      expect((nan as InvalidWeightError).value).toBeNaN();
      const missing = thrown(() => buildIndex(g, { getEdgeStrength: () => undefined as unknown as number }));
      expect(missing).toMatchObject({ code: 'E_INVALID_WEIGHT', value: undefined });
    });

    it('accepts tiny and huge finite strengths', () => {
      const g = new UndirectedGraph();
      g.mergeEdge('a', 'b', { weight: Number.MIN_VALUE });
      g.mergeEdge('b', 'c', { weight: Number.MAX_VALUE });
      expect(Array.from(buildIndex(g).tieStrengths)).toEqual([Number.MIN_VALUE, Number.MAX_VALUE]);
    });
  });

  describe('InvalidGraphError', () => {
    for (const [label, value] of [
      ['null', null],
      ['undefined', undefined],
      ['{}', {}],
      ['a number', 42],
      ['an array', []],
      ['a string', 'graph'],
    ] as [string, unknown][]) {
      it(`buildIndex(${label}) throws InvalidGraphError`, () => {
        const error = thrown(() => buildIndex(value as AbstractGraph));
        expect(error).toBeInstanceOf(InvalidGraphError);
        expect(error).toMatchObject({ code: 'E_INVALID_GRAPH' });
      });
    }

    it('buildIndex(index) throws InvalidGraphError: it takes a graph', () => {
      const ix = buildIndex(new UndirectedGraph());
      expect(thrown(() => buildIndex(ix as unknown as AbstractGraph))).toBeInstanceOf(InvalidGraphError);
    });
  });

  describe('InvalidOptionError', () => {
    const g = new UndirectedGraph();
    g.mergeEdge('a', 'b');

    it('throws on a getEdgeStrength that is a number', () => {
      const error = thrown(() => buildIndex(g, { getEdgeStrength: 42 as unknown as string }));
      expect(error).toBeInstanceOf(InvalidOptionError);
      expect(error).toMatchObject({ code: 'E_INVALID_OPTION', option: 'getEdgeStrength' });
    });

    it('throws on a getEdgeDistance that is an object', () => {
      const error = thrown(() => buildIndex(g, { getEdgeDistance: {} as unknown as string }));
      expect(error).toMatchObject({ code: 'E_INVALID_OPTION', option: 'getEdgeDistance' });
    });

    it('throws on an unknown option key, naming it', () => {
      const error = thrown(() => buildIndex(g, { getEdgeWeight: 'weight' } as never));
      expect(error).toBeInstanceOf(InvalidOptionError);
      expect(error).toMatchObject({ code: 'E_INVALID_OPTION', option: 'getEdgeWeight' });
    });

    it('throws on options that are not an object', () => {
      for (const options of ['weight', 1, [], true]) {
        expect(thrown(() => buildIndex(g, options as never))).toMatchObject({ code: 'E_INVALID_OPTION', option: 'options' });
      }
    });

    it('accepts null or undefined options', () => {
      expect(buildIndex(g, undefined).size).toBe(1);
      expect(buildIndex(g, null as never).size).toBe(1);
    });
  });

  describe("graphology's mixed Graph", () => {
    it('with only directed edges gives a directed index', () => {
      const g = new Graph();
      g.mergeNode('a');
      g.mergeNode('b');
      g.addDirectedEdge('a', 'b', { weight: 2 });
      g.addDirectedEdge('b', 'a', { weight: 3 });
      const ix = buildIndex(g);
      expect(g.type).toBe('mixed');
      expect(ix.directed).toBe(true);
      expect(ties(ix)).toEqual({ 'a→b': 2, 'b→a': 3 });
    });

    it('with only undirected edges gives an undirected index', () => {
      const g = new Graph();
      g.mergeNode('a');
      g.mergeNode('b');
      g.addUndirectedEdge('b', 'a', { weight: 2 });
      const ix = buildIndex(g);
      expect(ix.directed).toBe(false);
      expect(ties(ix)).toEqual({ 'a–b': 2 });
    });

    it('with no edges gives an undirected index', () => {
      const g = new Graph();
      g.addNode('a');
      expect(buildIndex(g).directed).toBe(false);
    });

    it('mixing directed and undirected edges throws GraphTypeNotSupportedError', () => {
      const g = new Graph();
      for (const node of ['a', 'b', 'c']) g.addNode(node);
      g.addDirectedEdge('a', 'b');
      g.addUndirectedEdge('b', 'c');
      const error = thrown(() => buildIndex(g));
      expect(error).toBeInstanceOf(GraphTypeNotSupportedError);
      expect(error).toMatchObject({ code: 'E_GRAPH_TYPE', graphType: 'mixed' });
    });
  });

  describe('node keys named after Object.prototype members', () => {
    /**
     * A duck-typed stand-in for a graphology graph: graphology 0.26 itself cannot hold edges at
     * nodes such as '__proto__' or 'toString' (its adjacency objects inherit from Object.prototype),
     * but buildIndex only iterates nodes and edges and must not care about the keys.
     */
    function stubGraph(type: 'directed' | 'undirected', nodes: string[], edges: [string, string, number][]) {
      return {
        type,
        multi: true,
        order: nodes.length,
        size: edges.length,
        directedSize: type === 'directed' ? edges.length : 0,
        undirectedSize: type === 'undirected' ? edges.length : 0,
        addEdge() {
          throw new Error('read-only stub');
        },
        forEachNode(callback: (node: string, attributes: Record<string, unknown>) => void) {
          for (const node of nodes) callback(node, {});
        },
        forEachEdge(callback: (edge: string, attributes: Record<string, unknown>, source: string, target: string) => void) {
          edges.forEach(([source, target, weight], i) => callback(`e${i}`, { weight }, source, target));
        },
      } as unknown as AbstractGraph;
    }

    it('merges and lays out ties between __proto__, constructor and toString', () => {
      const ix = buildIndex(
        stubGraph(
          'undirected',
          ['toString', '__proto__', 'constructor', 'valueOf'],
          [
            ['__proto__', 'toString', 2],
            ['toString', '__proto__', 3],
            ['constructor', '__proto__', 1],
            ['valueOf', 'valueOf', 9],
          ],
        ),
      );
      expect(ix.keys).toEqual(['toString', '__proto__', 'constructor', 'valueOf']);
      expect(ix.id('__proto__')).toBe(1);
      expect(ties(ix)).toEqual({ 'toString–__proto__': 5, '__proto__–constructor': 1 });
      expect(ix.stats).toEqual({ selfLoopsDropped: 1, parallelEdgesMerged: 1 });
      expect(ix.degree(ix.id('valueOf'))).toBe(0);
      expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    });

    it('names such nodes in an InvalidWeightError', () => {
      const error = thrown(() =>
        buildIndex(stubGraph('directed', ['__proto__', 'constructor'], [['__proto__', 'constructor', 0]])),
      );
      expect(error).toMatchObject({ code: 'E_INVALID_WEIGHT', edge: 'e0', source: '__proto__', target: 'constructor', value: 0 });
    });
  });

  describe('typed graph classes', () => {
    it('an UndirectedGraph and the same DirectedGraph with both arcs give the same undirected / directed ties', () => {
      const u = new UndirectedGraph();
      u.mergeEdge('a', 'b', { weight: 2 });
      const d = new DirectedGraph();
      d.mergeEdge('a', 'b', { weight: 2 });
      d.mergeEdge('b', 'a', { weight: 2 });
      expect(buildIndex(u).directed).toBe(false);
      expect(buildIndex(d).directed).toBe(true);
      expect(Array.from(buildIndex(u).strengths)).toEqual(Array.from(buildIndex(d).strengths));
    });
  });
});
