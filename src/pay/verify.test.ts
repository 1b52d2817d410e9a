import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { storeVariants, type Store } from '../store/index.ts';
import { formatYuan, type LedgerProblem, type PayService } from './index.ts';
import { confirmedPayment, manualClock, payAndTrust } from './test-support.ts';

/**
 * Each of `verify()`'s invariants, shown a ledger broken in exactly that way (and no other):
 * an operator relies on `pay verify` to notice money that moved wrongly, so every check must
 * fire on its own breakage.
 */
for (const variant of storeVariants()) {
  describe(`ledger verification on ${variant.name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let pay: PayService;
    let orderId: string;
    let captureTx: string;
    let named: LedgerProblem[] = [];

    beforeAll(async () => {
      ({ store, dispose } = await variant.open());
      const services = payAndTrust(store, manualClock());
      pay = services.pay;
      await pay.ensureMerchant('coffee', '咖啡');
      await pay.ensureWallet('alice', 100_00);
      const { order } = await confirmedPayment(pay, services.trust, { userId: 'alice', sessionId: 's1', amountFen: 2100, key: 'v-1' });
      orderId = order.orderId;
      const [capture] = await store.query<{ id: string }>(`SELECT id FROM ledger_transactions WHERE order_id = $1 AND kind = 'capture'`, [orderId]);
      captureTx = capture!.id;
    });
    afterAll(() => dispose());

    /** Applies `tamper`, returns the problems verify names, then undoes it. */
    async function problemsAfter(tamper: string[], undo: string[]): Promise<string[]> {
      for (const sql of tamper) await store.query(sql);
      try {
        const result = await pay.verify();
        expect(result.ok).toBe(result.problems.length === 0);
        // the operator reads which order or account is wrong, in either language
        for (const p of result.problems) for (const text of [p.message.zh, p.message.en]) expect(text).toContain(p.subject);
        named = result.problems;
        return result.problems.map((p) => `${p.check}:${p.subject}`).sort();
      } finally {
        for (const sql of undo) await store.query(sql);
      }
    }

    beforeEach(async () => {
      expect(await pay.verify()).toMatchObject({ ok: true, problems: [] });
    });

    it('counts what it checked, so an operator sees the ledger was read at all', async () => {
      const { counts } = await pay.verify();
      expect(counts.capturedOrders).toBe(1);
      expect(counts.transactions).toBeGreaterThanOrEqual(2); // the wallet's funding and the capture
      expect(counts.entries).toBeGreaterThanOrEqual(2 * counts.transactions);
      expect(counts.accounts).toBeGreaterThanOrEqual(3); // the outside world, the wallet, the merchant
    });

    it('names a transaction whose entries do not sum to zero (money made from nothing)', async () => {
      const problems = await problemsAfter(
        [`INSERT INTO ledger_entries (transaction_id, account_id, amount_fen, order_id) VALUES ('${captureTx}', 'merchant:coffee', 500, 'forged')`],
        [`DELETE FROM ledger_entries WHERE order_id = 'forged'`]);
      expect(problems).toEqual([`unbalanced-transaction:${captureTx}`]);
    });

    it('names entries copied with their own ids (what the primary key refused before migration 15), one or a whole balanced transaction', async () => {
      const copies = (where: string) => [`INSERT INTO ledger_entries SELECT * FROM ledger_entries WHERE transaction_id = '${captureTx}'${where}`];
      const undo = [`DELETE FROM ledger_entries a USING ledger_entries b WHERE a.transaction_id = '${captureTx}' AND a.id = b.id AND a.ctid > b.ctid`];
      expect(await problemsAfter(copies(` AND account_id = 'merchant:coffee'`), undo)).toEqual([`unbalanced-transaction:${captureTx}`]);
      expect(await problemsAfter(copies(''), undo)).toEqual(['balance-mismatch:wallet:alice', `capture-amount:${orderId}`]);
    });

    it('names an account that entries post to but that does not exist (money sent nowhere)', async () => {
      const problems = await problemsAfter([
        `INSERT INTO ledger_transactions (id, kind, reason, created_at) VALUES ('tx_nowhere', 'fund', 'nowhere', now())`,
        `INSERT INTO ledger_entries (transaction_id, account_id, amount_fen) VALUES ('tx_nowhere', 'merchant:ghost', 700), ('tx_nowhere', 'funding', -700)`,
      ], [`DELETE FROM ledger_entries WHERE transaction_id = 'tx_nowhere'`, `DELETE FROM ledger_transactions WHERE id = 'tx_nowhere'`]);
      expect(problems).toEqual(['unknown-account:merchant:ghost']);
    });

    it('names entries whose transaction does not exist (money moved under no transaction)', async () => {
      const problems = await problemsAfter(
        [`INSERT INTO ledger_entries (transaction_id, account_id, amount_fen) VALUES ('tx_ghost', 'merchant:coffee', 300), ('tx_ghost', 'wallet:alice', -300)`],
        [`DELETE FROM ledger_entries WHERE transaction_id = 'tx_ghost'`]);
      // the wallet's stored balance no longer matches its entries either: both are named
      expect(problems).toEqual(['balance-mismatch:wallet:alice', 'unknown-transaction:tx_ghost']);
      expect(named.find((p) => p.check === 'unknown-transaction')?.message.en).toBe('2 entries belong to transaction tx_ghost, which does not exist');
    });

    it('names a transaction for an order that does not exist', async () => {
      const problems = await problemsAfter(
        [`INSERT INTO ledger_transactions (id, kind, order_id, reason, created_at) VALUES ('tx_orphan', 'refund', 'ord_gone', 'orphan', now())`],
        [`DELETE FROM ledger_transactions WHERE id = 'tx_orphan'`]);
      expect(problems).toEqual(['unknown-order:tx_orphan']);
      expect(named[0]?.message.zh).toBe('交易 tx_orphan 记在不存在的订单 ord_gone 上');
    });

    it('keeps every account: deleting one or changing its id is refused, so no entry loses its account', async () => {
      for (const sql of [`DELETE FROM ledger_accounts WHERE id = 'merchant:coffee'`, `UPDATE ledger_accounts SET id = 'merchant:other' WHERE id = 'merchant:coffee'`]) {
        await expect(store.query(sql)).rejects.toMatchObject({ code: '42501' });
      }
      expect((await pay.listAccounts('merchant')).map((a) => a.id)).toContain('merchant:coffee');
    });

    it('names an account driven below zero by a balanced transaction', async () => {
      const problems = await problemsAfter([
        `INSERT INTO ledger_transactions (id, kind, reason, created_at) VALUES ('tx_drain', 'fund', 'drain', now())`,
        `INSERT INTO ledger_entries (transaction_id, account_id, amount_fen) VALUES ('tx_drain', 'merchant:coffee', -99900), ('tx_drain', 'funding', 99900)`,
      ], [`DELETE FROM ledger_entries WHERE transaction_id = 'tx_drain'`, `DELETE FROM ledger_transactions WHERE id = 'tx_drain'`]);
      expect(problems).toEqual(['negative-balance:merchant:coffee']);
    });

    it('names a capture that charged the wallet a different amount from the order', async () => {
      const problems = await problemsAfter([
        `UPDATE ledger_entries SET amount_fen = amount_fen + 100 WHERE transaction_id = '${captureTx}' AND account_id = 'wallet:alice'`,
        `UPDATE ledger_entries SET amount_fen = amount_fen - 100 WHERE transaction_id = '${captureTx}' AND account_id = 'merchant:coffee'`,
        `UPDATE ledger_accounts SET balance_fen = balance_fen + 100 WHERE id = 'wallet:alice'`,
      ], [
        `UPDATE ledger_entries SET amount_fen = amount_fen - 100 WHERE transaction_id = '${captureTx}' AND account_id = 'wallet:alice'`,
        `UPDATE ledger_entries SET amount_fen = amount_fen + 100 WHERE transaction_id = '${captureTx}' AND account_id = 'merchant:coffee'`,
        `UPDATE ledger_accounts SET balance_fen = balance_fen - 100 WHERE id = 'wallet:alice'`,
      ]);
      expect(problems).toEqual([`capture-amount:${orderId}`]);
      for (const text of [named[0]?.message.zh, named[0]?.message.en]) expect(text).toMatch(new RegExp(`${formatYuan(2000)}.*${formatYuan(2100)}`));
    });

    it('names money returned to the payer beyond the refunds the order records', async () => {
      const problems = await problemsAfter([
        `INSERT INTO ledger_transactions (id, kind, order_id, reason, created_at) VALUES ('tx_refund', 'refund', '${orderId}', 'forged', now())`,
        `INSERT INTO ledger_entries (transaction_id, account_id, amount_fen, order_id) VALUES ('tx_refund', 'wallet:alice', 1000, '${orderId}'), ('tx_refund', 'merchant:coffee', -1000, '${orderId}')`,
        `UPDATE ledger_accounts SET balance_fen = balance_fen + 1000 WHERE id = 'wallet:alice'`,
      ], [
        `DELETE FROM ledger_entries WHERE transaction_id = 'tx_refund'`, `DELETE FROM ledger_transactions WHERE id = 'tx_refund'`,
        `UPDATE ledger_accounts SET balance_fen = balance_fen - 1000 WHERE id = 'wallet:alice'`,
      ]);
      expect(problems).toEqual([`refund-total:${orderId}`]);
    });

    it('names a refund recorded on the order that never reached the payer', async () => {
      const problems = await problemsAfter(
        [`UPDATE orders SET refunded_fen = 700, status = 'partially_refunded' WHERE id = '${orderId}'`],
        [`UPDATE orders SET refunded_fen = 0, status = 'paid' WHERE id = '${orderId}'`]);
      expect(problems).toEqual([`refund-total:${orderId}`]);
    });

    it('names a wallet whose stored balance differs from the sum of its entries (money edited in place)', async () => {
      const problems = await problemsAfter(
        [`UPDATE ledger_accounts SET balance_fen = balance_fen + 500 WHERE id = 'wallet:alice'`],
        [`UPDATE ledger_accounts SET balance_fen = balance_fen - 500 WHERE id = 'wallet:alice'`]);
      expect(problems).toEqual(['balance-mismatch:wallet:alice']);
      for (const text of [named[0]?.message.zh, named[0]?.message.en]) expect(text).toMatch(new RegExp(`${formatYuan(100_00 - 2100 + 500)}.*${formatYuan(100_00 - 2100)}`));
    });

    it('names a capture whose confirmation was for another amount, and the confirmation\'s state', async () => {
      const problems = await problemsAfter(
        [`UPDATE confirmations SET amount_fen = amount_fen - 1 WHERE order_id = '${orderId}'`],
        [`UPDATE confirmations SET amount_fen = amount_fen + 1 WHERE order_id = '${orderId}'`]);
      expect(problems).toEqual([`unconfirmed-capture:${orderId}`]);
      expect(named[0]?.message.en).toContain('(redeemed)');
    });

    it('names a capture with no confirmation at all', async () => {
      const [order] = await store.query<{ confirmation_id: string }>('SELECT confirmation_id FROM orders WHERE id = $1', [orderId]);
      const problems = await problemsAfter(
        [`UPDATE orders SET confirmation_id = NULL WHERE id = '${orderId}'`],
        [`UPDATE orders SET confirmation_id = '${order!.confirmation_id}' WHERE id = '${orderId}'`]);
      expect(problems).toEqual([`unconfirmed-capture:${orderId}`]);
      expect(named[0]?.message.en).toContain('(none)');
    });

    it('names an order that says it is unpaid although money was captured for it', async () => {
      const problems = await problemsAfter(
        [`UPDATE orders SET status = 'canceled' WHERE id = '${orderId}'`],
        [`UPDATE orders SET status = 'paid' WHERE id = '${orderId}'`]);
      expect(problems).toEqual([`capture-count:${orderId}`]);
    });
  });
}
