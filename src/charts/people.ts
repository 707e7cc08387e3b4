/**
 * Charts about people: ranked bars, brokerage roles, constraint against effective size.
 *
 * @module
 */
import { labelLayers, linearScale, placeLabels } from './labels.js';
import { baseSpec, chartSize, COLORS, OKABE_ITO, round, type ChartOptions, type VegaLiteSpec } from './spec.js';

/** One labelled value. */
export interface RankedRow {
  /** The label (a person, pseudonym or group). */
  label: string;
  /** The value. */
  value: number;
}

/** Options of {@link rankedBars}. */
export interface RankedBarsOptions extends ChartOptions {
  /** The value axis title. ['Value'] */
  valueTitle?: string;
  /** A reference value drawn as a rule (the median, chance). [none] */
  reference?: number;
  /** The reference's name in the subtitle. ['median'] */
  referenceLabel?: string;
  /** The most bars. [15] */
  limit?: number;
}

/**
 * Ranked horizontal bars, largest first (at most `limit`, 15 by default), each labelled with
 * its value, with an optional reference rule.
 *
 * @param rows The values.
 * @param options The {@link RankedBarsOptions}.
 * @returns A Vega-Lite spec.
 */
export function rankedBars(rows: readonly RankedRow[], options?: RankedBarsOptions): VegaLiteSpec {
  const limit = options?.limit ?? 15;
  const top = [...rows].filter((r) => Number.isFinite(r.value)).sort((a, b) => b.value - a.value || (a.label < b.label ? -1 : 1)).slice(0, limit);
  const values = top.map((r) => ({ label: r.label, value: round(r.value) }));
  const layers: unknown[] = [
    { mark: { type: 'bar', color: COLORS.base, tooltip: true } },
    { mark: { type: 'text', align: 'left', dx: 3 }, encoding: { text: { field: 'value', type: 'quantitative', format: '~r' } } },
  ];
  if (options?.reference !== undefined && Number.isFinite(options.reference)) {
    layers.push({
      data: { values: [{ reference: round(options.reference) }] },
      mark: { type: 'rule', color: COLORS.ink, strokeDash: [4, 3] },
      encoding: { x: { field: 'reference', type: 'quantitative' }, y: null },
    });
  }
  return baseSpec(
    options,
    { title: 'Top values', height: Math.max(60, values.length * 22) },
    {
      data: { values },
      encoding: {
        y: { field: 'label', type: 'nominal', sort: values.map((v) => v.label), title: null, axis: { labelLimit: 160 } },
        x: { field: 'value', type: 'quantitative', title: options?.valueTitle ?? 'Value' },
      },
      layer: layers,
    },
  );
}

/** One person's brokerage counts by Gould–Fernandez role. */
export interface BrokerRolesRow {
  /** The person (or pseudonym). */
  label: string;
  /** Pairs brokered inside the broker's own group. */
  coordinator: number;
  /** Pairs of one other group. */
  itinerant: number;
  /** From the broker's group out to another. */
  representative: number;
  /** From another group into the broker's. */
  gatekeeper: number;
  /** Between two other groups. */
  liaison: number;
}

const ROLES = ['liaison', 'gatekeeper', 'representative', 'itinerant', 'coordinator'] as const;

/**
 * Stacked bars of each broker's Gould–Fernandez brokerage by role (liaison, gatekeeper,
 * representative, itinerant, coordinator), largest total first.
 *
 * @param rows One row per person (for instance from `brokerageRoles(...).nodes`).
 * @param options The {@link RankedBarsOptions} (`limit`, 15 by default).
 * @returns A Vega-Lite spec.
 */
export function brokerRoles(rows: readonly BrokerRolesRow[], options?: RankedBarsOptions): VegaLiteSpec {
  const total = (r: BrokerRolesRow) => ROLES.reduce((s, k) => s + r[k], 0);
  const top = [...rows].sort((a, b) => total(b) - total(a) || (a.label < b.label ? -1 : 1)).slice(0, options?.limit ?? 15);
  const values = top.flatMap((r) => ROLES.map((role) => ({ label: r.label, role, pairs: r[role] })));
  return baseSpec(
    options,
    { title: 'Who connects the groups?', height: Math.max(60, top.length * 22) },
    {
      data: { values },
      mark: { type: 'bar', tooltip: true },
      encoding: {
        y: { field: 'label', type: 'nominal', sort: top.map((r) => r.label), title: null, axis: { labelLimit: 160 } },
        x: { field: 'pairs', type: 'quantitative', title: options?.valueTitle ?? 'Pairs of people brokered' },
        color: { field: 'role', type: 'nominal', title: 'Role', scale: { domain: [...ROLES], range: OKABE_ITO.slice(0, 5) } },
        order: { field: 'role', type: 'ordinal' },
      },
    },
  );
}

/** One person's constraint and effective size. */
export interface BurtRow {
  /** The person (or pseudonym). */
  label: string;
  /** Burt's constraint (low = spans structural holes). */
  constraint: number;
  /** Burt's effective size (non-redundant contacts). */
  effectiveSize: number;
  /** Whether to label and highlight the person. */
  highlight?: boolean;
}

