import { describe, expect, it } from 'vitest';
import { statedFact } from './stated-fact.ts';

// an invented pottery studio's skill document
const docs = [`# 陶艺工坊
## 规则
- 单次体验课 128 元，每节 90 分钟。
- 陶艺次卡 880 元，60 天有效，全部门店通用。
- 开课前 24 小时以上可以免费取消。
- 调用 \`bookLesson\` 前先用 listLessons 拿 lessonId。`];

describe('a fact the reply leaves out, as the skill states it', () => {
  it('is the sentence naming the thing asked about that states what is missing', () => {
    expect(statedFact('次卡多少钱？有效期多久？', '单次课 ¥128；陶艺次卡 ¥880。', docs, 'zh')).toBe('陶艺次卡 880 元，60 天有效，全部门店通用。');
  });

  it('is read for each part of the question: one the reply answers adds nothing, one it leaves out is stated', () => {
    expect(statedFact('单次体验课多少钱？那个次卡多少钱、能用多久？', '单次体验课：时长 90 分钟，价格 ¥128。', docs, 'zh')).toBe('陶艺次卡 880 元，60 天有效，全部门店通用。');
  });

  it('is said with its amounts in English to an English asker', () => {
    expect(statedFact('How much is the class pack and how long is it good for?', 'Lessons today: 14:00 wheel throwing ¥128.', docs, 'en'))
      .toBe('陶艺次卡 880 元，60 天有效，全部门店通用。 (¥880 · 60 days)');
  });

  it('is nothing where the reply already says it, or no sentence names the thing', () => {
    expect(statedFact('次卡多少钱', '陶艺次卡 ¥880。', docs, 'zh')).toBeUndefined();
    expect(statedFact('停车场收费多少？', '门店：湖边店。', docs, 'zh')).toBeUndefined();
  });

  it('never takes a date or a weekday in the reply for a length of time', () => {
    expect(statedFact('次卡有效期多久', '2026-11-20周五 14:00 拉坯课 ¥128', docs, 'zh')).toBe('陶艺次卡 880 元，60 天有效，全部门店通用。');
  });
});
