#!/usr/bin/python3
"""Golden values for describeNetwork (test/network/describe-network.golden.test.ts).

Run by hand, never in CI, with the Debian packages (not a pyenv/venv Python):

    apt-get install python3-networkx python3-igraph
    /usr/bin/python3 test/golden/generate_describe.py            # writes test/fixtures/golden/describe.*.json
    TIESTRENGTH_DATA_DIR=/path/to/data /usr/bin/python3 test/golden/generate_describe.py

and review every change of the JSON files as a diff (STYLE.md §9).

Values come from NetworkX. Every value igraph also has (people, ties, density, reciprocity,
isolates, components, distinct contacts, merged strengths, within/between counts) is recomputed
with igraph from the raw edge rows and must agree to 1e-12, or the script stops.

Conventions (METRICS.md §1.3):
- ties = the simple graph after merging parallel edges (strengths summed) and dropping self-loops;
- degree = distinct contacts |N(i)|, N(i) = pred ∪ succ for directed graphs;
- quartiles = numpy.percentile(..., method='linear') (R type 7);
- components of directed graphs are weak components;
- a value that describeNetwork returns as NaN (reciprocity of an undirected graph, E-I with no
  grouped ties) is written as null, since JSON has no NaN.

Graphs: the datasets (a)-(e) are read from the published CSVs in $TIESTRENGTH_DATA_DIR
(default /work/shared/data), which the package embeds; F1-F3 are METRICS.md §1.4; messy-directed
is test/fixtures/graphs/messy-directed.csv.
"""

import csv
import json
import math
import os
import sys
from collections import Counter, OrderedDict
from pathlib import Path

import igraph
import networkx as nx
import numpy as np

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / 'test' / 'fixtures' / 'golden'
GRAPHS = ROOT / 'test' / 'fixtures' / 'graphs'
DATA = Path(os.environ.get('TIESTRENGTH_DATA_DIR', '/work/shared/data'))
GENERATOR = 'test/golden/generate_describe.py'

NX_FUNCTIONS = [
    'networkx.Graph / networkx.DiGraph (parallel edges merged by summing weight, self-loops dropped)',
    'networkx.number_of_nodes',
    'networkx.number_of_edges',
    'networkx.density',
    'networkx.overall_reciprocity',
    'networkx.isolates',
    'networkx.number_connected_components',
    'networkx.connected_components',
    'networkx.number_weakly_connected_components',
    'networkx.weakly_connected_components',
    'networkx.all_neighbors',
    'numpy.percentile(method="linear")',
]
IGRAPH_FUNCTIONS = [
    'igraph.Graph.simplify(multiple=True, loops=True, combine_edges="sum")',
    'igraph.Graph.vcount',
    'igraph.Graph.ecount',
    'igraph.Graph.density(loops=False)',
    'igraph.Graph.reciprocity(ignore_loops=True, mode="default")',
    'igraph.Graph.connected_components(mode="weak")',
    'igraph.Graph.neighbors(mode="all")',
]


# ---------------------------------------------------------------------------------------------
# Graph inputs: (nodes in order, raw rows (source, target, weight), directed, groups or None)
# ---------------------------------------------------------------------------------------------

def read_csv(path):
    with open(path, newline='', encoding='utf-8') as f:
        return list(csv.DictReader(f))


def krackhardt(relation):
    folder = DATA / 'krackhardt-hightech'
    nodes = read_csv(folder / 'nodes.csv')
    rows = [(r['source'], r['target'], 1.0) for r in read_csv(folder / 'edges.csv') if r['relation'] == relation]
    # The package stores department as the string '0'..'4' ('0' = the CEO, node 7, a one-person group).
    groups = {n['id']: n['department'] for n in nodes}
    return [n['id'] for n in nodes], rows, True, groups


def lazega(relation, attribute):
    folder = DATA / 'lazega-lawfirm'
    nodes = read_csv(folder / 'nodes.csv')
    edges = read_csv(folder / 'edges.csv')
    rows = [(r['source'], r['target'], 1.0) for r in edges if relation == 'all' or r['relation'] == relation]
    if relation == 'all':
        # One row per relation and ordered pair, so summing the rows gives the multiplexity (1-3),
        # which is the edge weight of lazegaLawFirm({ relation: 'all' }).
        per_relation = Counter((r['source'], r['target'], r['relation']) for r in edges)
        assert max(per_relation.values()) == 1, 'a relation repeats an ordered pair'
    groups = {n['id']: n[attribute] for n in nodes}
    return [n['id'] for n in nodes], rows, True, groups


