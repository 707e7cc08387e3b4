/**
 * The weighted span search: for local bridges c–v₁, …, c–v_k that share an end c (the
 * **centre**), the distances d_{G − cvᵢ}(c, vᵢ), with one search from the centre serving them
 * all (src/core/tie-span.ts groups the local bridges by centre and calls {@link centreSpans}).
 *
 * **The centre's side** is one Dijkstra from c over the whole graph that keeps, for every node
 * x, two labels: the shortest path from c (length d₁(x), first hop b₁(x)) and the shortest path
 * whose first hop differs from b₁(x) (d₂(x), b₂(x)). Paths never come back to c, so a path from c
 * uses the tie c–vᵢ exactly when its first hop is vᵢ, and
 *
 *   d_{G − cvᵢ}(c, x) = d₁(x) if b₁(x) ≠ vᵢ, else d₂(x)                    (the *relevant* label)
 *
 * for every bridge of the centre at once. A second label is only followed onwards from nodes
 * whose first hop is one of the centre's far ends (a node reached first through any other
 * neighbour never needs it). Relaxation is **lazy** (each node's ties are sorted by distance):
 * the queue holds one cursor per settled label, keyed d(x) + d(x, y) of its next tie, so a tie
 * is read only when its key is the smallest; a popped key is final for the label it sets. This
 * side is resumed, never restarted, from one bridge of the centre to the next.
 *
 * **The far side** is, per bridge, an ordinary Dijkstra from vᵢ in G − cvᵢ, scanning each
 * settled node's ties in ascending distance and stopping a scan at the first tie with
 * d(x) + d(x, y) + top_c ≥ μ (μ: the shortest c–vᵢ path seen so far, top_c: the centre
 * side's smallest key).
 *
 * The sides alternate (the centre's side while its queue is at most k_left / 4 times the far
 * side's, k_left the bridges of the centre still to answer, since its work is shared) until
 * top_c + top_v ≥ μ; μ is then the span. Junctions tried: every tie the centre's side pops
 * (its label's key + the far side's label of the far node), every node the far side settles
 * (+ its relevant label), every tie the far side scans, and, past the scan's stop, every tie up
 * to d(x) + d(x, y) + min_c ≥ μ (min_c: the centre's shortest tie) into a node the centre's side
 * has settled; plus the tie from each node the far side settles to c itself. Why these suffice
 * (P a shortest path of length s < μ at the stop, pᵢ its last node settled on the centre's side;
 * pᵢ₊₁ is then settled on the far side): if pᵢ was settled first, the far side's scan of pᵢ₊₁
 * reaches the tie to pᵢ before d(pᵢ₊₁) + d(pᵢ₊₁, pᵢ) + min_c ≥ μ (else s ≥ μ); if pᵢ₊₁ was settled
 * first, its scan either labelled pᵢ on the far side (the centre's side then tries the junction
 * when it settles pᵢ) or stopped at a bound that pᵢ's unsettled label already exceeded (s ≥ μ).
 *
 * On the 1M-tie benchmark graph this reads about a third of what one bidirectional search per
 * local bridge read (a centre with 200 local bridges: a tenth); the cost is memory latency, so
 * the node state read together sits together (a node's labels, first hops and first tie in one
 * 64-byte record, one byte per node for "settled here" on each side).
 *
 * References
 * [1] Granovetter, M. S. (1973). The strength of weak ties. American Journal of Sociology 78(6):1360–1380.
 * [2] Pohl, I. (1971). Bi-directional search. Machine Intelligence 6:127–140.
 * [3] Goldberg, A. V., Harrelson, C. (2005). Computing the shortest path: A* search meets graph theory. SODA 2005, 156–165.
 *
 * @internal
 * @module
 */

/**
 * @internal
 * The graph as the weighted span search reads it: node ids renumbered (`rank[old] = new`), each
 * node's ties sorted by ascending distance, and `arcs[2p]` = distance, `arcs[2p + 1]` = far end
 * (new id) of slot p, so a scan reads one array.
 */
export interface SpanAdjacency {
  /** Number of nodes. */
  order: number;
  /** Adjacency offsets in the new numbering, length `order + 1`. */
  offsets: Uint32Array;
  /** Distance and far end of every slot, interleaved (length 2 × slots). */
  arcs: Float64Array;
  /** New id of every original node id. */
  rank: Uint32Array;
}

/**
 * @internal
 * Builds the {@link SpanAdjacency} of an undirected adjacency with slot distances: nodes in
 * breadth-first order (each component from its node of highest degree, components in
 * descending order of their first node's degree), ties sorted by distance (stable). O(n + m log d_max).
 */
