/**
 * combineRelations: several relations among the same people (advice, friendship, e-mail, meetings)
 * fused into one graph whose ties carry a combined strength, their multiplexity and each layer's
 * strength.
 *
 * @module
 */
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { toIndex } from '../core/build-index.js';
import { csrFromEdges, isCsrIndex, tieOfPair, type CsrIndex } from '../core/csr.js';
import { undirectedTies, type Projection } from '../core/undirected-ties.js';
import { GraphTypeNotSupportedError, InvalidOptionError, show } from '../errors.js';
import { assertGraphOrIndex } from '../guards.js';
import { assertBoolean, assertEnum, resolveOptions, setOwn, type EdgeValueGetter } from '../options.js';

const NAME = 'tiestrength/ties/combineRelations';

/** Edge attributes the fused graph reserves; a layer cannot be named after one of them. */
const RESERVED = ['weight', 'multiplexity'] as const;

const PROJECTIONS: readonly Projection[] = ['any', 'mutual'];

/** The relations to fuse: one graph (or index) per layer, keyed by the layer's name. */
export type RelationLayers = Record<string, AbstractGraph | CsrIndex>;

/** Options of {@link combineRelations}. */
export interface CombineRelationsOptions {
  /** The weight α_L of each layer in the fused strength; layers not listed weigh 1. Each a finite number > 0. [`{}`] */
  layerWeights?: Record<string, number>;
  /**
   * Whether the fused graph is directed. When absent the layers must agree, and the fused graph
   * has their direction. `false` with directed layers projects them (see `projection`); `true`
   * with undirected layers turns each of their ties into two arcs of the same strength. [inferred]
   */
  directed?: boolean;
  /** How a directed layer is projected into an undirected fusion: `'any'` arc, or `'mutual'` (both arcs) only. [`'any'`] */
  projection?: Projection;
  /**
   * How to read strengths: one getter for every layer (an attribute name, a function, or `null`
   * for unweighted), or an object with a getter per layer name (layers not listed read `'weight'`).
   * Not allowed for layers given as a {@link CsrIndex}. [`'weight'`]
   */
  getEdgeStrength?: EdgeValueGetter | Record<string, EdgeValueGetter>;
  /** Build a graphology graph, or only a {@link CsrIndex} with the per-layer strengths in typed arrays (much faster for large graphs). [`'graph'`] */
  as?: 'graph' | 'index';
}

/** Defaults of {@link combineRelations}. */
export const COMBINE_RELATIONS_DEFAULTS = Object.freeze({
  layerWeights: Object.freeze({}) as Readonly<Record<string, number>>,
  directed: undefined as boolean | undefined,
  projection: 'any' as Projection,
  getEdgeStrength: 'weight' as EdgeValueGetter | Record<string, EdgeValueGetter> | undefined,
  as: 'graph' as 'graph' | 'index',
});

/**
 * Edge attributes of the fused graph: `weight` (fused strength), `multiplexity`, and one number
 * per layer, named after the layer, holding that layer's strength of the tie (0 when absent).
 */
export interface CombinedTieAttributes {
  /** The fused strength Σ_L α_L · w^(L): what every metric reads by default. */
  weight: number;
  /** The number of layers in which the tie exists. */
  multiplexity: number;
  /** Each layer's own strength of the tie (not multiplied by α_L); 0 when the tie is absent from it. */
  [layer: string]: number;
}

/** The result of {@link combineRelations} with `as: 'index'`: typed arrays aligned with the fused index's ties. */
export interface CombinedRelationsIndex {
  /** The fused ties over the union of nodes; `tieStrengths` holds the fused strength Σ_L α_L · w^(L). */
  index: CsrIndex;
  /** Each layer's own strength of each fused tie (0 when absent), keyed by layer name. */
  layers: Record<string, Float64Array>;
  /** The number of layers in which each fused tie exists. */
  multiplexity: Uint32Array;
}

/** The graph returned by {@link combineRelations}. */
export type CombinedRelationsGraph =
  | UndirectedGraph<Record<string, unknown>, CombinedTieAttributes>
  | DirectedGraph<Record<string, unknown>, CombinedTieAttributes>;

