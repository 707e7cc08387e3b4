import { expectTypeOf, test } from 'vitest';
import { DirectedGraph } from 'graphology';
import { bridges, buildIndex, type Bridge } from '../../src/index.js';

test('bridges returns the bridges of a graph or an index', () => {
  const g = new DirectedGraph();
  expectTypeOf(bridges(g, { projection: 'mutual' })).toEqualTypeOf<Bridge[]>();
  expectTypeOf(bridges(buildIndex(g))).toEqualTypeOf<Bridge[]>();
});

test('bridges refuses misuse', () => {
  const g = new DirectedGraph();
  // @ts-expect-error a projection that does not exist
  bridges(g, { projection: 'both' });
  // @ts-expect-error structural: no strengths are read
  bridges(g, { getEdgeStrength: 'weight' });
});