export function spanAdjacency(offsets: Uint32Array, neighbors: Uint32Array, slotDist: Float64Array): SpanAdjacency {
  const n = offsets.length - 1;
  const slots = neighbors.length;
  // Nodes by descending degree (counting sort), then breadth-first numbering from each in turn.
  let maxDegree = 0;
  for (let x = 0; x < n; x++) maxDegree = Math.max(maxDegree, offsets[x + 1]! - offsets[x]!);
  const start = new Uint32Array(maxDegree + 2);
  // start[k]: first position of the nodes of degree maxDegree − k.
  for (let x = 0; x < n; x++) {
    const k = maxDegree - (offsets[x + 1]! - offsets[x]!) + 1;
    start[k] = start[k]! + 1;
  }
  for (let k = 1; k <= maxDegree + 1; k++) start[k] = start[k]! + start[k - 1]!;
  const byDegree = new Uint32Array(n);
  for (let x = 0; x < n; x++) {
    const k = maxDegree - (offsets[x + 1]! - offsets[x]!);
    byDegree[start[k]!] = x;
    start[k] = start[k]! + 1;
  }
  const NONE = 0xffffffff;
  const rank = new Uint32Array(n).fill(NONE);
  const queue = new Uint32Array(n); // queue[newId] = old id
  let next = 0;
  for (let i = 0; i < n; i++) {
    const root = byDegree[i]!;
    if (rank[root] !== NONE) continue;
    let head = next;
    rank[root] = next;
    queue[next++] = root;
    for (; head < next; head++) {
      const x = queue[head]!;
      for (let p = offsets[x]!, end = offsets[x + 1]!; p < end; p++) {
        const y = neighbors[p]!;
        if (rank[y] === NONE) {
          rank[y] = next;
          queue[next++] = y;
        }
      }
    }
  }
  const newOffsets = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const x = queue[i]!;
    newOffsets[i + 1] = newOffsets[i]! + offsets[x + 1]! - offsets[x]!;
  }
  // Each list copied in slot order, then sorted by distance (stable): insertion sort for short
  // lists, a comparator sort of the slots for long ones.
  const arcs = new Float64Array(2 * slots);
  const perm: number[] = [];
  const byDist = (a: number, b: number) => slotDist[a]! - slotDist[b]!;
  for (let i = 0; i < n; i++) {
    const x = queue[i]!;
    const from = offsets[x]!;
    const degree = offsets[x + 1]! - from;
    const base = newOffsets[i]!;
    if (degree <= 32) {
      for (let j = 0; j < degree; j++) {
        const d = slotDist[from + j]!;
        const y = rank[neighbors[from + j]!]!;
        let q = base + j;
        for (; q > base && arcs[2 * q - 2]! > d; q--) {
          arcs[2 * q] = arcs[2 * q - 2]!;
          arcs[2 * q + 1] = arcs[2 * q - 1]!;
        }
        arcs[2 * q] = d;
        arcs[2 * q + 1] = y;
      }
      continue;
    }
    perm.length = 0;
    for (let j = 0; j < degree; j++) perm.push(from + j);
    perm.sort(byDist);
    for (let j = 0; j < degree; j++) {
      const p = perm[j]!;
      arcs[2 * (base + j)] = slotDist[p]!;
      arcs[2 * (base + j) + 1] = rank[neighbors[p]!]!;
    }
  }
  return { order: n, offsets: newOffsets, arcs, rank };
}

/** First hop of the centre's own label (no tie yet). */
const HOP_CENTRE = -1;
/** First hop of a node the centre's side has not reached. */
const HOP_NONE = -2;
/** The centre's side grows while its queue is ≤ bridges left ÷ this × the far side's queue. */
const CENTRE_SHARE = 4;

/**
 * @internal
 * Buffers of {@link centreSpans} for a graph of `order` nodes, allocated once per thread and
 * left clean (every entry it wrote reset) by each call.
 */
