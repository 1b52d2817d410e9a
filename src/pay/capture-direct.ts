import { newId } from '../core/index.ts';
import { isRetryableError, sqlParams } from '../trust/index.ts';
import type { CaptureInput, PayDeps } from './capture.ts';
import { accountId } from './ledger.ts';
import { toOrderDetails, type OrderRow } from './orders.ts';
import { shareAccountsKnown } from './share-accounts.ts';
import type { CaptureOutcome } from './types.ts';

/** Integrity violations (23…): a key already claimed, a wallet that would go below zero, an account missing. */
const isIntegrityError = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && String((error as { code?: unknown }).code).startsWith('23');

/**
 * The common capture as one statement, committed on its own: the order is paid only if it is
 * still `created`, its confirmation is the user's redeemed yes bound to exactly it (kind, order,
 * amount, user, merchant, session) and the wallet holds the amount. Then, in the same statement:
 * the idempotency key claimed with its outcome, the ledger transaction and its entries (split
 * shares computed here as `splitAmount` does), the wallet debited, the audit record.
 *
 * Locks as the transaction path takes them: the order row first (its UPDATE), then the wallet
 * (its UPDATE reads the paid row). Anything else writes nothing: no row when a condition fails;
 * an integrity error aborting the whole statement when the key was already claimed (a retry) or
 * the wallet ran short meanwhile (its CHECK). Undefined then — the transaction path decides.
 */
export async function captureDirectly(deps: PayDeps, input: CaptureInput & { requestHash: string }): Promise<CaptureOutcome | undefined> {
  if (!shareAccountsKnown(deps.store, deps.split, input.entrance)) return undefined;
  const now = deps.clock.now().toISOString();
  const transactionId = newId('cap');
  const { p, params } = sqlParams();
  const [at, key, confirmationId, entrance] = [p(now), p(input.idempotencyKey), p(String(input.confirmationId)), p(input.entrance)];
  const share = (bp: number) => `(o.amount_fen * ${p(bp)}::bigint) / 10000`;
  const [entranceFen, operatorFen] = [share(deps.split.entranceBp), share(deps.split.operatorBp)];
  const text = `WITH paid AS (
      UPDATE orders o SET status = 'paid', paid_at = ${at}, confirmation_id = ${confirmationId}, entrance = ${entrance},
        split = jsonb_build_object('policy', ${p(JSON.stringify(deps.split.policy))}::jsonb, 'entrance', ${entrance}::text,
          'entranceFen', ${entranceFen}, 'operatorFen', ${operatorFen}, 'merchantFen', o.amount_fen - ${entranceFen} - ${operatorFen})
      FROM confirmations c
      WHERE o.id = ${p(String(input.orderId))} AND o.status = 'created' AND c.id = ${confirmationId}
        AND c.kind = 'payment' AND c.status = 'redeemed' AND c.order_id = o.id AND c.amount_fen = o.amount_fen
        AND c.user_id = o.user_id AND c.app_id = o.app_id AND (o.session_id IS NULL OR c.session_id = o.session_id)
        AND (SELECT w.balance_fen FROM ledger_accounts w WHERE w.id = 'wallet:' || o.user_id) >= o.amount_fen
      RETURNING o.*, (SELECT m.name FROM ledger_accounts m WHERE m.id = 'merchant:' || o.app_id) AS merchant_name),
    claim AS (
      INSERT INTO idempotency_keys (key, operation, request_hash, outcome, created_at)
      SELECT ${key}, 'capture', ${p(input.requestHash)}, jsonb_build_object('ok', true, 'orderId', paid.id), ${at} FROM paid RETURNING key),
    txn AS (
      INSERT INTO ledger_transactions (id, kind, order_id, idempotency_key, reason, data, created_at)
      SELECT ${p(transactionId)}, 'capture', paid.id, claim.key, '', jsonb_build_object('confirmationId', ${confirmationId}::text, 'split', paid.split), ${at}
      FROM paid, claim RETURNING id, order_id),
    entries AS (
      INSERT INTO ledger_entries (transaction_id, account_id, amount_fen, order_id)
      SELECT txn.id, e.account_id, e.fen, txn.order_id
      FROM txn, paid, LATERAL (VALUES ('wallet:' || paid.user_id, -paid.amount_fen),
        ('merchant:' || paid.app_id, (paid.split->>'merchantFen')::bigint),
        (${p(accountId.entrance(input.entrance))}, (paid.split->>'entranceFen')::bigint),
        (${p(accountId.operator)}, (paid.split->>'operatorFen')::bigint)) AS e(account_id, fen)
      WHERE e.fen <> 0),
    wallet AS (
      UPDATE ledger_accounts w SET balance_fen = w.balance_fen - paid.amount_fen
      FROM paid, txn WHERE w.id = 'wallet:' || paid.user_id),
    audit AS (
      INSERT INTO audit_log (at, kind, actor, user_id, session_id, app_id, data)
      SELECT ${at}, 'payment-captured', 'user:' || paid.user_id, NULLIF(paid.user_id, ''), NULLIF(paid.session_id, ''), NULLIF(paid.app_id, ''),
        jsonb_build_object('orderId', paid.id, 'amountFen', paid.amount_fen, 'confirmationId', ${confirmationId}::text,
          'transactionId', txn.id, 'split', paid.split, 'idempotencyKey', ${key}::text)
      FROM paid, txn)
    SELECT * FROM paid`;
  try {
    const [row] = await deps.store.query<OrderRow>(text, params);
    return row ? { ok: true, order: toOrderDetails(row), replayed: false } : undefined;
  } catch (error) {
    if (isIntegrityError(error) || isRetryableError(error)) return undefined;
    throw error;
  }
}
