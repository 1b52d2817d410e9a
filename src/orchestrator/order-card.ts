import { hashValue } from '../core/index.ts';
import type { Tool } from '../catalog/index.ts';
import type { IssuedConfirmation } from '../trust/index.ts';
import type { OrchestratorDeps } from './deps.ts';
import type { Turn } from './turn.ts';

/** The card that asks the user to pay one order. */
export type PaymentCard = IssuedConfirmation & { amountFen: number };

/**
 * The card the hub wrote with an order in the call's own statement (`CallRequest.cardWithOrders`):
 * used only when it is a payment card for exactly that order.
 */
export function writtenCard(card: unknown, orderId: string): PaymentCard | undefined {
  if (!card || typeof card !== 'object') return undefined;
  const c = card as Partial<IssuedConfirmation>;
  const fits = c.kind === 'payment' && c.orderId === orderId && typeof c.id === 'string' && typeof c.token === 'string' && typeof c.amountFen === 'number';
  return fits ? (card as PaymentCard) : undefined;
}

/** A card for an order a call created without one (a derived page operation's): the order read, then its card written. */
export async function cardFor(deps: Pick<OrchestratorDeps, 'pay' | 'trust'>, turn: Turn, tool: Tool, orderId: string): Promise<PaymentCard | undefined> {
  const view = await deps.pay.getOrder(orderId);
  if (!view) return undefined;
  const issued = await deps.trust.create({
    userId: turn.user.id, sessionId: turn.session.id, kind: 'payment', appId: tool.appId, orderId,
    amountFen: view.amountFen, argsHash: hashValue({ orderId }),
    summary: { title: view.title, merchantName: tool.appName, payee: tool.appName, lines: view.lines.map((l) => ({ name: l.name, qty: l.qty, unitPriceFen: l.unitPriceFen, ...(l.options ? { options: l.options } : {}) })) },
  });
  return { ...issued, amountFen: view.amountFen };
}
