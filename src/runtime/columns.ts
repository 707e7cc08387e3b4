/**
 * Column encoding of what crosses between threads: large results of a worker (records keyed by
 * node, lists of rows) and a graphology graph sent to a worker.
 *
 * Structured cloning a million small objects or strings costs the receiving thread about a
 * second in one block (measured: keyPersonRisk on M, 275 ms; communities, 127 ms). Here the
 * sending side turns them into columns: numbers into a `Float64Array`, booleans into a
 * `Uint8Array`, strings into one string and a `Uint32Array` of ends (repeated strings once), lists
 * into lengths and one flat column. Typed arrays are transferred, not copied, so the trip costs
 * nothing; the receiving side rebuilds the objects in slices of a few milliseconds between turns
 * of the event loop ({@link decodeValue}).
 *
 * Small values (fewer than {@link COLUMN_MIN} entries) and anything the encoding does not know
 * travel as they are (structured clone). Rebuilt values equal the originals: same keys in the
 * same order, same numbers (−0 and `NaN` included), same strings; result brands are kept at every
 * level.
 *
 * @internal
 * @module
 */
import { tidyResult } from '../tidy/brand.js';
import { brandOf, type ResultBrand } from '../tidy/symbols.js';
import { yieldToEventLoop } from './node.js';

/** Records and lists with at least this many entries are encoded as columns. */
export const COLUMN_MIN = 512;
/** The receiving thread yields to its event loop after this long (ms). */
const SLICE_MS = 6;

/** @internal An encoded column of values. */
export type Column =
  | { t: 'num'; v: Float64Array }
  | { t: 'bool'; v: Uint8Array }
  | { t: 'str'; text: string; ends: Uint32Array; ids: Uint32Array | null }
  | { t: 'nullable'; mask: Uint8Array; v: Column }
  | { t: 'list'; lengths: Uint32Array; v: Column }
  | { t: 'const'; value: null | undefined; length: number }
  | { t: 'objs'; length: number; fields: string[]; cols: Column[] }
  | { t: 'plain'; v: unknown[] };

/** @internal An encoded value. */
export type Encoded =
  | { t: 'plain'; v: unknown }
  | { t: 'obj'; brand: ResultBrand | null; keys: string[]; v: Encoded[] }
  | { t: 'numrec'; brand: ResultBrand | null; keys: Column; v: Float64Array }
  | { t: 'colrec'; brand: ResultBrand | null; keys: Column; v: Column }
  | { t: 'rec'; brand: ResultBrand | null; keys: Column; fields: string[]; brands: (ResultBrand | null)[] | null; cols: Column[] }
  | { t: 'rows'; brand: ResultBrand | null; length: number; fields: string[]; cols: Column[] }
  | { t: 'col'; brand: ResultBrand | null; v: Column };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The common own keys of a list of plain objects, in order, or `null` when they differ (or one is not a plain object). */
function commonFields(items: readonly unknown[]): string[] | null {
  const first = items[0];
  if (!isPlainObject(first)) return null;
  const fields = Object.keys(first);
  for (let i = 1; i < items.length; i++) {
    const item = items[i];
    if (!isPlainObject(item)) return null;
    const keys = Object.keys(item);
    if (keys.length !== fields.length) return null;
    for (let k = 0; k < keys.length; k++) if (keys[k] !== fields[k]) return null;
  }
  return fields;
}

