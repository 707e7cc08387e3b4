/**
 * Unit tests of dyadicConstraint (STYLE.md §9, layer 1). Golden parity with NetworkX
 * local_constraint is in burt.golden.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { DirectedGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { dyadicConstraint, DYADIC_CONSTRAINT_DEFAULTS } from '../../src/brokerage/dyadic-constraint.js';
import { constraint } from '../../src/brokerage/constraint.js';
import { buildIndex } from '../../src/core/build-index.js';
import {
  GraphTypeNotSupportedError,
  InvalidGraphError,
  InvalidOptionError,
  InvalidWeightError,
  NodeNotFoundError,
} from '../../src/errors.js';
import { Graph } from '../arbitraries.js';
import { expectSameValues, org, thrown, weightedTriangle } from './burt-cases.js';

describe('dyadicConstraint', () => {
  describe('standard cases (STYLE.md §9)', () => {
    it('dyadicConstraint(notAGraph, node) throws InvalidGraphError', () => {
      for (const input of [null, 42, {}, []]) expect(thrown(() => dyadicConstraint(input as never, 'a'))).toBeInstanceOf(InvalidGraphError);
    });

    it('throws GraphTypeNotSupportedError on a mixed graph', () => {
      const g = new Graph();
      g.mergeDirectedEdge('a', 'b');
      g.mergeUndirectedEdge('b', 'c');
      expect(thrown(() => dyadicConstraint(g, 'a'))).toBeInstanceOf(GraphTypeNotSupportedError);
    });

    it('throws NodeNotFoundError for a node that is not in the graph (also an empty graph)', () => {
      const error = thrown(() => dyadicConstraint(org(), 'nobody'));
      expect(error).toBeInstanceOf(NodeNotFoundError);
      expect(error.code).toBe('E_NODE_NOT_FOUND');
      expect(thrown(() => dyadicConstraint(new UndirectedGraph(), 'a'))).toBeInstanceOf(NodeNotFoundError);
    });

    it('returns {} for an isolate, and for a person whose only tie is a self-loop', () => {
      expect(dyadicConstraint(org(), 'z')).toEqual({});
      const g = new MultiUndirectedGraph();
      for (const node of ['s', 'a', 'b']) g.addNode(node);
      g.addEdge('s', 's', { weight: 3 });
      g.addEdge('a', 'b');
      expect(dyadicConstraint(g, 's')).toEqual({});
    });

    it('gives the same result from the graph and from a prebuilt index', () => {
      expectSameValues(dyadicConstraint(buildIndex(org()), 'a2'), dyadicConstraint(org(), 'a2'));
    });

    it('getEdgeStrength: null on an index of a weighted graph equals the graph with getEdgeStrength: null', () => {
      for (const node of ['a1', 'a3', 'b2']) {
        expectSameValues(dyadicConstraint(buildIndex(org()), node, { getEdgeStrength: null }), dyadicConstraint(org(), node, { getEdgeStrength: null }));
      }
      expect(dyadicConstraint(buildIndex(org()), 'a1', { getEdgeStrength: null }).a2).not.toBe(dyadicConstraint(org(), 'a1').a2);
    });

    it('refuses an edge attribute name that no edge carries (misspelt), and attribute (there is no assign variant)', () => {
      expect((thrown(() => dyadicConstraint(org(), 'a1', { getEdgeStrength: 'wieght' })) as InvalidOptionError).option).toBe('getEdgeStrength');
      expect((thrown(() => dyadicConstraint(org(), 'a1', { attribute: 'c' } as never)) as InvalidOptionError).option).toBe('attribute');
    });

    it('validates options: unknown keys, model, getEdgeStrength with an index, bad strengths', () => {
      expect((thrown(() => dyadicConstraint(org(), 'a1', { colour: 1 } as never)) as InvalidOptionError).option).toBe('colour');
      expect((thrown(() => dyadicConstraint(org(), 'a1', { model: 'x' as never })) as InvalidOptionError).option).toBe('model');
      expect(thrown(() => dyadicConstraint(buildIndex(org()), 'a1', { getEdgeStrength: 'weight' }))).toBeInstanceOf(InvalidOptionError);
      const g = org();
      g.setEdgeAttribute('a1', 'a2', 'weight', -2);
      expect(thrown(() => dyadicConstraint(g, 'a1'))).toBeInstanceOf(InvalidWeightError);
      expect(Object.isFrozen(DYADIC_CONSTRAINT_DEFAULTS)).toBe(true);
    });
  });

  it('returns { a2: 0.49, a3: 0.2704 } for a1 in org (weighted)', () => {
    // p(a1,a2) = 0.6, p(a1,a3) = 0.4, p(a3,a2) = 1/4, p(a2,a3) = 1/5.
    // c(a1,a2) = (0.6 + 0.4·0.25)² = 0.49; c(a1,a3) = (0.4 + 0.6·0.2)² = 0.2704.
    const c = dyadicConstraint(org(), 'a1');
    expect(Object.keys(c).sort()).toEqual(['a2', 'a3']);
    expect(c.a2).toBeCloseTo(0.49, 14);
    expect(c.a3).toBeCloseTo(0.2704, 14);
  });

  it('sums to constraint on every node, in both models', () => {
    for (const model of ['whole', 'ego'] as const) {
      const total = constraint(org(), { model });
      for (const node of ['a1', 'a2', 'a3', 'b1', 'b2', 'c1']) {
        const sum = Object.values(dyadicConstraint(org(), node, { model })).reduce((a, b) => a + b, 0);
        expect(sum).toBeCloseTo(total[node]!, 14);
      }
    }
  });

  it('can exceed 1 for one contact (METRICS.md F5: c(b,a) = c(b,c) = (21/22)² = 0.9112)', () => {
    const c = dyadicConstraint(weightedTriangle(), 'b');
    expect(c.a).toBeCloseTo((21 / 22) ** 2, 14);
    expect(c.c).toBeCloseTo((21 / 22) ** 2, 14);
    expect(dyadicConstraint(weightedTriangle(), 'a').c).toBeGreaterThan(0.9);
  });

  it('lists in- and out-contacts of a directed graph, an in-only person included (NetworkX #2661)', () => {
    // a→b 2, b→a 1, c→a 3, a→in 1: mutual strengths b 3, c 3, in 1 (S = 7); no ties among them.
    const g = new DirectedGraph();
    g.mergeEdge('a', 'b', { weight: 2 });
    g.mergeEdge('b', 'a', { weight: 1 });
    g.mergeEdge('c', 'a', { weight: 3 });
    g.mergeEdge('a', 'in', { weight: 1 });
    const c = dyadicConstraint(g, 'a');
    expect(c).toEqual({ b: (3 / 7) ** 2, c: (3 / 7) ** 2, in: (1 / 7) ** 2 });
    expect(dyadicConstraint(g, 'in')).toEqual({ a: 1 });
  });

  it("uses E_i-only normalisation with model: 'ego' (org a3: 0.47265625, 0.3025, 0.0625)", () => {
    // See constraint.test.ts: inside E = {a3, a1, a2, b1}, p(a2,a1) = 3/4 instead of 3/5.
    const c = dyadicConstraint(org(), 'a3', { model: 'ego' });
    expect(c.a1).toBeCloseTo(0.47265625, 14);
    expect(c.a2).toBeCloseTo(0.3025, 14);
    expect(c.b1).toBeCloseTo(0.0625, 14);
  });
});
