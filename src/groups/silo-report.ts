/**
 * siloReport: one call that measures the silos (formal groups such as departments) and names the
 * people who bridge them.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { InvalidOptionError } from '../errors.js';
import { toIndex, type BuildIndexOptions } from '../core/build-index.js';
import { assertGraph } from '../guards.js';
import { assertInteger, assertString, resolveOptions, setOwn, type EdgeValueGetter } from '../options.js';
import { brokerageRoles } from '../brokerage/brokerage-roles.js';
import { constraint } from '../brokerage/constraint.js';
import { communities } from './communities.js';
import { eiIndex } from './ei-index.js';
import { groupMixingMatrix } from './group-mixing-matrix.js';
import { labelsFromAttribute } from './group-labels.js';
import { modularity } from './modularity.js';

const NAME = 'tiestrength/groups/siloReport';

/** Options of {@link siloReport}. */
export interface SiloReportOptions<EdgeAttributes extends Attributes = Attributes> {
  /** The node attribute holding each person's formal group (department, team, office). Required. */
  groupAttribute?: string;
  /**
   * Groups with fewer people are suppressed from every group-level output (people data: small
   * groups re-identify people). [`5`]
   */
  minGroupSize?: number;
  /** How many boundary spanners to list per role. [`5`] */
  top?: number;
  /** How to read tie strength (for modularity, Louvain and constraint). [`'weight'`] */
  getEdgeStrength?: EdgeValueGetter<EdgeAttributes>;
  /** Louvain resolution γ. [`1`] */
  resolution?: number;
  /** Seed of Louvain's visiting order. [`42`] */
  seed?: number;
}

/** Defaults of {@link siloReport}. */
export const SILO_REPORT_DEFAULTS = Object.freeze({
  groupAttribute: undefined as string | undefined,
  minGroupSize: 5,
  top: 5,
  getEdgeStrength: undefined as EdgeValueGetter | undefined,
  resolution: 1,
  seed: 42,
});

/** One group of a {@link SiloReport}. */
export interface SiloGroup {
  /** The group label. */
  group: string;
  /** People in the group. */
  size: number;
  /** E-I index of the group's ties: −1 all inside, +1 all across. */
  ei: number;
  /** Ties with one end in the group. */
  external: number;
  /** Ties with both ends in the group. */
  internal: number;
}

/** One boundary spanner of a {@link SiloReport}. */
export interface BoundarySpanner {
  /** The person (node key). */
  node: string;
  /** The person's group, or `null` when that group is suppressed (below `minGroupSize`). */
  group: string | null;
  /** The score: a Gould–Fernandez raw count, or Burt's constraint. */
  score: number;
  /** The Gould–Fernandez z-score against sna's analytic null model (`NaN` for constraint). */
  z: number;
}

/** The result of {@link siloReport}. */
export interface SiloReport {
  /** The attribute read. */
  groupAttribute: string;
  /** The suppression threshold applied. */
  minGroupSize: number;
  /** People in the network. */
  people: number;
  /** The whole network's E-I index (all ties; a network-level figure, never suppressed). */
  network: { ei: number; external: number; internal: number };
  /** Groups of at least `minGroupSize` people, largest first. */
  groups: SiloGroup[];
  /** What was suppressed: the number of small groups and their people (never their names). */
  suppressed: { groups: number; people: number };
  /** Tie density within and between the reported groups (rows and columns in `groups` order). */
  density: { groups: string[]; matrix: number[][] };
  /** Modularity of the formal groups and of Louvain's communities on the same ties. */
  modularity: { formal: number; louvain: number; communities: number };
  /** The top people per brokerage role, and the least constrained people (Burt). */
  spanners: {
    liaison: BoundarySpanner[];
    gatekeeper: BoundarySpanner[];
    representative: BoundarySpanner[];
    lowestConstraint: BoundarySpanner[];
  };
  /** Plain-language notes: suppression, and how to read the figures. */
  notes: string[];
}

/**
 * A one-call silo report for people analytics: the E-I index of each formal group, the
 * group × group tie density, the modularity of the formal groups against Louvain's communities,
 * and the boundary spanners (top Gould–Fernandez liaisons, gatekeepers and representatives, and
 * the lowest Burt constraint), with small groups suppressed from every group-level output.
 *
 * Formulas: E-I = (E − I) / (E + I) (Krackhardt & Stern 1988); density = ties / possible pairs;
 * Q as in {@link modularity}; brokerage roles as in {@link brokerageRoles}; constraint as in
 * {@link constraint}.
 *
 * @remarks
 * - Privacy: a group with fewer than `minGroupSize` people (default 5, as vivainsights' `mingroup`)
 *   is left out of `groups` and `density`, its name is not reported, and spanners from it are
 *   listed with `group: null`; a note says how many groups and people were suppressed. The
 *   network-level figures and modularity still use every tie.
 * - Every person needs a group value (`InvalidOptionError` names the first without one).
 * - The index is built once and shared by every measure.
 * - Reading: a formal modularity well below Louvain's means the informal network cuts across
 *   the org chart; a negative E-I means a group keeps its ties inside.
 *
 * @param graph The graphology graph (group labels are node attributes).
 * @param options The {@link SiloReportOptions}; `groupAttribute` is required.
 * @returns The {@link SiloReport}.
 * @throws {@link InvalidGraphError} If `graph` is not a graphology graph.
 * @throws {@link InvalidOptionError} If `groupAttribute` is missing or a person has no group.
 *
 * @example
 * const report = siloReport(lazegaLawFirm({ relation: 'advice' }), { groupAttribute: 'office' });
 * report.groups.map((g) => [g.group, g.ei]);  //=> [['Boston', -0.510148849797023], ['Hartford', 0.08]]
 * report.suppressed;                           //=> { groups: 1, people: 4 }  (Providence, not named)
 * report.modularity;                           //=> { formal: 0.1952…, louvain: 0.3023…, communities: 3 }
 *
 * References
 * [1] Krackhardt, D., & Stern, R. N. (1988). Informal networks and organizational crises. Social Psychology Quarterly 51(2):123–140.
 * [2] Gould, R. V., & Fernandez, R. M. (1989). Structures of mediation. Sociological Methodology 19:89–126.
 * [3] Burt, R. S. (1992). Structural Holes. Harvard University Press.
 */
