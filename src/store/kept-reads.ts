import type { Store } from './store.ts';
import { storeMemory } from './store-memory.ts';

export interface KeptReadsOptions {
  /** Values kept at most (all are dropped when full). */
  max: number;
  /** How long a value is believed; without it, until a change here drops it. */
  ttlMs?: number;
}

/**
 * Values read from a store this process alone writes (see `Store.exclusive`), kept until a
 * change made through `change` drops them; a read that began before a change is not kept
 * after it. On a shared store nothing is kept: every read reads.
 */
export class KeptReads<V> {
  readonly #exclusive: boolean;
  readonly #options: KeptReadsOptions;
  readonly #values = new Map<string, { value: V; until: number }>();
  #changes = 0;

  constructor(exclusive: boolean, options: KeptReadsOptions) {
    this.#exclusive = exclusive;
    this.#options = options;
  }

  /** The kept value of `key`, else what `load` reads (kept when `keep` says so). */
  async read(key: string, load: () => Promise<V>, keep: (value: V) => boolean = () => true): Promise<V> {
    const kept = this.#values.get(key);
    if (kept && kept.until > performance.now()) return kept.value;
    const changes = this.#changes;
    const value = await load();
    if (this.#exclusive && changes === this.#changes && keep(value)) {
      if (this.#values.size >= this.#options.max) this.#values.clear();
      this.#values.set(key, { value, until: performance.now() + (this.#options.ttlMs ?? Infinity) });
    }
    return value;
  }

  /** Runs a write; the values `keys` name (all, without keys) are read afresh after it. */
  async change<T>(keys: readonly string[] | undefined, write: () => Promise<T>): Promise<T> {
    this.#drop(keys);
    try {
      return await write();
    } finally {
      this.#drop(keys);
    }
  }

  #drop(keys: readonly string[] | undefined): void {
    this.#changes++;
    if (!keys) this.#values.clear();
    else for (const key of keys) this.#values.delete(key);
  }
}

/** The process's `KeptReads` of one kind for a store, shared by every instance reading it. */
export function keptReads<V>(store: Store, name: string, options: KeptReadsOptions): KeptReads<V> {
  return storeMemory(store, name, () => new KeptReads<V>(store.exclusive, options));
}