/** Options of {@link constraintVsEffectiveSize}. */
export interface ConstraintScatterOptions extends ChartOptions {
  /** Above this many people the chart bins them into a 2-D heatmap (never more marks than this). [1500] */
  maxPoints?: number;
}

/**
 * Constraint against effective size, one dot per person (brokers labelled), with the medians
 * drawn; above `maxPoints` people, a 2-D binned heatmap of counts instead of dots.
 *
 * @param rows One row per person (people with undefined values are skipped).
 * @param options The {@link ConstraintScatterOptions}.
 * @returns A Vega-Lite spec.
 */
export function constraintVsEffectiveSize(rows: readonly BurtRow[], options?: ConstraintScatterOptions): VegaLiteSpec {
  const finite = rows.filter((r) => Number.isFinite(r.constraint) && Number.isFinite(r.effectiveSize));
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  };
  const mc = median(finite.map((r) => r.constraint));
  const me = median(finite.map((r) => r.effectiveSize));
  // The scales Vega would draw (from 0, nice), set explicitly: the labels are placed in their pixels.
  const size = chartSize(options, { height: 320 });
  const xScale = linearScale(finite.map((r) => r.effectiveSize), size.width, { zero: true, nice: true, flip: false });
  const yScale = linearScale(finite.map((r) => r.constraint), size.height, { zero: true, nice: true, flip: true });
  const x = { field: 'effectiveSize', type: 'quantitative', title: 'Effective size (non-redundant contacts)', scale: { domain: xScale.domain } };
  const y = { field: 'constraint', type: 'quantitative', title: 'Constraint (low = spans structural holes)', scale: { domain: yScale.domain } };
  const medians = [
    {
      data: { values: [{ m: round(me) }] },
      mark: { type: 'rule', color: COLORS.chance, strokeDash: [4, 3] },
      encoding: { x: { field: 'm', type: 'quantitative' } },
    },
    {
      data: { values: [{ m: round(mc) }] },
      mark: { type: 'rule', color: COLORS.chance, strokeDash: [4, 3] },
      encoding: { y: { field: 'm', type: 'quantitative' } },
    },
  ];
  const highlighted = finite.filter((r) => r.highlight);
  const labelled = highlighted.map((r) => ({ label: r.label, constraint: round(r.constraint), effectiveSize: round(r.effectiveSize) }));
  const placements = placeLabels(
    highlighted.map((r) => ({ x: xScale.toPixel(r.effectiveSize), y: yScale.toPixel(r.constraint), text: r.label })),
    { fontSize: 12, bold: true, preferred: { align: 'left', dx: 6, dy: -6 }, marker: 10, ...size },
  );
  const labels = {
    data: { values: labelled },
    layer: [
      { mark: { type: 'point', shape: 'diamond', size: 90, filled: true, color: COLORS.highlight }, encoding: { x, y } },
      ...labelLayers(labelled, placements, { fontWeight: 'bold' }, { x, y, text: { field: 'label' } }),
    ],
  };
  if (finite.length > (options?.maxPoints ?? 1500)) {
    const cells = binned(finite, 30);
    return baseSpec(
      options,
      { title: 'Who spans structural holes?', height: 320 },
      {
        layer: [
          {
            data: { values: cells },
            mark: { type: 'rect', tooltip: true },
            encoding: {
              x: { ...x, field: 'x0', bin: { binned: true } },
              x2: { field: 'x1' },
              y: { ...y, field: 'y0', bin: { binned: true } },
              y2: { field: 'y1' },
              color: { field: 'people', type: 'quantitative', title: 'People', scale: { scheme: 'viridis', type: 'log' } },
            },
          },
          ...medians,
          labels,
        ],
      },
    );
  }
  const values = finite.map((r) => ({ label: r.label, constraint: round(r.constraint), effectiveSize: round(r.effectiveSize) }));
  return baseSpec(
    options,
    { title: 'Who spans structural holes?', height: 320 },
    {
      layer: [
        { data: { values }, mark: { type: 'circle', size: 40, opacity: 0.6, color: COLORS.base, tooltip: true }, encoding: { x, y } },
        ...medians,
        labels,
      ],
    },
  );
}

function binned(rows: readonly BurtRow[], bins: number): { x0: number | null; x1: number | null; y0: number | null; y1: number | null; people: number }[] {
  let xmax = 0;
  let ymax = 0;
  for (const r of rows) {
    if (r.effectiveSize > xmax) xmax = r.effectiveSize;
    if (r.constraint > ymax) ymax = r.constraint;
  }
  const xw = (xmax || 1) / bins;
  const yw = (ymax || 1) / bins;
  const counts = new Map<number, number>();
  for (const r of rows) {
    const i = Math.min(bins - 1, Math.max(0, Math.floor(r.effectiveSize / xw)));
    const j = Math.min(bins - 1, Math.max(0, Math.floor(r.constraint / yw)));
    counts.set(i * bins + j, (counts.get(i * bins + j) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([key, people]) => {
      const i = Math.floor(key / bins);
      const j = key % bins;
      return { x0: round(i * xw), x1: round((i + 1) * xw), y0: round(j * yw), y1: round((j + 1) * yw), people };
    });
}
