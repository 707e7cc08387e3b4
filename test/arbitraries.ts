/**
 * Shared fast-check generators of random graphs for property tests (STYLE.md §9, layer 3).
 *
 * A generated graph is a plain {@link GraphDesc} (node keys and `[source, target, weight]`
 * triples), so that naive oracles can read it without graphology; {@link toGraphology} builds the
 * matching graphology graph.
 *
 * @example
 * test.prop([arbGraph({ directed: false, maxNodes: 12 })], { numRuns: 100 })('…', (desc) => {
 *   const graph = toGraphology(desc);
 *   // …
 * });
 */
import fc from 'fast-check';
import graphology, { DirectedGraph, MultiDirectedGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';

/**
 * graphology's default `Graph` class (type `'mixed'`). graphology has no `exports` map, so with
 * `moduleResolution: NodeNext` TypeScript types its default import as the CommonJS namespace
 * (`{ default: Graph, … }`, and `new Graph()` does not type-check), while Node and vitest hand
 * over the class itself. Import this instead of `import Graph from 'graphology'` in tests.
 */
export const Graph: typeof graphology.default =
  (graphology as unknown as { default?: typeof graphology.default }).default ??
  (graphology as unknown as typeof graphology.default);

/** One edge of a description: source key, target key, strength (a finite number > 0). */
export type EdgeTriple = [source: string, target: string, weight: number];

/** A random graph as plain data. */
export interface GraphDesc {
  /** Whether edges are arcs. */
  directed: boolean;
  /** Whether parallel edges may occur (graphology Multi* classes). */
  multi: boolean;
  /** Whether edges carry a `weight` attribute; when `false` every weight in `edges` is 1 and no attribute is set. */
  weighted: boolean;
  /** Node keys, distinct, in insertion order. */
  nodes: string[];
  /** Edges in insertion order. */
  edges: EdgeTriple[];
}

/** Options of {@link arbGraph}. */
export interface ArbGraphOptions {
  /** Directed (`true`), undirected (`false`) or either (absent). [either] */
  directed?: boolean;
  /** Allow parallel edges (and, for undirected graphs, the same pair in both orientations). [`false`] */
  multi?: boolean;
  /** Allow self-loops. [`false`] */
  selfLoops?: boolean;
  /** Give edges random `weight` attributes; otherwise no attribute (every strength reads 1). [`true`] */
  weighted?: boolean;
  /** Smallest number of nodes. [0] */
  minNodes?: number;
  /** Largest number of nodes. [12] */
  maxNodes?: number;
  /** Largest number of edges. [3 × maxNodes] */
  maxEdges?: number;
}

/**
 * Node keys that have broken JavaScript graph code before: prototype members, the empty string,
 * whitespace, integer-like keys (object key order puts them first), non-ASCII and astral characters.
 */
export const TRICKY_KEYS: readonly string[] = Object.freeze([
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'prototype',
  '',
  ' ',
  'a b',
  'é',
  'Zoë',
  '日本',
  '🙂',
  '0',
  '1',
  '10',
  '-1',
  '1.5',
  'NaN',
  'null',
  'undefined',
]);

const PLAIN_KEYS = 'abcdefghijklmnopqrstuvwxyz'.split('');

/** A node key: mostly plain letters, sometimes a {@link TRICKY_KEYS} entry or an arbitrary short string. */
export const arbNodeKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PLAIN_KEYS) },
  { weight: 2, arbitrary: fc.constantFrom(...TRICKY_KEYS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
);

/** A strength: a small integer or a double spanning six orders of magnitude (always finite and > 0). */
export const arbWeight: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 1, max: 10 }),
  fc.double({ min: 1e-3, max: 1e3, noNaN: true, noDefaultInfinity: true }),
);

/**
 * Whether graphology can hold edges at a node with this key. graphology 0.26 keeps each node's
 * adjacency in plain objects (`{}`) indexed by the neighbour's key, so a neighbour named after an
 * `Object.prototype` member (`'__proto__'`, `'constructor'`, `'toString'`, …) breaks it: simple
 * graphs refuse the edge ("an edge linking … already exists"), `'__proto__'` silently replaces the
 * adjacency object's prototype, and multigraphs even write `Object.prototype.previous`. Such
 * nodes are therefore generated as isolates only; tiestrength's own handling of them in ties is
 * tested with a stub graph in test/core/build-index.test.ts.
 */
export function isGraphologyEdgeSafeKey(key: string): boolean {
  return !(key in Object.prototype);
}

/**
 * A random graph description; see {@link ArbGraphOptions} for the defaults. Nodes whose keys are
 * `Object.prototype` members are always isolated (see {@link isGraphologyEdgeSafeKey}).
 */
