import { AgentOsError } from '../core/index.ts';
import type { Sql } from '../store/index.ts';
import type { AccountView } from './types.ts';

/** Account ids: one wallet per user, one merchant account per mini-program, one per entrance. */
export const accountId = {
  wallet: (userId: string) => `wallet:${userId}`,
  merchant: (appId: string) => `merchant:${appId}`,
  entrance: (name: string) => `entrance:${name}`,
  operator: 'operator',
  /** Where top-ups come from: the outside world, the one account allowed below zero. */
  funding: 'funding',
} as const;

export interface Posting {
  accountId: string;
  /** Positive: money in; negative: money out. */
  fen: number;
}

export interface LedgerTransaction {
  id: string;
  kind: 'fund' | 'capture' | 'refund';
  orderId?: string;
  idempotencyKey?: string;
  reason?: string;
  data?: Record<string, unknown>;
  at: Date;
  /** Applied in this order: callers keep one order (wallet, merchant, entrance, operator) so locks never cross. */
  postings: Posting[];
}

/** Only wallets store a balance (locked, checked); every other account's balance is the sum of its entries. */
export const storesBalance = (id: string): boolean => id.startsWith('wallet:');

export async function ensureAccount(tx: Sql, account: Omit<AccountView, 'balanceFen'>, at: Date): Promise<void> {
  await tx.query(
    `INSERT INTO ledger_accounts (id, kind, owner, name, balance_fen, created_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (id) DO NOTHING`,
    [account.id, account.kind, account.owner, account.name, account.kind === 'wallet' ? 0 : null, at.toISOString()]);
}

/**
 * Records one balanced transaction: its entries sum to zero, and each wallet's stored balance
 * moves by exactly its entries. A wallet that would go below zero aborts it (the table checks too).
 */
export async function postTransaction(tx: Sql, entry: LedgerTransaction): Promise<void> {
  const postings = entry.postings.filter((posting) => posting.fen !== 0);
  const sum = postings.reduce((total, posting) => total + posting.fen, 0);
  if (sum !== 0 || postings.some((posting) => !Number.isSafeInteger(posting.fen))) {
    throw new AgentOsError('INTERNAL', `unbalanced ledger transaction ${entry.id} (sum ${sum}) / 账目不平`, { where: 'ledger.postTransaction' });
  }
  await tx.query(
    `INSERT INTO ledger_transactions (id, kind, order_id, idempotency_key, reason, data, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [entry.id, entry.kind, entry.orderId ?? null, entry.idempotencyKey ?? null, entry.reason ?? '',
      JSON.stringify(entry.data ?? {}), entry.at.toISOString()]);
  await tx.query(
    `INSERT INTO ledger_entries (transaction_id, account_id, amount_fen, order_id)
     SELECT $1, t.account_id, t.amount_fen, $2 FROM unnest($3::text[], $4::bigint[]) AS t(account_id, amount_fen)`,
    [entry.id, entry.orderId ?? null, postings.map((posting) => posting.accountId), postings.map((posting) => posting.fen)]);
  for (const posting of postings.filter((p) => storesBalance(p.accountId))) {
    const rows = await tx.query('UPDATE ledger_accounts SET balance_fen = balance_fen + $2 WHERE id = $1 RETURNING id', [posting.accountId, posting.fen]);
    if (rows.length === 0) throw new AgentOsError('INTERNAL', `ledger account ${posting.accountId} does not exist / 账户不存在`, { where: 'ledger.postTransaction' });
  }
}

interface AccountRow { id: string; kind: AccountView['kind']; owner: string; name: string; balance_fen: number }

export const toAccountView = (row: AccountRow): AccountView =>
  ({ id: row.id, kind: row.kind, owner: row.owner, name: row.name, balanceFen: Number(row.balance_fen) });

export async function listAccounts(sql: Sql, kind?: AccountView['kind']): Promise<AccountView[]> {
  const rows = await sql.query<AccountRow>(
    `SELECT a.id, a.kind, a.owner, a.name,
            coalesce(a.balance_fen, (SELECT coalesce(sum(e.amount_fen), 0) FROM ledger_entries e WHERE e.account_id = a.id))::bigint AS balance_fen
     FROM ledger_accounts a WHERE ($1::text IS NULL OR a.kind = $1) ORDER BY a.kind, a.id`, [kind ?? null]);
  return rows.map(toAccountView);
}
