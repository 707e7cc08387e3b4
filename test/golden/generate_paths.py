#!/usr/bin/python3
"""Golden values for the shortest-path centralities (test/centrality/*.golden.test.ts):
betweenness, edgeBetweenness, closeness and harmonicCloseness.

Run by hand, never in CI, with the Debian packages (not a pyenv/venv Python):

    apt-get install python3-networkx python3-igraph
    /usr/bin/python3 test/golden/generate_paths.py     # writes test/fixtures/golden/<metric>.<graph>.json

and review every change of the JSON files as a diff (STYLE.md §9).

Graphs: every shared fixture of test/fixtures/graphs/*.json (written by fixtures.py). Each is turned
into a simple graph as tiestrength's index does (METRICS.md §1.3): self-loops dropped, parallel edges
merged (strengths summed; a distance read directly from the edges keeps the minimum).

Distance modes, each reference computed in each:
- "hops"    getEdgeDistance: null          networkx weight=None, igraph weights=None
- "weight"  getEdgeDistance: 'weight'      the strengths used directly as distances; integers, so
                                           sums are exact and NetworkX and igraph must agree
- "inverse" the default toDistance          d = 1 / merged strength (floats: 1/3 + 1/6 != 1/2)

Tied paths: NetworkX 2.8.8 compares path lengths exactly; igraph 0.10.2 with a relative tolerance
(igraph_cmp_epsilon, 1e-10). tiestrength follows igraph. Where the two disagree (only possible with
"inverse" distances), each case records "agree": false and the tests use igraph as the reference.

Conventions recorded per metric:
- betweenness: NetworkX values for normalized x endpoints; igraph raw values (unordered pairs for
  undirected graphs), comparable with normalized: false, endpoints: false.
- edgeBetweenness: NetworkX normalized and raw, keyed [source, target] by the merged tie; igraph raw.
- closeness: NetworkX closeness_centrality (wf_improved True/False) on G ('in') and G.reverse()
  ('out'); igraph closeness(normalized=True) = r / sum d over reached nodes, i.e. wassermanFaust:
  false, with NaN for isolates where tiestrength and NetworkX give 0.
- harmonicCloseness: NetworkX harmonic_centrality on G ('in') and G.reverse() ('out'), raw; igraph
  harmonic_centrality(normalized=False/True), normalized dividing by n - 1.
- sampled betweenness: NetworkX's peers' generators cannot be matched, so pivots are fixed (every
  third node, in node order) and NetworkX 2.8.8's own single-source and accumulation helpers give the
  sums, rescaled with NetworkX 3.6.1's _rescale formulas (copied below: sampled nodes use k - 1).

NaN is written as null (JSON has no NaN).
"""

import json
import math
import sys
from collections import OrderedDict
from pathlib import Path

import igraph
import networkx as nx
from networkx.algorithms.centrality import betweenness as nxb

ROOT = Path(__file__).resolve().parents[2]
GRAPHS = ROOT / 'test' / 'fixtures' / 'graphs'
OUT = ROOT / 'test' / 'fixtures' / 'golden'
GENERATOR = 'test/golden/generate_paths.py'
FIXTURES = ['kite', 'org', 'borgatti1997', 'karate', 'florentine', 'random-weighted', 'directed-weighted', 'messy']
MODES = ['hops', 'weight', 'inverse']
RTOL = 1e-9


def versions():
    return OrderedDict([
        ('networkx', nx.__version__),
        ('igraph', igraph.__version__),
        ('python', sys.version.split()[0]),
    ])


def load(name):
    data = json.loads((GRAPHS / f'{name}.json').read_text(encoding='utf-8'))
    nodes = data['nodes']
    directed = data['directed']
    strength = OrderedDict()
    distance = OrderedDict()
    for u, v, w in data['edges']:
        if u == v:
            continue
        key = (u, v) if directed or nodes.index(u) < nodes.index(v) else (v, u)
        strength[key] = strength.get(key, 0) + w
        distance[key] = min(distance.get(key, math.inf), w)
    return data, nodes, directed, strength, distance


