/**
 * Overview charts: the distribution of tie strength.
 *
 * @module
 */
import { baseSpec, COLORS, round, type ChartOptions, type VegaLiteSpec } from './spec.js';

/** Options of {@link strengthDistribution}. */
export interface StrengthDistributionOptions extends ChartOptions {
  /** The strong-tie threshold, drawn as a rule (ties at or above it are strong). [none] */
  threshold?: number;
  /** The number of bins. [30] */
  bins?: number;
}

/**
 * A histogram of tie strengths, binned here (the spec holds at most `bins` bars whatever the
 * number of ties), with the strong-tie threshold drawn.
 *
 * @param strengths The strength of each tie (for instance `describeNetwork`'s input ties, or the
 *   `value` of `TieValue` rows).
 * @param options The {@link StrengthDistributionOptions}.
 * @returns A Vega-Lite spec.
 */
export function strengthDistribution(strengths: ArrayLike<number>, options?: StrengthDistributionOptions): VegaLiteSpec {
  const bins = Math.max(1, Math.floor(options?.bins ?? 30));
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < strengths.length; i++) {
    const s = strengths[i]!;
    if (s < min) min = s;
    if (s > max) max = s;
  }
  const rows: { from: number | null; to: number | null; ties: number; strong: string }[] = [];
  if (strengths.length > 0) {
    const distinct = max === min;
    const width = distinct ? 1 : (max - min) / bins;
    const n = distinct ? 1 : bins;
    const counts = new Float64Array(n);
    for (let i = 0; i < strengths.length; i++) {
      const b = distinct ? 0 : Math.min(n - 1, Math.floor((strengths[i]! - min) / width));
      counts[b]!++;
    }
    const t = options?.threshold;
    for (let b = 0; b < n; b++) {
      const from = distinct ? min - 0.5 : min + b * width;
      const to = distinct ? min + 0.5 : min + (b + 1) * width;
      rows.push({ from: round(from), to: round(to), ties: counts[b]!, strong: t !== undefined && from >= t - 1e-12 ? 'strong' : 'weak' });
    }
  }
  const layers: unknown[] = [
    {
      mark: { type: 'rect', tooltip: true },
      encoding: {
        x: { field: 'from', type: 'quantitative', title: 'Tie strength', bin: { binned: true } },
        x2: { field: 'to' },
        y: { field: 'ties', type: 'quantitative', title: 'Number of ties' },
        color: {
          field: 'strong',
          type: 'nominal',
          title: 'Tie',
          scale: { domain: ['weak', 'strong'], range: [COLORS.weak, COLORS.strong] },
        },
      },
    },
  ];
  if (options?.threshold !== undefined && Number.isFinite(options.threshold)) {
    layers.push({
      data: { values: [{ threshold: round(options.threshold) }] },
      mark: { type: 'rule', color: COLORS.ink, strokeDash: [4, 3] },
      encoding: { x: { field: 'threshold', type: 'quantitative' } },
    });
  }
  return baseSpec(options, { title: 'How strong are the ties?', height: 220 }, { data: { values: rows }, layer: layers });
}
