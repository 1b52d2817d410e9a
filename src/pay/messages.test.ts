import { describe, expect, it } from 'vitest';
import { messages, payFailure } from './messages.ts';

/** What a person reads when money does not move: in Chinese and in English, naming what went wrong and what was (not) charged. */
describe('the words of a refused payment or refund', () => {
  it('says each refusal in both languages, each with its own words', () => {
    const all = [
      messages.orderNotFound('ord_1'), messages.insufficientFunds(2_100, 500), messages.notPayable('canceled'), messages.notPayable('paid'),
      messages.noConfirmation(), messages.confirmationPending(), messages.confirmationVoid(), messages.confirmationMismatch('amount'),
      messages.idempotencyConflict('k-1'), messages.notCancelable('paid'), messages.notCancelable('canceled'), messages.notRefundable('created'),
      messages.exceedsRefundable(1_000, 250), messages.invalidRefund(),
    ];
    for (const { zh, en } of all) {
      expect(zh).toMatch(/\p{Script=Han}{4}/u);
      expect(en).toMatch(/[A-Za-z]+ [A-Za-z]+ [A-Za-z]+/);
    }
    expect(new Set(all.map((m) => m.zh)).size).toBe(all.length);
    expect(new Set(all.map((m) => m.en)).size).toBe(all.length);
  });

  it('tells the user that nothing was charged wherever a payment was refused before money moved', () => {
    for (const { zh, en } of [messages.insufficientFunds(2_100, 500), messages.noConfirmation(), messages.confirmationPending(), messages.confirmationVoid(), messages.confirmationMismatch('amount')]) {
      expect(zh).toMatch(/没有扣款/);
      expect(en).toMatch(/[Nn]othing was charged/);
    }
  });

  it('names what differs, the amounts and the state it is about', () => {
    expect(messages.insufficientFunds(2_100, 500).zh).toMatch(/21\.00.*5\.00/);
    expect(messages.confirmationMismatch('amount').en).toContain('amount');
    expect(messages.exceedsRefundable(1_000, 250).en).toMatch(/10\.00.*2\.50/);
    expect(messages.notRefundable('created').zh).toContain('created');
    // a paid order is refunded instead, in either language; any other state is told only that it cannot be canceled
    expect(messages.notCancelable('paid')).toEqual({ zh: '订单状态为 paid，不能取消，请改为退款。', en: 'The order is paid and cannot be canceled; refund it instead.' });
    expect(messages.notCancelable('refunded')).toEqual({ zh: '订单状态为 refunded，不能取消。', en: 'The order is refunded and cannot be canceled.' });
    expect(messages.notPayable('canceled').en).toMatch(/canceled/);
    expect(messages.notPayable('paid').en).toMatch(/already paid/);
    expect(messages.orderNotFound('ord_1').zh).toContain('ord_1');
  });

  it('makes a refusal a value the caller branches on: not ok, its reason, its words', () => {
    const words = messages.invalidRefund();
    expect(payFailure('invalid_amount', words)).toEqual({ ok: false, reason: 'invalid_amount', message: words });
  });
});
