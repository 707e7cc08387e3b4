/**
 * Unit tests of introductionPaths: the standard cases (STYLE.md §9), the METRICS.md §3.12
 * reference values on F2 "org" with the arithmetic, the tie rule, options and errors. Golden
 * parity with NetworkX is in introduction-paths.golden.test.ts; the kernel against the naive
 * enumeration in test/core/yen.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { introductionPaths, INTRODUCTION_PATHS_DEFAULTS } from '../../src/paths/introduction-paths.js';
import { buildIndex } from '../../src/core/build-index.js';
import type { ProbabilityOption } from '../../src/referral/probability.js';
import { arbGraph, toGraphology } from '../arbitraries.js';
import { Graph } from '../arbitraries.js';

/** METRICS.md §1.4 F2 "org". */
function org(): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const n of ['a1', 'a2', 'a3', 'b1', 'b2', 'c1', 'z']) g.addNode(n);
  const edges: [string, string, number][] = [
    ['a1', 'a2', 3], ['a1', 'a3', 2], ['a2', 'a3', 1], ['a3', 'b1', 1], ['b1', 'b2', 4], ['b2', 'c1', 1], ['a2', 'b2', 1],
  ];
  for (const [u, v, weight] of edges) g.addEdge(u, v, { weight });
  return g;
}

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { code?: string; option?: string }).code + ((error as { option?: string }).option ? `:${(error as { option?: string }).option}` : '');
  }
  return 'no error';
};