/**
 * Multiplex fusion: several relations among the same people fused into one graph. A tie's fused
 * strength sums its strengths across layers, weighted per layer, and its multiplexity counts the
 * layers it appears in: "strong ties use more media" (Haythornthwaite), so multiplexity is itself
 * evidence of strength.
 *
 * Formula (plain text, so it renders in IDE hovers):
 *
 *   w_ij = Σ_L α_L · w_ij^(L)               α_L = layerWeights[L] (default 1)
 *   m_ij = |{ L : w_ij^(L) > 0 }|            multiplexity
 *   w_ij^(L) = strength of i–j in layer L (0 if absent); a directed layer fused undirected gives
 *              a_ij + a_ji (the undirected projection, docs/metrics.md)
 *
 * References
 * [1] Haythornthwaite, C. (2002). Strong, weak, and latent ties and the impact of new media. The Information Society 18(5).
 * [2] Magnani, M., Rossi, L., Vega, D. (2021). Analysis of multiplex social networks with R. Journal of Statistical Software 98(8).
 *
 * @remarks
 * - Reads tie **strengths** (`getEdgeStrength`, per layer if needed), never distances. Within a
 *   layer, parallel edges are merged (strengths summed) and self-loops dropped, as everywhere.
 * - Nodes: the union of the layers' nodes, in order of first appearance (layers in the order of
 *   the `layers` object's keys), so a person present in one layer only is kept, isolated or not.
 *   Node attributes are copied from graph layers; when layers disagree, the first layer's value wins.
 * - Edges: one per fused tie, keyed by tie number (`'0'`, `'1'`, …) in (source, target) order, with
 *   {@link CombinedTieAttributes}: `weight` = fused strength, `multiplexity`, and each layer's own
 *   strength under the layer's name (0 when the tie is absent from that layer). Layer names
 *   `'weight'` and `'multiplexity'` are therefore refused; any other name, `'__proto__'` included, is an
 *   own attribute of each edge (and an own key of `layers` in the index form).
 * - Direction: layers must agree unless `directed` is given. A directed layer in an undirected
 *   fusion contributes a_ij + a_ji (with `projection: 'mutual'`, only reciprocated pairs); an
 *   undirected layer in a directed fusion contributes both arcs i→j and j→i with its strength.
 * - With unweighted layers (`getEdgeStrength: null`, or strengths 1) and unit layer weights, the
 *   fused strength equals the multiplexity.
 * - `as: 'index'` skips graphology and returns the fused {@link CsrIndex} with the per-layer
 *   strengths and multiplexity in typed arrays ({@link CombinedRelationsIndex}). On large inputs
 *   building the graphology graph dominates: tens of seconds for 10^6 fused ties, against about a
 *   second for the index.
 * - No layers gives an empty graph (undirected unless `directed: true`).
 * - Complexity: O(N + M log d) for N union nodes, M layer ties and largest degree d.
 * - No open peer fuses layers into one weighted graph; R `multinet` and Python `pymnet` keep the
 *   layers apart. Tested against the multiplexity that `krackhardtHighTech({ relation: 'all' })`
 *   stores in its `weight` attribute.
 *
 * @param layers The relations: `{ [layerName]: graph or index }`.
 * @param options The {@link CombineRelationsOptions}.
 * @returns A new UndirectedGraph or DirectedGraph of the fused ties, or with `as: 'index'` a {@link CombinedRelationsIndex}.
 * @throws {@link InvalidGraphError} If a layer is neither a graphology graph nor a CsrIndex.
 * @throws {@link GraphTypeNotSupportedError} If a layer mixes directed and undirected edges, or
 *   the layers differ in direction and `directed` is not given.
 * @throws {@link InvalidWeightError} If a strength is zero, negative, NaN, infinite or not a number.
 * @throws {@link InvalidOptionError} If `layers` is not an object, a layer is named `weight` or
 *   `multiplexity`, a layer weight is not a finite number > 0 or names no layer, another option is
 *   invalid, or `getEdgeStrength` is given for an index layer.
 *
 * @example
 * const layers = {
 *   advice: krackhardtHighTech({ relation: 'advice' }),
 *   friendship: krackhardtHighTech({ relation: 'friendship' }),
 *   reportsTo: krackhardtHighTech({ relation: 'reportsTo' }),
 * };
 * const fused = combineRelations(layers, { layerWeights: { friendship: 2 } });
 * fused.size;                                   //=> 232
 * fused.getEdgeAttributes(fused.edge('2', '7')!);
 * //=> { weight: 2, multiplexity: 2, advice: 1, friendship: 0, reportsTo: 1 }
 */
