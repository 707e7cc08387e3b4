import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { buildIndex, communities, modularity, type ModularityOptions } from '../../src/index.js';

type People = { department: string; level: number };
type Ties = { weight: number; emails: number };

test('modularity(graph | index, { groups }) returns a number', () => {
  const graph = new UndirectedGraph<People, Ties>();
  const index = buildIndex(graph);
  expectTypeOf(modularity(graph, { groups: 'department' })).toEqualTypeOf<number>();
  expectTypeOf(modularity(index, { groups: { a: 'x' } })).toEqualTypeOf<number>();
  expectTypeOf(modularity(index, { groups: new Map([['a', 1]]) })).toEqualTypeOf<number>();
  expectTypeOf(modularity(graph, { groups: communities(graph).partition, resolution: 2 })).toEqualTypeOf<number>();
  modularity(graph, { groups: (_node, attributes) => attributes.department, getEdgeStrength: 'emails' });
  modularity(graph, { groups: 'level', getEdgeStrength: null });
  expectTypeOf<ModularityOptions<People, Ties>['groups']>().toMatchTypeOf<string | object | Function | undefined>();
});

test('modularity options are checked against the graph attribute types', () => {
  const graph = new UndirectedGraph<People, Ties>();
  // @ts-expect-error a node attribute the graph does not declare
  modularity(graph, { groups: 'dept' });
  // @ts-expect-error an edge attribute the graph does not declare
  modularity(graph, { groups: 'department', getEdgeStrength: 'strength' });
  // @ts-expect-error the positional partition is gone: groups is an option
  modularity(graph, { a: 'x' }, {});
  // @ts-expect-error the removed groupAttribute option
  modularity(graph, { groupAttribute: 'department' });
  // @ts-expect-error a whole communities() result is not a groups value
  modularity(graph, { groups: communities(graph) });
  // @ts-expect-error resolution is a number
  modularity(graph, { groups: 'department', resolution: '1' });
  // @ts-expect-error the result is a number, not a record
  modularity(graph, { groups: 'department' }).a;
});