export function siloReport<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  graph: AbstractGraph<NodeAttributes, EdgeAttributes>,
  options?: SiloReportOptions<EdgeAttributes>,
): SiloReport {
  assertGraph(graph, NAME);
  const opts = resolveOptions(NAME, SILO_REPORT_DEFAULTS, options as SiloReportOptions | undefined);
  if (opts.groupAttribute === undefined) {
    throw new InvalidOptionError(`${NAME}: option groupAttribute is required (the node attribute holding each person's group)`, 'groupAttribute');
  }
  assertString(NAME, 'groupAttribute', opts.groupAttribute);
  assertInteger(NAME, 'minGroupSize', opts.minGroupSize, 1);
  assertInteger(NAME, 'top', opts.top, 0);
  const strength: BuildIndexOptions = options?.getEdgeStrength === undefined ? {} : { getEdgeStrength: options.getEdgeStrength as EdgeValueGetter };
  const index = toIndex(graph as AbstractGraph, strength, NAME);
  const { groupOf, labels } = labelsFromAttribute(graph as AbstractGraph, index, opts.groupAttribute, NAME, 'groupAttribute');
  const groups: Record<string, string> = {};
  index.keys.forEach((node, v) => setOwn(groups, node, labels[groupOf[v]!]!));

  const ei = eiIndex(index, { groups });
  const mixing = groupMixingMatrix(index, { groups, measure: 'density' });
  const reported = new Set<string>();
  let suppressedGroups = 0;
  let suppressedPeople = 0;
  mixing.groups.forEach((group, g) => {
    const size = mixing.sizes[g]!;
    if (size >= opts.minGroupSize) reported.add(group);
    else {
      suppressedGroups++;
      suppressedPeople += size;
    }
  });
  const shown = mixing.groups.map((group, g) => ({ group, g })).filter(({ group }) => reported.has(group));

  const formal = modularity(index, groups);
  const found = communities(index, { resolution: opts.resolution, seed: opts.seed });
  const roles = brokerageRoles(index, { groups });
  const burt = constraint(index);

  const label = (node: string): string | null => (reported.has(groups[node]!) ? groups[node]! : null);
  const topRole = (role: 'liaison' | 'gatekeeper' | 'representative'): BoundarySpanner[] =>
    Object.entries(roles.nodes)
      .filter(([, scores]) => scores[role].raw > 0)
      .sort(([a, x], [b, y]) => y[role].raw - x[role].raw || compare(a, b))
      .slice(0, opts.top)
      .map(([node, scores]) => ({ node, group: label(node), score: scores[role].raw, z: scores[role].z }));
  const lowestConstraint = Object.entries(burt)
    .filter(([, c]) => !Number.isNaN(c))
    .sort(([a, x], [b, y]) => x - y || compare(a, b))
    .slice(0, opts.top)
    .map(([node, c]) => ({ node, group: label(node), score: c, z: Number.NaN }));

  const notes: string[] = [];
  if (suppressedGroups > 0) {
    notes.push(
      `${suppressedGroups} group${suppressedGroups === 1 ? '' : 's'} with fewer than ${opts.minGroupSize} people ` +
        `(${suppressedPeople} people) ${suppressedGroups === 1 ? 'is' : 'are'} suppressed from group-level outputs; ` +
        'spanners from them are listed with group null.',
    );
  }
  notes.push('E-I: −1 = all of a group\'s ties stay inside it, +1 = all cross to other groups.');
  notes.push('Modularity: formal groups far below Louvain\'s communities means the informal network cuts across the org chart.');

  return {
    groupAttribute: opts.groupAttribute,
    minGroupSize: opts.minGroupSize,
    people: index.order,
    network: ei.network,
    groups: shown
      .map(({ group }) => {
        const value = ei.groups[group]!;
        return { group, size: value.size, ei: value.ei, external: value.external, internal: value.internal };
      })
      .sort((a, b) => b.size - a.size || compare(a.group, b.group)),
    suppressed: { groups: suppressedGroups, people: suppressedPeople },
    density: { groups: shown.map(({ group }) => group), matrix: shown.map(({ g }) => shown.map(({ g: h }) => mixing.matrix[g]![h]!)) },
    modularity: { formal, louvain: found.modularity, communities: found.count },
    spanners: {
      liaison: topRole('liaison'),
      gatekeeper: topRole('gatekeeper'),
      representative: topRole('representative'),
      lowestConstraint,
    },
    notes,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
