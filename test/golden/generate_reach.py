#!/usr/bin/python3
"""Golden values for the reach family (test/reach/*.golden.test.ts): kStepReach, reachEfficiency
and distanceWeightedReach.

Run by hand, never in CI, with the Debian packages (not a pyenv/venv Python):

    apt-get install python3-networkx python3-igraph
    /usr/bin/python3 test/golden/generate_reach.py     # writes test/fixtures/golden/reach-<graph>.json

and review every change of the JSON files as a diff (STYLE.md §9).

Graphs: every shared fixture of test/fixtures/graphs/*.json (written by fixtures.py), turned into a
simple graph as tiestrength's index does (METRICS.md §1.3): self-loops dropped, parallel edges merged
with strengths summed.

Cases, per graph: direction 'out' (and 'in' for directed graphs, on G.reverse()) x via 'any',
'strong', 'weak'. Strong ties are those whose merged strength is >= STRONG_THRESHOLD (the TypeScript
tests pass `strongTies: 2`); on directed graphs the strength of the undirected projection
a_ij + a_ji, so both arcs of a pair share the class (src/ties/strong-ties.ts). 'strong' keeps only
strong ties, 'weak' only the others.

Values:
- kStepReach counts for k = 1, 2, 3: len(networkx.single_source_shortest_path_length(H, i,
  cutoff=k)) - 1, cross-checked with igraph Graph.neighborhood_size(order=k, mode='out', mindist=1)
  (the script stops on any difference);
- reachEfficiency: the k = 2 count divided by the number of contacts in H (out-degree; in-degree on
  G.reverse() for 'in'), null (NaN) without contacts;
- distanceWeightedReach per person, (1 + sum_{j != i} 1 / d(i, j)) / n, with hop distances
  (networkx.single_source_shortest_path_length) and with d = 1 / merged strength
  (networkx.single_source_dijkstra_path_length), members of the singleton counting 1;
- distanceWeightedReach of sets M (via 'any'): (sum_{j in M} 1 + sum_{j not in M} 1 / d(M, j)) / n with
  d(M, j) from networkx.multi_source_dijkstra_path_length (weight 'hop' = 1 or 'distance' = 1/s).

NaN is written as null (JSON has no NaN).
"""

import json
import math
import sys
from collections import OrderedDict
from pathlib import Path

import igraph
import networkx as nx

ROOT = Path(__file__).resolve().parents[2]
GRAPHS = ROOT / 'test' / 'fixtures' / 'graphs'
OUT = ROOT / 'test' / 'fixtures' / 'golden'
GENERATOR = 'test/golden/generate_reach.py'
FIXTURES = ['kite', 'org', 'borgatti1997', 'karate', 'florentine', 'random-weighted', 'directed-weighted', 'messy']
STRONG_THRESHOLD = 2
KS = [1, 2, 3]


def load(name):
    data = json.loads((GRAPHS / f'{name}.json').read_text(encoding='utf-8'))
    nodes = data['nodes']
    directed = data['directed']
    strength = OrderedDict()
    for u, v, w in data['edges']:
        if u == v:
            continue
        key = (u, v) if directed or nodes.index(u) < nodes.index(v) else (v, u)
        strength[key] = strength.get(key, 0) + w
    return nodes, directed, strength


def projected(strength, directed):
    """Strength of each tie's undirected projection: a_ij + a_ji on directed graphs."""
    if not directed:
        return dict(strength)
    return {(u, v): s + strength.get((v, u), 0) for (u, v), s in strength.items()}


def search_graph(nodes, directed, strength, via, direction):
    """The graph a reach search walks: arcs kept by `via`, reversed for direction 'in'."""
    proj = projected(strength, directed)
    g = nx.DiGraph() if directed else nx.Graph()
    g.add_nodes_from(nodes)
    for (u, v), s in strength.items():
        strong = proj[(u, v)] >= STRONG_THRESHOLD
        if via == 'strong' and not strong or via == 'weak' and strong:
            continue
        g.add_edge(u, v, hop=1, distance=1 / s)
    if directed and direction == 'in':
        g = g.reverse(copy=True)
    return g


def igraph_counts(nodes, g, k):
    pos = {v: i for i, v in enumerate(nodes)}
    h = igraph.Graph(n=len(nodes), edges=[(pos[u], pos[v]) for u, v in g.edges()], directed=g.is_directed())
    sizes = h.neighborhood_size(vertices=None, order=k, mode='out', mindist=1)
    return OrderedDict((v, sizes[i]) for i, v in enumerate(nodes))


