import type { Sql } from '../store/index.ts';
import { formatYuan } from './money.ts';
import type { LedgerProblem, LedgerVerification } from './types.ts';

const problem = (check: LedgerProblem['check'], subject: string, zh: string, en: string): LedgerProblem =>
  ({ check, subject, message: { zh, en } });

/**
 * The ledger's invariants, each one query: balanced transactions; every entry on an account and
 * in a transaction that exist, every transaction's order existing (no foreign key checks these:
 * migrations 9 and 11); stored wallet balances equal to their entries; no account below zero
 * (but the outside world's funding account); every capture backed by the user's redeemed
 * confirmation of the same order and amount; no order captured twice; refunds adding up. Read in
 * one snapshot.
 */
export async function verifyLedger(tx: Sql): Promise<LedgerVerification> {
  const problems: LedgerProblem[] = [];
  for (const row of await tx.query<{ transaction_id: string; total: number }>(
    'SELECT transaction_id, sum(amount_fen)::bigint AS total FROM ledger_entries GROUP BY transaction_id HAVING sum(amount_fen) <> 0')) {
    problems.push(problem('unbalanced-transaction', row.transaction_id, `交易 ${row.transaction_id} 借贷不平（差 ${row.total} 分）`, `transaction ${row.transaction_id} does not balance (off by ${row.total} fen)`));
  }
  for (const row of await tx.query<{ account_id: string; entries: number }>(
    `SELECT e.account_id, count(*)::int AS entries FROM ledger_entries e
     WHERE NOT EXISTS (SELECT 1 FROM ledger_accounts a WHERE a.id = e.account_id) GROUP BY e.account_id`)) {
    problems.push(problem('unknown-account', row.account_id, `${row.entries} 条分录记在不存在的账户 ${row.account_id} 上`,
      `${row.entries} entries post to account ${row.account_id}, which does not exist`));
  }
  for (const row of await tx.query<{ transaction_id: string; entries: number }>(
    `SELECT e.transaction_id, count(*)::int AS entries FROM ledger_entries e
     WHERE NOT EXISTS (SELECT 1 FROM ledger_transactions t WHERE t.id = e.transaction_id) GROUP BY e.transaction_id`)) {
    problems.push(problem('unknown-transaction', row.transaction_id, `${row.entries} 条分录属于不存在的交易 ${row.transaction_id}`,
      `${row.entries} entries belong to transaction ${row.transaction_id}, which does not exist`));
  }
  for (const row of await tx.query<{ id: string; order_id: string }>(
    `SELECT t.id, t.order_id FROM ledger_transactions t
     WHERE t.order_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.id = t.order_id)`)) {
    problems.push(problem('unknown-order', row.id, `交易 ${row.id} 记在不存在的订单 ${row.order_id} 上`,
      `transaction ${row.id} is for order ${row.order_id}, which does not exist`));
  }
  for (const row of await tx.query<{ id: string; balance_fen: number; total: number }>(
    `SELECT a.id, a.balance_fen, coalesce(sum(e.amount_fen), 0)::bigint AS total
     FROM ledger_accounts a LEFT JOIN ledger_entries e ON e.account_id = a.id WHERE a.balance_fen IS NOT NULL
     GROUP BY a.id, a.balance_fen HAVING a.balance_fen <> coalesce(sum(e.amount_fen), 0)`)) {
    problems.push(problem('balance-mismatch', row.id, `账户 ${row.id} 余额 ${formatYuan(Number(row.balance_fen))} 与分录合计 ${formatYuan(Number(row.total))} 不符`,
      `account ${row.id} holds ${formatYuan(Number(row.balance_fen))} but its entries sum to ${formatYuan(Number(row.total))}`));
  }
  for (const row of await tx.query<{ id: string; balance_fen: number }>(
    `SELECT a.id, coalesce(a.balance_fen, sum(e.amount_fen), 0)::bigint AS balance_fen FROM ledger_accounts a
     LEFT JOIN ledger_entries e ON e.account_id = a.id WHERE a.kind <> 'funding'
     GROUP BY a.id, a.balance_fen HAVING coalesce(a.balance_fen, sum(e.amount_fen), 0) < 0`)) {
    problems.push(problem('negative-balance', row.id, `账户 ${row.id} 余额为负`, `account ${row.id} is below zero (${formatYuan(Number(row.balance_fen))})`));
  }
  for (const row of await tx.query<{ id: string; status: string | null }>(
    `SELECT o.id, c.status FROM orders o LEFT JOIN confirmations c ON c.id = o.confirmation_id
     WHERE o.status IN ('paid', 'refunded', 'partially_refunded') AND (c.id IS NULL OR c.status <> 'redeemed' OR c.kind <> 'payment'
       OR c.order_id IS DISTINCT FROM o.id OR c.amount_fen IS DISTINCT FROM o.amount_fen OR c.user_id <> o.user_id)`)) {
    problems.push(problem('unconfirmed-capture', row.id, `订单 ${row.id} 已扣款，但没有用户对同一订单同一金额的确认`,
      `order ${row.id} was captured without the user's redeemed confirmation of the same order and amount (${row.status ?? 'none'})`));
  }
  for (const row of await tx.query<{ id: string; captures: number }>(
    `SELECT o.id, count(t.id)::int AS captures FROM orders o LEFT JOIN ledger_transactions t ON t.order_id = o.id AND t.kind = 'capture'
     GROUP BY o.id, o.status HAVING count(t.id) <> CASE WHEN o.status IN ('created', 'canceled') THEN 0 ELSE 1 END`)) {
    problems.push(problem('capture-count', row.id, `订单 ${row.id} 的扣款次数为 ${row.captures}，与状态不符`, `order ${row.id} has ${row.captures} captures, which its status does not allow`));
  }
  for (const row of await tx.query<{ id: string; amount_fen: number; charged: number }>(
    `SELECT o.id, o.amount_fen, -sum(e.amount_fen)::bigint AS charged FROM orders o
     JOIN ledger_transactions t ON t.order_id = o.id AND t.kind = 'capture'
     JOIN ledger_entries e ON e.transaction_id = t.id AND e.account_id = 'wallet:' || o.user_id
     GROUP BY o.id, o.amount_fen HAVING -sum(e.amount_fen) <> o.amount_fen`)) {
    problems.push(problem('capture-amount', row.id, `订单 ${row.id} 扣款 ${formatYuan(Number(row.charged))}，订单金额 ${formatYuan(Number(row.amount_fen))}`,
      `order ${row.id} charged ${formatYuan(Number(row.charged))} for an amount of ${formatYuan(Number(row.amount_fen))}`));
  }
  for (const row of await tx.query<{ id: string; refunded_fen: number; returned: number }>(
    `SELECT o.id, o.refunded_fen, coalesce(sum(e.amount_fen), 0)::bigint AS returned FROM orders o
     LEFT JOIN ledger_transactions t ON t.order_id = o.id AND t.kind = 'refund'
     LEFT JOIN ledger_entries e ON e.transaction_id = t.id AND e.account_id = 'wallet:' || o.user_id
     GROUP BY o.id, o.refunded_fen HAVING coalesce(sum(e.amount_fen), 0) <> o.refunded_fen`)) {
    problems.push(problem('refund-total', row.id, `订单 ${row.id} 记录已退 ${formatYuan(Number(row.refunded_fen))}，实退 ${formatYuan(Number(row.returned))}`,
      `order ${row.id} records ${formatYuan(Number(row.refunded_fen))} refunded but ${formatYuan(Number(row.returned))} went back`));
  }
  const [counts] = await tx.query<{ transactions: number; entries: number; accounts: number; captured: number }>(
    `SELECT (SELECT count(*) FROM ledger_transactions)::int AS transactions, (SELECT count(*) FROM ledger_entries)::int AS entries,
            (SELECT count(*) FROM ledger_accounts)::int AS accounts,
            (SELECT count(*) FROM orders WHERE status IN ('paid', 'refunded', 'partially_refunded'))::int AS captured`);
  return {
    ok: problems.length === 0, problems,
    // Stryker disable next-line OptionalChaining: equivalent: a query of four counts always returns its one row
    counts: { transactions: counts?.transactions ?? 0, entries: counts?.entries ?? 0, accounts: counts?.accounts ?? 0, capturedOrders: counts?.captured ?? 0 },
  };
}
