import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMemoryStore, type PgliteStore } from '../store/index.ts';
import { CallStorage, loadStorage, loadStorages, loadStoragesEagerly, readStorageValue, saveStorages, SHARED_STORAGE_USER } from './storage.ts';

/** What the store holds for (app, user), read past every cache. */
async function stored(store: PgliteStore, appId: string, userId: string): Promise<Record<string, unknown>> {
  const rows = await store.query<{ key: string; value: unknown }>(
    'SELECT key, value FROM app_storage WHERE app_id = $1 AND user_id = $2 ORDER BY key', [appId, userId]);
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

describe('a call\'s storage written back and read again', () => {
  let store: PgliteStore;
  beforeAll(async () => {
    store = await openMemoryStore();
  });
  afterAll(() => store.close());

  it('writes many keys of several users in one go, each under its own user and mini-program', async () => {
    const alice = new CallStorage([]);
    alice.set('cart', { items: ['latte', 'mocha'] });
    alice.set('seat', '12A');
    alice.set('count', 3);
    const shared = new CallStorage([]);
    shared.set('menu', ['latte']);
    const bob = new CallStorage([]);
    bob.set('cart', { items: [] });
    await saveStorages(store, 'cafe', [['alice', alice], [SHARED_STORAGE_USER, shared], ['bob', bob]]);
    expect(await stored(store, 'cafe', 'alice')).toEqual({ cart: { items: ['latte', 'mocha'] }, count: 3, seat: '12A' });
    expect(await stored(store, 'cafe', 'bob')).toEqual({ cart: { items: [] } });
    expect(await stored(store, 'cafe', SHARED_STORAGE_USER)).toEqual({ menu: ['latte'] });
    expect(await stored(store, 'rail', 'alice')).toEqual({});

    const { user, shared: appShared } = await loadStorages(store, 'cafe', 'alice');
    expect(user.get('cart')).toEqual({ items: ['latte', 'mocha'] });
    expect(appShared.get('menu')).toEqual(['latte']);
    expect(appShared.get('cart')).toBe(''); // alice's keys are not the app's
    expect((await loadStorage(store, 'cafe', 'bob')).get('seat')).toBe(''); // nor bob's
    expect((await loadStorage(store, 'rail', 'alice')).info().keys).toEqual([]); // nor another mini-program's
  });

  it('replaces a value, removes a key and clears a storage of one user, leaving the others', async () => {
    const alice = await loadStorage(store, 'cafe', 'alice');
    alice.set('seat', '1A');
    alice.remove('count');
    const bob = await loadStorage(store, 'cafe', 'bob');
    bob.clear();
    await saveStorages(store, 'cafe', [['alice', alice], ['bob', bob]]);
    expect(await stored(store, 'cafe', 'alice')).toEqual({ cart: { items: ['latte', 'mocha'] }, seat: '1A' });
    expect(await stored(store, 'cafe', 'bob')).toEqual({});
    expect(await stored(store, 'cafe', SHARED_STORAGE_USER)).toEqual({ menu: ['latte'] });

    const removedOnly = await loadStorage(store, 'cafe', 'alice');
    removedOnly.remove('seat');
    removedOnly.remove('cart');
    await saveStorages(store, 'cafe', [['alice', removedOnly]]);
    expect(await stored(store, 'cafe', 'alice')).toEqual({});
  });

  it('writes nothing for a call that changed nothing', async () => {
    const before = await stored(store, 'cafe', SHARED_STORAGE_USER);
    const untouched = await loadStorage(store, 'cafe', SHARED_STORAGE_USER);
    expect(untouched.changed).toBe(false);
    let statements = 0;
    const watched = Object.assign(Object.create(store) as PgliteStore, {
      query: (...args: Parameters<PgliteStore['query']>) => (statements++, store.query(...args)),
      transaction: (...args: Parameters<PgliteStore['transaction']>) => (statements++, store.transaction(...args)),
    });
    await saveStorages(watched, 'cafe', [[SHARED_STORAGE_USER, untouched]]);
    expect(statements).toBe(0);
    expect(await stored(store, 'cafe', SHARED_STORAGE_USER)).toEqual(before);
  });

  it('reads the shared storage as the user\'s own when the call has no user, and every value at once when asked', async () => {
    const big = new CallStorage([]);
    big.set('poster', 'p'.repeat(4096));
    big.set('open', true);
    await saveStorages(store, 'shop', [[SHARED_STORAGE_USER, big], ['carol', (() => { const s = new CallStorage([]); s.set('n', 1); return s; })()]]);
    const anonymous = await loadStorages(store, 'shop', SHARED_STORAGE_USER);
    expect(anonymous.user.get('open')).toBe(true);
    expect(anonymous.shared.info().keys).toEqual([]);
    const cached = await loadStorages(store, 'shop', SHARED_STORAGE_USER); // now from this process's cache
    expect(cached.user.get('open')).toBe(true);
    expect(cached.shared.info().keys).toEqual([]); // not the same storage a second time, which the call would write twice

    const eager = await loadStoragesEagerly(store, 'shop', 'carol');
    expect(eager.user.get('n')).toBe(1);
    expect(eager.user.get('poster')).toBe('');
    expect(eager.shared.get('poster')).toHaveLength(4096); // loaded with the keys, no promise
    expect(eager.shared.whole).toBe(true);
    const eagerAnonymous = await loadStoragesEagerly(store, 'shop', SHARED_STORAGE_USER);
    expect(eagerAnonymous.user.get('open')).toBe(true);
    expect(eagerAnonymous.shared.info().keys).toEqual([]);
  });

  it('on a store other processes write too, keeps nothing in a cache: each call reads what the store has', async () => {
    const sharedStore = { kind: store.kind, exclusive: false, query: store.query.bind(store), transaction: store.transaction.bind(store) } as unknown as PgliteStore;
    const first = new CallStorage([]);
    first.set('seat', '3C');
    await saveStorages(sharedStore, 'rail', [['dave', first]]);
    // another process changes it behind this one's back: the next call must see that, not a kept copy
    await store.query("UPDATE app_storage SET value = '\"4D\"' WHERE app_id = 'rail' AND user_id = 'dave' AND key = 'seat'");
    const { user } = await loadStorages(sharedStore, 'rail', 'dave');
    expect(user.get('seat')).toBe('4D');
    user.set('seat', '5E');
    await saveStorages(sharedStore, 'rail', [['dave', user]]);
    expect(await stored(store, 'rail', 'dave')).toEqual({ seat: '5E' });
  });

  it('a write that fails reports the store\'s own error, and nothing is stored', async () => {
    const failing = { kind: store.kind, exclusive: false, query: async () => { throw new Error('connection lost'); }, transaction: async () => { throw new Error('connection lost'); } } as unknown as PgliteStore;
    const lost = new CallStorage([]);
    lost.set('seat', '9Z');
    await expect(saveStorages(failing, 'rail', [['dave', lost]])).rejects.toThrow('connection lost');
    expect(await stored(store, 'rail', 'dave')).toEqual({ seat: '5E' });
  });

  it('reads one stored value, and \'\' for a key that is not there', async () => {
    expect(await readStorageValue(store, 'shop', SHARED_STORAGE_USER, 'open')).toBe(true);
    expect(await readStorageValue(store, 'shop', SHARED_STORAGE_USER, 'gone')).toBe('');
    expect(await readStorageValue(store, 'shop', 'carol', 'open')).toBe('');
  });

  it('loads a large value once, even when it was removed in the call before it arrived', async () => {
    const { shared } = await loadStorages(store, 'shop', 'carol');
    const pending = shared.get('poster') as Promise<string>;
    shared.remove('poster'); // removed meanwhile: the late value is not brought back
    await pending;
    expect(shared.loadedKeys).not.toContain('poster');
    expect(shared.get('poster')).toBe('');

    const again = (await loadStorages(store, 'shop', 'carol')).shared;
    const read = again.get('poster') as Promise<string>;
    again.set('poster', 'new'); // written meanwhile: the newer value wins
    expect(await read).toBe('new');
    expect(again.get('poster')).toBe('new');
  });
});
