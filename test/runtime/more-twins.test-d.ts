import { expectTypeOf, test } from 'vitest';
import { UndirectedGraph } from 'graphology';
import {
  bridgesAsync,
  bridgingTiesAsync,
  buildIndex,
  classifyTiesAsync,
  customerCoverageAsync,
  describeNetworkAsync,
  disparityFilterAsync,
  eiIndexAsync,
  engagementExposureAsync,
  groupDistanceWeightedReachAsync,
  groupMixingMatrixAsync,
  introductionPathsAsync,
  modularityAsync,
  overlapStrengthCorrelationAsync,
  percolationCurveAsync,
  redundancyAsync,
  siloReportAsync,
  strongTriadicClosureViolationsAsync,
  tieChurnAsync,
  type Bridge,
  type BridgingTie,
  type ClassifyTiesResult,
  type CustomerCoverageResult,
  type EiIndexResult,
  type EngagementExposure,
  type ForbiddenTriad,
  type GroupMixingMatrixResult,
  type IntroductionPath,
  type NetworkDescription,
  type NodeMetric,
  type OverlapStrengthCorrelation,
  type PercolationPoint,
  type SiloReport,
  type TieChurn,
  type TieMetric,
} from '../../src/index.js';

test('each new …Async twin resolves to what its synchronous function returns', async () => {
  const g = new UndirectedGraph<{ team: string; kind: string }, { weight: number }>();
  const index = buildIndex(g);
  const signal = new AbortController().signal;
  const onProgress = ({ done, total }: { done: number; total: number }) => done / total;
  expectTypeOf(await percolationCurveAsync(index, { steps: 10, signal })).toEqualTypeOf<PercolationPoint[]>();
  expectTypeOf(await bridgesAsync(g, { threads: 2 })).toEqualTypeOf<Bridge[]>();
  expectTypeOf(await classifyTiesAsync(index, { onProgress })).toEqualTypeOf<ClassifyTiesResult>();
  expectTypeOf(await disparityFilterAsync(index)).toEqualTypeOf<TieMetric>();
  expectTypeOf(await tieChurnAsync(index, index, { minChange: 1 })).toEqualTypeOf<TieChurn>();
  expectTypeOf(await overlapStrengthCorrelationAsync(g)).toEqualTypeOf<OverlapStrengthCorrelation>();
  expectTypeOf(await strongTriadicClosureViolationsAsync(index)).toEqualTypeOf<ForbiddenTriad[]>();
  expectTypeOf(await siloReportAsync(g, { groups: 'team', signal })).toEqualTypeOf<SiloReport>();
  expectTypeOf(await eiIndexAsync(g, { groups: 'team', permutations: 100 })).toEqualTypeOf<EiIndexResult>();
  expectTypeOf(await groupMixingMatrixAsync(g, { groups: 'team' })).toEqualTypeOf<GroupMixingMatrixResult>();
  expectTypeOf(await modularityAsync(g, { groups: 'team' })).toEqualTypeOf<number>();
  expectTypeOf(await bridgingTiesAsync(g, { groups: 'team' })).toEqualTypeOf<BridgingTie[]>();
  expectTypeOf(await describeNetworkAsync(index)).toEqualTypeOf<NetworkDescription>();
  expectTypeOf(await introductionPathsAsync(index, 'a', 'b', { limit: 2 })).toEqualTypeOf<IntroductionPath[]>();
  expectTypeOf(await customerCoverageAsync(g)).toEqualTypeOf<CustomerCoverageResult>();
  expectTypeOf(await groupDistanceWeightedReachAsync(index, new Set(['a']))).toEqualTypeOf<number>();
  expectTypeOf(await redundancyAsync(index, { threads: 'auto' })).toEqualTypeOf<NodeMetric>();
  expectTypeOf(await engagementExposureAsync(g, { engagementThreshold: 3 })).toEqualTypeOf<Record<string, EngagementExposure>>();
  // @ts-expect-error threads is a number or 'auto'
  await bridgesAsync(index, { threads: 'all' });
  // @ts-expect-error introductionPathsAsync needs the source and the target
  await introductionPathsAsync(index, { limit: 2 });
});
