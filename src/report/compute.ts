/**
 * The report's sections: each runs the library's own functions on one shared CsrIndex, then
 * writes the question, the computed sentence with its comparison, the chart spec and the table.
 *
 * @internal
 * @module
 */
import type { AbstractGraph } from 'graphology-types';
import { brokerageRoles } from '../brokerage/brokerage-roles.js';
import { constraint } from '../brokerage/constraint.js';
import { effectiveSize } from '../brokerage/effective-size.js';
import { charts } from '../charts/index.js';
import type { VegaLiteSpec } from '../charts/spec.js';
import { removalSplits } from '../core/articulation.js';
import type { CsrIndex } from '../core/csr.js';
import { undirectedTies } from '../core/undirected-ties.js';
import { customerCoverage } from '../customers/customer-coverage.js';
import { engagementExposure } from '../engagement/engagement-exposure.js';
import { communities } from '../groups/communities.js';
import { eiIndex } from '../groups/ei-index.js';
import { describeNetwork } from '../network/describe-network.js';
import { keyPersonRisk } from '../reach/key-person-risk.js';
import { kStepReach } from '../reach/k-step-reach.js';
import { referralValue } from '../referral/referral-value.js';
import { classifyTies } from '../ties/classify-ties.js';
import { overlapStrengthCorrelation } from '../ties/overlap-strength-correlation.js';
import { percolationCurve } from '../ties/percolation-curve.js';
import { layoutGroups } from './layout.js';
import { groupPermutationTest, quartiles } from './stats.js';
import { count, num, pct, pValue } from './format.js';

/** @internal A table behind a chart. */
export interface ReportTable {
  columns: string[];
  rows: (string | number | null)[][];
  /** A note under the table (truncation, suppression). */
  note?: string;
}

/** @internal One figure of a section. */
export interface ReportFigure {
  spec: VegaLiteSpec;
  /** Alternative text: what the chart shows. */
  alt: string;
}

/** @internal One section of the report. */
export interface ReportSection {
  id: string;
  /** The question, in the reader's words. */
  question: string;
  /** The computed answer: one to three sentences with numbers and comparisons. */
  answer: string[];
  figures: ReportFigure[];
  /** How to read it, and what it does not say. */
  howToRead: string;
  tables: { caption: string; table: ReportTable }[];
}

/** @internal What the sections need. */
export interface ReportContext {
  graph: AbstractGraph | null;
  index: CsrIndex;
  label: (node: string) => string;
  aggregateOnly: boolean;
  minGroupSize: number;
  permutations: number;
  seed: number;
  strongTies: number | { method: 'threshold' | 'quantile' | 'jenks' | 'granovetterFreeman'; threshold?: number; quantile?: number; maxViolations?: number };
  /** Group of each node (string), or null when the report found communities instead. */
  groups: Map<string, string>;
  groupsFromCommunities: boolean;
  kinds: Map<string, string> | null;
  accounts: Map<string, string> | null;
  values: Map<string, number> | null;
  engagement: Map<string, number> | null;
  engagementThreshold: number | undefined;
  negativityWeight: number;
  runs: number;
  notes: string[];
  progress: (step: string) => void;
}

const MAX_HEATMAP_GROUPS = 20;
/** Word of mouth: 1 % over the weakest tie, rising steeply to 30 % over the strongest (as the quick start). */
const REFERRAL_PROBABILITY = Object.freeze({ min: 0.01, max: 0.3, gamma: 0.3 });
const MAX_PICTURE_GROUPS = 40;
const TOP = 15;
const OTHER = 'Other groups';
const NO_GROUP = '(no group)';

/** @internal The groups as the report shows them: suppression and the "Other" bucket. */
export interface GroupView {
  /** All group labels, by size (descending), then label. */
  labels: string[];
  sizes: number[];
  /** Group id of each node id (index order). */
  groupOf: Int32Array;
  /** Ids (into labels) of the groups large enough to show. */
  shown: number[];
  suppressed: { groups: number; people: number };
}

