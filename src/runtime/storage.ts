import type { Sql, Store } from '../store/index.ts';
import type { StorageSnapshot } from './sandbox/host-bridge.ts';
import { storageCacheOf, type StorageState } from './storage-cache.ts';

/** The user id under which a mini-program's shared (all-users) storage is kept. */
export const SHARED_STORAGE_USER = '';
/** WeChat's limits: 10 MB per mini-program per user, 1 MB per key (key and JSON value, in UTF-8 bytes). */
export const STORAGE_LIMIT_BYTES = 10 * 1024 * 1024;
export const STORAGE_KEY_LIMIT_BYTES = 1024 * 1024;
/** The quota as a sandbox thread checks it. */
export const STORAGE_LIMITS = { total: STORAGE_LIMIT_BYTES, perKey: STORAGE_KEY_LIMIT_BYTES };
const EXCEEDED = 'setStorageSync:fail exceed storage max size';

type Loader = (key: string) => Promise<unknown>;

/**
 * A mini-program's storage for one call: the keys and their sizes are known from the start;
 * a value is loaded when the call first reads it (a read-only call never loads what it does not
 * read); what changed is written back after the call succeeds. Writes past WeChat's quota fail
 * as WeChat's do.
 */
export class CallStorage {
  readonly #values = new Map<string, unknown>();
  readonly #sizes = new Map<string, number>();
  readonly #dirty = new Set<string>();
  readonly #load: Loader | undefined;
  #total = 0;
  /** True when it was read with every key of the storage: then its state may stand for the storage's. */
  readonly whole: boolean;

  /**
   * With loaded `entries`; or, with `load`, only the keys and sizes in `entries` (values fetched
   * when read). `whole`: these are all the storage's keys (a storage read from the store).
   */
  constructor(entries: Iterable<[string, unknown]>, load?: { sizes: Iterable<[string, number]>; value: Loader }, { whole = load !== undefined } = {}) {
    for (const [k, v] of entries) {
      this.#values.set(k, v);
      // Stryker disable next-line StringLiteral: equivalent: a value read from the store is JSON, never undefined, so the fallback is not reached
      this.#size(k, entrySize(k, JSON.stringify(v) ?? 'null'));
    }
    if (load) for (const [k, size] of load.sizes) this.#size(k, size);
    this.#load = load?.value;
    this.whole = whole;
  }

  /** A storage as an earlier call left it (`state`), its other values loaded when read. */
  static restore(state: StorageState, value: Loader): CallStorage {
    const storage = new CallStorage([], { sizes: state.sizes, value });
    for (const [k, v] of state.values) storage.#values.set(k, v);
    return storage;
  }