describe('introductionPaths', () => {
  describe('standard cases', () => {
    it('throws InvalidGraphError on a non-graph', () => {
      expect(code(() => introductionPaths({} as never, 'a', 'b'))).toBe('E_INVALID_GRAPH');
    });

    it('throws NodeNotFoundError when source or target is absent (including an empty graph)', () => {
      expect(code(() => introductionPaths(org(), 'nobody', 'a1'))).toBe('E_NODE_NOT_FOUND');
      expect(code(() => introductionPaths(org(), 'a1', 'nobody'))).toBe('E_NODE_NOT_FOUND');
      expect(code(() => introductionPaths(new UndirectedGraph(), 'a', 'b'))).toBe('E_NODE_NOT_FOUND');
    });

    it('returns [] for an isolate (z is unreachable)', () => {
      expect(introductionPaths(org(), 'a1', 'z')).toEqual([]);
      expect(introductionPaths(org(), 'z', 'a1')).toEqual([]);
    });

    it('introductionPaths(graph, x, x) is the zero-hop path with probability 1', () => {
      expect(introductionPaths(org(), 'z', 'z')).toEqual([{ path: ['z'], probability: 1, weakestLink: 1, hops: 0, ties: [] }]);
    });

    it('ignores self-loops', () => {
      const g = org();
      const looped = new UndirectedGraph({ allowSelfLoops: true });
      looped.import(g.export());
      looped.addEdge('a2', 'a2', { weight: 100 });
      expect(introductionPaths(looped, 'a1', 'c1', { limit: 5 })).toEqual(introductionPaths(g, 'a1', 'c1', { limit: 5 }));
    });

    it('gives the same result for the graph and a prebuilt index, and refuses an attribute name with an index', () => {
      const g = org();
      const index = buildIndex(g);
      expect(introductionPaths(index, 'a1', 'c1', { limit: 5 })).toEqual(introductionPaths(g, 'a1', 'c1', { limit: 5 }));
      expect(code(() => introductionPaths(index, 'a1', 'c1', { getEdgeStrength: 'weight' }))).toBe('E_INVALID_OPTION:getEdgeStrength');
      expect(code(() => introductionPaths(index, 'a1', 'c1', { getEdgeStrength: () => 1 }))).toBe('E_INVALID_OPTION:getEdgeStrength');
    });

    it('introductionPaths(index, s, t, { getEdgeStrength: null }) is unweighted: every p = 1, fewest hops first', () => {
      const g = org();
      const viaIndex = introductionPaths(buildIndex(g), 'a1', 'c1', { limit: 5, getEdgeStrength: null });
      expect(viaIndex).toEqual(introductionPaths(g, 'a1', 'c1', { limit: 5, getEdgeStrength: null }));
      expect(viaIndex.map((p) => [p.path.join(' '), p.probability])).toEqual([
        ['a1 a2 b2 c1', 1],
        ['a1 a3 a2 b2 c1', 1], // equal hops: node order position by position (a2 before b1)
        ['a1 a3 b1 b2 c1', 1],
        ['a1 a2 a3 b1 b2 c1', 1],
      ]);
    });

    it('refuses an edge attribute that no edge carries (misspelt)', () => {
      expect(code(() => introductionPaths(org(), 'a1', 'c1', { getEdgeStrength: 'wieght' }))).toBe('E_INVALID_OPTION:getEdgeStrength');
    });

    it('refuses the old option names k and minStrength as unknown', () => {
      expect(code(() => introductionPaths(org(), 'a1', 'c1', { k: 2 } as never))).toBe('E_INVALID_OPTION:k');
      expect(code(() => introductionPaths(org(), 'a1', 'c1', { minStrength: 2 } as never))).toBe('E_INVALID_OPTION:minStrength');
    });

    it('has frozen defaults limit 3, product, p = s / s_max, no dormant ties, no hop cap', () => {
      expect(Object.isFrozen(INTRODUCTION_PATHS_DEFAULTS)).toBe(true);
      expect(INTRODUCTION_PATHS_DEFAULTS).toMatchObject({ limit: 3, objective: 'product', dormantBelow: 0, maxHops: Infinity });
      expect(introductionPaths(org(), 'a1', 'c1', { limit: 10 }).length).toBe(4);
      expect(introductionPaths(org(), 'a1', 'c1').length).toBe(3);
    });
  });

  describe('METRICS.md §3.12 reference values (F2 org, a1 → c1, s_max = 4)', () => {
    it('the warmest path is a1 → a2 → b2 → c1 with probability 0.046875', () => {
      // p = s / 4: a1–a2 3/4, a2–b2 1/4, b2–c1 1/4 → 3/4 · 1/4 · 1/4 = 3/64 = 0.046875.
      const [best] = introductionPaths(org(), 'a1', 'c1');
      expect(best!.path).toEqual(['a1', 'a2', 'b2', 'c1']);
      expect(best!.probability).toBeCloseTo(0.046875, 15);
      expect(best!.weakestLink).toBe(0.25);
      expect(best!.hops).toBe(3);
      expect(best!.ties).toEqual([
        { source: 'a1', target: 'a2', strength: 3, probability: 0.75 },
        { source: 'a2', target: 'b2', strength: 1, probability: 0.25 },
        { source: 'b2', target: 'c1', strength: 1, probability: 0.25 },
      ]);
    });

    it('the next alternative is a1 → a3 → b1 → b2 → c1 with 0.03125', () => {
      // a1–a3 2/4, a3–b1 1/4, b1–b2 4/4, b2–c1 1/4 → 1/2 · 1/4 · 1 · 1/4 = 1/32 = 0.03125.
      const paths = introductionPaths(org(), 'a1', 'c1', { limit: 5 });
      expect(paths.map((p) => p.path.join(' '))).toEqual([
        'a1 a2 b2 c1', // 3/64   = 0.046875
        'a1 a3 b1 b2 c1', // 1/32 = 0.03125
        'a1 a2 a3 b1 b2 c1', // 3/4 · 1/4 · 1/4 · 1 · 1/4 = 3/256 = 0.01171875
        'a1 a3 a2 b2 c1', // 1/2 · 1/4 · 1/4 · 1/4 = 1/128 = 0.0078125
      ]);
      expect(paths[1]!.probability).toBeCloseTo(0.03125, 15);
      expect(paths[2]!.probability).toBeCloseTo(0.01171875, 15);
      expect(paths[3]!.probability).toBeCloseTo(0.0078125, 15);
    });

    it("objective 'bottleneck': every path's weakest link is 1/4, so the tie rule orders them: fewer hops, then higher product", () => {
      // All four paths use b2–c1 (p = 1/4). Hops 3, 4, 4, 5; the two 4-hop paths by product:
      // 0.03125 (a1 a3 b1 b2 c1) before 0.0078125 (a1 a3 a2 b2 c1).
      const paths = introductionPaths(org(), 'a1', 'c1', { limit: 5, objective: 'bottleneck' });
      expect(paths.map((p) => p.path.join(' '))).toEqual(['a1 a2 b2 c1', 'a1 a3 b1 b2 c1', 'a1 a3 a2 b2 c1', 'a1 a2 a3 b1 b2 c1']);
      for (const p of paths) expect(p.weakestLink).toBe(0.25);
    });
  });

  describe('tie rule', () => {
    it('equal products: fewer hops first, then the node order of the graph', () => {
      // s → t directly (p = 1/4), s → x → t and s → y → t (each 1/2 · 1/2 = 1/4): all products 1/4.
      const g = new UndirectedGraph();
      for (const n of ['s', 'y', 'x', 't']) g.addNode(n); // node order: s, y, x, t
      g.mergeEdge('s', 't', { weight: 1 });
      for (const m of ['x', 'y']) {
        g.mergeEdge('s', m, { weight: 2 });
        g.mergeEdge(m, 't', { weight: 2 });
      }
      g.mergeEdge('x', 'y', { weight: 4 });
      const paths = introductionPaths(g, 's', 't', { limit: 3, probability: (s) => s / 4 });
      expect(paths.map((p) => p.path.join(' '))).toEqual(['s t', 's y t', 's x t']);
    });

    it("objective 'bottleneck' prefers the wider path even when it is longer and colder", () => {
      // s–t 1 (p 1/4) vs s–a–b–t all 2 (p 1/2 each, product 1/8 < 1/4): widest wins.
      const g = new UndirectedGraph();
      g.mergeEdge('s', 't', { weight: 1 });
      g.mergeEdge('s', 'a', { weight: 2 });
      g.mergeEdge('a', 'b', { weight: 2 });
      g.mergeEdge('b', 't', { weight: 2 });
      g.mergeEdge('x', 'y', { weight: 4 }); // s_max = 4
      expect(introductionPaths(g, 's', 't', { limit: 1, objective: 'bottleneck' })[0]!.path).toEqual(['s', 'a', 'b', 't']);
      expect(introductionPaths(g, 's', 't', { limit: 1 })[0]!.path).toEqual(['s', 't']);
    });
  });

  describe('options', () => {
    it('dormantBelow drops weaker (dormant) ties', () => {
      // Without ties of strength < 2, a1 can reach only a2, a3 (a1–a2 3, a1–a3 2) and b1–b2 is cut off.
      expect(introductionPaths(org(), 'a1', 'c1', { dormantBelow: 2 })).toEqual([]);
      expect(introductionPaths(org(), 'a1', 'a3', { dormantBelow: 2, limit: 5 }).map((p) => p.path)).toEqual([['a1', 'a3']]);
    });

    it('maxHops caps the chain', () => {
      expect(introductionPaths(org(), 'a1', 'c1', { limit: 5, maxHops: 4 }).map((p) => p.hops)).toEqual([3, 4, 4]);
      expect(introductionPaths(org(), 'a1', 'c1', { maxHops: 2 })).toEqual([]);
    });

    it('probability: a constant makes the fewest hops warmest; p = 0 ties are unusable', () => {
      const paths = introductionPaths(org(), 'a1', 'c1', { limit: 2, probability: 0.5 });
      expect(paths[0]!.probability).toBe(0.125); // 3 hops · 0.5
      expect(introductionPaths(org(), 'a1', 'c1', { probability: 0 })).toEqual([]);
      // { min, max, gamma }: p = 0.1 + 0.8 (s/4)²; a1–a2: 0.1 + 0.8·9/16 = 0.55.
      const [curve] = introductionPaths(org(), 'a1', 'a2', { probability: { min: 0.1, max: 0.9, gamma: 2 } });
      expect(curve!.probability).toBeCloseTo(0.55, 15);
    });

    it('directed graphs follow arcs', () => {
      const g = new DirectedGraph();
      g.mergeEdge('a', 'b', { weight: 1 });
      g.mergeEdge('b', 'c', { weight: 1 });
      g.mergeEdge('c', 'a', { weight: 1 });
      expect(introductionPaths(g, 'a', 'c').map((p) => p.path)).toEqual([['a', 'b', 'c']]);
      expect(introductionPaths(g, 'c', 'b').map((p) => p.path)).toEqual([['c', 'a', 'b']]);
    });

    it('throws InvalidOptionError on bad options', () => {
      const g = org();
      expect(code(() => introductionPaths(g, 'a1', 'c1', { limit: 0 }))).toBe('E_INVALID_OPTION:limit');
      expect(code(() => introductionPaths(g, 'a1', 'c1', { limit: 1.5 }))).toBe('E_INVALID_OPTION:limit');
      expect(code(() => introductionPaths(g, 'a1', 'c1', { objective: 'widest' as never }))).toBe('E_INVALID_OPTION:objective');
      expect(code(() => introductionPaths(g, 'a1', 'c1', { dormantBelow: -1 }))).toBe('E_INVALID_OPTION:dormantBelow');
      expect(code(() => introductionPaths(g, 'a1', 'c1', { maxHops: 0 }))).toBe('E_INVALID_OPTION:maxHops');
      expect(code(() => introductionPaths(g, 'a1', 'c1', { probability: 2 }))).toBe('E_INVALID_OPTION:probability');
      expect(code(() => introductionPaths(g, 'a1', 'c1', { colour: 1 } as never))).toBe('E_INVALID_OPTION:colour');
    });

    it('refuses a graph mixing directed and undirected edges', () => {
      const g = new Graph();
      g.mergeDirectedEdge('a', 'b');
      g.mergeUndirectedEdge('b', 'c');
      expect(code(() => introductionPaths(g, 'a', 'c'))).toBe('E_GRAPH_TYPE');
    });
  });

  describe('properties', () => {
    test.prop(
      [
        arbGraph({ directed: false, maxNodes: 12, maxEdges: 30 }),
        fc.nat(),
        fc.nat(),
        fc.constantFrom('default', 'weightedCascade', 'curve', 'constant', 'function'),
        fc.constantFrom('product' as const, 'bottleneck' as const),
        fc.oneof(fc.constant(Infinity), fc.integer({ min: 1, max: 4 })),
      ],
      { numRuns: 200 },
    )('an undirected graph gives the paths of the same graph with every tie as two arcs, under every probability rule', (desc, i, j, rule, objective, maxHops) => {
      // The undirected index reads the backward searches' costs from its out-slot arrays when p
      // is the same both ways (default, curve, constant); weightedCascade (p = 1 / in-degree of
      // the head) and functions are gathered per in-slot, as for a directed graph.
      const graph = toGraphology(desc);
      if (graph.order === 0) return;
      const arcs = new DirectedGraph();
      for (const node of graph.nodes()) arcs.addNode(node);
      graph.forEachEdge((_edge, attributes, u, v) => {
        arcs.addEdge(u, v, { ...attributes });
        arcs.addEdge(v, u, { ...attributes });
      });
      const rules: Record<string, ProbabilityOption | undefined> = {
        default: undefined,
        weightedCascade: 'weightedCascade',
        curve: { min: 0.1, max: 0.9, gamma: 2 },
        constant: 0.5,
        function: (s: number, max: number) => Math.sqrt(s / max),
      };
      const probability = rules[rule];
      const nodes = graph.nodes();
      const from = nodes[i % nodes.length]!;
      const to = nodes[j % nodes.length]!;
      const options = { limit: 6, objective, maxHops, ...(probability === undefined ? {} : { probability }) };
      expect(introductionPaths(graph, from, to, options)).toEqual(introductionPaths(arcs, from, to, options));
    });

    test.prop([arbGraph({ maxNodes: 9, maxEdges: 18 }), fc.nat(), fc.nat(), fc.integer({ min: 1, max: 6 })], { numRuns: 100 })(
      'paths are simple, start and end right, follow ties, and come in order; probability = Π p; limit-prefix stable',
      (desc, i, j, k) => {
        const graph = toGraphology(desc);
        if (graph.order === 0) return;
        const nodes = graph.nodes();
        const from = nodes[i % nodes.length]!;
        const to = nodes[j % nodes.length]!;
        const paths = introductionPaths(graph, from, to, { limit: k });
        const more = introductionPaths(graph, from, to, { limit: k + 2 });
        expect(more.slice(0, paths.length)).toEqual(paths);
        for (const p of paths) {
          expect(p.path[0]).toBe(from);
          expect(p.path[p.path.length - 1]).toBe(to);
          expect(new Set(p.path).size).toBe(p.path.length);
          let product = 1;
          for (const tie of p.ties) {
            expect(graph.hasEdge(tie.source, tie.target)).toBe(true);
            product *= tie.probability;
          }
          expect(p.probability).toBe(product);
        }
        for (let a = 1; a < paths.length; a++) {
          expect(paths[a]!.probability).toBeLessThanOrEqual(paths[a - 1]!.probability * (1 + 1e-9));
        }
      },
    );
  });
});