export interface SpanWorkspace {
  /**
   * Per node, one 64-byte record [d₁, d₂, b₁, b₂, distance of its shortest tie, its first slot, −, −]:
   * the centre's side's labels (`Infinity`, `Infinity`, HOP_NONE, HOP_NONE when not reached) and
   * what a new cursor of the node needs, read together.
   */
  readonly labels: Float64Array;
  /** Per node, the labels the centre's side has settled: bit 1 the first, bit 2 the second. */
  readonly settled: Uint8Array;
  /** 1 for the far ends of the centre's bridges (the first hops whose nodes need a second label). */
  readonly farEnd: Uint8Array;
  /**
   * Distance of each node's tie to the centre (`Infinity` when none), and 1 in `nearCentre` when
   * there is one: derivable from `toCentre`, but every node the far side settles is checked, and a
   * byte per node stays in the cache where eight do not.
   */
  readonly toCentre: Float64Array;
  readonly nearCentre: Uint8Array;
  /** Nodes the centre's side reached, `touched[0 … touchedCount)`. */
  readonly touched: Uint32Array;
  touchedCount: number;
  /** The centre's side's queue of cursors: key, node, code = 2 × slot + (0: first label, 1: second). */
  cursorKeys: Float64Array;
  cursorNodes: Uint32Array;
  cursorCodes: Uint32Array;
  cursors: number;
  /** Far side: tentative distance, state (0 not reached, 1 queued, 2 settled), nodes reached. */
  readonly farDist: Float64Array;
  readonly farState: Uint8Array;
  readonly reached: Uint32Array;
  reachedCount: number;
  /** Far side's queue (binary heap with lazy deletion). */
  heapKeys: Float64Array;
  heapNodes: Uint32Array;
  heapSize: number;
  /** μ, the shortest path between the current bridge's ends seen so far. */
  best: number;
}

/** @internal Allocates a {@link SpanWorkspace} for the nodes of `adjacency`. */
export function createSpanWorkspace(adjacency: SpanAdjacency): SpanWorkspace {
  const { order: n, offsets, arcs } = adjacency;
  const labels = new Float64Array(8 * n);
  for (let x = 0; x < n; x++) {
    labels[8 * x] = Infinity;
    labels[8 * x + 1] = Infinity;
    labels[8 * x + 2] = HOP_NONE;
    labels[8 * x + 3] = HOP_NONE;
    labels[8 * x + 4] = offsets[x + 1]! > offsets[x]! ? arcs[2 * offsets[x]!]! : Infinity;
    labels[8 * x + 5] = offsets[x]!;
  }
  const capacity = 1024;
  return {
    labels,
    settled: new Uint8Array(n),
    farEnd: new Uint8Array(n),
    toCentre: new Float64Array(n).fill(Infinity),
    nearCentre: new Uint8Array(n),
    touched: new Uint32Array(n),
    touchedCount: 0,
    cursorKeys: new Float64Array(capacity),
    cursorNodes: new Uint32Array(capacity),
    cursorCodes: new Uint32Array(capacity),
    cursors: 0,
    farDist: new Float64Array(n).fill(Infinity),
    farState: new Uint8Array(n),
    reached: new Uint32Array(n),
    reachedCount: 0,
    heapKeys: new Float64Array(capacity),
    heapNodes: new Uint32Array(capacity),
    heapSize: 0,
    best: Infinity,
  };
}

/**
 * @internal
 * Spans of the ties `centre`–`ends[2i + 1]` for i in [from, to) (ids of `adjacency`; each a tie
 * of the graph, which is simple; `ends[2i]` is not read), into `out[i]`: d_{G − tie}(centre,
 * ends[2i + 1]), `Infinity` when the tie
 * is a global bridge. See the module comment.
 */
export function centreSpans(
  adjacency: SpanAdjacency,
  centre: number,
  ends: Uint32Array,
  from: number,
  to: number,
  out: Float64Array,
  ws: SpanWorkspace,
): void {
  const { offsets, arcs } = adjacency;
  const { labels, settled, farEnd, toCentre, nearCentre, farDist, farState, reached } = ws;
  for (let i = from; i < to; i++) farEnd[ends[2 * i + 1]!] = 1;
  for (let p = offsets[centre]!, end = offsets[centre + 1]!; p < end; p++) {
    toCentre[arcs[2 * p + 1]!] = arcs[2 * p]!;
    nearCentre[arcs[2 * p + 1]!] = 1;
  }
  const minCentre = labels[8 * centre + 4]!;
  labels[8 * centre] = 0;
  labels[8 * centre + 2] = HOP_CENTRE;
  settled[centre] = 3;
  ws.touched[ws.touchedCount++] = centre;
  pushCursor(ws, minCentre, centre, 2 * labels[8 * centre + 5]!);

  for (let i = from; i < to; i++) {
    const v = ends[2 * i + 1]!;
    const left = to - i;
    ws.best = Infinity;
    farDist[v] = 0;
    farState[v] = 1;
    reached[ws.reachedCount++] = v;
    pushFar(ws, 0, v);
    for (;;) {
      while (ws.heapSize > 0 && farState[ws.heapNodes[0]!] === 2) popFar(ws);
      if (ws.heapSize === 0) break;
      const topCentre = ws.cursors > 0 ? ws.cursorKeys[0]! : Infinity;
      if (topCentre + ws.heapKeys[0]! >= ws.best) break;
      if (ws.cursors > 0 && ws.cursors * CENTRE_SHARE <= ws.heapSize * left) stepCentre(adjacency, ws, centre, v);
      else settleFar(adjacency, ws, centre, v, topCentre, minCentre);
    }
    out[i] = ws.best;
    for (let j = 0; j < ws.reachedCount; j++) {
      const y = reached[j]!;
      farDist[y] = Infinity;
      farState[y] = 0;
    }
    ws.reachedCount = 0;
    ws.heapSize = 0;
  }

  for (let j = 0; j < ws.touchedCount; j++) {
    const y = ws.touched[j]!;
    labels[8 * y] = Infinity;
    labels[8 * y + 1] = Infinity;
    labels[8 * y + 2] = HOP_NONE;
    labels[8 * y + 3] = HOP_NONE;
    settled[y] = 0;
  }
  ws.touchedCount = 0;
  ws.cursors = 0;
  for (let i = from; i < to; i++) farEnd[ends[2 * i + 1]!] = 0;
  for (let p = offsets[centre]!, end = offsets[centre + 1]!; p < end; p++) {
    toCentre[arcs[2 * p + 1]!] = Infinity;
    nearCentre[arcs[2 * p + 1]!] = 0;
  }
}

