import { describe, expect, it } from 'vitest';
import { refusedAt } from './refused-at.ts';

const at = (text: string, said: string) => refusedAt(text, [text.indexOf(said), text.indexOf(said) + said.length]);

describe('a thing said only to be refused', () => {
  it('is refused by the words right before or right after it', () => {
    expect(at('两张船票，不要观景舱', '观景舱')).toBe(true);
    expect(at('观景舱就不要了，两张普通舱', '观景舱')).toBe(true);
    expect(at('two tickets, no deck cabin', 'deck cabin')).toBe(true);
    expect(at('without the meal', 'meal')).toBe(true);
    expect(at('two packs, no need to deliver', 'deliver')).toBe(true);
    expect(at("two packs, don't send them", 'send')).toBe(true);
  });

  it('is wanted where the refusal is of something else said between', () => {
    expect(at('两张观景舱，不要餐食', '观景舱')).toBe(false);
    expect(at('不要太晚，要两张观景舱', '观景舱')).toBe(false);
    expect(at('deck cabin, no meal', 'deck cabin')).toBe(false);
  });
});