  /** Every key's size and the values loaded: what `restore` starts from. */
  state(): StorageState {
    return { sizes: new Map(this.#sizes), values: new Map(this.#values) };
  }

  /** The value (a copy), '' for a missing key as WeChat returns; a promise when it must be loaded first. */
  get(key: string): unknown {
    if (!this.#sizes.has(key)) return '';
    if (this.#values.has(key)) return structuredClone(this.#values.get(key));
    // Stryker disable next-line all: unreachable: without a loader every key with a size has its value (constructor, set, remove, clear keep both maps together)
    if (!this.#load) return '';
    return this.#load(key).then((value) => {
      if (!this.#values.has(key) && this.#sizes.has(key)) this.#values.set(key, value);
      return structuredClone(this.#values.get(key));
    });
  }

  set(key: string, value: unknown): void {
    // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent: a non-string key is refused by Buffer.byteLength below all the same (the host passes String(key)); the message's wording
    if (typeof key !== 'string' || key === '') throw new Error('storage key must be a non-empty string');
    const json = JSON.stringify(value) ?? 'null';
    const size = entrySize(key, json);
    if (size > STORAGE_KEY_LIMIT_BYTES || this.#total - (this.#sizes.get(key) ?? 0) + size > STORAGE_LIMIT_BYTES) throw new Error(EXCEEDED);
    this.#values.set(key, JSON.parse(json) as unknown);
    this.#size(key, size);
    this.#dirty.add(key);
  }

  remove(key: string): void {
    this.#values.delete(key);
    this.#size(key, undefined);
    this.#dirty.add(key);
  }

  clear(): void {
    for (const key of this.#sizes.keys()) this.#dirty.add(key);
    this.#values.clear();
    this.#sizes.clear();
    this.#total = 0;
  }

  /** What `wx.getStorageInfoSync` reports: every key, and the true size in KB. */
  info(): { keys: string[]; currentSize: number; limitSize: number } {
    return { keys: [...this.#sizes.keys()], currentSize: Math.ceil(this.#total / 1024), limitSize: STORAGE_LIMIT_BYTES / 1024 };
  }

  /** Keys whose values were loaded (for tests of lazy loading). */
  get loadedKeys(): string[] {
    return [...this.#values.keys()];
  }

  /** Every key with its size, and the values loaded so far: what a sandbox thread keeps the call's storage from. */
  snapshot(): StorageSnapshot {
    return { keys: [...this.#sizes.keys()], sizes: Object.fromEntries(this.#sizes), values: Object.fromEntries(this.#values) };
  }

  /** Takes what a sandbox thread changed (`StorageChanges`): the same writes, checked again. */
  apply(changes: [key: string, value: unknown, removed: boolean][]): void {
    for (const [key, value, removed] of changes) {
      if (removed) this.remove(key);
      else this.set(key, value);
    }
  }

  get changed(): boolean {
    return this.#dirty.size > 0;
  }

  /** The changed keys: a value to upsert, or undefined to delete. */
  changes(): [string, unknown][] {
    // Stryker disable next-line ConditionalExpression: a key without a size has no value either (remove and clear drop both), so the value read is undefined all the same
    return [...this.#dirty].map((k) => [k, this.#sizes.has(k) ? this.#values.get(k) : undefined]);
  }

  #size(key: string, size: number | undefined): void {
    this.#total -= this.#sizes.get(key) ?? 0;
    if (size === undefined) {
      this.#sizes.delete(key);
      return;
    }
    this.#sizes.set(key, size);
    this.#total += size;
  }
}

function entrySize(key: string, json: string): number {
  return Buffer.byteLength(key) + Buffer.byteLength(json);
}

export async function loadStorage(store: Store, appId: string, userId: string): Promise<CallStorage> {
  return (await loadStorages(store, appId, userId)).user;
}

/** Values of at most this many bytes each are read with the keys: most calls then read nothing more. */
export const PREFETCH_VALUE_BYTES = 1024;

/**
 * The user's and the app's shared storage in one round trip: every key and its size (kept by
 * the database), and the values of the small ones (`PREFETCH_VALUE_BYTES`); a larger value is
 * read from the store when the call first asks for it. What a call loads is bounded by what
 * the app keeps: the storage quota caps it, as it caps a call that reads every key. On a store
 * this process alone writes, storages it has read or written come from its cache, no round trip.
 */
export async function loadStorages(store: Store, appId: string, userId: string): Promise<{ user: CallStorage; shared: CallStorage }> {
  const cache = storageCacheOf(store);
  const restore = (id: string) => {
    const state = cache?.get(appId, id);
    return state && CallStorage.restore(state, (key) => readStorageValue(store, appId, id, key));
  };
  const [cachedUser, cachedShared] = [restore(userId), userId === SHARED_STORAGE_USER ? new CallStorage([]) : restore(SHARED_STORAGE_USER)];
  if (cachedUser && cachedShared) return { user: cachedUser, shared: cachedShared };
  const rows = await store.query<{ user_id: string; key: string; size: number; loaded: boolean; value: unknown }>(
    `SELECT user_id, key, size, size <= $4 AS loaded, CASE WHEN size <= $4 THEN value END AS value
     FROM app_storage WHERE app_id = $1 AND user_id IN ($2, $3)`,
    [appId, userId, SHARED_STORAGE_USER, PREFETCH_VALUE_BYTES],
  );
  const pick = (id: string) => {
    const own = rows.filter((r) => r.user_id === id);
    const storage = new CallStorage(own.filter((r) => r.loaded).map((r) => [r.key, r.value]), {
      sizes: own.map((r) => [r.key, Number(r.size)]),
      value: (key) => readStorageValue(store, appId, id, key),
    });
    cache?.set(appId, id, storage.state());
    return storage;
  };
  return { user: pick(userId), shared: userId === SHARED_STORAGE_USER ? new CallStorage([]) : pick(SHARED_STORAGE_USER) };
}

/** Every value at once: for a realm on the hub's own thread (the benchmark's comparison), which cannot wait for a load. */
export async function loadStoragesEagerly(store: Store, appId: string, userId: string): Promise<{ user: CallStorage; shared: CallStorage }> {
  const rows = await store.query<{ user_id: string; key: string; value: unknown }>(
    'SELECT user_id, key, value FROM app_storage WHERE app_id = $1 AND user_id IN ($2, $3)',
    [appId, userId, SHARED_STORAGE_USER],
  );
  const pick = (id: string) => new CallStorage(rows.filter((r) => r.user_id === id).map((r) => [r.key, r.value]), undefined, { whole: true });
  return { user: pick(userId), shared: userId === SHARED_STORAGE_USER ? new CallStorage([]) : pick(SHARED_STORAGE_USER) };
}

/** One stored value ('' when it went missing meanwhile, as for a key never set). */
export async function readStorageValue(store: Store, appId: string, userId: string, key: string): Promise<unknown> {
  const rows = await store.query<{ value: unknown }>('SELECT value FROM app_storage WHERE app_id = $1 AND user_id = $2 AND key = $3', [appId, userId, key]);
  return rows.length ? rows[0]!.value : '';
}

/**
 * Writes back what a call changed in several storages (the user's and the app's shared one):
 * upserts alone (the usual case) in one statement, atomic on its own, so an interaction that
 * saves its state costs one round trip; with removals, one transaction. On a store this process
 * alone writes, the storages as they now are stay in its cache (`storage-cache.ts`).
 */
export async function saveStorages(store: Store, appId: string, storages: [userId: string, storage: CallStorage][]): Promise<void> {
  const cache = storageCacheOf(store);
  try {
    await writeStorages(store, appId, storages);
  } catch (error) {
    for (const [userId] of storages) cache?.forget(appId, userId);
    throw error;
  }
  for (const [userId, storage] of storages) {
    if (storage.whole) cache?.set(appId, userId, storage.state());
    else cache?.forget(appId, userId); // it knew only some keys: the store has the rest
  }
}

async function writeStorages(store: Store, appId: string, storages: [userId: string, storage: CallStorage][]): Promise<void> {
  const upserts: unknown[] = [];
  const removals: [string, string][] = [];
  for (const [userId, storage] of storages) {
    for (const [key, value] of storage.changes()) {
      if (value === undefined) removals.push([userId, key]);
      else upserts.push(userId, key, JSON.stringify(value));
    }
  }
  // Stryker disable next-line ConditionalExpression: without this early return nothing is sent either (no upserts: no statement; no removals: no transaction)
  if (!upserts.length && !removals.length) return;
  const upsert = (sql: Sql) => upserts.length
    ? sql.query(
      `INSERT INTO app_storage (app_id, user_id, key, value) VALUES ${Array.from({ length: upserts.length / 3 }, (_, i) => `($1, $${i * 3 + 2}, $${i * 3 + 3}, $${i * 3 + 4})`).join(', ')}
       ON CONFLICT (app_id, user_id, key) DO UPDATE SET value = EXCLUDED.value`,
      [appId, ...upserts],
    )
    : Promise.resolve([]);
  if (!removals.length) {
    await upsert(store);
    return;
  }
  await store.transaction(async (tx) => {
    for (const [userId, key] of removals) await tx.query('DELETE FROM app_storage WHERE app_id = $1 AND user_id = $2 AND key = $3', [appId, userId, key]);
    await upsert(tx);
  });
}
