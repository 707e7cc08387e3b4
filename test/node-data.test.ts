/**
 * src/node-data.ts: per-person data (groups, values, scores, kinds) in four forms — an attribute
 * name, a Record, a Map, a getter — read by dense node id, with an explicit policy for missing
 * values, no coercion, and a misspelt attribute refused.
 */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../src/core/build-index.js';
import { InvalidOptionError, NodeNotFoundError } from '../src/errors.js';
import { nodeLabels, nodeNumbers } from '../src/node-data.js';

const spec = { option: 'values', prefix: 'test' };

function graph(): UndirectedGraph {
  const g = new UndirectedGraph();
  g.addNode('a', { value: 10, team: 'x' });
  g.addNode('b', { value: 2.5, team: 10 });
  g.addNode('c', { team: 2 });
  g.addEdge('a', 'b');
  g.addEdge('b', 'c');
  return g;
}

function thrown(fn: () => unknown): { code: string; option?: string } {
  try {
    fn();
  } catch (error) {
    return error as { code: string; option?: string };
  }
  throw new Error('expected the call to throw');
}

describe('nodeNumbers', () => {
  const g = graph();
  const index = buildIndex(g, { getEdgeStrength: null });

  it('reads an attribute; missing values follow the policy', () => {
    const zero = nodeNumbers(g, index, 'value', { ...spec, missing: 'zero' });
    expect([...zero.values]).toEqual([10, 2.5, 0]);
    expect([...zero.present]).toEqual([1, 1, 0]);
    expect(zero.missingCount).toBe(1);
    expect(nodeNumbers(g, index, 'value', { ...spec, missing: 'nan' }).values[2]).toBeNaN();
    expect(thrown(() => nodeNumbers(g, index, 'value', { ...spec, missing: 'error' })).code).toBe('E_INVALID_OPTION');
  });

  it('reads the same numbers from a Record, a Map and a getter', () => {
    const expected = [10, 2.5, 0];
    const forms = [
      { a: 10, b: 2.5 },
      new Map([
        ['a', 10],
        ['b', 2.5],
      ]),
      (_node: string, attributes: Record<string, unknown>) => attributes.value as number | undefined,
    ];
    for (const form of forms) expect([...nodeNumbers(g, index, form, { ...spec, missing: 'zero' }).values]).toEqual(expected);
  });

  it('reads a Record or a Map with an index; refuses an attribute name or a getter there', () => {
    expect([...nodeNumbers(index, index, new Map([['c', 7]]), { ...spec, missing: 'zero' }).values]).toEqual([0, 0, 7]);
    expect(thrown(() => nodeNumbers(index, index, 'value', { ...spec, missing: 'zero' })).option).toBe('values');
    expect(thrown(() => nodeNumbers(index, index, () => 1, { ...spec, missing: 'zero' })).option).toBe('values');
  });

  it('never coerces: strings, booleans, NaN and ∞ are errors naming the option', () => {
    const h = g.copy();
    h.setNodeAttribute('b', 'value', '3');
    expect(thrown(() => nodeNumbers(h, index, 'value', { ...spec, missing: 'zero' })).code).toBe('E_INVALID_OPTION');
    for (const bad of [true, Number.NaN, Number.POSITIVE_INFINITY]) {
      const error = thrown(() => nodeNumbers(g, index, { a: bad }, { ...spec, missing: 'zero' }));
      expect(error).toBeInstanceOf(InvalidOptionError);
    }
  });

  it('refuses a misspelt attribute, an unknown node, and a value of the wrong form', () => {
    expect(thrown(() => nodeNumbers(g, index, 'vlaue', { ...spec, missing: 'zero' })).option).toBe('values');
    expect(thrown(() => nodeNumbers(g, index, { zz: 1 }, { ...spec, missing: 'zero' }))).toBeInstanceOf(NodeNotFoundError);
    expect(thrown(() => nodeNumbers(g, index, 42, { ...spec, missing: 'zero' })).code).toBe('E_INVALID_OPTION');
    expect(thrown(() => nodeNumbers(g, index, ['a'], { ...spec, missing: 'zero' })).code).toBe('E_INVALID_OPTION');
  });
});

describe('nodeLabels', () => {
  const g = graph();
  const index = buildIndex(g, { getEdgeStrength: null });

  it('numbers groups in ascending label order: numeric labels first, by value', () => {
    const labels = nodeLabels(g, index, 'team', { option: 'groups', prefix: 'test', missing: 'error' });
    expect(labels.labels).toEqual(['2', '10', 'x']);
    expect([...labels.groupOf]).toEqual([2, 1, 0]);
    expect([...labels.sizes]).toEqual([1, 1, 1]);
  });

  it("missing: 'ungrouped' gives −1; 'error' refuses", () => {
    const partial = { a: 'x', b: 'x' };
    const labels = nodeLabels(g, index, partial, { option: 'groups', prefix: 'test', missing: 'ungrouped' });
    expect([...labels.groupOf]).toEqual([0, 0, -1]);
    expect(labels.ungrouped).toBe(1);
    expect(thrown(() => nodeLabels(g, index, partial, { option: 'groups', prefix: 'test', missing: 'error' })).option).toBe('groups');
  });

  it('refuses a label that is an object or a non-finite number', () => {
    for (const bad of [{}, Number.NaN]) {
      expect(thrown(() => nodeLabels(g, index, { a: bad, b: 'x', c: 'x' }, { option: 'groups', prefix: 'test', missing: 'error' })).code).toBe(
        'E_INVALID_OPTION',
      );
    }
  });
});
