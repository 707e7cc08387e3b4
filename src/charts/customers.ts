/**
 * Customer and engagement charts: account threads, referral value in both lenses, exposure.
 *
 * @module
 */
import { labelLayers, linearScale, placeLabels } from './labels.js';
import { baseSpec, chartSize, COLORS, round, type ChartOptions, type VegaLiteSpec } from './spec.js';

/** One account's threads (as `customerCoverage(...).accounts` returns). */
export interface AccountThreadsRow {
  /** The account. */
  account: string;
  /** Employees tied to the account's customers. */
  threads: number;
  /** Employees with a strong tie to them. */
  strongThreads: number;
}

/**
 * How many accounts hang on 0, 1, 2, … strong threads (employees strongly tied to the account):
 * accounts on one thread are single-threaded, highlighted.
 *
 * @param accounts The accounts.
 * @param options The {@link ChartOptions}.
 * @returns A Vega-Lite spec.
 */
export function accountThreads(accounts: readonly AccountThreadsRow[], options?: ChartOptions): VegaLiteSpec {
  const counts = new Map<string, number>();
  const label = (k: number) => (k >= 5 ? '5 or more' : String(k));
  for (const a of accounts) counts.set(label(a.strongThreads), (counts.get(label(a.strongThreads)) ?? 0) + 1);
  const domain = ['0', '1', '2', '3', '4', '5 or more'];
  const values = domain.map((threads) => ({
    threads,
    accounts: counts.get(threads) ?? 0,
    risk: threads === '0' ? 'no strong thread' : threads === '1' ? 'single-threaded' : 'several threads',
  }));
  return baseSpec(
    options,
    { title: 'How many accounts hang on one relationship?', height: 220 },
    {
      data: { values },
      layer: [
        {
          mark: { type: 'bar', tooltip: true },
          encoding: {
            x: { field: 'threads', type: 'ordinal', sort: domain, title: 'Employees with a strong tie to the account', axis: { labelAngle: 0 } },
            y: { field: 'accounts', type: 'quantitative', title: 'Accounts' },
            color: {
              field: 'risk',
              type: 'nominal',
              title: null,
              scale: { domain: ['no strong thread', 'single-threaded', 'several threads'], range: ['#999999', COLORS.highlight, COLORS.base] },
            },
          },
        },
        {
          mark: { type: 'text', dy: -6 },
          encoding: { x: { field: 'threads', type: 'ordinal', sort: domain }, y: { field: 'accounts', type: 'quantitative' }, text: { field: 'accounts' } },
        },
      ],
    },
  );
}

/** One person's referral value in the two lenses. */
export interface ReferralLensRow {
  /** The person (or pseudonym). */
  label: string;
  /** Expected value referred over strong ties (conversion lens). */
  conversion: number;
  /** Expected value of people outside the person's circle (novelty lens). */
  novelty: number;
  /** Whether to label the person. */
  highlight?: boolean;
}

/**
 * Referral value in both lenses: expected value referred through strong ties (conversion) against
 * the value reaching new circles (novelty), one dot per person, the leaders of each lens labelled.
 *
 * @param rows One row per person (from `referralValue(...)`: `conversion.value`, `novelty.value`).
 * @param options The {@link ChartOptions}.
 * @returns A Vega-Lite spec.
 */
export function referralLenses(rows: readonly ReferralLensRow[], options?: ChartOptions): VegaLiteSpec {
  const values = rows.map((r) => ({ label: r.label, conversion: round(r.conversion), novelty: round(r.novelty), highlight: r.highlight === true }));
  // The scales Vega would draw (nice, not from 0), set explicitly: the labels are placed in their pixels.
  const size = chartSize(options, { height: 300 });
  const xScale = linearScale(rows.map((r) => r.conversion), size.width, { zero: false, nice: true, flip: false });
  const yScale = linearScale(rows.map((r) => r.novelty), size.height, { zero: false, nice: true, flip: true });
  const x = { field: 'conversion', type: 'quantitative', title: 'Conversion lens: value referred over strong ties', scale: { zero: false, domain: xScale.domain } };
  const y = { field: 'novelty', type: 'quantitative', title: 'Novelty lens: value from new circles', scale: { zero: false, domain: yScale.domain } };
  const highlighted = rows.filter((r) => r.highlight === true && Number.isFinite(r.conversion) && Number.isFinite(r.novelty));
  const placements = placeLabels(
    highlighted.map((r) => ({ x: xScale.toPixel(r.conversion), y: yScale.toPixel(r.novelty), text: r.label })),
    { fontSize: 12, bold: true, preferred: { align: 'left', dx: 6, dy: -6 }, marker: 8, ...size },
  );
  const labelled = highlighted.map((r) => ({ label: r.label, conversion: round(r.conversion), novelty: round(r.novelty) }));
  return baseSpec(
    options,
    { title: 'Which relationships bring referrals?', height: 300 },
    {
      data: { values },
      layer: [
        { mark: { type: 'circle', size: 45, opacity: 0.6, tooltip: true }, encoding: { x, y, color: { condition: { test: 'datum.highlight', value: COLORS.highlight }, value: COLORS.base } } },
        ...labelLayers(labelled, placements, { fontWeight: 'bold' }, { x, y, text: { field: 'label' } }),
      ],
    },
  );
}

/** A binned distribution (for instance of engagement exposure). */
export interface HistogramOptions extends ChartOptions {
  /** The value axis title. ['Value'] */
  valueTitle?: string;
  /** A reference value drawn as a rule (a median, a threshold). [none] */
  reference?: number;
  /** The number of bins. [20] */
  bins?: number;
}

/**
 * A histogram of one value per person (binned here: at most `bins` bars), with a reference rule.
 *
 * @param values The values (non-finite ones are skipped).
 * @param options The {@link HistogramOptions}.
 * @returns A Vega-Lite spec.
 */
export function histogram(values: readonly number[], options?: HistogramOptions): VegaLiteSpec {
  const finite = values.filter((v) => Number.isFinite(v));
  const bins = options?.bins ?? 20;
  let min = Math.min(...finite, Infinity);
  let max = Math.max(...finite, -Infinity);
  if (finite.length === 0) (min = 0), (max = 1);
  if (max === min) (min -= 0.5), (max += 0.5);
  const w = (max - min) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (const v of finite) counts[Math.min(bins - 1, Math.floor((v - min) / w))]!++;
  const rows = counts.map((people, b) => ({ from: round(min + b * w), to: round(min + (b + 1) * w), people }));
  const layers: unknown[] = [
    {
      mark: { type: 'rect', color: COLORS.base, tooltip: true },
      encoding: {
        x: { field: 'from', type: 'quantitative', bin: { binned: true }, title: options?.valueTitle ?? 'Value' },
        x2: { field: 'to' },
        y: { field: 'people', type: 'quantitative', title: 'People' },
      },
    },
  ];
  if (options?.reference !== undefined && Number.isFinite(options.reference)) {
    layers.push({
      data: { values: [{ r: round(options.reference) }] },
      mark: { type: 'rule', color: COLORS.ink, strokeDash: [4, 3] },
      encoding: { x: { field: 'r', type: 'quantitative' } },
    });
  }
  return baseSpec(options, { title: 'Distribution', height: 220 }, { data: { values: rows }, layer: layers });
}
