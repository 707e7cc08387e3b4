#!/usr/bin/python3
"""Golden values for disparityFilter / disparityBackbone and combineRelations
(test/ties/disparity-filter.golden.test.ts, test/ties/combine-relations.test.ts).

Run by hand, never in CI, with the Debian packages (not a pyenv/venv Python):

    apt-get install python3-networkx python3-scipy
    /usr/bin/python3 test/golden/generate_disparity.py     # writes test/fixtures/golden/disparity.*.json
                                                            # and test/fixtures/golden/combine-relations.krackhardt.json

and review every change of the JSON files as a diff (STYLE.md §9).

Disparity (Serrano, Boguna & Vespignani 2009; METRICS.md §3.5). NetworkX has no disparity filter,
so the reference is the paper's definition, computed three ways that must agree:
  - exactly, in rational arithmetic (fractions.Fraction; every fixture strength is an integer):
    alpha_ij = ((s_i - w_ij) / s_i)^(k_i - 1), the golden value being the correctly rounded double;
  - the closed form in floating point, alpha_ij = (1 - p_ij)^(k_i - 1), p_ij = w_ij / s_i (to 1e-12);
  - the integral alpha_ij = 1 - (k_i - 1) * integral_0^{p_ij} (1 - x)^(k_i - 2) dx (scipy.integrate.quad, to 1e-10).
The backbone at level alpha keeps score < alpha, decided exactly (Fraction(score) < Fraction(str(alpha))),
so a score that equals alpha exactly (e.g. 1 - 4/5 = 1/5 at alpha 0.2) is not kept, whatever the
rounding of 1 - 0.8 in floating point.
score(i-j) = min(alpha_ij, alpha_ji). k_i = 1 gives 1 (the integral's factor k_i - 1 is 0; in
closed form 0^0 = 1). Directed graphs: for the arc i->j, alpha_out uses i's out-strength and
out-degree, alpha_in uses j's in-strength and in-degree. Graphs are the shared fixtures
(test/fixtures/graphs/*.json) merged as METRICS.md §1.3 says: parallel edges summed, self-loops
dropped. The scores are also cross-checked against a second implementation that reads the
adjacency of the original multigraph (networkx.MultiGraph) and merges on the fly.

Multiplex fusion: the Krackhardt (1987) high-tech managers' three relations, read from
$TIESTRENGTH_DATA_DIR/krackhardt-hightech/edges.csv (default /work/shared/data), fused
  - directed, unit layer weights: per ordered pair the layers present and multiplexity;
  - undirected ('any' projection), layer weights advice 1, friendship 2, reports_to 0.5:
    w_ij^(L) = a_ij + a_ji per layer, weight = sum_L alpha_L w_ij^(L), multiplexity = layers with w > 0.
"""

import csv
import json
import math
import os
import sys
from collections import Counter, OrderedDict
from fractions import Fraction
from pathlib import Path

import networkx as nx
import scipy
from scipy.integrate import quad

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / 'test' / 'fixtures' / 'golden'
GRAPHS = ROOT / 'test' / 'fixtures' / 'graphs'
DATA = Path(os.environ.get('TIESTRENGTH_DATA_DIR', '/work/shared/data'))
GENERATOR = 'test/golden/generate_disparity.py'
FIXTURES = ['kite', 'org', 'borgatti1997', 'karate', 'florentine', 'random-weighted', 'directed-weighted', 'messy']
ALPHAS = [0.05, 0.2, 0.5]


def close(a, b, tol=1e-12):
    return abs(a - b) <= tol * max(1.0, abs(a), abs(b))


def alpha_closed(w, s, k):
    return (1.0 - w / s) ** (k - 1)


def alpha_exact(w, s, k):
    w, s = Fraction(w), Fraction(s)
    return ((s - w) / s) ** (k - 1)


def alpha_integral(w, s, k):
    if k == 1:
        return 1.0
    p = w / s
    value, _ = quad(lambda x: (1.0 - x) ** (k - 2), 0.0, p, epsabs=1e-14, epsrel=1e-12)
    return 1.0 - (k - 1) * value


def merged(data):
    g = nx.DiGraph() if data['directed'] else nx.Graph()
    g.add_nodes_from(data['nodes'])
    for u, v, w in data['edges']:
        if u == v:
            continue
        if g.has_edge(u, v):
            g[u][v]['weight'] += w
        else:
            g.add_edge(u, v, weight=w)
    return g


def score_ties(g):
    """[(u, v, score, alpha_u, alpha_v)] in NetworkX edge order, closed form checked against the integral."""
    rows = []
    if g.is_directed():
        s_out = dict(g.out_degree(weight='weight'))
        s_in = dict(g.in_degree(weight='weight'))
        for u, v, w in g.edges(data='weight'):
            ends = [(w, s_out[u], g.out_degree(u)), (w, s_in[v], g.in_degree(v))]
            rows.append(score_row(u, v, ends))
    else:
        s = dict(g.degree(weight='weight'))
        for u, v, w in g.edges(data='weight'):
            rows.append(score_row(u, v, [(w, s[u], g.degree(u)), (w, s[v], g.degree(v))]))
    return rows


