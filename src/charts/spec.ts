/**
 * The shared look of every chart: a loose Vega-Lite spec type, the palettes and the config
 * (system fonts, text ≥ 12 px, colour-blind-safe colours).
 *
 * @module
 */

/**
 * A Vega-Lite specification: a plain JSON object (render it with vega-lite's `compile` and vega,
 * or hand it to vega-embed, Observable, Jupyter…). Typed loosely on purpose, so that the package's
 * declarations need no Vega types.
 */
export interface VegaLiteSpec {
  /** The Vega-Lite schema URL (v6). */
  $schema: string;
  /** Any other top-level property of a Vega-Lite spec. */
  [property: string]: unknown;
}

/** The Vega-Lite schema every chart declares. */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Okabe–Ito, the colour-blind-safe categorical palette (black left out; used for text). */
export const OKABE_ITO: readonly string[] = Object.freeze([
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#F0E442',
  '#999999',
]);

/** The font stack: system fonts only, so that rendering needs no network. */
export const FONT = 'DejaVu Sans, Liberation Sans, Helvetica, Arial, sans-serif';

/** Colours with a fixed meaning across the report. */
export const COLORS = Object.freeze({
  ink: '#1a1a1a',
  muted: '#595959',
  weak: '#0072B2',
  strong: '#D55E00',
  chance: '#7f7f7f',
  highlight: '#D55E00',
  base: '#56B4E9',
});

/** The config every chart carries (fonts, sizes, no chart border). */
export function chartConfig(): Record<string, unknown> {
  return {
    font: FONT,
    view: { stroke: null },
    axis: { labelFontSize: 12, titleFontSize: 12, labelColor: COLORS.ink, titleColor: COLORS.ink, gridColor: '#e6e6e6' },
    legend: { labelFontSize: 12, titleFontSize: 12, titleLimit: 320, labelLimit: 240, labelColor: COLORS.ink, titleColor: COLORS.ink },
    title: { fontSize: 14, anchor: 'start', color: COLORS.ink, subtitleFontSize: 12, subtitleColor: COLORS.muted },
    text: { fontSize: 12, color: COLORS.ink },
    range: { category: [...OKABE_ITO] },
  };
}

/** Options every chart function accepts. */
export interface ChartOptions {
  /** The chart's title: state the finding. [a neutral description] */
  title?: string;
  /** A subtitle (units, reference). */
  subtitle?: string;
  /** Width in pixels. [560] */
  width?: number;
  /** Height in pixels. [chart-specific] */
  height?: number;
}

/** @internal The plot's width and height in pixels: the options', else the chart's defaults (width 560). */
export function chartSize(options: ChartOptions | undefined, defaults: { height: number; width?: number }): { width: number; height: number } {
  return { width: options?.width ?? defaults.width ?? 560, height: options?.height ?? defaults.height };
}

/** @internal A spec with schema, title, size and config. */
export function baseSpec(options: ChartOptions | undefined, defaults: { title: string; height: number; width?: number }, body: Record<string, unknown>): VegaLiteSpec {
  const title = options?.title ?? defaults.title;
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: options?.subtitle === undefined ? title : { text: title, subtitle: options.subtitle },
    ...chartSize(options, defaults),
    ...body,
    config: chartConfig(),
  };
}

/** @internal Rounds for display data (keeps the specs small and stable). */
export function round(x: number, digits = 4): number | null {
  if (!Number.isFinite(x)) return null;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
