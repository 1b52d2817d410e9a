import { describe, expect, it } from 'vitest';
import { notOffered, notOfferedNotice } from './not-offered.ts';

// an invented pottery studio's skill document
const docs = [[
  '# 陶艺工坊',
  '- 可预约：手捏体验课、拉坯课。',
  '- 注意：釉料代购、上门教学、私人定制都不在这里办理；请如实告诉用户。',
  '- We do not offer kiln rental or glaze sales here.',
].join('\n')];

describe('what a skill says it does not do', () => {
  it('is named where the request asks for it, in Chinese or in English', () => {
    expect(notOffered('周六想约个上门教学，两个人', docs)).toEqual({ thing: '上门教学' });
    expect(notOffered('Can I book kiln rental for Sunday?', docs)).toEqual({ thing: 'kiln rental' });
  });

  it('is nothing where the request asks for what the skill does', () => {
    expect(notOffered('周六下午的拉坯课，两个人', docs)).toBeUndefined();
  });

  it('is told plainly, with nothing booked or paid', () => {
    expect(notOfferedNotice({ thing: '上门教学' }, '陶艺工坊', 'zh')).toBe('抱歉，陶艺工坊不提供上门教学，没有下单，也没有扣款。');
  });
});

describe('a rule with a condition', () => {
  it('refuses nothing it names (「周日不提供上门服务」 says when, not what)', () => {
    const rules = ['- 周日不提供上门教学。\n- 开课前2小时内不支持取消。'];
    expect(notOffered('周六想约个上门教学', rules)).toBeUndefined();
    expect(notOffered('帮我取消周六的拉坯课', rules)).toBeUndefined();
  });
});

describe('the things listed before a colon', () => {
  it('are read where what follows the colon only tells the assistant what to say', () => {
    const listed = ['- 陶轮租用、釉料代购（含运费）：如实说明不提供。'];
    expect(notOffered('周六想约个陶轮租用，一下午', listed)).toEqual({ thing: '陶轮租用' });
    expect(notOffered('能帮我代购点釉料吗', listed)).toBeUndefined();
    expect(notOffered('釉料代购多少钱', listed)).toEqual({ thing: '釉料代购' });
  });
});
