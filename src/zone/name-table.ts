// The zone model's index of names: name key -> value, in insertion order, read like a Map.
//
// Written by hand instead of using a Map because a Map was the largest single cost of building the model of a
// big zone: a million fresh string keys took ~0.7 s (the table regrows and rehashes through the key strings,
// scattered over the heap). Here the hashes live in a typed array beside the slots, so regrowing touches no
// string, and a probe compares a stored hash before it looks at a key. Measured on 1.1 M names: about half a
// Map's time.

import { HASH_SEED, hashStep } from './hash.js';

export class NameTable<V extends { readonly key: string }> implements ReadonlyMap<string, V> {
  /** Values in insertion order (read-only for callers: loops over it allocate no iterator results). */
  readonly list: V[] = [];
  /**
   * Open addressing with linear probing, two int32 per slot: the key's hash, then its insertion index + 1 (0:
   * empty). Side by side so that a probe reads one cache line, and a miss touches no value and no string.
   */
  private slots: Int32Array;
  /** Slot count - 1 (a power of two minus one). */
  private mask: number;

  /** @param seed of the hash: random per process unless given (tests give one to make known collisions). */
  constructor(
    expected = 16,
    private readonly seed = HASH_SEED,
  ) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.slots = new Int32Array(cap * 2);
    this.mask = cap - 1;
  }

  get size(): number {
    return this.list.length;
  }

  get(key: string): V | undefined {
    const h = hashOf(key, this.seed);
    const { slots, list, mask } = this;
    let s = h & mask;
    for (; ; s = (s + 1) & mask) {
      const e = slots[2 * s + 1]!;
      if (e === 0) break;
      if (slots[2 * s] === h && list[e - 1]!.key === key) return list[e - 1];
    }
    // Remembered for add(): a miss is usually followed by adding the key, at this very slot.
    this.missKey = key;
    this.missHash = h;
    this.missSlot = s;
    return undefined;
  }

  private missKey: string | undefined = undefined;
  private missHash = 0;
  private missSlot = 0;

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** Add a value whose key is not in the table yet (callers look it up first). */
  add(value: V): void {
    const index = this.list.length;
    this.list.push(value);
    if ((index + 1) * 2 > this.mask + 1) this.grow();
    else if (this.missKey === value.key) {
      // The slot get() found empty for this key: no second hash, no second probe.
      this.slots[2 * this.missSlot] = this.missHash;
      this.slots[2 * this.missSlot + 1] = index + 1;
      this.missKey = undefined;
      return;
    }
    this.missKey = undefined;
    place(this.slots, this.mask, hashOf(value.key, this.seed), index + 1);
  }

  private grow(): void {
    const old = this.slots;
    const mask = (this.mask + 1) * 2 - 1;
    const slots = new Int32Array((mask + 1) * 2);
    // Rehash from the stored hashes: no key string is read.
    for (let s = 0; s < old.length; s += 2) if (old[s + 1] !== 0) place(slots, mask, old[s]!, old[s + 1]!);
    this.slots = slots;
    this.mask = mask;
  }

  values(): IterableIterator<V> {
    return this.list.values();
  }

  *keys(): IterableIterator<string> {
    for (const v of this.list) yield v.key;
  }

  *entries(): IterableIterator<[string, V]> {
    for (const v of this.list) yield [v.key, v];
  }

  [Symbol.iterator](): IterableIterator<[string, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const v of this.list) callback(v, v.key, this);
  }
}

function place(slots: Int32Array, mask: number, h: number, entry: number): void {
  let s = h & mask;
  while (slots[2 * s + 1] !== 0) s = (s + 1) & mask;
  slots[2 * s] = h;
  slots[2 * s + 1] = entry;
}

/** The key's hash, with the high bits folded in (the table indexes by the low bits). */
function hashOf(key: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < key.length; i++) h = hashStep(h, key.charCodeAt(i));
  return h ^ (h >>> 15);
}
