/**
 * kStepReach and assignKStepReach: the standard cases of STYLE.md §9, hand-computed values (with
 * the arithmetic) and METRICS.md §3.10's reference values for F2 "org".
 */
import { describe, expect, it } from 'vitest';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import {
  assignClassifyTies,
  buildIndex,
  classifyTies,
  GraphTypeNotSupportedError,
  InvalidGraphError,
  InvalidOptionError,
  InvalidWeightError,
} from '../../src/index.js';
import { assignKStepReach, K_STEP_REACH_DEFAULTS, kStepReach, kStepReachIndexed } from '../../src/reach/k-step-reach.js';
import { Graph } from '../arbitraries.js';
import { fixtureGraph } from '../fixtures/graphs.js';

/** METRICS.md §1.4 F2 "org": a1–a2 3, a1–a3 2, a2–a3 1, a3–b1 1, b1–b2 4, b2–c1 1, a2–b2 1, isolate z. */
function org(): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const v of ['a1', 'a2', 'a3', 'b1', 'b2', 'c1', 'z']) g.addNode(v);
  for (const [u, v, w] of [
    ['a1', 'a2', 3], ['a1', 'a3', 2], ['a2', 'a3', 1], ['a3', 'b1', 1], ['b1', 'b2', 4], ['b2', 'c1', 1], ['a2', 'b2', 1],
  ] as const) {
    g.addEdge(u, v, { weight: w });
  }
  return g;
}

/** METRICS.md §1.4 F4 directed triad: 0→1, 0→2, 1→0, 2→1. */
function triad(): DirectedGraph {
  const g = new DirectedGraph();
  for (const [u, v] of [['0', '1'], ['0', '2'], ['1', '0'], ['2', '1']] as const) g.mergeEdge(u, v);
  return g;
}

function expectCode(fn: () => unknown, type: new (...args: never[]) => Error, code: string, option?: string): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    expect((error as { code: string }).code).toBe(code);
    if (option !== undefined) expect((error as { option: string }).option).toBe(option);
    return;
  }
  throw new Error('expected an error');
}