export function combineRelations(layers: RelationLayers, options: CombineRelationsOptions & { as: 'index' }): CombinedRelationsIndex;
export function combineRelations(layers: RelationLayers, options?: CombineRelationsOptions & { as?: 'graph' }): CombinedRelationsGraph;
export function combineRelations(layers: RelationLayers, options?: CombineRelationsOptions): CombinedRelationsGraph | CombinedRelationsIndex;
export function combineRelations(layers: RelationLayers, options?: CombineRelationsOptions): CombinedRelationsGraph | CombinedRelationsIndex {
  const names = layerNames(layers);
  const opts = resolveOptions(NAME, COMBINE_RELATIONS_DEFAULTS, options);
  assertEnum(NAME, 'projection', opts.projection, PROJECTIONS);
  assertEnum(NAME, 'as', opts.as, ['graph', 'index'] as const);
  if (opts.directed !== undefined) assertBoolean(NAME, 'directed', opts.directed);
  const alphas = layerWeights(names, opts.layerWeights);
  const getters = layerGetters(names, options?.getEdgeStrength);
  const indexes = names.map((name, l) =>
    toIndex(layers[name]!, getters[l] === undefined ? undefined : { getEdgeStrength: getters[l] }, `${NAME} (layer ${show(name)})`),
  );
  const directed = fusedDirection(names, indexes, opts.directed);
  const nodes = unionNodes(names.map((name) => layers[name]!), indexes);
  const layerTies = indexes.map((index, l) => tiesInUnion(index, nodes.globalId[l]!, directed, opts.projection));
  const fused = fuse(nodes.keys, nodes.idOf, layerTies, alphas, directed);
  const { perLayer, multiplexity } = layerStrengths(fused, layerTies);
  if (opts.as === 'index') {
    const byName: Record<string, Float64Array> = {};
    for (let l = 0; l < names.length; l++) setOwn(byName, names[l]!, perLayer[l]!);
    return { index: fused, layers: byName, multiplexity };
  }
  return buildGraph(fused, names, perLayer, multiplexity, nodes.attributes);
}

/** The layer names, after checking that `layers` is an object of graphs or indexes with allowed names. */
function layerNames(layers: unknown): string[] {
  if (typeof layers !== 'object' || layers === null || Array.isArray(layers) || isCsrIndex(layers) || 'forEachEdge' in layers) {
    throw new InvalidOptionError(`${NAME}: layers must be an object { [layerName]: graph or CsrIndex }; got ${show(layers)}`, 'layers');
  }
  const names = Object.keys(layers);
  for (const name of names) {
    assertGraphOrIndex((layers as Record<string, unknown>)[name], `${NAME} (layer ${show(name)})`);
    if ((RESERVED as readonly string[]).includes(name)) {
      throw new InvalidOptionError(
        `${NAME}: a layer cannot be named ${show(name)}: the fused graph uses that edge attribute (rename the layer)`,
        'layers',
      );
    }
  }
  return names;
}

/** α_L per layer, validated. */
function layerWeights(names: string[], weights: unknown): Float64Array {
  if (typeof weights !== 'object' || weights === null || Array.isArray(weights)) {
    throw new InvalidOptionError(`${NAME}: option layerWeights must be an object { [layerName]: number }; got ${show(weights)}`, 'layerWeights');
  }
  const record = weights as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!names.includes(key)) {
      throw new InvalidOptionError(`${NAME}: option layerWeights names ${show(key)}, which is not a layer (layers: ${names.map((n) => show(n)).join(', ')})`, 'layerWeights');
    }
    const value = record[key];
    if (typeof value !== 'number' || !(value > 0 && value < Infinity)) {
      throw new InvalidOptionError(`${NAME}: option layerWeights.${key} must be a finite number > 0; got ${show(value)}`, 'layerWeights');
    }
  }
  return Float64Array.from(names, (name) => (Object.hasOwn(record, name) ? (record[name] as number) : 1));
}

