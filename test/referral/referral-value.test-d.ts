import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import {
  buildIndex,
  referralValue,
  REFERRAL_VALUE_DEFAULTS,
  type PersonReferralValue,
  type ReferralTie,
  type ReferralValueOptions,
} from '../../src/index.js';

type People = { value: number; ltv: number; team: string };
type Ties = { weight: number; calls: number; kind: 'strong' | 'weak' };

const graph = new UndirectedGraph<People, Ties>();
const index = buildIndex(graph);

test('referralValue returns a promise of a record of PersonReferralValue, for a graph and an index', () => {
  expectTypeOf(referralValue(graph)).toEqualTypeOf<Promise<Record<string, PersonReferralValue>>>();
  expectTypeOf(referralValue(index, { values: { a: 1 } })).toEqualTypeOf<Promise<Record<string, PersonReferralValue>>>();
  expectTypeOf<PersonReferralValue['ties']>().toEqualTypeOf<ReferralTie[]>();
  expectTypeOf<PersonReferralValue['conversion']['share']>().toEqualTypeOf<number>();
  expectTypeOf(REFERRAL_VALUE_DEFAULTS.novelty).toEqualTypeOf<'community' | 'localBridge'>();
});

test('options: nodes, values and groups in every NodeData form, strength getters, seed and rng', () => {
  void referralValue(graph, { nodes: ['a'], values: 'ltv', groups: 'team', getEdgeStrength: 'calls', strongTies: 4 });
  void referralValue(graph, { values: (_node, attributes) => attributes.ltv, groups: (_node, attributes) => attributes.team });
  void referralValue(graph, { values: new Map([['a', 1]]), groups: new Map([['a', 1]]), rng: () => 0.3 });
  void referralValue(index, { values: { a: 1 }, groups: { a: 'x' }, getEdgeStrength: null, seed: 1, novelty: 'community' });
  void referralValue(graph, { novelty: 'localBridge', strongTies: { method: 'quantile', quantile: 0.5 } });
  expectTypeOf<ReferralValueOptions<Ties, People>['nodes']>().toEqualTypeOf<Iterable<string> | undefined>();
  // @ts-expect-error the old option people is now nodes
  void referralValue(graph, { people: ['a'] });
  // @ts-expect-error the old option targets is gone: give only the people who count a value
  void referralValue(graph, { targets: ['a'] });
  // @ts-expect-error the old option valueAttribute is gone: values takes the attribute name
  void referralValue(graph, { valueAttribute: 'ltv' });
  // @ts-expect-error the old option communityAttribute is now groups
  void referralValue(graph, { communityAttribute: 'team' });
  // @ts-expect-error the old option communities is now groups
  void referralValue(graph, { communities: { a: 1 } });
  // @ts-expect-error a node attribute the graph does not have
  void referralValue(graph, { values: 'nope' });
  // @ts-expect-error a node attribute the graph does not have
  void referralValue(graph, { groups: 'nope' });
  // @ts-expect-error an edge attribute the graph does not have
  void referralValue(graph, { getEdgeStrength: 'nope' });
  // @ts-expect-error novelty is 'community' or 'localBridge'
  void referralValue(graph, { novelty: 'fresh' });
});

test('misuse of the result', async () => {
  const rv = await referralValue(graph);
  // @ts-expect-error the result is keyed by person; a person's value is a record, not a number
  const n: number = rv.a!;
  void n;
  // @ts-expect-error ties name the contact `neighbor`
  void rv.a!.ties[0]!.target;
});
