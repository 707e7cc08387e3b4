#!/usr/bin/python3
"""Golden values for the ego profiles of issue 5: diversityBandwidth and moderatelyWeakTies
(test/brokerage/diversity-bandwidth.golden.test.ts, test/ties/moderately-weak-ties.golden.test.ts).

Run by hand, never in CI, with the Debian packages (not a pyenv/venv Python):

    apt-get install python3-networkx python3-igraph python3-scipy
    /usr/bin/python3 test/golden/generate_ego_profiles.py   # writes test/fixtures/golden/ego-profiles-<graph>.json

and review every change of the JSON files as a diff (STYLE.md §9).

Every shared fixture graph (test/fixtures/graphs/<name>.json) gets one file with two variants,
values.weighted (getEdgeStrength 'weight') and values.unweighted (getEdgeStrength null).

How each value is obtained (METRICS.md §1.3, §3.6, §3.14, §3.15):
- The graph is first MERGED (parallel edges summed, self-loops dropped; unweighted: every merged
  tie or arc has strength 1), then SYMMETRISED into an undirected graph H whose tie i-j has
  strength w_ij = a_ij + a_ji (an undirected input is unchanged; a directed unweighted input gives
  mutual strength 1 or 2). This is tiestrength's convention N(i) = in ∪ out.
- constraintDiversity = 1 - networkx.constraint(H, weight='weight'), cross-checked with
  igraph.Graph.constraint(weights='weight') to 1e-12.
- entropyDiversity = igraph.Graph.diversity(weights='weight') on H (igraph refuses directed graphs
  and multigraphs, hence H), cross-checked with -sum p ln p / ln k by math.fsum to 1e-12. igraph
  gives k = 1 -> 0 and isolates -> NaN. For the unweighted variant H carries all-ones weights
  (directed: 1 or 2): igraph's diversity(weights=None) returns 1.0 for EVERY vertex, isolates and
  pendants included; those values are recorded in the provenance (igraphUnweightedDiversity) as
  the departure we do not copy.
- bandwidth = mean strength of i's ties in H (math.fsum / k), cross-checked with
  igraph.Graph.strength(weights='weight') / degree.
- ties: for every node i and contact j in H: embeddedness = len(networkx.common_neighbors(H, i, j)),
  strength = w_ij, and the per-ego mid-rank percentiles (scipy.stats.rankdata(method='average')
  - 1/2) / k of the embeddedness and of the strength among i's ties, cross-checked with
  scipy.stats.percentileofscore(kind='mean') / 100 to 1e-12.
- isolates: diversity and bandwidth NaN, written as null; no ties.

The script re-executes itself with PYTHONHASHSEED=0, as generate_burt.py does.
"""

import json
import math
import os
import sys
from collections import OrderedDict
from pathlib import Path

import igraph
import networkx as nx
import scipy
from scipy.stats import percentileofscore, rankdata

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / 'test' / 'fixtures' / 'golden'
GRAPHS = ROOT / 'test' / 'fixtures' / 'graphs'
GENERATOR = 'test/golden/generate_ego_profiles.py'

FIXTURES = ['kite', 'org', 'borgatti1997', 'karate', 'florentine', 'random-weighted', 'directed-weighted', 'messy']


def load(name):
    return json.loads((GRAPHS / f'{name}.json').read_text(encoding='utf-8'))


def merged(data, weighted):
    """The merged simple graph: parallel edges summed (unweighted: 1 per tie), self-loops dropped."""
    g = nx.DiGraph() if data['directed'] else nx.Graph()
    g.add_nodes_from(data['nodes'])
    for s, t, w in data['edges']:
        g.add_node(s)
        g.add_node(t)
        if s == t:
            continue
        w = float(w) if weighted else 1.0
        if g.has_edge(s, t):
            if weighted:
                g[s][t]['weight'] += w
        else:
            g.add_edge(s, t, weight=w)
    return g


def symmetrised(g):
    """Undirected graph with strength a_ij + a_ji (undirected input: a_ij)."""
    if not g.is_directed():
        return g
    h = nx.Graph()
    h.add_nodes_from(g.nodes())
    for u, v, w in g.edges(data='weight'):
        if h.has_edge(u, v):
            h[u][v]['weight'] += w
        else:
            h.add_edge(u, v, weight=w)
    return h


def to_igraph(h):
    names = list(h.nodes())
    idx = {x: i for i, x in enumerate(names)}
    edges = list(h.edges(data='weight'))
    ig = igraph.Graph(n=len(names), edges=[(idx[u], idx[v]) for u, v, _ in edges], directed=False)
    ig.vs['name'] = names
    ig.es['weight'] = [w for _, _, w in edges]
    return ig, names


def close(a, b, tol=1e-12):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= tol * max(1.0, abs(a), abs(b))


def none_if_nan(x):
    return None if isinstance(x, float) and math.isnan(x) else x


