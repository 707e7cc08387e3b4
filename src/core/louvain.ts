/**
 * Louvain community detection on a {@link CsrIndex}: graphology-communities-louvain run on the
 * index's simple graph (node keys = dense ids, edge weight = merged strength), with the caller's
 * generator, and the communities renumbered by decreasing size.
 *
 * This is the one place in `core/` besides `build-index.ts` that touches graphology: Louvain is
 * graphology's implementation, fed the merged strengths explicitly (STYLE.md §5).
 *
 * @internal
 * @module
 */
import { DirectedGraph, UndirectedGraph } from 'graphology';
import louvainImport from 'graphology-communities-louvain';
import type { CsrIndex } from './csr.js';
import { renumberBySize } from './leiden/labels.js';

// graphology-communities-louvain is CommonJS (`module.exports = fn`) with an `export default`
// declaration. Under NodeNext, TypeScript types the default import as the module namespace, while
// Node, tsx, vitest and tsup's CJS interop all hand over the function itself; accept both shapes.
type Louvain = typeof louvainImport.default;
const louvain: Louvain =
  (louvainImport as unknown as { default?: Louvain }).default ?? (louvainImport as unknown as Louvain);

/**
 * @internal
 * Runs graphology's Louvain on the simple graph of the index (node keys = dense ids, edge weight =
 * merged strength) and returns each node's community, renumbered by decreasing size (ties: the
 * community of the earlier node first). A graph without ties puts every node in its own community.
 */
export function louvainKernel(
  index: CsrIndex,
  resolution: number,
  rng: () => number,
): { communityOf: Int32Array; sizes: number[] } {
  const n = index.order;
  const raw = new Int32Array(n);
  if (index.size === 0) {
    for (let v = 0; v < n; v++) raw[v] = v;
  } else {
    const mapping = louvain(simpleGraph(index), { getEdgeWeight: 'weight', resolution, rng });
    for (let v = 0; v < n; v++) raw[v] = mapping[v]!;
  }
  return renumberBySize(raw);
}

/** The index as a graphology graph whose node keys are the dense ids and whose edges carry `weight`. */
function simpleGraph(index: CsrIndex): UndirectedGraph | DirectedGraph {
  const graph = index.directed ? new DirectedGraph() : new UndirectedGraph();
  const n = index.order;
  for (let v = 0; v < n; v++) graph.addNode(v);
  const { size, tieSources, tieTargets, tieStrengths } = index;
  for (let t = 0; t < size; t++) {
    graph.addEdgeWithKey(t, tieSources[t]!, tieTargets[t]!, { weight: tieStrengths[t]! });
  }
  return graph;
}
