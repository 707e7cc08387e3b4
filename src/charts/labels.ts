/**
 * Labels that do not overlap: Vega-Lite draws a text mark where its datum is, with one fixed
 * offset for every datum, so the labels of two people whose points lie close together are printed
 * on top of each other. Here the chart's own scales are worked out in pixels (the domain Vega
 * would choose, then set explicitly so that it is the one drawn), each label tries positions
 * around its point in turn (the chart's usual one first) and takes the first that covers no
 * label placed before it and no labelled point; the labels then go into one text layer per
 * position used.
 *
 * Text widths are estimated (no font metrics in Node): 0.62 em a character, 0.68 em bold, which
 * is at least what DejaVu Sans and Helvetica take for ids and names; a label's box is 1.2 em
 * high around its middle (`baseline: 'middle'`, Vega-Lite's default for text, set explicitly).
 *
 * @internal
 * @module
 */
import { round } from './spec.js';

/** Where a label sits relative to its point: the text mark's `align`, `dx` and `dy` (pixels). */
export interface LabelPlacement {
  align: 'left' | 'center' | 'right';
  dx: number;
  dy: number;
}

/** A labelled point, in pixels from the plot's top left corner. */
export interface LabelPoint {
  x: number;
  y: number;
  text: string;
}

/** A box in pixels (an obstacle, or a placed label). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Options of {@link placeLabels}. */
export interface PlaceLabelsOptions {
  /** Font size of the labels (pixels). */
  fontSize: number;
  /** Whether the labels are bold (wider). */
  bold: boolean;
  /** The placement tried first (the chart's usual one). */
  preferred: LabelPlacement;
  /** Side of the square each labelled point's marker covers (pixels). */
  marker: number;
  /** The plot's size: a label may not start left of 0 or above 0, nor end below `height`. */
  width: number;
  height: number;
  /** Other boxes no label should cover (group names, …). */
  obstacles?: readonly Box[];
}

/** Estimated width of `text` in pixels. */
function textWidth(text: string, fontSize: number, bold: boolean): number {
  return [...text].length * fontSize * (bold ? 0.68 : 0.62);
}

/**
 * @internal
 * The box of `point.text` drawn at `point` with placement `at` (`baseline: 'middle'`, Vega-Lite's
 * default for text: 1.2 em high, centred on y + dy).
 */
export function textBox(point: LabelPoint, at: LabelPlacement, fontSize: number, bold: boolean): Box {
  return labelBox(point, at, textWidth(point.text, fontSize, bold), fontSize);
}

