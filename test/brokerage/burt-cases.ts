/**
 * Shared test helpers of the brokerage tests: the METRICS.md fixtures as small graphs, and the
 * standard cases of STYLE.md §9 that every Burt node metric must pass (invalid graph, mixed
 * graph, empty graph, isolate, self-loop, in-only node, assign equals compute, graph equals
 * index, option validation).
 */
import { describe, expect, it } from 'vitest';
import { DirectedGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { buildIndex } from '../../src/core/build-index.js';
import type { CsrIndex } from '../../src/core/csr.js';
import {
  GraphTypeNotSupportedError,
  InvalidGraphError,
  InvalidOptionError,
  InvalidWeightError,
  type TieStrengthError,
} from '../../src/errors.js';
import { Graph } from '../arbitraries.js';

/** The error `fn` throws (fails the test when it does not throw). */
export function thrown(fn: () => unknown): TieStrengthError {
  try {
    fn();
  } catch (error) {
    return error as TieStrengthError;
  }
  throw new Error('expected the call to throw');
}

/** METRICS.md §1.4 F2 "org": weighted, isolate z. */
export function org(): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const node of ['a1', 'a2', 'a3', 'b1', 'b2', 'c1', 'z']) g.addNode(node);
  const edges: [string, string, number][] = [
    ['a1', 'a2', 3], ['a1', 'a3', 2], ['a2', 'a3', 1], ['a3', 'b1', 1], ['b1', 'b2', 4], ['b2', 'c1', 1], ['a2', 'b2', 1],
  ];
  for (const [u, v, weight] of edges) g.addEdge(u, v, { weight });
  return g;
}

/** METRICS.md §1.4 F1 Krackhardt kite (NetworkX numbering), unweighted. */
export function kite(): UndirectedGraph {
  const g = new UndirectedGraph();
  for (let v = 0; v < 10; v++) g.addNode(String(v));
  const edges = [
    [0, 1], [0, 2], [0, 3], [0, 5], [1, 3], [1, 4], [1, 6], [2, 3], [2, 5],
    [3, 4], [3, 5], [3, 6], [4, 6], [5, 6], [5, 7], [6, 7], [7, 8], [8, 9],
  ];
  for (const [u, v] of edges) g.addEdge(String(u), String(v));
  return g;
}

/** METRICS.md §1.4 F3 Borgatti (1997), weighted. */
export function borgatti(): UndirectedGraph {
  const g = new UndirectedGraph();
  const edges: [string, string, number][] = [
    ['A', 'B', 2], ['A', 'F', 3], ['A', 'G', 5], ['A', 'E', 2], ['E', 'G', 8],
    ['F', 'G', 3], ['B', 'G', 4], ['B', 'D', 1], ['D', 'G', 3], ['G', 'C', 10],
  ];
  for (const [u, v, weight] of edges) g.mergeEdge(u, v, { weight });
  return g;
}

/** METRICS.md §1.4 F4 directed triad: 0→1, 0→2, 1→0, 2→1. */
export function triad(): DirectedGraph {
  const g = new DirectedGraph();
  for (const [u, v] of [['0', '1'], ['0', '2'], ['1', '0'], ['2', '1']] as const) g.mergeEdge(u, v);
  return g;
}

/** METRICS.md §1.4 F5 weighted triangle a–b 1, b–c 1, a–c 10. */
export function weightedTriangle(): UndirectedGraph {
  const g = new UndirectedGraph();
  g.mergeEdge('a', 'b', { weight: 1 });
  g.mergeEdge('b', 'c', { weight: 1 });
  g.mergeEdge('a', 'c', { weight: 10 });
  return g;
}

/** METRICS.md §3.6 multigraph example: parallel a–b edges 1 and 2, a–c 1, b–c 1. */
export function multigraph(): MultiUndirectedGraph {
  const g = new MultiUndirectedGraph();
  for (const node of ['a', 'b', 'c']) g.addNode(node);
  g.addEdge('a', 'b', { weight: 1 });
  g.addEdge('a', 'b', { weight: 2 });
  g.addEdge('a', 'c', { weight: 1 });
  g.addEdge('b', 'c', { weight: 1 });
  return g;
}

/** |a − b| ≤ 1e-12 · max(1, |a|, |b|), or both NaN. */
export function same(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Asserts two node → value records have the same keys and values (NaN equal to NaN). */
export function expectSameValues(actual: Record<string, number>, expected: Record<string, number>): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const key of Object.keys(expected)) {
    expect(same(actual[key], expected[key]), `${key}: ${actual[key]} vs ${expected[key]}`).toBe(true);
  }
}

type Compute = (input: AbstractGraph | CsrIndex, options?: Record<string, unknown>) => Record<string, number>;
type Assign = (graph: AbstractGraph, options?: Record<string, unknown>) => void;
type Indexed = (index: CsrIndex, options?: Record<string, unknown>) => Float64Array;

