import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../migrate.ts';
import type { Store } from '../store.ts';
import { storeVariants } from '../test-variants.ts';
import { MIGRATIONS } from './index.ts';

const ORDER = `INSERT INTO orders (id, app_id, user_id, title, amount_fen, refunded_fen, lines, status, created_at)
  VALUES ($1, 'coffee', 'mei', '拿铁', $2, $3, '[]', $4, '2026-11-20T10:00:00+08:00')`;
const CARD = `INSERT INTO confirmations (id, token_hash, user_id, session_id, kind, app_id, order_id, amount_fen, args_hash, summary, status, created_at, expires_at)
  VALUES ($1, 'h', 'mei', 's1', $2, 'coffee', $3, $4, 'h', '{}', $5, '2026-11-20T10:00:00+08:00', '2026-11-20T10:10:00+08:00')`;
const ACCOUNT = `INSERT INTO ledger_accounts (id, kind, owner, balance_fen, created_at) VALUES ($1, $2, 'o', $3, '2026-11-20T10:00:00+08:00')`;

/** Rows each old CHECK refused (one per check, and a NULL where a check lets it pass), with the rows they let in. */
const refused: Array<[string, unknown[]]> = [
  [ORDER, ['o-zero', 0, 0, 'created']], [ORDER, ['o-over', 100, 101, 'paid']], [ORDER, ['o-neg', 100, -1, 'paid']], [ORDER, ['o-status', 100, 0, 'lost']],
  [CARD, ['c-kind', 'gift', null, null, 'pending']], [CARD, ['c-amount', 'payment', 'o1', 0, 'pending']], [CARD, ['c-status', 'action', null, null, 'maybe']],
  [CARD, ['c-unbound', 'payment', null, 100, 'pending']], [CARD, ['c-no-amount', 'payment', 'o1', null, 'pending']],
  [ACCOUNT, ['a-kind', 'bank', null]], [ACCOUNT, ['a-below', 'wallet', -1]], [ACCOUNT, ['a-no-balance', 'wallet', null]], [ACCOUNT, ['a-merchant-balance', 'merchant', 5]],
];
const allowed: Array<[string, unknown[]]> = [
  [ORDER, ['o-ok', 100, 100, 'refunded']], [CARD, ['c-action', 'action', null, null, 'pending']], [CARD, ['c-payment', 'payment', 'o-ok', 100, 'redeemed']],
  [ACCOUNT, ['a-wallet', 'wallet', 0]], [ACCOUNT, ['a-merchant', 'merchant', null]],
];

for (const variant of storeVariants()) {
  describe(`migration 14 (one CHECK per table a payment writes) on ${variant.name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    beforeAll(async () => {
      ({ store, dispose } = await variant.open({ migrations: MIGRATIONS.filter((m) => m.version < 14) }));
      await store.query(ORDER, ['o-old', 2100, 0, 'paid']);
      await store.query(ACCOUNT, ['wallet:mei', 'wallet', 100]);
      expect(await migrate(store, MIGRATIONS.filter((m) => m.version <= 14))).toEqual([14]);
    });
    afterAll(() => dispose());

    it('leaves one CHECK on each of orders, confirmations and ledger accounts, over the rows written before', async () => {
      const checks = await store.query<{ table: string; n: number }>(
        `SELECT conrelid::regclass::text AS table, count(*)::int AS n FROM pg_constraint
         WHERE contype = 'c' AND conrelid::regclass::text IN ('orders', 'confirmations', 'ledger_accounts') GROUP BY 1 ORDER BY 1`);
      expect(checks).toEqual([{ table: 'confirmations', n: 1 }, { table: 'ledger_accounts', n: 1 }, { table: 'orders', n: 1 }]);
      expect(await store.query('SELECT id FROM orders')).toEqual([{ id: 'o-old' }]);
    });

    it('refuses every row one of the old checks refused, and only those', async () => {
      for (const [text, params] of refused) {
        const error = await store.query(text, params).then(() => undefined, (caught: unknown) => caught);
        expect((error as { code?: string } | undefined)?.code, String(params[0])).toBe('23514');
      }
      for (const [text, params] of allowed) await store.query(text, params);
      await expect(store.query(`UPDATE ledger_accounts SET balance_fen = balance_fen - 101 WHERE id = 'wallet:mei'`)).rejects.toMatchObject({ code: '23514' });
    });
  });
}
