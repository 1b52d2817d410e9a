import { describe, expect, it } from 'vitest';
import { factActionIssue, sentences } from './fact-action.ts';

describe('bp/fact-action heuristic', () => {
  it.each([
    '已根据所选规格生成订单。请展示订单确认卡片，并用一句话引导用户核对后下单。',
    '已生成订单，共 21.5 元。请展示订单确认卡片。',
    'Found 3 bouquets under 300 yuan. Show the list card and let the user pick one.',
    '该车次二等座已售罄。可以换乘其他车次或改选一等座。',
    '订单 o_1 已取消，款项 3 个工作日内退回。',
    '应付金额 128 元。请引导用户确认。',
  ])('accepts a fact before the action: %s', (text) => {
    expect(factActionIssue(text)).toBeUndefined();
  });

  it.each([
    '请展示卡片',
    '接下来请务必为用户展示订单确认卡片。',
    'Show the card.',
    'Please call payOrder next. The order is ready.',
    '「请展示订单卡片」',
    '',
    '   \n  ',
  ])('flags an action with no fact before it: %j', (text) => {
    expect(factActionIssue(text)).toBeDefined();
  });

  it('keeps decimals and splits Chinese and English sentences', () => {
    expect(sentences('共 21.5 元。请核对！Done. Next step')).toEqual(['共 21.5 元', '请核对', 'Done', 'Next step']);
  });
});
