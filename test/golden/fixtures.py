#!/usr/bin/python3
"""Writes the shared fixture graphs as JSON (test/fixtures/graphs/<name>.json), so that the
TypeScript tests and every golden generator read exactly the same edge lists.

Run by hand with Debian's Python (apt-get install python3-networkx):
    /usr/bin/python3 test/golden/fixtures.py

Each file: { name, directed, description, source, nodes: [key...], edges: [[u, v, weight]...],
nodeAttributes: { key: { attr: value } } }. Node keys are strings. Weights are strengths.
"""
import json
import os
import random

import networkx as nx

OUT = os.path.join(os.path.dirname(__file__), '..', 'fixtures', 'graphs')


def write(name, directed, nodes, edges, description, source, node_attributes=None):
    data = {
        'name': name,
        'directed': directed,
        'description': description,
        'source': source,
        'nodes': [str(n) for n in nodes],
        'edges': [[str(u), str(v), w] for u, v, w in edges],
        'nodeAttributes': {str(k): v for k, v in (node_attributes or {}).items()},
    }
    with open(os.path.join(OUT, f'{name}.json'), 'w') as f:
        json.dump(data, f, indent=1)
        f.write('\n')


def main():
    os.makedirs(OUT, exist_ok=True)
    kite = nx.krackhardt_kite_graph()
    write('kite', False, list(kite.nodes), [(u, v, 1) for u, v in kite.edges],
          'F1 Krackhardt kite (Krackhardt 1990), unweighted', f'networkx {nx.__version__} krackhardt_kite_graph()')

    org_edges = [('a1', 'a2', 3), ('a1', 'a3', 2), ('a2', 'a3', 1), ('a3', 'b1', 1), ('b1', 'b2', 4), ('b2', 'c1', 1), ('a2', 'b2', 1)]
    org_nodes = ['a1', 'a2', 'a3', 'b1', 'b2', 'c1', 'z']
    groups = {'a1': 'A', 'a2': 'A', 'a3': 'A', 'b1': 'B', 'b2': 'B', 'c1': 'C', 'z': 'C'}
    write('org', False, org_nodes, org_edges, "F2 'org': weighted strengths, isolate z, groups A/B/C (METRICS.md §1.4)",
          'METRICS.md §1.4', {k: {'group': g} for k, g in groups.items()})

    borgatti = [('A', 'B', 2), ('A', 'F', 3), ('A', 'G', 5), ('A', 'E', 2), ('E', 'G', 8), ('F', 'G', 3), ('B', 'G', 4),
                ('B', 'D', 1), ('D', 'G', 3), ('G', 'C', 10)]
    write('borgatti1997', False, ['A', 'B', 'C', 'D', 'E', 'F', 'G'], borgatti,
          'F3 Borgatti (1997) structural-holes example, weighted', 'METRICS.md §1.4; NetworkX structural-holes tests')

    karate = nx.karate_club_graph()
    write('karate', False, list(karate.nodes), [(u, v, d['weight']) for u, v, d in karate.edges(data=True)],
          "Zachary's karate club (Zachary 1977); weight = number of contexts", f'networkx {nx.__version__} karate_club_graph()',
          {n: {'club': karate.nodes[n]['club']} for n in karate.nodes})

    flo = nx.florentine_families_graph()
    write('florentine', False, sorted(flo.nodes), sorted((u, v, 1) for u, v in flo.edges),
          "Padgett's Florentine families, marriage ties (Padgett & Ansell 1993); Pucci (isolated) absent as in NetworkX",
          f'networkx {nx.__version__} florentine_families_graph()')

    rng = random.Random(20261123)
    g = nx.gnm_random_graph(30, 80, seed=20261123)
    # Integer strengths 1..4; with toDistance 'inverse' the distances are 1, 1/2, 1/3, 1/4.
    write('random-weighted', False, list(g.nodes), [(u, v, rng.randint(1, 4)) for u, v in g.edges],
          'seeded G(n=30, m=80) with integer strengths 1..4', f'networkx {nx.__version__} gnm_random_graph(30, 80, seed=20261123); random.Random(20261123)')

    directed = [('a', 'b', 2), ('b', 'a', 1), ('a', 'c', 3), ('c', 'a', 3), ('b', 'c', 1), ('c', 'd', 2), ('d', 'e', 1),
                ('e', 'd', 4), ('f', 'a', 1), ('f', 'd', 2), ('g', 'c', 1), ('b', 'h', 2), ('e', 'h', 1)]
    write('directed-weighted', True, ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], directed,
          'directed, weighted: reciprocal arcs (a-b, a-c, d-e), sources only (f, g), in-only node (h)', 'hand-made',
          {'a': {'group': 'X'}, 'b': {'group': 'X'}, 'c': {'group': 'Y'}, 'd': {'group': 'Y'}, 'e': {'group': 'Z'},
           'f': {'group': 'Z'}, 'g': {'group': 'X'}, 'h': {'group': 'Y'}})

    messy = [('a', 'b', 2), ('b', 'c', 1), ('c', 'a', 3), ('c', 'd', 1), ('d', 'e', 2), ('e', 'f', 1), ('f', 'd', 1),
             ('d', 'p', 1), ('x', 'y', 5), ('s', 's', 2)]
    write('messy', False, ['a', 'b', 'c', 'd', 'e', 'f', 'p', 'x', 'y', 's', 'i1', 'i2'], messy,
          'undirected, weighted: two triangles joined by a bridge, a pendant p, a two-person component x-y, '
          'a node s with only a self-loop, isolates i1 and i2', 'hand-made',
          {'a': {'group': 'G1'}, 'b': {'group': 'G1'}, 'c': {'group': 'G1'}, 'd': {'group': 'G2'}, 'e': {'group': 'G2'},
           'f': {'group': 'G2'}, 'p': {'group': 'G2'}, 'x': {'group': 'G3'}, 'y': {'group': 'G3'}, 's': {'group': 'G3'},
           'i1': {'group': 'G1'}, 'i2': {'group': 'G2'}})


if __name__ == '__main__':
    main()