export function arbGraph(options: ArbGraphOptions = {}): fc.Arbitrary<GraphDesc> {
  const multi = options.multi ?? false;
  const selfLoops = options.selfLoops ?? false;
  const weighted = options.weighted ?? true;
  const minNodes = options.minNodes ?? 0;
  const maxNodes = options.maxNodes ?? 12;
  const maxEdges = options.maxEdges ?? 3 * maxNodes;
  const arbDirected = options.directed === undefined ? fc.boolean() : fc.constant(options.directed);
  const weight = weighted ? arbWeight : fc.constant(1);

  return fc
    .record({
      directed: arbDirected,
      nodes: fc.uniqueArray(arbNodeKey, { minLength: minNodes, maxLength: maxNodes, size: 'max' }),
    })
    .chain(({ directed, nodes }) => {
      const desc = (edges: EdgeTriple[]): GraphDesc => ({ directed, multi, weighted, nodes, edges });
      // Nodes that can carry edges in graphology (see isGraphologyEdgeSafeKey); the others stay isolated.
      const ends = nodes.filter(isGraphologyEdgeSafeKey);
      const n = ends.length;
      if (n === 0 || (n === 1 && !selfLoops)) return fc.constant(desc([]));
      // A pair of node positions; without self-loops the target skips the source (no filtering).
      const pair: fc.Arbitrary<[number, number]> = selfLoops
        ? fc.tuple(fc.nat(n - 1), fc.nat(n - 1))
        : fc.tuple(fc.nat(n - 1), fc.nat(n - 2)).map(([s, t]): [number, number] => [s, t >= s ? t + 1 : t]);
      const edge = fc.tuple(pair, weight).map(([[s, t], w]): EdgeTriple => [ends[s]!, ends[t]!, w]);
      if (!multi) {
        const pairKey = ([s, t]: EdgeTriple) => {
          const [a, b] = directed || nodes.indexOf(s) < nodes.indexOf(t) ? [s, t] : [t, s];
          return JSON.stringify([a, b]);
        };
        return fc.uniqueArray(edge, { selector: pairKey, maxLength: maxEdges, size: '+1' }).map(desc);
      }
      // Multigraphs: random edges, then repeats of some of them (possibly reversed, which for
      // undirected graphs is the same pair) spliced in at random positions, so that parallel
      // edges are common rather than left to birthday collisions.
      return fc
        .array(edge, { maxLength: Math.ceil(maxEdges / 2), size: '+1' })
        .chain((base) => {
          if (base.length === 0) return fc.constant(desc(base));
          const repeat = fc
            .tuple(fc.nat(base.length - 1), weight, fc.boolean(), fc.nat())
            .map(([i, w, reverse, at]) => {
              const [s, t] = base[i]!;
              return { edge: (reverse ? [t, s, w] : [s, t, w]) as EdgeTriple, at };
            });
          return fc.array(repeat, { maxLength: Math.floor(maxEdges / 2), size: '+1' }).map((repeats) => {
            const edges = base.slice();
            for (const { edge: e, at } of repeats) edges.splice(at % (edges.length + 1), 0, e);
            return desc(edges);
          });
        });
    });
}

/** Options of {@link toGraphology}. */
export interface ToGraphologyOptions {
  /**
   * Build graphology's default `Graph` (type `'mixed'`) and add every edge with
   * `addDirectedEdge` or `addUndirectedEdge`, instead of the typed class. [`false`]
   */
  mixed?: boolean;
}

/**
 * The graphology graph of a description: `(Multi)DirectedGraph` or `(Multi)UndirectedGraph`
 * (or a mixed `Graph`, see {@link ToGraphologyOptions}), nodes and edges added in order, each
 * edge with `{ weight }` when the description is weighted and `{}` otherwise.
 */
export function toGraphology(desc: GraphDesc, options: ToGraphologyOptions = {}): AbstractGraph {
  const settings = { multi: desc.multi, allowSelfLoops: true };
  const graph: AbstractGraph = options.mixed
    ? new Graph({ ...settings, type: 'mixed' })
    : desc.directed
      ? desc.multi
        ? new MultiDirectedGraph(settings)
        : new DirectedGraph(settings)
      : desc.multi
        ? new MultiUndirectedGraph(settings)
        : new UndirectedGraph(settings);
  for (const node of desc.nodes) graph.addNode(node);
  for (const [source, target, weight] of desc.edges) {
    const attributes = desc.weighted ? { weight } : {};
    if (!options.mixed) graph.addEdge(source, target, attributes);
    else if (desc.directed) graph.addDirectedEdge(source, target, attributes);
    else graph.addUndirectedEdge(source, target, attributes);
  }
  return graph;
}

/** The same graph with node keys renamed by `rename` (which must be one-to-one on the nodes). */
export function relabelDesc(desc: GraphDesc, rename: (key: string) => string): GraphDesc {
  return {
    ...desc,
    nodes: desc.nodes.map(rename),
    edges: desc.edges.map(([s, t, w]): EdgeTriple => [rename(s), rename(t), w]),
  };
}

/**
 * A description together with a reshuffled copy: the same graph with nodes and edges inserted
 * in random orders, so that dense ids (and summation orders) change but the graph does not.
 */
export function arbReordered(desc: GraphDesc): fc.Arbitrary<GraphDesc> {
  return fc
    .tuple(
      fc.shuffledSubarray(desc.nodes, { minLength: desc.nodes.length, maxLength: desc.nodes.length }),
      fc.shuffledSubarray(desc.edges, { minLength: desc.edges.length, maxLength: desc.edges.length }),
    )
    .map(([nodes, edges]) => ({ ...desc, nodes, edges }));
}
