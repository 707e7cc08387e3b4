#!/usr/bin/python3
"""Golden values for the group measures (test/groups/*.golden.test.ts): eiIndex,
groupMixingMatrix, modularity, communities and bridgingTies.

Run by hand, never in CI, with the Debian packages (not a pyenv/venv Python), from the repository root:

    apt-get install python3-networkx python3-igraph
    /usr/bin/python3 test/golden/generate_groups.py       # writes test/fixtures/golden/<metric>.<graph>.json

and review every change of the JSON files as a diff (STYLE.md §9). The script also runs
`npx tsx test/golden/communities_partitions.ts` (see "communities" below), so node_modules must be installed.

Graphs: the shared fixtures test/fixtures/graphs/<name>.json (written by test/golden/fixtures.py), as
the merged simple graph of METRICS.md §1.3: parallel edges summed, self-loops dropped, nodes in the
stored order. Groups: node attribute 'group' (org, directed-weighted, messy) or 'club' (karate).

What each file holds and where the numbers come from:

- ei-index.<graph>.json: E and I counts (and strength sums) of the network, of every group and of every
  node, read off NetworkX edge lists (G.edges for the network and groups; G.edges(v) / G.in_edges(v) +
  G.out_edges(v) for nodes, so the node level is counted independently of the others). The indices are
  the METRICS.md §3.9 hand formulas applied to those counts: EI = (E - I)/(E + I), and the
  density-rescaled EI* = (dE - dI)/(dE + dI) with possible pairs person (n_g - 1, n - n_g), group
  (C(n_g, 2), n_g (n - n_g)), network (sum C(n_g, 2), sum_{g<h} n_g n_h), doubled for directed graphs.
  Four variants: weighted x rescaled.
- group-mixing-matrix.<graph>.json: count, density and strength matrices (groups in ascending
  label order). Counts are cross-checked against networkx.attribute_mixing_matrix (which counts an
  undirected tie in both directions, so its diagonal is twice ours); the script stops if they differ.
- modularity.<graph>.json: networkx.algorithms.community.modularity of the formal group partition,
  weighted (weight='weight') and unweighted (weight=None), at resolutions 0.5, 1 and 2; cross-checked with
  igraph GraphBase.modularity(membership, weights, resolution, directed) to 1e-12
  (python-igraph 0.10.2's Graph.modularity ignores its resolution argument, so the C-level method is used).
- communities.<graph>.json: partitions differ between implementations (ours is Leiden by default,
  graphology's Louvain with algorithm: 'louvain'), so the partitions are OURS: test/golden/communities_partitions.ts prints what communities() returns on each fixture (seed 42
  unless stated) for the settings listed; the golden values are NetworkX's modularity of exactly those
  partitions (cross-checked with igraph). The test checks that communities() still returns the pinned
  partition and that its modularity equals NetworkX's.
- bridging-ties.<graph>.json: for every tie of the undirected projection (directed graphs: i-j tied when
  i->j or j->i, strength a_ij + a_ji), the common neighbours n_ij (networkx.common_neighbors) and Onnela's
  overlap O_ij = n_ij / ((k_i - 1) + (k_j - 1) - n_ij) (null when the denominator is 0); plus the ties
  between groups of the formal partition (when the graph has groups) and of the pinned community partition.

A value that the library returns as NaN is written as null (JSON has no NaN).
"""

import json
import math
import subprocess
import sys
from collections import OrderedDict
from pathlib import Path

import igraph
import networkx as nx
from networkx.algorithms import community as nx_community

ROOT = Path(__file__).resolve().parents[2]
GRAPHS = ROOT / 'test' / 'fixtures' / 'graphs'
OUT = ROOT / 'test' / 'fixtures' / 'golden'
GENERATOR = 'test/golden/generate_groups.py'
PARTITIONS_SCRIPT = 'test/golden/communities_partitions.ts'

FIXTURES = ['kite', 'org', 'borgatti1997', 'karate', 'florentine', 'random-weighted', 'directed-weighted', 'messy']
GROUP_ATTRIBUTE = {'org': 'group', 'karate': 'club', 'directed-weighted': 'group', 'messy': 'group'}
RESOLUTIONS = [0.5, 1, 2]


