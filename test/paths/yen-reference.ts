/**
 * Reference oracle for test/core/yen.test.ts: the Yen kernel of src/core/yen.ts as it was before
 * its spur searches became goal-directed (A*), frozen here so that the fast kernel can be checked
 * on graphs far too large for the naive enumeration (test/oracles/paths-introduction.naive.ts).
 * Every spur search is a full label-setting search backwards from the target; no Lawler
 * refinement. Same path order as src/core/yen.ts (see its module comment).
 *
 * Each spur search runs **backwards** from the target over the in-adjacency, so that when two
 * partial paths tie, the one whose next node has the smaller id wins: this yields the smallest
 * spur path in the forward node order, and with it the smallest whole path under the total order
 * (the root is fixed). Labels are lexicographic pairs (cost, hops) for the product order
 * and (hops, cost) for the second pass of the bottleneck order; both grow strictly along every
 * arc (hops + 1), so label-setting search is exact.
 *
 * The bottleneck order is not isotonic under extension (a wider but longer partial path can lose
 * its lead when a narrow arc caps both), so the bottleneck spur search runs in two passes: a
 * widest-path search gives the best reachable bottleneck B*, then, with T = min(root's weakest
 * link, B*), a search over arcs of width ≥ T finds the fewest-hops (then cheapest) spur path.
 *
 * A hop cap (`maxHops`) is honoured exactly: a search first runs uncapped, and when its path is
 * too long, a layered Bellman–Ford over hop counts (O(budget · m)) finds the best capped path.
 *
 * Buffers are allocated once per call; a search resets only the nodes it touched.
 *
 * References
 * [1] Yen, J. Y. (1971). Finding the k shortest loopless paths in a network. Management Science 17(11):712–716.
 *
 * @module
 */
import { PATH_EPSILON, siftDown, siftUp } from '../../src/core/dijkstra.js';
import { comparePaths, type YenGraph, type YenPath } from '../../src/core/yen.js';

const YEN_PRODUCT = 0;
const YEN_BOTTLENECK = 1;

function tied(a: number, b: number, epsilon: number): boolean {
  return a === b || Math.abs(a - b) < epsilon * (a + b);
}

/** Whether label (c1, h1) comes before (c2, h2): cost first (tolerant), then hops. */
function costFirstLess(c1: number, h1: number, c2: number, h2: number, epsilon: number): boolean {
  if (!tied(c1, c2, epsilon)) return c1 < c2;
  return h1 < h2;
}

/** Whether label (h1, c1) comes before (h2, c2): hops first, then cost (tolerant). */
function hopsFirstLess(c1: number, h1: number, c2: number, h2: number, epsilon: number): boolean {
  if (h1 !== h2) return h1 < h2;
  return !tied(c1, c2, epsilon) && c1 < c2;
}

/** Buffers of the spur searches, allocated once per {@link yenPaths} call. */
class Workspace {
  readonly n: number;
  /** Label: cost (product order) or cost (second key, bottleneck pass 2). */
  readonly cost: Float64Array;
  /** Label: hops. */
  readonly hops: Float64Array;
  /** Widest-path label (pass 1), negated so that the min-heap helpers of dijkstra.ts apply. */
  readonly negWidth: Float64Array;
  /** Next node towards the target, −1 if none. */
  readonly succ: Int32Array;
  /** Out-slot of the arc to `succ`. */
  readonly succSlot: Int32Array;
  readonly heap: Uint32Array;
  readonly pos: Int32Array;
  readonly settled: Uint8Array;
  readonly touched: Uint32Array;
  touchedCount = 0;
  /** blocked[v] === stamp: v is on the root path (not the spur node). */
  readonly blocked: Uint32Array;
  /** banned[x] === stamp: the arc spur → x is used by an accepted path with the same root. */
  readonly banned: Uint32Array;
  stamp = 0;
  /** Layered buffers of the hop-capped searches, allocated on first use. */
  layers: { size: number; cost: Float64Array; hops: Float64Array; succ: Int32Array; slot: Int32Array } | null = null;
  readonly changed: Uint8Array;
  readonly frontier: Uint32Array;
  readonly nextFrontier: Uint32Array;

