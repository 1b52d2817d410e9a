import { yuanText } from './confirmation-rows.ts';
import type { Refusal, RefusalReason } from './types.ts';

/** Facts a refusal message may name. */
export interface RefusalFacts {
  expectedFen?: number;
  givenFen?: number;
  ttlMinutes?: number;
}

/** Why a confirmation was refused, said plainly to the user in both languages. */
export function refusal(reason: RefusalReason, facts: RefusalFacts = {}): Refusal {
  const amounts = (zh: boolean) =>
    facts.expectedFen !== undefined && facts.givenFen !== undefined
      ? zh ? `卡片上是 ${yuanText(facts.expectedFen)}，本次是 ${yuanText(facts.givenFen)}` : `${yuanText(facts.expectedFen)} on the card, ${yuanText(facts.givenFen)} here`
      : zh ? '本次未给出卡片上的金额' : 'the amount on the card was not given';
  const messages: Record<RefusalReason, [string, string]> = {
    unknown: ['找不到这个确认请求，可能已被清除或编号有误。', 'No such confirmation request; its id may be wrong.'],
    wrong_user: ['这个确认属于另一位用户，只有本人可以确认。', 'This confirmation belongs to another user; only that user can confirm it.'],
    wrong_session: ['这个确认属于另一个会话，请在发起它的对话里确认。', 'This confirmation belongs to another session; confirm it in the conversation that asked.'],
    wrong_token: ['确认凭证不正确：只有用户本人在确认卡片上的操作才能确认。', "Wrong confirmation token: only the user's own tap or reply on the card can confirm."],
    already_used: ['这个确认已经用过了，不能再次使用；如需再次付款请重新下单。', 'This confirmation was already used and cannot be used again; place the order again to pay again.'],
    expired: [`确认已过期（有效期 ${facts.ttlMinutes ?? 10} 分钟），没有扣款，请重新发起。`, `This confirmation expired (valid for ${facts.ttlMinutes ?? 10} minutes); nothing was charged. Please start again.`],
    amount_mismatch: [`金额与确认卡片不符（${amounts(true)}），没有扣款。`, `The amount does not match the card (${amounts(false)}); nothing was charged.`],
    order_mismatch: ['订单与确认卡片不符，没有扣款。', 'The order does not match the card; nothing was charged.'],
    args_mismatch: ['操作内容与确认卡片不符，未执行。', 'The action differs from what the card showed; it was not carried out.'],
    declined: ['你已拒绝这个请求，没有扣款，也没有执行。', 'You declined this request; nothing was charged or carried out.'],
  };
  const [zh, en] = messages[reason];
  return { ok: false, reason, message: { zh, en } };
}
