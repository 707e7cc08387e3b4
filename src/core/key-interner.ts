/**
 * Interns node keys to dense ids while streaming: an open-addressing hash table (FNV-1a hash,
 * linear probing, load ≤ 1/2) over typed arrays.
 *
 * A `Map<string, number>` must hash every freshly parsed string in V8's runtime; on a million-row
 * edge list (two fresh id strings per row) this table is about twice as fast, and it stores
 * only an `Int32Array` of slots and an `Int32Array` of hashes next to the key list.
 *
 * @internal
 * @module
 */

/** @internal String → dense id, in order of first appearance. */
export class KeyInterner {
  /** Keys by id. */
  readonly keys: string[] = [];
  private mask = 1023;
  private slots = new Int32Array(1024).fill(-1);
  private hashes = new Int32Array(512);

  /** Number of keys. */
  get size(): number {
    return this.keys.length;
  }

  /** The id of `key`, assigning the next id to a new key. */
  intern(key: string): number {
    const h = hash(key);
    const slots = this.slots;
    const mask = this.mask;
    let p = h & mask;
    for (let id = slots[p]!; id >= 0; id = slots[p]!) {
      if (this.hashes[id] === h && this.keys[id] === key) return id;
      p = (p + 1) & mask;
    }
    const id = this.keys.length;
    this.keys.push(key);
    if (id === this.hashes.length) {
      const grown = new Int32Array(id * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[id] = h;
    slots[p] = id;
    if (this.keys.length * 2 > mask) this.grow();
    return id;
  }

  /** The id of `key`, or −1 if it was never interned. */
  get(key: string): number {
    const h = hash(key);
    const slots = this.slots;
    let p = h & this.mask;
    for (let id = slots[p]!; id >= 0; id = slots[p]!) {
      if (this.hashes[id] === h && this.keys[id] === key) return id;
      p = (p + 1) & this.mask;
    }
    return -1;
  }

  /** A `Map` from key to id, for lookups after streaming. */
  toMap(): Map<string, number> {
    const map = new Map<string, number>();
    const keys = this.keys;
    for (let id = 0; id < keys.length; id++) map.set(keys[id]!, id);
    return map;
  }

  private grow(): void {
    const size = (this.mask + 1) * 2;
    const mask = size - 1;
    const slots = new Int32Array(size).fill(-1);
    const hashes = this.hashes;
    for (let id = 0; id < this.keys.length; id++) {
      let p = hashes[id]! & mask;
      while (slots[p]! >= 0) p = (p + 1) & mask;
      slots[p] = id;
    }
    this.mask = mask;
    this.slots = slots;
  }
}

/** FNV-1a over UTF-16 code units. */
function hash(key: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h;
}
