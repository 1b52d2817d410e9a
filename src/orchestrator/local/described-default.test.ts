import { describe, expect, it } from 'vitest';
import { describedDefault } from './described-default.ts';

describe('a choice whose description says what to take when the user says nothing', () => {
  it('reads 「没提时用 X」 and 「(默认)」 marks', () => {
    expect(describedDefault({ type: 'string', enum: ['standard', 'premium'], description: '座位类型：standard=普通座，premium=黄金座。用户说“中间”用 premium；没提时用 standard。' })).toBe('standard');
    expect(describedDefault({ type: 'string', enum: ['all', 'paid'], description: '筛选：all=全部/all（默认），paid=已支付/paid。' })).toBe('all');
  });

  it('reads English defaults and a default named by its gloss', () => {
    expect(describedDefault({ type: 'string', enum: ['S', 'M', 'L'], description: 'cup size, defaults to M' })).toBe('M');
    expect(describedDefault({ type: 'string', enum: ['hot', 'iced'], description: 'hot=热/hot, iced=冰/iced；用户没说时用热的' })).toBe('hot');
  });

  it('reads a count the description fills when nothing is said, within its bounds', () => {
    expect(describedDefault({ type: 'integer', minimum: 1, maximum: 5, description: '房间数，用户没说时为 1' })).toBe('1');
    expect(describedDefault({ type: 'integer', description: 'rooms, defaults to 1' })).toBe('1');
    expect(describedDefault({ type: 'integer', minimum: 1, description: '入住总人数，用户没说时问用户' })).toBeUndefined();
    expect(describedDefault({ type: 'integer', minimum: 2, description: '人数，没说时为 1' })).toBeUndefined();
    // (「不知道时可先按每间 1 人」: what to take while it is not known)
    expect(describedDefault({ type: 'integer', minimum: 1, description: '入住总人数，不知道时可先按每间 1 人查价' })).toBe('1');
  });

  it('says nothing where the description names no default', () => {
    expect(describedDefault({ type: 'string', enum: ['standard', 'premium'], description: '座位类型：standard=普通座，premium=黄金座。' })).toBeUndefined();
    expect(describedDefault({ type: 'string', description: '默认 standard' })).toBeUndefined();
  });
});
