import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { bridgingTies, buildIndex, communities, type BridgingTie } from '../../src/index.js';

type People = { team: string };
type Ties = { weight: number; emails: number };

test('bridgingTies(graph | index, { groups }) returns BridgingTie[]', () => {
  const graph = new UndirectedGraph<People, Ties>();
  expectTypeOf(bridgingTies(graph, { groups: 'team' })).toEqualTypeOf<BridgingTie[]>();
  expectTypeOf(bridgingTies(buildIndex(graph), { groups: communities(graph).partition })).toEqualTypeOf<BridgingTie[]>();
  bridgingTies(graph, { groups: new Map([['a', 1]]), getEdgeStrength: 'emails' });
  expectTypeOf(bridgingTies(graph, { groups: 'team' })[0]!.overlap).toEqualTypeOf<number>();
  // @ts-expect-error the positional partition is gone: groups is an option
  bridgingTies(graph, { a: 'x' });
  // @ts-expect-error a node attribute the graph does not declare
  bridgingTies(graph, { groups: 'office' });
  // @ts-expect-error an edge attribute the graph does not declare
  bridgingTies(graph, { groups: 'team', getEdgeStrength: 'calls' });
  // @ts-expect-error a whole communities() result is not a groups value
  bridgingTies(graph, { groups: communities(graph) });
});