def clean(x):
    x = float(x)
    return None if math.isnan(x) else x


def dr_person(g, nodes, weight):
    n = len(nodes)
    out = OrderedDict()
    for i in nodes:
        if weight is None:
            dist = nx.single_source_shortest_path_length(g, i)
        else:
            dist = nx.single_source_dijkstra_path_length(g, i, weight=weight)
        total = 1 + math.fsum(1 / d for j, d in dist.items() if j != i)
        out[i] = total / n
    return out


def dr_set(g, nodes, members, weight):
    n = len(nodes)
    dist = nx.multi_source_dijkstra_path_length(g, set(members), weight=weight)
    total = math.fsum(1 if d == 0 else 1 / d for d in dist.values())
    return total / n


def test_sets(nodes):
    """Two sets per graph: the first two nodes, and every third node (in fixture order)."""
    return [nodes[:2], nodes[::3]]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    versions = OrderedDict([('networkx', nx.__version__), ('igraph', igraph.__version__), ('python', sys.version.split()[0])])
    for name in FIXTURES:
        nodes, directed, strength = load(name)
        cases = []
        for direction in (['out', 'in'] if directed else ['out']):
            for via in ['any', 'strong', 'weak']:
                g = search_graph(nodes, directed, strength, via, direction)
                counts = OrderedDict()
                for k in KS:
                    ck = OrderedDict((i, len(nx.single_source_shortest_path_length(g, i, cutoff=k)) - 1) for i in nodes)
                    ig = igraph_counts(nodes, g, k)
                    if ck != ig:
                        raise SystemExit(f'{name} {direction} {via} k={k}: networkx {dict(ck)} != igraph {dict(ig)}')
                    counts[str(k)] = ck
                degree = g.out_degree if directed else g.degree
                efficiency = OrderedDict((i, clean(counts['2'][i] / degree(i)) if degree(i) > 0 else None) for i in nodes)
                case = OrderedDict([
                    ('direction', direction),
                    ('via', via),
                    ('strongTies', None if via == 'any' else STRONG_THRESHOLD),
                    ('ties', g.number_of_edges()),
                    ('kStepReachCounts', counts),
                    ('reachEfficiency', efficiency),
                    ('distanceWeightedReach', OrderedDict([
                        ('hops', dr_person(g, nodes, None)),
                        ('inverse', dr_person(g, nodes, 'distance')),
                    ])),
                ])
                if via == 'any':
                    case['sets'] = [OrderedDict([
                        ('members', members),
                        ('hops', dr_set(g, nodes, members, 'hop')),
                        ('inverse', dr_set(g, nodes, members, 'distance')),
                    ]) for members in test_sets(nodes)]
                cases.append(case)
        doc = OrderedDict()
        doc['provenance'] = OrderedDict([
            ('generator', GENERATOR),
            *versions.items(),
            ('function', [
                'networkx.single_source_shortest_path_length(G, i, cutoff=k)',
                'igraph.Graph.neighborhood_size(order=k, mode="out", mindist=1)',
                'networkx.single_source_shortest_path_length(G, i)',
                'networkx.single_source_dijkstra_path_length(G, i, weight="distance")',
                'networkx.multi_source_dijkstra_path_length(G, M, weight="hop" | "distance")',
            ]),
            ('params', OrderedDict([
                ('getEdgeStrength', 'weight'),
                ('mergeParallel', 'sum'),
                ('selfLoops', 'dropped'),
                ('strongTies', f'merged (projected) strength >= {STRONG_THRESHOLD}'),
                ('k', KS),
                ('distances', {'hops': 'getEdgeDistance absent (hops)', 'inverse': "toDistance 'inverse': d = 1 / merged strength"}),
                ('distanceWeightedReach', 'normalized: (1 + sum 1/d) / n; members count 1'),
                ('reachEfficiency', 'k = 2 count / contacts; null = NaN'),
            ])),
            ('graph', OrderedDict([('name', name), ('directed', directed), ('nodes', nodes)])),
        ])
        doc['values'] = OrderedDict([('cases', cases)])
        path = OUT / f'reach-{name}.json'
        path.write_text(json.dumps(doc, indent=1, ensure_ascii=False, allow_nan=False) + '\n', encoding='utf-8')
        print(f'wrote {path.relative_to(ROOT)}: {len(cases)} cases')


if __name__ == '__main__':
    main()
