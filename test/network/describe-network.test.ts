/**
 * Hand-computed unit tests of describeNetwork (STYLE.md §9, layer 1). The golden comparison with
 * NetworkX and igraph is in describe-network.golden.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { DirectedGraph, MultiGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import {
  DESCRIBE_NETWORK_DEFAULTS,
  GraphTypeNotSupportedError,
  InvalidGraphError,
  InvalidOptionError,
  InvalidWeightError,
  NodeNotFoundError,
  buildIndex,
  describeNetwork,
} from '../../src/index.js';

/** The error `fn` throws (fails the test when it does not throw). */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

/** METRICS.md §1.4 F2 "org": weighted, isolate z, groups A = {a1, a2, a3}, B = {b1, b2}, C = {c1, z}. */
function org(): UndirectedGraph {
  const g = new UndirectedGraph();
  const groups: Record<string, string> = { a1: 'A', a2: 'A', a3: 'A', b1: 'B', b2: 'B', c1: 'C', z: 'C' };
  for (const [node, group] of Object.entries(groups)) g.addNode(node, { group });
  const edges: [string, string, number][] = [
    ['a1', 'a2', 3], ['a1', 'a3', 2], ['a2', 'a3', 1], ['a3', 'b1', 1], ['b1', 'b2', 4], ['b2', 'c1', 1], ['a2', 'b2', 1],
  ];
  for (const [u, v, weight] of edges) g.addEdge(u, v, { weight });
  return g;
}

/** METRICS.md §1.4 F4 directed triad: 0→1, 0→2, 1→0, 2→1. */
function triad(): DirectedGraph {
  const g = new DirectedGraph();
  for (const [u, v] of [['0', '1'], ['0', '2'], ['1', '0'], ['2', '1']] as const) g.mergeEdge(u, v);
  return g;
}

