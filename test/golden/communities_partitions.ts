/**
 * Prints, as JSON on stdout, the partition `communities()` returns on every shared fixture graph
 * for the settings of test/golden/generate_groups.py (seed 42 by default). The generator calls
 * this script, then has NetworkX compute the modularity of exactly these partitions: partitions
 * differ between Louvain implementations, so the golden file pins ours and checks its Q.
 *
 *   npx tsx test/golden/communities_partitions.ts
 */
import { communities } from '../../src/groups/communities.js';
import { FIXTURES, fixtureGraph } from '../fixtures/graphs.js';

/** The settings the generator asks for: name → options of communities(). */
export const SETTINGS = {
  weighted: { resolution: 1 },
  unweighted: { resolution: 1, getEdgeStrength: null },
  'weighted-resolution-2': { resolution: 2 },
  'weighted-resolution-0.5': { resolution: 0.5 },
  'weighted-seed-7': { resolution: 1, seed: 7 },
} as const;

const out: Record<string, Record<string, unknown>> = {};
for (const name of FIXTURES) {
  const graph = fixtureGraph(name);
  out[name] = {};
  for (const [setting, options] of Object.entries(SETTINGS)) {
    const result = communities(graph, options);
    out[name][setting] = { options, partition: result.partition, modularity: result.modularity, count: result.count, sizes: result.sizes };
  }
}
process.stdout.write(JSON.stringify(out) + '\n');
