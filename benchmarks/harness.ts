/**
 * Shared helpers for the benchmark scripts (run on demand; never tests): the benchmark index,
 * timing, and the machine and load lines.
 */
import os from 'node:os';
import { csrFromEdges, type CsrIndex } from '../src/core/csr.js';
import { BENCHMARK_SIZES, generateGraph, type BenchmarkSize } from './generate-graph.js';

/**
 * The index of a benchmark graph (BENCHMARKS.md model, `generateGraph`), built straight from its
 * typed arrays with `csrFromEdges` (no CSV, no graphology): undirected, keys `p0`, `p1`, …, the
 * generator's lognormal weights as strengths.
 *
 * @param size The size (S, M or L).
 * @param seed The generator's seed. [its default, 42]
 */
export function benchmarkIndex(size: BenchmarkSize, seed?: number): CsrIndex {
  const { n, m } = BENCHMARK_SIZES[size];
  const g = generateGraph(seed === undefined ? { n, m } : { n, m, seed });
  return indexFromArrays(n, g.m, g.sources, g.targets, g.weights);
}

/**
 * The undirected weighted index of the first `m` generated ties of `n` people (keys `p0`…),
 * straight from the arrays (no graphology graph); the arrays are used as they are.
 */
export function indexFromArrays(n: number, m: number, sources: Uint32Array, targets: Uint32Array, weights: Float64Array): CsrIndex {
  const keys = Array.from({ length: n }, (_, i) => `p${i}`);
  return csrFromEdges({
    directed: false,
    weighted: true,
    keys,
    idOf: new Map(keys.map((k, i) => [k, i])),
    m,
    sources,
    targets,
    strengths: weights,
    distances: null,
    strengthRule: 'sum',
  });
}

/** Wall and CPU seconds of each run, and the note the last run returned. */
export interface Timing {
  wall: number[];
  cpu: number[];
  note: string;
}

/** The median of a list of numbers. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Starts a clock; the function returned gives the wall and CPU seconds (all threads of the process) since. */
export function startClock(): () => { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  return () => {
    const wall = (performance.now() - t0) / 1000;
    const c = process.cpuUsage(c0);
    return { wall, cpu: (c.user + c.system) / 1e6 };
  };
}

/** Runs `fn` `repeats` times; returns wall and CPU seconds and the note of the last run. */
export function time(repeats: number, fn: () => string): Timing {
  const wall: number[] = [];
  const cpu: number[] = [];
  let note = '';
  for (let r = 0; r < repeats; r++) {
    const stop = startClock();
    note = fn();
    const t = stop();
    wall.push(t.wall);
    cpu.push(t.cpu);
  }
  return { wall, cpu, note };
}

/** The machine: CPU model, core count and Node version. */
export function machineLine(): string {
  return `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}`;
}

/** The load average, 1 / 5 / 15 minutes: other jobs inflate wall times. */
export function loadLine(): string {
  return os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');
}