/** @internal Encodes a list of values as a column, adding the buffers to move to `transfer`. */
export function encodeColumn(values: readonly unknown[], transfer: ArrayBuffer[]): Column {
  const n = values.length;
  let numbers = 0;
  let booleans = 0;
  let strings = 0;
  let nulls = 0;
  let undefs = 0;
  let lists = 0;
  let objs = 0;
  for (let i = 0; i < n; i++) {
    const x = values[i];
    if (typeof x === 'number') numbers++;
    else if (typeof x === 'string') strings++;
    else if (typeof x === 'boolean') booleans++;
    else if (x === null) nulls++;
    else if (x === undefined) undefs++;
    else if (Array.isArray(x) && Object.getPrototypeOf(x) === Array.prototype) lists++;
    else if (isPlainObject(x) && brandOf(x) === undefined) objs++;
  }
  if (numbers === n) {
    const v = new Float64Array(n);
    for (let i = 0; i < n; i++) v[i] = values[i] as number;
    transfer.push(v.buffer);
    return { t: 'num', v };
  }
  if (booleans === n) {
    const v = new Uint8Array(n);
    for (let i = 0; i < n; i++) v[i] = values[i] ? 1 : 0;
    transfer.push(v.buffer);
    return { t: 'bool', v };
  }
  if (strings === n) return encodeStrings(values as readonly string[], transfer);
  if (nulls === n) return { t: 'const', value: null, length: n };
  if (undefs === n) return { t: 'const', value: undefined, length: n };
  if (nulls > 0 && nulls + numbers === n) {
    // number | null (e.g. a measure not computed for some people)
    const mask = new Uint8Array(n);
    const v = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const x = values[i];
      if (x === null) mask[i] = 1;
      else v[i] = x as number;
    }
    transfer.push(mask.buffer, v.buffer);
    return { t: 'nullable', mask, v: { t: 'num', v } };
  }
  if (lists === n) {
    const lengths = new Uint32Array(n);
    const flat: unknown[] = [];
    for (let i = 0; i < n; i++) {
      const list = values[i] as unknown[];
      lengths[i] = list.length;
      for (let j = 0; j < list.length; j++) flat.push(list[j]);
    }
    transfer.push(lengths.buffer);
    return { t: 'list', lengths, v: encodeColumn(flat, transfer) };
  }
  if (objs === n && n > 0) {
    // rows nested in a result (an account's owners): one column per field
    const fields = commonFields(values);
    if (fields !== null && fields.length > 0) {
      const cols = fields.map((f) => encodeColumn(values.map((o) => (o as Record<string, unknown>)[f]), transfer));
      return { t: 'objs', length: n, fields, cols };
    }
  }
  return { t: 'plain', v: values as unknown[] };
}

/** Strings as one text and the end of each distinct string; `ids` picks them when some repeat. */
function encodeStrings(values: readonly string[], transfer: ArrayBuffer[]): Column {
  const n = values.length;
  const idOf = new Map<string, number>();
  const ids = new Uint32Array(n);
  const distinct: string[] = [];
  for (let i = 0; i < n; i++) {
    const s = values[i]!;
    let id = idOf.get(s);
    if (id === undefined) {
      id = distinct.length;
      idOf.set(s, id);
      distinct.push(s);
    }
    ids[i] = id;
  }
  const ends = new Uint32Array(distinct.length);
  let end = 0;
  for (let i = 0; i < distinct.length; i++) {
    end += distinct[i]!.length;
    ends[i] = end;
  }
  const text = distinct.join('');
  transfer.push(ends.buffer);
  if (distinct.length === n) return { t: 'str', text, ends, ids: null };
  transfer.push(ids.buffer);
  return { t: 'str', text, ends, ids };
}

/**
 * @internal
 * Encodes a value for the trip to another thread (see the module notes), adding the buffers to
 * move to `transfer`. Descends into plain objects up to `depth` levels.
 */
