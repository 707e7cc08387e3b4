#!/usr/bin/python3
"""Golden values for the structural tie measures (test/ties/ties-structure.golden.test.ts):
embeddedness, neighborhoodOverlap, neighborhoodJaccard, localBridges and bridges.

Run by hand, never in CI, with the Debian packages (not a pyenv/venv Python), from the repository root:

    apt-get install python3-networkx python3-igraph
    /usr/bin/python3 test/golden/generate_ties_structure.py    # writes test/fixtures/golden/<metric>.<graph>.json

and review every change of the JSON files as a diff (STYLE.md §9).

Graphs: the shared fixtures test/fixtures/graphs/<name>.json (written by test/golden/fixtures.py) as
the merged simple graph of METRICS.md §1.3 (parallel edges summed, self-loops dropped), nodes in the
stored order. Directed fixtures are projected to undirected ties (METRICS.md §1.3), both ways:
  'any'    i-j tied when i->j or j->i exists,
  'mutual' i-j tied only when both arcs exist;
the projected strength is a_ij + a_ji and, when weights are read as distances, the projected distance
is min(d_ij, d_ji). Undirected fixtures have only 'any'.

Every file lists the ties as {source, target, ...} with source before target in the fixture's node
order, sorted by (source position, target position): the order the library returns them in.

- embeddedness.<graph>.json: n_ij = len(networkx.common_neighbors(G, i, j)).
- neighborhood-overlap.<graph>.json: O_ij = n_ij / ((k_i - 1) + (k_j - 1) - n_ij), k = G.degree
  (Onnela et al. 2007; METRICS.md §3.2); null (NaN) when the denominator is 0.
- neighborhood-jaccard.<graph>.json: J_ij = |N[i] & N[j]| / |N[i] | N[j]| on closed neighbourhoods
  N[x] = set(G[x]) | {x}, computed on Python sets (NetworkX has no such function).
- local-bridges.<graph>.json: networkx.local_bridges(G, with_span=True, weight=...) with three
  distance conventions of the library:
    'hops'     weight=None                        (getEdgeDistance: null; NetworkX's default)
    'inverse'  weight='distance', distance = 1/strength (the library's default toDistance)
    'weight'   weight='distance', distance = the stored weight read as a distance (getEdgeDistance: 'weight')
  An infinite span (a global bridge) is written as null. NetworkX is called on the graph without
  self-loops (NetworkX counts a self-looped node as its own neighbour; METRICS.md §1.3 ignores self-loops).
- bridges.<graph>.json: networkx.bridges(G), cross-checked with igraph Graph.bridges() (the script
  stops if they differ).

JSON has no NaN or Infinity: null stands for NaN (overlap) and for Infinity (span).
"""

import json
import math
import platform
import sys
from pathlib import Path

import igraph
import networkx as nx

ROOT = Path(__file__).resolve().parents[2]
GRAPHS = ROOT / 'test' / 'fixtures' / 'graphs'
OUT = ROOT / 'test' / 'fixtures' / 'golden'
GENERATOR = 'test/golden/generate_ties_structure.py'
FIXTURES = ['kite', 'org', 'borgatti1997', 'karate', 'florentine', 'random-weighted', 'directed-weighted', 'messy']


def load(name):
    data = json.loads((GRAPHS / f'{name}.json').read_text(encoding='utf-8'))
    return data


def merged(data):
    """The merged simple graph: nx.Graph or nx.DiGraph, weights summed (strengths), distances kept
    at their minimum (when weights are read as distances), self-loops dropped, nodes in stored order."""
    g = nx.DiGraph() if data['directed'] else nx.Graph()
    g.add_nodes_from(data['nodes'])
    for u, v, w in data['edges']:
        if u == v:
            continue
        if g.has_edge(u, v):
            g[u][v]['strength'] += w
            g[u][v]['wdist'] = min(g[u][v]['wdist'], w)
        else:
            g.add_edge(u, v, strength=w, wdist=w)
    return g


def project(g, projection):
    """The undirected projection of a DiGraph ('any' or 'mutual'), or the graph itself."""
    if not g.is_directed():
        return g
    p = nx.Graph()
    p.add_nodes_from(g.nodes)
    for u, v, d in g.edges(data=True):
        back = g.get_edge_data(v, u)
        if projection == 'mutual' and back is None:
            continue
        if p.has_edge(u, v):
            continue
        strength = d['strength'] + (back['strength'] if back else 0)
        wdist = min(d['wdist'], back['wdist']) if back else d['wdist']
        p.add_edge(u, v, strength=strength, wdist=wdist)
    return p


def ordered_ties(g, position):
    """Ties as (source, target) with source earlier in node order, sorted as the library lists them."""
    ties = [(u, v) if position[u] < position[v] else (v, u) for u, v in g.edges()]
    return sorted(ties, key=lambda e: (position[e[0]], position[e[1]]))


def null_if(x, bad):
    return None if bad(x) else x


def tie_values(g, position, value):
    return [{'source': u, 'target': v, 'value': value(u, v)} for u, v in ordered_ties(g, position)]


