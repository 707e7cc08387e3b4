#!/usr/bin/python3
"""Golden values for Burt's structural-hole measures and ego betweenness
(test/brokerage/burt.golden.test.ts).

Run by hand, never in CI, with the Debian packages (not a pyenv/venv Python):

    apt-get install python3-networkx python3-igraph
    /usr/bin/python3 test/golden/generate_burt.py     # writes test/fixtures/golden/<metric>.<graph>.json

and review every change of the JSON files as a diff (STYLE.md §9).

Metrics (METRICS.md §3.6 and the ego-betweenness part of §3.7), one file per metric and graph:
constraint, dyadic-constraint, effective-size, efficiency, hierarchy, redundancy, ego-betweenness.
Burt files hold four variants: values[model][weighting], model 'whole' | 'ego', weighting
'weighted' (getEdgeStrength 'weight') | 'unweighted' (getEdgeStrength null).

How each value is obtained (METRICS.md §1.3 conventions):
- The graph is first MERGED: parallel edges summed, self-loops dropped (NetworkX's per-node path
  would ignore weights on multigraphs and treat self-loops as contacts). Unweighted = every
  merged tie (arc) has strength 1.
- Burt measures are then computed on the SYMMETRISED graph: an undirected nx.Graph whose tie
  i–j has strength a_ij + a_ji (for an undirected input simply a_ij: NetworkX's mutual weight
  doubles it, which cancels in every ratio). This is tiestrength's convention N(i) = in ∪ out
  with mutual strength a_ij + a_ji. For directed inputs NetworkX is NOT called on the DiGraph for
  the golden values, because its per-node path makes in-only nodes NaN (NetworkX #2661); the
  DiGraph values are computed as a cross-check and must agree wherever NetworkX gives a number.
- constraint: networkx.constraint; dyadic constraint: networkx.local_constraint;
  effective size: networkx.effective_size(G, nodes=list(G), weight=...), the per-node formula
  (NetworkX 2.8.8 has no sparse default path; for an unweighted undirected graph it uses
  Borgatti's n - 2t/n, which is cross-checked against the per-node formula on an all-ones graph).
- redundancy = k - effective size; efficiency = effective size / k (k = number of contacts);
  hierarchy = sum_j r_j ln r_j / (k ln k), r_j = c_ij / (C_i / k), from networkx.local_constraint,
  and 1.0 when k = 1 (METRICS.md §1.3; EasyGraph returns 0). NetworkX has neither efficiency nor
  hierarchy (NetworkX #3467).
- model 'ego' (our reading of UCINET's ego-network model, METRICS.md §3.6): every sum and maximum
  of an alter runs over E_i = {i} ∪ N(i) only. That is exactly the whole-network formula applied
  to ego i inside the subgraph induced by E_i, which is how it is computed here.
- isolates: NaN for all six Burt measures (null in JSON); dyadic constraint {}.
- whole-model constraint is cross-checked with igraph.Graph.constraint on the merged graph
  (weights=None and weights='weight'), which must agree to 1e-12 for undirected graphs; for
  directed graphs igraph's own directed handling is compared and any disagreement recorded.
- ego betweenness: networkx.betweenness_centrality(H, normalized=False)[i], H = the subgraph of
  the merged graph induced by {i} ∪ N(i), built explicitly (nx.ego_graph on a DiGraph follows
  successors only); for directed graphs N(i) = predecessors ∪ successors and H keeps arc
  directions. Unweighted (hop counts). Undirected values are cross-checked against
  Everett & Borgatti's 2-path formula. For directed graphs the 2-path formula of METRICS.md §3.7
  (pairs j -> i -> k only) is also written to the provenance: it differs from the induced-subgraph
  betweenness wherever a geodesic longer than 2 runs through ego.
- METRICS.md reference values (kite, org, F3 Borgatti at 1e-3 / 1e-2, F4 directed triad,
  F5 weighted triangle, the multigraph example, org ego betweenness) are checked at the
  document's precision; the script stops on a mismatch.

JSON has no NaN: NaN is written as null. The script re-executes itself with PYTHONHASHSEED=0:
NetworkX sums over Python sets, so the hash seed moves the last bits of the sums.
"""

import json
import math
import os
import sys
from collections import OrderedDict
from pathlib import Path

import igraph
import networkx as nx

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / 'test' / 'fixtures' / 'golden'
GRAPHS = ROOT / 'test' / 'fixtures' / 'graphs'
GENERATOR = 'test/golden/generate_burt.py'

