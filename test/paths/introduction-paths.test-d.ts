import { expectTypeOf, test } from 'vitest';
import { DirectedGraph } from 'graphology';
import {
  buildIndex,
  introductionPaths,
  INTRODUCTION_PATHS_DEFAULTS,
  type IntroductionPath,
  type IntroductionTie,
  type IntroductionPathsOptions,
} from '../../src/index.js';

type Ties = { weight: number; calls: number };

const graph = new DirectedGraph<{ team: string }, Ties>();
const index = buildIndex(graph);

test('introductionPaths returns IntroductionPath[] for a graph and an index', () => {
  expectTypeOf(introductionPaths(graph, 'a', 'b')).toEqualTypeOf<IntroductionPath[]>();
  expectTypeOf(introductionPaths(index, 'a', 'b', { limit: 2 })).toEqualTypeOf<IntroductionPath[]>();
  expectTypeOf<IntroductionPath['ties']>().toEqualTypeOf<IntroductionTie[]>();
  expectTypeOf<IntroductionPath['path']>().toEqualTypeOf<string[]>();
  expectTypeOf(INTRODUCTION_PATHS_DEFAULTS.limit).toEqualTypeOf<3>();
  expectTypeOf(INTRODUCTION_PATHS_DEFAULTS.dormantBelow).toEqualTypeOf<0>();
});

test('options', () => {
  void introductionPaths(graph, 'a', 'b', { limit: 5, dormantBelow: 0.2, maxHops: 4, objective: 'bottleneck', getEdgeStrength: 'calls' });
  void introductionPaths(index, 'a', 'b', { getEdgeStrength: null, probability: (s, max) => s / max });
  expectTypeOf<IntroductionPathsOptions<Ties>['getEdgeStrength']>().toExtend<'weight' | 'calls' | null | undefined | ((...args: never[]) => number)>();
  // @ts-expect-error the old option k is now limit
  introductionPaths(graph, 'a', 'b', { k: 2 });
  // @ts-expect-error the old option minStrength is now dormantBelow
  introductionPaths(graph, 'a', 'b', { minStrength: 1 });
  // @ts-expect-error objective is 'product' or 'bottleneck'
  introductionPaths(graph, 'a', 'b', { objective: 'widest' });
  // @ts-expect-error an edge attribute the graph does not have
  introductionPaths(graph, 'a', 'b', { getEdgeStrength: 'nope' });
  // @ts-expect-error introductionPaths needs both ends
  introductionPaths(graph, 'a');
});

test('misuse of the result', () => {
  const [best] = introductionPaths(graph, 'a', 'b');
  // @ts-expect-error the chain of people is `path`, not `nodes`
  void best!.nodes;
  // @ts-expect-error introductionPaths is synchronous: no then
  void introductionPaths(graph, 'a', 'b').then;
});