def nan_to_null(x):
    return None if isinstance(x, float) and math.isnan(x) else x


def load(name):
    data = json.loads((GRAPHS / f'{name}.json').read_text(encoding='utf-8'))
    g = nx.DiGraph() if data['directed'] else nx.Graph()
    g.add_nodes_from(data['nodes'])
    for u, v, w in data['edges']:
        if u == v:
            continue  # self-loops are not ties (METRICS.md §1.3)
        if g.has_edge(u, v):
            g[u][v]['weight'] += w  # parallel edges: strengths summed
        else:
            g.add_edge(u, v, weight=w)
    attribute = GROUP_ATTRIBUTE.get(name)
    groups = None
    if attribute is not None:
        groups = {v: str(data['nodeAttributes'][v][attribute]) for v in data['nodes']}
        nx.set_node_attributes(g, groups, 'label')
    return data, g, attribute, groups


def label_order(labels):
    """Ascending label order as in src/groups/group-labels.ts (numeric labels first, by value)."""
    def key(s):
        try:
            return (0, float(s), s)
        except ValueError:
            return (1, 0.0, s)
    return sorted(set(labels), key=key)


# ---------------------------------------------------------------------------------------------
# E-I index
# ---------------------------------------------------------------------------------------------

def ei(e, i):
    return (e - i) / (e + i) if e + i > 0 else math.nan


def ei_rescaled(e, i, pe, pi):
    if pe <= 0 or pi <= 0:
        return math.nan
    return ei(e / pe, i / pi)


def ei_values(g, groups, weighted, rescaled):
    directed = g.is_directed()
    factor = 2 if directed else 1
    n = g.number_of_nodes()
    labels = label_order(groups.values())
    size = {c: sum(1 for v in g if groups[v] == c) for c in labels}

    def value(w):
        return w if weighted else 1

    e = i = 0
    ge = {c: 0 for c in labels}
    gi = {c: 0 for c in labels}
    for u, v, w in g.edges(data='weight'):
        if groups[u] == groups[v]:
            i += value(w)
            gi[groups[u]] += value(w)
        else:
            e += value(w)
            ge[groups[u]] += value(w)
            ge[groups[v]] += value(w)
    pi_net = factor * sum(s * (s - 1) / 2 for s in size.values())
    pe_net = factor * sum(size[a] * size[b] for x, a in enumerate(labels) for b in labels[x + 1:])
    network = OrderedDict(ei=ei_rescaled(e, i, pe_net, pi_net) if rescaled else ei(e, i), external=e, internal=i)

    group_values = OrderedDict()
    for c in labels:
        s = size[c]
        group_values[c] = OrderedDict(
            ei=ei_rescaled(ge[c], gi[c], factor * s * (n - s), factor * s * (s - 1) / 2) if rescaled else ei(ge[c], gi[c]),
            external=ge[c], internal=gi[c], size=s)

    node_values = OrderedDict()
    for v in g:
        arcs = list(g.out_edges(v, data='weight')) + list(g.in_edges(v, data='weight')) if directed \
            else list(g.edges(v, data='weight'))
        ne = sum(value(w) for a, b, w in arcs if groups[a] != groups[b])
        ni = sum(value(w) for a, b, w in arcs if groups[a] == groups[b])
        s = size[groups[v]]
        node_values[v] = OrderedDict(
            ei=ei_rescaled(ne, ni, factor * (n - s), factor * (s - 1)) if rescaled else ei(ne, ni),
            external=ne, internal=ni)
    return OrderedDict(network=network, groups=group_values, nodes=node_values)


def nulls(obj):
    if isinstance(obj, dict):
        return OrderedDict((k, nulls(v)) for k, v in obj.items())
    if isinstance(obj, list):
        return [nulls(v) for v in obj]
    return nan_to_null(obj)


# ---------------------------------------------------------------------------------------------
# Mixing matrix
# ---------------------------------------------------------------------------------------------

