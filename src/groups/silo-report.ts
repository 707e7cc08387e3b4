/**
 * siloReport: one call that measures the silos (formal groups such as departments) and names the
 * people who bridge them.
 *
 * @module
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { toIndex, type BuildIndexOptions } from '../core/build-index.js';
import type { CsrIndex } from '../core/csr.js';
import { resolveRng } from '../core/random.js';
import { assertGraphOrIndex } from '../guards.js';
import type { GroupsOption } from '../node-data.js';
import { assertInteger, resolveOptions, setOwn, type EdgeValueGetter } from '../options.js';
import { brokerageRoles } from '../brokerage/brokerage-roles.js';
import { constraint } from '../brokerage/constraint.js';
import { communities } from './communities.js';
import { eiIndex } from './ei-index.js';
import { assertResolution } from './group-options.js';
import { groupMixingMatrix } from './group-mixing-matrix.js';
import { readGroups } from './groups-option.js';
import { modularity } from './modularity.js';
import { tidyResult } from '../tidy/brand.js';

const NAME = 'tiestrength/groups/siloReport';

/** Options of {@link siloReport}. */
export interface SiloReportOptions<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes> {
  /**
   * Each person's formal group (required): a node attribute name (department, team, office), a
   * `Record` or `Map` from node to group (works with a CsrIndex), or a getter `(node, attributes) => group`. [none]
   */
  groups?: GroupsOption<NodeAttributes>;
  /**
   * Groups with fewer people are suppressed from every group-level output (people data: small
   * groups re-identify people). [`5`]
   */
  minGroupSize?: number;
  /** The most boundary spanners listed per role. [`5`] */
  limit?: number;
  /** How to read tie strength for modularity, the communities and constraint (E-I and density count ties). [`'weight'`] */
  getEdgeStrength?: EdgeValueGetter<EdgeAttributes>;
  /** Resolution γ of the communities (as `communities`). [`1`] */
  resolution?: number;
  /** Seed of the communities' visiting order (as `communities`), a safe integer; not with `rng`. [`42`] */
  seed?: number;
  /** The generator of the communities' visiting order, returning floats in [0, 1); not with `seed`. [a generator seeded with `seed`] */
  rng?: () => number;
}

