/**
 * The shape registry: for every kind of result the library returns, its named tables and how to
 * build them. A result is recognised by its brand (set where the library returns it) or, when it
 * has none (a copy, a JSON round trip, a result of an older call site), by its exact set of keys.
 *
 * @internal
 * @module
 */
import type { AbstractGraph } from 'graphology-types';
import { isCsrIndex, type CsrIndex } from '../core/csr.js';
import { isGraph } from '../guards.js';
import { flattenInto, isPlainObject, refuse, rowOf, toCell, type FlattenContext, type TidyRow } from './flatten.js';

/** @internal One kind of result: its tables (the first is the default) and a structural test. */
export interface Shape {
  /** The tables, in order; the first is what `toRows(result)` returns. */
  tables: Record<string, (value: any, ctx: FlattenContext) => TidyRow[]>;
  /** Recognises an unbranded value of this shape. */
  match?: (value: unknown) => boolean;
  /** A generic fallback (not a library result shape): writers keep their own reading of such input. */
  generic?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Structural tests.
// ---------------------------------------------------------------------------------------------

/** The own enumerable keys of `value` are exactly `required` plus any of `optional`. */
function keysAre(value: unknown, required: readonly string[], optional: readonly string[] = []): value is Record<string, any> {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  if (keys.length < required.length || keys.length > required.length + optional.length) return false;
  for (const key of required) if (!Object.prototype.hasOwnProperty.call(value, key)) return false;
  for (const key of keys) if (!required.includes(key) && !optional.includes(key)) return false;
  return true;
}

/** A non-empty record whose every value passes `test` (the first few are checked, and the last). */
function recordOf(value: unknown, test: (v: unknown) => boolean): boolean {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  if (keys.length === 0) return false;
  const probe = keys.length <= 8 ? keys : [...keys.slice(0, 8), keys[keys.length - 1]!];
  return probe.every((k) => test(value[k]));
}

/** An array whose first element passes `test` (an empty array passes nothing). */
function arrayOf(value: unknown, test: (v: unknown) => boolean): boolean {
  return Array.isArray(value) && value.length > 0 && test(value[0]);
}

// ---------------------------------------------------------------------------------------------
// Table builders.
// ---------------------------------------------------------------------------------------------

/** One row per key of a node-keyed record: `{ node, …flattened value }`. */
function nodeRows(record: Record<string, unknown>, ctx: FlattenContext, key = 'node', skip: readonly string[] = []): TidyRow[] {
  return Object.keys(record).map((node) => rowOf({ [key]: node }, record[node], ctx, skip));
}

/** One row per element, flattened, after `lead(element, i)`. */
function listRows(list: readonly unknown[], ctx: FlattenContext, lead: (item: any, i: number) => TidyRow = () => ({}), skip: readonly string[] = []): TidyRow[] {
  return list.map((item, i) => rowOf(lead(item, i), item, ctx, skip));
}

/** The one-row summary of a report: its scalar and nested-scalar fields, `skip` left out. */
function summary(value: Record<string, unknown>, ctx: FlattenContext, skip: readonly string[]): TidyRow[] {
  return [rowOf({}, value, ctx, skip)];
}

/** `{ [keyColumn]: key, [valueColumn]: value }` per entry of a record of primitives. */
function entries(record: Record<string, unknown> | null | undefined, ctx: FlattenContext, keyColumn: string, valueColumn: string): TidyRow[] {
  if (record === null || record === undefined) return [];
  return Object.keys(record).map((k) => ({ [keyColumn]: k, [valueColumn]: toCell(record[k], ctx, valueColumn) }));
}

/** A square matrix with labels as long rows `{ from, to, value }`. */
function matrixRows(labels: readonly string[], matrix: readonly (readonly number[])[]): TidyRow[] {
  const rows: TidyRow[] = [];
  labels.forEach((from, i) => labels.forEach((to, j) => rows.push({ from, to, value: matrix[i]![j]! })));
  return rows;
}

function graphNodes(graph: AbstractGraph, ctx: FlattenContext): TidyRow[] {
  const rows: TidyRow[] = [];
  graph.forEachNode((node, attributes) => rows.push(rowOf({ node }, { ...attributes }, ctx, ['node'])));
  return rows;
}

function graphEdges(graph: AbstractGraph, ctx: FlattenContext): TidyRow[] {
  const rows: TidyRow[] = [];
  graph.forEachEdge((_edge, attributes, source, target) => rows.push(rowOf({ source, target }, { ...attributes }, ctx, ['source', 'target'])));
  return rows;
}

/** One row per merged tie of an index, with optional extra per-tie columns (typed arrays in tie order). */
function indexTies(index: CsrIndex, extra: Record<string, ArrayLike<number>> = {}, booleans: readonly string[] = []): TidyRow[] {
  const rows: TidyRow[] = new Array(index.size);
  const names = Object.keys(extra);
  for (let t = 0; t < index.size; t++) {
    const row: TidyRow = { source: index.keys[index.tieSources[t]!]!, target: index.keys[index.tieTargets[t]!]!, strength: index.tieStrengths[t]! };
    if (index.tieDistances) row.distance = index.tieDistances[t]!;
    for (const name of names) {
      const v = extra[name]![t]!;
      row[name] = booleans.includes(name) ? v !== 0 : v;
    }
    rows[t] = row;
  }
  return rows;
}

const ROLES = ['coordinator', 'itinerant', 'representative', 'gatekeeper', 'liaison', 'total'];
const KEY_PERSON = ['fragmentationRisk', 'distanceFragmentationRisk', 'articulationPoint', 'pieces', 'exclusiveBrokerage', 'egoBetweenness', 'accountsLeftWithoutStrongTie'];
const PERSON_REFERRAL = ['value', 'standardError', 'people', 'peopleStandardError', 'conversion', 'novelty', 'ties'];
const EXPOSURE = ['exposure', 'balance', 'meanEngagement', 'contacts', 'engaged', 'disengaged', 'unscored', 'engagedShare', 'disengagedShare', 'disengagedStrengthShare'];
const EMPLOYEE = ['accountsCovered', 'strongAccounts', 'soleStrongThread'];
const REPORT_KEYS = ['graph', 'index', 'ties', 'report', 'interactions', 'planted'];

/** Rows of a report of a reader or of tiesFromInteractions: one summary row (lists of objects left out). */
function reportRows(report: Record<string, unknown> | null | undefined, ctx: FlattenContext): TidyRow[] {
  if (!isPlainObject(report)) return [];
  const skip = Object.keys(report).filter((k) => Array.isArray(report[k]) && (report[k] as unknown[]).some((v) => typeof v === 'object' && v !== null));
  return summary(report, ctx, skip);
}

/** The tables of `{ graph | index, ties?, report, … }` (readers, tiesFromInteractions, syntheticCompany). */
function bundleTables(): Shape['tables'] {
  return {
    ties: (v, ctx) => (isGraph(v.graph) ? graphEdges(v.graph, ctx) : isCsrIndex(v.index) ? bundleIndexTies(v) : []),
    nodes: (v, ctx) => (isGraph(v.graph) ? graphNodes(v.graph, ctx) : isCsrIndex(v.index) ? v.index.keys.map((node: string) => ({ node })) : []),
    report: (v, ctx) => reportRows(v.report, ctx),
    rejected: (v, ctx) => (Array.isArray(v.report?.rejectedEvents) ? listRows(v.report.rejectedEvents, ctx) : []),
    interactions: (v, ctx) => (Array.isArray(v.interactions) ? listRows(v.interactions, ctx) : []),
  };
}

function bundleIndexTies(v: { index: CsrIndex; ties?: Record<string, unknown> }): TidyRow[] {
  const extra: Record<string, ArrayLike<number>> = {};
  if (v.ties && typeof v.ties === 'object') for (const [k, a] of Object.entries(v.ties)) if (ArrayBuffer.isView(a)) extra[k] = a as unknown as ArrayLike<number>;
  return indexTies(v.index, extra, ['oneWay']);
}

// ---------------------------------------------------------------------------------------------
// The registry. Order matters for structural matching: specific shapes first, generic last.
// ---------------------------------------------------------------------------------------------

/** @internal Every result shape, by name. */
export const SHAPES: Record<string, Shape> = {
  graph: {
    match: (v) => isGraph(v),
    tables: { ties: (g, ctx) => graphEdges(g, ctx), nodes: (g, ctx) => graphNodes(g, ctx) },
  },
  index: {
    match: (v) => isCsrIndex(v),
    tables: { ties: (index) => indexTies(index), nodes: (index: CsrIndex) => index.keys.map((node) => ({ node })) },
  },
  scalar: {
    match: (v) => typeof v === 'number',
    tables: { value: (v) => [{ value: v }] },
  },
  tieMetric: {
    match: (v) => arrayOf(v, (t) => keysAre(t, ['source', 'target', 'value'])),
    tables: { ties: (list, ctx) => listRows(list, ctx) },
  },
  introductionPaths: {
    match: (v) => arrayOf(v, (p) => keysAre(p, ['path', 'probability', 'weakestLink', 'hops', 'ties'])),
    tables: {
      paths: (list, ctx) => listRows(list, ctx, (_p, i) => ({ rank: i + 1 }), ['ties']),
      ties: (list: { ties: unknown[] }[], ctx) => list.flatMap((p, i) => listRows(p.ties, ctx, (_t, j) => ({ rank: i + 1, step: j + 1 }))),
    },
  },
  recommendIntroductions: {
    match: (v) => arrayOf(v, (r) => keysAre(r, ['candidate', 'gain', 'distance', 'through', 'introductionProbability', 'forPerson', 'forCandidate'])),
    tables: {
      candidates: (list: Record<string, any>[], ctx) =>
        list.map((r) => {
          const fill = (e: Record<string, unknown>) => ({ ...e, referralValue: e.referralValue ?? { before: null, after: null, change: null } });
          return rowOf({}, { ...r, forPerson: fill(r.forPerson), forCandidate: fill(r.forCandidate) }, ctx);
        }),
    },
  },
  strongTriadicClosureViolations: {
    match: (v) => arrayOf(v, (t) => keysAre(t, ['node', 'pair'])),
    tables: { triads: (list: { node: string; pair: [string, string] }[]) => list.map((t) => ({ node: t.node, 'pair.0': t.pair[0], 'pair.1': t.pair[1] })) },
  },
  tieRows: {
    match: (v) =>
      arrayOf(v, (t) =>
        keysAre(t, ['source', 'target', 'sourceGroup', 'targetGroup', 'strength', 'common', 'overlap']) ||
        keysAre(t, ['source', 'target', 'span']) ||
        keysAre(t, ['source', 'target'])),
    tables: { ties: (list, ctx) => listRows(list, ctx) },
  },
  percolationCurve: {
    match: (v) => arrayOf(v, (p) => keysAre(p, ['removedFraction', 'removedTies', 'giantComponentFraction', 'susceptibility'])),
    tables: { steps: (list, ctx) => listRows(list, ctx) },
  },
  moderatelyWeakTies: {
    match: (v) => arrayOf(v, (t) => keysAre(t, ['contact', 'embeddedness', 'strength', 'percentile'])),
    tables: { contacts: (list, ctx) => listRows(list, ctx) },
  },
  brokerageRoles: {
    match: (v) => keysAre(v, ['nodes', 'network', 'density', 'groupSizes']),
    tables: {
      nodes: (v, ctx) => nodeRows(v.nodes, ctx),
      roles: (v, ctx) => ROLES.filter((r) => v.network[r]).map((role) => rowOf({ role }, v.network[role], ctx)),
      groups: (v, ctx) => entries(v.groupSizes, ctx, 'group', 'size'),
      summary: (v) => [{ density: v.density }],
    },
  },
  brokerageRoleScores: {
    match: (v) => recordOf(v, (s) => keysAre(s, ROLES)),
    tables: { nodes: (v, ctx) => nodeRows(v, ctx) },
  },
  siloReport: {
    match: (v) => keysAre(v, ['attribute', 'minGroupSize', 'people', 'network', 'groups', 'suppressed', 'density', 'modularity', 'spanners', 'notes']),
    tables: {
      groups: (v, ctx) => listRows(v.groups, ctx),
      spanners: (v, ctx) =>
        Object.keys(v.spanners).flatMap((list) => listRows(v.spanners[list], ctx, (_s, i) => ({ list, rank: i + 1 }))),
      density: (v) => matrixRows(v.density.groups, v.density.matrix),
      summary: (v, ctx) => summary(v, ctx, ['groups', 'spanners', 'density', 'notes']),
      notes: (v) => v.notes.map((note: string) => ({ note })),
    },
  },
  eiIndex: {
    match: (v) => keysAre(v, ['network', 'groups', 'nodes', 'nodeExternal', 'nodeInternal', 'pValue', 'permutation']),
    tables: {
      groups: (v, ctx) => nodeRows(v.groups, ctx, 'group'),
      nodes: (v) => Object.keys(v.nodes).map((node) => ({ node, ei: v.nodes[node], external: v.nodeExternal[node] ?? null, internal: v.nodeInternal[node] ?? null })),
      summary: (v, ctx) => summary(v, ctx, ['groups', 'nodes', 'nodeExternal', 'nodeInternal']),
    },
  },
  groupMixingMatrix: {
    match: (v) => keysAre(v, ['measure', 'directed', 'groups', 'sizes', 'matrix', 'table']),
    tables: {
      matrix: (v) => matrixRows(v.groups, v.matrix),
      groups: (v) => v.groups.map((group: string, i: number) => ({ group, size: v.sizes[i] })),
      summary: (v) => [{ measure: v.measure, directed: v.directed }],
    },
  },
  communities: {
    match: (v) => keysAre(v, ['partition', 'modularity', 'count', 'sizes']),
    tables: {
      nodes: (v, ctx) => entries(v.partition, ctx, 'node', 'community'),
      communities: (v) => v.sizes.map((size: number, community: number) => ({ community, size })),
      summary: (v) => [{ modularity: v.modularity, count: v.count }],
    },
  },
  describeNetwork: {
    match: (v) => keysAre(v, ['directed', 'people', 'ties', 'density', 'reciprocity', 'isolates', 'components', 'strength', 'degree', 'groups', 'dropped']),
    tables: {
      summary: (v, ctx) => [rowOf({}, { ...v, groups: v.groups === null ? null : { ...v.groups, sizes: undefined } }, ctx)].map((row) => {
        delete row['groups.sizes'];
        return row;
      }),
      groups: (v, ctx) => entries(v.groups?.sizes, ctx, 'group', 'size'),
    },
  },
  keyPersonRisk: {
    match: (v) => keysAre(v, ['fragmentation', 'distanceFragmentation', 'people']),
    tables: {
      people: (v, ctx) => nodeRows(v.people, ctx),
      summary: (v) => [{ fragmentation: v.fragmentation, distanceFragmentation: v.distanceFragmentation }],
    },
  },
  keyPersonRiskPeople: {
    match: (v) => recordOf(v, (p) => keysAre(p, KEY_PERSON)),
    tables: { people: (v, ctx) => nodeRows(v, ctx) },
  },
  independentCascade: {
    match: (v) => keysAre(v, ['seeds', 'expectedReach', 'standardError', 'runs', 'activation'], ['expectedValue', 'valueStandardError']),
    tables: {
      nodes: (v, ctx) => entries(v.activation, ctx, 'node', 'activation'),
      summary: (v, ctx) => summary(v, ctx, ['activation']),
    },
  },
  influenceMaximization: {
    match: (v) => keysAre(v, ['seeds', 'objective', 'spread', 'spreadStandardError', 'runs', 'evaluations', 'probabilityRule', 'distinctStrengths'], ['value', 'valueStandardError']),
    tables: {
      seeds: (v, ctx) => listRows(v.seeds, ctx, (_s, i) => ({ step: i + 1 })),
      summary: (v, ctx) => summary(v, ctx, ['seeds']),
    },
  },
  referralValue: {
    match: (v) => recordOf(v, (p) => keysAre(p, PERSON_REFERRAL)),
    tables: {
      nodes: (v, ctx) => nodeRows(v, ctx, 'node', ['ties']),
      ties: (v, ctx) => Object.keys(v).flatMap((node) => listRows(v[node].ties, ctx, () => ({ node }))),
    },
  },
  customerCoverage: {
    match: (v) => keysAre(v, ['accounts', 'employees', 'threshold', 'counts']),
    tables: {
      accounts: (v, ctx) => listRows(v.accounts, ctx, () => ({}), ['owners']),
      owners: (v, ctx) => v.accounts.flatMap((a: { account: string; owners: unknown[] }) => listRows(a.owners, ctx, () => ({ account: a.account }))),
      employees: (v, ctx) => nodeRows(v.employees, ctx),
      summary: (v, ctx) => summary(v, ctx, ['accounts', 'employees']),
    },
  },
  employeeCoverage: {
    match: (v) => recordOf(v, (e) => keysAre(e, EMPLOYEE)),
    tables: { employees: (v, ctx) => nodeRows(v, ctx) },
  },
  diversityBandwidth: {
    match: (v) => recordOf(v, (d) => keysAre(d, ['diversity', 'bandwidth', 'contacts'])),
    tables: { nodes: (v, ctx) => nodeRows(v, ctx) },
  },
  engagementExposure: {
    match: (v) => recordOf(v, (e) => keysAre(e, EXPOSURE)),
    tables: { nodes: (v, ctx) => nodeRows(v, ctx) },
  },
  betweennessDetailed: {
    match: (v) => keysAre(v, ['betweenness', 'pivots']),
    tables: {
      nodes: (v, ctx) => entries(v.betweenness, ctx, 'node', 'betweenness'),
      pivots: (v) => (v.pivots ?? []).map((node: string) => ({ node })),
    },
  },
  classifyTies: {
    match: (v) => keysAre(v, ['method', 'threshold', 'counts', 'violations', 'ties']),
    tables: { ties: (v, ctx) => listRows(v.ties, ctx), summary: (v, ctx) => summary(v, ctx, ['ties']) },
  },
  tieChurn: {
    match: (v) => keysAre(v, ['counts', 'formed', 'dissolved', 'strengthened', 'weakened', 'unchanged', 'bridgesLost', 'bridgeDecay', 'otherDecay']),
    tables: {
      changes: (v, ctx) =>
        ['formed', 'dissolved', 'strengthened', 'weakened', 'unchanged'].flatMap((change) => listRows(v[change], ctx, () => ({ change }))),
      bridgesLost: (v, ctx) => listRows(v.bridgesLost, ctx),
      summary: (v, ctx) => summary(v, ctx, ['formed', 'dissolved', 'strengthened', 'weakened', 'unchanged', 'bridgesLost']),
    },
  },
  overlapStrengthCorrelation: {
    match: (v) => keysAre(v, ['rho', 'ties', 'excluded', 'deciles']),
    tables: { deciles: (v, ctx) => listRows(v.deciles, ctx), summary: (v, ctx) => summary(v, ctx, ['deciles']) },
  },
  disparityBackbone: {
    match: (v) => keysAre(v, ['alpha', 'kept', 'dropped', 'strengthKept'], ['graph', 'index', 'disparity']),
    tables: {
      ties: (v, ctx) => (isGraph(v.graph) ? graphEdges(v.graph, ctx) : isCsrIndex(v.index) ? indexTies(v.index, v.disparity ? { disparity: v.disparity } : {}) : []),
      summary: (v) => [{ alpha: v.alpha, kept: v.kept, dropped: v.dropped, strengthKept: v.strengthKept }],
    },
  },
  combineRelations: {
    match: (v) => keysAre(v, ['index', 'layers', 'multiplexity']),
    tables: { ties: (v) => indexTies(v.index, { ...v.layers, multiplexity: v.multiplexity }) },
  },
  bundle: {
    match: (v) => isPlainObject(v) && (isGraph(v.graph) || isCsrIndex(v.index)) && Object.keys(v).every((k) => REPORT_KEYS.includes(k)),
    tables: bundleTables(),
  },
  readerReport: {
    match: (v) => isPlainObject(v) && Object.keys(v).length === 1 && isPlainObject(v.report),
    tables: { report: (v, ctx) => reportRows(v.report, ctx) },
  },
  nodeMetric: {
    match: (v) => isPlainObject(v) && Object.values(v).every((x) => typeof x === 'number'),
    tables: { nodes: (v) => Object.keys(v).map((node) => ({ node, value: v[node] })) },
  },
  // Generic fallbacks: values the library does not return but that read as tables.
  rows: {
    generic: true,
    match: (v) => Array.isArray(v) && v.every((x) => isPlainObject(x)),
    tables: { rows: (list, ctx) => listRows(list, ctx) },
  },
  nodeRecords: {
    generic: true,
    match: (v) => recordOf(v, isPlainObject),
    tables: { nodes: (v, ctx) => nodeRows(v, ctx) },
  },
  nodeValues: {
    generic: true,
    match: (v) => isPlainObject(v) && Object.values(v).every((x) => x === null || ['string', 'number', 'boolean'].includes(typeof x)),
    tables: { nodes: (v, ctx) => Object.keys(v).map((node) => ({ node, value: toCell(v[node], ctx, 'value') })) },
  },
};

/** @internal The shape of a value: its brand's, else the first structural match; `undefined` for none. */
export function shapeOf(value: unknown, brandShape: string | undefined): { name: string; shape: Shape } | undefined {
  if (brandShape !== undefined && SHAPES[brandShape]) return { name: brandShape, shape: SHAPES[brandShape]! };
  for (const name of Object.keys(SHAPES)) {
    const shape = SHAPES[name]!;
    if (shape.match?.(value)) return { name, shape };
  }
  return undefined;
}

/** @internal Re-exported for the refusal message of an unknown value. */
export { flattenInto, refuse };