describe('kStepReach', () => {
  describe('standard cases', () => {
    it('throws InvalidGraphError on something that is not a graph', () => {
      expectCode(() => kStepReach({} as never), InvalidGraphError, 'E_INVALID_GRAPH');
      expectCode(() => kStepReach(null as never), InvalidGraphError, 'E_INVALID_GRAPH');
    });

    it('throws GraphTypeNotSupportedError on a graph mixing directed and undirected edges', () => {
      const g = new Graph();
      g.mergeDirectedEdge('a', 'b');
      g.mergeUndirectedEdge('b', 'c');
      expectCode(() => kStepReach(g), GraphTypeNotSupportedError, 'E_GRAPH_TYPE');
    });

    it('returns {} for an empty graph', () => {
      expect(kStepReach(new UndirectedGraph())).toEqual({});
      expect(kStepReach(new DirectedGraph(), { normalized: false, via: 'strong' })).toEqual({});
    });

    it('gives an isolate 0 (a count of nothing), normalised or not', () => {
      expect(kStepReach(org()).z).toBe(0);
      expect(kStepReach(org(), { normalized: false, k: 5 }).z).toBe(0);
    });

    it('gives NaN for n = 1 when normalised (no other people) and 0 as a count', () => {
      const g = new UndirectedGraph();
      g.addNode('solo');
      expect(kStepReach(g).solo).toBeNaN();
      expect(kStepReach(g, { normalized: false }).solo).toBe(0);
    });

    it('ignores self-loops (a node does not reach itself)', () => {
      const g = new UndirectedGraph({ allowSelfLoops: true });
      g.mergeEdge('a', 'a');
      g.mergeEdge('a', 'b');
      g.addNode('s');
      g.mergeEdge('s', 's');
      // a reaches b only; s has only a self-loop, so it is an isolate.
      expect(kStepReach(g, { normalized: false })).toEqual({ a: 1, b: 1, s: 0 });
    });

    it('merges parallel edges into one tie', () => {
      const g = fixtureGraph('messy');
      const simple = new UndirectedGraph();
      g.forEachNode((v) => simple.addNode(v));
      g.forEachEdge((_e, a, s, t) => {
        if (s !== t) simple.mergeEdge(s, t, { weight: (simple.hasEdge(s, t) ? simple.getEdgeAttribute(s, t, 'weight') : 0) + a.weight });
      });
      expect(kStepReach(g, { k: 3 })).toEqual(kStepReach(simple, { k: 3 }));
    });

    it('assignKStepReach writes what kStepReach returns (default attribute kStepReach)', () => {
      const g = org();
      const expected = kStepReach(g, { k: 3, via: 'weak', strongTies: 2 });
      assignKStepReach(g, { k: 3, via: 'weak', strongTies: 2 });
      g.forEachNode((v, attributes) => expect(attributes['kStepReach']).toBe(expected[v]));
      assignKStepReach(g, { attribute: 'reach1', k: 1, normalized: false });
      expect(g.getNodeAttribute('a2', 'reach1')).toBe(3);
    });

    it('gives the same result for the graph and a prebuilt index', () => {
      for (const name of ['org', 'karate', 'directed-weighted', 'messy'] as const) {
        const g = fixtureGraph(name);
        const index = buildIndex(g);
        for (const options of [{}, { k: 3, normalized: false }, { via: 'strong' as const }, { via: 'weak' as const, strongTies: 2, direction: 'in' as const }]) {
          expect(kStepReach(index, options)).toEqual(kStepReach(g, options));
        }
      }
    });

    it('refuses bad options with InvalidOptionError naming the option', () => {
      const g = org();
      expectCode(() => kStepReach(g, { k: 0 }), InvalidOptionError, 'E_INVALID_OPTION', 'k');
      expectCode(() => kStepReach(g, { k: 1.5 }), InvalidOptionError, 'E_INVALID_OPTION', 'k');
      expectCode(() => kStepReach(g, { k: '2' as never }), InvalidOptionError, 'E_INVALID_OPTION', 'k');
      expectCode(() => kStepReach(g, { via: 'both' as never }), InvalidOptionError, 'E_INVALID_OPTION', 'via');
      expectCode(() => kStepReach(g, { direction: 'all' as never }), InvalidOptionError, 'E_INVALID_OPTION', 'direction');
      expectCode(() => kStepReach(g, { normalized: 1 as never }), InvalidOptionError, 'E_INVALID_OPTION', 'normalized');
      expectCode(() => kStepReach(g, { cutoff: 2 } as never), InvalidOptionError, 'E_INVALID_OPTION', 'cutoff');
      expectCode(() => kStepReach(g, { via: 'strong', strongTies: { method: 'otsu' } as never }), InvalidOptionError, 'E_INVALID_OPTION', 'strongTies');
      expectCode(() => kStepReach(g, { via: 'strong', strongTies: Number.NaN }), InvalidOptionError, 'E_INVALID_OPTION', 'strongTies');
      const index = buildIndex(g);
      expectCode(() => kStepReach(index, { via: 'strong', strongTies: 'tie' }), InvalidOptionError, 'E_INVALID_OPTION', 'strongTies');
      expectCode(() => kStepReach(index, { getEdgeStrength: 'w' }), InvalidOptionError, 'E_INVALID_OPTION', 'getEdgeStrength');
    });

    it('throws InvalidWeightError on a zero strength', () => {
      const g = org();
      g.setEdgeAttribute('a1', 'a2', 'weight', 0);
      expectCode(() => kStepReach(g), InvalidWeightError, 'E_INVALID_WEIGHT');
    });

    it('exports frozen defaults', () => {
      expect(Object.isFrozen(K_STEP_REACH_DEFAULTS)).toBe(true);
      expect(K_STEP_REACH_DEFAULTS).toMatchObject({
        k: 2, via: 'any', normalized: true, direction: 'out', threads: 'auto', strongTies: { method: 'jenks' }, attribute: 'kStepReach',
      });
    });

    it('kStepReachIndexed returns the values in node id order', () => {
      for (const name of ['org', 'directed-weighted'] as const) {
        const g = fixtureGraph(name);
        const index = buildIndex(g);
        for (const options of [{}, { k: 3, normalized: false }, { via: 'strong' as const, strongTies: 2 }, { direction: 'in' as const, getEdgeStrength: null }]) {
          const byKey = kStepReach(g, options);
          expect(Array.from(kStepReachIndexed(index, options))).toEqual(index.keys.map((key) => byKey[key]));
        }
      }
      expectCode(() => kStepReachIndexed(org() as never), InvalidGraphError, 'E_INVALID_GRAPH');
      expectCode(() => kStepReachIndexed(buildIndex(org()), { k: 0 }), InvalidOptionError, 'E_INVALID_OPTION', 'k');
    });

    it('only assignKStepReach takes attribute', () => {
      expectCode(() => kStepReach(org(), { attribute: 'r' } as never), InvalidOptionError, 'E_INVALID_OPTION', 'attribute');
      expectCode(() => kStepReachIndexed(buildIndex(org()), { attribute: 'r' } as never), InvalidOptionError, 'E_INVALID_OPTION', 'attribute');
      expectCode(() => assignKStepReach(org(), { attribute: '' }), InvalidOptionError, 'E_INVALID_OPTION', 'attribute');
      expectCode(() => assignKStepReach(buildIndex(org()) as never), InvalidGraphError, 'E_INVALID_GRAPH');
    });

    it('gives the same counts for every threads value, and refuses a bad one', () => {
      const g = fixtureGraph('karate');
      const expected = kStepReach(g, { k: 3 });
      expect(kStepReach(g, { k: 3, threads: 1 })).toEqual(expected);
      expect(kStepReach(g, { k: 3, threads: 2 })).toEqual(expected);
      for (const threads of [0, 1.5, 'all']) {
        expectCode(() => kStepReach(g, { threads: threads as never }), InvalidOptionError, 'E_INVALID_OPTION', 'threads');
      }
    });

    it('getEdgeStrength: null works with an index (unweighted: every tie strength 1)', () => {
      const g = org();
      const index = buildIndex(g);
      // Every strength 1: Jenks has nothing to split, so no tie is weak below the threshold 1.
      expect(kStepReach(index, { getEdgeStrength: null, via: 'strong', normalized: false })).toEqual(
        kStepReach(g, { getEdgeStrength: null, via: 'strong', normalized: false }),
      );
      expect(kStepReach(index, { getEdgeStrength: null, via: 'weak', strongTies: 2, normalized: false })).toEqual(
        kStepReach(index, { k: 2, normalized: false }),
      );
    });

    it('refuses an edge attribute that no edge carries (misspelt), but not the default weight', () => {
      expectCode(() => kStepReach(org(), { getEdgeStrength: 'wieght' }), InvalidOptionError, 'E_INVALID_OPTION', 'getEdgeStrength');
      const plain = new UndirectedGraph();
      plain.mergeEdge('a', 'b');
      expect(kStepReach(plain)).toEqual({ a: 1, b: 1 });
    });
  });

  describe('F2 org (METRICS.md §3.10 reference values)', () => {
    it('matches the 2-step reach of METRICS.md §3.10 (a1 0.6667, a2 0.8333, …, z 0)', () => {
      const expected = { a1: 0.6667, a2: 0.8333, a3: 0.6667, b1: 0.8333, b2: 0.8333, c1: 0.5, z: 0 };
      const got = kStepReach(org(), { k: 2 });
      for (const [v, x] of Object.entries(expected)) expect(Math.abs(got[v]! - x), v).toBeLessThanOrEqual(5e-5);
    });

    it('counts people within k steps: a3 reaches a1, a2, b1 (1 step), b2 (2), c1 (3)', () => {
      // n − 1 = 6 others; z is never reached.
      expect(kStepReach(org(), { k: 1, normalized: false }).a3).toBe(3);
      expect(kStepReach(org(), { k: 2, normalized: false }).a3).toBe(4);
      expect(kStepReach(org(), { k: 3 }).a3).toBe(5 / 6);
      expect(kStepReach(org(), { k: 10 }).a3).toBe(5 / 6);
    });

    it('k = 1 is the degree over n − 1 and ignores strengths', () => {
      expect(kStepReach(org(), { k: 1 })).toEqual({ a1: 2 / 6, a2: 3 / 6, a3: 3 / 6, b1: 2 / 6, b2: 3 / 6, c1: 1 / 6, z: 0 });
      expect(kStepReach(org(), { getEdgeStrength: null })).toEqual(kStepReach(org()));
    });

    it("via: 'strong' / 'weak' with strongTies: 2 walks only strong / only weak ties", () => {
      // Strong (≥ 2): a1–a2 3, a1–a3 2, b1–b2 4. Weak: a2–a3, a3–b1, b2–c1, a2–b2 (all 1).
      // Strong, 2 steps: a1 → a2, a3; a2 → a1, then a3 via a1; b1 ↔ b2; c1 and z none.
      expect(kStepReach(org(), { via: 'strong', strongTies: 2, normalized: false })).toEqual({ a1: 2, a2: 2, a3: 2, b1: 1, b2: 1, c1: 0, z: 0 });
      // Weak, 2 steps: a2 → a3, b2, then b1 (via a3) and c1 (via b2) = 4; a1 has no weak tie.
      expect(kStepReach(org(), { via: 'weak', strongTies: 2, normalized: false })).toEqual({ a1: 0, a2: 4, a3: 3, b1: 2, b2: 3, c1: 2, z: 0 });
    });

    it("defaults strongTies to classifyTies' Jenks threshold, and accepts the attribute classifyTies writes", () => {
      const g = org();
      const { threshold } = classifyTies(g);
      // Jenks splits {1, 1, 1, 1, 2} from {3, 4}: strong a1–a2 and b1–b2.
      expect(threshold).toBe(3);
      const strong = kStepReach(g, { via: 'strong', normalized: false });
      expect(strong).toEqual({ a1: 1, a2: 1, a3: 0, b1: 1, b2: 1, c1: 0, z: 0 });
      expect(kStepReach(g, { via: 'strong', strongTies: threshold, normalized: false })).toEqual(strong);
      expect(kStepReach(g, { via: 'strong', strongTies: { method: 'jenks' }, normalized: false })).toEqual(strong);
      assignClassifyTies(g); // writes 'strong' / 'weak' in the edge attribute 'tie'
      expect(kStepReach(g, { via: 'strong', strongTies: 'tie', normalized: false })).toEqual(strong);
      expect(kStepReach(g, { via: 'strong', strongTies: (_e, a) => a['weight'] >= 3, normalized: false })).toEqual(strong);
    });
  });

  describe('directed graphs (F4 triad 0→1, 0→2, 1→0, 2→1)', () => {
    it("direction: 'out' counts whom a person reaches", () => {
      // k = 1: out-degrees 2, 1, 1. k = 2: 1 → 0 → 2 and 2 → 1 → 0 reach everyone.
      expect(kStepReach(triad(), { k: 1, normalized: false })).toEqual({ '0': 2, '1': 1, '2': 1 });
      expect(kStepReach(triad(), { k: 2, normalized: false })).toEqual({ '0': 2, '1': 2, '2': 2 });
    });

    it("direction: 'in' counts who reaches the person", () => {
      // k = 1: in-degrees 1, 2, 1. k = 2: 2 → 1 → 0, and 1 → 0 → 2.
      expect(kStepReach(triad(), { k: 1, normalized: false, direction: 'in' })).toEqual({ '0': 1, '1': 2, '2': 1 });
      expect(kStepReach(triad(), { k: 2, normalized: false, direction: 'in' })).toEqual({ '0': 2, '1': 2, '2': 2 });
    });

    it('classifies a pair by its projected strength a_ij + a_ji, so both arcs share the class', () => {
      const g = new DirectedGraph();
      g.mergeEdge('a', 'b', { weight: 1 });
      g.mergeEdge('b', 'a', { weight: 1.5 });
      g.mergeEdge('b', 'c', { weight: 2 });
      // a–b projects to 2.5 ≥ 2.5 (strong both ways); b→c is 2 (weak).
      expect(kStepReach(g, { via: 'strong', strongTies: 2.5, normalized: false })).toEqual({ a: 1, b: 1, c: 0 });
      expect(kStepReach(g, { via: 'weak', strongTies: 2.5, normalized: false })).toEqual({ a: 0, b: 1, c: 0 });
      expect(kStepReach(g, { via: 'weak', strongTies: 2.5, normalized: false, direction: 'in' })).toEqual({ a: 0, b: 0, c: 1 });
    });
  });
});
