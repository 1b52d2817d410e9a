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
    expect(user.snapshot()).toEqual({ keys: expect.arrayContaining(['large', 'medium', 'small']), values: { small: { n: 1 } } });
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
