import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import {
  betweennessAsync,
  brokerageRolesAsync,
  buildIndex,
  closenessAsync,
  communitiesAsync,
  constraintAsync,
  distanceWeightedReachAsync,
  diversityBandwidthAsync,
  edgeBetweennessAsync,
  effectiveSizeAsync,
  efficiencyAsync,
  egoBetweennessAsync,
  embeddednessAsync,
  harmonicClosenessAsync,
  hierarchyAsync,
  keyPersonRiskAsync,
  kStepReachAsync,
  localBridgesAsync,
  neighborhoodJaccardAsync,
  neighborhoodOverlapAsync,
  reachEfficiencyAsync,
  type BrokerageRolesResult,
  type CommunitiesResult,
  type DiversityBandwidth,
  type KeyPersonRiskResult,
  type LocalBridge,
  type NodeMetric,
  type Progress,
  type TieMetric,
} from '../../src/index.js';

test('each …Async twin resolves to what its synchronous function returns', async () => {
  const g = new UndirectedGraph<{ team: string }, { weight: number }>();
  const index = buildIndex(g);
  const signal = new AbortController().signal;
  const onProgress = (progress: Progress) => expectTypeOf(progress.done).toEqualTypeOf<number>();
  expectTypeOf(await constraintAsync(index, { signal, onProgress, threads: 2 })).toEqualTypeOf<NodeMetric>();
  expectTypeOf(await effectiveSizeAsync(g, { model: 'ego', signal })).toEqualTypeOf<NodeMetric>();
  expectTypeOf(await efficiencyAsync(index, { onProgress })).toEqualTypeOf<NodeMetric>();
  expectTypeOf(await hierarchyAsync(index, { threads: 1 })).toEqualTypeOf<NodeMetric>();
  expectTypeOf(await egoBetweennessAsync(index, { signal })).toEqualTypeOf<NodeMetric>();
  expectTypeOf(await betweennessAsync(g, { samples: 64, seed: 1, threads: 'auto' })).toEqualTypeOf<NodeMetric>();
  expectTypeOf(await closenessAsync(index)).toEqualTypeOf<NodeMetric>();
  expectTypeOf(await harmonicClosenessAsync(index)).toEqualTypeOf<NodeMetric>();
  expectTypeOf(await kStepReachAsync(index, { k: 3 })).toEqualTypeOf<NodeMetric>();
  expectTypeOf(await reachEfficiencyAsync(index)).toEqualTypeOf<NodeMetric>();
  expectTypeOf(await distanceWeightedReachAsync(index)).toEqualTypeOf<NodeMetric>();
  expectTypeOf(await edgeBetweennessAsync(index)).toEqualTypeOf<TieMetric>();
  expectTypeOf(await neighborhoodOverlapAsync(index)).toEqualTypeOf<TieMetric>();
  expectTypeOf(await neighborhoodJaccardAsync(index)).toEqualTypeOf<TieMetric>();
  expectTypeOf(await embeddednessAsync(index)).toEqualTypeOf<TieMetric>();
  expectTypeOf(await localBridgesAsync(index)).toEqualTypeOf<LocalBridge[]>();
  expectTypeOf(await keyPersonRiskAsync(index)).toEqualTypeOf<KeyPersonRiskResult>();
  expectTypeOf(await communitiesAsync(index, { seed: 7 })).toEqualTypeOf<CommunitiesResult>();
  expectTypeOf(await brokerageRolesAsync(g, { groups: 'team' })).toEqualTypeOf<BrokerageRolesResult>();
  expectTypeOf(await diversityBandwidthAsync(index)).toEqualTypeOf<Record<string, DiversityBandwidth>>();
  // @ts-expect-error signal is an AbortSignal
  await constraintAsync(index, { signal: true });
  // @ts-expect-error the sync options still apply: samples is a number
  await betweennessAsync(index, { samples: 'many' });
});