export function encodeValue(value: unknown, transfer: ArrayBuffer[], depth = 3, moveViews = true): Encoded {
  const brand = brandOf(value) ?? null;
  if (Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype && value.length >= COLUMN_MIN) {
    const fields = commonFields(value);
    if (fields !== null) {
      const cols = fields.map((f) => encodeColumn(value.map((row) => (row as Record<string, unknown>)[f]), transfer));
      return { t: 'rows', brand, length: value.length, fields, cols };
    }
    // a list of lists (a matrix's rows), numbers or labels: one column
    const col = encodeColumn(value, transfer);
    if (col.t !== 'plain') return { t: 'col', brand, v: col };
    return { t: 'plain', v: value };
  }
  if (ArrayBuffer.isView(value)) {
    // A typed array result moves instead of being copied (once per buffer; shared memory is shared anyway).
    // (not the caller's own arrays, e.g. in options: `moveViews` false)
    if (moveViews && value.buffer instanceof ArrayBuffer && !transfer.includes(value.buffer)) transfer.push(value.buffer);
    return { t: 'plain', v: value };
  }
  if (!isPlainObject(value)) return { t: 'plain', v: value };
  const keys = Object.keys(value);
  if (keys.length >= COLUMN_MIN) {
    const items = keys.map((k) => value[k]);
    if (items.every((x) => typeof x === 'number')) {
      const v = Float64Array.from(items as number[]);
      transfer.push(v.buffer);
      return { t: 'numrec', brand, keys: encodeStrings(keys, transfer), v };
    }
    if (items.every((x) => typeof x === 'string' || typeof x === 'boolean' || x === null)) {
      // a record of labels (groups, kinds, accounts): keys and one column
      const v = encodeColumn(items, transfer);
      if (v.t !== 'plain') return { t: 'colrec', brand, keys: encodeStrings(keys, transfer), v };
    }
    const fields = commonFields(items);
    if (fields !== null) {
      const cols = fields.map((f) => encodeColumn(items.map((item) => (item as Record<string, unknown>)[f]), transfer));
      const brands = items.some((item) => brandOf(item) !== undefined) ? items.map((item) => brandOf(item) ?? null) : null;
      return { t: 'rec', brand, keys: encodeStrings(keys, transfer), fields, brands, cols };
    }
    return { t: 'plain', v: value };
  }
  if (depth <= 0 || (brand === null && !keys.some((k) => typeof value[k] === 'object' && value[k] !== null))) return { t: 'plain', v: value };
  return { t: 'obj', brand, keys, v: keys.map((k) => encodeValue(value[k], transfer, depth - 1, moveViews)) };
}

/** Yields to the event loop when the current slice has run {@link SLICE_MS}. */
class Slicer {
  private since = performance.now();
  /** @param signal Stops the work at the next turn: `tick` then throws. */
  constructor(private readonly signal?: AbortSignal) {}
  /** Call every few hundred iterations. */
  async tick(): Promise<void> {
    if (performance.now() - this.since < SLICE_MS) return;
    await yieldToEventLoop();
    if (this.signal?.aborted) throw new Error('aborted');
    this.since = performance.now();
  }
}

/** Rebuilds a column as a plain array, in slices. */
async function decodeColumn(col: Column, slicer: Slicer): Promise<unknown[]> {
  switch (col.t) {
    case 'num':
    case 'bool': {
      const n = col.v.length;
      const out = new Array<unknown>(n);
      const bool = col.t === 'bool';
      for (let i = 0; i < n; i++) {
        out[i] = bool ? col.v[i] === 1 : col.v[i];
        if ((i & 4095) === 4095) await slicer.tick();
      }
      return out;
    }
    case 'str': {
      const distinct = new Array<string>(col.ends.length);
      let start = 0;
      for (let i = 0; i < col.ends.length; i++) {
        distinct[i] = col.text.slice(start, col.ends[i]);
        start = col.ends[i]!;
        if ((i & 4095) === 4095) await slicer.tick();
      }
      if (col.ids === null) return distinct;
      const out = new Array<string>(col.ids.length);
      for (let i = 0; i < col.ids.length; i++) {
        out[i] = distinct[col.ids[i]!]!;
        if ((i & 4095) === 4095) await slicer.tick();
      }
      return out;
    }
    case 'nullable': {
      const inner = await decodeColumn(col.v, slicer);
      for (let i = 0; i < inner.length; i++) if (col.mask[i] === 1) inner[i] = null;
      return inner;
    }
    case 'list': {
      const flat = await decodeColumn(col.v, slicer);
      const out = new Array<unknown>(col.lengths.length);
      let p = 0;
      for (let i = 0; i < col.lengths.length; i++) {
        const len = col.lengths[i]!;
        out[i] = len === 0 ? [] : flat.slice(p, p + len);
        p += len;
        if ((i & 2047) === 2047) await slicer.tick();
      }
      return out;
    }
    case 'const':
      return new Array<unknown>(col.length).fill(col.value);
    case 'objs':
      return objects(col.fields, col.cols, col.length, slicer);
    case 'plain':
      return col.v;
  }
}

/** Sets an own enumerable property, `__proto__` included (plain assignment would set the prototype). */
function put(o: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
  else o[key] = value;
}

function rebrand<T>(value: T, brand: ResultBrand | null): T {
  return brand === null ? value : tidyResult(brand.shape, value, brand.name);
}

