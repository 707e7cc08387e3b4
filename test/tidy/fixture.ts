/**
 * A small organisation for the tidy tests: METRICS.md F2 "org" (a1–a2 3, a1–a3 2, a2–a3 1,
 * a3–b1 1, b1–b2 4, b2–c1 1, a2–b2 1) with departments, plus customers of two accounts
 * (x1, x2 of Acme; y1 of Globex) and an engagement score per person.
 */
import { UndirectedGraph } from 'graphology';

export function tidyOrg(): UndirectedGraph {
  const g = new UndirectedGraph();
  const dept: Record<string, string> = { a1: 'A', a2: 'A', a3: 'A', b1: 'B', b2: 'B', c1: 'C' };
  const engagement: Record<string, number> = { a1: 0.9, a2: 0.2, a3: 0.7, b1: 0.4, b2: 0.8, c1: 0.1, x1: 0.5, x2: 0.6, y1: 0.3 };
  for (const [node, department] of Object.entries(dept)) g.addNode(node, { department, kind: 'employee', engagement: engagement[node] });
  for (const [node, account] of [['x1', 'Acme'], ['x2', 'Acme'], ['y1', 'Globex']] as const) {
    g.addNode(node, { kind: 'customer', account, department: 'Customers', engagement: engagement[node] });
  }
  const edges: [string, string, number][] = [
    ['a1', 'a2', 3], ['a1', 'a3', 2], ['a2', 'a3', 1], ['a3', 'b1', 1], ['b1', 'b2', 4], ['b2', 'c1', 1], ['a2', 'b2', 1],
    ['a1', 'x1', 4], ['b2', 'x2', 1], ['c1', 'y1', 2], ['x1', 'x2', 1],
  ];
  for (const [u, v, w] of edges) g.addEdge(u, v, { weight: w });
  return g;
}
