import { describe, expect, it } from 'vitest';
import { asksAboutRules, docSentences, ruleLines } from './policy.ts';

const doc = `---
name: booking
description: 上门保洁：查服务、预约、取消退款
---
# 能做什么
- 查看我的预约，改日期 / 时间，取消并退款。
- 取消规则：距上门 24 小时以上全额退款；2～24 小时内扣 20% 违约金；2 小时内不能在线取消。需要扣违约金时，先把金额告诉用户，用户同意后才带 acceptFee 取消。
- 改时间不改价格；要换服务项目（如 2 小时改 4 小时）时，先取消原预约再重新预约。
5. 取消 \`cancelBooking\`。`;

describe('questions about the rules of undoing and changing', () => {
  it('knows them in Chinese and English, and not an act or another question', () => {
    for (const q of ['电影票可以退吗？', '上门保洁取消要扣钱吗', '什么时候之前能免费取消', 'Until when can I cancel for free?', 'Can I get a refund if I miss the show?', "What's the cancellation policy?", '买了观景舱还能改到别的班次吗', '我的船票现在退的话能退多少钱', 'How much would I get back if I cancel?']) expect(asksAboutRules(q), q).toBe(true);
    for (const q of ['帮我把周日那单取消', 'Cancel my booking please', '日常保洁多少钱？', '修鞋怎么收费？一次最多几双', '能把我的船票改到明早八点那班吗', '付完马上帮我取消，我想看看现在取消扣多少']) expect(asksAboutRules(q), q).toBe(false);
  });

  it('answers from the lines of the skill that state a rule with its condition', () => {
    expect(ruleLines([doc])).toEqual(['取消规则：距上门 24 小时以上全额退款；2～24 小时内扣 20% 违约金；2 小时内不能在线取消。']);
  });

  it('where no line states a condition, answers with what the skill says to do instead of the change asked about', () => {
    // an invented tea counter
    const tea = '## 不适用范围\n- 修改或退掉已支付的订单：请用户到柜台处理。\n- 替用户付款：付款只能由用户在卡片上完成。';
    expect(ruleLines([tea], 'can I change a tea order after I paid?')).toEqual(['修改或退掉已支付的订单：请到柜台处理。']);
    expect(ruleLines([tea], '茶能送到家吗')).toEqual([]);
  });
});

describe('the sentences of a skill document the user may hear', () => {
  it('keeps what a sentence says of the service without the parts that name code', () => {
    const doc = `## 不做什么
- 草本茶（查询结果中 caffeineFree=false，如浓茶、咖啡）不卖给孕妇：告诉用户须先问店员，不要为它调用 placeOrder。
- 用户提到茶名时，先 lookUpTea 取得 teaId。
- 满 59 元免配送费。`;
    expect(docSentences([doc])).toEqual(['草本茶（如浓茶、咖啡）不卖给孕妇：告诉用户须先问店员。', '满 59 元免配送费。']);
  });
});