def score_row(u, v, ends):
    alphas = []
    for w, s, k in ends:
        assert float(w) == int(w) and float(s) == int(s), 'fixture strengths are integers (exact arithmetic)'
        exact = alpha_exact(int(w), int(s), k)
        closed = alpha_closed(w, s, k)
        integral = alpha_integral(w, s, k)
        assert close(float(exact), closed, 1e-12), (u, v, w, s, k, exact, closed)
        assert close(float(exact), integral, 1e-10), (u, v, w, s, k, exact, integral)
        alphas.append(exact)
    score = min(alphas)
    return [u, v, score, alphas[0], alphas[1]]


def second_implementation(data):
    """The same scores from a networkx Multi(Di)Graph of the raw rows, merging while reading adjacency."""
    mg = nx.MultiDiGraph() if data['directed'] else nx.MultiGraph()
    mg.add_nodes_from(data['nodes'])
    for u, v, w in data['edges']:
        mg.add_edge(u, v, weight=w)

    def ties(node, direction):
        out = {}
        if data['directed']:
            items = mg.out_edges(node, data='weight') if direction == 'out' else mg.in_edges(node, data='weight')
            for a, b, w in items:
                other = b if direction == 'out' else a
                if other != node:
                    out[other] = out.get(other, 0) + w
        else:
            for _, b, w in mg.edges(node, data='weight'):
                if b != node:
                    out[b] = out.get(b, 0) + w
        return out

    scores = {}
    for u in mg.nodes:
        for v, w in ties(u, 'out').items():
            tu = ties(u, 'out')
            tv = ties(v, 'in')
            a_u = alpha_closed(w, math.fsum(tu.values()), len(tu))
            a_v = alpha_closed(w, math.fsum(tv.values()), len(tv))
            key = (u, v) if data['directed'] else tuple(sorted((u, v)))
            scores[key] = min(a_u, a_v)
    return scores


def disparity_doc(name, versions):
    data = json.loads((GRAPHS / f'{name}.json').read_text(encoding='utf-8'))
    g = merged(data)
    rows = score_ties(g)
    check = second_implementation(data)
    assert len(check) == len(rows), name
    for u, v, score, _, _ in rows:
        key = (u, v) if data['directed'] else tuple(sorted((u, v)))
        assert close(check[key], float(score), 1e-12), (name, u, v, check[key], score)
    backbone = OrderedDict()
    for alpha in ALPHAS:
        kept = [[u, v] for u, v, score, _, _ in rows if score < Fraction(str(alpha))]
        total = math.fsum(g[u][v]['weight'] for u, v in g.edges())
        kept_strength = math.fsum(g[u][v]['weight'] for u, v in kept)
        backbone[str(alpha)] = OrderedDict([
            ('kept', len(kept)),
            ('dropped', len(rows) - len(kept)),
            ('strengthKept', kept_strength / total if total else None),
            ('ties', kept),
        ])
    doc = OrderedDict()
    doc['provenance'] = OrderedDict([
        ('generator', GENERATOR),
        ('networkx', versions['networkx']),
        ('scipy', versions['scipy']),
        ('python', versions['python']),
        ('function', [
            'exact ((s - w)/s)^(k - 1) with fractions.Fraction, rounded to double',
            'closed form (1 - w/s)^(k - 1) in floating point (agrees to 1e-12)',
            '1 - (k - 1) * scipy.integrate.quad((1 - x)^(k - 2), 0, w/s) (agrees to 1e-10)',
            'networkx.Graph / networkx.DiGraph (parallel edges summed, self-loops dropped)',
            'second implementation on networkx.MultiGraph / MultiDiGraph adjacency',
        ]),
        ('params', OrderedDict([
            ('getEdgeStrength', 'weight'),
            ('degreeOne', 'alpha = 1 (0^0)'),
            ('directed', 'alpha_out at the source (out-strength, out-degree), alpha_in at the target (in-strength, in-degree)'),
            ('alphas', ALPHAS),
            ('keep', 'score < alpha, decided in exact arithmetic'),
        ])),
        ('graph', OrderedDict([
            ('name', name),
            ('directed', data['directed']),
            ('source', f'test/fixtures/graphs/{name}.json'),
            ('description', data['description']),
        ])),
    ])
    doc['values'] = OrderedDict([
        ('ties', [OrderedDict([('source', u), ('target', v), ('score', float(score)), ('alphaSource', float(a)), ('alphaTarget', float(b))])
                  for u, v, score, a, b in rows]),
        ('backbone', backbone),
    ])
    return doc


def krackhardt_rows():
    with open(DATA / 'krackhardt-hightech' / 'edges.csv', newline='', encoding='utf-8') as f:
        rows = list(csv.DictReader(f))
    with open(DATA / 'krackhardt-hightech' / 'nodes.csv', newline='', encoding='utf-8') as f:
        nodes = [r['id'] for r in csv.DictReader(f)]
    return nodes, rows