def variant(name, h):
    ig, names = to_igraph(h)
    nx_constraint = nx.constraint(h, weight='weight')
    ig_constraint = ig.constraint(weights='weight')
    ig_diversity = ig.diversity(weights='weight')
    ig_strength = ig.strength(weights='weight')
    ig_unweighted = ig.diversity()
    nodes = OrderedDict()
    ties = OrderedDict()
    for v, x in enumerate(names):
        k = h.degree(x)
        ws = [h[x][y]['weight'] for y in h.neighbors(x)]
        c = none_if_nan(nx_constraint[x])
        if not close(c, none_if_nan(ig_constraint[v])):
            sys.exit(f'{name}: networkx and igraph constraint disagree on {x}: {c} vs {ig_constraint[v]}')
        entropy = none_if_nan(ig_diversity[v])
        if k == 0:
            mine = None
        elif k == 1:
            mine = 0.0
        else:
            total = math.fsum(ws)
            mine = -math.fsum((w / total) * math.log(w / total) for w in ws) / math.log(k)
        if not close(entropy, mine):
            sys.exit(f'{name}: igraph diversity and the entropy formula disagree on {x}: {entropy} vs {mine}')
        bandwidth = math.fsum(ws) / k if k else None
        if k and not close(bandwidth, ig_strength[v] / k):
            sys.exit(f'{name}: bandwidth cross-check failed on {x}')
        nodes[x] = OrderedDict(
            constraintDiversity=None if c is None else 1.0 - c,
            entropyDiversity=entropy,
            bandwidth=bandwidth,
            contacts=k,
        )
        contacts = sorted(h.neighbors(x), key=names.index)
        emb = [len(list(nx.common_neighbors(h, x, y))) for y in contacts]
        st = [h[x][y]['weight'] for y in contacts]
        pe = [(r - 0.5) / k for r in rankdata(emb, method='average')] if k else []
        ps = [(r - 0.5) / k for r in rankdata(st, method='average')] if k else []
        for a in range(k):
            if not close(pe[a], percentileofscore(emb, emb[a], kind='mean') / 100) or \
                    not close(ps[a], percentileofscore(st, st[a], kind='mean') / 100):
                sys.exit(f'{name}: percentile cross-check failed on {x}-{contacts[a]}')
        ties[x] = [OrderedDict(contact=y, embeddedness=emb[a], strength=st[a],
                               percentile=OrderedDict(embeddedness=float(pe[a]), strength=float(ps[a])))
                   for a, y in enumerate(contacts)]
    unweighted_note = OrderedDict((x, none_if_nan(ig_unweighted[v])) for v, x in enumerate(names))
    return OrderedDict(nodes=nodes, ties=ties), unweighted_note


def main():
    # NetworkX's constraint sums over Python sets of node names, whose order follows the string hash
    # seed; fix it so that reruns give byte-identical files (otherwise the last bits move).
    if os.environ.get('PYTHONHASHSEED') != '0':
        os.environ['PYTHONHASHSEED'] = '0'
        os.execv(sys.executable, [sys.executable] + sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    versions = OrderedDict(networkx=nx.__version__, igraph=igraph.__version__, scipy=scipy.__version__,
                           python=sys.version.split()[0], pythonHashSeed='0')
    for name in FIXTURES:
        data = load(name)
        values = OrderedDict()
        notes = OrderedDict()
        for weighting, weighted in (('weighted', True), ('unweighted', False)):
            h = symmetrised(merged(data, weighted))
            values[weighting], notes[weighting] = variant(name, h)
        prov = OrderedDict()
        prov['generator'] = GENERATOR
        prov.update(versions)
        prov['function'] = [
            "1 - networkx.constraint(H, weight='weight') (cross-checked: igraph.Graph.constraint(weights='weight'))",
            "igraph.Graph.diversity(weights='weight') (cross-checked: -sum p ln p / ln k, math.fsum)",
            "math.fsum(w_ij for j in N(i)) / k_i (cross-checked: igraph.Graph.strength(weights='weight') / k_i)",
            'len(networkx.common_neighbors(H, i, j))',
            "(scipy.stats.rankdata(x, method='average') - 0.5) / k (cross-checked: percentileofscore(kind='mean') / 100)",
        ]
        prov['params'] = OrderedDict([
            ('H', 'merged graph (parallel edges summed, self-loops dropped), symmetrised: tie i-j has strength '
                  'a_ij + a_ji (METRICS.md §1.3)'),
            ('weighted', "getEdgeStrength 'weight'"),
            ('unweighted', 'getEdgeStrength null: every merged tie (arc) has strength 1 (directed: mutual strength 1 or 2)'),
            ('isolates', 'diversity and bandwidth NaN, written as null; ties []'),
            ('ties', 'contacts in node order; percentile.embeddedness / percentile.strength = per-ego mid-rank percentile'),
        ])
        prov['igraphUnweightedDiversity'] = OrderedDict([
            ('note', 'igraph.Graph.diversity(weights=None) on H: 1.0 for every vertex, isolates and pendants included; '
                     'not copied (tiestrength: isolate NaN, one contact 0)'),
            ('values', notes['unweighted']),
        ])
        prov['graph'] = OrderedDict(name=name, directed=data['directed'], description=data['description'],
                                    file=f'test/fixtures/graphs/{name}.json', nodes=list(data['nodes']))
        doc = OrderedDict(provenance=prov, values=values)
        path = OUT / f'ego-profiles-{name}.json'
        path.write_text(json.dumps(doc, indent=2, ensure_ascii=False, allow_nan=False) + '\n', encoding='utf-8')
        print(f'wrote {path.relative_to(ROOT)}')


if __name__ == '__main__':
    main()
