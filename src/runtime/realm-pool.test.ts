import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SandboxLimits } from './types.ts';

/** A realm whose state a test sets: poisoned (the sandbox let it go), busy (a call runs), stalled (its thread is held up). */
interface FakeRealm {
  id: number;
  owner: string;
  poisoned: boolean;
  busy: boolean;
  stalled: boolean;
  disposed: number;
  run(): never;
  invoke(): never;
  dispose(): void;
}

const created: FakeRealm[] = [];
const createRealm = vi.fn(async (_limits: SandboxLimits, owner: string, _placement?: string): Promise<FakeRealm> => {
  const realm: FakeRealm = {
    id: created.length, owner, poisoned: false, busy: false, stalled: false, disposed: 0,
    run: () => { throw new Error('not in this test'); },
    invoke: () => { throw new Error('not in this test'); },
    dispose() { this.disposed++; },
  };
  created.push(realm);
  return realm;
});
vi.mock('./sandbox/realm.ts', () => ({ createRealm: (...args: Parameters<typeof createRealm>) => createRealm(...args) }));

const { RealmPool } = await import('./realm-pool.ts');
const limits = { memoryBytes: 1 } as unknown as SandboxLimits;
const ready = async () => undefined;
const get = (pool: InstanceType<typeof RealmPool>, key: string, owner = 'wx_a') => pool.get(key, owner, ready) as unknown as Promise<FakeRealm>;

beforeEach(() => {
  created.length = 0;
  createRealm.mockClear();
});

describe('which realm a call runs in', () => {
  it('reuses the warm realm of the same mini-program version and user, initialised once', async () => {
    const pool = new RealmPool(limits);
    const init = vi.fn(ready);
    const first = await pool.get('wx_a@1:alice', 'wx_a', init);
    expect(await pool.get('wx_a@1:alice', 'wx_a', init)).toBe(first);
    expect(init).toHaveBeenCalledTimes(1);
    expect(init).toHaveBeenCalledWith(first);
    expect(pool.size).toBe(1);
  });

  it('never hands one key’s realm to another: another user or mini-program gets its own', async () => {
    const pool = new RealmPool(limits);
    const alice = await get(pool, 'wx_a@1:alice');
    const bob = await get(pool, 'wx_a@1:bob');
    const other = await get(pool, 'wx_b@1:alice', 'wx_b');
    expect(new Set([alice, bob, other]).size).toBe(3);
    expect(other.owner).toBe('wx_b');
    expect(pool.size).toBe(3);
  });

  it('creates the realm with the pool’s limits, the owner and the placement', async () => {
    await get(new RealmPool(limits, 4, 'in-process'), 'k', 'wx_owner');
    expect(createRealm).toHaveBeenCalledWith(limits, 'wx_owner', 'in-process');
    await get(new RealmPool(limits), 'k');
    expect(createRealm).toHaveBeenLastCalledWith(limits, 'wx_a', 'threads');
  });

  it('two calls at once for a new key share one realm being made', async () => {
    const pool = new RealmPool(limits);
    const [a, b] = await Promise.all([get(pool, 'k'), get(pool, 'k')]);
    expect(a).toBe(b);
    expect(createRealm).toHaveBeenCalledTimes(1);
  });

  it('replaces a realm the sandbox let go (poisoned), disposing it', async () => {
    const pool = new RealmPool(limits);
    const old = await get(pool, 'k');
    old.poisoned = true;
    const fresh = await get(pool, 'k');
    expect(fresh).not.toBe(old);
    expect(old.disposed).toBe(1);
    expect(pool.size).toBe(1);
    expect(await get(pool, 'k')).toBe(fresh);
  });

  it('leaves an idle realm on a held-up thread for a fresh one, but keeps one whose own call holds it', async () => {
    const pool = new RealmPool(limits);
    const held = await get(pool, 'k');
    held.stalled = true;
    held.busy = true;
    expect(await get(pool, 'k')).toBe(held);
    held.busy = false;
    const fresh = await get(pool, 'k');
    expect(fresh).not.toBe(held);
    expect(held.disposed).toBe(1);
    const busyOnly = await get(pool, 'j');
    busyOnly.busy = true;
    expect(await get(pool, 'j')).toBe(busyOnly);
  });

  it('disposes a realm whose initialisation failed, and tries afresh on the next call', async () => {
    const pool = new RealmPool(limits);
    await expect(pool.get('k', 'wx_a', async () => { throw new Error('app.js threw'); })).rejects.toThrow('app.js threw');
    expect(created[0]!.disposed).toBe(1);
    await Promise.resolve();
    expect(pool.size).toBe(0);
    const next = await get(pool, 'k');
    expect(next).not.toBe(created[0]);
    expect(next.disposed).toBe(0);
  });

  it('a call that waited on a realm which then could not be made gets a fresh one, not the failure', async () => {
    const pool = new RealmPool(limits);
    createRealm.mockRejectedValueOnce(new Error('no thread'));
    const first = get(pool, 'k');
    const second = get(pool, 'k');
    await expect(first).rejects.toThrow('no thread');
    expect((await second).poisoned).toBe(false);
    expect(createRealm).toHaveBeenCalledTimes(2);
  });

  it('tries afresh after the realm could not be made at all', async () => {
    const pool = new RealmPool(limits);
    createRealm.mockRejectedValueOnce(new Error('no thread'));
    await expect(get(pool, 'k')).rejects.toThrow('no thread');
    expect((await get(pool, 'k')).poisoned).toBe(false);
    expect(createRealm).toHaveBeenCalledTimes(2);
  });
});

