import { timingSafeEqual } from 'node:crypto';
import { sha256 } from '../core/index.ts';
import type { Sql } from '../store/index.ts';
import { auditRecords } from './audit-log.ts';
import type { ConfirmationDeps } from './confirmation-create.ts';
import { toConfirmationView, type ConfirmationRow } from './confirmation-rows.ts';
import { refusal } from './refusals.ts';
import { retrying, transact } from './transact.ts';
import type { DeclineInput, DeclineOutcome, RedeemInput, RedeemOutcome, Refusal } from './types.ts';

function tokenMatches(row: ConfirmationRow, token: unknown): boolean {
  if (typeof token !== 'string' || token.length === 0) return false;
  return timingSafeEqual(Buffer.from(sha256(token), 'hex'), Buffer.from(row.token_hash, 'hex'));
}

/** Who may act on this row at all: its own user, in its own session, holding its token. */
function checkHolder(row: ConfirmationRow, input: { userId: string; sessionId: string; token?: string }, needToken: boolean): Refusal | undefined {
  if (row.user_id !== input.userId) return refusal('wrong_user');
  if (row.session_id !== input.sessionId) return refusal('wrong_session');
  if ((needToken || input.token !== undefined) && !tokenMatches(row, input.token)) return refusal('wrong_token');
  return undefined;
}

/** What is bound to the card must be what the gesture confirms. */
function checkBinding(row: ConfirmationRow, input: RedeemInput): Refusal | undefined {
  if (row.kind === 'payment') {
    if (input.orderId !== row.order_id) return refusal('order_mismatch');
    const expected = Number(row.amount_fen);
    if (input.amountFen !== expected) return refusal('amount_mismatch', { expectedFen: expected, ...(typeof input.amountFen === 'number' ? { givenFen: input.amountFen } : {}) });
  } else if (input.orderId !== undefined && input.orderId !== row.order_id) {
    return refusal('order_mismatch');
  }
  if ((row.kind === 'action' || input.argsHash !== undefined) && input.argsHash !== row.args_hash) return refusal('args_mismatch');
  return undefined;
}

/** A confirmation already decided: only the same gesture retried (same idempotency key) gets through again. */
function settled(row: ConfirmationRow, input: RedeemInput, ttlMinutes: number): RedeemOutcome {
  if (row.status === 'redeemed' && input.idempotencyKey && row.redeem_key === input.idempotencyKey) {
    return checkBinding(row, input) ?? { ok: true, confirmation: toConfirmationView(row), replayed: true };
  }
  if (row.status === 'declined') return refusal('declined');
  if (row.status === 'expired') return refusal('expired', { ttlMinutes });
  return refusal('already_used');
}

async function readRow(tx: Sql, id: string): Promise<ConfirmationRow | undefined> {
  const [row] = await tx.query<ConfirmationRow>('SELECT * FROM confirmations WHERE id = $1', [id]);
  return row;
}

/**
 * The common case in one statement: a pending, unexpired confirmation whose holder and bound
 * fields all match is redeemed and audited together. It accepts only what the checks below
 * accept; anything else takes the slow path, which finds the reason.
 */
async function redeemDirectly(sql: Sql, input: RedeemInput, now: Date): Promise<ConfirmationRow | undefined> {
  const typed = typeof input.id === 'string' && typeof input.token === 'string' && input.token !== ''
    && typeof input.userId === 'string' && typeof input.sessionId === 'string'
    && (input.orderId === undefined || typeof input.orderId === 'string')
    && (input.amountFen === undefined || Number.isSafeInteger(input.amountFen))
    && (input.argsHash === undefined || typeof input.argsHash === 'string');
  if (!typed) return undefined;
  const [row] = await sql.query<ConfirmationRow>(
    `WITH redeemed AS (
       UPDATE confirmations SET status = 'redeemed', decided_at = $8::timestamptz, redeem_key = $9
       WHERE id = $1 AND token_hash = $2 AND user_id = $3 AND session_id = $4 AND status = 'pending' AND expires_at > $8::timestamptz
         AND ((kind = 'payment' AND order_id = $5 AND amount_fen = $6 AND ($7::text IS NULL OR args_hash = $7))
           OR (kind = 'action' AND args_hash = $7 AND ($5::text IS NULL OR order_id = $5)))
       RETURNING *),
     ${auditRecords(`SELECT $8::timestamptz, 'confirmation-granted', 'user:' || r.user_id, r.user_id, r.session_id, r.app_id,
              jsonb_build_object('confirmationId', r.id, 'kind', r.kind, 'orderId', r.order_id, 'amountFen', r.amount_fen, 'argsHash', r.args_hash)
       FROM redeemed r`)}
     SELECT * FROM redeemed`,
    [input.id, sha256(input.token), input.userId, input.sessionId, input.orderId ?? null, input.amountFen ?? null,
      input.argsHash ?? null, now.toISOString(), input.idempotencyKey ?? null]);
  return row;
}