FIXTURES = ['kite', 'org', 'borgatti1997', 'karate', 'florentine', 'random-weighted', 'directed-weighted', 'messy']

# Graphs defined here (METRICS.md §3.6), written inline into each golden file's provenance.
EXTRA = OrderedDict([
    ('triad', dict(
        directed=True, nodes=['0', '1', '2'],
        edges=[['0', '1', 1], ['0', '2', 1], ['1', '0', 1], ['2', '1', 1]],
        description='METRICS.md §1.4 F4 directed triad: arcs 0->1, 0->2, 1->0, 2->1 (unweighted)')),
    ('weighted-triangle', dict(
        directed=False, nodes=['a', 'b', 'c'],
        edges=[['a', 'b', 1], ['b', 'c', 1], ['a', 'c', 10]],
        description='METRICS.md §1.4 F5 weighted triangle a-b 1, b-c 1, a-c 10 (constraint can exceed 1)')),
    ('multigraph', dict(
        directed=False, nodes=['a', 'b', 'c'],
        edges=[['a', 'b', 1], ['a', 'b', 2], ['a', 'c', 1], ['b', 'c', 1]],
        description='METRICS.md §3.6 multigraph example: parallel a-b edges 1 and 2 (merged: 3), a-c 1, b-c 1')),
])

BURT_METRICS = ['constraint', 'dyadic-constraint', 'effective-size', 'efficiency', 'hierarchy', 'redundancy']
MODELS = ['whole', 'ego']
WEIGHTINGS = ['weighted', 'unweighted']


def load(name):
    if name in EXTRA:
        spec = EXTRA[name]
        return dict(name=name, directed=spec['directed'], nodes=list(spec['nodes']), edges=spec['edges'],
                    description=spec['description'], source=f'{GENERATOR} (inline)', inline=True)
    data = json.loads((GRAPHS / f'{name}.json').read_text(encoding='utf-8'))
    data['inline'] = False
    return data


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


def nan_to_none(x):
    return None if isinstance(x, float) and math.isnan(x) else x


def hierarchy_of(local, k):
    if k == 0:
        return float('nan')
    if k == 1:
        return 1.0
    total = math.fsum(local)
    s = math.fsum((k * c / total) * math.log(k * c / total) for c in local)
    return s / (k * math.log(k))


def burt_node(h, i, nx_weight):
    """Burt measures of node i in the symmetrised graph h (whole-network formulas)."""
    contacts = sorted(h[i])
    k = len(contacts)
    if k == 0:
        nan = float('nan')
        return dict(constraint=nan, dyadic={}, es=nan, efficiency=nan, hierarchy=nan, redundancy=nan)
    local = OrderedDict((j, nx.local_constraint(h, i, j, weight=nx_weight)) for j in contacts)
    c = nx.constraint(h, nodes=[i], weight=nx_weight)[i]
    es = nx.effective_size(h, nodes=[i], weight=nx_weight)[i]
    return dict(constraint=c, dyadic=local, es=es, efficiency=es / k,
                hierarchy=hierarchy_of(list(local.values()), k), redundancy=k - es)


def burt_values(data):
    """values[metric][model][weighting][node]."""
    out = {m: {model: {} for model in MODELS} for m in BURT_METRICS}
    checks = {}
    for weighting in WEIGHTINGS:
        g = merged(data, weighting == 'weighted')
        h = symmetrised(g)
        # Unweighted undirected: NetworkX's weight=None (Borgatti's formula for effective size).
        # Directed unweighted: mutual strengths are 1 or 2, so 'weight' is read from h.
        nx_weight = None if (weighting == 'unweighted' and not data['directed']) else 'weight'
        per_model = {}
        for model in MODELS:
            rows = {}
            for i in g.nodes():
                sub = h if model == 'whole' else h.subgraph({i} | set(h[i])).copy()
                rows[i] = burt_node(sub, i, nx_weight)
            per_model[model] = rows
            for metric, key in [('constraint', 'constraint'), ('effective-size', 'es'), ('efficiency', 'efficiency'),
                                ('hierarchy', 'hierarchy'), ('redundancy', 'redundancy')]:
                out[metric][model][weighting] = OrderedDict((i, nan_to_none(rows[i][key])) for i in g.nodes())
            out['dyadic-constraint'][model][weighting] = OrderedDict((i, rows[i]['dyadic']) for i in g.nodes())
        checks[weighting] = cross_checks(data, g, h, per_model['whole'], nx_weight, weighting == 'weighted')
    return out, checks