/** Builds one object per entry from the columns, in slices. */
async function objects(fields: string[], cols: Column[], length: number, slicer: Slicer): Promise<Record<string, unknown>[]> {
  const columns: unknown[][] = [];
  for (const col of cols) columns.push(await decodeColumn(col, slicer));
  const out = new Array<Record<string, unknown>>(length);
  const F = fields.length;
  for (let i = 0; i < length; i++) {
    const o: Record<string, unknown> = {};
    for (let f = 0; f < F; f++) put(o, fields[f]!, columns[f]![i]);
    out[i] = o;
    if ((i & 1023) === 1023) await slicer.tick();
  }
  return out;
}

/**
 * @internal
 * Rebuilds an {@link encodeValue}d value on this thread, yielding to the event loop every few
 * milliseconds.
 */
export async function decodeValue(encoded: Encoded, slicer = new Slicer()): Promise<unknown> {
  switch (encoded.t) {
    case 'plain':
      return encoded.v;
    case 'obj': {
      const out: Record<string, unknown> = {};
      for (let k = 0; k < encoded.keys.length; k++) put(out, encoded.keys[k]!, await decodeValue(encoded.v[k]!, slicer));
      return rebrand(out, encoded.brand);
    }
    case 'numrec': {
      const keys = (await decodeColumn(encoded.keys, slicer)) as string[];
      const out: Record<string, number> = {};
      for (let k = 0; k < keys.length; k++) {
        put(out, keys[k]!, encoded.v[k]!);
        if ((k & 4095) === 4095) await slicer.tick();
      }
      return rebrand(out, encoded.brand);
    }
    case 'colrec': {
      const keys = (await decodeColumn(encoded.keys, slicer)) as string[];
      const values = await decodeColumn(encoded.v, slicer);
      const out: Record<string, unknown> = {};
      for (let k = 0; k < keys.length; k++) {
        put(out, keys[k]!, values[k]);
        if ((k & 4095) === 4095) await slicer.tick();
      }
      return rebrand(out, encoded.brand);
    }
    case 'rec': {
      const keys = (await decodeColumn(encoded.keys, slicer)) as string[];
      const items = await objects(encoded.fields, encoded.cols, keys.length, slicer);
      const out: Record<string, unknown> = {};
      for (let k = 0; k < keys.length; k++) {
        put(out, keys[k]!, encoded.brands?.[k] ? rebrand(items[k], encoded.brands[k]!) : items[k]);
        if ((k & 4095) === 4095) await slicer.tick();
      }
      return rebrand(out, encoded.brand);
    }
    case 'rows':
      return rebrand(await objects(encoded.fields, encoded.cols, encoded.length, slicer), encoded.brand);
    case 'col':
      return rebrand(await decodeColumn(encoded.v, slicer), encoded.brand);
  }
}

/** @internal The attributes of a graph's nodes or edges, by name: one column each, `present` where some lack it. */
export interface AttributeColumns {
  names: string[];
  cols: Column[];
  /** Per name: 1 where the element has the attribute, or `null` when every element has it. */
  present: (Uint8Array | null)[];
}

/** @internal A graphology graph as columns (see {@link graphToColumns}). */
export interface GraphColumns {
  options: { type: string; multi: boolean; allowSelfLoops: boolean };
  attributes: Record<string, unknown>;
  nodes: Column;
  nodeAttributes: AttributeColumns;
  edges: Column;
  sources: Uint32Array;
  targets: Uint32Array;
  /** 1 for an undirected edge, in a mixed graph; `null` otherwise. */
  undirected: Uint8Array | null;
  edgeAttributes: AttributeColumns;
}

