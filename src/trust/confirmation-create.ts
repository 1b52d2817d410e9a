import { AgentOsError, newId, newToken, sha256, type Clock } from '../core/index.ts';
import type { Store } from '../store/index.ts';
import { auditInsert, type AuditLog } from './audit-log.ts';
import { sqlParams } from './sql-params.ts';
import { retrying } from './transact.ts';
import { toConfirmationView, type ConfirmationRow } from './confirmation-rows.ts';
import type { ConfirmationSummary, ConfirmationWrite, CreateConfirmationInput, IssuedConfirmation } from './types.ts';

export interface ConfirmationDeps {
  store: Store;
  clock: Clock;
  audit: AuditLog;
  ttlMs: number;
}

function bad(field: string, message: string, fix: string): AgentOsError {
  return new AgentOsError('BAD_REQUEST', message, { where: `confirmation.${field}`, fix });
}

function validate(input: CreateConfirmationInput): void {
  for (const field of ['userId', 'sessionId', 'appId', 'argsHash'] as const) {
    if (typeof input[field] !== 'string' || input[field].length === 0) {
      throw bad(field, `确认请求缺少 ${field} / a confirmation needs ${field}`, `pass a non-empty string as ${field}`);
    }
  }
  if (input.kind !== 'payment' && input.kind !== 'action') {
    throw bad('kind', `未知的确认类型 ${String(input.kind)} / unknown confirmation kind`, "use 'payment' or 'action'");
  }
  if (input.kind === 'payment') {
    if (typeof input.orderId !== 'string' || !input.orderId) {
      throw bad('orderId', '付款确认必须绑定订单 / a payment confirmation must be bound to an order', 'pass the orderId the card shows');
    }
    if (!Number.isSafeInteger(input.amountFen) || (input.amountFen ?? 0) <= 0) {
      throw bad('amountFen', '付款确认的金额必须是正整数（分）/ a payment amount must be a positive integer of fen', 'pass the order amount in fen');
    }
  }
  const summary = input.summary as unknown;
  if (!summary ||
    // Stryker disable next-line ConditionalExpression: without it only a function carrying a string title would pass, and no entrance can send one (requests arrive as JSON)
    typeof summary !== 'object' ||
    typeof input.summary.title !== 'string') {
    throw bad('summary', '确认卡片内容缺失 / the card summary is missing', 'pass { title, merchantName, payee, lines, description }');
  }
  if (input.ttlMs !== undefined && !(input.ttlMs > 0)) throw bad('ttlMs', 'ttlMs 必须为正 / ttlMs must be positive', 'omit it for the default');
}

/**
 * The CTEs (for a statement's WITH) that write a pending confirmation bound to (user, session,
 * order, amount, args), its time on the sweep's list and its audit record, parameters bound
 * through `p` (`sqlParams`); and the confirmation as issued once that statement commits. Only the
 * token's hash is written. The caller seals the audit log after the commit (`sealSoon`).
 */
export function confirmationWrite(deps: Omit<ConfirmationDeps, 'store'>, input: CreateConfirmationInput, p: (value: unknown) => string): ConfirmationWrite {
  validate(input);
  const token = newToken();
  // Stryker disable next-line StringLiteral: the prefix only helps a person reading ids; nothing parses it
  const id = newId('cfm');
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + (input.ttlMs ?? deps.ttlMs));
  const summary = input.kind === 'payment' ? { ...input.summary, amountFen: input.amountFen } : input.summary;
  const summaryJson = JSON.stringify(summary);
  // Stryker disable next-line ObjectLiteral: equivalent: the name keeps the card's audit CTEs apart from a statement's own `audit`; no statement the card is written in has one
  const named = { name: 'card_audit' };
  const audit = auditInsert({
    kind: 'confirmation-requested', actor: 'hub', userId: input.userId, sessionId: input.sessionId, appId: input.appId,
    data: { confirmationId: id, kind: input.kind, orderId: input.orderId, amountFen: input.amountFen, argsHash: input.argsHash, summary, expiresAt: expiresAt.toISOString() },
  }, now, p, named);
  const row: ConfirmationRow = {
    id, token_hash: sha256(token), user_id: input.userId, session_id: input.sessionId, kind: input.kind, app_id: input.appId,
    order_id: input.orderId ?? null, amount_fen: input.amountFen ?? null, args_hash: input.argsHash,
    summary: JSON.parse(summaryJson) as ConfirmationSummary, status: 'pending', redeem_key: null, created_at: now, expires_at: expiresAt, decided_at: null,
  };
  const [idParam, expiry] = [p(row.id), p(expiresAt.toISOString())];
  const ctes = `${audit}, card_due AS (INSERT INTO confirmations_due (expires_at, id) VALUES (${expiry}, ${idParam})),
    card AS (INSERT INTO confirmations (id, token_hash, user_id, session_id, kind, app_id, order_id, amount_fen, args_hash, summary, status, created_at, expires_at)
     VALUES (${idParam}, ${p(row.token_hash)}, ${p(row.user_id)}, ${p(row.session_id)}, ${p(row.kind)}, ${p(row.app_id)}, ${p(row.order_id)},
       ${p(row.amount_fen)}, ${p(row.args_hash)}, ${p(summaryJson)}, 'pending', ${p(now.toISOString())}, ${expiry}))`;
  return { ctes, issued: { ...toConfirmationView(row), token } };
}

/** Creates a pending confirmation in a statement of its own (see `confirmationWrite`). */
export async function createConfirmation(deps: ConfirmationDeps, input: CreateConfirmationInput): Promise<IssuedConfirmation> {
  const { p, params } = sqlParams();
  const { ctes, issued } = confirmationWrite(deps, input, p);
  // One statement: the confirmation, its time on the sweep's list and its audit record commit together. A card not yet answered
  // is harmless to lose in a database crash, and the capture that answers it makes it durable.
  // Nothing is read back: the view is what was written.
  await retrying(() => deps.store.asyncCommit.query(`WITH ${ctes} SELECT 1`, params));
  return issued;
}