def manufacturing():
    folder = DATA / 'radoslaw-email-manufacturing'
    nodes = read_csv(folder / 'nodes.csv')
    rows = [(r['source'], r['target'], float(r['weight'])) for r in read_csv(folder / 'edges.csv')]
    assert sum(1 for s, t, _ in rows if s == t) == 1, 'the README documents exactly one self-loop'
    return [n['id'] for n in nodes], rows, True, None


KITE_EDGES = [(0, 1), (0, 2), (0, 3), (0, 5), (1, 3), (1, 4), (1, 6), (2, 3), (2, 5), (3, 4), (3, 5), (3, 6),
              (4, 6), (5, 6), (5, 7), (6, 7), (7, 8), (8, 9)]


def kite():
    g = nx.krackhardt_kite_graph()
    got = sorted(tuple(sorted(e)) for e in g.edges())
    assert got == sorted(KITE_EDGES), 'networkx.krackhardt_kite_graph differs from METRICS.md §1.4 F1'
    rows = [(str(u), str(v), 1.0) for u, v in g.edges()]
    return [str(v) for v in g.nodes()], rows, False, None


ORG_EDGES = [('a1', 'a2', 3), ('a1', 'a3', 2), ('a2', 'a3', 1), ('a3', 'b1', 1), ('b1', 'b2', 4), ('b2', 'c1', 1),
             ('a2', 'b2', 1)]
ORG_GROUPS = OrderedDict([('a1', 'A'), ('a2', 'A'), ('a3', 'A'), ('b1', 'B'), ('b2', 'B'), ('c1', 'C'), ('z', 'C')])


def org():
    return list(ORG_GROUPS), [(u, v, float(w)) for u, v, w in ORG_EDGES], False, dict(ORG_GROUPS)


BORGATTI_EDGES = [('A', 'B', 2), ('A', 'F', 3), ('A', 'G', 5), ('A', 'E', 2), ('E', 'G', 8), ('F', 'G', 3), ('B', 'G', 4),
                  ('B', 'D', 1), ('D', 'G', 3), ('G', 'C', 10)]


def borgatti():
    nodes = sorted({x for u, v, _ in BORGATTI_EDGES for x in (u, v)})
    return nodes, [(u, v, float(w)) for u, v, w in BORGATTI_EDGES], False, None


def messy():
    rows = [(r['source'], r['target'], float(r['weight'])) for r in read_csv(GRAPHS / 'messy-directed.csv')]
    nodes = []
    for s, t, _ in rows:  # a node that appears only in a self-loop row is kept (as an isolate)
        for x in (s, t):
            if x not in nodes:
                nodes.append(x)
    return nodes, rows, True, None


# ---------------------------------------------------------------------------------------------
# Measures
# ---------------------------------------------------------------------------------------------

def simple_graph(nodes, rows, directed):
    """The merged simple graph: parallel edges summed, self-loops dropped; plus what was dropped."""
    g = nx.DiGraph() if directed else nx.Graph()
    g.add_nodes_from(nodes)
    self_loops = 0
    merged = 0
    for s, t, w in rows:
        g.add_node(s)
        g.add_node(t)
        if s == t:
            self_loops += 1
            continue
        if g.has_edge(s, t):
            g[s][t]['weight'] += w
            merged += 1
        else:
            g.add_edge(s, t, weight=w)
    return g, {'selfLoops': self_loops, 'parallelEdgesMerged': merged}


def summary(values):
    a = np.asarray(sorted(values), dtype=float)
    if a.size == 0:
        return {'count': 0, 'min': None, 'q1': None, 'median': None, 'q3': None, 'max': None, 'mean': None}
    q1, median, q3 = np.percentile(a, [25, 50, 75], method='linear')
    return {
        'count': int(a.size),
        'min': float(a[0]),
        'q1': float(q1),
        'median': float(median),
        'q3': float(q3),
        'max': float(a[-1]),
        'mean': math.fsum(a) / a.size,
    }


def contacts(g, v):
    return len(set(nx.all_neighbors(g, v))) if g.is_directed() else g.degree(v)


