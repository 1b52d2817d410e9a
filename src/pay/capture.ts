import { AgentOsError, hashValue, newId, type Clock } from '../core/index.ts';
import type { Sql, Store } from '../store/index.ts';
import { auditInsert, transact, type AuditLog, type ConfirmationView } from '../trust/index.ts';
import { captureDirectly } from './capture-direct.ts';
import { startCapture } from './capture-start.ts';
import { recordOutcome } from './idempotency.ts';
import { accountId, ensureAccounts, postTransaction } from './ledger.ts';
import { messages, payFailure } from './messages.ts';
import { readOrder, toOrderDetails, type OrderRow } from './orders.ts';
import { accountsKnown, shareAccounts } from './share-accounts.ts';
import { splitAmount, type CheckedSplit } from './split.ts';
import type { AccountView, CaptureOutcome, PayFailure, CaptureFailureReason, SplitRecord } from './types.ts';

export interface PayDeps {
  store: Store;
  clock: Clock;
  audit: AuditLog;
  split: CheckedSplit;
}

export interface CaptureInput {
  orderId: string;
  /** The confirmation the user redeemed for exactly this order and amount. */
  confirmationId: string;
  /** The same key always gets the first outcome: a retried capture never charges twice. */
  idempotencyKey: string;
  /** The entrance that brought the user (`web`, `cli`, `a2a:<agent>`): its share of the split. */
  entrance: string;
}

export function requireKey(key: unknown, where: string): asserts key is string {
  if (typeof key !== 'string' || key.length === 0 || key.length > 200) {
    throw new AgentOsError('BAD_REQUEST', `每笔资金操作都需要幂等键 / every money movement needs an idempotency key`, {
      where, fix: 'pass idempotencyKey: a string (at most 200 characters) that a retry of the same request repeats',
    });
  }
}

/** The capture's request hash (what a retry under the same key must repeat). */
/** The entrance a capture credits: the one named, or `unknown` (its share is kept, never lost, when none is). */
export const entranceOf = (input: { entrance?: unknown }): string =>
  typeof input.entrance === 'string' && input.entrance ? input.entrance : 'unknown';

export const captureRequestHash = (input: { orderId: string; confirmationId: string; entrance: string }): string =>
  hashValue({ op: 'capture', orderId: input.orderId, confirmationId: input.confirmationId, entrance: input.entrance });

/** Is the confirmation the user's yes to exactly this order? Checked inside the payment's transaction. */
function checkConfirmation(order: OrderRow, confirmation: ConfirmationView | undefined): PayFailure<CaptureFailureReason> | undefined {
  if (!confirmation) return payFailure('confirmation_required', messages.noConfirmation());
  const mismatches = [
    confirmation.kind !== 'payment' && 'kind',
    confirmation.orderId !== order.id && 'order',
    confirmation.amountFen !== Number(order.amount_fen) && 'amount',
    confirmation.userId !== order.user_id && 'user',
    confirmation.appId !== order.app_id && 'merchant',
    order.session_id !== null && confirmation.sessionId !== order.session_id && 'session',
  ].filter((item): item is string => typeof item === 'string');
  if (mismatches.length > 0) return payFailure('confirmation_required', messages.confirmationMismatch(mismatches.join(', ')));
  if (confirmation.status === 'pending') return payFailure('confirmation_required', messages.confirmationPending());
  if (confirmation.status !== 'redeemed') return payFailure('confirmation_required', messages.confirmationVoid());
  return undefined;
}

/**
 * Captures a created order the user confirmed: moves its amount from the user's wallet to the
 * merchant (and the split shares) in one transaction, locking the order and the wallet rows.
 * The common case is one statement (`captureDirectly`); anything else — a refusal, a retried
 * key, a race — takes the transaction below, which finds and records the reason.
 */
