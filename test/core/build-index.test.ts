import { describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { buildIndex } from '../../src/index.js';

describe('buildIndex', () => {
  it('lays out a triangle with sorted neighbours', () => {
    const g = new UndirectedGraph();
    g.mergeEdge('a', 'b', { weight: 2 });
    g.mergeEdge('b', 'c');
    const ix = buildIndex(g);
    expect(Array.from(ix.offsets)).toEqual([0, 1, 3, 4]);
    expect(Array.from(ix.neighbors)).toEqual([1, 0, 2, 1]);
    expect(Array.from(ix.strengths)).toEqual([2, 2, 1, 1]);
  });
});