/** @internal Builds the group view. */
export function groupView(ctx: ReportContext): GroupView {
  const sizes = new Map<string, number>();
  for (const key of ctx.index.keys) {
    const g = ctx.groups.get(key) ?? NO_GROUP;
    sizes.set(g, (sizes.get(g) ?? 0) + 1);
  }
  const labels = [...sizes.keys()].sort((a, b) => sizes.get(b)! - sizes.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
  const id = new Map(labels.map((l, i) => [l, i]));
  const groupOf = Int32Array.from(ctx.index.keys, (key) => id.get(ctx.groups.get(key) ?? NO_GROUP)!);
  const shown: number[] = [];
  const suppressed = { groups: 0, people: 0 };
  labels.forEach((l, i) => {
    const s = sizes.get(l)!;
    if (s >= ctx.minGroupSize) shown.push(i);
    else (suppressed.groups++, (suppressed.people += s));
  });
  return { labels, sizes: labels.map((l) => sizes.get(l)!), groupOf, shown, suppressed };
}

function suppressionNote(view: GroupView, ctx: ReportContext): string {
  return view.suppressed.groups === 0
    ? `Every group has at least ${ctx.minGroupSize} people; none is suppressed.`
    : `${count(view.suppressed.groups, 'group')} with fewer than ${ctx.minGroupSize} people (${count(view.suppressed.people, 'person', 'people')}) ${view.suppressed.groups === 1 ? 'is' : 'are'} left out of every group chart and table (privacy).`;
}

function strongRule(ctx: ReportContext): { method: 'threshold' | 'quantile' | 'jenks' | 'granovetterFreeman'; threshold?: number; quantile?: number; maxViolations?: number } {
  return typeof ctx.strongTies === 'number' ? { method: 'threshold', threshold: ctx.strongTies } : ctx.strongTies;
}

/** @internal The overview section. */
export function overviewSection(ctx: ReportContext, view: GroupView): { section: ReportSection; threshold: number; strongShare: number } {
  ctx.progress('Overview');
  const d = describeNetwork(ctx.index);
  const cls = classifyTies(ctx.index, strongRule(ctx));
  const strengths = undirectedTies(ctx.index).tieStrengths;
  const strongShare = cls.counts.strong / Math.max(1, cls.counts.strong + cls.counts.weak);
  const groupsText = ctx.groupsFromCommunities
    ? `no groups were given, so the report uses the ${count(view.labels.length, 'community', 'communities')} found in the ties`
    : `${count(view.labels.length, 'group')}`;
  const answer = [
    `${num(d.people)} people and ${num(d.ties)} ties (${d.directed ? 'directed' : 'undirected'}), in ${groupsText}; ${pct(d.components.largestShare)} of the people are in the largest connected piece (${count(d.components.count, 'piece')} in all).`,
    `A person has ${num(d.degree.median)} contacts at the median (from ${num(d.degree.min)} to ${num(d.degree.max)}); the density is ${num(d.density, 3)}, that is ${pct(d.density, 1)} of all possible pairs are tied.`,
    d.strength.weighted && cls.counts.strong > 0
      ? `Ties are strong from strength ${num(cls.threshold, 3)} up (${cls.method} rule): ${pct(strongShare)} of ties are strong, ${pct(1 - strongShare)} weak.`
      : `Every tie has the same strength, so strong and weak ties cannot be told apart in this data; the weak- and strong-tie sections read them as one kind.`,
  ];
  const table: ReportTable = {
    columns: ['measure', 'value'],
    rows: [
      ['people', d.people],
      ['ties', d.ties],
      ['directed', String(d.directed)],
      ['density', d.density],
      ['reciprocity', d.reciprocity],
      ['isolates', d.isolates],
      ['components', d.components.count],
      ['largest component share', d.components.largestShare],
      ['contacts: min', d.degree.min],
      ['contacts: median', d.degree.median],
      ['contacts: max', d.degree.max],
      ['strength: min', d.strength.min],
      ['strength: median', d.strength.median],
      ['strength: max', d.strength.max],
      ['strong-tie rule', cls.method],
      ['strong-tie threshold', cls.threshold],
      ['strong ties', cls.counts.strong],
      ['weak ties', cls.counts.weak],
    ],
  };
  answer.push(...ctx.notes);
  return {
    threshold: cls.threshold,
    strongShare,
    section: {
      id: 'overview',
      question: 'What does this network look like?',
      answer,
      figures: [
        {
          spec: charts.strengthDistribution(strengths, {
            title: d.strength.weighted ? `${pct(strongShare)} of ties are strong (strength ≥ ${num(cls.threshold, 3)})` : 'Every tie has the same strength',
            subtitle: 'Number of ties by strength; the dashed line is the strong-tie threshold',
            threshold: d.strength.weighted ? cls.threshold : undefined,
          }),
          alt: 'Histogram of tie strengths with the strong-tie threshold.',
        },
      ],
      howToRead:
        'Each bar counts the ties whose strength falls in its range; ties right of the dashed line are counted as strong everywhere in this report. Strength is what the input measured (interactions, relations): a strong tie is a frequent or multiplex contact, not a better relationship.',
      tables: [{ caption: 'Network summary', table }],
    },
  };
}

/** @internal The silo section. */
export async function silosSection(ctx: ReportContext, view: GroupView): Promise<{ section: ReportSection; ei: Float64Array; mixing: number[][] }> {
  ctx.progress('Silos');
  const ties = undirectedTies(ctx.index);
  const k = view.labels.length;
  const groupsRecord: Record<string, string> = {};
  ctx.index.keys.forEach((key, v) => (groupsRecord[key] = view.labels[view.groupOf[v]!]!));
  const ei = eiIndex(ctx.index, { groups: groupsRecord, getEdgeStrength: null, permutations: ctx.permutations, seed: ctx.seed });
  const rescaled = eiIndex(ctx.index, { groups: groupsRecord, getEdgeStrength: null, rescaled: true });
  // On the index's own ties (arcs when directed), as eiIndex counts them.
  const perm = groupPermutationTest(ctx.index, view.groupOf, k, ctx.permutations, ctx.seed);
  const eiOf = Float64Array.from(view.labels, (l) => ei.groups[l]?.ei ?? NaN);

  // Group × group matrix (shown groups, the rest as "Other groups").
  const heat = view.shown.slice(0, MAX_HEATMAP_GROUPS);
  const slot = new Int32Array(k).fill(-1);
  heat.forEach((g, i) => (slot[g] = i));
  const hasOther = view.labels.length > heat.length;
  const dim = heat.length + (hasOther ? 1 : 0);
  const matrix = Array.from({ length: dim }, () => new Array<number>(dim).fill(0));
  const at = (g: number) => (slot[g]! >= 0 ? slot[g]! : dim - 1);
  for (let e = 0; e < ties.size; e++) {
    const a = at(view.groupOf[ties.tieSources[e]!]!);
    const b = at(view.groupOf[ties.tieTargets[e]!]!);
    matrix[a]![b]!++;
    if (a !== b) matrix[b]![a]!++;
    else if (a === b) matrix[a]![a]!++;
  }
  // A tie inside a group is counted at both of its ends, so each row sums to the group's tie ends.
  const heatLabels = [...heat.map((g) => view.labels[g]!), ...(hasOther ? [OTHER] : [])];

  // Communities found in the ties against the groups.
  const found = communities(ctx.index, { seed: ctx.seed });
  const byCommunity = new Map<number, number>();
  for (const c of Object.values(found.partition)) byCommunity.set(c, (byCommunity.get(c) ?? 0) + 1);
  const topCommunities = [...byCommunity.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 10).map(([c]) => c);
  const communityName = new Map(topCommunities.map((c, i) => [c, `C${i + 1}`]));
  const crossCounts = new Map<string, number>();
  ctx.index.keys.forEach((key, v) => {
    const g = view.groupOf[v]!;
    if (slot[g]! < 0) return;
    const c = communityName.get(found.partition[key]!) ?? 'smaller communities';
    const cell = `${view.labels[g]}\u0000${c}`;
    crossCounts.set(cell, (crossCounts.get(cell) ?? 0) + 1);
  });
  const cross = [...crossCounts.entries()].map(([cell, people]) => {
    const [group, community] = cell.split('\u0000') as [string, string];
    return { group, community, people };
  });

  const shownRows = view.shown.map((g) => ({
    group: view.labels[g]!,
    size: view.sizes[g]!,
    internal: perm.internal[g]!,
    external: perm.external[g]!,
    share: perm.internal[g]! / Math.max(1, perm.internal[g]! + perm.external[g]!),
    expected: perm.expectedShare[g]!,
    ei: eiOf[g]!,
    eiExpected: perm.expectedEi[g]!,
    eiRescaled: rescaled.groups[view.labels[g]!]?.ei ?? NaN,
    p: perm.p[g]!,
  }));
  const inward = shownRows.filter((r) => r.p <= 0.05);
  const most = [...shownRows].filter((r) => Number.isFinite(r.share - r.expected)).sort((a, b) => b.share - b.expected - (a.share - a.expected))[0];
  const answer: string[] = [];
  if (ctx.groupsFromCommunities) {
    answer.push('No groups were given: these groups are the communities found in the ties, so they are inward-looking by construction; give a people file with a group column to test the formal groups.');
  }
  if (most !== undefined) {
    answer.push(
      `${inward.length} of ${shownRows.length} groups keep more of their ties inside than chance would (p ≤ 0.05, ${num(ctx.permutations)} random relabellings). The most inward-looking is ${most.group}: ${pct(most.share)} of its ties stay inside (expected by chance: ${pct(most.expected)}; ${pValue(most.p, ctx.permutations)}).`,
    );
  }
  answer.push(
    `Across the whole network, ${pct(ei.network.internal / Math.max(1, ei.network.internal + ei.network.external))} of ties are inside a group; E-I = ${num(ei.network.ei, 3)} against ${num(ei.permutation.mean, 3)} by chance (${pValue(ei.permutation.pLess, ei.permutation.permutations)} for fewer ties across than chance). The communities found in the ties have modularity ${num(found.modularity, 3)}. ${suppressionNote(view, ctx)}`,
  );
  const eiRows = shownRows.slice(0, 30).map((r) => ({ group: r.group, ei: r.ei, expected: r.eiExpected, p: r.p }));
  const section: ReportSection = {
    id: 'silos',
    question: 'Are our groups silos?',
    answer,
    figures: [
      {
        spec: charts.eiByGroup(eiRows, {
          title: most === undefined ? 'E-I index by group' : `${most.group} is the most inward-looking group`,
          subtitle: 'Dot: observed E-I; grey tick: what random relabelling gives; orange = more inward than chance',
        }),
        alt: 'Dot chart of each group’s E-I index against chance.',
      },
      {
        spec: charts.groupMixing(
          { groups: heatLabels, matrix },
          { title: 'Each group’s ties, by the group at the other end', subtitle: 'Rows sum to 100 %; the diagonal is the share kept inside' },
        ),
        alt: 'Heatmap of ties between groups, each row scaled to 100 %.',
      },
      {
        spec: charts.communitiesVsGroups(cross, {
          title: `The ties form ${count(found.count, 'community', 'communities')}; how each group splits across them`,
          subtitle: 'One bar per group; a one-colour bar is a group that is also a community of the informal network',
        }),
        alt: 'Stacked bars of each group’s people by the community found in the ties.',
      },
    ],
    howToRead:
      'The E-I index is (ties across − ties inside) / all ties of a group: −1 all inside, +1 all across. Large groups have more colleagues inside, so the grey tick shows what randomly relabelled groups of the same sizes give: a dot left of its tick keeps more ties inside than chance. This describes where contact flows, not why: an inward group may simply have inward work.',
    tables: [
      {
        caption: 'E-I by group, with the permutation test',
        table: {
          columns: ['group', 'people', 'ties inside', 'ties across', 'share inside', 'share inside by chance', 'E-I', 'E-I by chance', 'E-I rescaled', 'p (more inward than chance)'],
          rows: shownRows.map((r) => [r.group, r.size, r.internal, r.external, r.share, r.expected, r.ei, r.eiExpected, r.eiRescaled, r.p]),
          note: suppressionNote(view, ctx),
        },
      },
      {
        caption: 'Tie ends between groups (rows: the group; columns: the group at the other end)',
        table: { columns: ['group', ...heatLabels], rows: matrix.map((row, i) => [heatLabels[i]!, ...row]) },
      },
      {
        caption: 'People by group and community found in the ties',
        table: { columns: ['group', 'community', 'people'], rows: cross.map((r) => [r.group, r.community, r.people]) },
      },
    ],
  };
  return { section, ei: eiOf, mixing: matrix };
}

/** @internal The brokers section. */
export function brokersSection(ctx: ReportContext, view: GroupView): { section: ReportSection; brokers: { node: string; group: number; total: number }[] } {
  ctx.progress('Brokers');
  const groupsRecord: Record<string, string> = {};
  ctx.index.keys.forEach((key, v) => (groupsRecord[key] = view.labels[view.groupOf[v]!]!));
  const roles = brokerageRoles(ctx.index, { groups: groupsRecord, nullModel: 'none' });
  const c = constraint(ctx.index);
  const es = effectiveSize(ctx.index);
  const people = ctx.index.keys.map((node, v) => {
    const r = roles.nodes[node]!;
    const row = {
      node,
      group: view.groupOf[v]!,
      coordinator: r.coordinator.raw,
      itinerant: r.itinerant.raw,
      representative: r.representative.raw,
      gatekeeper: r.gatekeeper.raw,
      liaison: r.liaison.raw,
      total: r.coordinator.raw + r.itinerant.raw + r.representative.raw + r.gatekeeper.raw + r.liaison.raw,
      constraint: c[node]!,
      effectiveSize: es[node]!,
    };
    return row;
  });
  const across = (p: (typeof people)[number]) => p.total - p.coordinator;
  const ranked = [...people].sort((a, b) => across(b) - across(a) || b.total - a.total || (a.node < b.node ? -1 : 1));
  const top = ranked.slice(0, TOP);
  const med = quartiles(people.map(across)).median;
  const medC = quartiles(people.map((p) => p.constraint)).median;
  const first = top[0];
  const visible = (p: (typeof people)[number]) => view.sizes[p.group]! >= ctx.minGroupSize;
  const answer: string[] = [];
  if (first !== undefined && across(first) > 0) {
    answer.push(
      ctx.aggregateOnly
        ? `The leading broker links ${num(across(first))} pairs of people across groups, against ${num(med)} for the median person; ${count(people.filter((p) => across(p) > 0).length, 'person', 'people')} broker between groups at all.`
        : `${ctx.label(first.node)} links ${num(across(first))} pairs of people across groups (as liaison, gatekeeper, representative or itinerant broker), against ${num(med)} for the median person.`,
    );
  } else {
    answer.push('Nobody brokers between groups: no one sits between two people of different groups who are not tied to each other.');
  }
  const lowC = people.filter((p) => Number.isFinite(p.constraint) && p.constraint < medC / 2).length;
  answer.push(`Constraint (Burt) is ${num(medC, 3)} at the median; ${count(lowC, 'person', 'people')} have less than half of it, so their contacts are not tied to each other and they see more of the network.`);
  const brokerRows = ctx.aggregateOnly
    ? aggregateRoles(people, view, ctx)
    : top.map((p) => ({ label: ctx.label(p.node), coordinator: p.coordinator, itinerant: p.itinerant, representative: p.representative, gatekeeper: p.gatekeeper, liaison: p.liaison }));
  const highlighted = new Set(top.slice(0, 5).map((p) => p.node));
  const scatter = people.map((p) => ({
    label: ctx.aggregateOnly ? '' : ctx.label(p.node),
    constraint: p.constraint,
    effectiveSize: p.effectiveSize,
    highlight: !ctx.aggregateOnly && highlighted.has(p.node),
  }));
  const section: ReportSection = {
    id: 'brokers',
    question: 'Who connects the groups?',
    answer,
    figures: [
      {
        spec: charts.brokerRoles(brokerRows, {
          title: ctx.aggregateOnly ? 'Brokerage by group (aggregate-only: no names)' : first === undefined ? 'Brokers' : `${ctx.label(first.node)} brokers the most pairs across groups`,
          subtitle: 'Pairs of unconnected people a person sits between, by Gould–Fernandez role',
          valueTitle: 'Pairs of people brokered',
        }),
        alt: 'Stacked bars of the top brokers by brokerage role.',
      },
      {
        spec: charts.constraintVsEffectiveSize(scatter, {
          maxPoints: ctx.aggregateOnly ? 0 : 1500,
          title: 'Brokers combine many non-redundant contacts with low constraint',
          subtitle: 'One dot per person (or a heatmap of counts for large networks); dashed lines: medians; diamonds: top brokers',
        }),
        alt: 'Scatter of constraint against effective size.',
      },
    ],
    howToRead:
      'A broker sits between people who are not tied to each other: a liaison between two other groups, a gatekeeper into their own group, a representative out of it, an itinerant within another group, a coordinator within their own. Low constraint means a person’s contacts are not tied to each other. A broker is a position in the network, not a performance rating.',
    tables: [
      {
        caption: ctx.aggregateOnly ? 'Brokerage by group' : `Top ${top.length} brokers`,
        table: ctx.aggregateOnly
          ? {
              columns: ['group', 'coordinator', 'itinerant', 'representative', 'gatekeeper', 'liaison'],
              rows: brokerRows.map((r) => [r.label, r.coordinator, r.itinerant, r.representative, r.gatekeeper, r.liaison]),
            }
          : {
              columns: ['person', 'group', 'liaison', 'gatekeeper', 'representative', 'itinerant', 'coordinator', 'constraint', 'effective size'],
              rows: top.map((p) => [ctx.label(p.node), visible(p) ? view.labels[p.group]! : '(suppressed)', p.liaison, p.gatekeeper, p.representative, p.itinerant, p.coordinator, p.constraint, p.effectiveSize]),
            },
      },
    ],
  };
  return { section, brokers: top.filter((p) => across(p) > 0).map((p) => ({ node: p.node, group: p.group, total: across(p) })) };
}

function aggregateRoles(
  people: readonly { group: number; coordinator: number; itinerant: number; representative: number; gatekeeper: number; liaison: number }[],
  view: GroupView,
  ctx: ReportContext,
): { label: string; coordinator: number; itinerant: number; representative: number; gatekeeper: number; liaison: number }[] {
  const rows = new Map<number, { label: string; coordinator: number; itinerant: number; representative: number; gatekeeper: number; liaison: number }>();
  for (const p of people) {
    if (view.sizes[p.group]! < ctx.minGroupSize) continue;
    const r = rows.get(p.group) ?? { label: view.labels[p.group]!, coordinator: 0, itinerant: 0, representative: 0, gatekeeper: 0, liaison: 0 };
    r.coordinator += p.coordinator;
    r.itinerant += p.itinerant;
    r.representative += p.representative;
    r.gatekeeper += p.gatekeeper;
    r.liaison += p.liaison;
    rows.set(p.group, r);
  }
  return [...rows.values()];
}

/** @internal The weak- and strong-tie section (Onnela's test of Granovetter). */
export function weakTiesSection(ctx: ReportContext): ReportSection {
  ctx.progress('Weak and strong ties');
  const corr = overlapStrengthCorrelation(ctx.index);
  const steps = 20;
  const weak = percolationCurve(ctx.index, { order: 'weakFirst', steps, seed: ctx.seed });
  const strong = percolationCurve(ctx.index, { order: 'strongFirst', steps, seed: ctx.seed });
  const randoms = [0, 1, 2, 3, 4].map((i) => percolationCurve(ctx.index, { order: 'random', steps, seed: ctx.seed + i }));
  const rows = [
    ...weak.map((p) => ({ order: 'weakFirst', removedFraction: p.removedFraction, giantComponentFraction: p.giantComponentFraction })),
    ...strong.map((p) => ({ order: 'strongFirst', removedFraction: p.removedFraction, giantComponentFraction: p.giantComponentFraction })),
    ...randoms[0]!.map((p, i) => {
      const vals = randoms.map((r) => r[i]!.giantComponentFraction);
      return { order: 'random', removedFraction: p.removedFraction, giantComponentFraction: vals.reduce((a, b) => a + b, 0) / vals.length, low: Math.min(...vals), high: Math.max(...vals) };
    }),
  ];
  const area = (curve: readonly { giantComponentFraction: number }[]) => curve.reduce((s, p) => s + p.giantComponentFraction, 0) / curve.length;
  const half = (curve: readonly { removedFraction: number; giantComponentFraction: number }[]) =>
    curve.reduce((best, p) => (Math.abs(p.removedFraction - 0.5) < Math.abs(best.removedFraction - 0.5) ? p : best), curve[0]!);
  const aw = area(weak);
  const as = area(strong);
  const hw = half(weak);
  const hs = half(strong);
  const randomHalf = rows.filter((r) => r.order === 'random').reduce((best, p) => (Math.abs(p.removedFraction - 0.5) < Math.abs(best.removedFraction - 0.5) ? p : best));
  const verdict =
    aw < as - 0.01
      ? 'Weak ties hold this network together: removing them first breaks it apart sooner than removing the strong ones (Granovetter’s and Onnela’s finding).'
      : as < aw - 0.01
        ? 'Here strong ties hold the network together: removing them first breaks it apart sooner than removing the weak ones, the opposite of Granovetter’s finding.'
        : 'Neither kind of tie holds this network together more than the other: both removal orders break it apart at the same pace.';
  const answer = [
    verdict,
    `With half of the ties gone, ${pct(hw.giantComponentFraction)} of people are still connected when the weakest go first, ${pct(hs.giantComponentFraction)} when the strongest go first (random order: ${pct(randomHalf.giantComponentFraction)}).`,
    Number.isFinite(corr.rho)
      ? `Stronger ties share ${corr.rho > 0 ? 'more' : 'fewer'} contacts: Spearman’s ρ between strength and overlap is ${num(corr.rho, 3)} over ${num(corr.ties)} ties (${corr.rho > 0.1 ? 'strong ties sit inside tight circles, weak ties between them' : corr.rho < -0.1 ? 'weak ties sit inside circles, unlike Onnela’s phone network' : 'little relation'}).`
      : 'The overlap–strength correlation is undefined here (too few ties with shared contacts, or equal strengths).',
  ];
  return {
    id: 'weak-strong',
    question: 'Do weak ties hold the network together?',
    answer,
    figures: [
      {
        spec: charts.percolation(rows, {
          title: aw < as - 0.01 ? 'Removing weak ties first breaks the network sooner' : as < aw - 0.01 ? 'Removing strong ties first breaks the network sooner' : 'Both removal orders break the network at the same pace',
          subtitle: 'Share of people in the largest connected piece as ties are removed; grey band: 5 random orders',
        }),
        alt: 'Percolation curves for weakest-first, strongest-first and random removal.',
      },
      {
        spec: charts.overlapByStrength(corr.deciles, {
          title: `Overlap against tie strength: Spearman ρ = ${num(corr.rho, 2)}`,
          subtitle: 'Mean share of contacts the two people share, by strength decile; dashed: all ties',
        }),
        alt: 'Line of mean neighbourhood overlap by tie-strength decile.',
      },
    ],
    howToRead:
      'Onnela et al. (2007) removed ties one by one: when the weakest go first the network falls apart sooner, because weak ties bridge tight circles (Granovetter 1973). A rising overlap line says the same: strong ties sit inside circles. This is about structure; it does not say which ties matter more for a given task.',
    tables: [
      {
        caption: 'Percolation curves',
        table: { columns: ['order', 'share of ties removed', 'share still connected', 'random: lowest', 'random: highest'], rows: rows.map((r) => [r.order, r.removedFraction, r.giantComponentFraction, 'low' in r ? (r.low as number) : null, 'high' in r ? (r.high as number) : null]) },
      },
      {
        caption: 'Overlap by strength decile',
        table: { columns: ['decile', 'ties', 'min strength', 'max strength', 'mean strength', 'mean overlap'], rows: corr.deciles.map((d) => [d.decile, d.ties, d.minStrength, d.maxStrength, d.meanStrength, d.meanOverlap]) },
      },
    ],
  };
}

/** @internal The reach section. */
export function reachSection(ctx: ReportContext): ReportSection {
  ctx.progress('Reach');
  const strongTies = strongRule(ctx);
  const opts = { k: 2, normalized: false, strongTies } as const;
  const weak = kStepReach(ctx.index, { ...opts, via: 'weak' });
  const strong = kStepReach(ctx.index, { ...opts, via: 'strong' });
  const any = kStepReach(ctx.index, { ...opts, via: 'any' });
  const qw = quartiles(Object.values(weak));
  const qs = quartiles(Object.values(strong));
  const qa = quartiles(Object.values(any));
  const lens = qw.median > qs.median * 1.1 ? 'weak' : qs.median > qw.median * 1.1 ? 'strong' : 'neither';
  const answer = [
    `Within two steps, the median person reaches ${num(qw.median)} people over weak ties alone and ${num(qs.median)} over strong ties alone (${num(qa.median)} over all ties, of ${num(ctx.index.order - 1)}).`,
    lens === 'weak'
      ? 'This network favours the weak-tie lens for reach: news and novelty travel further over weak ties.'
      : lens === 'strong'
        ? 'This network favours the strong-tie lens even for reach: strong ties alone reach further than weak ties alone.'
        : 'Weak and strong ties reach about as far here; neither lens wins on reach.',
  ];
  const rows = [
    { via: 'weak ties only', ...qw },
    { via: 'strong ties only', ...qs },
    { via: 'all ties', ...qa },
  ];
  return {
    id: 'reach',
    question: 'Who reaches whom: over weak or strong ties?',
    answer,
    figures: [
      {
        spec: charts.reachByTieType(rows, {
          title: lens === 'weak' ? 'Weak ties reach further within two steps' : lens === 'strong' ? 'Strong ties reach further within two steps' : 'Weak and strong ties reach about as far',
          subtitle: 'People reached within two steps; box: middle half of people, black tick: median, line: range',
          valueTitle: 'People reached within two steps',
        }),
        alt: 'Boxes of people reached within two steps over weak, strong and all ties.',
      },
    ],
    howToRead:
      'For each person, count the people they can reach in one or two steps using only weak ties, only strong ties, or any tie. Weak ties usually reach further (novelty, news); strong ties carry trust and influence (conversion). Reach is opportunity, not proof that information travelled.',
    tables: [{ caption: 'People reached within two steps (quartiles over people)', table: { columns: ['ties used', 'min', 'q1', 'median', 'q3', 'max'], rows: rows.map((r) => [r.via, r.min, r.q1, r.median, r.q3, r.max]) } }],
  };
}

/** @internal The key-person risk section. */
export function keyPersonSection(ctx: ReportContext, view: GroupView): ReportSection {
  ctx.progress('Key-person risk');
  const ties = undirectedTies(ctx.index);
  const splits = removalSplits(ties);
  const n = ctx.index.order;
  const lost = (v: number) => splits.connectedPairs - splits.connectedPairsAfter[v]! - 2 * (n > 0 ? componentSizeOf(v) - 1 : 0);
  // Pairs lost counts the person's own pairs too; rank by the pairs the others lose.
  const compSize = componentSizes(ties, n);
  function componentSizeOf(v: number): number {
    return compSize[v]!;
  }
  const points: number[] = [];
  for (let v = 0; v < n; v++) if (splits.articulation[v]) points.push(v);
  points.sort((a, b) => lost(b) - lost(a) || a - b);
  const candidates = points.slice(0, TOP).map((v) => ctx.index.keys[v]!);
  const kinds = ctx.kinds === null ? null : Object.fromEntries(ctx.kinds);
  const accounts = ctx.accounts === null ? null : Object.fromEntries(ctx.accounts);
  const risk =
    candidates.length === 0
      ? null
      : keyPersonRisk(ctx.index, {
          nodes: candidates,
          strongTies: strongRule(ctx),
          ...(kinds !== null && accounts !== null ? { kinds, accounts } : { kinds: Object.fromEntries(ctx.index.keys.map((k) => [k, 'employee'])), accounts: {} }),
        });
  const rows = candidates.map((node) => {
    const v = ctx.index.id(node);
    const r = risk!.people[node]!;
    return { node, group: view.groupOf[v]!, cutOff: Math.round(lost(v) / 2), ...r };
  });
  const worst = rows[0];
  const answer: string[] = [];
  if (worst === undefined) {
    answer.push('Nobody is a single point of failure: no one’s departure would cut anyone off from the rest of their connected piece.');
  } else {
    const people = ctx.aggregateOnly ? 'One person' : ctx.label(worst.node);
    answer.push(
      `${count(points.length, 'person is a', 'people are')} single point${points.length === 1 ? '' : 's'} of failure (${pct(points.length / Math.max(1, n), 1)} of people): their departure would cut others off.`,
      `${people}’s departure would split their piece into ${num(worst.pieces)} and disconnect ${num(worst.cutOff)} pairs of colleagues (fragmentation rises by ${num(worst.fragmentationRisk, 4)}, against a median of 0 for everyone else)${worst.accountsLeftWithoutStrongTie.length > 0 ? `, and leave ${count(worst.accountsLeftWithoutStrongTie.length, 'customer account')} without any strong tie` : ''}.`,
    );
  }
  const chartRows = ctx.aggregateOnly ? aggregateCounts(rows.map((r) => r.group), view, ctx) : rows.map((r) => ({ label: ctx.label(r.node), value: r.cutOff }));
  return {
    id: 'key-person',
    question: 'Whose departure would cut people off?',
    answer,
    figures: [
      {
        spec: charts.rankedBars(chartRows, {
          title: ctx.aggregateOnly ? 'Single points of failure by group' : worst === undefined ? 'No single point of failure' : `${ctx.label(worst.node)}’s departure would disconnect the most pairs`,
          subtitle: ctx.aggregateOnly ? 'Among the top single points of failure' : 'Pairs of colleagues who could no longer reach each other without the person',
          valueTitle: ctx.aggregateOnly ? 'People' : 'Pairs disconnected',
        }),
        alt: 'Ranked bars of the people whose departure disconnects the most pairs.',
      },
    ],
    howToRead:
      'A single point of failure (articulation point) is someone whose departure splits their part of the network into pieces; the bar counts the pairs of remaining colleagues who could then no longer reach each other. It measures exposure, not blame: the fix is more ties around that person, not fewer.',
    tables: [
      {
        caption: ctx.aggregateOnly ? 'Single points of failure by group' : 'Top single points of failure',
        table: ctx.aggregateOnly
          ? { columns: ['group', 'people'], rows: chartRows.map((r) => [r.label, r.value]) }
          : {
              columns: ['person', 'group', 'pieces', 'pairs disconnected', 'fragmentation risk', 'exclusive brokerage', 'ego betweenness', 'accounts left without a strong tie'],
              rows: rows.map((r) => [
                ctx.label(r.node),
                view.sizes[r.group]! >= ctx.minGroupSize ? view.labels[r.group]! : '(suppressed)',
                r.pieces,
                r.cutOff,
                r.fragmentationRisk,
                r.exclusiveBrokerage,
                r.egoBetweenness,
                r.accountsLeftWithoutStrongTie.join(' '),
              ]),
            },
      },
    ],
  };
}

function componentSizes(ties: { order: number; offsets: Uint32Array; neighbors: Uint32Array }, n: number): Uint32Array {
  const comp = new Int32Array(n).fill(-1);
  const sizes: number[] = [];
  const stack = new Uint32Array(n);
  for (let s = 0; s < n; s++) {
    if (comp[s]! >= 0) continue;
    const c = sizes.length;
    let top = 0;
    let size = 0;
    stack[top++] = s;
    comp[s] = c;
    while (top > 0) {
      const v = stack[--top]!;
      size++;
      for (let p = ties.offsets[v]!; p < ties.offsets[v + 1]!; p++) {
        const w = ties.neighbors[p]!;
        if (comp[w]! < 0) (comp[w] = c), (stack[top++] = w);
      }
    }
    sizes.push(size);
  }
  return Uint32Array.from(comp, (c) => sizes[c]!);
}

function aggregateCounts(groups: readonly number[], view: GroupView, ctx: ReportContext): { label: string; value: number }[] {
  const counts = new Map<string, number>();
  for (const g of groups) {
    const label = view.sizes[g]! >= ctx.minGroupSize ? view.labels[g]! : '(suppressed groups)';
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts.entries()].map(([label, value]) => ({ label, value }));
}

/** @internal The customers section (only when the data marks customers with accounts). */
export async function customersSection(ctx: ReportContext): Promise<ReportSection | null> {
  if (ctx.kinds === null || ctx.accounts === null) return null;
  let customers = 0;
  for (const k of ctx.kinds.values()) if (k === 'customer') customers++;
  if (customers === 0) return null;
  ctx.progress('Customers');
  const kinds = Object.fromEntries(ctx.kinds);
  const accounts = Object.fromEntries(ctx.accounts);
  const coverage = customerCoverage(ctx.index, { kinds, accounts, strongTies: strongRule(ctx) });
  const single = coverage.accounts.filter((a) => a.singleThreaded);
  const none = coverage.accounts.filter((a) => a.strongThreads === 0);
  // Referral value: employees with a customer tie (at most 200, most customer ties first).
  const customerTies = new Map<string, number>();
  ctx.index.keys.forEach((key, v) => {
    if (ctx.kinds!.get(key) !== 'employee') return;
    let c = 0;
    for (let p = ctx.index.offsets[v]!; p < ctx.index.offsets[v + 1]!; p++) if (ctx.kinds!.get(ctx.index.keys[ctx.index.neighbors[p]!]!) === 'customer') c++;
    if (c > 0) customerTies.set(key, c);
  });
  const nodes = [...customerTies.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 200).map(([k]) => k);
  const values: Record<string, number> = {};
  for (const key of ctx.index.keys) values[key] = ctx.values?.get(key) ?? (ctx.kinds.get(key) === 'customer' ? 1 : 0);
  const groupsRecord = Object.fromEntries(ctx.index.keys.map((k) => [k, ctx.groups.get(k) ?? NO_GROUP]));
  const referral = nodes.length === 0 ? {} : await referralValue(ctx.index, { nodes, values, probability: REFERRAL_PROBABILITY, runs: ctx.runs, seed: ctx.seed, strongTies: strongRule(ctx), groups: groupsRecord, threads: 1 });
  const people = Object.entries(referral).map(([node, r]) => ({ node, value: r.value, se: r.standardError, conversion: r.conversion.value, novelty: r.novelty.value, conversionShare: r.conversion.share, noveltyShare: r.novelty.share }));
  const topC = [...people].sort((a, b) => b.conversion - a.conversion || (a.node < b.node ? -1 : 1)).slice(0, 3);
  const topN = [...people].sort((a, b) => b.novelty - a.novelty || (a.node < b.node ? -1 : 1)).slice(0, 3);
  const sumC = people.reduce((s, p) => s + p.conversion, 0);
  const sumN = people.reduce((s, p) => s + p.novelty, 0);
  const highlight = new Set([...topC.slice(0, 2), ...topN.slice(0, 2)].map((p) => p.node));
  const answer = [
    `${count(single.length, 'account')} of ${num(coverage.accounts.length)} ${single.length === 1 ? 'hangs' : 'hang'} on a single strong relationship, and ${count(none.length, 'account')} ${none.length === 1 ? 'has' : 'have'} none; the median account has ${num(quartiles(coverage.accounts.map((a) => a.strongThreads)).median)} strong threads.`,
    people.length === 0
      ? 'No employee is tied to a customer, so referral value is not computed.'
      : `In ${num(ctx.runs)} simulated word-of-mouth runs per employee (a tie passes a referral on with probability 1 % for the weakest tie up to 30 % for the strongest), the value referred over strong ties (conversion lens) totals ${num(sumC, 1)}, the value reaching new circles (novelty lens) ${num(sumN, 1)}: this network ${sumC > sumN * 1.1 ? 'favours the conversion lens' : sumN > sumC * 1.1 ? 'favours the novelty lens' : 'weighs both lenses about equally'}.`,
  ];
  return {
    id: 'customers',
    question: 'Which relationships bring referrals, and which accounts hang on one person?',
    answer,
    figures: [
      {
        spec: charts.accountThreads(coverage.accounts, {
          title: `${count(single.length, 'account')} ${single.length === 1 ? 'hangs' : 'hang'} on one strong relationship`,
          subtitle: 'Accounts by the number of employees strongly tied to their customers',
        }),
        alt: 'Bars of accounts by number of strong threads.',
      },
      {
        spec: ctx.aggregateOnly
          ? charts.histogram(
              people.map((p) => p.value),
              { title: 'Referral value per employee', subtitle: 'Aggregate-only: no names', valueTitle: 'Expected referred value' },
            )
          : charts.referralLenses(
              people.map((p) => ({ label: ctx.label(p.node), conversion: p.conversion, novelty: p.novelty, highlight: highlight.has(p.node) })),
              { title: 'Referral value in both lenses', subtitle: 'One dot per employee tied to customers; the leaders of each lens are labelled' },
            ),
        alt: 'Scatter of referral value in the conversion lens against the novelty lens.',
      },
    ],
    howToRead:
      'An account is single-threaded when only one employee has a strong tie to its customers: if that person leaves, the relationship goes with them. Referral value simulates word of mouth from each employee; the conversion lens counts value passed over strong ties (trust), the novelty lens value reaching people outside the employee’s circle. Simulated expectations, not forecasts of sales.',
    tables: [
      {
        caption: 'Accounts',
        table: {
          columns: ['account', 'customers', 'threads', 'strong threads', 'single-threaded'],
          rows: coverage.accounts.map((a) => [ctx.aggregateOnly ? '' : a.account, a.customers.length, a.threads, a.strongThreads, String(a.singleThreaded)]),
        },
      },
      ...(ctx.aggregateOnly
        ? []
        : [
            {
              caption: `Referral value (${num(ctx.runs)} runs, seed ${ctx.seed})`,
              table: {
                columns: ['person', 'value', 'standard error', 'conversion lens', 'novelty lens', 'conversion share', 'novelty share'],
                rows: [...people].sort((a, b) => b.value - a.value).slice(0, 50).map((p) => [ctx.label(p.node), p.value, p.se, p.conversion, p.novelty, p.conversionShare, p.noveltyShare]),
                note: people.length > 50 ? `The first 50 of ${people.length} employees.` : undefined,
              },
            },
          ]),
    ],
  };
}

/** @internal The engagement section (only when scores are given). */
export function engagementSection(ctx: ReportContext, view: GroupView): ReportSection | null {
  if (ctx.engagement === null || ctx.engagement.size === 0 || ctx.engagementThreshold === undefined) return null;
  ctx.progress('Engagement');
  const scores = Object.fromEntries(ctx.engagement);
  const exposure = engagementExposure(ctx.index, {
    engagement: scores,
    negativityWeight: ctx.negativityWeight,
    ...(ctx.engagementThreshold === undefined ? {} : { engagementThreshold: ctx.engagementThreshold }),
  });
  const rows = Object.entries(exposure).filter(([, e]) => e.contacts - e.unscored > 0);
  const shares = rows.map(([, e]) => e.disengagedShare);
  const q = quartiles(shares);
  const heavy = rows.filter(([, e]) => e.disengagedShare >= 0.5).length;
  const byGroup = new Map<number, { sum: number; n: number }>();
  for (const [node, e] of rows) {
    const g = view.groupOf[ctx.index.id(node)]!;
    if (view.sizes[g]! < ctx.minGroupSize || !Number.isFinite(e.exposure)) continue;
    const s = byGroup.get(g) ?? { sum: 0, n: 0 };
    s.sum += e.exposure;
    s.n++;
    byGroup.set(g, s);
  }
  const groupRows = [...byGroup.entries()].map(([g, s]) => ({ label: view.labels[g]!, value: s.sum / s.n }));
  const overall = quartiles(rows.map(([, e]) => e.exposure)).median;
  const worstGroup = [...groupRows].sort((a, b) => b.value - a.value)[0];
  const answer = [
    `${count(heavy, 'person', 'people')} (${pct(heavy / Math.max(1, rows.length))}) have at least half of their scored contacts disengaged; the median person has ${pct(q.median)}.`,
    `Exposure weighs a disengaged contact ${num(ctx.negativityWeight)} times as much as an engaged one (negativity weight ${num(ctx.negativityWeight)}); ${worstGroup === undefined ? '' : `${worstGroup.label} has the highest mean exposure, ${num(worstGroup.value, 3)} against a median of ${num(overall, 3)} for everyone.`}`,
  ];
  return {
    id: 'engagement',
    question: 'Who works amid disengaged colleagues?',
    answer,
    figures: [
      {
        spec: charts.histogram(shares, {
          title: `${count(heavy, 'person', 'people')} have mostly disengaged contacts`,
          subtitle: 'People by the share of their scored contacts who are disengaged; dashed: median',
          valueTitle: 'Share of contacts disengaged',
          reference: q.median,
        }),
        alt: 'Histogram of the share of disengaged contacts per person.',
      },
    ],
    howToRead:
      'Each person’s exposure sums the engagement of their contacts, weighted by tie strength, with disengagement counting more (negativity weight). High exposure is a risk signal for the person’s own engagement (association, not cause), and never a judgement of the disengaged colleagues.',
    tables: [{ caption: 'Mean exposure by group', table: { columns: ['group', 'mean exposure'], rows: groupRows.map((r) => [r.label, r.value]) } }],
  };
}

/** @internal The network picture: the group graph, laid out. */
export async function pictureSection(ctx: ReportContext, view: GroupView, ei: Float64Array, brokers: readonly { node: string; group: number; total: number }[]): Promise<ReportSection> {
  ctx.progress('Network picture');
  const ties = undirectedTies(ctx.index);
  const shown = view.shown.slice(0, MAX_PICTURE_GROUPS);
  const slot = new Int32Array(view.labels.length).fill(-1);
  shown.forEach((g, i) => (slot[g] = i));
  const links = new Map<number, number>();
  const k = shown.length;
  for (let e = 0; e < ties.size; e++) {
    const a = slot[view.groupOf[ties.tieSources[e]!]!]!;
    const b = slot[view.groupOf[ties.tieTargets[e]!]!]!;
    if (a < 0 || b < 0 || a === b) continue;
    const key = a < b ? a * k + b : b * k + a;
    links.set(key, (links.get(key) ?? 0) + 1);
  }
  const linkList = [...links.entries()].sort((x, y) => x[0] - y[0]).map(([key, t]) => ({ a: Math.floor(key / k), b: key % k, ties: t }));
  const pos = await layoutGroups(shown.map((g) => view.sizes[g]!), linkList);
  const nodes = shown.map((g, i) => ({ group: view.labels[g]!, x: pos.x[i]!, y: pos.y[i]!, people: view.sizes[g]!, ei: ei[g]! }));
  // Brokers on the edge between their group and the shown group they reach most.
  const placed: { label: string; x: number; y: number }[] = [];
  if (!ctx.aggregateOnly) {
    brokers.slice(0, 5).forEach((b, rank) => {
      const own = slot[b.group]!;
      if (own < 0) return;
      const v = ctx.index.id(b.node);
      const other = new Map<number, number>();
      for (let p = ties.offsets[v]!; p < ties.offsets[v + 1]!; p++) {
        const s = slot[view.groupOf[ties.neighbors[p]!]!]!;
        if (s >= 0 && s !== own) other.set(s, (other.get(s) ?? 0) + 1);
      }
      const target = [...other.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0];
      if (target === undefined) return;
      const t = 0.3 + 0.08 * rank;
      placed.push({ label: ctx.label(b.node), x: pos.x[own]! + (pos.x[target[0]]! - pos.x[own]!) * t, y: pos.y[own]! + (pos.y[target[0]]! - pos.y[own]!) * t });
    });
  }
  const strongest = linkList.slice().sort((x, y) => y.ties - x.ties)[0];
  const answer = [
    `${count(k, 'group')} ${k === 1 ? 'is' : 'are'} drawn, one circle each, joined by ${count(linkList.length, 'line')}${strongest === undefined ? '' : `; the busiest boundary runs between ${view.labels[shown[strongest.a]!]} and ${view.labels[shown[strongest.b]!]} (${num(strongest.ties)} ties)`}.`,
    `${view.shown.length > k ? `The ${num(view.shown.length - k)} smallest groups are left out of the picture (they are in the tables). ` : ''}${suppressionNote(view, ctx)}`,
  ];
  return {
    id: 'picture',
    question: 'How are the groups tied together?',
    answer,
    figures: [
      {
        spec: charts.groupNetwork(
          { nodes, links: linkList.map((l) => ({ source: view.labels[shown[l.a]!]!, target: view.labels[shown[l.b]!]!, ties: l.ties })), brokers: placed },
          {
            title: strongest === undefined ? 'The groups are not tied to each other' : `The busiest boundary: ${view.labels[shown[strongest.a]!]} – ${view.labels[shown[strongest.b]!]}`,
            subtitle: 'One circle per group (area = people, colour = E-I); line width = ties between groups; diamonds: top brokers',
          },
        ),
        alt: 'Network of groups laid out by ForceAtlas2, with brokers on the group edges.',
      },
    ],
    howToRead:
      'Groups that share many ties are pulled together (ForceAtlas2 layout, fixed iterations, so the same data gives the same picture); distance on the page has no unit. Blue circles look outward (positive E-I), orange circles keep their ties inside. The picture never shows individuals, whatever the network size.',
    tables: [
      {
        caption: 'Ties between groups',
        table: { columns: ['group', 'group', 'ties'], rows: linkList.map((l) => [view.labels[shown[l.a]!]!, view.labels[shown[l.b]!]!, l.ties]) },
      },
    ],
  };
}