def tie_distances(mode, strength, distance):
    if mode == 'hops':
        return {key: 1 for key in strength}
    if mode == 'weight':
        return dict(distance)
    return {key: 1 / s for key, s in strength.items()}


def nx_graph(nodes, directed, dist):
    g = nx.DiGraph() if directed else nx.Graph()
    g.add_nodes_from(nodes)
    for (u, v), d in dist.items():
        g.add_edge(u, v, distance=d)
    return g


def ig_graph(nodes, directed, dist):
    pos = {v: i for i, v in enumerate(nodes)}
    keys = list(dist)
    g = igraph.Graph(n=len(nodes), edges=[(pos[u], pos[v]) for u, v in keys], directed=directed)
    return g, keys, [dist[k] for k in keys]


def clean(x):
    x = float(x)
    return None if math.isnan(x) else x


def by_node(nodes, values):
    return OrderedDict((v, clean(values[i])) for i, v in enumerate(nodes))


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= RTOL * max(abs(a), abs(b), 1e-300) or abs(a - b) <= 1e-12


def agree(nx_values, ig_values):
    return all(close(nx_values[k], ig_values[k]) for k in nx_values)


def rescale_3_6_1(betweenness, n, normalized, directed, endpoints, sampled):
    """NetworkX 3.6.1 networkx/algorithms/centrality/betweenness.py::_rescale (not in 2.8.8)."""
    k = None if sampled is None else len(sampled)
    N = n if endpoints else n - 1
    if N < 2:
        return betweenness
    K = N if k is None else k
    if k is None or endpoints:
        if normalized:
            scale = 1 / (K * (N - 1))
        else:
            scale = N / (K * (1 if directed else 2))
        return {v: b * scale for v, b in betweenness.items()}
    c = 1 if directed else 2
    if normalized:
        s_source = 1 / ((K - 1) * (N - 1)) if K > 1 else math.nan
        s_other = 1 / (K * (N - 1))
    else:
        s_source = N / ((K - 1) * c) if K > 1 else math.nan
        s_other = N / (K * c)
    sampled = set(sampled)
    return {v: b * (s_source if v in sampled else s_other) for v, b in betweenness.items()}


def sampled_sums(g, pivots, weighted, endpoints):
    """Raw ordered-pair sums from the pivots with NetworkX 2.8.8's own helpers (exact ties)."""
    b = dict.fromkeys(g, 0.0)
    for s in pivots:
        if weighted:
            S, P, sigma, _ = nxb._single_source_dijkstra_path_basic(g, s, 'distance')
        else:
            S, P, sigma, _ = nxb._single_source_shortest_path_basic(g, s)
        if endpoints:
            b, _ = nxb._accumulate_endpoints(b, S, P, sigma, s)
        else:
            b, _ = nxb._accumulate_basic(b, S, P, sigma, s)
    return b


def provenance(name, data, functions, params):
    return OrderedDict([
        ('generator', GENERATOR),
        *versions().items(),
        ('function', functions),
        ('params', params),
        ('graph', OrderedDict([
            ('name', name),
            ('source', data['source']),
            ('directed', data['directed']),
            ('nodes', data['nodes']),
            ('edges', data['edges']),
        ])),
    ])


def write(metric, name, doc):
    path = OUT / f'{metric}.{name}.json'
    path.write_text(json.dumps(doc, indent=1, ensure_ascii=False, allow_nan=False) + '\n', encoding='utf-8')


