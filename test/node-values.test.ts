/**
 * nodeValues (src/node-values.ts): numeric node attributes (lifetime value, engagement) from a
 * graph attribute or a record, with an explicit policy for missing values and no coercion.
 */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../src/core/build-index.js';
import { InvalidOptionError, NodeNotFoundError } from '../src/errors.js';
import { nodeValues, type NodeValueSpec } from '../src/node-values.js';

const P = 'test';
const spec = (over: Partial<NodeValueSpec>): NodeValueSpec => ({
  attribute: 'value',
  values: undefined,
  attributeOption: 'valueAttribute',
  valuesOption: 'values',
  missing: 'zero',
  ...over,
});

describe('nodeValues', () => {
  const g = new UndirectedGraph();
  g.addNode('a', { value: 10 });
  g.addNode('b', { value: 2.5 });
  g.addNode('c');
  g.addEdge('a', 'b');
  g.addEdge('b', 'c');
  const index = buildIndex(g, { getEdgeStrength: null });

  it('reads the attribute; missing values follow the policy', () => {
    const zero = nodeValues(g, index, spec({}), P);
    expect([...zero.values]).toEqual([10, 2.5, 0]);
    expect([...zero.present]).toEqual([1, 1, 0]);
    expect(zero.missingCount).toBe(1);
    expect(nodeValues(g, index, spec({ missing: 'nan' }), P).values[2]).toBeNaN();
    expect(() => nodeValues(g, index, spec({ missing: 'error' }), P)).toThrow(/node "c" has no "value" attribute/);
  });

  it('reads a record, for a graph or an index', () => {
    const r = nodeValues(index, index, spec({ attribute: undefined, values: { c: 7 } }), P);
    expect([...r.values]).toEqual([0, 0, 7]);
    expect(r.missingCount).toBe(2);
  });

  it('never coerces: strings, booleans, NaN and ∞ are errors naming the node', () => {
    const h = g.copy();
    h.setNodeAttribute('b', 'value', '3');
    expect(() => nodeValues(h, index, spec({}), P)).toThrow(/node "b" has "value" = "3"/);
    expect(() => nodeValues(g, index, spec({ attribute: undefined, values: { a: Number.POSITIVE_INFINITY } }), P)).toThrow(InvalidOptionError);
  });

  it('refuses both sources, an attribute on an index, an unknown node in the record', () => {
    expect(() => nodeValues(g, index, spec({ values: {} }), P)).toThrow(/either valueAttribute or values/);
    expect(() => nodeValues(index, index, spec({}), P)).toThrow(/CsrIndex holds no node attributes/);
    expect(() => nodeValues(g, index, spec({ attribute: undefined, values: { zz: 1 } }), P)).toThrow(NodeNotFoundError);
  });
});