/** What a standard-case run needs to know about a metric. */
export interface MetricUnderTest {
  /** Function name, as in the test names. */
  name: string;
  compute: Compute;
  assign: Assign;
  /** The `fnIndexed` variant. */
  indexed: Indexed;
  /** The exported defaults object. */
  defaults: Readonly<Record<string, unknown>>;
  /** The default attribute of the assign variant. */
  attribute: string;
  /** Value for a person with exactly one contact. */
  pendant: number;
  /** Whether the metric reads strengths (and takes `getEdgeStrength` and `model`). */
  burt: boolean;
  /** Value for an isolate: `NaN` for ratio metrics, 0 for counts. */
  isolate: number;
}

/** Registers the STYLE.md §9 standard cases of a node metric. */
export function standardCases(m: MetricUnderTest): void {
  const call = m.compute;
  describe('standard cases (STYLE.md §9)', () => {
    it(`${m.name}(notAGraph) throws InvalidGraphError`, () => {
      for (const input of [null, undefined, 42, 'graph', {}, [], new Map()]) {
        const error = thrown(() => call(input as never));
        expect(error).toBeInstanceOf(InvalidGraphError);
        expect(error.code).toBe('E_INVALID_GRAPH');
      }
    });

    it(`assign${m.name[0]!.toUpperCase()}${m.name.slice(1)}(index) throws InvalidGraphError (assign needs a graph)`, () => {
      expect(thrown(() => m.assign(buildIndex(org()) as never))).toBeInstanceOf(InvalidGraphError);
    });

    it('throws GraphTypeNotSupportedError on a graph mixing directed and undirected edges', () => {
      const g = new Graph();
      g.mergeDirectedEdge('a', 'b');
      g.mergeUndirectedEdge('b', 'c');
      const error = thrown(() => call(g));
      expect(error).toBeInstanceOf(GraphTypeNotSupportedError);
      expect(error.code).toBe('E_GRAPH_TYPE');
    });

    it('returns {} for an empty graph (directed or not), without throwing', () => {
      expect(call(new UndirectedGraph())).toEqual({});
      expect(call(new DirectedGraph())).toEqual({});
      expect(call(buildIndex(new UndirectedGraph()))).toEqual({});
    });

    it(`returns ${m.isolate} for an isolate and ${m.pendant} for a pendant`, () => {
      const g = new UndirectedGraph();
      g.addNode('alone');
      g.mergeEdge('p', 'q', { weight: 5 });
      const values = call(g);
      if (Number.isNaN(m.isolate)) expect(values.alone).toBeNaN();
      else expect(values.alone).toBe(m.isolate);
      expect(values.p).toBe(m.pendant);
    });

    it('ignores self-loops: a person whose only tie is to themself is an isolate, and a loop changes nobody', () => {
      // NetworkX 2.8.8 counts a self-loop as a contact: a node with only a self-loop gets
      // constraint 4.0 and effective size 0.0 there (METRICS.md §1.3: NaN, loops ignored).
      const g = org();
      const before = call(g);
      const looped = new MultiUndirectedGraph();
      looped.import(g.export());
      looped.addEdge('a1', 'a1', { weight: 100 });
      looped.addEdge('z', 'z', { weight: 2 });
      expectSameValues(call(looped), before);
    });

    it('does not treat a person with only incoming ties as isolated (NetworkX #2661)', () => {
      const g = new DirectedGraph();
      g.mergeEdge('a', 'in-only');
      g.mergeEdge('b', 'in-only');
      g.mergeEdge('a', 'b');
      const values = call(g);
      expect(Number.isNaN(values['in-only']!)).toBe(false);
      // Undirected view: a triangle, in which every value equals that of the undirected triangle.
      const u = new UndirectedGraph();
      u.mergeEdge('a', 'in-only');
      u.mergeEdge('b', 'in-only');
      u.mergeEdge('a', 'b');
      expectSameValues(values, call(u));
    });

    it('gives the same result from the graph and from a prebuilt index', () => {
      for (const g of [org(), triad(), kite()]) {
        expectSameValues(call(buildIndex(g)), call(g));
      }
    });

    if (!m.burt) {
      it('reads no strengths: an index of a weighted graph equals the graph, and getEdgeStrength is not an option', () => {
        for (const g of [org(), borgatti()]) {
          expectSameValues(call(buildIndex(g)), call(g));
          expect(m.indexed(buildIndex(g))).toEqual(m.indexed(buildIndex(g, { getEdgeStrength: null })));
        }
        expect((thrown(() => call(buildIndex(org()), { getEdgeStrength: null })) as InvalidOptionError).option).toBe('getEdgeStrength');
      });
    }

    it(`assign${m.name[0]!.toUpperCase()}${m.name.slice(1)} writes the numbers compute returns, under "${m.attribute}" by default`, () => {
      const g = org();
      const expected = call(g);
      m.assign(g);
      const written: Record<string, number> = {};
      g.forEachNode((node, attributes) => (written[node] = attributes[m.attribute] as number));
      expectSameValues(written, expected);
      m.assign(g, { attribute: 'x' });
      g.forEachNode((node, attributes) => expect(same(attributes.x as number, expected[node])).toBe(true));
    });

    it(`${m.name}Indexed(index) returns compute's values in node-id order, as a Float64Array`, () => {
      for (const g of [org(), triad(), kite()]) {
        const index = buildIndex(g);
        const values = m.indexed(index);
        expect(values).toBeInstanceOf(Float64Array);
        expect(values).toHaveLength(index.order);
        const record = call(g);
        index.keys.forEach((key, id) => expect(same(values[id], record[key]), key).toBe(true));
      }
      expect(m.indexed(buildIndex(new UndirectedGraph()))).toEqual(new Float64Array(0));
    });

    it(`${m.name}Indexed(graph) throws InvalidGraphError (it needs an index)`, () => {
      expect(thrown(() => m.indexed(org() as never))).toBeInstanceOf(InvalidGraphError);
    });

    it(`${m.name} and ${m.name}Indexed refuse attribute, which belongs to the assign variant`, () => {
      expect((thrown(() => call(org(), { attribute: 'x' })) as InvalidOptionError).option).toBe('attribute');
      expect((thrown(() => m.indexed(buildIndex(org()), { attribute: 'x' })) as InvalidOptionError).option).toBe('attribute');
      expect((thrown(() => m.assign(org(), { attribute: '__proto__' })) as InvalidOptionError).option).toBe('attribute');
    });

    it('has frozen defaults', () => {
      expect(Object.isFrozen(m.defaults)).toBe(true);
      expect(m.defaults.attribute).toBe(m.attribute);
    });

    it('throws InvalidOptionError on an unknown option, non-object options or an empty attribute name', () => {
      for (const options of [{ colour: 1 }, 'weight', { attribute: '' }] as const) {
        const error = thrown(() => m.assign(org(), options as never));
        expect(error).toBeInstanceOf(InvalidOptionError);
        expect(error.code).toBe('E_INVALID_OPTION');
      }
      expect((thrown(() => call(org(), { colour: 1 })) as InvalidOptionError).option).toBe('colour');
    });

    if (m.burt) {
      it('throws InvalidOptionError on an unknown model, naming the option', () => {
        const error = thrown(() => call(org(), { model: 'local' }));
        expect(error).toBeInstanceOf(InvalidOptionError);
        expect((error as InvalidOptionError).option).toBe('model');
      });

      it('throws InvalidOptionError when getEdgeStrength is given with a prebuilt index', () => {
        const error = thrown(() => call(buildIndex(org()), { getEdgeStrength: 'weight' }));
        expect(error).toBeInstanceOf(InvalidOptionError);
        expect((error as InvalidOptionError).option).toBe('getEdgeStrength');
        expect((thrown(() => m.indexed(buildIndex(org()), { getEdgeStrength: () => 1 })) as InvalidOptionError).option).toBe(
          'getEdgeStrength',
        );
      });

      it('getEdgeStrength: null on an index of a weighted graph equals the graph with getEdgeStrength: null', () => {
        for (const g of [org(), borgatti(), multigraph()]) {
          const index = buildIndex(g);
          expectSameValues(call(index, { getEdgeStrength: null }), call(g, { getEdgeStrength: null }));
          expect(m.indexed(index, { getEdgeStrength: null })).toEqual(m.indexed(buildIndex(g, { getEdgeStrength: null })));
        }
        // The weights do matter on org: null is not silently the default.
        expect(() => expectSameValues(call(buildIndex(org()), { getEdgeStrength: null }), call(org()))).toThrow();
      });

      it('throws InvalidOptionError on an edge attribute name that no edge carries (misspelt)', () => {
        for (const fn of [() => call(org(), { getEdgeStrength: 'wieght' }), () => m.assign(org(), { getEdgeStrength: 'emails' })]) {
          const error = thrown(fn);
          expect(error).toBeInstanceOf(InvalidOptionError);
          expect((error as InvalidOptionError).option).toBe('getEdgeStrength');
        }
      });

      it('throws InvalidWeightError on a zero, negative, NaN or non-numeric strength', () => {
        for (const weight of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, 'heavy']) {
          const g = org();
          g.setEdgeAttribute('a1', 'a2', 'weight', weight);
          const error = thrown(() => call(g));
          expect(error).toBeInstanceOf(InvalidWeightError);
          expect(error.code).toBe('E_INVALID_WEIGHT');
        }
      });

      it('reads strengths with a getter, and ignores them with getEdgeStrength: null', () => {
        const g = org();
        g.forEachEdge((edge, attributes) => g.setEdgeAttribute(edge, 'emails', (attributes.weight as number) * 7));
        expectSameValues(call(g, { getEdgeStrength: 'emails' }), call(g));
        expectSameValues(call(g, { getEdgeStrength: (_e: string, a: Record<string, number>) => a.weight! }), call(g));
        const unit = org();
        unit.forEachEdge((edge) => unit.removeEdgeAttribute(edge, 'weight'));
        expectSameValues(call(g, { getEdgeStrength: null }), call(unit));
      });

      it("gives the same values in both models for a pendant, and for an ego whose alters have no tie outside the ego network", () => {
        // In a triangle every alter's ties lie inside each ego network, so E_i changes nothing.
        const g = weightedTriangle();
        expectSameValues(call(g, { model: 'ego' }), call(g, { model: 'whole' }));
      });
    }
  });
}