  constructor(n: number) {
    this.n = n;
    this.cost = new Float64Array(n).fill(Infinity);
    this.hops = new Float64Array(n).fill(Infinity);
    this.negWidth = new Float64Array(n).fill(Infinity);
    this.succ = new Int32Array(n).fill(-1);
    this.succSlot = new Int32Array(n).fill(-1);
    this.heap = new Uint32Array(n);
    this.pos = new Int32Array(n).fill(-1);
    this.settled = new Uint8Array(n);
    this.touched = new Uint32Array(n);
    this.touchMark = new Uint32Array(n);
    this.blocked = new Uint32Array(n);
    this.banned = new Uint32Array(n);
    this.changed = new Uint8Array(n);
    this.frontier = new Uint32Array(n);
    this.nextFrontier = new Uint32Array(n);
  }

  /** touchMark[v] === generation: v is in `touched`. */
  readonly touchMark: Uint32Array;
  generation = 1;

  touch(v: number): void {
    if (this.touchMark[v] !== this.generation) {
      this.touchMark[v] = this.generation;
      this.touched[this.touchedCount++] = v;
    }
  }

  reset(): void {
    for (let i = 0; i < this.touchedCount; i++) {
      const v = this.touched[i]!;
      this.cost[v] = Infinity;
      this.hops[v] = Infinity;
      this.negWidth[v] = Infinity;
      this.succ[v] = -1;
      this.succSlot[v] = -1;
      this.pos[v] = -1;
      this.settled[v] = 0;
    }
    this.touchedCount = 0;
    this.generation++;
  }
}

/**
 * Label-setting search backwards from `target` until `spur` is settled, over usable arcs
 * (cost finite; with `minWidth` > 0 also width ≥ minWidth), avoiding blocked nodes and banned
 * first hops. Labels: (cost, hops) when `hopsFirst` is false, (hops, cost) when true. On tied
 * labels the smaller successor id wins. Leaves `succ`/`succSlot` for the path; returns whether
 * `spur` was reached. The caller resets the workspace.
 */
function labelSearch(
  g: YenGraph,
  inToOut: Uint32Array,
  ws: Workspace,
  spur: number,
  target: number,
  hopsFirst: boolean,
  minWidth: number,
  epsilon: number,
): boolean {
  const { inOffsets, inNeighbors, cost: slotCost, width } = g;
  const { cost, hops, succ, succSlot, heap, pos, settled, blocked, banned, stamp } = ws;
  const less = hopsFirst ? hopsFirstLess : costFirstLess;
  ws.touch(target);
  cost[target] = 0;
  hops[target] = 0;
  heap[0] = target;
  pos[target] = 0;
  let size = 1;
  while (size > 0) {
    const x: number = heap[0]!;
    pos[x] = -1;
    size--;
    if (size > 0) {
      heap[0] = heap[size]!;
      labelSiftDown(heap, pos, cost, hops, size, 0, less, epsilon);
    }
    settled[x] = 1;
    if (x === spur) return true;
    const cx = cost[x]!;
    const hx = hops[x]! + 1;
    for (let q: number = inOffsets[x]!, end: number = inOffsets[x + 1]!; q < end; q++) {
      const v = inNeighbors[q]!;
      if (settled[v] === 1 || blocked[v] === stamp) continue;
      if (v === spur && banned[x] === stamp) continue;
      const slot = inToOut[q]!;
      const c = slotCost[slot]!;
      if (c === Infinity) continue;
      if (minWidth > 0 && !(width[slot]! >= minWidth)) continue;
      const alt = cx + c;
      const fresh = pos[v] === -1;
      if (less(alt, hx, cost[v]!, hops[v]!, epsilon)) {
        if (fresh) ws.touch(v); // a labelled node is in the heap or settled; fresh = first label
        cost[v] = alt;
        hops[v] = hx;
        succ[v] = x;
        succSlot[v] = slot;
        if (fresh) {
          heap[size] = v;
          labelSiftUp(heap, pos, cost, hops, size++, less, epsilon);
        } else {
          labelSiftUp(heap, pos, cost, hops, pos[v]!, less, epsilon);
        }
      } else if (x < succ[v]! && !less(cost[v]!, hops[v]!, alt, hx, epsilon)) {
        succ[v] = x; // tied label: the smaller next node wins
        succSlot[v] = slot;
      }
    }
  }
  return false;
}

type Less = (c1: number, h1: number, c2: number, h2: number, epsilon: number) => boolean;

function labelSiftUp(heap: Uint32Array, pos: Int32Array, cost: Float64Array, hops: Float64Array, i: number, less: Less, epsilon: number): void {
  const v = heap[i]!;
  const cv = cost[v]!;
  const hv = hops[v]!;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const u = heap[parent]!;
    if (!less(cv, hv, cost[u]!, hops[u]!, epsilon)) break;
    heap[i] = u;
    pos[u] = i;
    i = parent;
  }
  heap[i] = v;
  pos[v] = i;
}

