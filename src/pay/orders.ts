import { AgentOsError, newId } from '../core/index.ts';
import type { Sql } from '../store/index.ts';
import { sqlParams } from '../trust/index.ts';
import type { CheckedDraft } from './draft.ts';
import { toYuan } from './money.ts';
import type { OrderDetails, OrderStatus, SplitRecord, StoredOrderLine } from './types.ts';

export interface OrderRow {
  id: string; app_id: string; skill: string; user_id: string; session_id: string | null; title: string;
  amount_fen: number; refunded_fen: number; lines: StoredOrderLine[]; meta: Record<string, unknown>;
  notify_api: string | null; status: OrderStatus; confirmation_id: string | null; entrance: string | null;
  split: SplitRecord | null; created_at: Date; paid_at: Date | null; merchant_name: string | null;
}

const SELECT_ORDER = `SELECT o.*, m.name AS merchant_name FROM orders o LEFT JOIN ledger_accounts m ON m.id = 'merchant:' || o.app_id`;

export function toOrderDetails(row: OrderRow): OrderDetails {
  const amountFen = Number(row.amount_fen);
  const refundedFen = Number(row.refunded_fen);
  return {
    orderId: row.id, status: row.status, amount: toYuan(amountFen), refunded: toYuan(refundedFen),
    appId: row.app_id, merchantName: row.merchant_name ?? row.app_id, skill: row.skill, userId: row.user_id,
    ...(row.session_id !== null ? { sessionId: row.session_id } : {}),
    title: row.title, amountFen, refundedFen, lines: row.lines, meta: row.meta,
    ...(row.notify_api !== null ? { notifyApi: row.notify_api } : {}),
    ...(row.confirmation_id !== null ? { confirmationId: row.confirmation_id } : {}),
    ...(row.split !== null ? { split: row.split } : {}),
    createdAt: new Date(row.created_at),
    ...(row.paid_at !== null ? { paidAt: new Date(row.paid_at) } : {}),
  };
}

export async function readOrder(sql: Sql, orderId: string): Promise<OrderDetails | undefined> {
  const [row] = await sql.query<OrderRow>(`${SELECT_ORDER} WHERE o.id = $1`, [orderId]);
  return row ? toOrderDetails(row) : undefined;
}

/** Locks the order row for the rest of the transaction (every money movement on it lines up here). */
export async function lockOrder(tx: Sql, orderId: string): Promise<OrderRow | undefined> {
  const [row] = await tx.query<OrderRow>(
    `SELECT o.*, (SELECT name FROM ledger_accounts m WHERE m.id = 'merchant:' || o.app_id) AS merchant_name
     FROM orders o WHERE o.id = $1 FOR UPDATE OF o`, [String(orderId)]);
  return row;
}

export interface NewOrder {
  appId: string;
  userId: string;
  sessionId?: string;
  skill?: string;
  draft: CheckedDraft;
}

/** The merchant's account made on first use, in the order's statement. */
const INSERT_WITH_MERCHANT = `WITH merchant AS (
       INSERT INTO ledger_accounts (id, kind, owner, name, balance_fen, created_at) VALUES ('merchant:' || $2, 'merchant', $2, $2, NULL, $11)
       ON CONFLICT (id) DO NOTHING RETURNING name)
     INSERT INTO orders (id, app_id, skill, user_id, session_id, title, amount_fen, lines, meta, notify_api, status, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'created', $11)
     RETURNING coalesce((SELECT name FROM merchant), (SELECT name FROM ledger_accounts WHERE id = 'merchant:' || $2)) AS merchant_name`;

/** The order alone, its merchant's account known to exist (accounts are permanent). */
const INSERT_FOR_MERCHANT = `INSERT INTO orders (id, app_id, skill, user_id, session_id, title, amount_fen, lines, meta, notify_api, status, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'created', $11)
     RETURNING (SELECT name FROM ledger_accounts WHERE id = 'merchant:' || $2) AS merchant_name`;

