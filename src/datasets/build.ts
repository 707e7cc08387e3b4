/**
 * Internal helpers that turn the embedded CSV texts of `data/*.ts` into fresh graphology graphs.
 *
 * @module
 * @internal
 */
import { DirectedGraph } from 'graphology';
import type { Attributes } from 'graphology-types';

/**
 * @internal
 * The rows of an embedded CSV text, header skipped. The text was written and checked by
 * `test/datasets/generate-data.mjs` (no quoting, no empty cells, fixed column count), so a plain
 * split is exact.
 */
export function csvRows<Row extends readonly string[]>(text: string): Row[] {
  const lines = text.split('\n');
  const rows: Row[] = [];
  for (let i = 1; i < lines.length; i += 1) rows.push((lines[i] as string).split(',') as unknown as Row);
  return rows;
}

/** @internal One relation layer: the edge flag it sets (e.g. `'reportsTo'`) and its `source,target` CSV. */
export type RelationLayer = readonly [flag: string, csv: string];

/**
 * @internal
 * Builds a fresh DirectedGraph from node rows and one or more relation layers.
 *
 * One edge per ordered pair, keyed `"source->target"`. With one layer (`multiplex` false) an
 * edge is `{ [flag]: true, weight: 1 }`. With `multiplex` true every edge carries every layer's
 * flag (`true` when the pair is tied in that layer, else `false`) and `weight` = the number of
 * layers in which the pair is tied. Edges are added in order of first appearance, layer by layer.
 */
export function relationGraph<NodeAttributes extends Attributes, EdgeAttributes extends Attributes>(
  nodes: readonly (readonly [key: string, attributes: NodeAttributes])[],
  layers: readonly RelationLayer[],
  multiplex: boolean,
): DirectedGraph<NodeAttributes, EdgeAttributes> {
  const graph = new DirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const [key, attributes] of nodes) graph.addNode(key, attributes);
  for (const [flag, csv] of layers) {
    for (const [source, target] of csvRows<[string, string]>(csv)) {
      const key = `${source}->${target}`;
      if (graph.hasEdge(key)) {
        const attributes = graph.getEdgeAttributes(key);
        graph.mergeEdgeAttributes(key, { [flag]: true, weight: (attributes.weight as number) + 1 } as unknown as Partial<EdgeAttributes>);
        continue;
      }
      const attributes: Record<string, unknown> = {};
      if (multiplex) for (const [other] of layers) attributes[other] = other === flag;
      else attributes[flag] = true;
      attributes.weight = 1;
      graph.addDirectedEdgeWithKey(key, source, target, attributes as EdgeAttributes);
    }
  }
  return graph;
}
