import type { Clock } from '../core/index.ts';
import type { Store } from '../store/index.ts';
import { TrustService, type IssuedConfirmation } from '../trust/index.ts';
import { paymentConfirmationRequest } from './confirmation-request.ts';
import { PayService } from './pay-service.ts';
import type { CaptureOutcome, OrderDetails, SplitPolicy } from './types.ts';

/** A clock the test moves by hand (for expiry). */
export function manualClock(start = '2026-11-20T10:00:00+08:00'): Clock & { advance(ms: number): void } {
  let now = new Date(start).getTime();
  return { timeZone: 'Asia/Shanghai', now: () => new Date(now), advance: (ms) => void (now += ms) };
}

/** Pay and trust over one store, writing to one audit log, as the hub wires them. */
export function payAndTrust(store: Store, clock: Clock, splitPolicy?: SplitPolicy): { pay: PayService; trust: TrustService } {
  const trust = new TrustService({ store, clock });
  const pay = new PayService({ store, clock, audit: trust.audit, ...(splitPolicy ? { splitPolicy } : {}) });
  return { pay, trust };
}

/** An order of `amountFen` in one line (plus a second line when it divides), as a mini-program would create it. */
export function orderOf(pay: PayService, { appId = 'coffee', userId, sessionId, amountFen }: { appId?: string; userId: string; sessionId: string; amountFen: number }): Promise<OrderDetails> {
  const lines = amountFen % 2 === 0 && amountFen > 2
    ? [{ ref: 'd01', name: '美式 Americano', qty: 2, unitPrice: amountFen / 200 }]
    : [{ ref: 'd02', name: '拿铁 Latte', qty: 1, unitPrice: amountFen / 100, options: { size: 'L' } }];
  return pay.createOrder({ appId, userId, sessionId, skill: 'order', draft: { title: 'coffee', amount: amountFen / 100, lines, meta: { store: 's1' }, notifyApi: 'notify' } });
}

/** The whole confirmed payment: order, card, the user's tap, capture. */
export async function confirmedPayment(pay: PayService, trust: TrustService, input: { appId?: string; userId: string; sessionId: string; amountFen: number; key: string; entrance?: string }): Promise<{ order: OrderDetails; confirmation: IssuedConfirmation; outcome: CaptureOutcome }> {
  const order = await orderOf(pay, input);
  const confirmation = await trust.create(paymentConfirmationRequest(order));
  const redeemed = await trust.redeem({
    id: confirmation.id, token: confirmation.token, userId: input.userId, sessionId: input.sessionId,
    orderId: order.orderId, amountFen: order.amountFen, idempotencyKey: input.key,
  });
  if (!redeemed.ok) throw new Error(`redeem refused: ${redeemed.reason}`);
  const outcome = await pay.capture({ orderId: order.orderId, confirmationId: confirmation.id, idempotencyKey: input.key, entrance: input.entrance ?? 'test' });
  return { order, confirmation, outcome };
}

/** Every statement a store runs, counted (its async-commit side and its transactions' statements too). */
export function countedStore(store: Store): { store: Store; statements: () => number } {
  let statements = 0;
  const counting: Store = Object.create(store) as Store;
  Object.assign(counting, {
    query: (text: string, params?: readonly unknown[]) => (statements++, store.query(text, params)),
    asyncCommit: { query: (text: string, params?: readonly unknown[]) => (statements++, store.asyncCommit.query(text, params)), exec: (text: string) => store.asyncCommit.exec(text) },
    transaction: <T>(fn: Parameters<Store['transaction']>[0]) => store.transaction((tx) => fn({
      query: (text, params) => (statements++, tx.query(text, params)), exec: (text) => tx.exec(text),
    }) as Promise<T>),
    exec: (text: string) => store.exec(text),
  });
  return { store: counting, statements: () => statements };
}