function labelSiftDown(
  heap: Uint32Array,
  pos: Int32Array,
  cost: Float64Array,
  hops: Float64Array,
  size: number,
  i: number,
  less: Less,
  epsilon: number,
): void {
  const v = heap[i]!;
  const cv = cost[v]!;
  const hv = hops[v]!;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= size) break;
    let u = heap[child]!;
    const right = child + 1;
    if (right < size) {
      const r = heap[right]!;
      if (less(cost[r]!, hops[r]!, cost[u]!, hops[u]!, epsilon)) {
        child = right;
        u = r;
      }
    }
    if (!less(cost[u]!, hops[u]!, cv, hv, epsilon)) break;
    heap[i] = u;
    pos[u] = i;
    i = child;
  }
  heap[i] = v;
  pos[v] = i;
}

/**
 * Widest-path search backwards from `target` until `spur` is settled: the largest bottleneck
 * of a spur path (0 if none). Uses the min-heap helpers of dijkstra.ts on negated widths.
 */
function widestSearch(g: YenGraph, inToOut: Uint32Array, ws: Workspace, spur: number, target: number): number {
  const { inOffsets, inNeighbors, cost: slotCost, width } = g;
  const { negWidth, heap, pos, settled, blocked, banned, stamp } = ws;
  ws.touch(target);
  negWidth[target] = -Infinity;
  heap[0] = target;
  pos[target] = 0;
  let size = 1;
  while (size > 0) {
    const x: number = heap[0]!;
    pos[x] = -1;
    size--;
    if (size > 0) {
      heap[0] = heap[size]!;
      siftDown(heap, pos, negWidth, size, 0);
    }
    settled[x] = 1;
    if (x === spur) return -negWidth[x]!;
    const wx = -negWidth[x]!;
    for (let q: number = inOffsets[x]!, end: number = inOffsets[x + 1]!; q < end; q++) {
      const v = inNeighbors[q]!;
      if (settled[v] === 1 || blocked[v] === stamp) continue;
      if (v === spur && banned[x] === stamp) continue;
      const slot = inToOut[q]!;
      const w = width[slot]!;
      if (!(w > 0) || slotCost[slot] === Infinity) continue;
      const alt = -(w < wx ? w : wx);
      if (alt < negWidth[v]!) {
        const fresh = negWidth[v] === Infinity;
        if (fresh) ws.touch(v);
        negWidth[v] = alt;
        if (fresh) {
          heap[size] = v;
          siftUp(heap, pos, negWidth, size++);
        } else {
          siftUp(heap, pos, negWidth, pos[v]!);
        }
      }
    }
  }
  return 0;
}

function ensureLayers(ws: Workspace, budget: number): NonNullable<Workspace['layers']> {
  const size = (budget + 1) * ws.n;
  if (ws.layers === null || ws.layers.size < size) {
    ws.layers = {
      size,
      cost: new Float64Array(size),
      hops: new Float64Array(size),
      succ: new Int32Array(size),
      slot: new Int32Array(size),
    };
  }
  return ws.layers;
}

/**
 * Hop-capped search: layered Bellman–Ford backwards from `target`, layer h holding the best
 * label of a path of ≤ h hops to the target, with only the nodes improved in layer h − 1
 * relaxed in layer h. `mode` 0: labels (cost, hops), ties to the smaller next node, path left in
 * `succ`/`succSlot`; returns 1 if spur is reached, else 0. `mode` 1: widest path (label = width,
 * in the `cost` layer arrays), returns the best bottleneck (0 if none). O(budget · (n + m)).
 */
