/**
 * Results of a pure function of a string key, kept until `limit` of them are held (then all are
 * dropped and kept afresh): for work that depends only on its key — a result's names, a catalog's
 * words — and comes back with the same key turn after turn. A value is shared by every caller
 * that asks for its key, so it must not be changed.
 */
export class BoundedMemo<V> {
  readonly #limit: number;
  readonly #values = new Map<string, V>();

  constructor(limit: number) {
    this.#limit = limit;
  }

  /** The value kept for `key`, or `make()`'s, kept. */
  get(key: string, make: () => V): V {
    const kept = this.#values.get(key);
    if (kept !== undefined || this.#values.has(key)) return kept as V;
    const value = make();
    if (this.#values.size >= this.#limit) this.#values.clear();
    this.#values.set(key, value);
    return value;
  }
}