/** Collects attribute objects into per-name value lists, in slices. */
class AttributeCollector {
  private readonly index = new Map<string, number>();
  readonly names: string[] = [];
  private readonly values: unknown[][] = [];
  private readonly seen: Uint8Array[] = [];
  private count = 0;
  constructor(private readonly length: number) {}
  add(attributes: Record<string, unknown>): void {
    const i = this.count++;
    for (const name in attributes) {
      if (!Object.prototype.hasOwnProperty.call(attributes, name)) continue;
      let a = this.index.get(name);
      if (a === undefined) {
        a = this.names.length;
        this.index.set(name, a);
        this.names.push(name);
        this.values.push(new Array<unknown>(this.length).fill(undefined));
        this.seen.push(new Uint8Array(this.length));
      }
      this.values[a]![i] = attributes[name];
      this.seen[a]![i] = 1;
    }
  }
  async finish(transfer: ArrayBuffer[], slicer: Slicer): Promise<AttributeColumns> {
    const cols: Column[] = [];
    const present: (Uint8Array | null)[] = [];
    for (let a = 0; a < this.names.length; a++) {
      const seen = this.seen[a]!;
      const all = seen.every((x) => x === 1);
      const values = this.values[a]!;
      if (!all) {
        // Fill the gaps with a value of the column's type, so that it still encodes as one (`present` marks them).
        const first = values[seen.indexOf(1)];
        const filler = typeof first === 'number' ? 0 : typeof first === 'string' ? '' : typeof first === 'boolean' ? false : undefined;
        if (filler !== undefined) for (let i = 0; i < values.length; i++) if (seen[i] === 0) values[i] = filler;
      }
      cols.push(encodeColumn(values, transfer));
      if (!all) transfer.push(seen.buffer as ArrayBuffer);
      present.push(all ? null : seen);
      await slicer.tick();
    }
    return { names: this.names, cols, present };
  }
}

/**
 * @internal
 * A graphology graph as columns for a worker (the calling thread's side): nodes, edges and their
 * attributes walked in slices of a few milliseconds between turns of the event loop, numbers and
 * ids in typed arrays (moved, not copied). Blocks far less than `graph.export()`, which walks and
 * copies a million edges in one piece. Do not change the graph until the promise settles.
 */
export async function graphToColumns(
  graph: import('graphology-types').AbstractGraph,
  transfer: ArrayBuffer[],
  signal?: AbortSignal,
): Promise<GraphColumns> {
  const slicer = new Slicer(signal);
  const n = graph.order;
  const m = graph.size;
  const nodeKeys = new Array<string>(n);
  const idOf = new Map<string, number>();
  const nodeAttrs = new AttributeCollector(n);
  let i = 0;
  for (const { node, attributes } of graph.nodeEntries()) {
    nodeKeys[i] = node;
    idOf.set(node, i);
    nodeAttrs.add(attributes);
    i++;
    if ((i & 1023) === 0) await slicer.tick();
  }
  const edgeKeys = new Array<string>(m);
  const sources = new Uint32Array(m);
  const targets = new Uint32Array(m);
  const mixed = graph.type === 'mixed';
  const undirected = mixed ? new Uint8Array(m) : null;
  const edgeAttrs = new AttributeCollector(m);
  let e = 0;
  for (const entry of graph.edgeEntries()) {
    edgeKeys[e] = entry.edge;
    sources[e] = idOf.get(entry.source)!;
    targets[e] = idOf.get(entry.target)!;
    if (undirected !== null && entry.undirected) undirected[e] = 1;
    edgeAttrs.add(entry.attributes);
    e++;
    if ((e & 1023) === 0) await slicer.tick();
  }
  transfer.push(sources.buffer, targets.buffer);
  if (undirected !== null) transfer.push(undirected.buffer);
  const nodes = encodeUniqueStrings(nodeKeys, transfer);
  await slicer.tick();
  const edges = encodeUniqueStrings(edgeKeys, transfer);
  await slicer.tick();
  return {
    options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops },
    attributes: graph.getAttributes() as Record<string, unknown>,
    nodes,
    nodeAttributes: await nodeAttrs.finish(transfer, slicer),
    edges,
    sources,
    targets,
    undirected,
    edgeAttributes: await edgeAttrs.finish(transfer, slicer),
  };
}

/** Distinct strings (node or edge keys) as one text and ends, without a map of them. */
function encodeUniqueStrings(values: string[], transfer: ArrayBuffer[]): Column {
  const ends = new Uint32Array(values.length);
  let end = 0;
  for (let i = 0; i < values.length; i++) {
    end += values[i]!.length;
    ends[i] = end;
  }
  transfer.push(ends.buffer);
  return { t: 'str', text: values.join(''), ends, ids: null };
}

