/**
 * Every public result type through toRows and toTables (issue 10 item 1; issue 12 item 6).
 *
 * The list of calls is checked against the exports of src/index.ts: a new public function that
 * returns a result fails here until it has a call below (and, when its shape is new, a shape in
 * src/tidy/shapes.ts), or is listed as returning no result.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { tableFromIPC } from 'apache-arrow';
import { parquetReadObjects } from 'hyparquet';
import { UndirectedGraph } from 'graphology';
import { afterAll, describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { toRows, toTables } from '../../src/tidy/index.js';
import { shapeOf } from '../../src/tidy/shapes.js';
import { brandOf } from '../../src/tidy/symbols.js';
import { tidyOrg } from './fixture.js';

/** Public functions that return no result table: writers, assign variants, typed-array paths, predicates, streams. */
const NO_RESULT = new Set([
  'isCsrIndex', // boolean
  'indexTies', // typed arrays in index tie order, like the *Indexed variants
  'readInteractionsCsv', // an async iterable of events, input of tiesFromInteractions
  'tieStrengthSql', // SQL text
  'buildReport', // an HTML page
  'toRows',
  'toTables',
]);
const noResult = (name: string) =>
  NO_RESULT.has(name) || /^assign[A-Z]/.test(name) || /Indexed$/.test(name) || /^write[A-Z]/.test(name) || /^[A-Z]/.test(name);

const g = tidyOrg();
const groups = { groups: 'department' } as const;
const customers = { kinds: 'kind', accounts: 'account' } as const;
const later = () => {
  const h = tidyOrg();
  h.dropEdge('a2', 'b2');
  h.addEdge('a1', 'c1', { weight: 2 });
  h.setEdgeAttribute('b1', 'b2', 'weight', 1);
  return h;
};
const events = [
  { from: 'a', to: 'b', at: '2024-01-01' },
  { from: 'b', to: 'a', at: '2024-01-02' },
  { from: 'a', to: 'c', at: '2024-01-03' },
];

