import { log } from '../core/index.ts';
import type { Hub } from './open-hub.ts';

/**
 * Expires confirmations nobody answered in time: the order behind each is canceled (nothing
 * was charged) and its mini-program is told through its `notifyApi`, as on a decline.
 */
export async function sweepExpired(hub: Pick<Hub, 'trust' | 'pay' | 'runtime' | 'store'>): Promise<number> {
  // One sweeper at a time across the processes sharing the store; the others skip this round.
  return (await hub.store.locks('jobs').tryRun('expiry-sweep', () => sweep(hub))) ?? 0;
}

async function sweep(hub: Pick<Hub, 'trust' | 'pay' | 'runtime'>): Promise<number> {
  const expired = await hub.trust.expireDue();
  for (const confirmation of expired) {
    if (confirmation.kind !== 'payment' || !confirmation.orderId) continue;
    const order = await hub.pay.getOrder(confirmation.orderId);
    if (!order || order.status !== 'created') continue;
    await hub.pay.cancel(order.orderId, 'confirmation expired');
    if (!order.notifyApi) continue;
    await hub.runtime
      .call({ appId: order.appId, api: order.notifyApi, arguments: { orderId: order.orderId, status: 'canceled' }, userId: order.userId, mode: 'system' })
      .catch((error: unknown) => log.warn({ app: order.appId, error: String(error) }, 'expiry notification failed'));
  }
  return expired.length;
}

/** Sweeps every `everyMs` until stopped (the hub's `start`). */
export function startExpirySweeps(hub: Pick<Hub, 'trust' | 'pay' | 'runtime' | 'store'>, everyMs = 30_000): () => void {
  const timer = setInterval(() => void sweepExpired(hub).catch((error: unknown) => log.warn({ error: String(error) }, 'expiry sweep failed')), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
