import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { assignCommunities, buildIndex, communities, COMMUNITIES_DEFAULTS, type CommunitiesResult } from '../../src/index.js';

type Ties = { weight: number; emails: number };

test('communities(graph | index) returns a CommunitiesResult', () => {
  const graph = new UndirectedGraph<{ team: string }, Ties>();
  expectTypeOf(communities(graph)).toEqualTypeOf<CommunitiesResult>();
  expectTypeOf(communities(buildIndex(graph), { seed: 1, resolution: 0.5 })).toEqualTypeOf<CommunitiesResult>();
  expectTypeOf(communities(graph).partition).toEqualTypeOf<Record<string, number>>();
  expectTypeOf(communities(graph, { rng: Math.random, getEdgeStrength: 'emails' }).sizes).toEqualTypeOf<number[]>();
  expectTypeOf(COMMUNITIES_DEFAULTS.attribute).toEqualTypeOf<string>();
  expectTypeOf(communities(graph, { algorithm: 'louvain' })).toEqualTypeOf<CommunitiesResult>();
  expectTypeOf(COMMUNITIES_DEFAULTS.algorithm).toEqualTypeOf<'leiden' | 'louvain'>();
  // @ts-expect-error algorithm is 'leiden' or 'louvain'
  communities(graph, { algorithm: 'infomap' });
  // @ts-expect-error an edge attribute the graph does not declare
  communities(graph, { getEdgeStrength: 'calls' });
  // @ts-expect-error seed is a number
  communities(graph, { seed: '42' });
  // @ts-expect-error rng is a function
  communities(graph, { rng: 0.5 });
  expectTypeOf(communities(graph, { iterations: 5 })).toEqualTypeOf<CommunitiesResult>();
  expectTypeOf(COMMUNITIES_DEFAULTS.iterations).toEqualTypeOf<number | undefined>();
  // @ts-expect-error iterations is a number
  communities(graph, { iterations: '2' });
  // @ts-expect-error attribute belongs to assignCommunities
  communities(graph, { attribute: 'community' });
});

test('assignCommunities(graph) returns void and needs a graph', () => {
  const graph = new UndirectedGraph<{ team: string }, Ties>();
  expectTypeOf(assignCommunities(graph, { attribute: 'community', seed: 3 })).toEqualTypeOf<void>();
  // @ts-expect-error an index holds no attributes to write
  assignCommunities(buildIndex(graph));
  // @ts-expect-error an edge attribute the graph does not declare
  assignCommunities(graph, { getEdgeStrength: 'calls' });
});
