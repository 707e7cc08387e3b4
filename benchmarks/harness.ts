/**
 * Shared timing helpers for the benchmark scripts (run on demand; never tests).
 */
import os from 'node:os';

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

/** Runs `fn` `repeats` times; returns wall and CPU seconds and the note of the last run. */
export function time(repeats: number, fn: () => string): Timing {
  const wall: number[] = [];
  const cpu: number[] = [];
  let note = '';
  for (let r = 0; r < repeats; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    note = fn();
    wall.push((performance.now() - t0) / 1000);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1e6);
  }
  return { wall, cpu, note };
}

/** The load average, 1 / 5 / 15 minutes: other jobs inflate wall times. */
export function loadLine(): string {
  return os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');
}