/** One call per public function that returns a result; the value is what toRows must read. */
const CALLS: Record<string, () => unknown> = {
  // Node metrics.
  constraint: () => api.constraint(g),
  effectiveSize: () => api.effectiveSize(g),
  efficiency: () => api.efficiency(g),
  hierarchy: () => api.hierarchy(g),
  redundancy: () => api.redundancy(g),
  egoBetweenness: () => api.egoBetweenness(g),
  dyadicConstraint: () => api.dyadicConstraint(g, 'a2'),
  betweenness: () => api.betweenness(g),
  closeness: () => api.closeness(g),
  harmonicCloseness: () => api.harmonicCloseness(g),
  kStepReach: () => api.kStepReach(g),
  reachEfficiency: () => api.reachEfficiency(g),
  distanceWeightedReach: () => api.distanceWeightedReach(g),
  betweennessAsync: () => api.betweennessAsync(g, { threads: 1 }),
  kStepReachAsync: () => api.kStepReachAsync(g, { threads: 1 }),
  constraintAsync: () => api.constraintAsync(g, { threads: 1 }),
  effectiveSizeAsync: () => api.effectiveSizeAsync(g, { threads: 1 }),
  efficiencyAsync: () => api.efficiencyAsync(g, { threads: 1 }),
  hierarchyAsync: () => api.hierarchyAsync(g, { threads: 1 }),
  egoBetweennessAsync: () => api.egoBetweennessAsync(g, { threads: 1 }),
  closenessAsync: () => api.closenessAsync(g, { threads: 1 }),
  harmonicClosenessAsync: () => api.harmonicClosenessAsync(g, { threads: 1 }),
  reachEfficiencyAsync: () => api.reachEfficiencyAsync(g, { threads: 1 }),
  distanceWeightedReachAsync: () => api.distanceWeightedReachAsync(g, { threads: 1 }),
  diversityBandwidthAsync: () => api.diversityBandwidthAsync(g, { threads: 1 }),
  keyPersonRiskAsync: () => api.keyPersonRiskAsync(g, { ...customers, threads: 1 }),
  brokerageRolesAsync: () => api.brokerageRolesAsync(g, { ...groups, threads: 1 }),
  neighborhoodOverlapAsync: () => api.neighborhoodOverlapAsync(g, { threads: 1 }),
  neighborhoodJaccardAsync: () => api.neighborhoodJaccardAsync(g, { threads: 1 }),
  embeddednessAsync: () => api.embeddednessAsync(g, { threads: 1 }),
  localBridgesAsync: () => api.localBridgesAsync(g, { threads: 1 }),
  communitiesAsync: () => api.communitiesAsync(g, { threads: 1 }),
  // Tie metrics.
  edgeBetweennessAsync: () => api.edgeBetweennessAsync(g, { threads: 1 }),
  edgeBetweenness: () => api.edgeBetweenness(g),
  neighborhoodOverlap: () => api.neighborhoodOverlap(g),
  embeddedness: () => api.embeddedness(g),
  neighborhoodJaccard: () => api.neighborhoodJaccard(g),
  disparityFilter: () => api.disparityFilter(g),
  // Scalars.
  modularity: () => api.modularity(g, groups),
  groupDistanceWeightedReach: () => api.groupDistanceWeightedReach(g, ['a1', 'b1']),
  // Reports.
  brokerageRoles: () => api.brokerageRoles(g, groups),
  diversityBandwidth: () => api.diversityBandwidth(g),
  betweennessDetailed: () => api.betweennessDetailed(g, { samples: 3 }),
  eiIndex: () => api.eiIndex(g, groups),
  groupMixingMatrix: () => api.groupMixingMatrix(g, groups),
  communities: () => api.communities(g),
  bridgingTies: () => api.bridgingTies(g, groups),
  siloReport: () => api.siloReport(g, { groups: 'department', minGroupSize: 1 }),
  describeNetwork: () => api.describeNetwork(g, groups),
  keyPersonRisk: () => api.keyPersonRisk(g, customers),
  customerCoverage: () => api.customerCoverage(g, customers),
  engagementExposure: () => api.engagementExposure(g, { engagement: 'engagement', engagementThreshold: 0.5 }),
  introductionPaths: () => api.introductionPaths(g, 'a1', 'c1'),
  recommendIntroductions: () => api.recommendIntroductions(g, 'a1', { limit: 3 }),
  independentCascade: () => api.independentCascade(g, ['a1'], { runs: 50, threads: 1 }),
  influenceMaximization: () => api.influenceMaximization(g, { seedCount: 2, runs: 20, threads: 1 }),
  referralValue: () => api.referralValue(g, { runs: 20, threads: 1, nodes: ['a1', 'b2'] }),
  // Ties.
  classifyTies: () => api.classifyTies(g),
  tieChurn: () => api.tieChurn(g, later()),
  percolationCurve: () => api.percolationCurve(g, { steps: 4 }),
  overlapStrengthCorrelation: () => api.overlapStrengthCorrelation(g),
  localBridges: () => api.localBridges(g),
  bridges: () => api.bridges(g),
  moderatelyWeakTies: () => api.moderatelyWeakTies(g, 'a2', { band: [0, 1] }),
  strongTriadicClosureViolations: () => api.strongTriadicClosureViolations(g, { strongTies: 2 }),
  disparityBackbone: () => api.disparityBackbone(g, { alpha: 0.9 }),
  combineRelations: () => api.combineRelations({ work: g, friends: later() }),
  tiesFromInteractions: () => api.tiesFromInteractions(events),
  // Inputs: graphs, indexes and readers' bundles read as tables too.
  buildIndex: () => api.buildIndex(g),
  readTiesCsv: () => api.readTiesCsv(Readable.from(['source,target,weight\na,b,2\nb,c,1\n'])),
  readPeopleCsv: () => api.readPeopleCsv(Readable.from(['id,kind\na,employee\n']), {}, new UndirectedGraph()),
  krackhardtHighTech: () => api.krackhardtHighTech(),
  lazegaLawFirm: () => api.lazegaLawFirm(),
  manufacturingEmail: () => api.manufacturingEmail(),
  syntheticCompany: () => api.syntheticCompany({ employeeCount: 12, customerCount: 10, accountCount: 4, departmentCount: 2, brokerCount: 1, days: 20 }),
  readTiesDuckDb: () => api.readTiesDuckDb({ query: "SELECT 'a' AS source, 'b' AS target, 2.0 AS weight" }),
  tiesFromInteractionsDuckDb: () =>
    api.tiesFromInteractionsDuckDb(
      { query: "SELECT * FROM (VALUES ('a', 'b', TIMESTAMP '2024-01-01'), ('b', 'a', TIMESTAMP '2024-01-02')) AS t(\"from\", \"to\", \"at\")" },
      { channel: null, durationSeconds: null, recipients: null },
    ),
  // The …Async twins of issue 9 (on this thread: threads 1).
  percolationCurveAsync: () => api.percolationCurveAsync(g, { steps: 4, threads: 1 }),
  bridgesAsync: () => api.bridgesAsync(g, { threads: 1 }),
  classifyTiesAsync: () => api.classifyTiesAsync(g, { threads: 1 }),
  disparityFilterAsync: () => api.disparityFilterAsync(g, { threads: 1 }),
  tieChurnAsync: () => api.tieChurnAsync(g, later(), { threads: 1 }),
  overlapStrengthCorrelationAsync: () => api.overlapStrengthCorrelationAsync(g, { threads: 1 }),
  strongTriadicClosureViolationsAsync: () => api.strongTriadicClosureViolationsAsync(g, { strongTies: 2, threads: 1 }),
  redundancyAsync: () => api.redundancyAsync(g, { threads: 1 }),
  siloReportAsync: () => api.siloReportAsync(g, { groups: 'department', minGroupSize: 1, threads: 1 }),
  eiIndexAsync: () => api.eiIndexAsync(g, { ...groups, threads: 1 }),
  groupMixingMatrixAsync: () => api.groupMixingMatrixAsync(g, { ...groups, threads: 1 }),
  modularityAsync: () => api.modularityAsync(g, { ...groups, threads: 1 }),
  bridgingTiesAsync: () => api.bridgingTiesAsync(g, { ...groups, threads: 1 }),
  describeNetworkAsync: () => api.describeNetworkAsync(g, { ...groups, threads: 1 }),
  groupDistanceWeightedReachAsync: () => api.groupDistanceWeightedReachAsync(g, ['a1', 'b1'], { threads: 1 }),
  introductionPathsAsync: () => api.introductionPathsAsync(g, 'a1', 'c1', { threads: 1 }),
  customerCoverageAsync: () => api.customerCoverageAsync(g, { ...customers, threads: 1 }),
  engagementExposureAsync: () => api.engagementExposureAsync(g, { engagement: 'engagement', engagementThreshold: 0.5, threads: 1 }),
};