/** Defaults of {@link siloReport}. */
export const SILO_REPORT_DEFAULTS = Object.freeze({
  groups: undefined as GroupsOption | undefined,
  minGroupSize: 5 as number,
  limit: 5 as number,
  getEdgeStrength: 'weight' as EdgeValueGetter | undefined,
  resolution: 1 as number,
  seed: undefined as number | undefined,
  rng: undefined as (() => number) | undefined,
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
  /** The node attribute the groups were read from; `null` when `groups` was a Record, Map or getter. */
  attribute: string | null;
  /** The suppression threshold applied. */
  minGroupSize: number;
  /** People in the network. */
  people: number;
  /** The whole network's E-I index (all ties; a network-level figure, never suppressed). */
  network: {
    /** (E − I) / (E + I) over every tie, in [−1, 1]: −1 all inside groups, +1 all across; `NaN` with no ties. */
    ei: number;
    /** E: ties between two different groups (counted, not weighted). */
    external: number;
    /** I: ties within a group (counted, not weighted). */
    internal: number;
  };
  /** Groups of at least `minGroupSize` people, largest first. */
  groups: SiloGroup[];
  /** What was suppressed: the number of small groups and their people (never their names). */
  suppressed: {
    /** Groups with fewer than `minGroupSize` people, left out of `groups` and `density`. */
    groups: number;
    /** People in those groups, in all. */
    people: number;
  };
  /** Tie density within and between the reported groups (rows and columns in `groups` order). */
  density: {
    /** The reported group labels: the row and column order of `matrix`. */
    groups: string[];
    /** matrix[g][h] = ties / possible pairs between groups g and h (within g on the diagonal), in [0, 1]; `NaN` where no pair is possible. */
    matrix: number[][];
  };
  /** Modularity of the formal groups and of the communities found on the same ties (`communities`, Leiden). */
  modularity: {
    /** Modularity Q of the formal groups (every group, suppressed ones included); `NaN` without ties. */
    formal: number;
    /** Modularity Q of the communities found at `resolution`; `NaN` without ties. */
    detected: number;
    /** The number of communities found. */
    communities: number;
  };
  /** The top people per brokerage role, and the least constrained people (Burt). */
  spanners: {
    /** Up to `limit` liaisons (brokering between two groups, neither their own), by raw Gould–Fernandez count, highest first. */
    liaison: BoundarySpanner[];
    /** Up to `limit` gatekeepers (letting another group in to their own), by raw Gould–Fernandez count, highest first. */
    gatekeeper: BoundarySpanner[];
    /** Up to `limit` representatives (carrying their group out to another), by raw Gould–Fernandez count, highest first. */
    representative: BoundarySpanner[];
    /** Up to `limit` people with the lowest Burt constraint (the most structural holes), lowest first (isolates left out); `z` is `NaN`. */
    lowestConstraint: BoundarySpanner[];
  };
  /** Plain-language notes: suppression, and how to read the figures. */
  notes: string[];
}

/**
 * A one-call silo report for people analytics: the E-I index of each formal group, the
 * group × group tie density, the modularity of the formal groups against the communities found (Leiden),
 * and the boundary spanners (top Gould–Fernandez liaisons, gatekeepers and representatives, and
 * the lowest Burt constraint), with small groups suppressed from every group-level output.
 *
 * Formulas: E-I = (E − I) / (E + I) (Krackhardt & Stern 1988); density = ties / possible pairs;
 * Q as in {@link modularity}; brokerage roles as in {@link brokerageRoles}; constraint as in
 * {@link constraint}.
 *
 * References
 * [1] Krackhardt, D., & Stern, R. N. (1988). Informal networks and organizational crises. Social Psychology Quarterly 51(2):123–140.
 * [2] Gould, R. V., & Fernandez, R. M. (1989). Structures of mediation. Sociological Methodology 19:89–126.
 * [3] Burt, R. S. (1992). Structural Holes. Harvard University Press.
 *
 * @remarks
 * - Privacy: a group with fewer than `minGroupSize` people (default 5, as vivainsights' `mingroup`)
 *   is left out of `groups` and `density`, its name is not reported, and spanners from it are
 *   listed with `group: null`; a note says how many groups and people were suppressed. The
 *   network-level figures and modularity still use every tie.
 * - `groups` is required, in any node-data form (attribute name, Record, Map, getter). Every person
 *   needs a group value (`InvalidOptionError` names the first without one); an attribute name no
 *   node carries is refused.
 * - E-I and density count ties (as {@link eiIndex} with `getEdgeStrength: null`); modularity,
 *   the communities and constraint read `getEdgeStrength`. The index is built once and shared by every measure.
 * - The communities' visiting order comes from the generator of `seed` (42 by default) or `rng`, so the
 *   same options give the same report.
 * - Reading: a formal modularity well below the communities' means the informal network cuts across
 *   the org chart; a negative E-I means a group keeps its ties inside.
 *
 * @param input The graphology graph, or a prebuilt {@link CsrIndex} (then give `groups` as a Record or Map).
 * @param options The {@link SiloReportOptions}; `groups` is required.
 * @returns The {@link SiloReport}.
 * @throws {@link InvalidGraphError} If `input` is neither a graphology graph nor a CsrIndex.
 * @throws {@link GraphTypeNotSupportedError} If the graph mixes directed and undirected edges.
 * @throws {@link InvalidOptionError} If `groups` is missing, names an attribute no node carries, or a person has no group; if an option is invalid.
 * @throws {@link NodeNotFoundError} If a `groups` Record or Map names a node that is not in the graph.
 * @throws {@link InvalidWeightError} If a strength is zero, negative or not finite.
 *
 * @example
 * const report = siloReport(lazegaLawFirm({ relation: 'advice' }), { groups: 'office' });
 * report.groups.map((g) => [g.group, g.ei]);  //=> [['Boston', -0.510148849797023], ['Hartford', 0.08]]
 * report.suppressed;                           //=> { groups: 1, people: 4 }  (Providence, not named)
 * report.modularity;                           //=> { formal: 0.1952…, detected: 0.3047…, communities: 3 }
 */
export function siloReport<NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes>(
  input: AbstractGraph<NodeAttributes, EdgeAttributes> | CsrIndex,
  options?: SiloReportOptions<NodeAttributes, EdgeAttributes>,
): SiloReport {
  assertGraphOrIndex(input, NAME);
  const opts = resolveOptions(NAME, SILO_REPORT_DEFAULTS, options as SiloReportOptions | undefined);
  assertInteger(NAME, 'minGroupSize', opts.minGroupSize, 1);
  assertInteger(NAME, 'limit', opts.limit, 0);
  assertResolution(NAME, opts.resolution);
  const rng = resolveRng(NAME, opts.seed, opts.rng);
  const graph = input as AbstractGraph | CsrIndex;
  const index = toIndex(graph, options as BuildIndexOptions | undefined, NAME);
  const { groupOf, labels } = readGroups(graph, index, opts.groups, NAME);
  const groups: Record<string, string> = {};
  index.keys.forEach((node, v) => setOwn(groups, node, labels[groupOf[v]!]!));

  const ei = eiIndex(index, { groups, getEdgeStrength: null });
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

  const formal = modularity(index, { groups });
  const found = communities(index, { resolution: opts.resolution, rng });
  const roles = brokerageRoles(index, { groups });
  const burt = constraint(index);

  const label = (node: string): string | null => (reported.has(groups[node]!) ? groups[node]! : null);
  const topRole = (role: 'liaison' | 'gatekeeper' | 'representative'): BoundarySpanner[] =>
    Object.entries(roles.nodes)
      .filter(([, scores]) => scores[role].raw > 0)
      .sort(([a, x], [b, y]) => y[role].raw - x[role].raw || compare(a, b))
      .slice(0, opts.limit)
      .map(([node, scores]) => ({ node, group: label(node), score: scores[role].raw, z: scores[role].z }));
  const lowestConstraint = Object.entries(burt)
    .filter(([, c]) => !Number.isNaN(c))
    .sort(([a, x], [b, y]) => x - y || compare(a, b))
    .slice(0, opts.limit)
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
  notes.push('Modularity: formal groups far below the communities found means the informal network cuts across the org chart.');

  return tidyResult('siloReport', {
    attribute: typeof opts.groups === 'string' ? opts.groups : null,
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
    modularity: { formal, detected: found.modularity, communities: found.count },
    spanners: {
      liaison: topRole('liaison'),
      gatekeeper: topRole('gatekeeper'),
      representative: topRole('representative'),
      lowestConstraint,
    },
    notes,
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