def mixing(g, groups):
    directed = g.is_directed()
    labels = label_order(groups.values())
    at = {c: x for x, c in enumerate(labels)}
    k = len(labels)
    count = [[0] * k for _ in range(k)]
    strength = [[0.0] * k for _ in range(k)]
    for u, v, w in g.edges(data='weight'):
        a, b = at[groups[u]], at[groups[v]]
        count[a][b] += 1
        strength[a][b] += w
        if not directed and a != b:
            count[b][a] += 1
            strength[b][a] += w
    # Cross-check with NetworkX's attribute_mixing_matrix.
    m = nx.attribute_mixing_matrix(g, 'label', mapping=at, normalized=False)
    for a in range(k):
        for b in range(k):
            theirs = m[a][b] / (2 if (not directed and a == b) else 1)
            if theirs != count[a][b]:
                sys.exit(f'attribute_mixing_matrix disagrees at {labels[a]},{labels[b]}: {theirs} vs {count[a][b]}')
    size = [sum(1 for v in g if groups[v] == c) for c in labels]
    density = [[math.nan] * k for _ in range(k)]
    for a in range(k):
        for b in range(k):
            possible = (size[a] * (size[a] - 1) / (1 if directed else 2)) if a == b else size[a] * size[b]
            density[a][b] = count[a][b] / possible if possible > 0 else math.nan
    return OrderedDict(groups=labels, sizes=size, count=count, density=density, strength=strength)


# ---------------------------------------------------------------------------------------------
# Modularity (NetworkX, cross-checked with igraph)
# ---------------------------------------------------------------------------------------------

def as_communities(partition):
    blocks = OrderedDict()
    for v, c in partition.items():
        blocks.setdefault(c, set()).add(v)
    return list(blocks.values())


def nx_modularity(g, partition, weighted, resolution):
    return nx_community.modularity(g, as_communities(partition), weight='weight' if weighted else None,
                                   resolution=resolution)


def igraph_modularity(g, partition, weighted, resolution):
    nodes = list(g.nodes())
    at = {v: x for x, v in enumerate(nodes)}
    edges = list(g.edges(data='weight'))
    ig = igraph.Graph(n=len(nodes), edges=[(at[u], at[v]) for u, v, _ in edges], directed=g.is_directed())
    blocks = {}
    membership = [blocks.setdefault(partition[v], len(blocks)) for v in nodes]
    weights = [w for _, _, w in edges] if weighted else None
    # python-igraph 0.10.2's Graph.modularity drops its resolution argument (it always returns the
    # gamma = 1 value); the C-level GraphBase.modularity honours it.
    return igraph.GraphBase.modularity(ig, membership, weights, resolution, g.is_directed())


def checked_modularity(name, g, partition, weighted, resolution):
    q = nx_modularity(g, partition, weighted, resolution)
    q2 = igraph_modularity(g, partition, weighted, resolution)
    if abs(q - q2) > 1e-12 * max(1.0, abs(q)):
        sys.exit(f'{name}: NetworkX and igraph modularity disagree: {q!r} vs {q2!r}')
    return q


# ---------------------------------------------------------------------------------------------
# Common neighbours, overlap, bridging ties
# ---------------------------------------------------------------------------------------------

def projection(g):
    """Undirected projection (METRICS.md §1.3, 'any'): strength a_ij + a_ji."""
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


def tie_rows(g):
    """Every tie of the projection once, oriented and ordered as the library lists them:
    source = the endpoint earlier in node order, ties by (source, target) in node order."""
    h = projection(g)
    position = {v: x for x, v in enumerate(g.nodes())}
    rows = []
    for u, v, w in h.edges(data='weight'):
        if position[u] > position[v]:
            u, v = v, u
        common = len(list(nx.common_neighbors(h, u, v)))
        denominator = (h.degree(u) - 1) + (h.degree(v) - 1) - common
        rows.append(OrderedDict(source=u, target=v, strength=w, common=common,
                                overlap=common / denominator if denominator > 0 else None))
    rows.sort(key=lambda r: (position[r['source']], position[r['target']]))
    return rows


def bridging(rows, partition):
    out = []
    for r in rows:
        a, b = str(partition[r['source']]), str(partition[r['target']])
        if a != b:
            out.append(OrderedDict(list(r.items()) + [('sourceGroup', a), ('targetGroup', b)]))
    return out


# ---------------------------------------------------------------------------------------------

def our_partitions():
    result = subprocess.run(['npx', 'tsx', PARTITIONS_SCRIPT], cwd=ROOT, check=True, capture_output=True, text=True)
    return json.loads(result.stdout)


