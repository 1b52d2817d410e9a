import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../../package/index.ts';
import { applyAnswer } from './answers.ts';
import type { Goal } from './memo.ts';

const schemas: Record<string, JsonSchema> = {
  recipientName: { type: 'string', description: '收件人姓名（recipient name）' },
  recipientPhone: { type: 'string', pattern: '^1\\d{10}$', description: '收件人手机号' },
  recipientAddress: { type: 'string', description: '收件详细地址（recipient street address）' },
};
const ctx = { texts: [], now: new Date('2026-11-20T02:00:00Z'), timeZone: 'Asia/Shanghai', userCity: undefined };

function goal(): Goal {
  return { text: '', toolId: 'express.ship', args: {}, decided: [], answers: [], status: 'open', attempts: 0, wanted: [] };
}

describe('labelled values read from one message', () => {
  it('reads a name written beside the phone number it shares a part with', () => {
    const g = goal();
    applyAnswer(g, { params: ['recipientName', 'recipientPhone', 'recipientAddress'], kind: 'value' }, '北京寄天津，3公斤，收件人张三 13811112222，天津市和平区南京路1号', (p) => schemas[p] ?? {}, ctx, { leftover: false });
    expect(g.args).toEqual({ recipientName: '张三', recipientPhone: '13811112222', recipientAddress: '天津市和平区南京路1号' });
  });
});

describe('an answer about a day, read with the request it answers', () => {
  it('takes 「住两晚，不要早餐」 as the end of a stay that starts on the day the request said', () => {
    const g = { ...goal(), text: '帮我订杭州西湖店下周五的大床房，两个人', toolId: 'hotel.createBooking' };
    const checkOut: JsonSchema = { type: 'string', description: '离店日期 YYYY-MM-DD，晚于入住日期' };
    const answered = applyAnswer(g, { params: ['checkOut'], kind: 'value' }, '住两晚，不要早餐', () => checkOut, ctx);
    expect(answered).toBe(true);
    // Friday 2026-11-27 of next week is 2026-11-27 (now: Friday 2026-11-20); two nights end on the 29th
    expect(g.args).toEqual({ checkOut: '2026-11-29' });
  });
});

describe('labelled values in an English request', () => {
  it('reads "Recipient is …" as the name and ends the address at the sentence after it', () => {
    const g = goal();
    applyAnswer(g, { params: ['recipientName', 'recipientPhone', 'recipientAddress'], kind: 'value' }, 'How much to send 1 kg within Shanghai? Recipient is Mary Zhou, 13655554444, 上海市黄浦区人民大道200号. Book it', (p) => schemas[p] ?? {}, ctx, { leftover: false });
    expect(g.args).toEqual({ recipientName: 'Mary Zhou', recipientPhone: '13655554444', recipientAddress: '上海市黄浦区人民大道200号' });
  });
});