/** The order's row as it will be stored, its lines and meta as JSON text; refuses an order without its app or user. */
function newOrderRow(order: NewOrder, at: Date): { row: OrderRow; lines: string; meta: string } {
  for (const field of ['appId', 'userId'] as const) {
    if (typeof order[field] !== 'string' || order[field] === '') {
      throw new AgentOsError('BAD_REQUEST', `订单缺少 ${field} / the order has no ${field}`, { where: `createOrder.${field}`, fix: 'the hub passes the calling mini-program and user' });
    }
  }
  const { draft } = order;
  const [lines, meta] = [JSON.stringify(draft.lines), JSON.stringify(draft.meta)];
  const row: OrderRow = {
    id: newId('ord'), app_id: order.appId, skill: order.skill ?? '', user_id: order.userId, session_id: order.sessionId ?? null,
    title: draft.title, amount_fen: draft.amountFen, refunded_fen: 0, lines: JSON.parse(lines) as StoredOrderLine[],
    meta: JSON.parse(meta) as Record<string, unknown>, notify_api: draft.notifyApi ?? null, status: 'created',
    confirmation_id: null, entrance: null, split: null, created_at: at, paid_at: null, merchant_name: null,
  };
  return { row, lines, meta };
}

const orderValues = (row: OrderRow, lines: string, meta: string, at: Date): unknown[] =>
  [row.id, row.app_id, row.skill, row.user_id, row.session_id, row.title, row.amount_fen, lines, meta, row.notify_api, at.toISOString()];

/**
 * Inserts the order in one statement (with its merchant account on first use, unless
 * `merchantStored`: the account is known committed); returns it as stored, built from what was
 * written (only the merchant's name is read back).
 */
export async function insertOrder(sql: Sql, order: NewOrder, at: Date, merchantStored: boolean): Promise<OrderDetails> {
  const { row, lines, meta } = newOrderRow(order, at);
  const [stored] = await sql.query<{ merchant_name: string | null }>(merchantStored ? INSERT_FOR_MERCHANT : INSERT_WITH_MERCHANT, orderValues(row, lines, meta, at));
  return toOrderDetails({ ...row, merchant_name: stored?.merchant_name ?? null });
}

/**
 * Inserts the order, its merchant's account known committed under `merchantName`, in one
 * statement with what `alongside` writes of it (CTEs, parameters bound through its `p`): an
 * order and its confirmation card, one round trip and one commit. Nothing is read back.
 */
export async function insertOrderWith<T>(sql: Sql, order: NewOrder, at: Date, merchantName: string,
  alongside: (order: OrderDetails, p: (value: unknown) => string) => { ctes: string; result: T }): Promise<{ order: OrderDetails; result: T }> {
  const { row, lines, meta } = newOrderRow(order, at);
  const details = toOrderDetails({ ...row, merchant_name: merchantName });
  const { p, params } = sqlParams();
  const { ctes, result } = alongside(details, p);
  const values = orderValues(row, lines, meta, at).map(p);
  await sql.query(`WITH ${ctes}
     INSERT INTO orders (id, app_id, skill, user_id, session_id, title, amount_fen, lines, meta, notify_api, created_at, status)
     VALUES (${values.join(', ')}, 'created')`, params);
  return { order: details, result };
}

export interface OrderFilter {
  userId?: string;
  appId?: string;
  status?: OrderStatus;
  limit?: number;
}

/** Newest first. */
export async function queryOrders(sql: Sql, filter: OrderFilter): Promise<OrderDetails[]> {
  const rows = await sql.query<OrderRow>(
    `${SELECT_ORDER} WHERE ($1::text IS NULL OR o.user_id = $1) AND ($2::text IS NULL OR o.app_id = $2)
       AND ($3::text IS NULL OR o.status = $3) ORDER BY o.created_at DESC, o.id DESC LIMIT $4`,
    [filter.userId ?? null, filter.appId ?? null, filter.status ?? null, Math.max(1, Math.min(filter.limit ?? 100, 10_000))]);
  return rows.map(toOrderDetails);
}
