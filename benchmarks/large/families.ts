/**
 * What benchmarks/large.ts measures on L: one entry per public function call, grouped in the
 * near-linear metric families of issue 11 (item 5). Each entry runs in its own child process
 * (benchmarks/large/child.ts) on the stored CsrIndex of L, or on the L CSV for the CSV → index step.
 *
 * Node metrics use the `…Indexed` variant (a Float64Array by dense id): the `{ [node]: value }`
 * record of the plain function adds about 80–100 MB per million people and nothing to the kernel.
 * Tie metrics likewise (`neighborhoodOverlapIndexed`: 10 M values in 80 MB, where 10 M row objects
 * would take gigabytes). Functions that only exist in one shape (bridges, keyPersonRisk, the
 * cascades, communities, …) are called as they are.
 *
 * @module
 */
import type * as Lib from '../../src/index.js';
import type { CsrIndex } from '../../src/index.js';

/** The library module, from dist/index.js or src/index.ts (same exports). */
export type Library = typeof Lib;

/** What a measurement gets. */
export interface Context {
  lib: Library;
  /** The L index (absent for steps that build their own). */
  index: CsrIndex;
  /** The generator's planted block of each dense id. */
  community: Uint32Array;
  /** The L CSV (the CSV step only). */
  csv: string;
  /** Whatever `setup` returned. */
  prepared: unknown;
}

/** One measured call. */
export interface Measurement {
  /** Name for `--only` / `--skip`. */
  id: string;
  /** The family (`--only` accepts family ids too). */
  family: FamilyId;
  /** The call, as printed in the table. */
  call: string;
  /** What it needs loaded: the stored index, the CSV, or nothing (it loads by itself). */
  input: 'index' | 'csv' | 'none';
  /** The L figure of BENCHMARKS.md (or the issue), where one exists. */
  peer?: string;
  /** Untimed preparation (e.g. the groups map a caller would have anyway). */
  setup?: (ctx: Omit<Context, 'prepared'>) => unknown;
  /** The timed call; returns a short line that shows the result is real. */
  run: (ctx: Context) => string | Promise<string>;
}

/** Family ids, in table order, with their printed names. */
export const FAMILIES = Object.freeze({
  load: 'loading L',
  csv: 'CSV → index',
  burt: 'Burt measures',
  overlap: 'overlap and friends',
  bridges: 'bridges',
  percolation: 'percolation',
  reach: 'k-step reach',
  groups: 'E-I and mixing',
  keyperson: 'key-person risk',
  betweenness: 'sampled betweenness',
  cascades: 'cascades',
  communities: 'communities',
} as const);

/** A family id. */
export type FamilyId = keyof typeof FAMILIES;

const f4 = (x: number) => (Number.isFinite(x) ? x.toFixed(4) : String(x));

/** How many local bridges a call found and how many have no other path (span ∞). */
function spanSummary(bridges: readonly { span: number }[]): string {
  let infinite = 0;
  for (const b of bridges) if (b.span === Infinity) infinite++;
  return `${bridges.length.toLocaleString('en')} local bridges, ${infinite.toLocaleString('en')} of span ∞`;
}

/** Mean of the finite entries and how many are not finite. */
function summary(values: ArrayLike<number>): string {
  let sum = 0;
  let finite = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isFinite(v)) {
      sum += v;
      finite++;
    }
  }
  const rest = values.length - finite;
  return `${values.length.toLocaleString('en')} values, mean ${f4(sum / finite)}${rest > 0 ? `, ${rest.toLocaleString('en')} not finite` : ''}`;
}

/** A Map from node key to the planted block of that person. */
function blocks(ctx: Omit<Context, 'prepared'>): Map<string, number> {
  const { index, community } = ctx;
  const groups = new Map<string, number>();
  for (let i = 0; i < index.order; i++) groups.set(index.keys[i]!, community[i]!);
  return groups;
}

/** The `count` people of highest degree (ties: lower id first), as keys. */
function topDegree(index: CsrIndex, count: number): string[] {
  const ids = Array.from({ length: index.order }, (_, i) => i);
  ids.sort((a, b) => index.degree(b) - index.degree(a) || a - b);
  return ids.slice(0, count).map((i) => index.keys[i]!);
}

