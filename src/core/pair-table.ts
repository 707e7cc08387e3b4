/**
 * A hash table from pairs of dense ids `(a, b)` to dense pair ids 0, 1, 2, … in order of first
 * insertion, over typed arrays (open addressing, linear probing, load ≤ 1/2).
 *
 * It is the index of a per-pair accumulator: the caller keeps one record per pair in its own
 * columns (typed arrays indexed by pair id, grown with {@link growFloat64} / {@link growUint32}
 * when {@link PairTable.size} reaches their length), so that memory grows with the number of
 * distinct pairs, never with the number of events folded into them. Pairs are ordered: store an
 * unordered pair as `(min, max)`.
 *
 * Memory: 8 bytes of endpoints per pair plus 8–16 bytes of slots.
 *
 * @internal
 * @module
 */

/** @internal Ordered pairs of uint32 ids → dense pair ids. */
export class PairTable {
  /** First id of each pair (valid for pair ids < `size`). */
  first: Uint32Array;
  /** Second id of each pair. */
  second: Uint32Array;
  /** Number of pairs. */
  size = 0;
  private mask: number;
  private slots: Int32Array;

  constructor(initialCapacity = 1024) {
    let capacity = 16;
    while (capacity < initialCapacity) capacity *= 2;
    this.first = new Uint32Array(capacity);
    this.second = new Uint32Array(capacity);
    this.slots = new Int32Array(capacity * 2).fill(-1);
    this.mask = capacity * 2 - 1;
  }

  /** The pair id of `(a, b)`, assigning the next id to a new pair. */
  intern(a: number, b: number): number {
    const slots = this.slots;
    const mask = this.mask;
    const first = this.first;
    const second = this.second;
    let p = hashPair(a, b) & mask;
    for (let id = slots[p]!; id >= 0; id = slots[p]!) {
      if (first[id] === a && second[id] === b) return id;
      p = (p + 1) & mask;
    }
    const id = this.size++;
    if (id === first.length) {
      this.first = growUint32(first, id * 2);
      this.second = growUint32(second, id * 2);
    }
    this.first[id] = a;
    this.second[id] = b;
    slots[p] = id;
    if (this.size * 2 > mask) this.rehash();
    return id;
  }

  /** The pair id of `(a, b)`, or −1 if the pair was never interned. */
  get(a: number, b: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let p = hashPair(a, b) & mask;
    for (let id = slots[p]!; id >= 0; id = slots[p]!) {
      if (this.first[id] === a && this.second[id] === b) return id;
      p = (p + 1) & mask;
    }
    return -1;
  }

  private rehash(): void {
    const size = (this.mask + 1) * 2;
    const mask = size - 1;
    const slots = new Int32Array(size).fill(-1);
    const first = this.first;
    const second = this.second;
    for (let id = 0; id < this.size; id++) {
      let p = hashPair(first[id]!, second[id]!) & mask;
      while (slots[p]! >= 0) p = (p + 1) & mask;
      slots[p] = id;
    }
    this.mask = mask;
    this.slots = slots;
  }
}

/** A 32-bit hash of two uint32 ids (multiplicative mixing, then MurmurHash3's finaliser). */
function hashPair(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b ^ 0x7f4a7c15, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** @internal A copy of `array` with length `length` (≥ its length); new entries are `fill`. */
export function growFloat64(array: Float64Array, length: number, fill = 0): Float64Array<ArrayBuffer> {
  const grown = new Float64Array(length);
  grown.set(array);
  if (fill !== 0) grown.fill(fill, array.length);
  return grown;
}

/** @internal A copy of `array` with length `length` (≥ its length); new entries are 0. */
export function growUint32(array: Uint32Array, length: number): Uint32Array<ArrayBuffer> {
  const grown = new Uint32Array(length);
  grown.set(array);
  return grown;
}