def group_mixing(g, groups, attribute):
    sizes = Counter()
    ungrouped = 0
    for v in g.nodes():
        value = groups.get(v)
        if value is None or value == '':
            ungrouped += 1
        else:
            sizes[value] += 1
    within = between = 0
    for u, v in g.edges():
        a, b = groups.get(u), groups.get(v)
        if a in (None, '') or b in (None, ''):
            continue
        if a == b:
            within += 1
        else:
            between += 1
    grouped = within + between
    return {
        'attribute': attribute,
        'count': len(sizes),
        'sizes': dict(sorted(sizes.items())),
        'ungrouped': ungrouped,
        'within': within,
        'between': between,
        'withinShare': within / grouped if grouped else None,
        'ei': (between - within) / grouped if grouped else None,
    }


def networkx_values(g, groups, attribute):
    directed = g.is_directed()
    n = g.number_of_nodes()
    if directed:
        comps = list(nx.weakly_connected_components(g))
        count = nx.number_weakly_connected_components(g)
    else:
        comps = list(nx.connected_components(g))
        count = nx.number_connected_components(g)
    assert count == len(comps)
    largest = max((len(c) for c in comps), default=0)
    strengths = [w for _, _, w in g.edges(data='weight')]
    values = OrderedDict()
    values['directed'] = directed
    values['people'] = n
    values['ties'] = g.number_of_edges()
    values['density'] = nx.density(g)
    values['reciprocity'] = nx.overall_reciprocity(g) if directed else None
    values['isolates'] = len(list(nx.isolates(g)))
    values['components'] = {'count': count, 'largest': largest, 'largestShare': largest / n}
    values['strength'] = dict(summary(strengths), total=math.fsum(strengths))
    values['degree'] = summary([contacts(g, v) for v in g.nodes()])
    values['groups'] = group_mixing(g, groups, attribute) if groups is not None else None
    return values


def igraph_values(nodes, rows, directed, groups):
    """The same measures from the raw rows with igraph; only what igraph computes itself."""
    names = list(nodes)
    seen = set(names)
    for s, t, _ in rows:
        for x in (s, t):
            if x not in seen:
                seen.add(x)
                names.append(x)
    idx = {x: i for i, x in enumerate(names)}
    ig = igraph.Graph(n=len(names), edges=[(idx[s], idx[t]) for s, t, _ in rows], directed=directed)
    ig.vs['name'] = names
    ig.es['weight'] = [w for _, _, w in rows]
    ig.simplify(multiple=True, loops=True, combine_edges='sum')
    comps = ig.connected_components(mode='weak')
    distinct = [len(set(ig.neighbors(v, mode='all'))) for v in range(ig.vcount())]
    out = {
        'people': ig.vcount(),
        'ties': ig.ecount(),
        'density': ig.density(loops=False),
        'isolates': sum(1 for d in distinct if d == 0),
        'components.count': len(comps),
        'components.largest': max(comps.sizes()),
        'degree': sorted(distinct),
        'strength': sorted(ig.es['weight']),
    }
    if directed:
        out['reciprocity'] = ig.reciprocity(ignore_loops=True, mode='default')
    if groups is not None:
        within = between = 0
        for e in ig.es:
            a, b = groups.get(names[e.source]), groups.get(names[e.target])
            if a in (None, '') or b in (None, ''):
                continue
            within += a == b
            between += a != b
        out['groups.within'] = within
        out['groups.between'] = between
    return out


def same(a, b):
    return a == b or (isinstance(a, float) and isinstance(b, float) and abs(a - b) <= 1e-12 * max(1.0, abs(a), abs(b)))


def cross_check(name, g, values, ivals):
    """Asserts NetworkX and igraph agree; returns the names of the checked values."""
    nx_side = {
        'people': values['people'],
        'ties': values['ties'],
        'density': values['density'],
        'isolates': values['isolates'],
        'components.count': values['components']['count'],
        'components.largest': values['components']['largest'],
        'degree': sorted(contacts(g, v) for v in g.nodes()),
        'strength': sorted(w for _, _, w in g.edges(data='weight')),
    }
    if 'reciprocity' in ivals:
        nx_side['reciprocity'] = values['reciprocity']
    if 'groups.within' in ivals:
        nx_side['groups.within'] = values['groups']['within']
        nx_side['groups.between'] = values['groups']['between']
    for key, mine in nx_side.items():
        theirs = ivals[key]
        ok = (len(mine) == len(theirs) and all(same(float(x), float(y)) for x, y in zip(mine, theirs))) \
            if isinstance(mine, list) else same(mine, theirs)
        if not ok:
            sys.exit(f'{name}: NetworkX and igraph disagree on {key}: {mine!r} vs {theirs!r}')
    return sorted(nx_side)


