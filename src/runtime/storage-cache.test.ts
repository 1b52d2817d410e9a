import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMemoryStore, type PgliteStore, type Store } from '../store/index.ts';
import { StorageCache, type StorageState } from './storage-cache.ts';
import { CallStorage, loadStorages, saveStorages } from './storage.ts';

/** The store as the runtime sees it, counting the statements that reach it. */
function counting(store: Store, exclusive: boolean): Store & { statements: number; failing: boolean } {
  const counted = Object.create(store) as Store & { statements: number; failing: boolean };
  Object.assign(counted, {
    exclusive,
    statements: 0,
    failing: false,
    query: (text: string, params?: readonly unknown[]) => (counted.statements++, counted.failing ? Promise.reject(new Error('disk full')) : store.query(text, params)),
    transaction: <T>(fn: Parameters<Store['transaction']>[0]) => (counted.statements++, store.transaction(fn) as Promise<T>),
  });
  return counted;
}

describe('storages kept by the process that alone writes the store', () => {
  let base: PgliteStore;
  beforeAll(async () => {
    base = await openMemoryStore();
  });
  afterAll(() => base.close());

  it('starts the next call from what the last one left, without reading the store, and sees every write', async () => {
    const store = counting(base, true);
    const first = await loadStorages(store, 'cafe', 'u1');
    first.user.set('cart', { items: ['latte'] });
    first.shared.set('visits', 1);
    await saveStorages(store, 'cafe', [['u1', first.user], ['', first.shared]]);
    const before = store.statements;
    const second = await loadStorages(store, 'cafe', 'u1');
    expect(store.statements).toBe(before);
    expect(second.user.get('cart')).toEqual({ items: ['latte'] });
    expect(second.shared.get('visits')).toBe(1);
    second.user.remove('cart');
    await saveStorages(store, 'cafe', [['u1', second.user], ['', second.shared]]);
    const third = await loadStorages(store, 'cafe', 'u1');
    expect(third.user.get('cart')).toBe('');
    // the store itself holds the same
    const fresh = await loadStorages(counting(base, false), 'cafe', 'u1');
    expect(fresh.user.info().keys).toEqual([]);
    expect(fresh.shared.get('visits')).toBe(1);
  });

  it('reads the store again after a write that knew only some keys (data brought in), and after a failed write', async () => {
    const store = counting(base, true);
    const first = await loadStorages(store, 'cafe', 'u2');
    first.user.set('a', 1);
    await saveStorages(store, 'cafe', [['u2', first.user]]);
    const seeded = new CallStorage([]);
    seeded.set('b', 2);
    await saveStorages(store, 'cafe', [['u2', seeded]]);
    const after = await loadStorages(store, 'cafe', 'u2');
    expect(after.user.get('a')).toBe(1);
    expect(after.user.get('b')).toBe(2);

    const loaded = await loadStorages(store, 'cafe', 'u2');
    loaded.user.set('c', 3);
    store.failing = true;
    await expect(saveStorages(store, 'cafe', [['u2', loaded.user]])).rejects.toThrow('disk full');
    store.failing = false;
    const statements = store.statements;
    expect((await loadStorages(store, 'cafe', 'u2')).user.get('c')).toBe('');
    expect(store.statements).toBe(statements + 1);
  });

  it('always reads the store when other processes write it too', async () => {
    const store = counting(base, false);
    await loadStorages(store, 'cafe', 'u3');
    await loadStorages(store, 'cafe', 'u3');
    expect(store.statements).toBe(2);
  });
});

describe('what the storage cache keeps', () => {
  const state = (values: Record<string, number>, unloaded: Record<string, number> = {}): StorageState => ({
    sizes: new Map([...Object.entries(values), ...Object.entries(unloaded)]),
    values: new Map(Object.keys(values).map((k) => [k, k])),
  });

  it('counts only loaded values, and lets the least recently used storages go past its limits', () => {
    const cache = new StorageCache({ storages: 2, bytes: 100 });
    cache.set('app', 'a', state({ k: 40 }, { big: 5000 }));
    expect(cache.size).toEqual({ storages: 1, bytes: 40 });
    cache.set('app', 'b', state({ k: 40 }));
    expect(cache.get('app', 'a')).toBeDefined(); // a is now the most recently used
    cache.set('app', 'c', state({ k: 10 }));
    expect(cache.get('app', 'b')).toBeUndefined(); // over two storages: b, the least recently used, went
    expect(cache.size).toEqual({ storages: 2, bytes: 50 });
    cache.set('app', 'd', state({ k: 70 }));
    expect(cache.get('app', 'a')).toBeUndefined(); // three storages and 120 bytes: a, the oldest, went, and that was enough
    expect(cache.get('app', 'c')).toBeDefined();
    expect(cache.size).toEqual({ storages: 2, bytes: 80 });
    cache.set('app', 'e', state({ k: 95 }));
    expect(cache.size).toEqual({ storages: 1, bytes: 95 }); // c and d both had to go for 95 bytes to fit
  });

  it('replaces a storage and forgets one without counting its bytes twice', () => {
    const cache = new StorageCache({ storages: 10, bytes: 100 });
    cache.set('app', 'a', state({ k: 60 }));
    cache.set('app', 'a', state({ k: 30 }));
    expect(cache.size).toEqual({ storages: 1, bytes: 30 });
    cache.forget('app', 'a');
    cache.forget('app', 'a');
    expect(cache.size).toEqual({ storages: 0, bytes: 0 });
  });
});
