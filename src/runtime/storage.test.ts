import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMemoryStore, type Store } from '../store/index.ts';
import { CallStorage, loadStorages, PREFETCH_VALUE_BYTES, saveStorages, STORAGE_LIMIT_BYTES } from './storage.ts';

describe('a call\'s storage', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openMemoryStore();
    const seeded = new CallStorage([]);
    seeded.set('small', { n: 1 });
    seeded.set('large', 'z'.repeat(500 * 1024));
    seeded.set('medium', 'm'.repeat(PREFETCH_VALUE_BYTES)); // with its key and quotes, just over the size read with the keys
    await saveStorages(store, 'app', [['u1', seeded]]);
  });
  afterAll(() => store.close());

  it('knows every key and its size, reads small values with them, and loads a large one only when read', async () => {
    const { user } = await loadStorages(store, 'app', 'u1');
    expect(user.info().keys.sort()).toEqual(['large', 'medium', 'small']);
    expect(user.info().currentSize).toBeGreaterThanOrEqual(500);
    expect(user.loadedKeys).toEqual(['small']);
    expect(user.snapshot()).toEqual({ keys: expect.arrayContaining(['large', 'medium', 'small']), sizes: { large: expect.any(Number), medium: expect.any(Number), small: expect.any(Number) }, values: { small: { n: 1 } } });
    expect(user.get('small')).toEqual({ n: 1 });
    expect(await user.get('large')).toHaveLength(500 * 1024);
    expect(user.loadedKeys.sort()).toEqual(['large', 'small']);
    await expect(user.get('medium')).resolves.toHaveLength(PREFETCH_VALUE_BYTES);
    expect(user.get('missing')).toBe('');
  });

  it('refuses a write past 1 MB a key or 10 MB in all, as WeChat does, and keeps what was there', () => {
    const storage = new CallStorage([]);
    expect(() => storage.set('k', 'x'.repeat(1024 * 1024))).toThrow('setStorageSync:fail exceed storage max size');
    const chunk = 'x'.repeat(1000 * 1024);
    for (let i = 0; i < 10; i++) storage.set(`k${i}`, chunk);
    expect(() => storage.set('k10', chunk)).toThrow('setStorageSync:fail exceed storage max size');
    storage.set('k0', 'small now'); // replacing a key frees its old size
    storage.set('k10', chunk);
    expect(storage.info().currentSize * 1024).toBeLessThanOrEqual(STORAGE_LIMIT_BYTES);
    expect(storage.info().keys).toHaveLength(11);
  });
});

describe('a call\'s storage, as the mini-program sees it', () => {
  const MB = 1024 * 1024;

  it('hands out and keeps copies: changing a value read or written does not change what is stored', () => {
    const storage = new CallStorage([['cart', { items: ['latte'] }]]);
    const read = storage.get('cart') as { items: string[] };
    read.items.push('mocha');
    expect(storage.get('cart')).toEqual({ items: ['latte'] });
    const written = { items: ['tea'] };
    storage.set('cart', written);
    written.items.push('cake');
    expect(storage.get('cart')).toEqual({ items: ['tea'] });
    storage.set('nothing', undefined);
    expect(storage.get('nothing')).toBeNull(); // as JSON keeps it
  });

  it('counts values read from the store toward the quota, as getStorageInfoSync reports it', () => {
    const read = new CallStorage([['big', 'x'.repeat(900 * 1024)], ['n', 1]]);
    expect(read.info().currentSize).toBe(Math.ceil(('big'.length + 900 * 1024 + 2 + 'n'.length + 1) / 1024));
    read.set('more', 'y'.repeat(1000 * 1024));
    expect(() => { for (let i = 0; i < 9; i++) read.set(`k${i}`, 'z'.repeat(1000 * 1024)); }).toThrow('exceed'); // 10 MB with what was read
  });

  it('refuses an empty or non-string key and stores nothing', () => {
    const storage = new CallStorage([]);
    expect(() => storage.set('', 1)).toThrow();
    expect(() => storage.set(7 as unknown as string, 1)).toThrow();
    expect(storage.info().keys).toEqual([]);
    expect(storage.changed).toBe(false);
  });

  it('allows a key of exactly 1 MB (key and JSON value, in bytes) and 10 MB in all, not a byte more', () => {
    const storage = new CallStorage([]);
    storage.set('k', 'x'.repeat(MB - 3)); // 'k' + '"…"'
    expect(() => storage.set('k', 'x'.repeat(MB - 2))).toThrow('exceed storage max size');
    expect(() => storage.set('k', '中'.repeat((MB - 3) / 3 + 1))).toThrow('exceed storage max size'); // 3 bytes a character
    expect(storage.get('k')).toHaveLength(MB - 3); // the refused writes left it as it was
    for (let i = 1; i < 10; i++) storage.set(`k${i}`, 'x'.repeat(MB - 4));
    expect(storage.info()).toEqual({ keys: ['k', ...Array.from({ length: 9 }, (_, i) => `k${i + 1}`)], currentSize: 10 * 1024, limitSize: 10 * 1024 });
    expect(() => storage.set('one', 1)).toThrow('exceed storage max size');
    storage.remove('k9');
    storage.set('one', 1);
    expect(storage.info().currentSize).toBe(9 * 1024 + 1); // 9 MB and 6 bytes, rounded up
  });

  it('reports what changed: values to write and keys to delete, nothing for a read', () => {
    const storage = new CallStorage([['a', 1], ['b', 2], ['c', 3]]);
    storage.get('a');
    expect(storage.changed).toBe(false);
    expect(storage.changes()).toEqual([]);
    storage.apply([['a', 10, false], ['b', null, true]]);
    expect(storage.changed).toBe(true);
    expect(storage.changes()).toEqual([['a', 10], ['b', undefined]]);
    expect(() => storage.apply([['d', 'x'.repeat(MB), false]])).toThrow('exceed storage max size'); // a thread's writes are checked again
    storage.clear();
    expect(storage.info()).toMatchObject({ keys: [], currentSize: 0 });
    expect(storage.changes().sort()).toEqual([['a', undefined], ['b', undefined], ['c', undefined]]);
    storage.set('e', 5);
    expect(storage.info().currentSize).toBe(1);
  });

  it('stands for the whole storage only when read with every key, and restores a state with the rest loaded when read', async () => {
    expect(new CallStorage([['a', 1]]).whole).toBe(false);
    expect(new CallStorage([], { sizes: [], value: async () => '' }).whole).toBe(true);
    expect(new CallStorage([['a', 1]], undefined, { whole: true }).whole).toBe(true);

    const asked: string[] = [];
    const restored = CallStorage.restore({ sizes: new Map([['a', 3], ['big', 5000]]), values: new Map([['a', 1]]) },
      async (key) => (asked.push(key), `loaded ${key}`));
    expect(restored.whole).toBe(true);
    expect(restored.get('a')).toBe(1);
    expect(await restored.get('big')).toBe('loaded big');
    expect(await restored.get('big')).toBe('loaded big'); // held once loaded
    expect(asked).toEqual(['big']);
    expect(restored.state()).toEqual({ sizes: new Map([['a', 3], ['big', 5000]]), values: new Map<string, unknown>([['a', 1], ['big', 'loaded big']]) });
    expect(restored.info().currentSize).toBe(Math.ceil(5003 / 1024));
    expect(restored.changed).toBe(false);
  });
});
