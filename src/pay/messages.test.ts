import { describe, expect, it } from 'vitest';
import { messages } from './messages.ts';

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
    expect(messages.notCancelable('paid').en).toMatch(/refund it instead/);
    expect(messages.notCancelable('canceled').en).not.toMatch(/refund/);
    expect(messages.notPayable('canceled').en).toMatch(/canceled/);
    expect(messages.notPayable('paid').en).toMatch(/already paid/);
    expect(messages.orderNotFound('ord_1').zh).toContain('ord_1');
  });
});