def close(a, b, tol=1e-12):
    if a is None or b is None:
        return a is None and b is None
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return abs(a - b) <= tol * max(1.0, abs(a), abs(b))


def cross_checks(data, g, h, whole, nx_weight, weighted):
    """igraph constraint, NetworkX on the DiGraph, and Borgatti's formula vs the per-node formula."""
    report = OrderedDict()
    names = list(g.nodes())
    idx = {x: n for n, x in enumerate(names)}
    ig = igraph.Graph(n=len(names), edges=[(idx[u], idx[v]) for u, v in g.edges()], directed=g.is_directed())
    ig.es['weight'] = [w for _, _, w in g.edges(data='weight')]
    ig_weights = 'weight' if weighted else None
    ig_c = ig.constraint(weights=ig_weights)
    disagree = [x for x in names if not close(ig_c[idx[x]], whole[x]['constraint'], 1e-12)]
    if not g.is_directed() and disagree:
        sys.exit(f"{data['name']}: igraph constraint disagrees with NetworkX on {disagree}")
    report['igraphConstraint'] = OrderedDict([
        ('function', f'igraph.Graph.constraint(weights={ig_weights!r}) on the merged graph'),
        ('agreesOn', [x for x in names if x not in disagree]),
        ('disagreesOn', OrderedDict((x, nan_to_none(ig_c[idx[x]])) for x in disagree)),
    ])
    if g.is_directed():
        # NetworkX on the DiGraph itself: must agree except where it returns NaN for in-only nodes.
        c = nx.constraint(g, weight='weight')
        es = nx.effective_size(g, nodes=list(g), weight='weight')
        nan_nodes = [x for x in names if math.isnan(c[x])]
        for x in names:
            if x in nan_nodes:
                continue
            if not (close(c[x], whole[x]['constraint']) and close(es[x], whole[x]['es'])):
                sys.exit(f"{data['name']}: NetworkX on the DiGraph disagrees on {x}")
        in_only = [x for x in names if len(g[x]) == 0 and g.in_degree(x) > 0]
        report['networkxDiGraph'] = OrderedDict([
            ('function', "networkx.constraint / effective_size(nodes=list(G)) on the DiGraph, weight='weight'"),
            ('agreesOn', [x for x in names if x not in nan_nodes]),
            ('nanOn', nan_nodes),
            ('inOnlyNodes (NetworkX #2661)', in_only),
        ])
    elif nx_weight is None:
        ones = nx.Graph()
        ones.add_nodes_from(h.nodes())
        ones.add_edges_from(h.edges(), weight=1.0)
        es = nx.effective_size(ones, nodes=list(ones), weight='weight')
        for x in names:
            if not close(es[x], whole[x]['es'], 1e-12):
                sys.exit(f"{data['name']}: Borgatti's formula and the per-node formula disagree on {x}")
        report['borgattiFormula'] = "networkx.effective_size(weight=None) (n - 2t/n) equals the per-node formula on an all-ones graph to 1e-12"
    return report


def ego_betweenness_values(data):
    g = merged(data, False)
    values = OrderedDict()
    two_step = OrderedDict()
    for i in g.nodes():
        contacts = set(nx.all_neighbors(g, i)) if g.is_directed() else set(g[i])
        sub = g.subgraph(contacts | {i}).copy()
        values[i] = nx.betweenness_centrality(sub, normalized=False)[i]
        two_step[i] = two_step_formula(g, i, contacts)
        if not g.is_directed() and not close(values[i], two_step[i], 1e-12):
            sys.exit(f"{data['name']}: ego betweenness of {i}: induced subgraph {values[i]} vs 2-path formula {two_step[i]}")
    return values, two_step


def two_step_formula(g, i, contacts):
    """METRICS.md §3.7: sum over (unordered, undirected; ordered, directed) pairs j -> i -> k with no j -> k."""
    ego = contacts | {i}
    total = []
    for j in contacts:
        for k in contacts:
            if j == k or (not g.is_directed() and str(j) > str(k)):
                continue
            if g.has_edge(j, k) or not (g.has_edge(j, i) and g.has_edge(i, k)):
                continue
            paths = sum(1 for q in ego - {j, k} if g.has_edge(j, q) and g.has_edge(q, k))
            total.append(1.0 / paths)
    return math.fsum(total)