# ---------------------------------------------------------------------------------------------

GRAPH_SPECS = [
    ('krackhardt-advice', lambda: krackhardt('advice'), 'department',
     'Krackhardt (1987) high-tech managers, advice; /work/shared/data/krackhardt-hightech/edges.csv rows with '
     "relation = advice, nodes.csv department (package: krackhardtHighTech({ relation: 'advice' }))"),
    ('krackhardt-friendship', lambda: krackhardt('friendship'), 'department',
     'Krackhardt (1987) high-tech managers, friendship; /work/shared/data/krackhardt-hightech/edges.csv rows with '
     "relation = friendship, nodes.csv department (package: krackhardtHighTech({ relation: 'friendship' }))"),
    ('lazega-advice', lambda: lazega('advice', 'office'), 'office',
     'Lazega (2001) law firm, advice; /work/shared/data/lazega-lawfirm/edges.csv rows with relation = advice, '
     "nodes.csv office (package: lazegaLawFirm({ relation: 'advice' }))"),
    ('lazega-all', lambda: lazega('all', 'practice'), 'practice',
     'Lazega (2001) law firm, all three relations; /work/shared/data/lazega-lawfirm/edges.csv, one row per relation, '
     "summed per ordered pair = multiplexity 1-3; nodes.csv practice (package: lazegaLawFirm({ relation: 'all' }))"),
    ('manufacturing-email', manufacturing, None,
     'Michalski et al. (2011) manufacturing e-mail, weight = e-mails sent; '
     '/work/shared/data/radoslaw-email-manufacturing/edges.csv with its one self-loop dropped '
     '(package: manufacturingEmail())'),
    ('kite', kite, None, 'METRICS.md §1.4 F1 Krackhardt kite: networkx.krackhardt_kite_graph(), nodes as strings'),
    ('org', org, 'group', 'METRICS.md §1.4 F2 "org", weighted, isolate z, groups A = {a1, a2, a3}, B = {b1, b2}, C = {c1, z}'),
    ('borgatti1997', borgatti, None, 'METRICS.md §1.4 F3 Borgatti (1997) example, weighted'),
    ('messy-directed', messy, None,
     'test/fixtures/graphs/messy-directed.csv: parallel arcs (summed), self-loops (dropped; node z has only a '
     'self-loop, so it is an isolate), reciprocal arcs, an in-only node (e)'),
]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    versions = {
        'networkx': nx.__version__,
        'igraph': igraph.__version__,
        'numpy': np.__version__,
        'python': sys.version.split()[0],
    }
    for name, load, attribute, source in GRAPH_SPECS:
        nodes, rows, directed, groups = load()
        g, dropped = simple_graph(nodes, rows, directed)
        values = networkx_values(g, groups, attribute)
        checked = cross_check(name, g, values, igraph_values(nodes, rows, directed, groups))
        graph = OrderedDict(name=name, source=source, directed=directed, nodes=g.number_of_nodes(), rows=len(rows))
        if name in ('kite', 'org', 'borgatti1997'):
            graph['edges'] = [[s, t, w] for s, t, w in rows]
            if groups is not None:
                graph['groups'] = groups
        if name == 'messy-directed':
            values['dropped'] = dropped
        doc = OrderedDict()
        doc['provenance'] = OrderedDict([
            ('generator', GENERATOR),
            ('networkx', versions['networkx']),
            ('igraph', versions['igraph']),
            ('numpy', versions['numpy']),
            ('python', versions['python']),
            ('function', NX_FUNCTIONS + IGRAPH_FUNCTIONS),
            ('params', OrderedDict([
                ('getEdgeStrength', 'weight'),
                ('groupAttribute', attribute),
                ('mergeParallel', 'sum'),
                ('selfLoops', 'dropped'),
                ('quantiles', 'numpy.percentile method="linear" (type 7)'),
                ('nullMeans', 'NaN in describeNetwork'),
            ])),
            ('graph', graph),
            ('igraphAgrees', checked),
        ])
        doc['values'] = values
        path = OUT / f'describe.{name}.json'
        path.write_text(json.dumps(doc, indent=2, ensure_ascii=False, allow_nan=False) + '\n', encoding='utf-8')
        print(f'wrote {path.relative_to(ROOT)}: {values["people"]} people, {values["ties"]} ties')


if __name__ == '__main__':
    main()
