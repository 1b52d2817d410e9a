import { AgentOsError, type ErrorCode } from '../core/index.ts';
import { formatYuan, type CaptureOutcome, type TapOutcome } from '../pay/index.ts';
import type { RedeemOutcome, RefusalReason } from '../trust/index.ts';
import type { OrchestratorDeps } from './deps.ts';
import { act, type ActOutcome } from './act.ts';
import type { Pending } from './session-state.ts';
import type { Turn } from './turn.ts';

type ConfirmationPending = Extract<Pending, { kind: 'confirmation' }>;

/**
 * The user's yes on a card: redeem the single-use confirmation bound to this exact order
 * (or call), then capture and tell the mini-program. A refusal leaves nothing paid.
 */
export async function acceptConfirmation(deps: OrchestratorDeps, turn: Turn, pending: ConfirmationPending, token: string): Promise<ActOutcome | 'refused'> {
  // The same gesture retried after a crash between redeem and capture goes through again.
  const key = `capture:${pending.confirmationId}`;
  let captured: CaptureOutcome | undefined;
  let redeemed: RedeemOutcome | TapOutcome;
  if (pending.confirmKind === 'payment' && pending.orderId && pending.amountFen !== undefined) {
    // A payment's yes: redeemed and captured together (one statement when nothing stands in the way).
    redeemed = await deps.pay.captureOnTap((input) => deps.trust.redeem(input), {
      confirmationId: pending.confirmationId, token, userId: turn.user.id, sessionId: turn.session.id,
      orderId: pending.orderId, amountFen: pending.amountFen, ...(pending.argsHash ? { argsHash: pending.argsHash } : {}),
      redeemKey: key, idempotencyKey: key, entrance: turn.entrance,
    });
    // Stryker disable next-line ConditionalExpression: equivalent: a refusal carries no capture, so reading it gives undefined all the same
    if (redeemed.ok) captured = redeemed.captured;
  } else {
    redeemed = await deps.trust.redeem({
      id: pending.confirmationId, token, userId: turn.user.id, sessionId: turn.session.id, idempotencyKey: key,
      ...(pending.orderId ? { orderId: pending.orderId } : {}),
      ...(pending.amountFen !== undefined ? { amountFen: pending.amountFen } : {}),
      ...(pending.argsHash ? { argsHash: pending.argsHash } : {}),
    });
  }
  if (!redeemed.ok) {
    const text = redeemed.message[turn.lang];
    turn.emit({ type: 'error', code: `CONFIRMATION_${redeemed.reason.toUpperCase()}`, message: text });
    turn.failure = new AgentOsError(REFUSAL_CODES[redeemed.reason], text, { reason: redeemed.reason, confirmationId: pending.confirmationId });
    if (redeemed.reason === 'expired' || redeemed.reason === 'already_used' || redeemed.reason === 'declined') {
      removePending(turn, pending);
      turn.say(text);
    }
    return 'refused';
  }
  return finishAccepted(deps, turn, pending, captured);
}

/**
 * What follows a redeemed confirmation: the confirmed call runs, or the order is captured
 * (idempotently, keyed by the confirmation) and the mini-program told. Also how a restarted
 * hub finishes a yes that was redeemed when the previous process stopped.
 */
export async function finishAccepted(deps: OrchestratorDeps, turn: Turn, pending: ConfirmationPending, alreadyCaptured?: CaptureOutcome): Promise<ActOutcome> {
  removePending(turn, pending);
  if (pending.confirmKind === 'action') {
    return pending.call ? act(deps, turn, { ...pending.call, by: 'hub' }, { confirmed: true }) : 'continue';
  }
  const orderId = pending.orderId ?? '';
  const captured = alreadyCaptured ?? await deps.pay.capture({ orderId, confirmationId: pending.confirmationId, idempotencyKey: `capture:${pending.confirmationId}`, entrance: turn.entrance });
  if (!captured.ok) {
    const text = captured.message[turn.lang];
    turn.emit({ type: 'payment', appId: pending.appId, orderId, amount: (pending.amountFen ?? 0) / 100, status: 'failed', message: text });
    turn.say(text);
    await deps.pay.cancel(orderId).catch(() => undefined);
    turn.note(`Payment of order ${orderId} failed: ${text}. Nothing was charged.`);
    return notify(deps, turn, pending, 'canceled');
  }
  const amount = (pending.amountFen ?? 0) / 100;
  const message = turn.t(`已支付 ¥${amount.toFixed(2)}`, `Paid ¥${amount.toFixed(2)}`);
  turn.emit({ type: 'payment', appId: pending.appId, orderId, amount, status: 'captured', message });
  // what was taken is said in words too, line by line: a voice or an agent client shows no receipt card
  turn.say(await receipt(deps, turn, orderId, message));
  turn.note(`The user confirmed and order ${orderId} was paid (¥${amount.toFixed(2)}).`);
  await turn.checkpoint(); // money moved: the session must say so even if the hub stops now
  return notify(deps, turn, pending, 'paid');
}

