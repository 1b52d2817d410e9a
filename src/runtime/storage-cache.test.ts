import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMemoryStore, type PgliteStore, type Store } from '../store/index.ts';
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