def betweenness(name):
    data, nodes, directed, strength, distance = load(name)
    cases = []
    for mode in MODES:
        dist = tie_distances(mode, strength, distance)
        g = nx_graph(nodes, directed, dist)
        weight = None if mode == 'hops' else 'distance'
        ig, _, w = ig_graph(nodes, directed, dist)
        ig_raw = by_node(nodes, ig.betweenness(directed=directed, weights=None if mode == 'hops' else w))
        for normalized in (True, False):
            for endpoints in (False, True):
                nx_values = nx.betweenness_centrality(g, normalized=normalized, weight=weight, endpoints=endpoints)
                nx_values = OrderedDict((v, clean(nx_values[v])) for v in nodes)
                case = OrderedDict([('distance', mode), ('normalized', normalized), ('endpoints', endpoints),
                                    ('networkx', nx_values)])
                if not normalized and not endpoints:
                    case['igraph'] = ig_raw
                    case['agree'] = agree(nx_values, ig_raw)
                cases.append(case)
    # Sampled: fixed pivots, NetworkX 2.8.8 sums, NetworkX 3.6.1 rescaling.
    pivots = nodes[::3]
    sampled = []
    for mode in MODES:
        dist = tie_distances(mode, strength, distance)
        g = nx_graph(nodes, directed, dist)
        for endpoints in (False, True):
            raw = sampled_sums(g, pivots, mode != 'hops', endpoints)
            for normalized in (True, False):
                values = rescale_3_6_1(raw, len(nodes), normalized, directed, endpoints, pivots)
                sampled.append(OrderedDict([
                    ('distance', mode), ('normalized', normalized), ('endpoints', endpoints),
                    ('networkx', OrderedDict((v, clean(values[v])) for v in nodes)),
                ]))
    doc = OrderedDict([
        ('provenance', provenance(name, data, [
            'networkx.betweenness_centrality(G, normalized, weight, endpoints)',
            'igraph.Graph.betweenness(directed, weights)',
            'networkx.algorithms.centrality.betweenness._single_source_shortest_path_basic / '
            '_single_source_dijkstra_path_basic / _accumulate_basic / _accumulate_endpoints (sampled sums)',
            'NetworkX 3.6.1 _rescale formulas (sampled rescaling), reimplemented in this script',
        ], OrderedDict([('distances', MODES), ('ties', 'NetworkX exact equality; igraph relative 1e-10'),
                        ('sampledPivots', pivots)]))),
        ('cases', cases),
        ('sampled', OrderedDict([('pivots', pivots), ('cases', sampled)])),
    ])
    write('betweenness', name, doc)


def edge_betweenness(name):
    data, nodes, directed, strength, distance = load(name)
    cases = []
    for mode in MODES:
        dist = tie_distances(mode, strength, distance)
        g = nx_graph(nodes, directed, dist)
        weight = None if mode == 'hops' else 'distance'
        ig, keys, w = ig_graph(nodes, directed, dist)
        ig_values = ig.edge_betweenness(directed=directed, weights=None if mode == 'hops' else w)
        ig_raw = [[u, v, clean(x)] for (u, v), x in zip(keys, ig_values)]
        for normalized in (True, False):
            values = nx.edge_betweenness_centrality(g, normalized=normalized, weight=weight)

            def lookup(u, v):
                return values[(u, v)] if (u, v) in values else values[(v, u)]

            nx_values = [[u, v, clean(lookup(u, v))] for u, v in keys]
            case = OrderedDict([('distance', mode), ('normalized', normalized), ('networkx', nx_values)])
            if not normalized:
                case['igraph'] = ig_raw
                case['agree'] = all(close(a[2], b[2]) for a, b in zip(nx_values, ig_raw))
            cases.append(case)
    doc = OrderedDict([
        ('provenance', provenance(name, data, [
            'networkx.edge_betweenness_centrality(G, normalized, weight)',
            'igraph.Graph.edge_betweenness(directed, weights)',
        ], OrderedDict([('distances', MODES), ('edges', 'merged ties [source, target, value]; undirected: source first in node order'),
                        ('ties', 'NetworkX exact equality; igraph relative 1e-10')]))),
        ('cases', cases),
    ])
    write('edge-betweenness', name, doc)


