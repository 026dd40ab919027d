/**
 * A value made once per object (a lexicon, mostly) and kept weakly, with the one asked last at
 * hand: the extractors ask per token, and comparing with the last key is much cheaper than a
 * weak-map look-up (one lexicon is used for a whole build).
 */
export class WeakMemo<K extends object, V> {
  private readonly all = new WeakMap<K, V>();
  private lastKey: K | undefined;
  private lastValue: V | undefined;

  constructor(private readonly make: (key: K) => V) {}

  get(key: K): V {
    if (key === this.lastKey) return this.lastValue as V;
    let value = this.all.get(key);
    if (value === undefined) {
      value = this.make(key);
      this.all.set(key, value);
    }
    this.lastKey = key;
    this.lastValue = value;
    return value;
  }
}
