import { newToken, sha256 } from '../core/index.ts';
import { auditRecords } from './audit-log.ts';
import type { ConfirmationDeps } from './confirmation-create.ts';
import { toConfirmationView, type ConfirmationRow } from './confirmation-rows.ts';
import { retrying } from './transact.ts';
import type { IssuedConfirmation } from './types.ts';

/**
 * A fresh token for a card still waiting (the old one was never stored and died with the
 * process that drew the card). The confirmation keeps its id, binding and expiry, so a session
 * saved before or after this point names the same card; the old token stops working at once.
 * Nothing is reissued for a card that is answered, expired or not this user's in this session.
 */
export async function reissueConfirmation(deps: ConfirmationDeps, input: { id: string; userId: string; sessionId: string }): Promise<IssuedConfirmation | undefined> {
  const token = newToken();
  const now = deps.clock.now().toISOString();
  const [row] = await retrying(() => deps.store.query<ConfirmationRow>(
    `WITH reissued AS (
       UPDATE confirmations SET token_hash = $2
       WHERE id = $1 AND user_id = $3 AND session_id = $4 AND status = 'pending' AND expires_at > $5::timestamptz
       RETURNING *),
     ${auditRecords(`SELECT $5::timestamptz, 'confirmation-reissued', 'hub', r.user_id, r.session_id, r.app_id,
              jsonb_build_object('confirmationId', r.id, 'kind', r.kind, 'orderId', r.order_id, 'amountFen', r.amount_fen)
       FROM reissued r`)}
     SELECT * FROM reissued`,
    [String(input.id), sha256(token), String(input.userId), String(input.sessionId), now]));
  return row ? { ...toConfirmationView(row), token } : undefined;
}
