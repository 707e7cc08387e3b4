/**
 * The `…Async` twins added for issue 9 item 2 (functions over 100 ms on M): each gives what its
 * synchronous function gives (values, order and result brand), for a graph (node data as
 * attribute names) and an index (node data as records), on a worker and on this thread; an abort
 * rejects within 1 s and leaves no worker.
 */
import { UndirectedGraph } from 'graphology';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateGraph } from '../../benchmarks/generate-graph.js';
import * as lib from '../../src/index.js';
import { AbortedError } from '../../src/runtime/aborted-error.js';
import { liveWorkers, startedWorkers } from '../../src/runtime/spawn.js';
import { brandOf } from '../../src/tidy/symbols.js';
import { noWorkersLeft, restoreWorkerEntry, useBundledWorker } from './bundled-worker.js';

beforeAll(useBundledWorker, 60_000);
afterAll(restoreWorkerEntry);

/** A generated company-like graph: departments, employees and customers in accounts, engagement scores. */
function company(n: number, m: number, seed: number): UndirectedGraph {
  const g = generateGraph({ n, m, seed });
  const graph = new UndirectedGraph();
  for (let i = 0; i < n; i++) {
    const customer = i % 5 === 0;
    graph.addNode(`p${i}`, {
      department: `d${g.community[i]! % 7}`,
      kind: customer ? 'customer' : 'employee',
      ...(customer ? { account: `a${Math.floor(i / 25)}` } : {}),
      engagement: (i * 7919) % 5,
    });
  }
  for (let t = 0; t < g.m; t++) graph.addEdge(`p${g.sources[t]}`, `p${g.targets[t]}`, { weight: g.weights[t]! });
  return graph;
}

const graph = company(600, 3000, 3);
const later = company(600, 3000, 4);
const index = lib.buildIndex(graph);
const laterIndex = lib.buildIndex(later);
const record = (name: string): Record<string, unknown> => Object.fromEntries(graph.mapNodes((node, a) => [node, a[name]]).filter(([, v]) => v !== undefined));
const groups = record('department');
const kinds = record('kind');
const accounts = record('account');
const engagement = record('engagement');
const group = ['p1', 'p2', 'p3', 'p10'];

type Case = [name: string, graphArgs: unknown[], indexArgs: unknown[]];
const CASES: Case[] = [
  ['percolationCurve', [{ steps: 10 }], [{ steps: 10 }]],
  ['bridges', [], []],
  ['classifyTies', [], []],
  ['disparityFilter', [], []],
  ['tieChurn', [later, {}], [laterIndex, {}]],
  ['overlapStrengthCorrelation', [], []],
  ['strongTriadicClosureViolations', [], []],
  ['siloReport', [{ groups: 'department' }], [{ groups }]],
  ['eiIndex', [{ groups: 'department', permutations: 20 }], [{ groups, permutations: 20 }]],
  ['groupMixingMatrix', [{ groups: 'department' }], [{ groups }]],
  ['modularity', [{ groups: 'department' }], [{ groups }]],
  ['bridgingTies', [{ groups: 'department' }], [{ groups }]],
  ['describeNetwork', [{ groups: 'department' }], [{ groups }]],
  ['introductionPaths', ['p1', 'p599', {}], ['p1', 'p599', {}]],
  ['customerCoverage', [{}], [{ kinds, accounts }]],
  ['groupDistanceWeightedReach', [group, {}], [new Set(group), {}]],
  ['redundancy', [], []],
  ['engagementExposure', [{ engagementThreshold: 2 }], [{ engagement, engagementThreshold: 2 }]],
];

const L = lib as unknown as Record<string, (...args: unknown[]) => unknown>;

/** The options argument of a case with the runtime options added (the last argument, or a new one). */
function withRuntime(args: unknown[], runtime: object): unknown[] {
  const last = args.at(-1);
  if (last !== null && typeof last === 'object' && !Array.isArray(last) && !(last instanceof Set) && !(last instanceof UndirectedGraph) && !lib.isCsrIndex(last)) {
    return [...args.slice(0, -1), { ...last, ...runtime }];
  }
  return [...args, runtime];
}

describe('each twin gives what its synchronous function gives', () => {
  it.each(CASES)('%s', async (name, graphArgs, indexArgs) => {
    const sync = L[name]!;
    const twin = L[`${name}Async`]!;
    expect(typeof twin).toBe('function');
    for (const [input, args] of [[graph, graphArgs], [index, indexArgs]] as const) {
      const expected = sync(input, ...args);
      for (const threads of ['auto', 1] as const) {
        const before = startedWorkers();
        const got = await twin(input, ...withRuntime(args, { threads }));
        expect(got).toEqual(expected);
        expect(startedWorkers() - before).toBe(threads === 1 ? 0 : 1);
        expect(brandOf(got)).toEqual(brandOf(expected));
      }
    }
  }, 60_000);

  it('progress is 0 of 1, then 1 of 1; errors keep their class', async () => {
    const seen: string[] = [];
    await lib.bridgesAsync(index, { onProgress: ({ done, total }) => seen.push(`${done}/${total}`) });
    expect(seen).toEqual(['0/1', '1/1']);
    await expect(lib.siloReportAsync(index, { groups: 'department' })).rejects.toBeInstanceOf(lib.InvalidOptionError);
    await expect(lib.introductionPathsAsync(index, 'p1', 'nobody')).rejects.toBeInstanceOf(lib.NodeNotFoundError);
  });
});

describe('abort', () => {
  it.each(CASES.map(([name, , args]) => [name, args] as const))('%s rejects within 1 s and leaves no worker', async (name, args) => {
    const controller = new AbortController();
    const run = L[`${name}Async`]!(index, ...withRuntime(args, { signal: controller.signal, threads: 2 })) as Promise<unknown>;
    await new Promise((r) => setTimeout(r, 5));
    const t0 = performance.now();
    controller.abort();
    const error = await run.catch((e: unknown) => e);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(error).toBeInstanceOf(AbortedError);
    expect(await noWorkersLeft(liveWorkers, 1000)).toBe(0);
  });

  it('while a large graph is still crossing to the worker', async () => {
    const big = company(20_000, 100_000, 5);
    const controller = new AbortController();
    const run = lib.bridgesAsync(big, { signal: controller.signal });
    await new Promise((r) => setTimeout(r, 20));
    const t0 = performance.now();
    controller.abort();
    await expect(run).rejects.toBeInstanceOf(AbortedError);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(await noWorkersLeft(liveWorkers, 1000)).toBe(0);
  }, 60_000);
});