/** Results of the calls whose return site is in src/ties/ (not branded yet): recognised by their keys. */
const UNBRANDED_OK = new Set([
  'disparityBackbone', 'combineRelations', 'tiesFromInteractions',
  'modularity', 'groupDistanceWeightedReach', 'buildIndex', 'readTiesCsv', 'readPeopleCsv',
  'krackhardtHighTech', 'lazegaLawFirm', 'manufacturingEmail', 'syntheticCompany',
  'readTiesDuckDb', 'tiesFromInteractionsDuckDb', 'modularityAsync', 'groupDistanceWeightedReachAsync',
]);

/** Results that are a number, a graph or an index: the writers refuse them (write their rows). */
const NOT_A_TABLE = new Set(['modularity', 'modularityAsync', 'groupDistanceWeightedReach', 'groupDistanceWeightedReachAsync', 'combineRelations', 'buildIndex', 'krackhardtHighTech', 'lazegaLawFirm', 'manufacturingEmail']);

describe('toRows on every public result', () => {
  it('has a call for every public function that returns a result', () => {
    const functions = Object.entries(api)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name)
      .filter((name) => !noResult(name));
    const missing = functions.filter((name) => !(name in CALLS));
    expect(missing, 'add a call to CALLS (and a shape when needed) for these').toEqual([]);
  });

  const dir = mkdtempSync(join(tmpdir(), 'tiestrength-all-results-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Writes one table as CSV, Arrow and Parquet and checks that each reads back with its columns and rows. */
  async function roundTrip(result: unknown, table: string, rows: Record<string, unknown>[], file: string, direct: boolean): Promise<void> {
    const columns = Object.keys(rows[0]!);
    // A number, a graph or an index is no table: the writers take its toRows rows instead.
    const input = (direct ? result : rows) as never;
    const options = direct ? { table } : {};
    await api.writeNodeTableCsv(input, join(dir, `${file}.csv`), options);
    const csv = readFileSync(join(dir, `${file}.csv`), 'utf8').trimEnd().split('\n');
    expect(csv[0], `${file}.csv header`).toBe(columns.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','));
    expect(csv.length - 1, `${file}.csv rows`).toBe(rows.length);
    await api.writeArrow(input, join(dir, `${file}.arrow`), options);
    const arrow = tableFromIPC(readFileSync(join(dir, `${file}.arrow`)));
    expect(arrow.schema.fields.map((f) => f.name), `${file}.arrow columns`).toEqual(columns);
    expect(arrow.numRows, `${file}.arrow rows`).toBe(rows.length);
    await api.writeParquet(input, join(dir, `${file}.parquet`), options);
    const bytes = readFileSync(join(dir, `${file}.parquet`));
    const parquet = await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
    expect(parquet.length, `${file}.parquet rows`).toBe(rows.length);
    if (rows.length > 0) expect(Object.keys(parquet[0]!), `${file}.parquet columns`).toEqual(columns);
  }

  for (const [name, call] of Object.entries(CALLS)) {
    it(`${name}: every table round-trips through CSV, Arrow and Parquet with its columns and rows`, async () => {
      const result = await call();
      for (const [table, rows] of Object.entries(toTables(result))) {
        if (rows.length > 0) await roundTrip(result, table, rows, `${name}-${table}`, !NOT_A_TABLE.has(name));
      }
    });

    it(`${name}: every table flattens to rows of cells, one set of columns per table`, async () => {
      const result = await call();
      const found = shapeOf(result, brandOf(result)?.shape);
      expect(found, `${name} has no shape`).toBeDefined();
      expect(found!.shape.generic, `${name} is read only by a generic fallback`).not.toBe(true);
      if (!UNBRANDED_OK.has(name)) expect(brandOf(result), `${name} is not branded at its return site`).toBeDefined();
      const tables = toTables(result);
      const names = Object.keys(tables);
      expect(names.length).toBeGreaterThan(0);
      expect(toRows(result)).toEqual(tables[names[0]!]);
      let total = 0;
      for (const [table, rows] of Object.entries(tables)) {
        expect(toRows(result, { table })).toEqual(rows);
        total += rows.length;
        const columns = rows.length > 0 ? Object.keys(rows[0]!) : [];
        for (const row of rows) {
          expect(Object.keys(row)).toEqual(columns);
          for (const cell of Object.values(row)) expect(cell === null || ['string', 'number', 'boolean'].includes(typeof cell)).toBe(true);
        }
      }
      expect(total, `${name}: no rows at all`).toBeGreaterThan(0);
    });
  }
});
