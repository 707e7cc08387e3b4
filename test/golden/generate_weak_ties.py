#!/usr/bin/python3
"""Golden values for the weak-ties tests (test/ties/weak-ties.golden.test.ts): classifyTies,
strongTriadicClosureViolations, percolationCurve and overlapStrengthCorrelation.

Run by hand, never in CI, with the Debian packages (not a pyenv/venv Python):

    apt-get install python3-networkx python3-scipy
    /usr/bin/python3 test/golden/generate_weak_ties.py      # writes test/fixtures/golden/<metric>.<graph>.json
    TIESTRENGTH_DATA_DIR=/path/to/data /usr/bin/python3 test/golden/generate_weak_ties.py

and review every change of the JSON files as a diff (STYLE.md §9).

Graphs: the shared fixtures test/fixtures/graphs/*.json (written by fixtures.py) and the
manufacturing e-mail counts (radoslaw-email-manufacturing, read from $TIESTRENGTH_DATA_DIR,
default /work/shared/data; the package embeds the same CSV). Node ids are positions in the
fixture's node list (the order the TypeScript tests add nodes), so tie ids follow the library's
index order: ties (u, v) with id(u) < id(v), sorted by (u, v).

Conventions (METRICS.md §1.3): parallel edges merged (strengths summed), self-loops dropped;
directed graphs projected to undirected ties, 'any' (i→j or j→i) or 'mutual' (both), with
strength a_ij + a_ji.

References, per measure:
- overlap O_ij = n_ij / ((k_i - 1) + (k_j - 1) - n_ij) from networkx.common_neighbors (NaN for
  0/0); Spearman rho from scipy.stats.spearmanr over the ties with a defined overlap; deciles
  from scipy.stats.rankdata(method='average'): decile = floor(10 (r - 1/2) / N) + 1.
- classifyTies: 'quantile' from numpy.percentile(method='linear'); 'jenks' by brute force over
  every split between distinct strengths, in exact rational arithmetic (fractions.Fraction),
  lowest split on ties; 'granovetterFreeman' by brute force: for every observed strength l,
  V(l) = #(A, {B, C}) with s_AB >= l, s_AC >= l and B, C not adjacent (networkx), then the
  lowest l with V(l) <= max(maxViolations, V(s_max)).
- strongTriadicClosureViolations: the same brute-force triads, listed as [A, B, C] keys.
- percolationCurve: the removal order is rebuilt exactly as the library builds it: a
  Fisher-Yates shuffle of the tie ids with the library's generator (sfc32 seeded through
  SplitMix32/fmix32, ported below and checked against the values pinned in
  test/core/random.test.ts), then a sort by key with equal keys in shuffled order. For each step
  the components are recomputed from scratch with networkx.connected_components; R_GC = s_max / n
  and S = sum over components with s < s_max of s^2 / n.

NaN is written as null (JSON has no NaN).
"""

import json
import math
import os
import sys
from fractions import Fraction
from pathlib import Path

import networkx as nx
import numpy as np
import scipy
import scipy.stats

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / 'test' / 'fixtures' / 'golden'
GRAPHS = ROOT / 'test' / 'fixtures' / 'graphs'
DATA = Path(os.environ.get('TIESTRENGTH_DATA_DIR', '/work/shared/data'))
GENERATOR = 'test/golden/generate_weak_ties.py'
FIXTURES = ['kite', 'org', 'borgatti1997', 'karate', 'florentine', 'random-weighted', 'directed-weighted', 'messy']
MASK = 0xFFFFFFFF


# ---------------------------------------------------------------------------------------------
# The library's generator (src/core/random.ts), ported bit for bit
# ---------------------------------------------------------------------------------------------

def fmix32(h):
    h &= MASK
    h = ((h ^ (h >> 16)) * 0x85EBCA6B) & MASK
    h = ((h ^ (h >> 13)) * 0xC2B2AE35) & MASK
    return (h ^ (h >> 16)) & MASK