/** The getter of each layer (undefined: toIndex's default), from one getter or a per-layer object. */
function layerGetters(names: string[], getter: unknown): (EdgeValueGetter | undefined)[] {
  if (getter === undefined || getter === null || typeof getter === 'string' || typeof getter === 'function') {
    return names.map(() => getter as EdgeValueGetter | undefined);
  }
  if (typeof getter !== 'object' || Array.isArray(getter)) {
    throw new InvalidOptionError(
      `${NAME}: option getEdgeStrength must be an attribute name, a function, null, or an object with one of these per layer; got ${show(getter)}`,
      'getEdgeStrength',
    );
  }
  const record = getter as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!names.includes(key)) {
      throw new InvalidOptionError(`${NAME}: option getEdgeStrength names ${show(key)}, which is not a layer`, 'getEdgeStrength');
    }
  }
  return names.map((name) => (Object.hasOwn(record, name) ? (record[name] as EdgeValueGetter) : undefined));
}

/** The fused graph's direction: `directed` if given, else the layers' common direction. */
function fusedDirection(names: string[], indexes: CsrIndex[], directed: boolean | undefined): boolean {
  if (directed !== undefined) return directed;
  if (indexes.length === 0) return false;
  const first = indexes[0]!.directed;
  for (let l = 1; l < indexes.length; l++) {
    if (indexes[l]!.directed !== first) {
      throw new GraphTypeNotSupportedError(
        `${NAME}: layer ${show(names[0])} is ${first ? 'directed' : 'undirected'} but layer ${show(names[l])} is not; ` +
          'pass directed: true or false to say how to fuse them',
        'mixed',
      );
    }
  }
  return first;
}

/** The union of the layers' nodes, each layer's id → union id, and merged node attributes. */
function unionNodes(inputs: (AbstractGraph | CsrIndex)[], indexes: CsrIndex[]) {
  const keys: string[] = [];
  const idOf = new Map<string, number>();
  const attributes: (Record<string, unknown> | undefined)[] = [];
  const globalId = indexes.map((index, l) => {
    const map = new Uint32Array(index.order);
    for (let v = 0; v < index.order; v++) {
      const key = index.keys[v]!;
      let id = idOf.get(key);
      if (id === undefined) {
        id = keys.length;
        idOf.set(key, id);
        keys.push(key);
        attributes.push(undefined);
      }
      map[v] = id;
    }
    const input = inputs[l]!;
    if (!isCsrIndex(input)) {
      input.forEachNode((node, attrs) => {
        const id = idOf.get(node)!;
        const merged = attributes[id] ?? (attributes[id] = {});
        for (const name of Object.keys(attrs)) if (!Object.hasOwn(merged, name)) setOwn(merged, name, attrs[name]);
      });
    }
    return map;
  });
  return { keys, idOf, attributes, globalId };
}

/** One layer's ties in union ids, in the fused graph's direction, with the layer's own strengths. */
interface LayerTies {
  sources: Uint32Array;
  targets: Uint32Array;
  strengths: Float64Array;
}

/** @internal `ids` renumbered through `globalId` (a plain loop: TypedArray.map with a closure is several times slower). */
export function remap(ids: Uint32Array, globalId: Uint32Array): Uint32Array {
  const out = new Uint32Array(ids.length);
  for (let i = 0; i < ids.length; i++) out[i] = globalId[ids[i]!]!;
  return out;
}

function tiesInUnion(index: CsrIndex, globalId: Uint32Array, directed: boolean, projection: Projection): LayerTies {
  if (!directed) {
    const ties = undirectedTies(index, projection);
    return { sources: remap(ties.tieSources, globalId), targets: remap(ties.tieTargets, globalId), strengths: ties.tieStrengths };
  }
  if (index.directed) {
    return { sources: remap(index.tieSources, globalId), targets: remap(index.tieTargets, globalId), strengths: index.tieStrengths };
  }
  // An undirected layer in a directed fusion: both arcs, each with the tie's strength.
  const m = index.size;
  const sources = new Uint32Array(2 * m);
  const targets = new Uint32Array(2 * m);
  const strengths = new Float64Array(2 * m);
  for (let t = 0; t < m; t++) {
    const u = globalId[index.tieSources[t]!]!;
    const v = globalId[index.tieTargets[t]!]!;
    const w = index.tieStrengths[t]!;
    sources[2 * t] = u;
    targets[2 * t] = v;
    sources[2 * t + 1] = v;
    targets[2 * t + 1] = u;
    strengths[2 * t] = w;
    strengths[2 * t + 1] = w;
  }
  return { sources, targets, strengths };
}

