/**
 * The index side of docs/conventions.md, "Graph or index" and "Strength and distance": `null`
 * getters work on any CsrIndex (also one read from CSV, which never saw a graph), attribute names
 * and getter functions are refused with an index, and an attribute that no edge carries is a
 * misspelling.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import {
  InvalidGraphError,
  InvalidOptionError,
  buildIndex,
  constraint,
  constraintIndexed,
  indexTies,
  neighborhoodOverlapIndexed,
  readTiesCsv,
  type CsrIndex,
} from '../../src/index.js';

function org(): UndirectedGraph {
  const g = new UndirectedGraph();
  g.mergeEdge('a1', 'a2', { weight: 3, emails: 5 });
  g.mergeEdge('a1', 'a3', { weight: 2, emails: 1 });
  g.mergeEdge('a2', 'a3', { weight: 1 });
  g.mergeEdge('a3', 'b1', { weight: 1 });
  return g;
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

describe('getEdgeStrength: null with a CsrIndex', () => {
  it('constraint(index, { getEdgeStrength: null }) equals the unweighted graph', () => {
    const g = org();
    const index = buildIndex(g);
    const unweighted = constraint(g, { getEdgeStrength: null });
    expect(constraint(index, { getEdgeStrength: null })).toEqual(unweighted);
    // The weighted result differs, so the option really changed something.
    expect(constraint(index).a1).not.toBeCloseTo(unweighted.a1!, 6);
  });

  it('works on an index read from CSV, which never saw a graph', async () => {
    const csv = 'source,target,weight\na1,a2,3\na1,a3,2\na2,a3,1\na3,b1,1\n';
    const { index } = (await readTiesCsv(Readable.from([csv]), { as: 'index' })) as unknown as { index: CsrIndex };
    const viaCsv = constraint(index, { getEdgeStrength: null });
    expect(viaCsv).toEqual(constraint(org(), { getEdgeStrength: null }));
    expect(constraint(index)).toEqual(constraint(org()));
  });

  it('leaves the index it was given unchanged', () => {
    const index = buildIndex(org());
    const before = Float64Array.from(index.strengths);
    constraint(index, { getEdgeStrength: null });
    expect(index.strengths).toEqual(before);
    expect(index.weighted).toBe(true);
  });

  it('refuses an attribute name or a getter with an index', () => {
    const index = buildIndex(org());
    for (const getEdgeStrength of ['emails', () => 1] as const) {
      const error = thrown(() => constraint(index, { getEdgeStrength } as never));
      expect(error).toBeInstanceOf(InvalidOptionError);
      expect((error as InvalidOptionError).option).toBe('getEdgeStrength');
    }
  });
});

describe('an edge attribute that no edge carries', () => {
  it("constraint(g, { getEdgeStrength: 'wieght' }) throws InvalidOptionError", () => {
    const error = thrown(() => constraint(org(), { getEdgeStrength: 'wieght' }));
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect((error as InvalidOptionError).code).toBe('E_INVALID_OPTION');
    expect((error as InvalidOptionError).option).toBe('getEdgeStrength');
  });

  it('buildIndex refuses it too, for strengths and distances', () => {
    expect(thrown(() => buildIndex(org(), { getEdgeStrength: 'wieght' }))).toBeInstanceOf(InvalidOptionError);
    expect(thrown(() => buildIndex(org(), { getEdgeDistance: 'km' }))).toBeInstanceOf(InvalidOptionError);
  });

  it('accepts an attribute that only some edges carry (missing reads as 1)', () => {
    const g = org();
    expect(constraint(g, { getEdgeStrength: 'emails' })).toEqual(
      constraint(g, { getEdgeStrength: (_e, a) => (a.emails as number | undefined) ?? 1 }),
    );
  });

  it("accepts the default 'weight' on a graph where no edge has it (unweighted)", () => {
    const g = new UndirectedGraph();
    g.mergeEdge('a', 'b');
    g.mergeEdge('b', 'c');
    expect(constraint(g)).toEqual(constraint(g, { getEdgeStrength: null }));
    expect(constraint(g, { getEdgeStrength: 'weight' })).toEqual(constraint(g, { getEdgeStrength: null }));
  });

  it('accepts any attribute on an empty graph (no edge to carry it)', () => {
    expect(constraint(new DirectedGraph(), { getEdgeStrength: 'emails' })).toEqual({});
  });
});

describe('the indexed variants', () => {
  it('constraintIndexed(index) is constraint in node-id order', () => {
    const index = buildIndex(org());
    const record = constraint(index);
    const values = constraintIndexed(index);
    expect(values).toBeInstanceOf(Float64Array);
    expect(Array.from(values)).toEqual(index.keys.map((k) => record[k]));
  });

  it('neighborhoodOverlapIndexed(index) is aligned with indexTies(index)', () => {
    const index = buildIndex(org());
    const ties = indexTies(index);
    const values = neighborhoodOverlapIndexed(index);
    const pairs = Array.from(values, (v, t) => [index.keys[ties.sources[t]!], index.keys[ties.targets[t]!], v]);
    // N(a1) = {a2, a3}, N(a2) = {a1, a3}, N(a3) = {a1, a2, b1}: O_ij = n_ij / ((k_i − 1) + (k_j − 1) − n_ij),
    // so O(a1,a2) = 1 / (1 + 1 − 1) = 1, O(a1,a3) = O(a2,a3) = 1 / (1 + 2 − 1) = 1/2, O(a3,b1) = 0 / 2 = 0.
    expect(pairs).toEqual([
      ['a1', 'a2', 1],
      ['a1', 'a3', 0.5],
      ['a2', 'a3', 0.5],
      ['a3', 'b1', 0],
    ]);
  });

  it('refuse a graph', () => {
    expect(thrown(() => constraintIndexed(org() as never))).toBeInstanceOf(InvalidGraphError);
  });

  it('refuse the attribute option', () => {
    const error = thrown(() => constraintIndexed(buildIndex(org()), { attribute: 'c' } as never));
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect((error as InvalidOptionError).option).toBe('attribute');
  });
});

describe('compute variants refuse the attribute option', () => {
  it("constraint(g, { attribute: 'x' }) throws InvalidOptionError", () => {
    const error = thrown(() => constraint(org(), { attribute: 'x' } as never));
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect((error as InvalidOptionError).option).toBe('attribute');
  });
});
