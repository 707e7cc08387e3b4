/**
 * Weak- and strong-tie charts: overlap against strength, percolation, reach over weak vs strong ties.
 *
 * @module
 */
import { baseSpec, COLORS, round, type ChartOptions, type VegaLiteSpec } from './spec.js';

/** One strength decile, as `overlapStrengthCorrelation(...).deciles` returns. */
export interface OverlapDecileRow {
  /** The decile, 1 (weakest tenth of ties) … 10 (strongest). */
  decile: number;
  /** Mean neighbourhood overlap of its ties. */
  meanOverlap: number;
  /** Ties in the decile. */
  ties: number;
}

/**
 * Mean neighbourhood overlap by tie-strength decile (Onnela et al. 2007, figure 3), with the
 * overlap of all ties drawn as the reference: a rising line means strong ties sit inside tight circles.
 *
 * @param deciles The deciles (`overlapStrengthCorrelation(graph).deciles`).
 * @param options The {@link ChartOptions}.
 * @returns A Vega-Lite spec.
 */
export function overlapByStrength(deciles: readonly OverlapDecileRow[], options?: ChartOptions): VegaLiteSpec {
  const values = deciles.filter((d) => d.ties > 0).map((d) => ({ decile: d.decile, overlap: round(d.meanOverlap), ties: d.ties }));
  let sum = 0;
  let count = 0;
  for (const d of deciles) if (d.ties > 0 && Number.isFinite(d.meanOverlap)) (sum += d.meanOverlap * d.ties), (count += d.ties);
  return baseSpec(
    options,
    { title: 'Are strong ties embedded in tight circles?', height: 240 },
    {
      layer: [
        {
          data: { values },
          mark: { type: 'line', point: { size: 60 }, color: COLORS.strong, tooltip: true },
          encoding: {
            x: { field: 'decile', type: 'quantitative', title: 'Tie strength decile (1 = weakest tenth)', scale: { domain: [1, 10] }, axis: { tickMinStep: 1 } },
            y: { field: 'overlap', type: 'quantitative', title: 'Mean share of shared contacts (overlap)' },
          },
        },
        {
          data: { values: [{ all: count > 0 ? round(sum / count) : null }] },
          mark: { type: 'rule', color: COLORS.chance, strokeDash: [4, 3] },
          encoding: { y: { field: 'all', type: 'quantitative' } },
        },
      ],
    },
  );
}

/** One point of a percolation curve. */
export interface PercolationRow {
  /** The removal order: `'weakFirst'`, `'strongFirst'` or `'random'`. */
  order: string;
  /** Share of ties removed, 0…1. */
  removedFraction: number;
  /** Share of people in the largest connected piece. */
  giantComponentFraction: number;
  /** For random order: the lowest of the runs (band). */
  low?: number;
  /** For random order: the highest of the runs (band). */
  high?: number;
}

/**
 * The percolation curves: the share of people still in the largest connected piece as ties are
 * removed weakest first and strongest first, with random removal as the chance band.
 *
 * @param rows The points (`percolationCurve(graph, { order })` for each order).
 * @param options The {@link ChartOptions}.
 * @returns A Vega-Lite spec.
 */
export function percolation(rows: readonly PercolationRow[], options?: ChartOptions): VegaLiteSpec {
  const names: Record<string, string> = { weakFirst: 'weakest first', strongFirst: 'strongest first', random: 'random order (chance)' };
  const values = rows.map((r) => ({
    order: names[r.order] ?? r.order,
    removed: round(r.removedFraction),
    giant: round(r.giantComponentFraction),
    low: r.low === undefined ? null : round(r.low),
    high: r.high === undefined ? null : round(r.high),
  }));
  const x = { field: 'removed', type: 'quantitative', title: 'Share of ties removed', axis: { format: '.0%' } };
  const domain = ['weakest first', 'strongest first', 'random order (chance)'];
  return baseSpec(
    options,
    { title: 'Do weak ties hold the network together?', height: 260 },
    {
      data: { values },
      layer: [
        {
          transform: [{ filter: 'datum.low != null' }],
          mark: { type: 'area', opacity: 0.25, color: COLORS.chance },
          encoding: { x, y: { field: 'low', type: 'quantitative' }, y2: { field: 'high' } },
        },
        {
          mark: { type: 'line', point: true, tooltip: true },
          encoding: {
            x,
            y: { field: 'giant', type: 'quantitative', title: 'Share of people still connected (largest piece)', axis: { format: '.0%' }, scale: { domain: [0, 1] } },
            color: { field: 'order', type: 'nominal', title: 'Removing ties', scale: { domain, range: [COLORS.weak, COLORS.strong, COLORS.chance] } },
            strokeDash: { field: 'order', type: 'nominal', scale: { domain, range: [[1, 0], [1, 0], [4, 3]] }, legend: null },
          },
        },
      ],
    },
  );
}

/** The distribution of one reach measure. */
export interface ReachRow {
  /** The series: `'weak ties only'`, `'strong ties only'`, `'all ties'`. */
  via: string;
  /** The fewest people reached by anyone in the series (the whisker's left end). */
  min: number;
  /** The first quartile of people reached (the box's left edge). */
  q1: number;
  /** The median of people reached (the tick in the box). */
  median: number;
  /** The third quartile of people reached (the box's right edge). */
  q3: number;
  /** The most people reached by anyone in the series (the whisker's right end). */
  max: number;
}

/**
 * A box chart of people reached within k steps over weak ties only against strong ties only
 * (and all ties), from precomputed quartiles (one box per series whatever the network size).
 *
 * @param rows One row per series.
 * @param options The {@link ChartOptions}; the x axis counts people.
 * @returns A Vega-Lite spec.
 */
export function reachByTieType(rows: readonly ReachRow[], options?: ChartOptions & { valueTitle?: string }): VegaLiteSpec {
  const values = rows.map((r) => ({ via: r.via, min: round(r.min), q1: round(r.q1), median: round(r.median), q3: round(r.q3), max: round(r.max) }));
  const y = { field: 'via', type: 'nominal', title: null, sort: values.map((v) => v.via) };
  const domain = values.map((v) => v.via);
  const range = domain.map((d) => (d.startsWith('weak') ? COLORS.weak : d.startsWith('strong') ? COLORS.strong : COLORS.chance));
  const color = { field: 'via', type: 'nominal', scale: { domain, range }, legend: null };
  return baseSpec(
    options,
    { title: 'Who reaches more people: weak or strong ties?', height: Math.max(90, rows.length * 40) },
    {
      data: { values },
      encoding: { y },
      layer: [
        { mark: { type: 'rule', color: '#8c8c8c' }, encoding: { x: { field: 'min', type: 'quantitative', title: options?.valueTitle ?? 'People reached' }, x2: { field: 'max' } } },
        { mark: { type: 'bar', size: 18, tooltip: true }, encoding: { x: { field: 'q1', type: 'quantitative' }, x2: { field: 'q3' }, color } },
        { mark: { type: 'tick', color: '#1a1a1a', size: 22, thickness: 3 }, encoding: { x: { field: 'median', type: 'quantitative' } } },
        { mark: { type: 'text', align: 'left', dx: 6, dy: -16 }, encoding: { x: { field: 'median', type: 'quantitative' }, text: { field: 'median', type: 'quantitative', format: '~r' } } },
      ],
    },
  );
}
