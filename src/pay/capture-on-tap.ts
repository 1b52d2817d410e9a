import type { RedeemInput, RedeemOutcome } from '../trust/index.ts';
import { captureOrder, captureRequestHash, entranceOf, requireKey, type PayDeps } from './capture.ts';
import { tapDirectly } from './capture-direct.ts';
import type { TapInput, TapOutcome } from './types.ts';

/** The trust layer's redeem, the way a tap takes when the one statement did not redeem. */
export type Redeem = (input: RedeemInput) => Promise<RedeemOutcome>;

/**
 * The user's yes on a payment card: redeems the confirmation, then captures the order it is
 * bound to. The common case is one statement (`tapDirectly`). Otherwise it is exactly the two
 * steps an entrance would take: `redeem` (which refuses with the reason, or replays a retried
 * gesture), then `captureOrder` (which captures, replays or refuses with the reason).
 */
export async function captureOnTap(deps: PayDeps, redeem: Redeem, input: TapInput): Promise<TapOutcome> {
  requireKey(input.idempotencyKey, 'capture.idempotencyKey');
  const entrance = entranceOf(input);
  const capture = { orderId: input.orderId, confirmationId: input.confirmationId, idempotencyKey: input.idempotencyKey, entrance };
  const direct = await tapDirectly(deps, { ...input, entrance, requestHash: captureRequestHash(capture) });
  if (direct.redeemed) return { ok: true, captured: direct.captured ?? await captureOrder(deps, capture) };
  const redeemed = await redeem({
    id: input.confirmationId, token: input.token, userId: input.userId, sessionId: input.sessionId,
    orderId: input.orderId, amountFen: input.amountFen,
    // Stryker disable next-line ConditionalExpression: equivalent: redeem reads an argsHash or key given as undefined as not given (`!== undefined`, `?? null`); the spreads are for the optional types
    ...(input.argsHash !== undefined ? { argsHash: input.argsHash } : {}),
    // Stryker disable next-line ConditionalExpression: idem
    ...(input.redeemKey !== undefined ? { idempotencyKey: input.redeemKey } : {}),
  });
  return redeemed.ok ? { ok: true, captured: await captureOrder(deps, capture) } : redeemed;
}
