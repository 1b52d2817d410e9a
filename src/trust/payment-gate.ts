import type { Sql } from '../store/index.ts';
import type { AuditLog } from './audit-log.ts';
import { expiredEntry } from './confirmation-redeem.ts';
import { toConfirmationView, type ConfirmationRow } from './confirmation-rows.ts';
import type { ConfirmationView } from './types.ts';

/**
 * The confirmation behind a capture, read inside the payment's own transaction. A redeemed
 * confirmation is final (decline and expiry only touch pending ones), so no lock is needed; the
 * payment part decides whether it is redeemed and bound to exactly the order being captured.
 * Built as a scalar subquery (the row as JSON) for the capture's own statement; `id` is a bound parameter.
 */
export function confirmationForCaptureJson(id: string): string {
  return `(SELECT row_to_json(c) FROM confirmations c WHERE c.id = ${id})`;
}

/** What `confirmationForCaptureJson` read (`row_to_json`: the row as an object, or null when there is none), as a view. */
export function confirmationFromJson(json: unknown): ConfirmationView | undefined {
  return json ? toConfirmationView(json as ConfirmationRow) : undefined;
}

/** Voids the pending confirmations of an order that was canceled, so no later tap can pay it. */
export async function voidPendingConfirmations(tx: Sql, audit: AuditLog, orderId: string, at: Date): Promise<number> {
  const rows = await tx.query<ConfirmationRow>(
    `UPDATE confirmations SET status = 'declined', decided_at = $2 WHERE order_id = $1 AND status = 'pending' RETURNING *`,
    [orderId, at.toISOString()]);
  for (const row of rows) {
    await audit.appendIn(tx, {
      kind: 'confirmation-declined', actor: 'hub', userId: row.user_id, sessionId: row.session_id, appId: row.app_id,
      data: { confirmationId: row.id, orderId, reason: 'order canceled' },
    });
  }
  return rows.length;
}

/**
 * Expires every pending confirmation past its time, audits each, and returns them (to cancel
 * their orders). What is due is read off `confirmations_due` (every card is on it from its
 * creation to its time), and taken off it, answered or not: only those still pending expire.
 */
export async function expireDueConfirmations(tx: Sql, audit: AuditLog, now: Date): Promise<ConfirmationView[]> {
  const rows = await tx.query<ConfirmationRow>(
    `WITH due AS (DELETE FROM confirmations_due WHERE expires_at <= $1 RETURNING id)
     UPDATE confirmations c SET status = 'expired', decided_at = $1 FROM due WHERE c.id = due.id AND c.status = 'pending' RETURNING c.*`,
    [now.toISOString()]);
  for (const row of rows) await audit.appendIn(tx, expiredEntry(row));
  return rows.map(toConfirmationView);
}
