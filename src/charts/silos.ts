/**
 * Silo charts: the group-to-group tie matrix, E-I against chance, communities against groups.
 *
 * @module
 */
import { baseSpec, COLORS, round, type ChartOptions, type VegaLiteSpec } from './spec.js';

/** A group-to-group matrix: rows and columns in `groups` order (as `groupMixingMatrix` returns). */
export interface GroupMatrix {
  /** The group labels. */
  groups: readonly string[];
  /** Ties (or strength) from the row group to the column group. */
  matrix: readonly (readonly number[])[];
}

/**
 * A heatmap of the group-to-group tie matrix, each row scaled to 100 % (so that group sizes do
 * not dominate): the share of a group's tie ends that go to each group. Sequential viridis scale.
 *
 * @param mixing The matrix, such as `groupMixingMatrix(graph, { groups })`.
 * @param options The {@link ChartOptions}.
 * @returns A Vega-Lite spec.
 */
export function groupMixing(mixing: GroupMatrix, options?: ChartOptions): VegaLiteSpec {
  const rows: { from: string; to: string; share: number | null; ties: number }[] = [];
  mixing.groups.forEach((from, i) => {
    const row = mixing.matrix[i] ?? [];
    let total = 0;
    for (const v of row) total += v;
    mixing.groups.forEach((to, j) => {
      const v = row[j] ?? 0;
      rows.push({ from, to, share: total > 0 ? round(v / total) : null, ties: round(v, 3) ?? 0 });
    });
  });
  const k = mixing.groups.length;
  const size = Math.min(560, Math.max(200, k * 28));
  const order = [...mixing.groups];
  return baseSpec(
    options,
    { title: 'Where does each group’s contact go?', height: size, width: size },
    {
      data: { values: rows },
      encoding: {
        x: { field: 'to', type: 'nominal', sort: order, title: 'Ties to group', axis: { labelAngle: -40, labelLimit: 120 } },
        y: { field: 'from', type: 'nominal', sort: order, title: 'Ties of group', axis: { labelLimit: 140 } },
      },
      layer: [
        {
          mark: { type: 'rect', tooltip: true },
          encoding: {
            color: {
              field: 'share',
              type: 'quantitative',
              title: 'Share of the row group’s ties',
              scale: { scheme: 'viridis', domain: [0, 1] },
              legend: { format: '.0%' },
            },
          },
        },
        ...(k <= 15
          ? [
              {
                mark: { type: 'text', fontSize: 11 },
                encoding: {
                  text: { field: 'share', type: 'quantitative', format: '.0%' },
                  color: { condition: { test: 'datum.share > 0.5', value: '#1a1a1a' }, value: '#ffffff' },
                },
              },
            ]
          : []),
      ],
    },
  );
}

/** One group's E-I index and its chance expectation. */
export interface EiRow {
  /** The group. */
  group: string;
  /** The observed E-I index, −1 (all ties inside) … +1 (all across). */
  ei: number;
  /** The E-I expected by chance (mean over random relabellings). */
  expected: number;
  /** The permutation p-value (more inward than chance). */
  p?: number;
}

/**
 * A dot chart of each group's E-I index (dot) against what chance gives (grey tick), coloured
 * on a diverging scale centred on chance: orange = more inward than chance, blue = more outward.
 *
 * @param rows One row per group, for instance from `eiIndex(graph, { groups, permutations })`.
 * @param options The {@link ChartOptions}.
 * @returns A Vega-Lite spec.
 */
export function eiByGroup(rows: readonly EiRow[], options?: ChartOptions): VegaLiteSpec {
  const values = rows.map((r) => ({
    group: r.group,
    ei: round(r.ei),
    expected: round(r.expected),
    difference: round(r.ei - r.expected),
    p: r.p === undefined ? null : round(r.p),
  }));
  const order = [...rows].sort((a, b) => a.ei - a.expected - (b.ei - b.expected)).map((r) => r.group);
  const y = { field: 'group', type: 'nominal', sort: order, title: null, axis: { labelLimit: 160 } };
  return baseSpec(
    options,
    { title: 'Which groups keep their ties inside?', height: Math.max(120, rows.length * 22) },
    {
      data: { values },
      layer: [
        {
          mark: { type: 'rule', color: '#bdbdbd' },
          encoding: { y, x: { field: 'expected', type: 'quantitative' }, x2: { field: 'ei' } },
        },
        {
          mark: { type: 'tick', color: COLORS.chance, thickness: 2, size: 16 },
          encoding: {
            y,
            x: { field: 'expected', type: 'quantitative', title: 'E-I index (−1 all ties inside the group, +1 all across)', scale: { domain: [-1, 1] } },
          },
        },
        {
          mark: { type: 'circle', size: 120, opacity: 1, stroke: '#1a1a1a', strokeWidth: 0.5, tooltip: true },
          encoding: {
            y,
            x: { field: 'ei', type: 'quantitative' },
            color: {
              field: 'difference',
              type: 'quantitative',
              title: 'E-I minus chance',
              scale: { scheme: 'blueorange', reverse: true, domainMid: 0, domain: [-1, 1] },
            },
          },
        },
        {
          data: { values: [{ zero: 0 }] },
          mark: { type: 'rule', color: COLORS.ink, strokeDash: [2, 2] },
          encoding: { x: { field: 'zero', type: 'quantitative' } },
        },
      ],
    },
  );
}

/** How many people of a formal group are in a community found in the ties. */
export interface CommunityGroupRow {
  /** The formal group (department). */
  group: string;
  /** The community found in the ties (`communities`: Leiden by default), as a label. */
  community: string;
  /** People in both. */
  people: number;
}

/**
 * Communities found in the ties against the formal groups: one bar per group, split by the
 * communities its people fall into (a two-column alluvial view, read row by row). A group
 * whose bar is one colour is also a community; a bar of many colours is split by the informal network.
 *
 * @param rows The group × community counts.
 * @param options The {@link ChartOptions}.
 * @returns A Vega-Lite spec.
 */
export function communitiesVsGroups(rows: readonly CommunityGroupRow[], options?: ChartOptions): VegaLiteSpec {
  const groups = [...new Set(rows.map((r) => r.group))];
  // Legend and stacks in natural order (C1, C2, …, C10), not as text (C1, C10, C2).
  const communities = [...new Set(rows.map((r) => r.community))].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const rank = new Map(communities.map((c, i) => [c, i]));
  return baseSpec(
    options,
    { title: 'Do the communities found in the ties match the formal groups?', height: Math.max(120, groups.length * 22) },
    {
      data: { values: rows.map((r) => ({ ...r, communityOrder: rank.get(r.community)! })) },
      mark: { type: 'bar', stroke: '#ffffff', strokeWidth: 0.5 },
      encoding: {
        y: { field: 'group', type: 'nominal', sort: groups, title: null, axis: { labelLimit: 160 } },
        x: { field: 'people', type: 'quantitative', stack: 'normalize', title: 'Share of the group’s people', axis: { format: '.0%' } },
        color: { field: 'community', type: 'nominal', title: 'Community found in the ties', sort: communities, scale: { scheme: 'tableau20' } },
        order: { field: 'communityOrder', type: 'quantitative' },
        tooltip: [
          { field: 'group', type: 'nominal' },
          { field: 'community', type: 'nominal' },
          { field: 'people', type: 'quantitative' },
        ],
      },
    },
  );
}