/** 「已支付 ¥25.80（西替利嗪片 ×1 ¥19.80、配送费 ¥6.00）。」: the amount and what it was for. */
async function receipt(deps: OrchestratorDeps, turn: Turn, orderId: string, paid: string): Promise<string> {
  const order = await deps.pay.getOrder(orderId).catch(() => undefined);
  const lines = (order?.lines ?? []).map((l) => `${l.name} ×${l.qty} ${formatYuan(l.unitPriceFen * l.qty)}`);
  const detail = lines.length ? turn.t(`（${lines.join('、')}）`, ` (${lines.join(', ')})`) : '';
  // (the order's own title where it says more than its lines: the hotel, the route, the store)
  const title = order?.title?.trim() ?? '';
  const says = title && !lines.some((line) => line.includes(title)) && (order?.lines ?? []).some((l) => !title.includes(l.name)) ? turn.t(`：${title}`, `: ${title}`) : '';
  return turn.t(`${paid}${says}${detail}。`, `${paid}${says}${detail}.`);
}

/** The user's no: nothing is charged, the order is canceled, the mini-program is told. */
export async function declineConfirmation(deps: OrchestratorDeps, turn: Turn, pending: ConfirmationPending, token?: string): Promise<ActOutcome> {
  await deps.trust.decline({ id: pending.confirmationId, userId: turn.user.id, sessionId: turn.session.id, ...(token ? { token } : {}) });
  removePending(turn, pending);
  if (pending.confirmKind === 'action') {
    turn.say(turn.t('好的，已取消，没有执行该操作。', 'OK, canceled — nothing was done.'));
    turn.note('The user declined the action; it was not run.');
    return 'continue';
  }
  const orderId = pending.orderId ?? '';
  await deps.pay.cancel(orderId).catch(() => undefined);
  turn.emit({ type: 'payment', appId: pending.appId, orderId, amount: (pending.amountFen ?? 0) / 100, status: 'declined', message: turn.t('已取消，未支付', 'Canceled, not paid') });
  turn.say(turn.t('好的，已取消这笔订单，未支付，不会扣款。', 'OK, the order is canceled. You were not charged.'));
  turn.note(`The user declined order ${orderId}; it was canceled and nothing was charged.`);
  return notify(deps, turn, pending, 'canceled');
}

async function notify(deps: OrchestratorDeps, turn: Turn, pending: ConfirmationPending, status: 'paid' | 'canceled'): Promise<ActOutcome> {
  if (!pending.notifyApi || !pending.orderId) return 'continue';
  const tool = deps.tools.toolsOf(pending.appId).find((t) => t.api === pending.notifyApi && (!pending.skill || t.skill === pending.skill));
  if (!tool) return 'continue';
  // what it answers to a canceled order is for its own books: the user has heard from the hub that nothing was paid
  return act(deps, turn, { toolId: tool.id, arguments: { orderId: pending.orderId, status }, by: 'hub' }, { mode: 'system', booksOnly: status === 'canceled' });
}

/** A refused confirmation as the entrance answers it: not the user's (403), or no longer possible (409). */
const REFUSAL_CODES: Record<RefusalReason, ErrorCode> = {
  unknown: 'NOT_FOUND', wrong_user: 'FORBIDDEN', wrong_session: 'FORBIDDEN', wrong_token: 'FORBIDDEN',
  already_used: 'CONFLICT', expired: 'CONFLICT', declined: 'CONFLICT',
  amount_mismatch: 'CONFLICT', order_mismatch: 'CONFLICT', args_mismatch: 'CONFLICT',
};

export function removePending(turn: Turn, pending: Pending): void {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent: only a confirmation has a confirmationId, so either kind check decides as both do (dropping both is tested: two consents)
  turn.state.pending = turn.state.pending.filter((p) => p !== pending && !(p.kind === 'confirmation' && pending.kind === 'confirmation' && p.confirmationId === pending.confirmationId));
}
