import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../core/index.ts';
import { openMemoryStore, type Store } from '../store/index.ts';
import { AgentClients } from './index.ts';

describe('agent clients', () => {
  let store: Store;
  let clients: AgentClients;
  beforeAll(async () => {
    store = await openMemoryStore();
    clients = new AgentClients({ store, clock: fixedClock('2026-11-20T10:00:00+08:00') });
  });
  afterAll(() => store.close());

  it('keeps only a hash of the key, refuses a second one for a live name, and re-issues after a revoke', async () => {
    const { key } = await clients.add('phone');
    expect(JSON.stringify(await store.query('SELECT * FROM agent_clients'))).not.toContain(key.slice(6));
    expect(await clients.authenticate(key)).toMatchObject({ name: 'phone', revoked: false });
    await expect(clients.add('phone')).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await clients.revoke('phone')).toBe(true);
    expect(await clients.authenticate(key)).toBeUndefined();
    const renewed = await clients.add('phone');
    expect(await clients.authenticate(renewed.key)).toMatchObject({ name: 'phone' });
    expect(await clients.authenticate(key)).toBeUndefined(); // the old key stays dead
    expect(await clients.authenticate(renewed.key.replace('aos_c_', 'aos_t_'))).toBeUndefined(); // not another kind's secret
  });

  it('believes a live key without a statement where the store is this process\'s, and a revoke ends that at once', async () => {
    let statements = 0;
    const counted = Object.assign(Object.create(store) as Store, {
      query: (text: string, params?: readonly unknown[]) => (statements++, store.query(text, params)),
    });
    const local = new AgentClients({ store: counted, clock: fixedClock('2026-11-20T10:00:00+08:00') });
    const { key } = await local.add('watch');
    expect(await local.authenticate(key)).toMatchObject({ name: 'watch' });
    const before = statements;
    expect(await local.authenticate(key)).toMatchObject({ name: 'watch' });
    expect(statements).toBe(before);
    const [answer] = await Promise.all([local.authenticate(key), local.revoke('watch')]);
    expect(answer).toMatchObject({ name: 'watch' }); // asked before the revoke
    expect(await local.authenticate(key)).toBeUndefined();
  });

  it('names clients so they fit in user ids and ledger accounts', async () => {
    for (const bad of ['', 'Phone', 'a:b', 'x'.repeat(33), '-lead']) await expect(clients.add(bad)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