/**
 * The centre's side pops its smallest cursor: the tie x → y at key d(x) + d(x, y), with first
 * hop b. Tries the junction with the far side's label of y (when b ≠ v), settles y's first
 * label (y not reached yet) or second (b ≠ b₁(y)), and moves x's cursor to its next tie.
 */
function stepCentre(adjacency: SpanAdjacency, ws: SpanWorkspace, centre: number, v: number): void {
  const { offsets, arcs } = adjacency;
  const { labels, settled } = ws;
  const key = ws.cursorKeys[0]!;
  const x = ws.cursorNodes[0]!;
  const code = ws.cursorCodes[0]!;
  const p = code >>> 1;
  const second = code & 1;
  const y = arcs[2 * p + 1]!;
  const hop = x === centre ? y : labels[8 * x + 2 + second]!;
  if (p + 1 < offsets[x + 1]!) siftCursor(ws, labels[8 * x + second]! + arcs[2 * p + 2]!, x, code + 2, ws.cursors);
  else {
    const last = --ws.cursors;
    siftCursor(ws, ws.cursorKeys[last]!, ws.cursorNodes[last]!, ws.cursorCodes[last]!, last);
  }
  if (y === centre) return;
  if (hop !== v && ws.farState[y] !== 0) {
    const through = key + ws.farDist[y]!;
    if (through < ws.best) ws.best = through;
  }
  const state = settled[y]!;
  if (state === 0) {
    labels[8 * y] = key;
    labels[8 * y + 2] = hop;
    settled[y] = 1;
    ws.touched[ws.touchedCount++] = y;
    pushCursor(ws, key + labels[8 * y + 4]!, y, 2 * labels[8 * y + 5]!);
  } else if (state === 1 && hop !== labels[8 * y + 2]) {
    labels[8 * y + 1] = key;
    labels[8 * y + 3] = hop;
    settled[y] = 3;
    if (ws.farEnd[labels[8 * y + 2]!] === 1) pushCursor(ws, key + labels[8 * y + 4]!, y, 2 * labels[8 * y + 5]! + 1);
  }
}

/**
 * The far side settles its smallest node x: junctions through x (its relevant label on the
 * centre's side), through its tie to the centre, and through its ties in ascending distance;
 * relaxes them until d(x) + d(x, y) + top_c ≥ μ, then only tries junctions with settled nodes
 * of the centre's side until d(x) + d(x, y) + min_c ≥ μ.
 */