function layeredSearch(
  g: YenGraph,
  inToOut: Uint32Array,
  ws: Workspace,
  spur: number,
  target: number,
  budget: number,
  mode: number,
  epsilon: number,
): number {
  const n = ws.n;
  const L = ensureLayers(ws, budget);
  const { cost: lc, hops: lh, succ: ls, slot: lslot } = L;
  const { inOffsets, inNeighbors, cost: slotCost, width } = g;
  const { blocked, banned, stamp, changed, succ, succSlot } = ws;
  let frontier = ws.frontier;
  let next = ws.nextFrontier;
  const empty = mode === 0 ? Infinity : 0;
  lc.fill(empty, 0, n);
  lh.fill(Infinity, 0, n);
  ls.fill(-1, 0, n);
  lc[target] = mode === 0 ? 0 : Infinity;
  lh[target] = 0;
  frontier[0] = target;
  let fsize = 1;
  for (let h = 1; h <= budget && fsize > 0; h++) {
    const base = h * n;
    const prev = base - n;
    lc.copyWithin(base, prev, base);
    lh.copyWithin(base, prev, base);
    ls.copyWithin(base, prev, base);
    lslot.copyWithin(base, prev, base);
    let nsize = 0;
    for (let f = 0; f < fsize; f++) {
      const x = frontier[f]!;
      const cx = lc[prev + x]!;
      const hx = lh[prev + x]! + 1;
      for (let q: number = inOffsets[x]!, end: number = inOffsets[x + 1]!; q < end; q++) {
        const v = inNeighbors[q]!;
        if (v === target || blocked[v] === stamp) continue;
        if (v === spur && banned[x] === stamp) continue;
        const slot = inToOut[q]!;
        const c = slotCost[slot]!;
        if (c === Infinity) continue;
        let better = false;
        if (mode === 0) {
          const alt = cx + c;
          const cv = lc[base + v]!;
          const hv = lh[base + v]!;
          if (costFirstLess(alt, hx, cv, hv, epsilon)) {
            lc[base + v] = alt;
            lh[base + v] = hx;
            better = true;
          } else if (x < ls[base + v]! && !costFirstLess(cv, hv, alt, hx, epsilon)) {
            better = true;
          }
        } else {
          const w = width[slot]!;
          if (!(w > 0)) continue;
          const alt = w < cx ? w : cx;
          if (alt > lc[base + v]!) {
            lc[base + v] = alt;
            better = true;
          }
        }
        if (better) {
          ls[base + v] = x;
          lslot[base + v] = slot;
          if (changed[v] === 0) {
            changed[v] = 1;
            next[nsize++] = v;
          }
        }
      }
    }
    for (let f = 0; f < nsize; f++) changed[next[f]!] = 0;
    const t = frontier;
    frontier = next;
    next = t;
    fsize = nsize;
    if (fsize === 0) {
      // Nothing improved: later layers equal this one.
      budget = h;
      break;
    }
  }
  const top = budget * n;
  if (mode === 1) return lc[top + spur]! === Infinity ? 0 : lc[top + spur]!;
  if (lc[top + spur] === Infinity) return 0;
  // Follow the layers down: the rest of the path from layer h's successor lives in layer h − 1.
  let v = spur;
  let h = top / n;
  while (v !== target) {
    const x = ls[h * n + v]!;
    const slot = lslot[h * n + v]!;
    ws.touch(v);
    succ[v] = x;
    succSlot[v] = slot;
    v = x;
    h--;
  }
  return 1;
}

/** Copies the path spur → target from `succ` into `nodes`/`slots`; returns false if it revisits a node of `nodes`. */
function appendSpur(ws: Workspace, spur: number, target: number, nodes: number[], slots: number[], onPath: Uint8Array): boolean {
  let v = spur;
  while (v !== target) {
    const x = ws.succ[v]!;
    if (x < 0 || onPath[x] === 1) return false;
    slots.push(ws.succSlot[v]!);
    nodes.push(x);
    onPath[x] = 1;
    v = x;
  }
  return true;
}

/**
 * Best spur path from `spur` to `target` given the root's weakest link and hop budget, or
 * `null`. The caller has set the stamp, blocked nodes and banned first hops.
 */
function spurSearch(
  g: YenGraph,
  inToOut: Uint32Array,
  ws: Workspace,
  spur: number,
  target: number,
  objective: number,
  rootWidth: number,
  budget: number,
  epsilon: number,
): boolean {
  let found: boolean;
  if (objective === YEN_PRODUCT) {
    found = labelSearch(g, inToOut, ws, spur, target, false, 0, epsilon);
    if (found && ws.hops[spur]! > budget) {
      ws.reset();
      found = layeredSearch(g, inToOut, ws, spur, target, budget, 0, epsilon) === 1;
    }
    return found;
  }
  const widest = widestSearch(g, inToOut, ws, spur, target);
  ws.reset();
  if (!(widest > 0)) return false;
  let threshold = widest < rootWidth ? widest : rootWidth;
  found = labelSearch(g, inToOut, ws, spur, target, true, threshold, epsilon);
  if (found && ws.hops[spur]! > budget) {
    ws.reset();
    const capped = layeredSearch(g, inToOut, ws, spur, target, budget, 1, epsilon);
    if (!(capped > 0)) return false;
    threshold = capped < rootWidth ? capped : rootWidth;
    found = labelSearch(g, inToOut, ws, spur, target, true, threshold, epsilon);
  }
  return found;
}