describe('how many realms stay warm', () => {
  it('drops the least recently used idle realm beyond the maximum', async () => {
    const pool = new RealmPool(limits, 2);
    const a = await get(pool, 'a');
    const b = await get(pool, 'b');
    await get(pool, 'a'); // a is now the most recently used
    const c = await get(pool, 'c');
    expect(pool.size).toBe(2);
    expect(b.disposed).toBe(1);
    expect(a.disposed).toBe(0);
    expect(c.disposed).toBe(0);
    expect(await get(pool, 'a')).toBe(a);
    expect(await get(pool, 'c')).toBe(c);
  });

  it('keeps exactly the maximum', async () => {
    const pool = new RealmPool(limits, 2);
    const a = await get(pool, 'a');
    await get(pool, 'b');
    expect(pool.size).toBe(2);
    expect(a.disposed).toBe(0);
  });

  it('never drops a realm in the middle of a call to make room', async () => {
    const pool = new RealmPool(limits, 1);
    const a = await get(pool, 'a');
    a.busy = true;
    const b = await get(pool, 'b');
    expect(a.disposed).toBe(0);
    expect(pool.size).toBe(2);
    a.busy = false;
    await get(pool, 'c');
    expect(a.disposed).toBe(1);
    expect(b.disposed).toBe(1);
    expect(pool.size).toBe(1);
  });

  it('forgets poisoned realms when another is made, even under the maximum', async () => {
    const pool = new RealmPool(limits);
    const a = await get(pool, 'a');
    a.poisoned = true;
    await get(pool, 'b');
    expect(a.disposed).toBe(1);
    expect(pool.size).toBe(1);
  });
});

describe('drop and dispose', () => {
  it('drop disposes the realm and forgets it, so the next call gets a fresh one', async () => {
    const pool = new RealmPool(limits);
    const a = await get(pool, 'a');
    pool.drop('a', a);
    expect(a.disposed).toBe(1);
    expect(pool.size).toBe(0);
    expect(await get(pool, 'a')).not.toBe(a);
  });

  it('dropping an old realm of a key does not forget the key’s newer one', async () => {
    const pool = new RealmPool(limits);
    const old = await get(pool, 'a');
    old.poisoned = true;
    const fresh = await get(pool, 'a');
    pool.drop('a', old);
    expect(pool.size).toBe(1);
    expect(await get(pool, 'a')).toBe(fresh);
    expect(fresh.disposed).toBe(0);
  });

  it('dispose disposes every realm and forgets them all', async () => {
    const pool = new RealmPool(limits);
    const a = await get(pool, 'a');
    const b = await get(pool, 'b');
    pool.dispose();
    expect(pool.size).toBe(0);
    await new Promise((resolve) => setImmediate(resolve));
    expect([a.disposed, b.disposed]).toEqual([1, 1]);
    expect(await get(pool, 'a')).not.toBe(a);
  });

  it('dispose survives a realm that could not be made', async () => {
    const pool = new RealmPool(limits);
    createRealm.mockRejectedValueOnce(new Error('no thread'));
    const failed = get(pool, 'a').catch(() => undefined);
    pool.dispose();
    await failed;
    expect(pool.size).toBe(0);
  });
});
