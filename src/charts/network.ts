/**
 * The network picture: the group graph (one mark per group), never one dot per person.
 *
 * @module
 */
import { labelLayers, linearScale, placeLabels, textBox, type Box } from './labels.js';
import { baseSpec, chartSize, COLORS, round, type ChartOptions, type VegaLiteSpec } from './spec.js';

/** One group of the picture, placed by a layout. */
export interface GroupNode {
  /** The group. */
  group: string;
  /** Layout position, horizontal (any units: only relative positions matter, the axes are hidden). */
  x: number;
  /** Layout position, vertical (same units as `x`). */
  y: number;
  /** People in the group (the mark's area). */
  people: number;
  /** The group's E-I index (the mark's colour). */
  ei: number;
}

/** Ties between two groups. */
export interface GroupLink {
  /** One of the two groups (a `group` of {@link GroupNode}). */
  source: string;
  /** The other group (a `group` of {@link GroupNode}). */
  target: string;
  /** Ties between them (the line's width). */
  ties: number;
}

/** A broker drawn on the edge between their group and the group they link most to. */
export interface PlacedBroker {
  /** The person (or pseudonym). */
  label: string;
  /** Horizontal position of the diamond, in the layout units of {@link GroupNode}. */
  x: number;
  /** Vertical position of the diamond, in the layout units of {@link GroupNode}. */
  y: number;
}

/** Area range of the groups' circles (px²), by people: the mark's size scale and the labels' obstacles. */
const CIRCLE_AREA = [60, 2000] as const;

/** Where a group's name sits: centred above its circle. */
const GROUP_NAME = { align: 'center', dx: 0, dy: -16 } as const;

/** The input of {@link groupNetwork}. */
export interface GroupNetworkData {
  /** The groups, placed. */
  nodes: readonly GroupNode[];
  /** The ties between groups. */
  links: readonly GroupLink[];
  /** Brokers to label. [none] */
  brokers?: readonly PlacedBroker[];
}

/**
 * The aggregate network picture: one circle per group (area = people, colour = E-I on a diverging
 * scale centred on 0), one line per pair of groups (width = ties between them), brokers as
 * labelled diamonds on the group edges. Marks: groups + pairs + brokers, whatever the people count.
 *
 * @param data The placed groups, the links and the brokers.
 * @param options The {@link ChartOptions}.
 * @returns A Vega-Lite spec.
 */
export function groupNetwork(data: GroupNetworkData, options?: ChartOptions): VegaLiteSpec {
  const pos = new Map(data.nodes.map((n) => [n.group, n]));
  const links = data.links
    .filter((l) => pos.has(l.source) && pos.has(l.target) && l.ties > 0)
    .map((l) => ({ x: round(pos.get(l.source)!.x), y: round(pos.get(l.source)!.y), x2: round(pos.get(l.target)!.x), y2: round(pos.get(l.target)!.y), ties: l.ties, pair: `${l.source} – ${l.target}` }));
  const nodes = data.nodes.map((n) => ({ group: n.group, x: round(n.x), y: round(n.y), people: n.people, ei: round(n.ei) }));
  const brokers = (data.brokers ?? []).map((b) => ({ label: b.label, x: round(b.x), y: round(b.y) }));
  const axis = { type: 'quantitative', axis: null, scale: { zero: false, nice: false } };
  const x = { field: 'x', ...axis, scale: { ...axis.scale, padding: 40 } };
  const y = { field: 'y', ...axis, scale: { ...axis.scale, padding: 40 } };
  // Broker labels placed in the pixels of these scales, clear of each other, the groups' circles
  // (their area at most the size range's top, scaled by people) and the groups' names.
  const size = chartSize(options, { height: 480, width: 640 });
  const placedXs = [...data.nodes.map((n) => n.x), ...(data.brokers ?? []).map((b) => b.x)];
  const placedYs = [...data.nodes.map((n) => n.y), ...(data.brokers ?? []).map((b) => b.y)];
  const px = linearScale(placedXs, size.width, { zero: false, nice: false, padding: 40, flip: false }).toPixel;
  const py = linearScale(placedYs, size.height, { zero: false, nice: false, padding: 40, flip: true }).toPixel;
  const mostPeople = Math.max(1, ...data.nodes.map((n) => n.people));
  const obstacles: Box[] = data.nodes.flatMap((n) => {
    const r = Math.sqrt(Math.max(CIRCLE_AREA[0], (CIRCLE_AREA[1] * n.people) / mostPeople) / Math.PI);
    const cx = px(n.x);
    const cy = py(n.y);
    return [{ left: cx - r, top: cy - r, right: cx + r, bottom: cy + r }, textBox({ x: cx, y: cy, text: n.group }, GROUP_NAME, 12, true)];
  });
  const placements = placeLabels(
    (data.brokers ?? []).map((b) => ({ x: px(b.x), y: py(b.y), text: b.label })),
    { fontSize: 12, bold: false, preferred: { align: 'center', dx: 0, dy: 14 }, marker: 11, ...size, obstacles },
  );
  return baseSpec(
    options,
    { title: 'How the groups are tied together', height: 480, width: 640 },
    {
      layer: [
        {
          data: { values: links },
          mark: { type: 'rule', color: '#9e9e9e', opacity: 0.6, tooltip: true },
          encoding: {
            x,
            y,
            x2: { field: 'x2' },
            y2: { field: 'y2' },
            strokeWidth: { field: 'ties', type: 'quantitative', title: 'Ties between groups', scale: { range: [0.5, 10] } },
          },
        },
        {
          data: { values: nodes },
          mark: { type: 'circle', opacity: 0.95, stroke: '#1a1a1a', strokeWidth: 0.75, tooltip: true },
          encoding: {
            x,
            y,
            size: { field: 'people', type: 'quantitative', title: 'People', scale: { range: [...CIRCLE_AREA] } },
            color: { field: 'ei', type: 'quantitative', title: 'E-I (−1 inward, +1 outward)', scale: { scheme: 'blueorange', reverse: true, domain: [-1, 1], domainMid: 0 } },
          },
        },
        {
          data: { values: nodes },
          mark: { type: 'text', ...GROUP_NAME, fontWeight: 'bold', fontSize: 12 },
          encoding: { x, y, text: { field: 'group' } },
        },
        {
          data: { values: brokers },
          layer: [
            { mark: { type: 'point', shape: 'diamond', filled: true, size: 110, color: COLORS.highlight, stroke: '#1a1a1a', strokeWidth: 0.5 }, encoding: { x, y } },
            ...labelLayers(brokers, placements, { fontSize: 12, color: '#8a3000' }, { x, y, text: { field: 'label' } }),
          ],
        },
      ],
    },
  );
}
