import { describe, expect, it } from 'vitest';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import {
  CsrIndex,
  InvalidOptionError,
  NodeNotFoundError,
  buildIndex,
  isCsrIndex,
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

/**
 * Undirected fixture, ids a0 b1 c2 d3 e4 (e isolated).
 * Edges as added: c–a 2, b–d 1.5, a–b 1, d–c 4.
 * Canonical ties sorted by (smaller id, larger id): (0,1) 1, (0,2) 2, (1,3) 1.5, (2,3) 4.
 */
function undirectedFixture() {
  const g = new UndirectedGraph();
  for (const node of ['a', 'b', 'c', 'd', 'e']) g.addNode(node);
  g.addEdge('c', 'a', { weight: 2 });
  g.addEdge('b', 'd', { weight: 1.5 });
  g.addEdge('a', 'b', { weight: 1 });
  g.addEdge('d', 'c', { weight: 4 });
  return g;
}

/**
 * Directed fixture, ids a0 b1 c2 d3.
 * Arcs as added: a→c 2, a→b 1, c→a 4, b→c 3, d→a 5.
 * Ties sorted by (source, target): (0,1) 1, (0,2) 2, (1,2) 3, (2,0) 4, (3,0) 5.
 */
function directedFixture() {
  const g = new DirectedGraph();
  for (const node of ['a', 'b', 'c', 'd']) g.addNode(node);
  g.addEdge('a', 'c', { weight: 2 });
  g.addEdge('a', 'b', { weight: 1 });
  g.addEdge('c', 'a', { weight: 4 });
  g.addEdge('b', 'c', { weight: 3 });
  g.addEdge('d', 'a', { weight: 5 });
  return g;
}

describe('CsrIndex', () => {
  describe('undirected layout', () => {
    const ix = buildIndex(undirectedFixture());

    it('numbers nodes in graph order and counts each tie once', () => {
      expect(ix).toBeInstanceOf(CsrIndex);
      expect(ix.directed).toBe(false);
      expect(ix.weighted).toBe(true);
      expect(ix.keys).toEqual(['a', 'b', 'c', 'd', 'e']);
      expect(ix.order).toBe(5);
      expect(ix.size).toBe(4);
    });

    it('stores each tie in both endpoints’ lists, neighbours sorted by id', () => {
      // a: b 1, c 2 | b: a 1, d 1.5 | c: a 2, d 4 | d: b 1.5, c 4 | e: —
      expect(Array.from(ix.offsets)).toEqual([0, 2, 4, 6, 8, 8]);
      expect(Array.from(ix.neighbors)).toEqual([1, 2, 0, 3, 0, 3, 1, 2]);
      expect(Array.from(ix.strengths)).toEqual([1, 2, 1, 1.5, 2, 4, 1.5, 4]);
      expect(ix.distances).toBeNull();
    });

    it('lists ties once with source < target, sorted, and links every slot to its tie', () => {
      expect(Array.from(ix.tieSources)).toEqual([0, 0, 1, 2]);
      expect(Array.from(ix.tieTargets)).toEqual([1, 2, 3, 3]);
      expect(Array.from(ix.tieStrengths)).toEqual([1, 2, 1.5, 4]);
      expect(ix.tieDistances).toBeNull();
      expect(Array.from(ix.slotTies)).toEqual([0, 1, 0, 2, 1, 3, 2, 3]);
    });

    it('shares the in-adjacency arrays with the adjacency', () => {
      expect(ix.inOffsets).toBe(ix.offsets);
      expect(ix.inNeighbors).toBe(ix.neighbors);
      expect(ix.inStrengths).toBe(ix.strengths);
      expect(ix.inSlotTies).toBe(ix.slotTies);
      expect(ix.inDistances).toBeNull();
    });

    it('degree(id) and inDegree(id) count distinct neighbours', () => {
      const degrees = ix.keys.map((_, id) => ix.degree(id));
      expect(degrees).toEqual([2, 2, 2, 2, 0]);
      expect(ix.keys.map((_, id) => ix.inDegree(id))).toEqual(degrees);
    });
  });

  describe('directed layout', () => {
    const ix = buildIndex(directedFixture());

    it('stores out-adjacency sorted by target id', () => {
      expect(ix.directed).toBe(true);
      expect(ix.order).toBe(4);
      expect(ix.size).toBe(5);
      // a: b 1, c 2 | b: c 3 | c: a 4 | d: a 5
      expect(Array.from(ix.offsets)).toEqual([0, 2, 3, 4, 5]);
      expect(Array.from(ix.neighbors)).toEqual([1, 2, 2, 0, 0]);
      expect(Array.from(ix.strengths)).toEqual([1, 2, 3, 4, 5]);
      expect(Array.from(ix.slotTies)).toEqual([0, 1, 2, 3, 4]);
    });

    it('stores in-adjacency sorted by source id', () => {
      // a ← c 4, d 5 | b ← a 1 | c ← a 2, b 3 | d ← —
      expect(Array.from(ix.inOffsets)).toEqual([0, 2, 3, 5, 5]);
      expect(Array.from(ix.inNeighbors)).toEqual([2, 3, 0, 0, 1]);
      expect(Array.from(ix.inStrengths)).toEqual([4, 5, 1, 2, 3]);
      expect(Array.from(ix.inSlotTies)).toEqual([3, 4, 0, 1, 2]);
      expect(ix.inOffsets).not.toBe(ix.offsets);
    });

    it('lists arcs once, sorted by (source, target)', () => {
      expect(Array.from(ix.tieSources)).toEqual([0, 0, 1, 2, 3]);
      expect(Array.from(ix.tieTargets)).toEqual([1, 2, 2, 0, 0]);
      expect(Array.from(ix.tieStrengths)).toEqual([1, 2, 3, 4, 5]);
    });

    it('keeps a reciprocated pair as two arcs (a→c 2 and c→a 4)', () => {
      const a = ix.id('a');
      const c = ix.id('c');
      const out = (u: number) => Array.from(ix.neighbors.subarray(ix.offsets[u], ix.offsets[u + 1]));
      expect(out(a)).toContain(c);
      expect(out(c)).toContain(a);
      expect(ix.strengths[ix.offsets[c]!]).toBe(4);
    });

    it('degree(id) is the out-degree and inDegree(id) the in-degree', () => {
      expect(ix.keys.map((_, id) => ix.degree(id))).toEqual([2, 1, 1, 1]);
      expect(ix.keys.map((_, id) => ix.inDegree(id))).toEqual([2, 1, 2, 0]);
    });
  });

  describe('empty and edgeless graphs', () => {
    it('an empty graph (order 0) gives an empty index', () => {
      const ix = buildIndex(new UndirectedGraph());
      expect(ix.order).toBe(0);
      expect(ix.size).toBe(0);
      expect(ix.keys).toEqual([]);
      expect(Array.from(ix.offsets)).toEqual([0]);
      expect(ix.neighbors.length).toBe(0);
      expect(ix.tieSources.length).toBe(0);
      expect(ix.stats).toEqual({ selfLoopsDropped: 0, parallelEdgesMerged: 0 });
      expect(ix.collect(new Float64Array(0))).toEqual({});
    });

    it('an empty directed graph gives empty out- and in-adjacency', () => {
      const ix = buildIndex(new DirectedGraph());
      expect(ix.directed).toBe(true);
      expect(Array.from(ix.offsets)).toEqual([0]);
      expect(Array.from(ix.inOffsets)).toEqual([0]);
    });

    it('a graph of isolated nodes has zero degrees everywhere', () => {
      const g = new DirectedGraph();
      for (const node of ['x', 'y', 'z']) g.addNode(node);
      const ix = buildIndex(g);
      expect(ix.order).toBe(3);
      expect(ix.size).toBe(0);
      expect(Array.from(ix.offsets)).toEqual([0, 0, 0, 0]);
      expect(Array.from(ix.inOffsets)).toEqual([0, 0, 0, 0]);
      expect([0, 1, 2].map((id) => ix.degree(id) + ix.inDegree(id))).toEqual([0, 0, 0]);
    });
  });

  describe('has and id', () => {
    const ix = buildIndex(undirectedFixture());

    it('id(key) returns the dense id in graph order', () => {
      expect(['a', 'b', 'c', 'd', 'e'].map((key) => ix.id(key))).toEqual([0, 1, 2, 3, 4]);
      expect(ix.has('e')).toBe(true);
      expect(ix.has('zz')).toBe(false);
    });

    it('id(key) throws NodeNotFoundError naming the node', () => {
      const error = thrown(() => ix.id('zz'));
      expect(error).toBeInstanceOf(NodeNotFoundError);
      expect(error).toMatchObject({ code: 'E_NODE_NOT_FOUND', node: 'zz' });
    });

    it('has and id do not see Object.prototype members', () => {
      expect(ix.has('__proto__')).toBe(false);
      expect(ix.has('toString')).toBe(false);
      expect(thrown(() => ix.id('constructor'))).toMatchObject({ code: 'E_NODE_NOT_FOUND', node: 'constructor' });
    });
  });

  describe('collect', () => {
    it('maps a Float64Array back to a record keyed by node', () => {
      const ix = buildIndex(undirectedFixture());
      const out = ix.collect(Float64Array.from([0.5, 1, 1.5, 2, Number.NaN]));
      expect(out).toEqual({ a: 0.5, b: 1, c: 1.5, d: 2, e: Number.NaN });
      expect(Object.keys(out)).toEqual(['a', 'b', 'c', 'd', 'e']);
    });

    it('accepts a plain array', () => {
      const ix = buildIndex(undirectedFixture());
      expect(ix.collect([1, 2, 3, 4, 5])).toEqual({ a: 1, b: 2, c: 3, d: 4, e: 5 });
    });

    it('writes __proto__, constructor and toString as ordinary own keys', () => {
      // Isolated nodes: graphology 0.26 cannot hold edges at such keys (see test/arbitraries.ts).
      const g = new UndirectedGraph();
      for (const node of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) g.addNode(node);
      const ix = buildIndex(g);
      expect(ix.keys).toEqual(['__proto__', 'constructor', 'toString', 'hasOwnProperty']);

      const out = ix.collect(Float64Array.from([1, 2, 3, 4]));
      expect(Object.keys(out)).toEqual(['__proto__', 'constructor', 'toString', 'hasOwnProperty']);
      expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
      expect(Object.getOwnPropertyDescriptor(out, '__proto__')).toMatchObject({ value: 1, enumerable: true, writable: true });
      expect(out.constructor).toBe(2);
      expect(out.toString).toBe(3);
      expect(out.hasOwnProperty).toBe(4);
      expect(Object.entries(out)).toEqual([
        ['__proto__', 1],
        ['constructor', 2],
        ['toString', 3],
        ['hasOwnProperty', 4],
      ]);
      // Nothing leaked into the shared prototype.
      expect(Object.prototype.hasOwnProperty.call(Object.prototype, '1')).toBe(false);
      expect(({} as Record<string, unknown>).constructor).toBe(Object);
      expect(typeof ({} as Record<string, unknown>).toString).toBe('function');
    });

    it('throws InvalidOptionError on a wrong length', () => {
      const ix = buildIndex(undirectedFixture());
      for (const values of [new Float64Array(4), new Float64Array(6), [], null]) {
        const error = thrown(() => ix.collect(values as unknown as ArrayLike<number>));
        expect(error).toBeInstanceOf(InvalidOptionError);
        expect(error).toMatchObject({ code: 'E_INVALID_OPTION', option: 'values' });
      }
    });
  });

  describe('assign', () => {
    it('assign(graph, attr, values) writes node attributes by id', () => {
      const g = undirectedFixture();
      const ix = buildIndex(g);
      ix.assign(g, 'score', Float64Array.from([10, 20, 30, 40, 50]));
      expect(g.nodes().map((node) => g.getNodeAttribute(node, 'score'))).toEqual([10, 20, 30, 40, 50]);
      // The other attributes are left alone.
      expect(g.getEdgeAttribute(g.edge('a', 'b')!, 'weight')).toBe(1);
    });

    it('writes the same numbers as collect', () => {
      const g = directedFixture();
      const ix = buildIndex(g);
      const values = Float64Array.from([0.25, 0.5, 0.75, 1]);
      ix.assign(g, 'x', values);
      const fromGraph = Object.fromEntries(g.nodes().map((node) => [node, g.getNodeAttribute(node, 'x')]));
      expect(fromGraph).toEqual(ix.collect(values));
    });

    it('leaves nodes of the target graph that are not in the index untouched', () => {
      const g = undirectedFixture();
      const ix = buildIndex(g);
      g.addNode('late', { score: 'kept' });
      ix.assign(g, 'score', [1, 2, 3, 4, 5]);
      expect(g.getNodeAttribute('late', 'score')).toBe('kept');
      expect(g.getNodeAttribute('e', 'score')).toBe(5);
    });

    it('writes to a different graph holding the same nodes in another order', () => {
      const g = undirectedFixture();
      const ix = buildIndex(g);
      const other = new Graph();
      for (const node of ['e', 'd', 'c', 'b', 'a']) other.addNode(node);
      ix.assign(other, 'v', [1, 2, 3, 4, 5]);
      expect(other.getNodeAttribute('a', 'v')).toBe(1);
      expect(other.getNodeAttribute('e', 'v')).toBe(5);
    });

    it('throws NodeNotFoundError when a node of the index is missing, and writes nothing', () => {
      const ix = buildIndex(undirectedFixture());
      const other = new UndirectedGraph();
      for (const node of ['a', 'b', 'c', 'd']) other.addNode(node);
      const error = thrown(() => ix.assign(other, 'v', [1, 2, 3, 4, 5]));
      expect(error).toBeInstanceOf(NodeNotFoundError);
      expect(error).toMatchObject({ code: 'E_NODE_NOT_FOUND', node: 'e' });
      expect(other.nodes().some((node) => other.hasNodeAttribute(node, 'v'))).toBe(false);
    });

    it('throws InvalidOptionError on a wrong length', () => {
      const g = undirectedFixture();
      const ix = buildIndex(g);
      const error = thrown(() => ix.assign(g, 'v', [1, 2]));
      expect(error).toBeInstanceOf(InvalidOptionError);
      expect(error).toMatchObject({ code: 'E_INVALID_OPTION', option: 'values' });
    });
  });

  describe('isCsrIndex', () => {
    it('isCsrIndex(index) is true', () => {
      expect(isCsrIndex(buildIndex(undirectedFixture()))).toBe(true);
      expect(isCsrIndex(buildIndex(new DirectedGraph()))).toBe(true);
    });

    it('isCsrIndex(value) is false for a graph, {}, null and primitives', () => {
      for (const value of [undirectedFixture(), {}, null, undefined, 0, 'index', []]) {
        expect(isCsrIndex(value)).toBe(false);
      }
    });
  });

  it('freezes stats', () => {
    const ix = buildIndex(undirectedFixture());
    expect(Object.isFrozen(ix.stats)).toBe(true);
  });
});