/** A column as an array, at once (the worker's side, where blocking does not matter). */
function columnsSync(col: Column): unknown[] {
  switch (col.t) {
    case 'num':
      return Array.from(col.v);
    case 'bool':
      return Array.from(col.v, (x) => x === 1);
    case 'str': {
      const distinct = new Array<string>(col.ends.length);
      let start = 0;
      for (let i = 0; i < col.ends.length; i++) {
        distinct[i] = col.text.slice(start, col.ends[i]);
        start = col.ends[i]!;
      }
      return col.ids === null ? distinct : Array.from(col.ids, (id) => distinct[id]!);
    }
    case 'nullable': {
      const inner = columnsSync(col.v);
      for (let i = 0; i < inner.length; i++) if (col.mask[i] === 1) inner[i] = null;
      return inner;
    }
    case 'list': {
      const flat = columnsSync(col.v);
      let p = 0;
      return Array.from(col.lengths, (len) => flat.slice(p, (p += len)));
    }
    case 'const':
      return new Array<unknown>(col.length).fill(col.value);
    case 'objs': {
      const columns = col.cols.map((c) => columnsSync(c));
      return Array.from({ length: col.length }, (_, i) => {
        const o: Record<string, unknown> = {};
        for (let f = 0; f < col.fields.length; f++) put(o, col.fields[f]!, columns[f]![i]);
        return o;
      });
    }
    case 'plain':
      return col.v;
  }
}

/**
 * @internal
 * Rebuilds a graph from {@link graphToColumns} (the worker's side), with `Graph` the graphology
 * class to construct: same type and settings, nodes and edges in the same order with the same
 * keys and attributes.
 */
export function graphFromColumns<G extends import('graphology-types').AbstractGraph>(
  columns: GraphColumns,
  Graph: new (options: GraphColumns['options']) => G,
): G {
  const graph = new Graph(columns.options);
  graph.replaceAttributes(columns.attributes as never);
  const nodes = columnsSync(columns.nodes) as string[];
  const nodeAttrs = attributeRows(columns.nodeAttributes, nodes.length);
  for (let i = 0; i < nodes.length; i++) graph.addNode(nodes[i]!, nodeAttrs[i] as never);
  const edges = columnsSync(columns.edges) as string[];
  const edgeAttrs = attributeRows(columns.edgeAttributes, edges.length);
  const { sources, targets, undirected } = columns;
  for (let e = 0; e < edges.length; e++) {
    const s = nodes[sources[e]!]!;
    const t = nodes[targets[e]!]!;
    if (undirected !== null && undirected[e] === 1) graph.addUndirectedEdgeWithKey(edges[e]!, s, t, edgeAttrs[e] as never);
    else graph.addEdgeWithKey(edges[e]!, s, t, edgeAttrs[e] as never);
  }
  return graph;
}

/** Per element, its attribute object (only the attributes it had). */
function attributeRows(attrs: AttributeColumns, length: number): Record<string, unknown>[] {
  const rows = Array.from({ length }, () => ({}) as Record<string, unknown>);
  for (let a = 0; a < attrs.names.length; a++) {
    const name = attrs.names[a]!;
    const values = columnsSync(attrs.cols[a]!);
    const present = attrs.present[a];
    for (let i = 0; i < length; i++) if (present === null || present === undefined || present[i] === 1) put(rows[i]!, name, values[i]);
  }
  return rows;
}

/**
 * @internal
 * `index.collect(values)` (a record keyed by node) built in slices between turns of the event
 * loop: the same record, keys in index order.
 */
export async function collectSliced(keys: readonly string[], values: ArrayLike<number>): Promise<Record<string, number>> {
  const slicer = new Slicer();
  const out: Record<string, number> = {};
  for (let i = 0; i < keys.length; i++) {
    put(out, keys[i]!, values[i]!);
    if ((i & 4095) === 4095) await slicer.tick();
  }
  return out;
}

/**
 * @internal
 * `tieRows(index, ties, values)` (one `{ source, target, value }` per tie) built in slices between
 * turns of the event loop: the same rows, in tie order.
 */
export async function tieRowsSliced(
  keys: readonly string[],
  tieSources: Uint32Array,
  tieTargets: Uint32Array,
  values: ArrayLike<number>,
): Promise<{ source: string; target: string; value: number }[]> {
  const slicer = new Slicer();
  const size = values.length;
  const out = new Array<{ source: string; target: string; value: number }>(size);
  for (let t = 0; t < size; t++) {
    out[t] = { source: keys[tieSources[t]!]!, target: keys[tieTargets[t]!]!, value: values[t]! };
    if ((t & 4095) === 4095) await slicer.tick();
  }
  return out;
}
