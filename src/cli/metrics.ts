/**
 * `tiestrength metrics`: any node or tie metric of the library, one row per person or tie.
 *
 * @internal
 * @module
 */
import type { AbstractGraph } from 'graphology-types';
import * as brokerage from '../brokerage/index.js';
import * as centrality from '../centrality/index.js';
import { communities } from '../groups/communities.js';
import * as reach from '../reach/index.js';
import * as ties from '../ties/index.js';
import { UsageError } from './errors.js';

type Fn = (graph: AbstractGraph, options?: object) => unknown;

const NODE_METRICS = ['constraint', 'effectiveSize', 'efficiency', 'hierarchy', 'redundancy', 'egoBetweenness', 'betweenness', 'closeness', 'harmonicCloseness', 'kStepReach', 'distanceWeightedReach', 'reachEfficiency', 'communities'] as const;
const TIE_METRICS = ['neighborhoodOverlap', 'embeddedness', 'neighborhoodJaccard', 'disparityFilter', 'edgeBetweenness'] as const;

/** @internal Every metric name the command knows. */
export const METRIC_NAMES: readonly string[] = Object.freeze([...NODE_METRICS, ...TIE_METRICS]);

/** Each person's community (0 the largest), a column like the other node metrics. */
const communityColumn: Fn = (graph, options) => communities(graph, options).partition;

const modules = { ...brokerage, ...centrality, ...reach, ...ties, communities: communityColumn } as unknown as Record<string, Fn | undefined>;

/** @internal Parses `key=value` (number, boolean, null, JSON, else text). */
export function parseSet(pairs: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new UsageError(`option --set: expected key=value; got ${JSON.stringify(pair)}`);
    const key = pair.slice(0, at);
    const text = pair.slice(at + 1);
    let value: unknown = text;
    if (/^-?\d*\.?\d+(e[-+]?\d+)?$/i.test(text)) value = Number(text);
    else if (text === 'true' || text === 'false' || text === 'null') value = JSON.parse(text);
    else if (/^[[{"]/.test(text)) {
      try {
        value = JSON.parse(text);
      } catch {
        throw new UsageError(`option --set ${key}: not valid JSON: ${text}`);
      }
    }
    out[key] = value;
  }
  return out;
}

/**
 * @internal
 * The options of each metric: `key=value` goes to every metric, `metric.key=value` only to that one
 * (so that `communities constraint --set communities.iterations=10` works, where constraint has no
 * `iterations`). A prefix that names no metric of the run is a usage error.
 */
export function optionsPerMetric(names: readonly string[], set: Record<string, unknown>): Map<string, Record<string, unknown>> {
  const out = new Map(names.map((name) => [name, {} as Record<string, unknown>]));
  for (const [key, value] of Object.entries(set)) {
    const dot = key.indexOf('.');
    if (dot < 0) {
      for (const options of out.values()) options[key] = value;
      continue;
    }
    const metric = key.slice(0, dot);
    const options = out.get(metric);
    if (options === undefined) throw new UsageError(`option --set ${key}: ${JSON.stringify(metric)} is not one of the metrics asked for (${names.join(', ')})`);
    options[key.slice(dot + 1)] = value;
  }
  return out;
}

function csvCell(v: unknown): string {
  const s = typeof v === 'number' ? (Number.isNaN(v) ? 'NaN' : String(v)) : String(v ?? '');
  const guarded = /^[=+\-@\t\r]/.test(s) && typeof v !== 'number' ? `'${s}` : s;
  return /[",\n\r]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

function json(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2);
}

/** @internal Runs the metrics and formats the table. */
export async function runMetrics(graph: AbstractGraph, names: readonly string[], format: 'csv' | 'json', set: readonly string[]): Promise<string> {
  const unknown = names.filter((n) => !METRIC_NAMES.includes(n));
  if (unknown.length > 0) throw new UsageError(`unknown metric ${unknown.map((n) => JSON.stringify(n)).join(', ')}; known: ${METRIC_NAMES.join(', ')}`);
  const node = names.filter((n) => (NODE_METRICS as readonly string[]).includes(n));
  const tie = names.filter((n) => (TIE_METRICS as readonly string[]).includes(n));
  if (node.length > 0 && tie.length > 0) throw new UsageError(`node metrics (${node.join(', ')}) and tie metrics (${tie.join(', ')}) give different rows; ask for them in two runs`);
  const options = optionsPerMetric(names, parseSet(set));
  const results: unknown[] = [];
  for (const name of names) {
    const fn = modules[name];
    if (typeof fn !== 'function') throw new UsageError(`metric ${name} is not available in this build`);
    const own = options.get(name)!;
    results.push(await fn(graph, Object.keys(own).length === 0 ? undefined : own));
  }
  if (node.length > 0) {
    const records = results as Record<string, number>[];
    const keys = graph.nodes();
    if (format === 'json') {
      return `${json(keys.map((k) => Object.fromEntries([['node', k], ...names.map((n, i) => [n, records[i]![k] ?? null])])))}\n`;
    }
    const lines = [['node', ...names].map(csvCell).join(',')];
    for (const k of keys) lines.push([k, ...names.map((_, i) => records[i]![k])].map(csvCell).join(','));
    return `${lines.join('\n')}\n`;
  }
  const rows = results as { source: string; target: string; value: number }[][];
  const first = rows[0] ?? [];
  if (format === 'json') {
    return `${json(first.map((r, t) => Object.fromEntries([['source', r.source], ['target', r.target], ...names.map((n, i) => [n, rows[i]![t]?.value ?? null])])))}\n`;
  }
  const lines = [['source', 'target', ...names].map(csvCell).join(',')];
  first.forEach((r, t) => lines.push([r.source, r.target, ...names.map((_, i) => rows[i]![t]?.value)].map(csvCell).join(',')));
  return `${lines.join('\n')}\n`;
}