def provenance(data, functions, params, extra=None):
    p = OrderedDict()
    p['generator'] = GENERATOR
    p['networkx'] = nx.__version__
    p['igraph'] = igraph.__version__
    p['python'] = sys.version.split()[0]
    p['function'] = functions
    p['params'] = params
    p['graph'] = OrderedDict(name=data['name'], source=f"test/fixtures/graphs/{data['name']}.json",
                             description=data['description'], directed=data['directed'])
    if extra:
        p.update(extra)
    return p


def write(metric, name, doc):
    path = OUT / f'{metric}.{name}.json'
    path.write_text(json.dumps(nulls(doc), indent=1, ensure_ascii=False, allow_nan=False) + '\n', encoding='utf-8')
    print(f'wrote {path.relative_to(ROOT)}')


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    partitions = our_partitions()
    for name in FIXTURES:
        data, g, attribute, groups = load(name)
        rows = tie_rows(g)

        if groups is not None:
            values = OrderedDict()
            for weighted in (False, True):
                for rescaled in (False, True):
                    key = ('weighted' if weighted else 'unweighted') + ('-rescaled' if rescaled else '')
                    values[key] = ei_values(g, groups, weighted, rescaled)
            write('ei-index', name, OrderedDict(
                provenance=provenance(data, ['networkx.Graph.edges / DiGraph.in_edges + out_edges (counts)',
                                             'METRICS.md §3.9 formulas (hand)'],
                                      OrderedDict(groupAttribute=attribute,
                                                  variants='unweighted | weighted (sum of strengths) x plain | rescaled (EI*)')),
                values=values))

            write('group-mixing-matrix', name, OrderedDict(
                provenance=provenance(data, ['networkx.attribute_mixing_matrix(normalized=False) (counts cross-check)',
                                             'hand formulas (density, strength)'],
                                      OrderedDict(groupAttribute=attribute)),
                values=mixing(g, groups)))

            q = OrderedDict()
            for weighted in (True, False):
                for resolution in RESOLUTIONS:
                    key = f"{'weighted' if weighted else 'unweighted'}-resolution-{resolution:g}"
                    q[key] = checked_modularity(name, g, groups, weighted, resolution)
            write('modularity', name, OrderedDict(
                provenance=provenance(data, ['networkx.algorithms.community.modularity',
                                             'igraph.GraphBase.modularity (cross-check, 1e-12)'],
                                      OrderedDict(groupAttribute=attribute, partition='the groupAttribute values',
                                                  weighted="weight='weight' | weight=None", resolutions=RESOLUTIONS)),
                values=q))

        ours = partitions[name]
        pinned = OrderedDict()
        for setting, entry in ours.items():
            options = entry['options']
            weighted = options.get('getEdgeStrength', 'weight') is not None
            partition = entry['partition']
            assert set(partition) == set(g.nodes()), f'{name}: partition does not cover the nodes'
            pinned[setting] = OrderedDict(
                options=options,
                partition=partition,
                count=entry['count'],
                sizes=entry['sizes'],
                modularity=checked_modularity(name, g, partition, weighted, options['resolution']),
            )
        write('communities', name, OrderedDict(
            provenance=provenance(data, [f'{PARTITIONS_SCRIPT} (our communities(): the partitions)',
                                         'networkx.algorithms.community.modularity (their Q)',
                                         'igraph.GraphBase.modularity (cross-check, 1e-12)'],
                                  OrderedDict(seed='42 unless options.seed says otherwise',
                                              settings=list(ours.keys()))),
            values=pinned))

        bridging_values = OrderedDict(ties=rows)
        if groups is not None:
            bridging_values['groupAttribute'] = bridging(rows, groups)
        bridging_values['communities'] = bridging(rows, ours['weighted']['partition'])
        write('bridging-ties', name, OrderedDict(
            provenance=provenance(data, ['networkx.common_neighbors on the undirected projection',
                                         'Onnela overlap formula (METRICS.md §3.2)'],
                                  OrderedDict(groupAttribute=attribute, projection="'any', strength a_ij + a_ji",
                                              communities="the pinned partition communities.<graph>.json values.weighted")),
            values=bridging_values))


if __name__ == '__main__':
    main()