def create_rng(seed):
    lo = seed & MASK
    hi = (seed // 2 ** 32) & MASK
    s = lo
    s = (s + 0x9E3779B9) & MASK
    a = fmix32(s)
    s = (s + 0x9E3779B9) & MASK
    b = fmix32(s)
    s = (s ^ fmix32(hi ^ 0x5BD1E995)) & MASK
    s = (s + 0x9E3779B9) & MASK
    c = fmix32(s)
    state = [a, b, c, 1]

    def raw():
        a, b, c, d = state
        t = (a + b + d) & MASK
        d = (d + 1) & MASK
        a = b ^ (b >> 9)
        b = (c + (c << 3)) & MASK
        c = ((c << 21) | (c >> 11)) & MASK
        c = (c + t) & MASK
        state[:] = [a, b, c, d]
        return t

    for _ in range(12):
        raw()
    return raw


def shuffled_ids(m, seed):
    raw = create_rng(seed)
    ids = list(range(m))
    for i in range(m - 1, 0, -1):
        j = math.floor((raw() / 2 ** 32) * (i + 1))
        j = min(j, i)
        ids[i], ids[j] = ids[j], ids[i]
    return ids


def check_rng():
    """The first raw outputs pinned in test/core/random.test.ts."""
    pinned = {
        42: [1806584023, 2093701558, 1535440282, 2895210700, 4260716334],
        0: [2052524806, 3272508850, 668743641, 1951472591, 1707924532],
        -1: [2829963933, 2548019278, 987406496, 2114658896, 2461288220],
        2 ** 32: [1548294765, 3528709521, 2602391959, 3373575333, 3462406554],
    }
    for seed, expected in pinned.items():
        raw = create_rng(seed)
        got = [raw() for _ in expected]
        assert got == expected, f'sfc32 port differs from src/core/random.ts for seed {seed}: {got}'


# ---------------------------------------------------------------------------------------------
# Graphs: (name, source, directed, node keys, raw rows)
# ---------------------------------------------------------------------------------------------

def fixture(name):
    with open(GRAPHS / f'{name}.json', encoding='utf-8') as f:
        data = json.load(f)
    return {
        'name': name,
        'source': f'test/fixtures/graphs/{name}.json',
        'directed': data['directed'],
        'nodes': data['nodes'],
        'rows': [(u, v, float(w)) for u, v, w in data['edges']],
    }


def manufacturing():
    import csv
    folder = DATA / 'radoslaw-email-manufacturing'
    with open(folder / 'nodes.csv', newline='', encoding='utf-8') as f:
        nodes = [r['id'] for r in csv.DictReader(f)]
    with open(folder / 'edges.csv', newline='', encoding='utf-8') as f:
        rows = [(r['source'], r['target'], float(r['weight'])) for r in csv.DictReader(f)]
    return {
        'name': 'manufacturing-email',
        'source': 'radoslaw-email-manufacturing/edges.csv (datasets.manufacturingEmail(); its one self-loop is dropped)',
        'directed': True,
        'nodes': nodes,
        'rows': rows,
    }


def projected_ties(graph, projection):
    """Undirected ties [(u, v, strength)] with ids u < v, in index order, and the networkx graph."""
    ids = {key: i for i, key in enumerate(graph['nodes'])}
    arcs = {}
    for s, t, w in graph['rows']:
        u, v = ids[s], ids[t]
        if u == v:
            continue
        if not graph['directed'] and u > v:
            u, v = v, u
        arcs[(u, v)] = arcs.get((u, v), 0.0) + w
    if graph['directed']:
        pairs = {}
        for (u, v), w in arcs.items():
            key = (min(u, v), max(u, v))
            pairs.setdefault(key, []).append(w)
        ties = [(u, v, sum(ws)) for (u, v), ws in pairs.items() if projection == 'any' or len(ws) == 2]
    else:
        ties = [(u, v, w) for (u, v), w in arcs.items()]
    ties.sort()
    g = nx.Graph()
    g.add_nodes_from(range(len(graph['nodes'])))
    g.add_edges_from((u, v) for u, v, _ in ties)
    return ties, g


def overlaps(ties, g):
    out = []
    for u, v, _ in ties:
        c = len(list(nx.common_neighbors(g, u, v)))
        den = (g.degree(u) - 1) + (g.degree(v) - 1) - c
        out.append(math.nan if den == 0 else c / den)
    return out


def nan_to_none(x):
    return None if isinstance(x, float) and math.isnan(x) else x


# ---------------------------------------------------------------------------------------------
# Measures
# ---------------------------------------------------------------------------------------------

def correlation(ties, g):
    o = overlaps(ties, g)
    used = [(s, x) for (_, _, s), x in zip(ties, o) if not math.isnan(x)]
    n = len(used)
    strengths = [s for s, _ in used]
    overlap = [x for _, x in used]
    if n < 2 or len(set(strengths)) < 2 or len(set(overlap)) < 2:
        rho = math.nan
    else:
        rho = float(scipy.stats.spearmanr(strengths, overlap).correlation)
    ranks = scipy.stats.rankdata(strengths, method='average') if n else []
    bins = [[] for _ in range(10)]
    for (s, x), r in zip(used, ranks):
        bins[min(9, math.floor((10 * (float(r) - 0.5)) / n))].append((s, x))
    deciles = []
    for d, items in enumerate(bins):
        ss = [s for s, _ in items]
        xs = [x for _, x in items]
        deciles.append({
            'decile': d + 1,
            'ties': len(items),
            'minStrength': min(ss) if ss else None,
            'maxStrength': max(ss) if ss else None,
            'meanStrength': math.fsum(ss) / len(ss) if ss else None,
            'meanOverlap': math.fsum(xs) / len(xs) if xs else None,
        })
    return {'rho': nan_to_none(rho), 'ties': n, 'excluded': len(ties) - n, 'deciles': deciles}


def violations_at(ties, g, threshold):
    """Forbidden triads (A, B, C), B < C, with A-B and A-C strong (>= threshold), B-C absent."""
    strong = {}
    for u, v, s in ties:
        if s >= threshold:
            strong.setdefault(u, []).append(v)
            strong.setdefault(v, []).append(u)
    out = []
    for a in sorted(strong):
        nb = sorted(strong[a])
        for i, b in enumerate(nb):
            for c in nb[i + 1:]:
                if not g.has_edge(b, c):
                    out.append((a, b, c))
    return out


def jenks(strengths):
    x = sorted(Fraction(s) for s in strengths)
    n = len(x)
    if n == 0:
        return math.nan
    best, best_sse = None, None
    for k in range(1, n):
        if x[k - 1] == x[k]:
            continue
        left, right = x[:k], x[k:]
        ml, mr = sum(left) / len(left), sum(right) / len(right)
        sse = sum((v - ml) ** 2 for v in left) + sum((v - mr) ** 2 for v in right)
        if best_sse is None or sse < best_sse:
            best, best_sse = k, sse
    return float(x[0] if best is None else x[best])


def granovetter_freeman(ties, g, budget):
    if not ties:
        return math.nan, 0
    levels = sorted({s for _, _, s in ties})
    v = {l: len(violations_at(ties, g, l)) for l in levels}
    target = max(budget, v[levels[-1]])
    for l in levels:  # V is non-increasing: the first within the target is the lowest
        if v[l] <= target:
            return l, v[l]
    raise AssertionError('unreachable')


def classify_cases(ties, g):
    strengths = [s for _, _, s in ties]

    def case(method, params, threshold, violations=None):
        strong = sum(1 for s in strengths if s >= threshold) if not math.isnan(threshold) else 0
        return {
            'method': method,
            'params': params,
            'threshold': nan_to_none(threshold),
            'counts': {'strong': strong, 'weak': len(strengths) - strong},
            'violations': violations,
        }

    cases = []
    for p in [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1]:
        q = float(np.percentile(np.asarray(strengths, dtype=float), 100 * p, method='linear')) if strengths else math.nan
        cases.append(case('quantile', {'quantile': p}, q))
    cases.append(case('jenks', {}, jenks(strengths)))
    for budget in [0, 3]:
        threshold, v = granovetter_freeman(ties, g, budget)
        cases.append(case('granovetterFreeman', {'maxViolations': budget}, threshold, v))
    return cases


def stc_cases(ties, g, keys):
    thresholds = sorted({s for _, _, s in ties})
    picks = sorted({thresholds[0], thresholds[len(thresholds) // 2], thresholds[-1]}) if thresholds else []
    return [
        {'isStrong': l, 'triads': [[keys[a], keys[b], keys[c]] for a, b, c in violations_at(ties, g, l)]}
        for l in picks
    ]


ORDERS = ['weakFirst', 'strongFirst', 'overlapAsc', 'overlapDesc', 'random']


def removal_order(ties, g, order, seed):
    m = len(ties)
    perm = shuffled_ids(m, seed)
    if order == 'random':
        return perm
    position = [0] * m
    for p, t in enumerate(perm):
        position[t] = p
    if order in ('weakFirst', 'strongFirst'):
        sign = 1 if order == 'weakFirst' else -1
        keys = [sign * s for _, _, s in ties]
    else:
        o = [0.0 if math.isnan(x) else x for x in overlaps(ties, g)]
        keys = o if order == 'overlapAsc' else [0.0 - x for x in o]
    return sorted(range(m), key=lambda t: (keys[t], position[t]))


def percolation(ties, g, n, order, steps, seed):
    m = len(ties)
    removal = removal_order(ties, g, order, seed)
    points = []
    for i in range(steps + 1):
        k = (i * m) // steps
        h = nx.Graph()
        h.add_nodes_from(range(n))
        h.add_edges_from((ties[t][0], ties[t][1]) for t in removal[k:])
        sizes = [len(c) for c in nx.connected_components(h)]
        largest = max(sizes)
        points.append({
            'removedFraction': i / steps,
            'removedTies': k,
            'giantComponentFraction': largest / n,
            'susceptibility': sum(s * s for s in sizes if s < largest) / n,
        })
    return points


# ---------------------------------------------------------------------------------------------

def provenance(graph, function, params):
    return {
        'generator': GENERATOR,
        'python': sys.version.split()[0],
        'networkx': nx.__version__,
        'scipy': scipy.__version__,
        'numpy': np.__version__,
        'function': function,
        'params': params,
        'graph': {'name': graph['name'], 'source': graph['source'], 'directed': graph['directed']},
    }


def write(metric, graph, function, params, cases):
    path = OUT / f'{metric}.{graph["name"]}.json'
    with open(path, 'w', encoding='utf-8') as f:
        json.dump({'provenance': provenance(graph, function, params), 'cases': cases}, f, indent=1, allow_nan=False)
        f.write('\n')
    print('wrote', path.relative_to(ROOT))


def main():
    check_rng()
    OUT.mkdir(parents=True, exist_ok=True)
    graphs = [fixture(name) for name in FIXTURES] + [manufacturing()]
    for graph in graphs:
        projections = ['any', 'mutual'] if graph['directed'] else ['any']
        keys = graph['nodes']
        n = len(keys)
        corr, classify, stc, perc = [], [], [], []
        for projection in projections:
            ties, g = projected_ties(graph, projection)
            corr.append({'projection': projection, 'values': correlation(ties, g)})
            for c in classify_cases(ties, g):
                classify.append({'projection': projection, **c})
            if graph['name'] != 'manufacturing-email':  # its triad lists run to tens of thousands
                for c in stc_cases(ties, g, keys):
                    stc.append({'projection': projection, **c})
            for order in ORDERS:
                for steps, seed in [(20, 42), (7, 2026)]:
                    perc.append({
                        'projection': projection,
                        'order': order,
                        'steps': steps,
                        'seed': seed,
                        'points': percolation(ties, g, n, order, steps, seed),
                    })
        write('overlap-strength-correlation', graph,
              ['networkx.common_neighbors', 'scipy.stats.spearmanr', 'scipy.stats.rankdata(method="average")', 'math.fsum'],
              {'getEdgeStrength': 'weight'}, corr)
        write('classify-ties', graph,
              ['numpy.percentile(method="linear")', 'brute-force exact Jenks (fractions.Fraction)',
               'brute-force Granovetter-Freeman (networkx.Graph.has_edge)'],
              {'getEdgeStrength': 'weight'}, classify)
        if stc:
            write('strong-triadic-closure', graph, ['brute-force forbidden triads (networkx.Graph.has_edge)'],
                  {'getEdgeStrength': 'weight'}, stc)
        write('percolation-curve', graph,
              ['sfc32 Fisher-Yates shuffle (port of src/core/random.ts)', 'networkx.connected_components per step'],
              {'getEdgeStrength': 'weight'}, perc)


if __name__ == '__main__':
    main()
