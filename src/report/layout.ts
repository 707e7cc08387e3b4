/**
 * The layout of the group graph: ForceAtlas2 (graphology-layout-forceatlas2) from a circle,
 * a fixed number of iterations, no randomness, so the same groups and ties give the same picture.
 *
 * @internal
 * @module
 */

/** @internal Places `k` groups joined by weighted links; returns x, y per group. */
export async function layoutGroups(
  sizes: readonly number[],
  links: readonly { a: number; b: number; ties: number }[],
  iterations = 400,
): Promise<{ x: number[]; y: number[] }> {
  const k = sizes.length;
  const x = sizes.map((_, i) => Math.cos((2 * Math.PI * i) / Math.max(1, k)) * 100);
  const y = sizes.map((_, i) => Math.sin((2 * Math.PI * i) / Math.max(1, k)) * 100);
  if (k < 3 || links.length === 0) return { x, y };
  const [{ default: Graph }, fa2] = await Promise.all([import('graphology'), import('graphology-layout-forceatlas2')]);
  const forceAtlas2 = ((fa2 as unknown as { default?: unknown }).default ?? fa2) as {
    (graph: unknown, options: unknown): Record<string, { x: number; y: number }>;
    inferSettings(graph: unknown): Record<string, unknown>;
  };
  const G = Graph as unknown as new (options: unknown) => {
    addNode(key: string, attributes: unknown): void;
    addEdge(a: string, b: string, attributes: unknown): void;
    order: number;
  };
  const graph = new G({ type: 'undirected' });
  sizes.forEach((size, i) => graph.addNode(String(i), { x: x[i], y: y[i], size: Math.sqrt(size) }));
  let max = 0;
  for (const l of links) max = Math.max(max, l.ties);
  for (const l of links) if (l.a !== l.b && l.ties > 0) graph.addEdge(String(l.a), String(l.b), { weight: l.ties / max });
  const positions = forceAtlas2(graph, {
    iterations,
    getEdgeWeight: 'weight',
    settings: { ...forceAtlas2.inferSettings(graph), gravity: 1, scalingRatio: 10, adjustSizes: false, barnesHutOptimize: false, strongGravityMode: true },
  });
  return { x: sizes.map((_, i) => positions[String(i)]!.x), y: sizes.map((_, i) => positions[String(i)]!.y) };
}
