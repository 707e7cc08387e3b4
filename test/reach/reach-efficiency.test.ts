/**
 * reachEfficiency and assignReachEfficiency: the standard cases of STYLE.md §9 and hand-computed
 * values on F2 "org" (arithmetic in the comments).
 */
import { describe, expect, it } from 'vitest';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { buildIndex, GraphTypeNotSupportedError, InvalidGraphError, InvalidOptionError } from '../../src/index.js';
import { assignReachEfficiency, REACH_EFFICIENCY_DEFAULTS, reachEfficiency, reachEfficiencyIndexed } from '../../src/reach/reach-efficiency.js';
import { kStepReach } from '../../src/reach/k-step-reach.js';
import { Graph } from '../arbitraries.js';
import { fixtureGraph } from '../fixtures/graphs.js';

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

describe('reachEfficiency', () => {
  describe('standard cases', () => {
    it('throws InvalidGraphError on something that is not a graph', () => {
      expectCode(() => reachEfficiency([] as never), InvalidGraphError, 'E_INVALID_GRAPH');
    });

    it('throws GraphTypeNotSupportedError on a mixed graph', () => {
      const g = new Graph();
      g.mergeDirectedEdge('a', 'b');
      g.mergeUndirectedEdge('b', 'c');
      expectCode(() => reachEfficiency(g), GraphTypeNotSupportedError, 'E_GRAPH_TYPE');
    });

    it('returns {} for an empty graph', () => {
      expect(reachEfficiency(new UndirectedGraph())).toEqual({});
    });

    it('gives an isolate NaN (0 people over 0 contacts), and a person without weak ties NaN over weak ties', () => {
      const org = fixtureGraph('org');
      expect(reachEfficiency(org).z).toBeNaN();
      // a1's ties (a1–a2 3, a1–a3 2) are both strong at ℓ = 2.
      expect(reachEfficiency(org, { via: 'weak', strongTies: 2 }).a1).toBeNaN();
    });

    it('ignores self-loops', () => {
      const g = new UndirectedGraph({ allowSelfLoops: true });
      g.mergeEdge('a', 'a');
      g.mergeEdge('a', 'b');
      g.mergeEdge('b', 'c');
      // a: 1 contact (b), reaches b, c → 2; a self-loop is not a contact.
      expect(reachEfficiency(g)).toEqual({ a: 2, b: 1, c: 2 });
    });

    it('assignReachEfficiency writes what reachEfficiency returns', () => {
      const g = fixtureGraph('karate');
      const expected = reachEfficiency(g, { via: 'weak', strongTies: 3 });
      assignReachEfficiency(g, { via: 'weak', strongTies: 3 });
      g.forEachNode((v, a) => expect(Object.is(a['reachEfficiency'], expected[v])).toBe(true));
      assignReachEfficiency(g, { attribute: 're' });
      expect(g.getNodeAttribute('0', 're')).toBe(reachEfficiency(g)['0']);
    });

    it('gives the same result for the graph and a prebuilt index', () => {
      for (const name of ['org', 'directed-weighted', 'messy'] as const) {
        const g = fixtureGraph(name);
        const index = buildIndex(g);
        for (const options of [{}, { via: 'strong' as const }, { k: 3, direction: 'in' as const }]) {
          expect(reachEfficiency(index, options)).toEqual(reachEfficiency(g, options));
        }
      }
    });

    it('refuses bad options with InvalidOptionError naming the option', () => {
      const g = fixtureGraph('org');
      expectCode(() => reachEfficiency(g, { k: 0 }), InvalidOptionError, 'E_INVALID_OPTION', 'k');
      expectCode(() => reachEfficiency(g, { via: 'all' as never }), InvalidOptionError, 'E_INVALID_OPTION', 'via');
      expectCode(() => reachEfficiency(g, { normalized: true } as never), InvalidOptionError, 'E_INVALID_OPTION', 'normalized');
      expectCode(() => reachEfficiency(g, { threads: 0 }), InvalidOptionError, 'E_INVALID_OPTION', 'threads');
      expectCode(() => reachEfficiency(g, { getEdgeStrength: 'strength' }), InvalidOptionError, 'E_INVALID_OPTION', 'getEdgeStrength');
      expectCode(() => reachEfficiency(buildIndex(g), { via: 'strong', strongTies: (() => true) as never }), InvalidOptionError, 'E_INVALID_OPTION', 'strongTies');
      expectCode(() => reachEfficiency(g, { attribute: 're' } as never), InvalidOptionError, 'E_INVALID_OPTION', 'attribute');
      expect(Object.isFrozen(REACH_EFFICIENCY_DEFAULTS)).toBe(true);
      expect(REACH_EFFICIENCY_DEFAULTS).toMatchObject({ k: 2, threads: 'auto', attribute: 'reachEfficiency' });
    });

    it('reachEfficiencyIndexed returns the values in node id order; getEdgeStrength: null works on an index', () => {
      for (const name of ['org', 'directed-weighted'] as const) {
        const g = fixtureGraph(name);
        const index = buildIndex(g);
        for (const options of [{}, { k: 3, threads: 1 }, { via: 'weak' as const, strongTies: 2, direction: 'in' as const }, { getEdgeStrength: null }]) {
          const byKey = reachEfficiency(g, options);
          const values = Array.from(reachEfficiencyIndexed(index, options));
          index.keys.forEach((key, id) => expect(Object.is(values[id], byKey[key])).toBe(true));
        }
      }
      expectCode(() => reachEfficiencyIndexed(fixtureGraph('org') as never), InvalidGraphError, 'E_INVALID_GRAPH');
      expectCode(() => reachEfficiencyIndexed(buildIndex(fixtureGraph('org')), { attribute: 're' } as never), InvalidOptionError, 'E_INVALID_OPTION', 'attribute');
    });
  });

  describe('F2 org (hand-computed)', () => {
    it('is the 2-step reach count divided by the number of contacts', () => {
      // a1: contacts a2, a3 (2); reaches a2, a3, b2 (via a2), b1 (via a3) = 4 → 2.
      // a2: contacts a1, a3, b2 (3); + b1, c1 = 5 → 5/3.   a3: a1, a2, b1 (3); + b2 = 4 → 4/3.
      // b1: a3, b2 (2); + a1, a2, c1 = 5 → 5/2.            b2: a2, b1, c1 (3); + a1, a3 = 5 → 5/3.
      // c1: b2 (1); + a2, b1 = 3 → 3.                      z: 0/0 → NaN.
      const got = reachEfficiency(fixtureGraph('org'));
      expect(got).toEqual({ a1: 2, a2: 5 / 3, a3: 4 / 3, b1: 5 / 2, b2: 5 / 3, c1: 3, z: Number.NaN });
    });

    it('equals kStepReach (count) over the degree; k = 1 gives 1 to everyone with a contact', () => {
      const g = fixtureGraph('karate');
      const counts = kStepReach(g, { normalized: false });
      const efficiency = reachEfficiency(g);
      g.forEachNode((v) => expect(efficiency[v]).toBe(counts[v]! / g.degree(v)));
      for (const x of Object.values(reachEfficiency(g, { k: 1 }))) expect(x).toBe(1);
    });

    it('counts out-contacts with direction out and in-contacts with direction in', () => {
      // F4 triad 0→1, 0→2, 1→0, 2→1: out-degrees 2, 1, 1; in-degrees 1, 2, 1; everyone reaches 2 in 2 steps.
      const g = new DirectedGraph();
      for (const [u, v] of [['0', '1'], ['0', '2'], ['1', '0'], ['2', '1']] as const) g.mergeEdge(u, v);
      expect(reachEfficiency(g)).toEqual({ '0': 1, '1': 2, '2': 2 });
      expect(reachEfficiency(g, { direction: 'in' })).toEqual({ '0': 2, '1': 1, '2': 2 });
    });
  });
});