def closeness(name):
    data, nodes, directed, strength, distance = load(name)
    cases = []
    for mode in MODES:
        dist = tie_distances(mode, strength, distance)
        g = nx_graph(nodes, directed, dist)
        weight = None if mode == 'hops' else 'distance'
        ig, _, w = ig_graph(nodes, directed, dist)
        for direction in (('out', 'in') if directed else ('out',)):
            # NetworkX uses incoming distances on digraphs; reverse the graph for outgoing ones.
            h = g.reverse(copy=True) if directed and direction == 'out' else g
            ig_values = by_node(nodes, ig.closeness(mode=direction if directed else 'all',
                                                    weights=None if mode == 'hops' else w, normalized=True))
            for wf in (True, False):
                values = nx.closeness_centrality(h, distance=weight, wf_improved=wf)
                nx_values = OrderedDict((v, clean(values[v])) for v in nodes)
                case = OrderedDict([('distance', mode), ('direction', direction), ('wassermanFaust', wf),
                                    ('networkx', nx_values)])
                if not wf:
                    case['igraph'] = ig_values
                    # igraph gives NaN to nodes that reach nobody; NetworkX and tiestrength give 0.
                    case['agree'] = all(close(nx_values[v], ig_values[v]) or (ig_values[v] is None and nx_values[v] == 0)
                                        for v in nodes)
                cases.append(case)
    doc = OrderedDict([
        ('provenance', provenance(name, data, [
            'networkx.closeness_centrality(G or G.reverse(), distance, wf_improved)',
            'igraph.Graph.closeness(mode, weights, normalized=True)',
        ], OrderedDict([('distances', MODES),
                        ('direction', "'in' = NetworkX on G; 'out' = NetworkX on G.reverse(); igraph mode"),
                        ('isolates', 'NetworkX 0, igraph NaN (null)')]))),
        ('cases', cases),
    ])
    write('closeness', name, doc)


def harmonic(name):
    data, nodes, directed, strength, distance = load(name)
    cases = []
    for mode in MODES:
        dist = tie_distances(mode, strength, distance)
        g = nx_graph(nodes, directed, dist)
        weight = None if mode == 'hops' else 'distance'
        ig, _, w = ig_graph(nodes, directed, dist)
        for direction in (('out', 'in') if directed else ('out',)):
            # NetworkX sums 1/d(v, u) over sources v (incoming); reverse the graph for outgoing.
            h = g.reverse(copy=True) if directed and direction == 'out' else g
            values = nx.harmonic_centrality(h, distance=weight)
            n = len(nodes)
            for normalized in (False, True):
                scale = 1 / (n - 1) if normalized and n > 1 else 1
                nx_values = OrderedDict((v, clean(values[v] * scale)) for v in nodes)
                ig_values = by_node(nodes, ig.harmonic_centrality(mode=direction if directed else 'all',
                                                                  weights=None if mode == 'hops' else w,
                                                                  normalized=normalized))
                cases.append(OrderedDict([
                    ('distance', mode), ('direction', direction), ('normalized', normalized),
                    ('networkx', nx_values), ('igraph', ig_values), ('agree', agree(nx_values, ig_values)),
                ]))
    doc = OrderedDict([
        ('provenance', provenance(name, data, [
            'networkx.harmonic_centrality(G or G.reverse(), distance) (normalized: multiplied by 1/(n - 1) here)',
            'igraph.Graph.harmonic_centrality(mode, weights, normalized)',
        ], OrderedDict([('distances', MODES),
                        ('direction', "'in' = NetworkX on G; 'out' = NetworkX on G.reverse(); igraph mode")]))),
        ('cases', cases),
    ])
    write('harmonic-closeness', name, doc)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name in FIXTURES:
        betweenness(name)
        edge_betweenness(name)
        closeness(name)
        harmonic(name)
    print(f'wrote {4 * len(FIXTURES)} files to {OUT.relative_to(ROOT)}')


if __name__ == '__main__':
    main()
