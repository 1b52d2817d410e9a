import type { Sql, Store } from '../store/index.ts';

/** The user id under which a mini-program's shared (all-users) storage is kept. */
export const SHARED_STORAGE_USER = '';

/** A mini-program's storage for one call: loaded before it, written back after it succeeds. */
export class CallStorage {
  readonly #values: Map<string, unknown>;
  readonly #dirty = new Set<string>();

  constructor(entries: Iterable<[string, unknown]>) {
    this.#values = new Map(entries);
  }

  get(key: string): unknown {
    const value = this.#values.get(key);
    return value === undefined ? '' : structuredClone(value); // WeChat returns '' for a missing key
  }

  set(key: string, value: unknown): void {
    if (typeof key !== 'string' || key === '') throw new Error('storage key must be a non-empty string');
    this.#values.set(key, structuredClone(value));
    this.#dirty.add(key);
  }

  remove(key: string): void {
    this.#values.delete(key);
    this.#dirty.add(key);
  }

  clear(): void {
    for (const key of this.#values.keys()) this.#dirty.add(key);
    this.#values.clear();
  }

  info(): { keys: string[]; currentSize: number; limitSize: number } {
    const keys = [...this.#values.keys()];
    const bytes = keys.reduce((n, k) => n + k.length + JSON.stringify(this.#values.get(k)).length, 0);
    return { keys, currentSize: Math.ceil(bytes / 1024), limitSize: 10240 };
  }

  get changed(): boolean {
    return this.#dirty.size > 0;
  }

  /** The changed keys: a value to upsert, or undefined to delete. */
  changes(): [string, unknown][] {
    return [...this.#dirty].map((k) => [k, this.#values.get(k)]);
  }
}

export async function loadStorage(store: Store, appId: string, userId: string): Promise<CallStorage> {
  return (await loadStorages(store, appId, userId)).user;
}

/** The user's and the app's shared storage in one round trip. */
export async function loadStorages(store: Store, appId: string, userId: string): Promise<{ user: CallStorage; shared: CallStorage }> {
  const rows = await store.query<{ user_id: string; key: string; value: unknown }>(
    'SELECT user_id, key, value FROM app_storage WHERE app_id = $1 AND user_id IN ($2, $3)',
    [appId, userId, SHARED_STORAGE_USER],
  );
  const pick = (id: string) => new CallStorage(rows.filter((r) => r.user_id === id).map((r) => [r.key, r.value]));
  return { user: pick(userId), shared: userId === SHARED_STORAGE_USER ? new CallStorage([]) : pick(SHARED_STORAGE_USER) };
}

export async function writeStorage(tx: Sql, appId: string, userId: string, storage: CallStorage): Promise<void> {
  for (const [key, value] of storage.changes()) {
    if (value === undefined) {
      await tx.query('DELETE FROM app_storage WHERE app_id = $1 AND user_id = $2 AND key = $3', [appId, userId, key]);
    } else {
      await tx.query(
        `INSERT INTO app_storage (app_id, user_id, key, value) VALUES ($1, $2, $3, $4)
         ON CONFLICT (app_id, user_id, key) DO UPDATE SET value = EXCLUDED.value`,
        [appId, userId, key, JSON.stringify(value)],
      );
    }
  }
}