/** Every measurement, in table order. */
export const MEASUREMENTS: readonly Measurement[] = Object.freeze([
  {
    id: 'load',
    family: 'load',
    call: 'stored CsrIndex arrays → new CsrIndex (fs.readSync into typed arrays)',
    input: 'index',
    run: ({ index }) => `${index.order.toLocaleString('en')} people, ${index.size.toLocaleString('en')} ties (the load is the step)`,
  },
  {
    id: 'regenerate',
    family: 'load',
    call: 'generateGraph + csrFromEdges (the other benchmarks\' way)',
    input: 'none',
    run: async () => {
      const { generateGraph, BENCHMARK_SIZES } = await import('../generate-graph.js');
      const { indexFromArrays } = await import('../harness.js');
      const g = generateGraph(BENCHMARK_SIZES.L);
      const index = indexFromArrays(g.n, g.m, g.sources, g.targets, g.weights);
      return `${index.order.toLocaleString('en')} people, ${index.size.toLocaleString('en')} ties`;
    },
  },
  {
    id: 'csv',
    family: 'csv',
    call: "readTiesCsv(file, { as: 'index' })",
    input: 'csv',
    peer: 'issue 11: 24.5 s, 1.0 GB (ours, before)',
    run: async ({ lib, csv }) => {
      const { index, report } = await lib.readTiesCsv(csv, { as: 'index' });
      return `${report.rows.toLocaleString('en')} rows → ${index.order.toLocaleString('en')} people, ${index.size.toLocaleString('en')} ties`;
    },
  },
  {
    id: 'constraint',
    family: 'burt',
    call: 'constraintIndexed(index)',
    input: 'index',
    peer: 'igraph 125 s',
    run: ({ lib, index }) => summary(lib.constraintIndexed(index)),
  },
  {
    id: 'effectiveSize',
    family: 'burt',
    call: 'effectiveSizeIndexed(index)',
    input: 'index',
    run: ({ lib, index }) => summary(lib.effectiveSizeIndexed(index)),
  },
  {
    id: 'efficiency',
    family: 'burt',
    call: 'efficiencyIndexed(index)',
    input: 'index',
    run: ({ lib, index }) => summary(lib.efficiencyIndexed(index)),
  },
  {
    id: 'hierarchy',
    family: 'burt',
    call: 'hierarchyIndexed(index)',
    input: 'index',
    run: ({ lib, index }) => summary(lib.hierarchyIndexed(index)),
  },
  {
    id: 'redundancy',
    family: 'burt',
    call: 'redundancyIndexed(index)',
    input: 'index',
    run: ({ lib, index }) => summary(lib.redundancyIndexed(index)),
  },
  {
    id: 'egoBetweenness',
    family: 'burt',
    call: 'egoBetweennessIndexed(index)',
    input: 'index',
    run: ({ lib, index }) => summary(lib.egoBetweennessIndexed(index)),
  },
  {
    id: 'neighborhoodOverlap',
    family: 'overlap',
    call: 'neighborhoodOverlapIndexed(index)',
    input: 'index',
    peer: 'graph-tool 8.7 s (2 threads), igraph 18.3 s',
    run: ({ lib, index }) => summary(lib.neighborhoodOverlapIndexed(index)),
  },
  {
    id: 'neighborhoodJaccard',
    family: 'overlap',
    call: 'neighborhoodJaccardIndexed(index)',
    input: 'index',
    run: ({ lib, index }) => summary(lib.neighborhoodJaccardIndexed(index)),
  },
  {
    id: 'embeddedness',
    family: 'overlap',
    call: 'embeddednessIndexed(index)',
    input: 'index',
    run: ({ lib, index }) => summary(lib.embeddednessIndexed(index)),
  },
  {
    id: 'overlapStrengthCorrelation',
    family: 'overlap',
    call: 'overlapStrengthCorrelation(index)',
    input: 'index',
    run: ({ lib, index }) => {
      const r = lib.overlapStrengthCorrelation(index);
      return `ρ ${f4(r.rho)} over ${r.ties.toLocaleString('en')} ties`;
    },
  },
  {
    id: 'bridges',
    family: 'bridges',
    call: 'bridges(index)',
    input: 'index',
    run: ({ lib, index }) => `${lib.bridges(index).length.toLocaleString('en')} bridges`,
  },
  {
    id: 'localBridgesNoSpan',
    family: 'bridges',
    call: 'localBridges(index, { withSpan: false })',
    input: 'index',
    run: ({ lib, index }) => `${lib.localBridges(index, { withSpan: false }).length.toLocaleString('en')} local bridges (spans not measured)`,
  },
  {
    id: 'localBridges',
    family: 'bridges',
    call: 'localBridges(index, { getEdgeDistance: null })',
    input: 'index',
    run: ({ lib, index }) => spanSummary(lib.localBridges(index, { getEdgeDistance: null })),
  },
  {
    id: 'localBridgesWeighted',
    family: 'bridges',
    call: 'localBridges(index) (spans with distances 1/strength)',
    input: 'index',
    run: ({ lib, index }) => spanSummary(lib.localBridges(index)),
  },
  {
    id: 'percolationCurve',
    family: 'percolation',
    call: 'percolationCurve(index) (weakFirst, 20 steps)',
    input: 'index',
    run: ({ lib, index }) => {
      const curve = lib.percolationCurve(index);
      const half = curve[Math.floor(curve.length / 2)]!;
      return `R_GC(0) ${f4(curve[0]!.giantComponentFraction)}, R_GC(0.5) ${f4(half.giantComponentFraction)}`;
    },
  },
  {
    id: 'kStepReach',
    family: 'reach',
    call: 'kStepReachIndexed(index, { k: 2 })',
    input: 'index',
    peer: 'igraph 62.8 s',
    run: ({ lib, index }) => summary(lib.kStepReachIndexed(index, { k: 2 })),
  },
  {
    id: 'eiIndex',
    family: 'groups',
    call: 'eiIndex(index, { groups }) (8,348 planted blocks)',
    input: 'index',
    setup: blocks,
    run: ({ lib, index, prepared }) => {
      const r = lib.eiIndex(index, { groups: prepared as Map<string, number> });
      return `network E-I ${f4(r.network.ei)}, ${Object.keys(r.groups).length.toLocaleString('en')} groups`;
    },
  },
  {
    id: 'groupMixingMatrix',
    family: 'groups',
    call: 'groupMixingMatrix(index, { groups }) (8,348 planted blocks)',
    input: 'index',
    setup: blocks,
    run: ({ lib, index, prepared }) => {
      const r = lib.groupMixingMatrix(index, { groups: prepared as Map<string, number> });
      let diagonal = 0;
      let total = 0;
      for (let i = 0; i < r.matrix.length; i++) {
        const row = r.matrix[i]!;
        for (let j = 0; j < row.length; j++) total += row[j]!;
        diagonal += row[i]!;
      }
      return `${r.groups.length.toLocaleString('en')} × ${r.groups.length.toLocaleString('en')}, diagonal share ${f4(diagonal / total)}`;
    },
  },
  {
    id: 'keyPersonRisk',
    family: 'keyperson',
    call: 'keyPersonRisk(index)',
    input: 'index',
    run: ({ lib, index }) => {
      const r = lib.keyPersonRisk(index);
      let articulation = 0;
      for (const key in r.people) if (r.people[key]!.articulationPoint) articulation++;
      return `F ${f4(r.fragmentation)}, ${articulation.toLocaleString('en')} articulation points`;
    },
  },
  {
    id: 'betweenness',
    family: 'betweenness',
    call: 'betweennessIndexed(index, { samples: 256, getEdgeStrength: null })',
    input: 'index',
    run: ({ lib, index }) => summary(lib.betweennessIndexed(index, { samples: 256, seed: 42, getEdgeStrength: null })),
  },
  {
    id: 'independentCascade',
    family: 'cascades',
    call: 'independentCascade(index, 5 highest-degree people) (1,000 runs)',
    input: 'index',
    setup: ({ index }) => topDegree(index, 5),
    run: async ({ lib, index, prepared }) => {
      const r = await lib.independentCascade(index, prepared as string[]);
      return `σ̂ ${r.expectedReach.toFixed(1)} ± ${r.standardError.toFixed(1)}`;
    },
  },
  {
    id: 'referralValue',
    family: 'cascades',
    call: 'referralValue(index, { values }) (everyone, 1,000 runs, novelty by communities)',
    input: 'index',
    setup: ({ index }) => {
      const values = new Map<string, number>();
      for (let i = 0; i < index.order; i++) values.set(index.keys[i]!, 1);
      return values;
    },
    run: async ({ lib, index, prepared }) => {
      const r = await lib.referralValue(index, { values: prepared as Map<string, number> });
      let sum = 0;
      let count = 0;
      for (const key in r) {
        sum += r[key]!.value;
        count++;
      }
      return `${count.toLocaleString('en')} people, mean RV ${f4(sum / count)}`;
    },
  },
  {
    id: 'referralValueSample',
    family: 'cascades',
    call: 'referralValue(index, { values, groups, nodes }) (10,000 people: every 100th; planted blocks as communities)',
    input: 'index',
    setup: (ctx) => {
      const { index } = ctx;
      const values = new Map<string, number>();
      for (let i = 0; i < index.order; i++) values.set(index.keys[i]!, 1);
      const nodes: string[] = [];
      for (let i = 0; i < index.order; i += 100) nodes.push(index.keys[i]!);
      return { values, groups: blocks(ctx), nodes };
    },
    run: async ({ lib, index, prepared }) => {
      const options = prepared as { values: Map<string, number>; groups: Map<string, number>; nodes: string[] };
      const r = await lib.referralValue(index, options);
      let sum = 0;
      for (const key in r) sum += r[key]!.value;
      return `${options.nodes.length.toLocaleString('en')} people, mean RV ${f4(sum / options.nodes.length)}`;
    },
  },
  {
    id: 'influenceMaximization',
    family: 'cascades',
    call: 'influenceMaximization(index) (5 seeds, 1,000 runs, every candidate)',
    input: 'index',
    run: async ({ lib, index }) => {
      const r = await lib.influenceMaximization(index);
      return `σ̂ ${r.spread.toFixed(1)}, ${r.evaluations.toLocaleString('en')} evaluations`;
    },
  },
  {
    id: 'communities',
    family: 'communities',
    call: 'communities(index, { seed: 42 })',
    input: 'index',
    peer: 'igraph 103 s; graphology 94.6 s, 5.3 GB (issue 11, same run: igraph 86.7 s, 2.1 GB, Q 0.7368)',
    run: ({ lib, index }) => {
      const r = lib.communities(index, { seed: 42 });
      return `Q ${f4(r.modularity)}, ${r.count.toLocaleString('en')} communities`;
    },
  },
]);
