import type { Sql } from '../store/index.ts';
import { confirmationForCaptureJson, confirmationFromJson, type ConfirmationView } from '../trust/index.ts';
import { claimKey, type Claim } from './idempotency.ts';
import type { OrderRow } from './orders.ts';

export interface CaptureStart {
  claim: Claim;
  /** Locked for the rest of the transaction (only when the key was freshly claimed). */
  order?: OrderRow;
  /** The order's user's wallet balance, its row locked after the order's. */
  walletFen: number;
  confirmation?: ConfirmationView;
}

/**
 * A capture's first step in one round trip: claims the idempotency key, then (only if it was
 * fresh) locks the order and, after it, its user's wallet, and reads the confirmation. A key
 * already claimed is a retry: its stored outcome (or a conflict) is read as `claimKey` reads it.
 */
export async function startCapture(tx: Sql, input: { key: string; requestHash: string; orderId: string; confirmationId: string; at: Date }): Promise<CaptureStart> {
  const [row] = await tx.query<{ fresh: boolean; order: OrderRow | null; wallet_fen: number | null; confirmation: unknown }>(
    `WITH claim AS (
       INSERT INTO idempotency_keys (key, operation, request_hash, created_at) VALUES ($1, 'capture', $2, $3)
       ON CONFLICT (key) DO NOTHING RETURNING key),
     ord AS (
       SELECT o.*, (SELECT name FROM ledger_accounts m WHERE m.id = 'merchant:' || o.app_id) AS merchant_name
       FROM orders o WHERE o.id = $4 AND EXISTS (SELECT 1 FROM claim) FOR UPDATE OF o),
     wallet AS (
       SELECT balance_fen FROM ledger_accounts WHERE id = (SELECT 'wallet:' || user_id FROM ord) FOR UPDATE)
     SELECT EXISTS (SELECT 1 FROM claim) AS fresh, (SELECT row_to_json(ord) FROM ord) AS order,
            (SELECT balance_fen FROM wallet) AS wallet_fen, ${confirmationForCaptureJson('$5')} AS confirmation`,
    [input.key, input.requestHash, input.at.toISOString(), String(input.orderId), String(input.confirmationId)]);
  if (!row?.fresh) return { claim: await claimKey(tx, input.key, 'capture', input.requestHash, input.at), walletFen: 0 };
  const confirmation = confirmationFromJson(row.confirmation);
  return {
    claim: { kind: 'fresh' }, walletFen: Number(row.wallet_fen ?? 0),
    ...(row.order ? { order: row.order } : {}), ...(confirmation ? { confirmation } : {}),
  };
}