/** The fused index: every layer's ties with strength α_L · w, merged by summing (layers in order). */
function fuse(keys: string[], idOf: Map<string, number>, layerTies: LayerTies[], alphas: Float64Array, directed: boolean): CsrIndex {
  let m = 0;
  for (const ties of layerTies) m += ties.sources.length;
  const sources = new Uint32Array(m);
  const targets = new Uint32Array(m);
  const strengths = new Float64Array(m);
  let e = 0;
  for (let l = 0; l < layerTies.length; l++) {
    const ties = layerTies[l]!;
    const alpha = alphas[l]!;
    sources.set(ties.sources, e);
    targets.set(ties.targets, e);
    for (let t = 0; t < ties.strengths.length; t++) strengths[e + t] = alpha * ties.strengths[t]!;
    e += ties.sources.length;
  }
  return csrFromEdges({ directed, weighted: true, keys, idOf, m, sources, targets, strengths, distances: null, strengthRule: 'sum' });
}

/** Each layer's strength of each fused tie (0 when absent), and the multiplexity of each fused tie. */
function layerStrengths(fused: CsrIndex, layerTies: LayerTies[]): { perLayer: Float64Array[]; multiplexity: Uint32Array } {
  const T = fused.size;
  const multiplexity = new Uint32Array(T);
  const perLayer = layerTies.map((ties) => {
    const values = new Float64Array(T);
    for (let t = 0; t < ties.sources.length; t++) {
      const f = tieOfPair(fused, ties.sources[t]!, ties.targets[t]!);
      values[f] = ties.strengths[t]!;
      multiplexity[f]!++;
    }
    return values;
  });
  return { perLayer, multiplexity };
}

function buildGraph(
  fused: CsrIndex,
  names: string[],
  perLayer: Float64Array[],
  multiplexity: Uint32Array,
  nodeAttributes: (Record<string, unknown> | undefined)[],
): CombinedRelationsGraph {
  const T = fused.size;
  const keys = fused.keys;
  // graphology keeps each node's neighbours in a plain object: a tie at a node keyed like an
  // Object.prototype member ('__proto__', 'constructor', …) would be refused or lost. Only index
  // layers can bring such keys (a graph layer could not hold their ties in the first place).
  for (let v = 0; v < fused.order; v++) {
    if (keys[v]! in Object.prototype && fused.degree(v) + fused.inDegree(v) > 0) {
      throw new InvalidOptionError(
        `${NAME}: node ${show(keys[v])} cannot hold a tie in a graphology graph (graphology keeps neighbours in plain objects, ` +
          `where ${show(keys[v])} is an Object.prototype member); rename the node`,
        'layers',
      );
    }
  }
  const graph: CombinedRelationsGraph = fused.directed
    ? new DirectedGraph<Record<string, unknown>, CombinedTieAttributes>()
    : new UndirectedGraph<Record<string, unknown>, CombinedTieAttributes>();
  for (let v = 0; v < keys.length; v++) graph.addNode(keys[v]!, { ...(nodeAttributes[v] ?? {}) });
  const { tieSources, tieTargets, tieStrengths } = fused;
  for (let t = 0; t < T; t++) {
    const attributes: CombinedTieAttributes = { weight: tieStrengths[t]!, multiplexity: multiplexity[t]! };
    // setOwn: a layer named '__proto__' is an own attribute, not the object's prototype.
    for (let l = 0; l < names.length; l++) setOwn(attributes as Record<string, number>, names[l]!, perLayer[l]![t]!);
    graph.addEdgeWithKey(String(t), keys[tieSources[t]!]!, keys[tieTargets[t]!]!, attributes);
  }
  return graph;
}