# ---------------------------------------------------------------------------------------------
# METRICS.md reference values, at the document's precision
# ---------------------------------------------------------------------------------------------

REFERENCE = [
    # (graph, metric, model, weighting, {node: value}, tolerance)
    ('kite', 'constraint', 'whole', 'unweighted',
     dict(zip('0123456789', [0.5412, 0.5412, 0.6641, 0.4702, 0.6641, 0.4451, 0.4451, 0.4311, 0.5, 1.0])), 5e-5),
    ('kite', 'effective-size', 'whole', 'unweighted',
     dict(zip('0123456789', [2, 2, 1, 3.3333, 1, 3, 3, 2.3333, 2, 1])), 5e-5),
    ('org', 'constraint', 'whole', 'unweighted',
     dict(a1=0.8889, a2=0.5586, a3=0.5586, b1=0.5, b2=0.3333, c1=1.0, z=None), 5e-5),
    ('org', 'constraint', 'whole', 'weighted',
     dict(a1=0.7604, a2=0.7236, a3=0.7875, b1=0.68, b2=0.5, c1=1.0, z=None), 5e-5),
    ('org', 'effective-size', 'whole', 'unweighted',
     dict(a1=1.0, a2=2.3333, a3=2.3333, b1=2.0, b2=3.0, c1=1.0, z=None), 5e-5),
    ('org', 'effective-size', 'whole', 'weighted',
     dict(a1=1.5667, a2=2.2667, a3=2.25, b1=2.0, b2=3.0, c1=1.0, z=None), 5e-5),
    ('org', 'hierarchy', 'whole', 'unweighted',
     dict(a1=0, a2=0.0455, a3=0.0455, b1=0, b2=0, c1=1.0, z=None), 5e-5),
    ('borgatti1997', 'constraint', 'whole', 'unweighted', dict(G=0.400, A=0.595, C=1), 1e-3),
    ('borgatti1997', 'constraint', 'whole', 'weighted', dict(G=0.299, A=0.795, C=1), 1e-3),
    ('borgatti1997', 'effective-size', 'whole', 'unweighted', dict(G=4.67, A=2.50, C=1), 1e-2),
    ('borgatti1997', 'effective-size', 'whole', 'weighted', dict(G=5.47, A=2.47, C=1), 1e-2),
    ('triad', 'constraint', 'whole', 'unweighted', {'0': 1.003, '1': 1.003, '2': 1.389}, 1e-3),
    ('triad', 'effective-size', 'whole', 'unweighted', {'0': 1.167, '1': 1.167, '2': 1}, 1e-3),
    ('weighted-triangle', 'constraint', 'whole', 'weighted', {'b': 1.8223}, 5e-5),
    ('multigraph', 'effective-size', 'whole', 'weighted', {'a': 1.1667, 'b': 1.1667, 'c': 1.0}, 5e-5),
]
EGO_BETWEENNESS_REFERENCE = ('org', dict(a1=0, a2=2, a3=2, b1=1, b2=3, c1=0, z=0))


def check_reference(all_values, ego_bet):
    lines = []
    for graph, metric, model, weighting, expected, tol in REFERENCE:
        got = all_values[graph][metric][model][weighting]
        for node, want in expected.items():
            have = got[node]
            ok = (want is None and have is None) or (want is not None and have is not None and abs(have - want) <= tol)
            if not ok:
                sys.exit(f'METRICS.md reference mismatch: {graph} {metric} {weighting} {node}: {have} vs {want}')
        lines.append((graph, f'{metric} ({model}, {weighting}): {len(expected)} values match METRICS.md within {tol}'))
    graph, expected = EGO_BETWEENNESS_REFERENCE
    for node, want in expected.items():
        if abs(ego_bet[graph][node] - want) > 1e-12:
            sys.exit(f'METRICS.md reference mismatch: {graph} ego betweenness {node}: {ego_bet[graph][node]} vs {want}')
    lines.append((graph, f'ego-betweenness: {len(expected)} values match METRICS.md exactly'))
    return lines


