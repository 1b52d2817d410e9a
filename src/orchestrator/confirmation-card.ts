import type { ConfirmationView } from '../trust/index.ts';
import type { ConfirmationRequest } from './events.ts';

/** What the confirmation card shows, read from the confirmation itself: exactly what the yes is bound to. */
export function confirmationRequest(c: ConfirmationView): ConfirmationRequest {
  return {
    confirmationId: c.id, kind: c.kind, appId: c.appId, merchantName: c.summary.merchantName, title: c.summary.title,
    ...(c.orderId ? { orderId: c.orderId } : {}),
    ...(c.amountFen !== undefined ? { amount: c.amountFen / 100 } : {}),
    ...(c.summary.lines ? { lines: c.summary.lines.map((l) => ({ name: l.name, qty: l.qty, unitPrice: l.unitPriceFen / 100, ...(l.options ? { options: l.options } : {}) })) } : {}),
    ...(c.summary.description ? { description: c.summary.description } : {}),
    expiresAt: c.expiresAt.toISOString(),
  };
}
