import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { buildIndex, combineRelations, type CombinedRelationsGraph, type CombinedRelationsIndex } from '../../src/index.js';

test('combineRelations returns a graph, or an index with as: "index"', () => {
  const mail = new UndirectedGraph();
  const meet = new UndirectedGraph();
  expectTypeOf(combineRelations({ mail, meet })).toEqualTypeOf<CombinedRelationsGraph>();
  expectTypeOf(combineRelations({ mail, meet: buildIndex(meet) }, { as: 'index' })).toEqualTypeOf<CombinedRelationsIndex>();
  expectTypeOf(combineRelations({ mail, meet }, { getEdgeStrength: { mail: 'n', meet: null }, layerWeights: { meet: 2 } })).toEqualTypeOf<CombinedRelationsGraph>();
  expectTypeOf(combineRelations({ mail }).getEdgeAttributes('0').multiplexity).toEqualTypeOf<number>();
});

test('combineRelations refuses misuse', () => {
  const mail = new UndirectedGraph();
  // @ts-expect-error as is 'graph' or 'index'
  combineRelations({ mail }, { as: 'csr' });
  // @ts-expect-error a projection that does not exist
  combineRelations({ mail }, { projection: 'both' });
  // @ts-expect-error layers are graphs or indexes
  combineRelations({ mail: [1, 2] });
});
