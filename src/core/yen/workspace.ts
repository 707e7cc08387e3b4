/**
 * The buffers of Yen's spur searches ({@link Workspace}), allocated once per {@link yenPaths}
 * call and reset per search for the nodes it touched, and the cached hop bounds.
 *
 * @internal
 * @module
 */

/** @internal Lexicographic (hops, cost) bound to the target over arcs of width ≥ `threshold`. */
export interface HopBound {
  threshold: number;
  /** Fewest hops to the target; −1 if none. */
  hops: Int32Array;
  /** Least cost among those fewest-hop paths; `Infinity` if none. */
  cost: Float64Array;
}

/** @internal At most this many hop bounds are cached per call (O(n) memory each). */
export const MAX_HOP_BOUNDS = 8;

/** @internal Buffers of the spur searches, allocated once per {@link yenPaths} call. */
export class Workspace {
  readonly n: number;
  /** Label: cost Σ c from the spur (widest-path value in the widest search). */
  readonly cost: Float64Array;
  /** Label: hops from the spur. Also the last heap key. */
  readonly hops: Float64Array;
  /** First heap key, compared exactly (0 in the product search, hops + bound in pass 2, −min(g, hw) in the widest search). */
  readonly keyA: Float64Array;
  /** Second heap key, compared with the tolerance (g + h in the product search, cost + bound in pass 2, hops + guide in the widest search). */
  readonly keyB: Float64Array;
  /** Previous node from the spur (forward searches), −1 if none. */
  readonly pred: Int32Array;
  /** Out-slot of the arc from `pred`. */
  readonly predSlot: Int32Array;
  /** Next node towards the target (layered search), −1 if none. */
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
  /** Product bound h(v): cheapest cost v → target in the whole graph (`Infinity`: none). */
  toTarget: Float64Array | null = null;
  /** Bottleneck bound hw(v): widest bottleneck v → target in the whole graph (0: none). */
  widthToTarget: Float64Array | null = null;
  /**
   * Bottleneck order with a hop cap that the best path from the source already breaks: the spur
   * searches skip the uncapped try at U and go straight to the capped search.
   */
  cappedFirst = false;
  /** Cached (hops, cost) bounds of the bottleneck pass 2, by threshold. */
  readonly hopBounds: HopBound[] = [];
  /** Layered buffers of the hop-capped searches, allocated on first use. */
  layers: { size: number; cost: Float64Array; hops: Float64Array; succ: Int32Array } | null = null;
  readonly changed: Uint8Array;
  readonly frontier: Uint32Array;
  readonly nextFrontier: Uint32Array;
  /** backMark[v] === backStamp: v is known to reach the target (the reverse check of goalSearch). */
  readonly backMark: Uint32Array;
  backStamp = 0;
  readonly backQueue: Uint32Array;
  /** Hops from the spur (hop-capped searches): valid where `nearMark[v] === nearStamp`. */
  readonly near: Int32Array;
  readonly nearMark: Uint32Array;
  nearStamp = 0;

  constructor(n: number) {
    this.n = n;
    this.cost = new Float64Array(n).fill(Infinity);
    this.hops = new Float64Array(n).fill(Infinity);
    this.keyA = new Float64Array(n);
    this.keyB = new Float64Array(n);
    this.pred = new Int32Array(n).fill(-1);
    this.predSlot = new Int32Array(n).fill(-1);
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
    this.near = new Int32Array(n);
    this.nearMark = new Uint32Array(n);
    this.backMark = new Uint32Array(n);
    this.backQueue = new Uint32Array(n);
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
      this.pred[v] = -1;
      this.predSlot[v] = -1;
      this.succ[v] = -1;
      this.succSlot[v] = -1;
      this.pos[v] = -1;
      this.settled[v] = 0;
    }
    this.touchedCount = 0;
    this.generation++;
  }
}
