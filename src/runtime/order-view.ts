import { openIdFor } from './open-id.ts';

/**
 * What a mini-program sees of one of its orders (`wx.getOrder`, `wx.createOrder`): the order
 * as it wrote it, its money in yuan and in integer fen, its state, and the user's `openid` for
 * this mini-program. Never the hub's user, session, confirmation or ledger ids.
 */
export function orderForMiniProgram(order: object, appId: string, userId: string): Record<string, unknown> {
  const o = order as Record<string, unknown>;
  const view: Record<string, unknown> = { orderId: o.orderId, status: o.status, amount: o.amount, refunded: o.refunded };
  for (const key of ['amountFen', 'refundedFen', 'title', 'meta', 'createdAt', 'paidAt'] as const) {
    if (o[key] !== undefined) view[key] = o[key];
  }
  if (Array.isArray(o.lines)) {
    view.lines = o.lines.map((line: Record<string, unknown>) => {
      const { ref, name, qty, unitPrice, unitPriceFen, options } = line;
      return { ref, name, qty, unitPrice, unitPriceFen, ...(options !== undefined ? { options } : {}) };
    });
  }
  view.openid = openIdFor(appId, userId);
  return view;
}