describe('describeNetwork', () => {
  describe('input validation', () => {
    it.each([
      ['null', null],
      ['undefined', undefined],
      ['a number', 42],
      ['a plain object', { nodes: [], edges: [] }],
      ['an array', []],
    ])('throws InvalidGraphError on %s', (_label, input) => {
      const error = thrown(() => describeNetwork(input as never));
      expect(error).toBeInstanceOf(InvalidGraphError);
      expect((error as InvalidGraphError).code).toBe('E_INVALID_GRAPH');
    });

    it('throws GraphTypeNotSupportedError on a graph mixing directed and undirected edges', () => {
      const g = new MultiGraph(); // type 'mixed'
      for (const node of ['a', 'b', 'c']) g.addNode(node);
      g.addDirectedEdge('a', 'b');
      g.addUndirectedEdge('b', 'c');
      const error = thrown(() => describeNetwork(g));
      expect(error).toBeInstanceOf(GraphTypeNotSupportedError);
      expect((error as GraphTypeNotSupportedError).graphType).toBe('mixed');
    });

    it('accepts a mixed-type graph whose edges are all of one kind', () => {
      const g = new MultiGraph(); // type 'mixed'
      for (const node of ['a', 'b']) g.addNode(node);
      g.addDirectedEdge('a', 'b');
      g.addDirectedEdge('b', 'a');
      expect(describeNetwork(g)).toMatchObject({ directed: true, ties: 2, reciprocity: 1 });
    });

    it('throws InvalidWeightError on a zero, negative or non-numeric strength', () => {
      for (const weight of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, '2']) {
        const g = new UndirectedGraph();
        g.mergeEdge('a', 'b', { weight });
        expect(thrown(() => describeNetwork(g))).toBeInstanceOf(InvalidWeightError);
      }
    });
  });

  describe('options', () => {
    it('describeNetwork(graph, { colour: 1 }) throws InvalidOptionError naming the unknown key', () => {
      const error = thrown(() => describeNetwork(org(), { colour: 1 } as never));
      expect(error).toBeInstanceOf(InvalidOptionError);
      expect((error as InvalidOptionError).option).toBe('colour');
    });

    it('describeNetwork(graph, "weight") throws InvalidOptionError (options must be an object)', () => {
      expect(thrown(() => describeNetwork(org(), 'weight' as never))).toBeInstanceOf(InvalidOptionError);
    });

    it.each([
      ['a number', 42],
      ['an empty string', ''],
      ['a misspelt attribute (no node carries it)', 'grup'],
    ])('describeNetwork(graph, { groups: <%s> }) throws InvalidOptionError', (_label, groups) => {
      const error = thrown(() => describeNetwork(org(), { groups: groups as never }));
      expect(error).toBeInstanceOf(InvalidOptionError);
      expect((error as InvalidOptionError).option).toBe('groups');
    });

    it('describeNetwork(graph, { groupAttribute }) throws InvalidOptionError: the option is groups', () => {
      const error = thrown(() => describeNetwork(org(), { groupAttribute: 'group' } as never));
      expect(error).toBeInstanceOf(InvalidOptionError);
      expect((error as InvalidOptionError).option).toBe('groupAttribute');
    });

    it('describeNetwork(graph, { groups: <Record naming an unknown node> }) throws NodeNotFoundError', () => {
      const error = thrown(() => describeNetwork(org(), { groups: { ghost: 'A' } }));
      expect(error).toBeInstanceOf(NodeNotFoundError);
      expect((error as NodeNotFoundError).code).toBe('E_NODE_NOT_FOUND');
    });

    it('describeNetwork(graph, { getEdgeStrength: 42 }) throws InvalidOptionError', () => {
      const error = thrown(() => describeNetwork(org(), { getEdgeStrength: 42 as never }));
      expect(error).toBeInstanceOf(InvalidOptionError);
      expect((error as InvalidOptionError).option).toBe('getEdgeStrength');
    });

    it('has frozen defaults: strength from "weight", no groups', () => {
      expect(DESCRIBE_NETWORK_DEFAULTS).toEqual({ getEdgeStrength: 'weight', groups: null });
      expect(Object.isFrozen(DESCRIBE_NETWORK_DEFAULTS)).toBe(true);
    });
  });

  describe('empty and tiny graphs', () => {
    it('returns zero counts and NaN ratios for an empty graph, without throwing', () => {
      const d = describeNetwork(new UndirectedGraph());
      expect(d).toMatchObject({ directed: false, people: 0, ties: 0, isolates: 0 });
      expect(d.components).toEqual({ count: 0, largest: 0, largestShare: Number.NaN });
      expect(d.density).toBeNaN();
      expect(d.reciprocity).toBeNaN();
      expect(d.degree.count).toBe(0);
      expect(d.strength.count).toBe(0);
      expect(d.strength.total).toBe(0);
      for (const key of ['min', 'q1', 'median', 'q3', 'max', 'mean'] as const) {
        expect(d.degree[key]).toBeNaN();
        expect(d.strength[key]).toBeNaN();
      }
      expect(d.groups).toBeNull();
      expect(d.dropped).toEqual({ selfLoops: 0, parallelEdgesMerged: 0 });
    });

    it('returns NaN reciprocity for an empty directed graph and NaN E-I with groups', () => {
      const d = describeNetwork(new DirectedGraph(), { groups: 'team' });
      expect(d.directed).toBe(true);
      expect(d.reciprocity).toBeNaN();
      expect(d.groups).toEqual({
        attribute: 'team', count: 0, sizes: {}, ungrouped: 0, within: 0, between: 0,
        withinShare: Number.NaN, ei: Number.NaN,
      });
    });

    it('describes a single person: one isolate, one component, density NaN (n < 2)', () => {
      const g = new UndirectedGraph();
      g.addNode('solo');
      const d = describeNetwork(g);
      expect(d).toMatchObject({ people: 1, ties: 0, isolates: 1 });
      expect(d.components).toEqual({ count: 1, largest: 1, largestShare: 1 });
      expect(d.density).toBeNaN();
      expect(d.degree).toEqual({ count: 1, min: 0, q1: 0, median: 0, q3: 0, max: 0, mean: 0 });
      expect(d.strength.count).toBe(0);
    });

    it('describes a single tie: density 1, one component of 2', () => {
      const g = new UndirectedGraph();
      g.mergeEdge('a', 'b', { weight: 5 });
      const d = describeNetwork(g);
      expect(d).toMatchObject({ people: 2, ties: 1, density: 1, isolates: 0 });
      expect(d.components).toEqual({ count: 1, largest: 2, largestShare: 1 });
      expect(d.strength).toMatchObject({ count: 1, min: 5, median: 5, max: 5, total: 5, weighted: true });
    });
  });

  describe('isolates and self-loops', () => {
    it('counts isolates, each as its own component', () => {
      // a–b–c plus isolates d and e: 5 people, 2 ties, 3 components, largest 3.
      const g = new UndirectedGraph();
      for (const node of ['a', 'b', 'c', 'd', 'e']) g.addNode(node);
      g.addEdge('a', 'b');
      g.addEdge('b', 'c');
      const d = describeNetwork(g);
      expect(d.isolates).toBe(2);
      expect(d.components).toEqual({ count: 3, largest: 3, largestShare: 3 / 5 });
      // density = 2 / (5·4/2) = 0.2
      expect(d.density).toBeCloseTo(0.2, 15);
    });

    it('drops self-loops: a person whose only tie is to themself is an isolate', () => {
      const g = new UndirectedGraph({ allowSelfLoops: true });
      g.mergeEdge('a', 'b', { weight: 2 });
      g.mergeEdge('z', 'z', { weight: 9 });
      const d = describeNetwork(g);
      expect(d).toMatchObject({ people: 3, ties: 1, isolates: 1 });
      expect(d.dropped).toEqual({ selfLoops: 1, parallelEdgesMerged: 0 });
      expect(d.strength.total).toBe(2);
      expect(d.degree.max).toBe(1);
    });

    it('does not count an in-only person as an isolate', () => {
      // NetworkX #2661: in-only nodes are not isolates. c only receives: contacts(c) = |{a, b}| = 2.
      const g = new DirectedGraph();
      g.mergeEdge('a', 'c');
      g.mergeEdge('b', 'c');
      const d = describeNetwork(g);
      expect(d.isolates).toBe(0);
      expect(d.components.count).toBe(1);
      expect(d.degree.max).toBe(2);
    });
  });

  describe('directed graphs', () => {
    it('gives F4 directed triad reciprocity 0.5 and density 4/6', () => {
      // Arcs 0→1, 0→2, 1→0, 2→1: 0→1 and 1→0 are reciprocated, so reciprocity = 2/4.
      // density = 4 / (3·2); every person has 2 distinct contacts (in ∪ out).
      const d = describeNetwork(triad());
      expect(d.directed).toBe(true);
      expect(d.reciprocity).toBe(0.5);
      expect(d.density).toBeCloseTo(4 / 6, 15);
      expect(d.degree).toEqual({ count: 3, min: 2, q1: 2, median: 2, q3: 2, max: 2, mean: 2 });
    });

    it('counts a reciprocated pair as two ties but one contact each', () => {
      const g = new DirectedGraph();
      g.mergeEdge('a', 'b');
      g.mergeEdge('b', 'a');
      const d = describeNetwork(g);
      expect(d.ties).toBe(2);
      expect(d.density).toBe(1);
      expect(d.reciprocity).toBe(1);
      expect(d.degree.max).toBe(1);
    });

    it('returns NaN reciprocity for an undirected graph', () => {
      expect(describeNetwork(org()).reciprocity).toBeNaN();
    });
  });

  describe('index input', () => {
    it('describeNetwork(buildIndex(graph)) equals describeNetwork(graph) (undirected, weighted, with an isolate)', () => {
      const g = org();
      expect(describeNetwork(buildIndex(g))).toEqual(describeNetwork(g));
    });

    it('describeNetwork(buildIndex(graph)) equals describeNetwork(graph) (directed, with a self-loop)', () => {
      const g = new DirectedGraph({ allowSelfLoops: true });
      g.mergeEdge('a', 'b', { weight: 2 });
      g.mergeEdge('b', 'a', { weight: 1 });
      g.mergeEdge('b', 'c', { weight: 4 });
      g.mergeEdge('c', 'c', { weight: 3 });
      g.addNode('d');
      expect(describeNetwork(buildIndex(g))).toEqual(describeNetwork(g));
    });

    it('describeNetwork(buildIndex(graph, { getEdgeStrength: null })) equals describeNetwork(graph, { getEdgeStrength: null })', () => {
      const g = org();
      expect(describeNetwork(buildIndex(g, { getEdgeStrength: null }))).toEqual(describeNetwork(g, { getEdgeStrength: null }));
    });

    it('describeNetwork(index, { groups: <attribute name> }) throws InvalidOptionError: an index holds no attributes', () => {
      const error = thrown(() => describeNetwork(buildIndex(org()), { groups: 'group' }));
      expect(error).toBeInstanceOf(InvalidOptionError);
      expect((error as InvalidOptionError).option).toBe('groups');
    });

    it('describeNetwork(index, { groups: <Record or Map> }) equals the graph with the attribute', () => {
      const groups: Record<string, string> = { a1: 'A', a2: 'A', a3: 'A', b1: 'B', b2: 'B', c1: 'C', z: 'C' };
      const fromGraph = describeNetwork(org(), { groups: 'group' });
      const expected = { ...fromGraph, groups: { ...fromGraph.groups!, attribute: null } };
      expect(describeNetwork(buildIndex(org()), { groups })).toEqual(expected);
      expect(describeNetwork(buildIndex(org()), { groups: new Map(Object.entries(groups)) })).toEqual(expected);
      expect(describeNetwork(org(), { groups: (node) => groups[node] })).toEqual(expected);
    });
  });

  describe('groups', () => {
    it('returns E-I −1/7 for org by group', () => {
      // Within: a1–a2, a1–a3, a2–a3 (A), b1–b2 (B) → I = 4. Between: a3–b1, a2–b2, b2–c1 → E = 3.
      // E-I = (3 − 4) / 7 = −1/7; withinShare = 4/7. The isolate z still counts in C's size.
      const d = describeNetwork(org(), { groups: 'group' });
      expect(d.groups).toEqual({
        attribute: 'group',
        count: 3,
        sizes: { A: 3, B: 2, C: 2 },
        ungrouped: 0,
        within: 4,
        between: 3,
        withinShare: 4 / 7,
        ei: -1 / 7,
      });
    });

    it('counts people with no group value (missing, null, empty) as ungrouped and skips their ties', () => {
      // Grouped ties: a1–a2 (within A), a1–b1 (between); every tie touching u1, u2 or u3 is skipped.
      const g = new UndirectedGraph();
      g.addNode('a1', { team: 'A' });
      g.addNode('a2', { team: 'A' });
      g.addNode('b1', { team: 'B' });
      g.addNode('u1');
      g.addNode('u2', { team: null });
      g.addNode('u3', { team: '' });
      for (const [u, v] of [['a1', 'a2'], ['a1', 'b1'], ['a1', 'u1'], ['b1', 'u2'], ['u2', 'u3'], ['u3', 'a2']] as const) g.addEdge(u, v);
      const d = describeNetwork(g, { groups: 'team' });
      expect(d.ties).toBe(6);
      expect(d.groups).toEqual({
        attribute: 'team',
        count: 2,
        sizes: { A: 2, B: 1 },
        ungrouped: 3,
        within: 1,
        between: 1,
        withinShare: 0.5,
        ei: 0,
      });
    });

    it('returns NaN E-I and withinShare when no tie joins two grouped people', () => {
      const g = new UndirectedGraph();
      g.addNode('a', { team: 'A' });
      g.addNode('u');
      g.addEdge('a', 'u');
      const groups = describeNetwork(g, { groups: 'team' }).groups!;
      expect(groups.within + groups.between).toBe(0);
      expect(groups.ei).toBeNaN();
      expect(groups.withinShare).toBeNaN();
    });

    it('accepts numbers as group labels (keyed by their string form)', () => {
      const g = new UndirectedGraph();
      g.addNode('a', { level: 1 });
      g.addNode('b', { level: 1 });
      g.addNode('c', { level: 2 });
      g.addEdge('a', 'b');
      g.addEdge('b', 'c');
      expect(describeNetwork(g, { groups: 'level' }).groups).toMatchObject({ sizes: { '1': 2, '2': 1 }, within: 1, between: 1 });
    });

    it.each([
      ['an array', ['A', 'B']],
      ['an object', { name: 'A' }],
    ])('throws InvalidOptionError when a group value is %s', (_label, value) => {
      const g = new UndirectedGraph();
      g.addNode('a', { team: 'A' });
      g.addNode('b', { team: value });
      g.addEdge('a', 'b');
      const error = thrown(() => describeNetwork(g, { groups: 'team' }));
      expect(error).toBeInstanceOf(InvalidOptionError);
      expect((error as InvalidOptionError).option).toBe('groups');
    });

    it('counts directed ties once per arc', () => {
      // a→b, b→a (both within A) and a→c (between): I = 2, E = 1.
      const g = new DirectedGraph();
      g.addNode('a', { team: 'A' });
      g.addNode('b', { team: 'A' });
      g.addNode('c', { team: 'C' });
      g.addEdge('a', 'b');
      g.addEdge('b', 'a');
      g.addEdge('a', 'c');
      expect(describeNetwork(g, { groups: 'team' }).groups).toMatchObject({ within: 2, between: 1, ei: -1 / 3 });
    });
  });

  describe('strengths', () => {
    /** a–b 1, b–c 0.5 + 1.5 (parallel, merged to 2), c–d 4, d–a 10. */
    function square(): MultiUndirectedGraph {
      const g = new MultiUndirectedGraph();
      for (const node of ['a', 'b', 'c', 'd']) g.addNode(node);
      g.addEdge('a', 'b', { weight: 1 });
      g.addEdge('b', 'c', { weight: 0.5 });
      g.addEdge('b', 'c', { weight: 1.5 });
      g.addEdge('c', 'd', { weight: 4 });
      g.addEdge('d', 'a', { weight: 10 });
      return g;
    }

    it('gives hand-computed type-7 quartiles of merged strengths', () => {
      // Merged strengths, sorted: x = [1, 2, 4, 10], n = 4, h = (n − 1)p = 3p.
      //   q1:     h = 0.75 → x[0] + 0.75·(x[1] − x[0]) = 1 + 0.75·1 = 1.75
      //   median: h = 1.5  → x[1] + 0.5·(x[2] − x[1])  = 2 + 0.5·2  = 3
      //   q3:     h = 2.25 → x[2] + 0.25·(x[3] − x[2]) = 4 + 0.25·6 = 5.5
      //   mean = 17 / 4 = 4.25
      const d = describeNetwork(square());
      expect(d.ties).toBe(4);
      expect(d.dropped).toEqual({ selfLoops: 0, parallelEdgesMerged: 1 });
      expect(d.strength).toEqual({
        count: 4, min: 1, q1: 1.75, median: 3, q3: 5.5, max: 10, mean: 4.25, weighted: true, total: 17,
      });
    });

    it('gives hand-computed type-7 quartiles of contacts per person', () => {
      // Star a–b, a–c, a–d plus b–c: contacts sorted x = [1, 2, 2, 3], h = 3p.
      //   q1 = x[0] + 0.75·(2 − 1) = 1.75; median = 2; q3 = x[2] + 0.25·(3 − 2) = 2.25; mean = 8/4 = 2
      const g = new UndirectedGraph();
      for (const [u, v] of [['a', 'b'], ['a', 'c'], ['a', 'd'], ['b', 'c']] as const) g.mergeEdge(u, v);
      expect(describeNetwork(g).degree).toEqual({ count: 4, min: 1, q1: 1.75, median: 2, q3: 2.25, max: 3, mean: 2 });
    });

    it('describeNetwork(graph, { getEdgeStrength: null }) makes every strength 1', () => {
      // The square's strengths 1, 2, 4, 10 on a simple graph, all read as 1.
      const g = new UndirectedGraph();
      for (const [u, v, weight] of [['a', 'b', 1], ['b', 'c', 2], ['c', 'd', 4], ['d', 'a', 10]] as const) g.mergeEdge(u, v, { weight });
      const d = describeNetwork(g, { getEdgeStrength: null });
      expect(d.strength).toEqual({ count: 4, min: 1, q1: 1, median: 1, q3: 1, max: 1, mean: 1, weighted: false, total: 4 });
    });

    // Regression: unweighted (getEdgeStrength: null) once summed parallel edges into strength 2.
    it('describeNetwork(multigraph, { getEdgeStrength: null }) makes every merged strength 1', () => {
      const d = describeNetwork(square(), { getEdgeStrength: null });
      expect(d.strength).toEqual({ count: 4, min: 1, q1: 1, median: 1, q3: 1, max: 1, mean: 1, weighted: false, total: 4 });
    });

    it('describeNetwork(graph, { getEdgeStrength: null }) ignores invalid weights', () => {
      const g = new UndirectedGraph();
      g.mergeEdge('a', 'b', { weight: -3 });
      expect(describeNetwork(g, { getEdgeStrength: null }).strength.total).toBe(1);
    });

    it('describeNetwork(graph, { getEdgeStrength: "emails" }) reads another attribute; a missing one reads as 1', () => {
      const g = new UndirectedGraph();
      g.mergeEdge('a', 'b', { emails: 7, weight: 100 });
      g.mergeEdge('b', 'c', { weight: 100 });
      expect(describeNetwork(g, { getEdgeStrength: 'emails' }).strength).toMatchObject({ min: 1, max: 7, total: 8 });
    });

    it('describeNetwork(graph, { getEdgeStrength: fn }) uses the getter', () => {
      const g = new UndirectedGraph();
      g.mergeEdge('a', 'b', { weight: 2 });
      g.mergeEdge('b', 'c', { weight: 3 });
      const d = describeNetwork(g, { getEdgeStrength: (_edge, attributes) => (attributes.weight as number) * 10 });
      expect(d.strength).toMatchObject({ min: 20, max: 30, total: 50, mean: 25 });
    });
  });
});
