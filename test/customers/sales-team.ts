/**
 * A small two-mode test graph shared by the customer-coverage and key-person-risk tests:
 * employees ann, bob, cat; customer contacts ada and abe (account Acme), gus (Globex), ivy (Initech).
 *
 *   ann–ada 5   bob–abe 1   bob–gus 4   cat–gus 3   cat–ivy 1   ann–bob 2 (colleagues)
 */
import { UndirectedGraph } from 'graphology';

export function salesTeam(): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const e of ['ann', 'bob', 'cat']) g.addNode(e, { kind: 'employee' });
  g.addNode('ada', { kind: 'customer', account: 'Acme' });
  g.addNode('abe', { kind: 'customer', account: 'Acme' });
  g.addNode('gus', { kind: 'customer', account: 'Globex' });
  g.addNode('ivy', { kind: 'customer', account: 'Initech' });
  g.addEdge('ann', 'ada', { weight: 5 });
  g.addEdge('bob', 'abe', { weight: 1 });
  g.addEdge('bob', 'gus', { weight: 4 });
  g.addEdge('cat', 'gus', { weight: 3 });
  g.addEdge('cat', 'ivy', { weight: 1 });
  g.addEdge('ann', 'bob', { weight: 2 });
  return g;
}
