import { callBridge, type CallState } from '../call-host.ts';
import { CallAborted, type HostBridge } from '../sandbox/host-bridge.ts';
import type { PendingPayment } from './types.ts';

/**
 * The host side of a page interaction: the same `wx` services as an API call (storage,
 * consent, orders, network), plus what only pages have: the idle tick that ends an
 * interaction and the check of an order a page asks the user to pay.
 */
export function pageBridge(state: CallState): HostBridge {
  const base = callBridge(state);
  return {
    source: base.source,
    sync: base.sync,
    known: base.known,
    async async(op, args) {
      if (op === 'page.tick') return new Promise((resolve) => setImmediate(() => resolve(null)));
      // Once the user must be asked, nothing else of this interaction may reach the world.
      if (state.consentNeeded) throw new CallAborted(`${op}:fail waiting for the user's consent to ${state.consentNeeded}`);
      if (op === 'page.payment') return payable(state, args);
      if (op === 'sendFollowUpMessage' || op === 'updateModelContext') {
        throw new Error(`${op}:fail only a card in the conversation can talk to the assistant (页面不能直接给助手发消息)`);
      }
      return base.async(op, args);
    },
  };
}

async function payable(state: CallState, args: unknown): Promise<PendingPayment> {
  const orderId = (args as { orderId?: unknown } | null)?.orderId;
  if (typeof orderId !== 'string' || !orderId) {
    throw new Error('requestPayment:fail orderId is required: pass the orderId wx.createOrder returned (需要 orderId)');
  }
  const order = await state.services.getOrder(state.identity, orderId);
  if (!order) throw new Error(`requestPayment:fail no order ${orderId} of this mini-program (没有这笔订单)`);
  if (order.status !== 'created') throw new Error(`requestPayment:fail the order is ${order.status}, not waiting for payment (订单状态为 ${order.status}，无需支付)`);
  return { orderId: order.orderId, amount: order.amount, status: order.status };
}