def embeddedness(g, u, v):
    return len(list(nx.common_neighbors(g, u, v)))


def overlap(g, u, v):
    n = embeddedness(g, u, v)
    denominator = (g.degree(u) - 1) + (g.degree(v) - 1) - n
    return None if denominator == 0 else n / denominator


def jaccard(g, u, v):
    a = set(g[u]) | {u}
    b = set(g[v]) | {v}
    return len(a & b) / len(a | b)


def local_bridge_rows(g, position, weight):
    h = g.copy()
    for u, v, d in h.edges(data=True):
        d['distance'] = 1 / d['strength'] if weight == 'inverse' else d['wdist']
    rows = []
    for u, v, span in nx.local_bridges(h, with_span=True, weight=None if weight == 'hops' else 'distance'):
        s, t = (u, v) if position[u] < position[v] else (v, u)
        rows.append({'source': s, 'target': t, 'span': None if math.isinf(span) else span})
    return sorted(rows, key=lambda r: (position[r['source']], position[r['target']]))


def bridge_rows(g, position):
    rows = [{'source': u, 'target': v} if position[u] < position[v] else {'source': v, 'target': u}
            for u, v in nx.bridges(g)]
    rows.sort(key=lambda r: (position[r['source']], position[r['target']]))
    # igraph cross-check on the same simple graph.
    nodes = list(g.nodes)
    ig = igraph.Graph(n=len(nodes), edges=[(position[u], position[v]) for u, v in g.edges()])
    got = sorted(tuple(sorted((ig.es[e].source, ig.es[e].target))) for e in ig.bridges())
    want = sorted((position[r['source']], position[r['target']]) for r in rows)
    if got != want:
        sys.exit(f'bridges: NetworkX and igraph disagree: {want} vs {got}')
    return rows


def provenance(data, functions, params):
    return {
        'generator': GENERATOR,
        'networkx': nx.__version__,
        'igraph': igraph.__version__,
        'python': platform.python_version(),
        'function': functions,
        'params': params,
        'graph': {
            'name': data['name'],
            'source': f"test/fixtures/graphs/{data['name']}.json",
            'description': data['description'],
            'directed': data['directed'],
        },
    }


def write(metric, name, doc):
    path = OUT / f'{metric}.{name}.json'
    path.write_text(json.dumps(doc, indent=1, ensure_ascii=False, allow_nan=False) + '\n', encoding='utf-8')


PROJECTION_NOTE = "directed: undirected projection, 'any' (i->j or j->i) and 'mutual' (both arcs); strength a_ij + a_ji"


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name in FIXTURES:
        data = load(name)
        position = {node: i for i, node in enumerate(data['nodes'])}
        g = merged(data)
        projections = ['any', 'mutual'] if data['directed'] else ['any']
        graphs = {p: project(g, p) for p in projections}

        write('embeddedness', name, {
            'provenance': provenance(data, ['networkx.common_neighbors'], {'projection': PROJECTION_NOTE}),
            'values': {p: tie_values(h, position, lambda u, v, h=h: embeddedness(h, u, v)) for p, h in graphs.items()},
        })
        write('neighborhood-overlap', name, {
            'provenance': provenance(data, ['networkx.common_neighbors', 'networkx.Graph.degree',
                                            'O = n / ((k_i - 1) + (k_j - 1) - n), null when 0/0 (METRICS.md §3.2)'],
                                     {'projection': PROJECTION_NOTE}),
            'values': {p: tie_values(h, position, lambda u, v, h=h: overlap(h, u, v)) for p, h in graphs.items()},
        })
        write('neighborhood-jaccard', name, {
            'provenance': provenance(data, ['networkx.Graph.__getitem__ (neighbourhoods)',
                                            'J = |N[i] & N[j]| / |N[i] | N[j]|, N[x] = N(x) | {x} (METRICS.md §3.2)'],
                                     {'projection': PROJECTION_NOTE}),
            'values': {p: tie_values(h, position, lambda u, v, h=h: jaccard(h, u, v)) for p, h in graphs.items()},
        })
        write('local-bridges', name, {
            'provenance': provenance(data, ['networkx.local_bridges(G, with_span=True, weight=...)'], {
                'projection': PROJECTION_NOTE,
                'hops': 'weight=None (library: getEdgeDistance: null)',
                'inverse': 'weight = 1/strength (library default: toDistance "inverse")',
                'weight': 'weight = stored weight as distance, min over merged arcs (library: getEdgeDistance: "weight")',
                'span': 'null = Infinity (a global bridge)',
            }),
            'values': {p: {w: local_bridge_rows(h, position, w) for w in ['hops', 'inverse', 'weight']}
                       for p, h in graphs.items()},
        })
        write('bridges', name, {
            'provenance': provenance(data, ['networkx.bridges', 'igraph.Graph.bridges (cross-check)'],
                                     {'projection': PROJECTION_NOTE}),
            'values': {p: bridge_rows(h, position) for p, h in graphs.items()},
        })
        print(f'{name}: {sum(h.number_of_edges() for h in graphs.values())} ties')


if __name__ == '__main__':
    main()
