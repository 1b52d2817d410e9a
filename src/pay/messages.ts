import type { Bilingual } from '../trust/index.ts';
import { formatYuan } from './money.ts';
import type { OrderStatus, PayFailure } from './types.ts';

const say = (zh: string, en: string): Bilingual => ({ zh, en });

/** An expected refusal of a money movement, with the words the user reads. */
export function payFailure<R extends string>(reason: R, message: Bilingual): PayFailure<R> {
  return { ok: false, reason, message };
}

export const messages = {
  orderNotFound: (orderId: string) => say(`找不到订单 ${orderId}。`, `No order ${orderId}.`),
  insufficientFunds: (neededFen: number, balanceFen: number) =>
    say(`余额不足：需支付 ${formatYuan(neededFen)}，当前余额 ${formatYuan(balanceFen)}。没有扣款。`,
      `Insufficient balance: ${formatYuan(neededFen)} to pay, ${formatYuan(balanceFen)} available. Nothing was charged.`),
  notPayable: (status: OrderStatus) =>
    status === 'canceled'
      ? say('这笔订单已取消，不能支付。', 'This order was canceled; it cannot be paid.')
      : say('这笔订单已经支付过，不会重复扣款。', 'This order is already paid; it will not be charged again.'),
  noConfirmation: () => say('没有用户对这笔订单的确认，没有扣款。', "There is no user's confirmation for this order; nothing was charged."),
  confirmationPending: () => say('用户还没有确认这笔订单，没有扣款。', 'The user has not confirmed this order yet; nothing was charged.'),
  confirmationVoid: () => say('用户已拒绝这笔订单或确认已过期，没有扣款。', "The user declined this order or the confirmation expired; nothing was charged."),
  confirmationMismatch: (what: string) =>
    say(`用户确认的内容与订单不符（${what}），没有扣款。`, `What the user confirmed does not match the order (${what}); nothing was charged.`),
  idempotencyConflict: (key: string) =>
    say(`幂等键 ${key} 已用于另一个请求，请换一个新的键。`, `Idempotency key ${key} was used for a different request; use a new key.`),
  notCancelable: (status: OrderStatus) =>
    say(`订单状态为 ${status}，不能取消${status === 'paid' ? '，请改为退款' : ''}。`, `The order is ${status} and cannot be canceled${status === 'paid' ? '; refund it instead' : ''}.`),
  notRefundable: (status: OrderStatus) =>
    say(`订单状态为 ${status}，没有可退的款项。`, `The order is ${status}; there is nothing to refund.`),
  exceedsRefundable: (askedFen: number, leftFen: number) =>
    say(`退款 ${formatYuan(askedFen)} 超过可退金额 ${formatYuan(leftFen)}。`, `A refund of ${formatYuan(askedFen)} exceeds the ${formatYuan(leftFen)} left to refund.`),
  invalidRefund: () => say('退款金额必须是大于 0 的整数分。', 'A refund amount must be a positive whole number of fen.'),
};