def main():
    # NetworkX sums over Python sets of node names, whose iteration order follows the string hash
    # seed; fix it so that reruns give byte-identical files (otherwise the last bits move).
    if os.environ.get('PYTHONHASHSEED') != '0':
        os.environ['PYTHONHASHSEED'] = '0'
        os.execv(sys.executable, [sys.executable] + sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    versions = OrderedDict(networkx=nx.__version__, igraph=igraph.__version__, python=sys.version.split()[0],
                           pythonHashSeed='0')
    names = FIXTURES + list(EXTRA)
    datas = {name: load(name) for name in names}
    burt = {}
    checks = {}
    ego_bet = {}
    two_step = {}
    for name in names:
        burt[name], checks[name] = burt_values(datas[name])
        ego_bet[name], two_step[name] = ego_betweenness_values(datas[name])
    reference = check_reference(burt, ego_bet)
    for graph_name, line in reference:
        print('METRICS.md check:', graph_name, line)

    for name in names:
        data = datas[name]
        graph = OrderedDict(name=name, directed=data['directed'], description=data['description'],
                            source=data['source'] if not data['inline'] else f'{GENERATOR} (inline)',
                            nodes=list(data['nodes']))
        if data['inline']:
            graph['edges'] = data['edges']
        else:
            graph['file'] = f'test/fixtures/graphs/{name}.json'
        for metric in BURT_METRICS + ['ego-betweenness']:
            prov = OrderedDict()
            prov['generator'] = GENERATOR
            prov.update(versions)
            if metric == 'ego-betweenness':
                prov['function'] = [
                    'networkx.betweenness_centrality(H, normalized=False)[i], H = merged graph induced by {i} ∪ N(i) '
                    '(N(i) = predecessors ∪ successors for directed graphs; arcs keep their direction)']
                prov['params'] = OrderedDict(weights='none (hop counts)', normalized=False)
                if data['directed']:
                    diff = OrderedDict((x, two_step[name][x]) for x in two_step[name]
                                       if not close(two_step[name][x], ego_bet[name][x]))
                    prov['twoStepFormula'] = OrderedDict([
                        ('note', 'METRICS.md §3.7 directed 2-path formula (pairs j -> i -> k only); differs from the '
                                 'induced-subgraph betweenness where a longer geodesic runs through ego'),
                        ('values', two_step[name]),
                        ('differsOn', diff),
                    ])
                else:
                    prov['crossCheck'] = 'equals the Everett & Borgatti 2-path formula to 1e-12'
                values = OrderedDict((x, v) for x, v in ego_bet[name].items())
            else:
                prov['function'] = {
                    'constraint': ['networkx.constraint(H, weight=w)'],
                    'dyadic-constraint': ['networkx.local_constraint(H, i, j, weight=w) for j in N(i)'],
                    'effective-size': ['networkx.effective_size(H, nodes=list(H), weight=w)'],
                    'efficiency': ['networkx.effective_size(H, nodes=list(H), weight=w)[i] / k_i'],
                    'hierarchy': ['sum_j r_j ln r_j / (k ln k), r_j = k c_ij / C_i, c_ij = networkx.local_constraint; 1.0 when k = 1'],
                    'redundancy': ['k_i - networkx.effective_size(H, nodes=list(H), weight=w)[i]'],
                }[metric]
                prov['params'] = OrderedDict([
                    ('H', 'merged graph (parallel edges summed, self-loops dropped), symmetrised: tie i-j has '
                          'strength a_ij + a_ji (METRICS.md §1.3); model ego: H restricted to the subgraph induced '
                          'by {i} ∪ N(i)'),
                    ('weighted', "getEdgeStrength 'weight'; w = 'weight'"),
                    ('unweighted', "getEdgeStrength null: every merged tie (arc) has strength 1; w = None for "
                                   "undirected graphs (Borgatti's n - 2t/n for effective size), 'weight' on the "
                                   'symmetrised graph for directed ones (mutual strength 1 or 2)'),
                    ('isolates', 'NaN, written as null' if metric != 'dyadic-constraint' else '{}'),
                ])
                prov['crossChecks'] = checks[name]
                values = burt[name][metric]
            prov['graph'] = graph
            mine = [line for graph_name, line in reference if graph_name == name and line.startswith(metric + ' ')]
            if mine:
                prov['metricsReference'] = mine
            doc = OrderedDict(provenance=prov, values=values)
            path = OUT / f'{metric}.{name}.json'
            path.write_text(json.dumps(doc, indent=2, ensure_ascii=False, allow_nan=False) + '\n', encoding='utf-8')
        print(f'wrote {len(BURT_METRICS) + 1} files for {name}')


if __name__ == '__main__':
    main()
