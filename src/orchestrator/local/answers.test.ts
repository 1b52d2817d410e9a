import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../../package/index.ts';
import { applyAnswer } from './answers.ts';
import type { Ask, Goal } from './memo.ts';

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

describe('who a thing is for, said in English', () => {
  it('reads "it\'s for Chen Li" as the recipient, not a condition or a place beside it', () => {
    const g = goal();
    applyAnswer(g, { params: ['recipientName', 'recipientPhone', 'recipientAddress'], kind: 'value' }, "How much to send 2 kg to Wuhan? If it's cheap go ahead, it's for Chen Li, 13612345678, 9 Jiefang Road, Wuchang District, Wuhan", (p) => schemas[p] ?? {}, ctx, { leftover: false });
    expect(g.args).toEqual({ recipientName: 'Chen Li', recipientPhone: '13612345678', recipientAddress: '9 Jiefang Road, Wuchang District, Wuhan' });
  });

  it('takes no word of whose it is ("it\'s for my mum") for a name', () => {
    const g = goal();
    applyAnswer(g, { params: ['recipientName'], kind: 'value' }, "it's for my mum, ship it to Wuhan", (p) => schemas[p] ?? {}, ctx, { leftover: false });
    expect(g.args).toEqual({});
  });
});

describe('an answer that leaves several of the things offered', () => {
  const session = (id: string, date: string, start: string, club: string, clubEn: string) => ({ id, names: [id], fields: { date, start, clubName: club, clubNameEn: clubEn, typeName: '瑜伽', price: '79' } });
  const offered = (): Ask & { candidates: NonNullable<Ask['candidates']> } => ({
    params: ['classId'], kind: 'entity',
    candidates: [
      session('c1-1120-1215', '2026-11-20', '12:15', '国贸店', 'Guomao'),
      session('c1-1121-0900', '2026-11-21', '09:00', '国贸店', 'Guomao'),
      session('c3-1121-1000', '2026-11-21', '10:00', '静安店', "Jing'an"),
      session('c2-1121-1500', '2026-11-21', '15:00', '望京店', 'Wangjing'),
    ],
  });
  const id: JsonSchema = { type: 'string' };

  it('asks again among those a day, a store or a part of the day leaves, then takes the one left', () => {
    const g = goal();
    const ask = offered();
    expect(applyAnswer(g, ask, '明天的', () => id, ctx)).toBe(false);
    expect(ask.narrowed).toBe(true);
    expect(ask.candidates.map((c) => c.id)).toEqual(['c1-1121-0900', 'c3-1121-1000', 'c2-1121-1500']);
    expect(g.args).toEqual({});
    const again = { ...ask, narrowed: undefined };
    expect(applyAnswer(g, again, '下午那节', () => id, ctx)).toBe(true);
    expect(g.args).toEqual({ classId: 'c2-1121-1500' });
  });

  it('reads the store the sessions are at by a part of its name, never taking the first of several', () => {
    const g = goal();
    const ask = offered();
    expect(applyAnswer(g, ask, '国贸的', () => id, ctx)).toBe(false);
    expect(ask.candidates.map((c) => c.id)).toEqual(['c1-1120-1215', 'c1-1121-0900']);
    expect(g.args).toEqual({});
  });

  it('takes the one a superlative picks among those a day left ("Saturday", then "whichever is earliest")', () => {
    const g = goal();
    const ask = offered();
    expect(applyAnswer(g, ask, 'Saturday', () => id, ctx)).toBe(false);
    expect(applyAnswer(g, { ...ask, narrowed: undefined }, 'whichever is earliest', () => id, ctx)).toBe(true);
    expect(g.args).toEqual({ classId: 'c1-1121-0900' });
  });

  it('does not answer with what tells none apart', () => {
    const ask = offered();
    expect(applyAnswer(goal(), ask, '瑜伽', () => id, ctx)).toBe(false);
    expect(ask.narrowed).toBeUndefined();
  });
});

describe('an English answer about things named only in Chinese', () => {
  const kinds = (): Ask => ({
    params: ['classId'], kind: 'entity',
    candidates: [
      { id: 'k-1330', names: ['动感单车'], fields: { start: '13:30', price: '59' } },
      { id: 'k-1530', names: ['普拉提'], fields: { start: '15:30', price: '109' } },
      { id: 'k-1730', names: ['搏击'], fields: { start: '17:30', price: '89' } },
    ],
  });

  it('picks by the Chinese of the word it says ("the cycling one", "yoga")', () => {
    const g = goal();
    expect(applyAnswer(g, kinds(), 'The cycling one - book me in', () => ({ type: 'string' }), ctx)).toBe(true);
    expect(g.args).toEqual({ classId: 'k-1330' });
    const h = goal();
    expect(applyAnswer(h, kinds(), 'pilates please', () => ({ type: 'string' }), ctx)).toBe(true);
    expect(h.args).toEqual({ classId: 'k-1530' });
  });

  it('takes the plain one of the several an English word names in Chinese ("a regular twin")', () => {
    const beds = (): Ask => ({
      params: ['cabinId'], kind: 'entity',
      candidates: [
        { id: 'b1', names: ['海景双床房'], fields: { price: '900' } },
        { id: 'b2', names: ['经济双床房'], fields: { price: '400' } },
        { id: 'b3', names: ['经济大床房'], fields: { price: '420' } },
      ],
    });
    const g = goal();
    expect(applyAnswer(g, beds(), 'A regular twin is fine, with breakfast', () => ({ type: 'string' }), ctx)).toBe(true);
    expect(g.args).toEqual({ cabinId: 'b2' });
    const ask = beds();
    expect(applyAnswer(goal(), ask, 'a twin room', () => ({ type: 'string' }), ctx)).toBe(false);
    expect(ask.candidates?.map((c) => c.id)).toEqual(['b1', 'b2']);
  });

  it('picks nothing by a word none of them is', () => {
    expect(applyAnswer(goal(), kinds(), 'the swimming one', () => ({ type: 'string' }), ctx)).toBe(false);
  });
});