export async function captureOrder(deps: PayDeps, input: CaptureInput): Promise<CaptureOutcome> {
  requireKey(input.idempotencyKey, 'capture.idempotencyKey');
  const entrance = entranceOf(input);
  const requestHash = captureRequestHash({ orderId: input.orderId, confirmationId: input.confirmationId, entrance });
  const direct = await captureDirectly(deps, { ...input, entrance, requestHash });
  if (direct) return direct;
  let accounts: Omit<AccountView, 'balanceFen'>[] = [];
  const outcome = await transact(deps.store, async (tx): Promise<CaptureOutcome> => {
    const now = deps.clock.now();
    const { claim, order, walletFen: balanceFen, confirmation } = await startCapture(tx, {
      key: input.idempotencyKey, requestHash, orderId: input.orderId, confirmationId: input.confirmationId, at: now,
    });
    if (claim.kind === 'conflict') return payFailure('idempotency_conflict', messages.idempotencyConflict(input.idempotencyKey));
    if (claim.kind === 'replay') {
      const order = claim.outcome.ok ? await readOrder(tx, input.orderId) : undefined;
      return order ? { ok: true, order, replayed: true } : (claim.outcome as PayFailure<CaptureFailureReason>);
    }
    const refuse = async (failure: PayFailure<CaptureFailureReason>, row?: OrderRow) => {
      await recordOutcome(tx, input.idempotencyKey, failure);
      await deps.audit.appendIn(tx, {
        kind: 'payment-refused', actor: 'hub', ...(row ? { userId: row.user_id, appId: row.app_id, ...(row.session_id ? { sessionId: row.session_id } : {}) } : {}),
        data: { orderId: input.orderId, confirmationId: input.confirmationId, reason: failure.reason, idempotencyKey: input.idempotencyKey },
      });
      return failure;
    };
    if (!order) return refuse(payFailure('not_found', messages.orderNotFound(String(input.orderId))));
    if (order.status !== 'created') return refuse(payFailure('not_payable', messages.notPayable(order.status)), order);
    const gate = checkConfirmation(order, confirmation);
    if (gate) return refuse(gate, order);
    const amountFen = Number(order.amount_fen);
    const walletId = accountId.wallet(order.user_id);
    if (balanceFen < amountFen) return refuse(payFailure('insufficient_funds', messages.insufficientFunds(amountFen, balanceFen)), order);

    const shares = splitAmount(amountFen, deps.split);
    const split: SplitRecord = { policy: deps.split.policy, entrance, ...shares };
    accounts = shareAccounts(entrance, shares);
    const unknown = accounts.filter((a) => !accountsKnown(deps.store).has(a.id));
    if (unknown.length) await ensureAccounts(tx, unknown, now);
    const transactionId = newId('cap');
    // One statement: the order paid, the outcome a retry gets, the ledger entries, the wallet, the audit record.
    await postTransaction(tx, {
      id: transactionId, kind: 'capture', orderId: order.id, idempotencyKey: input.idempotencyKey, at: now,
      data: { confirmationId: input.confirmationId, split },
      postings: [
        { accountId: walletId, fen: -amountFen },
        { accountId: accountId.merchant(order.app_id), fen: shares.merchantFen },
        { accountId: accountId.entrance(entrance), fen: shares.entranceFen },
        { accountId: accountId.operator, fen: shares.operatorFen },
      ],
    }, (p) => [
      `paid AS (UPDATE orders SET status = 'paid', paid_at = ${p(now.toISOString())}, confirmation_id = ${p(input.confirmationId)},
         entrance = ${p(entrance)}, split = ${p(JSON.stringify(split))} WHERE id = ${p(order.id)})`,
      `outcome AS (UPDATE idempotency_keys SET outcome = ${p(JSON.stringify({ ok: true, orderId: order.id }))} WHERE key = ${p(input.idempotencyKey)})`,
      auditInsert({
        kind: 'payment-captured', actor: `user:${order.user_id}`, userId: order.user_id, appId: order.app_id,
        ...(order.session_id ? { sessionId: order.session_id } : {}),
        data: { orderId: order.id, amountFen, confirmationId: input.confirmationId, transactionId, split, idempotencyKey: input.idempotencyKey },
      }, now, p),
    ]);
    const paid = { ...order, status: 'paid' as const, paid_at: now, confirmation_id: input.confirmationId, entrance, split };
    return { ok: true, order: toOrderDetails(paid), replayed: false };
  });
  // Committed: the share accounts exist from now on (accounts are never removed).
  if (outcome.ok) for (const id of [...accounts.map((a) => a.id), accountId.merchant(outcome.order.appId)]) accountsKnown(deps.store).add(id);
  return outcome;
}

