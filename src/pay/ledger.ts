import { AgentOsError } from '../core/index.ts';
import type { Sql } from '../store/index.ts';
import { sqlParams } from '../trust/index.ts';
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

/** Opens the account unless it exists; true when this call opened it (concurrent callers: exactly one). */
export async function ensureAccount(tx: Sql, account: Omit<AccountView, 'balanceFen'>, at: Date): Promise<boolean> {
  return (await ensureAccounts(tx, [account], at)).length === 1;
}

/** Opens the accounts that do not exist yet, in one statement; returns the ids it opened. */
export async function ensureAccounts(tx: Sql, accounts: Omit<AccountView, 'balanceFen'>[], at: Date): Promise<string[]> {
  // Stryker disable next-line ConditionalExpression: equivalent: the statement over no accounts opens none and returns no ids; the guard saves its round trip
  if (accounts.length === 0) return [];
  const rows = await tx.query<{ id: string }>(
    `INSERT INTO ledger_accounts (id, kind, owner, name, balance_fen, created_at)
     SELECT a.id, a.kind, a.owner, a.name, CASE WHEN a.kind = 'wallet' THEN 0 END, $5
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS a(id, kind, owner, name)
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [accounts.map((a) => a.id), accounts.map((a) => a.kind), accounts.map((a) => a.owner), accounts.map((a) => a.name), at.toISOString()]);
  return rows.map((row) => row.id);
}

/** More parts of the same statement: CTE definitions (`name AS (…)`) with parameters bound through `p`. */
export type AlsoInStatement = (p: (value: unknown) => string) => string[];

/**
 * Records one balanced transaction in one statement: its entries sum to zero, and each wallet's
 * stored balance moves by exactly its entries (a wallet that would go below zero aborts it; the
 * table checks too). `also` adds the caller's own changes (order status, audit record) to it.
 */
export async function postTransaction(tx: Sql, entry: LedgerTransaction, also: AlsoInStatement = () => []): Promise<void> {
  const postings = entry.postings.filter((posting) => posting.fen !== 0);
  // Stryker disable next-line ArithmeticOperator: equivalent: subtracting every posting gives the sum negated, zero exactly when the sum is
  const sum = postings.reduce((total, posting) => total + posting.fen, 0);
  if (sum !== 0 || postings.some((posting) => !Number.isSafeInteger(posting.fen))) {
    throw new AgentOsError('INTERNAL', `unbalanced ledger transaction ${entry.id} (sum ${sum}) / 账目不平`, { where: 'ledger.postTransaction' });
  }
  const { p, params } = sqlParams();
  const accounts = p(postings.map((posting) => posting.accountId));
  const ctes = [
    ...also(p),
    `txn AS (INSERT INTO ledger_transactions (id, kind, order_id, idempotency_key, reason, data, created_at)
       VALUES (${p(entry.id)}, ${p(entry.kind)}, ${p(entry.orderId ?? null)}, ${p(entry.idempotencyKey ?? null)}, ${p(entry.reason ?? '')},
         ${p(JSON.stringify(entry.data ?? {}))}, ${p(entry.at.toISOString())}) RETURNING id, order_id)`,
    `entries AS (INSERT INTO ledger_entries (transaction_id, account_id, amount_fen, order_id)
       SELECT txn.id, e.account_id, e.amount_fen, txn.order_id
       FROM txn, unnest(${accounts}::text[], ${p(postings.map((posting) => posting.fen))}::bigint[]) AS e(account_id, amount_fen)
       RETURNING account_id, amount_fen)`,
    `moved AS (UPDATE ledger_accounts a SET balance_fen = a.balance_fen + moved.fen
       FROM (SELECT account_id, sum(amount_fen) AS fen FROM entries GROUP BY account_id) AS moved
       WHERE a.id = moved.account_id AND a.balance_fen IS NOT NULL RETURNING a.id)`,
  ];
  // Accounts are permanent (migration 9): one seen here exists for good, no lock needed.
  const [counts] = await tx.query<{ wallets: number; missing: number }>(
    `WITH ${ctes.join(',\n')}
     SELECT (SELECT count(*) FROM moved)::int AS wallets,
       (SELECT count(*) FROM unnest(${accounts}::text[]) AS x(id) WHERE NOT EXISTS (SELECT 1 FROM ledger_accounts a WHERE a.id = x.id))::int AS missing`, params);
  const wallets = new Set(postings.filter((posting) => storesBalance(posting.accountId)).map((posting) => posting.accountId));
  // a query of two counts always returns its one row
  const { wallets: moved, missing } = counts as { wallets: number; missing: number };
  // Stryker disable next-line ConditionalExpression: a second line of defence: every account that stores a balance is a wallet (its table's CHECK), so a wallet not moved is a missing one, which `missing` catches
  const unmoved = moved !== wallets.size;
  if (missing > 0 || unmoved) {
    throw new AgentOsError('INTERNAL', `an account of ledger transaction ${entry.id} does not exist / 账户不存在`, { where: 'ledger.postTransaction' });
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
