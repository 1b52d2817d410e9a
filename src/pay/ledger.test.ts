import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentOsError } from '../core/index.ts';
import { storeVariants, type Store } from '../store/index.ts';
import { accountId, ensureAccounts, listAccounts, postTransaction, type Posting } from './ledger.ts';

/** The ledger refuses to make or lose money: every transaction balances, every account exists. */
for (const variant of storeVariants()) {
  describe(`the ledger on ${variant.name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    const at = new Date('2026-11-20T10:00:00+08:00');
    let n = 0;
    const post = (postings: Posting[]) =>
      store.transaction((tx) => postTransaction(tx, { id: `txn-${++n}`, kind: 'fund', reason: 'test', at, postings }));
    const balances = async () => Object.fromEntries((await listAccounts(store)).map((a) => [a.id, a.balanceFen]));
    const transactions = async () => Number((await store.query<{ n: number }>('SELECT count(*)::int AS n FROM ledger_transactions'))[0]?.n);

    beforeAll(async () => {
      ({ store, dispose } = await variant.open());
      await store.transaction((tx) => ensureAccounts(tx, [
        { id: accountId.funding, kind: 'funding', owner: 'world', name: 'top-ups' },
        { id: accountId.wallet('alice'), kind: 'wallet', owner: 'alice', name: 'alice' },
        { id: accountId.merchant('coffee'), kind: 'merchant', owner: 'coffee', name: '咖啡' },
      ], at));
      await post([{ accountId: accountId.funding, fen: -1000 }, { accountId: accountId.wallet('alice'), fen: 1000 }]);
    });
    afterAll(() => dispose());

    it('moves a wallet by exactly its entries, and a merchant by the sum of its own', async () => {
      await post([{ accountId: accountId.wallet('alice'), fen: -300 }, { accountId: accountId.merchant('coffee'), fen: 300 }, { accountId: 'operator', fen: 0 }]);
      expect(await balances()).toEqual({ funding: -1000, 'wallet:alice': 700, 'merchant:coffee': 300 });
      expect(await listAccounts(store, 'wallet')).toEqual([{ id: 'wallet:alice', kind: 'wallet', owner: 'alice', name: 'alice', balanceFen: 700 }]);
    });

    it('makes no money from nothing: an unbalanced or fractional transaction writes nothing', async () => {
      const before = [await balances(), await transactions()];
      const refused: Posting[][] = [
        [{ accountId: accountId.funding, fen: -100 }, { accountId: accountId.wallet('alice'), fen: 101 }],
        [{ accountId: accountId.wallet('alice'), fen: 50 }],
        [{ accountId: accountId.funding, fen: -0.5 }, { accountId: accountId.wallet('alice'), fen: 0.5 }],
        // balanced, but one part of a fen among whole ones
        [{ accountId: accountId.funding, fen: -100.5 }, { accountId: accountId.wallet('alice'), fen: 100 }, { accountId: accountId.merchant('coffee'), fen: 0.5 }],
      ];
      // the operator is told what is wrong and where, in both languages
      for (const postings of refused) {
        await expect(post(postings), JSON.stringify(postings)).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringMatching(/unbalanced ledger transaction txn-\d+ .*账目不平/), details: { where: 'ledger.postTransaction' } });
      }
      expect([await balances(), await transactions()]).toEqual(before);
    });

    it('sends no money to an account that does not exist, and drives no wallet below zero', async () => {
      const before = [await balances(), await transactions()];
      const missing = { code: 'INTERNAL', message: expect.stringMatching(/does not exist .*账户不存在/), details: { where: 'ledger.postTransaction' } };
      await expect(post([{ accountId: accountId.wallet('alice'), fen: -100 }, { accountId: 'merchant:nowhere', fen: 100 }])).rejects.toMatchObject(missing);
      await expect(post([{ accountId: accountId.funding, fen: -100 }, { accountId: 'wallet:nobody', fen: 100 }])).rejects.toMatchObject(missing);
      await expect(post([{ accountId: accountId.wallet('alice'), fen: -701 }, { accountId: accountId.merchant('coffee'), fen: 701 }])).rejects.toThrow();
      expect([await balances(), await transactions()]).toEqual(before);
    });

    it('moves every wallet a transaction names, two of them as one', async () => {
      await store.transaction((tx) => ensureAccounts(tx, [{ id: accountId.wallet('bo'), kind: 'wallet', owner: 'bo', name: 'bo' }], at));
      const before = await balances();
      await post([{ accountId: accountId.wallet('alice'), fen: -40 }, { accountId: accountId.wallet('bo'), fen: 40 }]);
      const after = await balances();
      expect([after['wallet:alice']! - before['wallet:alice']!, after['wallet:bo']]).toEqual([-40, 40]);
    });

    it('keeps with each transaction the request it answers: its idempotency key and why', async () => {
      await store.transaction((tx) => postTransaction(tx, { id: 'txn-keyed', kind: 'fund', idempotencyKey: 'top-up-7', reason: 'top-up', at,
        postings: [{ accountId: accountId.funding, fen: -5 }, { accountId: accountId.wallet('alice'), fen: 5 }] }));
      const [row] = await store.query<{ idempotency_key: string | null; order_id: string | null; reason: string }>('SELECT idempotency_key, order_id, reason FROM ledger_transactions WHERE id = $1', ['txn-keyed']);
      expect(row).toEqual({ idempotency_key: 'top-up-7', order_id: null, reason: 'top-up' });
    });

    it('opens an account once however often it is asked, and says which call opened it', async () => {
      const entrance = { id: accountId.entrance('web'), kind: 'entrance' as const, owner: 'web', name: 'web' };
      expect(await store.transaction((tx) => ensureAccounts(tx, [entrance, { id: accountId.operator, kind: 'operator', owner: 'operator', name: 'AgentOS operator' }], at)))
        .toEqual(['entrance:web', 'operator']);
      expect(await store.transaction((tx) => ensureAccounts(tx, [entrance], at))).toEqual([]);
      expect(await store.transaction((tx) => ensureAccounts(tx, [], at))).toEqual([]);
      expect((await balances())['entrance:web']).toBe(0);
    });
  });
}
