import type { Store } from '../store/index.ts';

/** One storage as a call left it: every key's size, and the values loaded (a value is never changed in place). */
export interface StorageState {
  sizes: Map<string, number>;
  values: Map<string, unknown>;
}

/** How much the cache of one store keeps: storages, and bytes of loaded values. */
const MAX_STORAGES = 10_000;
const MAX_BYTES = 32 * 2 ** 20;

/**
 * Each (mini-program, user) storage as this process last read or wrote it, for a store no other
 * process writes (`Store.exclusive`): a call then starts without a round trip for its storage.
 * Every write goes through `saveStorages` under the mini-program's storage lock, which keeps this
 * up to date; a write that fails forgets the storage. Least recently used storages go first.
 */
export class StorageCache {
  readonly #entries = new Map<string, { state: StorageState; bytes: number }>();
  readonly #limits: { storages: number; bytes: number };
  #bytes = 0;

  constructor(limits = { storages: MAX_STORAGES, bytes: MAX_BYTES }) {
    this.#limits = limits;
  }

  /** Storages kept, and the bytes of their loaded values. */
  get size(): { storages: number; bytes: number } {
    return { storages: this.#entries.size, bytes: this.#bytes };
  }

  get(appId: string, userId: string): StorageState | undefined {
    const key = cacheKey(appId, userId);
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.state;
  }

  set(appId: string, userId: string, state: StorageState): void {
    this.forget(appId, userId);
    let bytes = 0;
    for (const key of state.values.keys()) bytes += state.sizes.get(key) ?? 0;
    this.#entries.set(cacheKey(appId, userId), { state, bytes });
    this.#bytes += bytes;
    for (const [key, oldest] of this.#entries) {
      if (this.#entries.size <= this.#limits.storages && this.#bytes <= this.#limits.bytes) break;
      this.#entries.delete(key);
      this.#bytes -= oldest.bytes;
    }
  }

  forget(appId: string, userId: string): void {
    const key = cacheKey(appId, userId);
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#bytes -= entry.bytes;
  }
}

const caches = new WeakMap<Store, StorageCache>();

/** The store's storage cache; undefined when other processes write the store too. */
export function storageCacheOf(store: Store): StorageCache | undefined {
  if (!store.exclusive) return undefined;
  let cache = caches.get(store);
  if (!cache) caches.set(store, (cache = new StorageCache()));
  return cache;
}

function cacheKey(appId: string, userId: string): string {
  return `${appId}\u0000${userId}`;
}
