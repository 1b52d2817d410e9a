import { hashValue } from '../core/index.ts';
import type { CreateConfirmationInput } from '../trust/index.ts';
import type { OrderDetails } from './types.ts';

/**
 * What to ask the user before an order is paid: the card shows the exact order (merchant,
 * payee, lines, amount) and the confirmation is bound to its id and amount. Pass it to
 * `TrustService.create`; the order must belong to a session for the user to confirm it in.
 */
export function paymentConfirmationRequest(order: OrderDetails, sessionId = order.sessionId ?? ''): CreateConfirmationInput {
  return {
    userId: order.userId,
    sessionId,
    kind: 'payment',
    appId: order.appId,
    orderId: order.orderId,
    amountFen: order.amountFen,
    summary: {
      title: order.title,
      merchantName: order.merchantName,
      payee: order.merchantName,
      lines: order.lines.map((line) => ({
        name: line.name, qty: line.qty, unitPriceFen: line.unitPriceFen, ...(line.options ? { options: line.options } : {}),
      })),
    },
    argsHash: hashValue({ orderId: order.orderId, amountFen: order.amountFen, lines: order.lines, meta: order.meta }),
  };
}