function grantedEntry(row: ConfirmationRow) {
  return {
    kind: 'confirmation-granted', actor: `user:${row.user_id}`, userId: row.user_id, sessionId: row.session_id, appId: row.app_id,
    data: { confirmationId: row.id, kind: row.kind, orderId: row.order_id, amountFen: row.amount_fen, argsHash: row.args_hash },
  } as const;
}

/**
 * Redeems a confirmation with the user's gesture: exactly once, however many callers race
 * (a conditional `UPDATE … WHERE status = 'pending'` decides). Refusals say why and change nothing.
 */
export async function redeemConfirmation(deps: ConfirmationDeps, input: RedeemInput): Promise<RedeemOutcome> {
  const ttlMinutes = Math.round(deps.ttlMs / 60_000);
  // The yes is followed by the capture (or the confirmed call), whose own commit makes it durable.
  const direct = await retrying(() => redeemDirectly(deps.store.asyncCommit, input, deps.clock.now()));
  if (direct) return { ok: true, confirmation: toConfirmationView(direct), replayed: false };
  return transact(deps.store, async (tx) => {
    const now = deps.clock.now();
    const refuse = async (outcome: Refusal, row?: ConfirmationRow): Promise<Refusal> => {
      await deps.audit.appendIn(tx, {
        kind: 'confirmation-refused', actor: `user:${input.userId}`, userId: input.userId, sessionId: input.sessionId,
        ...(row ? { appId: row.app_id } : {}),
        data: { confirmationId: input.id, reason: outcome.reason, orderId: input.orderId, amountFen: input.amountFen },
      });
      return outcome;
    };
    const row = await readRow(tx, String(input.id));
    if (!row) return refuse(refusal('unknown'));
    const holder = checkHolder(row, input, true);
    if (holder) return refuse(holder, row);
    if (row.status !== 'pending') {
      const outcome = settled(row, input, ttlMinutes);
      return outcome.ok ? outcome : refuse(outcome, row);
    }
    if (now.getTime() >= new Date(row.expires_at).getTime()) {
      const [expired] = await tx.query<ConfirmationRow>(
        `UPDATE confirmations SET status = 'expired', decided_at = $2 WHERE id = $1 AND status = 'pending' RETURNING *`,
        [row.id, now.toISOString()]);
      if (expired) await deps.audit.appendIn(tx, expiredEntry(expired));
      return refusal('expired', { ttlMinutes });
    }
    const binding = checkBinding(row, input);
    if (binding) return refuse(binding, row);
    const [redeemed] = await tx.query<ConfirmationRow>(
      `UPDATE confirmations SET status = 'redeemed', decided_at = $2, redeem_key = $3
       WHERE id = $1 AND status = 'pending' RETURNING *`,
      [row.id, now.toISOString(), input.idempotencyKey ?? null]);
    if (!redeemed) {
      // Stryker disable all: reached only when another process answers this card between the read above and this update, a race PGlite (one connection, where mutation runs) cannot produce
      const latest = (await readRow(tx, row.id)) ?? row;
      const outcome = settled(latest, input, ttlMinutes);
      return outcome.ok ? outcome : refuse(outcome, latest);
      // Stryker restore all
    }
    await deps.audit.appendIn(tx, grantedEntry(redeemed));
    return { ok: true, confirmation: toConfirmationView(redeemed), replayed: false };
  });
}

/** Declines a pending confirmation: nothing will be charged or done on it, ever. */
export function declineConfirmation(deps: ConfirmationDeps, input: DeclineInput): Promise<DeclineOutcome> {
  return transact(deps.store, async (tx) => {
    const row = await readRow(tx, String(input.id));
    if (!row) return refusal('unknown');
    const holder = checkHolder(row, input, false);
    if (holder) return holder;
    const [declined] = await tx.query<ConfirmationRow>(
      `UPDATE confirmations SET status = 'declined', decided_at = $2 WHERE id = $1 AND status = 'pending' RETURNING *`,
      [row.id, deps.clock.now().toISOString()]);
    if (!declined) {
      const latest = (await readRow(tx, row.id)) ?? row;
      if (latest.status === 'declined') return { ok: true, confirmation: toConfirmationView(latest), replayed: true };
      return latest.status === 'expired' ? refusal('expired') : refusal('already_used');
    }
    await deps.audit.appendIn(tx, {
      kind: 'confirmation-declined', actor: `user:${row.user_id}`, userId: row.user_id, sessionId: row.session_id, appId: row.app_id,
      data: { confirmationId: row.id, kind: row.kind, orderId: row.order_id, amountFen: row.amount_fen, reason: input.reason ?? '' },
    });
    return { ok: true, confirmation: toConfirmationView(declined), replayed: false };
  });
}

export function expiredEntry(row: ConfirmationRow) {
  return {
    kind: 'confirmation-expired', actor: 'hub', userId: row.user_id, sessionId: row.session_id, appId: row.app_id,
    data: { confirmationId: row.id, kind: row.kind, orderId: row.order_id, amountFen: row.amount_fen },
  } as const;
}
