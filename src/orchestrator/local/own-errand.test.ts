import { describe, expect, it } from 'vitest';
import { isActing } from './request-words.ts';
import { withoutOwnErrand } from './own-errand.ts';

describe('the user going there themselves', () => {
  it('is the reason for a question, not an act', () => {
    expect(isActing(withoutOwnErrand('东门那家店明天几点开门？想去买点东西'))).toBe(false);
    expect(withoutOwnErrand('湖边店周末几点开门啊，想一早过去练')).not.toMatch(/练/);
    expect(isActing(withoutOwnErrand("When does the harbour shop open? I'll drop by to buy some tea."))).toBe(false);
  });

  it('leaves an act asked of the assistant', () => {
    expect(isActing(withoutOwnErrand('帮我去买两盒茶叶'))).toBe(true);
    expect(isActing(withoutOwnErrand('几点开门？顺便帮我订两张票'))).toBe(true);
  });
});