describe('a label said with whose it is', () => {
  it('reads "his name is …" as the labelled name', () => {
    const g = goal();
    applyAnswer(g, { params: ['recipientName', 'recipientPhone'], kind: 'value' }, 'A box of books for my cousin. His name is Tom Li, 13912340000', (p) => schemas[p] ?? {}, ctx, { leftover: false });
    expect(g.args).toEqual({ recipientName: 'Tom Li', recipientPhone: '13912340000' });
  });
});

describe('an English address in several parts', () => {
  it('is read whole: the room, the road, the district and the city', () => {
    const g = goal();
    applyAnswer(g, { params: ['recipientAddress'], kind: 'value' }, 'Flat 3B, 12 Jiefang Road, Yuzhong District, Chongqing', (p) => schemas[p] ?? {}, ctx);
    expect(g.args).toEqual({ recipientAddress: 'Flat 3B, 12 Jiefang Road, Yuzhong District, Chongqing' });
  });
});

describe('an answer that picks things by a size', () => {
  it('takes the ordinary kind of those whose ranges hold it ("The flat\'s about 55 square meters")', () => {
    const ask: Ask = {
      params: ['planIds'], kind: 'entity', many: true,
      candidates: [
        { id: 'tidy-s', names: ['标准整理（60㎡以内）', 'Standard tidy (up to 60 m²)'] },
        { id: 'tidy-l', names: ['标准整理（60～120㎡）', 'Standard tidy (60–120 m²)'] },
        { id: 'premium', names: ['精细整理（90㎡以内）', 'Premium tidy (up to 90 m²)'] },
      ],
    };
    const g = goal();
    expect(applyAnswer(g, ask, "Saturday at 3pm. The flat's about 55 square meters", () => ({}), ctx)).toBe(true);
    expect(g.args.planIds).toEqual(['tidy-s']);
  });
});

describe('an answer that says only a size', () => {
  it('takes the kind the request named, of those its ranges hold (「…做个精细整理」 then 「七十平左右」)', () => {
    const ask: Ask = {
      params: ['planIds'], kind: 'entity', many: true,
      candidates: [
        { id: 'tidy-l', names: ['标准整理（60～120㎡）'] },
        { id: 'premium', names: ['精细整理（90㎡以内）'] },
      ],
    };
    const g = { ...goal(), text: '下周一早上八点给家里做个精细整理' };
    expect(applyAnswer(g, ask, '七十平左右', () => ({}), ctx)).toBe(true);
    expect(g.args.planIds).toEqual(['premium']);
  });
});

describe('an hour said with no half of the day, of things listed at it', () => {
  const ask = (): Ask => ({ params: ['sailingId'], kind: 'entity', candidates: [
    { id: 's1', names: ['云溪—青屿'], fields: { departTime: '07:30' } }, { id: 's2', names: ['云溪—青屿'], fields: { departTime: '21:40' } }] });

  it('is the evening\'s where nothing is at that hour of the morning (「九点四十那班」 of one at 21:40)', () => {
    const g = { ...goal(), toolId: 'ferry.book' };
    expect(applyAnswer(g, ask(), '九点四十那班', () => ({ type: 'string' }), ctx)).toBe(true);
    expect(g.args).toEqual({ sailingId: 's2' });
  });

  it('stays the morning\'s where the answer says so', () => {
    const g = { ...goal(), toolId: 'ferry.book' };
    expect(applyAnswer(g, ask(), '上午九点四十那班', () => ({ type: 'string' }), ctx)).toBe(false);
    expect(g.args).toEqual({});
  });
});

describe('a yes to a choice among one', () => {
  const ask = (): Ask => ({ params: ['sailingId'], kind: 'entity', candidates: [{ id: 's1', names: ['云溪→青屿 10:30'] }] });

  it('takes the one offered (「好」「行」, "yes")', () => {
    for (const answer of ['好', '行，就这个', 'yes please']) {
      const g = goal();
      expect(applyAnswer(g, ask(), answer, () => ({}), ctx)).toBe(true);
      expect(g.args.sailingId).toBe('s1');
    }
  });

  it('takes nothing where more than one was offered, or the answer is no', () => {
    const g = goal();
    expect(applyAnswer(g, { ...ask(), candidates: [{ id: 's1', names: ['10:30'] }, { id: 's2', names: ['14:00'] }] }, '好', () => ({}), ctx)).toBe(false);
    expect(applyAnswer(goal(), ask(), '不要了', () => ({}), ctx)).toBe(false);
  });
});
