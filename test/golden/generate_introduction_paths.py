#!/usr/bin/python3
"""Golden values for introductionPaths (test/paths/introduction-paths.golden.test.ts).

Run by hand, never in CI, with the Debian packages (not a pyenv/venv Python):

    apt-get install python3-networkx
    /usr/bin/python3 test/golden/generate_introduction_paths.py   # writes test/fixtures/golden/paths-<graph>.json

and review every change of the JSON files as a diff (STYLE.md §9). (test/golden/generate_paths.py is
the generator of the shortest-path centralities; this one is the warm-introduction paths.)

Reference: networkx.shortest_simple_paths(G, source, target, weight='cost') with
cost = -ln(s / s_max) (METRICS.md §3.12), s the merged strength (parallel edges summed,
self-loops dropped, METRICS.md §1.3), s_max the largest merged strength (the largest arc strength
for a directed graph). The probability of a path is the product of s / s_max along it.

Tied costs. NetworkX orders paths of equal cost arbitrarily (exact comparison, heap order).
tiestrength breaks ties by a documented rule: costs within a relative 1e-10 are equal, then fewer
hops, then the node sequence that comes first in the graph's node order (position by position).
So the generator keeps enumerating NetworkX's paths past the k-th until the cost leaves the k-th
path's cost level, giving the complete set of paths at every cost level up to the k-th, and
records:
- "networkx": NetworkX's first k paths in its own order (cost and product of each);
- "levels": every enumerated path, NetworkX order, with its cost level (0, 1, ...);
- "expected": the first k after sorting the enumerated paths by (cost level, hops, node order):
  what introductionPaths must return exactly. Costs are summed from the first tie to the last,
  as the kernel does.
If a level has more than MAX_ENUMERATED paths the enumeration stops; the case is marked
"complete": false and the test then compares costs per level only.

Graphs: the shared fixtures test/fixtures/graphs/{org,karate,random-weighted,directed-weighted,florentine}.json.
"""

import json
import math
import sys
from collections import OrderedDict
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / 'test' / 'fixtures' / 'golden'
GRAPHS = ROOT / 'test' / 'fixtures' / 'graphs'
GENERATOR = 'test/golden/generate_introduction_paths.py'
K = 5
EPSILON = 1e-10
MAX_ENUMERATED = 20000

PAIRS = {
    'org': [('a1', 'c1'), ('c1', 'a1'), ('a3', 'b2'), ('a1', 'b1'), ('a1', 'z')],
    'karate': [('0', '33'), ('16', '25'), ('5', '26'), ('11', '9')],
    'random-weighted': [('0', '29'), ('3', '17'), ('12', '5'), ('7', '22')],
    'directed-weighted': [('a', 'e'), ('f', 'h'), ('e', 'a'), ('g', 'h'), ('h', 'a')],
    'florentine': [('Medici', 'Strozzi'), ('Acciaiuoli', 'Lamberteschi'), ('Pazzi', 'Ginori')],
}


def load(name):
    data = json.loads((GRAPHS / f'{name}.json').read_text(encoding='utf-8'))
    g = nx.DiGraph() if data['directed'] else nx.Graph()
    g.add_nodes_from(data['nodes'])
    for u, v, w in data['edges']:
        if u == v:
            continue
        if g.has_edge(u, v):
            g[u][v]['strength'] += w
        else:
            g.add_edge(u, v, strength=w)
    s_max = max(d['strength'] for _, _, d in g.edges(data=True))
    for _, _, d in g.edges(data=True):
        p = d['strength'] / s_max
        d['p'] = p
        d['cost'] = 0.0 if p == 1 else -math.log(p)
    return data, g, s_max


def tied(a, b):
    return a == b or abs(a - b) < EPSILON * (a + b)


def describe(g, path):
    cost = 0.0
    product = 1.0
    for u, v in zip(path, path[1:]):
        cost += g[u][v]['cost']
        product *= g[u][v]['p']
    return cost, product


def case(data, g, source, target):
    order = {v: i for i, v in enumerate(data['nodes'])}
    enumerated = []
    complete = True
    try:
        for path in nx.shortest_simple_paths(g, source, target, weight='cost'):
            cost, product = describe(g, path)
            if len(enumerated) >= K and not tied(cost, enumerated[K - 1]['cost']):
                break
            if len(enumerated) >= K + MAX_ENUMERATED:
                complete = False
                break
            enumerated.append({'path': path, 'hops': len(path) - 1, 'cost': cost, 'probability': product})
    except nx.NetworkXNoPath:
        pass
    # Cost levels: consecutive costs (sorted) within the tolerance share a level.
    by_cost = sorted(range(len(enumerated)), key=lambda i: enumerated[i]['cost'])
    level = 0
    for rank, i in enumerate(by_cost):
        if rank > 0 and not tied(enumerated[i]['cost'], enumerated[by_cost[rank - 1]]['cost']):
            level += 1
        enumerated[i]['level'] = level
    expected = sorted(enumerated, key=lambda e: (e['level'], e['hops'], [order[v] for v in e['path']]))[:K]
    return OrderedDict([
        ('from', source),
        ('to', target),
        ('complete', complete),
        ('networkx', [OrderedDict([('path', e['path']), ('cost', e['cost']), ('probability', e['probability'])])
                      for e in enumerated[:K]]),
        ('levels', [OrderedDict([('path', e['path']), ('level', e['level']), ('hops', e['hops']),
                                 ('cost', e['cost']), ('probability', e['probability'])]) for e in enumerated]),
        ('expected', [OrderedDict([('path', e['path']), ('hops', e['hops']), ('cost', e['cost']),
                                   ('probability', e['probability'])]) for e in expected]),
    ])


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, pairs in PAIRS.items():
        data, g, s_max = load(name)
        cases = [case(data, g, s, t) for s, t in pairs]
        doc = OrderedDict()
        doc['provenance'] = OrderedDict([
            ('generator', GENERATOR),
            ('networkx', nx.__version__),
            ('python', sys.version.split()[0]),
            ('function', ['networkx.shortest_simple_paths(G, source, target, weight="cost")']),
            ('params', OrderedDict([
                ('k', K),
                ('cost', '-ln(s / s_max), s = merged strength (parallel edges summed, self-loops dropped)'),
                ('sMax', s_max),
                ('probability', 'product of s / s_max along the path'),
                ('tieRule', 'costs within relative 1e-10 tie; then fewer hops; then node order (fixture node list)'),
                ('maxEnumerated', MAX_ENUMERATED),
            ])),
            ('graph', OrderedDict([('name', name), ('source', f'test/fixtures/graphs/{name}.json'),
                                   ('directed', data['directed'])])),
        ])
        doc['cases'] = cases
        path = OUT / f'paths-{name}.json'
        path.write_text(json.dumps(doc, indent=1, ensure_ascii=False, allow_nan=False) + '\n', encoding='utf-8')
        sizes = ', '.join(f"{c['from']}→{c['to']}: {len(c['levels'])}{'' if c['complete'] else ' (capped)'}" for c in cases)
        print(f'wrote {path.relative_to(ROOT)}: {sizes}')


if __name__ == '__main__':
    main()
