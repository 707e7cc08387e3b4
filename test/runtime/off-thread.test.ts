/**
 * The `…Async` twins that run a whole metric on one worker thread (src/runtime/off-thread.ts):
 * the synchronous function's result (values, order and result brand) for a graph and for an
 * index; its errors with their class; abort; and the calling thread where a thread cannot go.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  brokerageRoles,
  brokerageRolesAsync,
  buildIndex,
  closeness,
  closenessAsync,
  communities,
  communitiesAsync,
  constraint,
  constraintAsync,
  effectiveSize,
  effectiveSizeAsync,
  harmonicCloseness,
  harmonicClosenessAsync,
  hierarchy,
  hierarchyAsync,
  InvalidOptionError,
  keyPersonRisk,
  keyPersonRiskAsync,
  neighborhoodOverlap,
  reachEfficiency,
  reachEfficiencyAsync,
} from '../../src/index.js';
import { AbortedError } from '../../src/runtime/aborted-error.js';
import { liveWorkers } from '../../src/runtime/spawn.js';
import { brandOf } from '../../src/tidy/symbols.js';
import { localBridgesAsync, neighborhoodOverlapAsync } from '../../src/ties/ties-async.js';
import { localBridges } from '../../src/ties/local-bridges.js';
import { lastOffThreadWorkers } from '../../src/runtime/off-thread.js';
import { benchmarkIndex } from '../../benchmarks/harness.js';
import { fixtureGraph } from '../fixtures/graphs.js';
import { noWorkersLeft, restoreWorkerEntry, useBundledWorker } from './bundled-worker.js';

beforeAll(useBundledWorker, 60_000);
afterAll(restoreWorkerEntry);

describe('off-thread twins give what the synchronous function gives', () => {
  const graph = fixtureGraph('karate');
  const index = buildIndex(graph);
  const cases: [string, (input: never) => unknown, (input: never, options?: object) => Promise<unknown>][] = [
    ['constraint', constraint as never, constraintAsync as never],
    ['effectiveSize', effectiveSize as never, effectiveSizeAsync as never],
    ['hierarchy', hierarchy as never, hierarchyAsync as never],
    ['closeness', closeness as never, closenessAsync as never],
    ['harmonicCloseness', harmonicCloseness as never, harmonicClosenessAsync as never],
    ['reachEfficiency', reachEfficiency as never, reachEfficiencyAsync as never],
    ['keyPersonRisk', keyPersonRisk as never, keyPersonRiskAsync as never],
    ['neighborhoodOverlap', neighborhoodOverlap as never, neighborhoodOverlapAsync as never],
    ['communities', communities as never, communitiesAsync as never],
  ];
  it.each(cases)('%s (graph and index, worker and this thread)', async (_name, sync, twin) => {
    for (const input of [graph, index]) {
      const expected = sync(input as never);
      for (const threads of ['auto', 1] as const) {
        const got = await twin(input as never, { threads });
        expect(got).toEqual(expected);
        expect(brandOf(got)).toEqual(brandOf(expected));
      }
    }
  });

  it('node data given as an attribute name crosses with the graph', async () => {
    const g = fixtureGraph('karate');
    g.forEachNode((node) => g.setNodeAttribute(node, 'team', Number(node) % 3));
    expect(await brokerageRolesAsync(g, { groups: 'team' })).toEqual(brokerageRoles(g, { groups: 'team' }));
  });

  it('an option holding a function runs on this thread, with the same result', async () => {
    const getEdgeStrength = () => 2;
    expect(await constraintAsync(graph, { getEdgeStrength })).toEqual(constraint(graph, { getEdgeStrength }));
  });

  it('rethrows the function’s errors with their class', async () => {
    const error = await constraintAsync(graph, { nope: 1 } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect((error as InvalidOptionError).code).toBe('E_INVALID_OPTION');
  });

  it('reports progress 0 of 1, then 1 of 1', async () => {
    const seen: string[] = [];
    await constraintAsync(index, { onProgress: ({ done, total }) => seen.push(`${done}/${total}`) });
    expect(seen).toEqual(['0/1', '1/1']);
  });
});

it('large results travel as columns and come back equal (a node metric, a tie metric)', async () => {
  const index = benchmarkIndex('S');
  expect(await constraintAsync(index)).toEqual(constraint(index));
  expect(await neighborhoodOverlapAsync(index)).toEqual(neighborhoodOverlap(index));
  expect(brandOf(await neighborhoodOverlapAsync(index))).toEqual(brandOf(neighborhoodOverlap(index)));
}, 60_000);

it('an abort rejects at once and stops the worker', async () => {
  const index = benchmarkIndex('S');
  const controller = new AbortController();
  const run = closenessAsync(index, { signal: controller.signal });
  await new Promise((r) => setTimeout(r, 200));
  const t0 = performance.now();
  controller.abort();
  await expect(run).rejects.toBeInstanceOf(AbortedError);
  expect(performance.now() - t0).toBeLessThan(1000);
  expect(await noWorkersLeft(liveWorkers, 1000)).toBe(0);
}, 30_000);

it('the worker spreads the call over the threads asked for (localBridges’ spans), with the same result', async () => {
  // S: 10,000 people, about 28,000 local bridges to search, past the 10,000 from which
  // localBridges' own threads: 'auto' spreads them.
  const index = benchmarkIndex('S');
  const expected = localBridges(index, { threads: 1 });
  expect(await localBridgesAsync(index, { threads: 2 })).toEqual(expected);
  expect(lastOffThreadWorkers()).toBeGreaterThan(0);
  // Without spans there is nothing to spread: the worker starts none.
  expect(await localBridgesAsync(index, { threads: 'auto', withSpan: false })).toEqual(localBridges(index, { withSpan: false }));
  expect(lastOffThreadWorkers()).toBe(0);
  expect(await noWorkersLeft(liveWorkers, 1000)).toBe(0);
}, 60_000);