def combine_doc(versions):
    nodes, rows = krackhardt_rows()
    layers = ['advice', 'friendship', 'reports_to']
    names = {'advice': 'advice', 'friendship': 'friendship', 'reports_to': 'reportsTo'}
    arcs = {layer: set() for layer in layers}
    for r in rows:
        assert r['source'] != r['target']
        arcs[r['relation']].add((r['source'], r['target']))
    for layer in layers:
        assert len(arcs[layer]) == sum(1 for r in rows if r['relation'] == layer), 'a relation repeats an arc'

    directed = []
    for pair in sorted(set().union(*arcs.values()), key=lambda p: (int(p[0]), int(p[1]))):
        present = OrderedDict((names[layer], 1 if pair in arcs[layer] else 0) for layer in layers)
        m = sum(present.values())
        directed.append(OrderedDict([('source', pair[0]), ('target', pair[1]), *present.items(), ('multiplexity', m), ('weight', float(m))]))
    directed_counts = Counter(t['multiplexity'] for t in directed)

    weights = {'advice': 1.0, 'friendship': 2.0, 'reports_to': 0.5}
    undirected = []
    pairs = sorted({tuple(sorted(p, key=int)) for layer in layers for p in arcs[layer]}, key=lambda p: (int(p[0]), int(p[1])))
    for i, j in pairs:
        per = OrderedDict()
        for layer in layers:
            per[names[layer]] = float(((i, j) in arcs[layer]) + ((j, i) in arcs[layer]))
        m = sum(1 for w in per.values() if w > 0)
        weight = math.fsum(weights[layer] * per[names[layer]] for layer in layers)
        undirected.append(OrderedDict([('source', i), ('target', j), *per.items(), ('multiplexity', m), ('weight', weight)]))
    undirected_counts = Counter(t['multiplexity'] for t in undirected)

    # Cross-check the directed multiplexity with networkx: one DiGraph per layer, composed.
    graphs = {layer: nx.DiGraph(list(arcs[layer])) for layer in layers}
    union = nx.compose_all(list(graphs.values()))
    assert union.number_of_edges() == len(directed)
    for t in directed:
        assert t['multiplexity'] == sum(graphs[layer].has_edge(t['source'], t['target']) for layer in layers)

    doc = OrderedDict()
    doc['provenance'] = OrderedDict([
        ('generator', GENERATOR),
        ('networkx', versions['networkx']),
        ('python', versions['python']),
        ('function', ['formula w_ij = sum_L alpha_L w_ij^(L), m_ij = |{L : w_ij^(L) > 0}| (METRICS.md §3.1)',
                      'networkx.compose_all (directed multiplexity cross-check)']),
        ('params', OrderedDict([
            ('layers', [names[layer] for layer in layers]),
            ('directedLayerWeights', {names[layer]: 1.0 for layer in layers}),
            ('undirectedLayerWeights', {names[layer]: weights[layer] for layer in layers}),
            ('undirectedProjection', 'any: w_ij^(L) = a_ij + a_ji'),
        ])),
        ('graph', OrderedDict([
            ('name', 'krackhardt'),
            ('source', "Krackhardt (1987) high-tech managers; $TIESTRENGTH_DATA_DIR/krackhardt-hightech/edges.csv "
                       "(package: krackhardtHighTech({ relation: 'advice' | 'friendship' | 'reportsTo' }))"),
            ('nodes', nodes),
        ])),
    ])
    doc['values'] = OrderedDict([
        ('directed', OrderedDict([
            ('multiplexityCounts', {str(k): directed_counts[k] for k in sorted(directed_counts)}),
            ('ties', directed),
        ])),
        ('undirected', OrderedDict([
            ('multiplexityCounts', {str(k): undirected_counts[k] for k in sorted(undirected_counts)}),
            ('ties', undirected),
        ])),
    ])
    return doc, directed_counts, undirected_counts


def write(path, doc):
    path.write_text(json.dumps(doc, indent=1, ensure_ascii=False, allow_nan=False) + '\n', encoding='utf-8')


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    versions = {'networkx': nx.__version__, 'scipy': scipy.__version__, 'python': sys.version.split()[0]}
    for name in FIXTURES:
        doc = disparity_doc(name, versions)
        path = OUT / f'disparity.{name}.json'
        write(path, doc)
        kept = doc['values']['backbone']['0.05']['kept']
        print(f'wrote {path.relative_to(ROOT)}: {len(doc["values"]["ties"])} ties, {kept} kept at alpha 0.05')
    doc, dc, uc = combine_doc(versions)
    path = OUT / 'combine-relations.krackhardt.json'
    write(path, doc)
    print(f'wrote {path.relative_to(ROOT)}: directed multiplexity {dict(sorted(dc.items()))}, undirected {dict(sorted(uc.items()))}')


if __name__ == '__main__':
    main()