function labelBox(point: LabelPoint, at: LabelPlacement, width: number, fontSize: number): Box {
  const anchor = point.x + at.dx;
  const left = at.align === 'left' ? anchor : at.align === 'right' ? anchor - width : anchor - width / 2;
  const middle = point.y + at.dy;
  return { left, top: middle - 0.6 * fontSize, right: left + width, bottom: middle + 0.6 * fontSize };
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The positions a label tries: the preferred one, then beside, above and below its point, then up to two rows farther out. */
function candidates(preferred: LabelPlacement, fontSize: number, marker: number): LabelPlacement[] {
  const gap = marker / 2 + 2;
  const near = gap + 0.6 * fontSize;
  const row = 1.2 * fontSize + 2;
  const list: LabelPlacement[] = [preferred, { align: 'left', dx: gap, dy: 0 }, { align: 'right', dx: -gap, dy: 0 }];
  for (let k = 0; k <= 2; k++) {
    list.push(
      { align: 'left', dx: gap, dy: -near - k * row },
      { align: 'left', dx: gap, dy: near + k * row },
      { align: 'right', dx: -gap, dy: -near - k * row },
      { align: 'right', dx: -gap, dy: near + k * row },
      { align: 'center', dx: 0, dy: -near - k * row },
      { align: 'center', dx: 0, dy: near + k * row },
    );
  }
  return list;
}

/**
 * @internal
 * A placement for each point's label, in order (earlier points are placed first, so list the
 * most important first): the first candidate position whose box covers no earlier label, no
 * labelled point's marker, no obstacle and stays in the plot (a line above it allowed); if none
 * does, the one that covers least. Candidates lie at most two rows from the point, so that a label
 * stays next to its point. Deterministic.
 */
export function placeLabels(points: readonly LabelPoint[], options: PlaceLabelsOptions): LabelPlacement[] {
  const { fontSize, bold, marker, width, height } = options;
  const tried = candidates(options.preferred, fontSize, marker);
  const half = marker / 2;
  const blocked: Box[] = [...(options.obstacles ?? []), ...points.map((p) => ({ left: p.x - half, top: p.y - half, right: p.x + half, bottom: p.y + half }))];
  const placed: LabelPlacement[] = [];
  for (const point of points) {
    const w = textWidth(point.text, fontSize, bold);
    let best = tried[0]!;
    let bestCost = Infinity;
    for (const at of tried) {
      const box = labelBox(point, at, w, fontSize);
      // Out of the plot on the left or bottom (over an axis), or more than a line above it (into the
      // title). The right side may run into the margin (Vega widens the view), as the chart's usual
      // labels always could.
      let cost = Math.max(0, -box.left) + Math.max(0, -fontSize - 4 - box.top) + Math.max(0, box.bottom - height) + Math.max(0, box.left - width);
      cost *= fontSize;
      for (const other of blocked) cost += overlapArea(box, other);
      if (cost < bestCost) {
        best = at;
        bestCost = cost;
        if (cost === 0) break;
      }
    }
    placed.push(best);
    blocked.push(labelBox(point, best, w, fontSize));
  }
  return placed;
}

/**
 * @internal
 * One Vega-Lite text layer per placement used, each with its rows: the labels of
 * {@link placeLabels} as a spec draws them. `mark` holds the text mark's other properties.
 */
export function labelLayers<R>(rows: readonly R[], placements: readonly LabelPlacement[], mark: Record<string, unknown>, encoding: Record<string, unknown>): Record<string, unknown>[] {
  const groups = new Map<string, { at: LabelPlacement; values: R[] }>();
  rows.forEach((row, i) => {
    const at = placements[i]!;
    const key = `${at.align} ${at.dx} ${at.dy}`;
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = { at, values: [] }));
    group.values.push(row);
  });
  return [...groups.values()].map(({ at, values }) => ({
    data: { values },
    mark: { type: 'text', ...mark, align: at.align, baseline: 'middle', dx: round(at.dx, 1), dy: round(at.dy, 1) },
    encoding,
  }));
}

/**
 * @internal
 * The step of d3's (and so Vega's) `tickIncrement(start, stop, count)`: a power of ten times 1, 2
 * or 5 when ≥ 1; for steps below 1, minus its inverse.
 */
function tickIncrement(start: number, stop: number, count: number): number {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return power >= 0 ? factor * 10 ** power : -(10 ** -power) / factor;
}

/**
 * @internal
 * The domain a linear scale with `nice: true` gives the extent [lo, hi] (d3-scale's `nice()`, 10
 * ticks): both ends moved out to a multiple of the tick step until the step no longer changes.
 */
export function niceDomain(lo: number, hi: number): [number, number] {
  let start = lo;
  let stop = hi;
  if (!(stop > start)) return [start, stop];
  let previous: number | undefined;
  for (let i = 0; i < 10; i++) {
    const step = tickIncrement(start, stop, 10);
    if (step === previous) break;
    if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else break;
    previous = step;
  }
  return [start, stop];
}

/** Options of {@link linearScale}: Vega-Lite's `zero`, `nice` and `padding` (pixels) of the scale, and `flip` for y. */
export interface LinearScaleOptions {
  zero: boolean;
  nice: boolean;
  padding?: number;
  flip: boolean;
}

/**
 * @internal
 * A linear position scale as the chart draws it: the extent of `values` (with 0 when `zero`),
 * made nice when `nice`, mapped to [padding, size − padding] (`flip`: the low end at the bottom,
 * for y). The domain is returned so that the spec can set it and be drawn with exactly this
 * mapping.
 */
export function linearScale(values: readonly number[], size: number, options: LinearScaleOptions): { domain: [number, number]; toPixel: (v: number) => number } {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (lo > hi) [lo, hi] = [0, 1];
  if (options.zero) [lo, hi] = [Math.min(lo, 0), Math.max(hi, 0)];
  const domain: [number, number] = !(hi > lo) ? [lo - 1, hi + 1] : options.nice ? niceDomain(lo, hi) : [lo, hi];
  const padding = options.padding ?? 0;
  const scale = (size - 2 * padding) / (domain[1] - domain[0]);
  return { domain, toPixel: (v) => (options.flip ? size - padding - (v - domain[0]) * scale : padding + (v - domain[0]) * scale) };
}
