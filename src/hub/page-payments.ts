import { paymentConfirmationRequest, type PayService } from '../pay/index.ts';
import type { PaymentSettler } from '../runtime/index.ts';
import type { TrustService } from '../trust/index.ts';

/** Who answers a page's payment sheet, and where (the entrance gets its share of the split). */
export interface PagePayer {
  userId: string;
  /** `web`, `cli`, …; `web` when absent. */
  entrance?: string;
  /** The user's language for the page's `fail` message; both languages when absent. */
  lang?: 'zh' | 'en';
}

/**
 * Settles a page's `wx.requestPayment` once the user answered the payment sheet with their own
 * tap: a confirmation bound to that exact order, redeemed with its token, then the capture under
 * an idempotency key (both in one statement when nothing stands in the way); a decline cancels the order. Give it to `PageSession.confirmPayment`.
 */
export function pagePaymentSettler(hub: { pay: PayService; trust: TrustService }, payer: PagePayer): PaymentSettler {
  const say = (zh: string, en: string): string => (payer.lang === 'zh' ? zh : payer.lang === 'en' ? en : `${zh} / ${en}`);
  return async (orderId, accept) => {
    const order = await hub.pay.getOrder(orderId);
    if (!order || order.userId !== payer.userId) return { ok: false, message: say('没有这笔订单', 'no such order of yours') };
    if (!accept) {
      await hub.pay.cancel(orderId, 'the user canceled the payment on the page');
      return { ok: false, message: say('已取消支付', 'payment canceled') };
    }
    if (order.status !== 'created') return { ok: false, message: say(`订单状态为 ${order.status}，无法支付`, `the order is ${order.status} and cannot be paid`) };
    const issued = await hub.trust.create(paymentConfirmationRequest(order, order.sessionId || `page:${orderId}`));
    const tapped = await hub.pay.captureOnTap((input) => hub.trust.redeem(input), {
      confirmationId: issued.id, token: issued.token, userId: payer.userId, sessionId: issued.sessionId,
      orderId, amountFen: order.amountFen, argsHash: issued.argsHash, idempotencyKey: `capture:${issued.id}`, entrance: payer.entrance ?? 'web',
    });
    if (!tapped.ok) return { ok: false, message: say(tapped.message.zh, tapped.message.en) };
    const { captured } = tapped;
    if (!captured.ok) {
      await hub.pay.cancel(orderId, `payment failed: ${captured.reason}`).catch(() => undefined);
      return { ok: false, message: say(captured.message.zh, captured.message.en) };
    }
    const amount = (order.amountFen / 100).toFixed(2);
    return { ok: true, message: say(`已支付 ¥${amount}`, `paid ¥${amount}`) };
  };
}
