#!/usr/bin/python3
"""Golden values for keyPersonRisk (test/reach/key-person-risk.golden.test.ts): articulation
points, Borgatti's (2006) fragmentation F and distance-weighted fragmentation D_F of every graph
and of every graph with one node removed, and exclusive brokerage.

Run by hand, never in CI, with the Debian packages (not a pyenv/venv Python), from the repository root:

    apt-get install python3-networkx python3-igraph
    /usr/bin/python3 test/golden/generate_keyplayer.py    # writes test/fixtures/golden/keyplayer-<graph>.json

and review every change of the JSON files as a diff (STYLE.md §9).

Graphs: the shared fixtures test/fixtures/graphs/<name>.json (written by test/golden/fixtures.py) as
the merged simple graph of METRICS.md §1.3 (parallel edges merged, self-loops dropped), nodes in the
stored order. Directed fixtures use their undirected projection (G.to_undirected(): i-j tied when
i->j or j->i), the convention of keyPersonRisk (weak components).

Definitions (METRICS.md §3.10), n = number of nodes:
  F   = 1 - sum_c s_c (s_c - 1) / (n (n - 1)),  s_c from networkx.connected_components
  D_F = 1 - sum_{i != j} (1 / d_ij) / (n (n - 1)),  d_ij from networkx.all_pairs_shortest_path_length (hops)
  F(G - v), D_F(G - v): the same on G.copy() with v removed (n - 1 nodes)
  risk = F(G - v) - F(G), distanceRisk = D_F(G - v) - D_F(G)
  pieces(v) = number of connected components of G - v among the nodes of v's component
  exclusiveBrokerage(v) = number of unordered pairs {a, b} of v's neighbours, not adjacent, whose
    common neighbours (networkx.common_neighbors) are exactly {v}
n <= 1 gives NaN, written as null (JSON has no NaN). Articulation points come from
networkx.articulation_points and are cross-checked with igraph Graph.articulation_points() (the
script stops if they differ); F is cross-checked with igraph Graph.connected_components().
"""

import json
import math
import platform
import sys
from itertools import combinations
from pathlib import Path

import igraph
import networkx as nx

ROOT = Path(__file__).resolve().parents[2]
GRAPHS = ROOT / 'test' / 'fixtures' / 'graphs'
OUT = ROOT / 'test' / 'fixtures' / 'golden'
GENERATOR = 'test/golden/generate_keyplayer.py'
FIXTURES = ['kite', 'org', 'borgatti1997', 'karate', 'florentine', 'random-weighted', 'directed-weighted', 'messy']


def simple_graph(data):
    """The merged simple graph, undirected projection for directed fixtures, nodes in stored order."""
    g = nx.Graph()
    g.add_nodes_from(data['nodes'])
    for u, v, _ in data['edges']:
        if u != v:
            g.add_edge(u, v)
    return g


def fragmentation(g):
    n = g.number_of_nodes()
    if n <= 1:
        return None
    pairs = math.fsum(len(c) * (len(c) - 1) for c in nx.connected_components(g))
    return 1 - pairs / (n * (n - 1))


def distance_fragmentation(g):
    n = g.number_of_nodes()
    if n <= 1:
        return None
    total = math.fsum(1 / d for s, dists in nx.all_pairs_shortest_path_length(g) for t, d in dists.items() if t != s)
    return 1 - total / (n * (n - 1))


def igraph_checks(g, nodes):
    index = {v: i for i, v in enumerate(nodes)}
    ig = igraph.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in g.edges()])
    points = sorted(nodes[i] for i in ig.articulation_points())
    sizes = ig.connected_components().sizes()
    n = len(nodes)
    f = None if n <= 1 else 1 - math.fsum(s * (s - 1) for s in sizes) / (n * (n - 1))
    return points, f


def minus(a, b):
    return None if a is None or b is None else a - b


def exclusive_brokerage(g, v):
    count = 0
    for a, b in combinations(list(g[v]), 2):
        if not g.has_edge(a, b) and set(nx.common_neighbors(g, a, b)) == {v}:
            count += 1
    return count


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name in FIXTURES:
        data = json.loads((GRAPHS / f'{name}.json').read_text(encoding='utf-8'))
        g = simple_graph(data)
        nodes = data['nodes']
        points = set(nx.articulation_points(g))
        ig_points, ig_f = igraph_checks(g, nodes)
        if sorted(points) != ig_points:
            sys.exit(f'{name}: NetworkX and igraph disagree on articulation points: {sorted(points)} vs {ig_points}')
        f = fragmentation(g)
        if (f is None) != (ig_f is None) or (f is not None and abs(f - ig_f) > 1e-12):
            sys.exit(f'{name}: NetworkX and igraph disagree on F: {f} vs {ig_f}')
        df = distance_fragmentation(g)
        component = {v: c for c in nx.connected_components(g) for v in c}
        people = {}
        for v in nodes:
            h = g.copy()
            h.remove_node(v)
            f_after = fragmentation(h)
            df_after = distance_fragmentation(h)
            rest = component[v] - {v}
            pieces = sum(1 for c in nx.connected_components(h.subgraph(rest)))
            people[v] = {
                'articulationPoint': v in points,
                'pieces': pieces,
                'fragmentationAfter': f_after,
                'distanceFragmentationAfter': df_after,
                'fragmentationRisk': minus(f_after, f),
                'distanceFragmentationRisk': minus(df_after, df),
                'exclusiveBrokerage': exclusive_brokerage(g, v),
            }
        doc = {
            'provenance': {
                'generator': GENERATOR,
                'networkx': nx.__version__,
                'igraph': igraph.__version__,
                'python': platform.python_version(),
                'function': [
                    'networkx.articulation_points',
                    'networkx.connected_components (of G and of G - v)',
                    'networkx.all_pairs_shortest_path_length (of G and of G - v)',
                    'networkx.common_neighbors (exclusive brokerage)',
                    'igraph.Graph.articulation_points (cross-check)',
                    'igraph.Graph.connected_components (cross-check of F)',
                ],
                'params': {
                    'distances': 'hops',
                    'projection': "directed: undirected projection (G.to_undirected(), 'any': i->j or j->i)",
                    'nullMeans': 'NaN (n <= 1)',
                },
                'graph': {
                    'name': name,
                    'source': f'test/fixtures/graphs/{name}.json',
                    'description': data['description'],
                    'directed': data['directed'],
                    'nodes': len(nodes),
                    'ties': g.number_of_edges(),
                },
            },
            'values': {
                'fragmentation': f,
                'distanceFragmentation': df,
                'articulationPoints': [v for v in nodes if v in points],
                'people': people,
            },
        }
        path = OUT / f'keyplayer-{name}.json'
        path.write_text(json.dumps(doc, indent=1, ensure_ascii=False, allow_nan=False) + '\n', encoding='utf-8')
        print(f'wrote {path.relative_to(ROOT)}: {len(nodes)} nodes, {len(points)} articulation points, F = {f}')


if __name__ == '__main__':
    main()