function settleFar(adjacency: SpanAdjacency, ws: SpanWorkspace, centre: number, v: number, topCentre: number, minCentre: number): void {
  const { offsets, arcs } = adjacency;
  const { labels, settled, farDist, farState } = ws;
  const x = ws.heapNodes[0]!;
  const dx = ws.heapKeys[0]!;
  popFar(ws);
  farState[x] = 2;
  let best = ws.best;
  if (settled[x] !== 0) {
    const through = dx + (labels[8 * x + 2] !== v ? labels[8 * x]! : labels[8 * x + 1]!);
    if (through < best) best = through;
  }
  if (x !== v && ws.nearCentre[x] === 1) {
    const through = dx + ws.toCentre[x]!;
    if (through < best) best = through;
  }
  const skip = x === v ? centre : x === centre ? v : -1;
  let p = offsets[x]!;
  const end = offsets[x + 1]!;
  for (; p < end; p++) {
    const alt = dx + arcs[2 * p]!;
    if (alt + topCentre >= best) break;
    const y = arcs[2 * p + 1]!;
    if (y === skip) continue;
    if (settled[y] !== 0) {
      const through = alt + (labels[8 * y + 2] !== v ? labels[8 * y]! : labels[8 * y + 1]!);
      if (through < best) best = through;
    }
    const state = farState[y]!;
    if (state === 0) {
      farDist[y] = alt;
      farState[y] = 1;
      ws.reached[ws.reachedCount++] = y;
      pushFar(ws, alt, y);
    } else if (state === 1 && alt < farDist[y]!) {
      farDist[y] = alt;
      pushFar(ws, alt, y);
    }
  }
  for (; p < end; p++) {
    const alt = dx + arcs[2 * p]!;
    if (alt + minCentre >= best) break;
    const y = arcs[2 * p + 1]!;
    if (settled[y] === 0 || y === skip) continue;
    const through = alt + (labels[8 * y + 2] !== v ? labels[8 * y]! : labels[8 * y + 1]!);
    if (through < best) best = through;
  }
  ws.best = best;
}

// The centre's side's queue (key, node, code) and the far side's heap (key, node) are two
// near-copies of one binary heap on purpose: one heap type for both (a code array on the far side
// too) ran 4–20 % slower in five of six paired runs on M.

/** Pushes a cursor on the centre's side's queue, doubling its arrays when full. */
function pushCursor(ws: SpanWorkspace, key: number, node: number, code: number): void {
  let i = ws.cursors++;
  if (i === ws.cursorKeys.length) {
    const keys = new Float64Array(2 * i);
    keys.set(ws.cursorKeys);
    ws.cursorKeys = keys;
    const nodes = new Uint32Array(2 * i);
    nodes.set(ws.cursorNodes);
    ws.cursorNodes = nodes;
    const codes = new Uint32Array(2 * i);
    codes.set(ws.cursorCodes);
    ws.cursorCodes = codes;
  }
  const { cursorKeys: keys, cursorNodes: nodes, cursorCodes: codes } = ws;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const parentKey = keys[parent]!;
    if (parentKey <= key) break;
    keys[i] = parentKey;
    nodes[i] = nodes[parent]!;
    codes[i] = codes[parent]!;
    i = parent;
  }
  keys[i] = key;
  nodes[i] = node;
  codes[i] = code;
}

/** Puts (key, node, code) at the top of the first `size` cursors and sifts it down. */
function siftCursor(ws: SpanWorkspace, key: number, node: number, code: number, size: number): void {
  const { cursorKeys: keys, cursorNodes: nodes, cursorCodes: codes } = ws;
  let i = 0;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= size) break;
    let childKey = keys[child]!;
    if (child + 1 < size) {
      const rightKey = keys[child + 1]!;
      if (rightKey < childKey) {
        child++;
        childKey = rightKey;
      }
    }
    if (childKey >= key) break;
    keys[i] = childKey;
    nodes[i] = nodes[child]!;
    codes[i] = codes[child]!;
    i = child;
  }
  keys[i] = key;
  nodes[i] = node;
  codes[i] = code;
}

/** Pushes (key, node) on the far side's heap, doubling its arrays when full. */
function pushFar(ws: SpanWorkspace, key: number, node: number): void {
  let i = ws.heapSize++;
  if (i === ws.heapKeys.length) {
    const keys = new Float64Array(2 * i);
    keys.set(ws.heapKeys);
    ws.heapKeys = keys;
    const nodes = new Uint32Array(2 * i);
    nodes.set(ws.heapNodes);
    ws.heapNodes = nodes;
  }
  const { heapKeys: keys, heapNodes: nodes } = ws;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const parentKey = keys[parent]!;
    if (parentKey <= key) break;
    keys[i] = parentKey;
    nodes[i] = nodes[parent]!;
    i = parent;
  }
  keys[i] = key;
  nodes[i] = node;
}

/** Removes the far side's top entry. */
function popFar(ws: SpanWorkspace): void {
  const { heapKeys: keys, heapNodes: nodes } = ws;
  const last = --ws.heapSize;
  const key = keys[last]!;
  const node = nodes[last]!;
  let i = 0;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= last) break;
    let childKey = keys[child]!;
    if (child + 1 < last) {
      const rightKey = keys[child + 1]!;
      if (rightKey < childKey) {
        child++;
        childKey = rightKey;
      }
    }
    if (childKey >= key) break;
    keys[i] = childKey;
    nodes[i] = nodes[child]!;
    i = child;
  }
  keys[i] = key;
  nodes[i] = node;
}