/** Fills cost, hops and bottleneck of a path from its slots, summed from the source. */
function finishPath(g: YenGraph, nodes: number[], slots: number[]): YenPath {
  let cost = 0;
  let bottleneck = Infinity;
  for (let i = 0; i < slots.length; i++) {
    cost += g.cost[slots[i]!]!;
    const w = g.width[slots[i]!]!;
    if (w < bottleneck) bottleneck = w;
  }
  return { nodes, slots, cost, hops: slots.length, bottleneck };
}

/**
 * The `k` best simple paths from `source` to `target` under the order of `objective`
 * ({@link YEN_PRODUCT} or {@link YEN_BOTTLENECK}; see the module comment), with at most
 * `maxHops` hops (`Infinity` for no cap), best first. `source === target` gives the zero-hop
 * path. Fewer than `k` paths when fewer exist.
 *
 * @param g The graph with per-slot costs and widths.
 * @param inToOut {@link inSlotToOutSlot} of the graph.
 * @param source The source id.
 * @param target The target id.
 * @param k The number of paths wanted (≥ 1).
 * @param maxHops The hop cap (≥ 1, or `Infinity`).
 * @param objective The path order.
 * @param epsilon The relative tolerance under which two costs tie ({@link PATH_EPSILON}).
 */
export function referenceYenPaths(
  g: YenGraph,
  inToOut: Uint32Array,
  source: number,
  target: number,
  k: number,
  maxHops: number,
  objective: number,
  epsilon = PATH_EPSILON,
): YenPath[] {
  if (source === target) return [{ nodes: [source], slots: [], cost: 0, hops: 0, bottleneck: Infinity }];
  const n = g.order;
  const ws = new Workspace(n);
  const onPath = new Uint8Array(n);
  const budgetOf = (rootHops: number) => (maxHops === Infinity ? n : Math.min(n, maxHops - rootHops));

  ws.stamp = 1;
  const firstFound = spurSearch(g, inToOut, ws, source, target, objective, Infinity, budgetOf(0), epsilon);
  if (!firstFound) return [];
  const firstNodes = [source];
  const firstSlots: number[] = [];
  onPath[source] = 1;
  appendSpur(ws, source, target, firstNodes, firstSlots, onPath);
  for (const v of firstNodes) onPath[v] = 0;
  ws.reset();
  const accepted: YenPath[] = [finishPath(g, firstNodes, firstSlots)];
  const candidates: YenPath[] = [];
  const seen = new Set<string>([firstNodes.join(',')]);

  while (accepted.length < k) {
    const prev = accepted[accepted.length - 1]!;
    let rootWidth = Infinity;
    for (let i = 0; i < prev.hops; i++) {
      if (i > 0) {
        const w = g.width[prev.slots[i - 1]!]!;
        if (w < rootWidth) rootWidth = w;
      }
      if (i >= maxHops) break;
      const spur = prev.nodes[i]!;
      const stamp = ++ws.stamp;
      for (let j = 0; j < i; j++) ws.blocked[prev.nodes[j]!] = stamp;
      for (const p of accepted) {
        if (p.hops <= i) continue;
        let same = true;
        for (let j = 0; j <= i && same; j++) same = p.nodes[j] === prev.nodes[j];
        if (same) ws.banned[p.nodes[i + 1]!] = stamp;
      }
      const found = spurSearch(g, inToOut, ws, spur, target, objective, rootWidth, budgetOf(i), epsilon);
      if (found) {
        const nodes = prev.nodes.slice(0, i + 1);
        const slots = prev.slots.slice(0, i);
        for (const v of nodes) onPath[v] = 1;
        const simple = appendSpur(ws, spur, target, nodes, slots, onPath);
        for (const v of nodes) onPath[v] = 0;
        if (simple) {
          const key = nodes.join(',');
          if (!seen.has(key)) {
            seen.add(key);
            candidates.push(finishPath(g, nodes, slots));
          }
        }
      }
      ws.reset();
    }
    if (candidates.length === 0) break;
    let best = 0;
    for (let c = 1; c < candidates.length; c++) {
      if (comparePaths(candidates[c]!, candidates[best]!, objective, epsilon) < 0) best = c;
    }
    accepted.push(candidates[best]!);
    candidates[best] = candidates[candidates.length - 1]!;
    candidates.pop();
  }
  return accepted;
}
