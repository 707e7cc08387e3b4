import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import {
  buildIndex,
  recommendIntroductions,
  RECOMMEND_INTRODUCTIONS_DEFAULTS,
  type EndpointChanges,
  type IntroductionChange,
  type IntroductionRecommendation,
  type ReferralValueSettings,
} from '../../src/index.js';

type People = { value: number; ltv: number };
type Ties = { weight: number; calls: number };

const graph = new UndirectedGraph<People, Ties>();
const index = buildIndex(graph);

test('recommendIntroductions returns a promise of IntroductionRecommendation[], for a graph and an index', () => {
  expectTypeOf(recommendIntroductions(graph, 'a')).toEqualTypeOf<Promise<IntroductionRecommendation[]>>();
  expectTypeOf(recommendIntroductions(index, 'a', { limit: 3 })).toEqualTypeOf<Promise<IntroductionRecommendation[]>>();
  expectTypeOf<IntroductionRecommendation['forPerson']>().toEqualTypeOf<EndpointChanges>();
  expectTypeOf<EndpointChanges['referralValue']>().toEqualTypeOf<IntroductionChange | null>();
  expectTypeOf(RECOMMEND_INTRODUCTIONS_DEFAULTS.maxHops).toEqualTypeOf<3>();
});

test('options', () => {
  void recommendIntroductions(graph, 'a', { maxHops: 2, limit: 5, candidates: ['b', 'c'], getEdgeStrength: 'calls', newTieStrength: 'median' });
  void recommendIntroductions(graph, 'a', { objective: 'referralValue', referralValue: { values: 'ltv', runs: 100 }, seed: 3 });
  void recommendIntroductions(graph, 'a', { objective: 'referralValue', referralValue: { values: (_node, attributes) => attributes.ltv }, rng: () => 0.5 });
  void recommendIntroductions(index, 'a', { getEdgeStrength: null, objective: 'referralValue', referralValue: { values: new Map([['a', 1]]) } });
  expectTypeOf<ReferralValueSettings['runs']>().toEqualTypeOf<number | undefined>();
  // @ts-expect-error the old option maxDistance is now maxHops
  void recommendIntroductions(graph, 'a', { maxDistance: 2 });
  // @ts-expect-error the old setting valueAttribute is gone: referralValue.values takes the attribute name
  void recommendIntroductions(graph, 'a', { referralValue: { valueAttribute: 'ltv' } });
  // @ts-expect-error the old setting targets is gone
  void recommendIntroductions(graph, 'a', { referralValue: { targets: ['a'] } });
  // @ts-expect-error the seed is recommendIntroductions' own option, not a referralValue setting
  void recommendIntroductions(graph, 'a', { referralValue: { seed: 1 } });
  // @ts-expect-error a node attribute the graph does not have
  void recommendIntroductions(graph, 'a', { referralValue: { values: 'nope' } });
  // @ts-expect-error an edge attribute the graph does not have
  void recommendIntroductions(graph, 'a', { getEdgeStrength: 'nope' });
  // @ts-expect-error objective is 'constraint', 'reach' or 'referralValue'
  void recommendIntroductions(graph, 'a', { objective: 'closure' });
});

test('misuse of the result', async () => {
  const [top] = await recommendIntroductions(graph, 'a');
  // @ts-expect-error the person to meet is `candidate`
  void top!.node;
  // @ts-expect-error a change is an object { before, after, change }
  const c: number = top!.forPerson.constraint;
  void c;
});
