import { describe, expect, it } from 'vitest';
import { yuanText } from './confirmation-rows.ts';
import { refusal } from './refusals.ts';
import type { RefusalReason } from './types.ts';

const REASONS: RefusalReason[] = [
  'unknown', 'wrong_user', 'wrong_session', 'wrong_token', 'already_used',
  'expired', 'amount_mismatch', 'order_mismatch', 'args_mismatch', 'declined',
];
const CJK = /[\u4e00-\u9fff]/;
const LATIN = /[A-Za-z]{3}/;

describe('a refused confirmation, as the user reads it', () => {
  it('says each reason in Chinese and in English, and no two reasons alike', () => {
    const refusals = REASONS.map((reason) => refusal(reason, { expectedFen: 2100, givenFen: 100 }));
    for (const [i, outcome] of refusals.entries()) {
      expect(outcome).toMatchObject({ ok: false, reason: REASONS[i] });
      expect(outcome.message.zh, REASONS[i]).toMatch(CJK);
      expect(outcome.message.en, REASONS[i]).toMatch(LATIN);
      expect(outcome.message.en, REASONS[i]).not.toMatch(CJK);
      expect(outcome.message.zh, REASONS[i]).not.toMatch(LATIN); // each language whole, not mixed
    }
    expect(new Set(refusals.map((r) => r.message.zh)).size).toBe(REASONS.length);
    expect(new Set(refusals.map((r) => r.message.en)).size).toBe(REASONS.length);
  });

  it('shows both amounts of a mismatch, the card’s and the one given, in both languages', () => {
    const { message } = refusal('amount_mismatch', { expectedFen: 2100, givenFen: 100 });
    for (const text of [message.zh, message.en]) {
      expect(text).toContain('¥21.00');
      expect(text).toContain('¥1.00');
      expect(text.indexOf('¥21.00')).toBeLessThan(text.indexOf('¥1.00')); // the card's amount first
    }
  });

  it('when no amount was given, says so rather than showing a made-up one', () => {
    for (const facts of [{}, { expectedFen: 2100 }, { givenFen: 100 }]) {
      const { message } = refusal('amount_mismatch', facts);
      const full = refusal('amount_mismatch', { expectedFen: 2100, givenFen: 100 }).message;
      for (const [text, other] of [[message.zh, full.zh], [message.en, full.en]] as const) {
        expect(text).not.toMatch(/NaN|undefined|¥/);
        expect(text).not.toBe(other);
      }
      expect(message.zh).not.toContain('（）'); // it says what is missing, not an empty gap
      expect(message.en).not.toContain('()');
      expect(message.zh).not.toMatch(LATIN);
      expect(message.en).not.toMatch(CJK);
    }
  });

  it('names the time a confirmation lived, ten minutes unless told otherwise', () => {
    const told = refusal('expired', { ttlMinutes: 3 }).message;
    expect(told.zh).toContain('3 分钟');
    expect(told.en).toContain('3 minutes');
    const byDefault = refusal('expired').message;
    expect(byDefault.zh).toContain('10 分钟');
    expect(byDefault.en).toContain('10 minutes');
  });

  it('writes fen as yuan with two decimals, the sign first', () => {
    expect(yuanText(2100)).toBe('¥21.00');
    expect(yuanText(5)).toBe('¥0.05');
    expect(yuanText(123_456)).toBe('¥1234.56');
    expect(yuanText(0)).toBe('¥0.00');
    expect(yuanText(-250)).toBe('-¥2.50');
  });
});
