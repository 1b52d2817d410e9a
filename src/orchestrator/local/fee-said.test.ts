import { describe, expect, it } from 'vitest';
import { feeAsked } from './fee-said.ts';

// an invented tea counter's skill document
const docs = [`# 茶语
## 规则
- 外送只送门店所在城市，配送费 ¥4。
- 价格：大杯 +¥3；燕麦奶 +¥2（燕麦乌龙本身就是燕麦奶，不加价）。
- 茶叶按克称重：每 50 克 30 元。`];

describe('a fee the skill states', () => {
  it('answers a question of it, in either language', () => {
    expect(feeAsked('茶语外送要配送费吗？多少钱', docs)).toEqual({ sentence: '外送只送门店所在城市，配送费 ¥4。', alone: true });
    expect(feeAsked('How much is the delivery fee?', docs)).toEqual({ sentence: '外送只送门店所在城市，配送费 ¥4。', alone: true });
    // (the price of the things asked beside it is asked of the lists, the fee told with it)
    expect(feeAsked('两杯乌龙送到公司大概多少钱？配送费怎么算？', docs)).toEqual({ sentence: '外送只送门店所在城市，配送费 ¥4。', alone: false });
  });

  it('leaves a thing of a list, and a rate a quote computes, to the calls', () => {
    // (the drink is named longer than the milk that is priced)
    expect(feeAsked('燕麦乌龙多少钱', docs)).toBeUndefined();
    expect(feeAsked('买100克茶叶多少钱', docs)).toBeUndefined();
    expect(feeAsked('外送到公司', docs)).toBeUndefined();
  });
});
