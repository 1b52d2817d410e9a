import { describe, expect, it } from 'vitest';
import { splitFallback } from './fallback.ts';

describe('a second choice said with the first', () => {
  it('splits what is wanted first from what instead, keeping the details both share', () => {
    expect(splitFallback('这周六的树屋还有吗？没有的话就订花园房，住一晚')).toEqual({ first: '这周六的树屋还有吗？', instead: '订花园房，住一晚', whole: '这周六的树屋还有吗？ 订花园房，住一晚' });
    expect(splitFallback('周二晚上的瑜伽还有位置吗？约满了就约普拉提')?.instead).toBe('约普拉提');
    expect(splitFallback("A table for two at the tea house tomorrow at noon. If noon is taken, 1:30 works")?.instead).toBe('1:30 works');
    expect(splitFallback('周日中午订八个人，最好是露台，露台满了就坐室内')).toMatchObject({ first: '周日中午订八个人，最好是露台', instead: '坐室内' });
    expect(splitFallback('明晚的渡轮，两张上层座；上层要是没了就给我下层')).toMatchObject({ first: '明晚的渡轮，两张上层座', instead: '给我下层' });
    expect(splitFallback('Any IMAX seats left tonight? If not, a regular 2D show is fine')).toMatchObject({ first: 'Any IMAX seats left tonight?', instead: 'a regular 2D show is fine' });
    expect(splitFallback('Book the 7pm show, otherwise the 9pm one')).toMatchObject({ first: 'Book the 7pm show', whole: 'Book the 7pm show, the 9pm one' });
  });

  it('hears a condition of stock, of opening hours and of "that one", and keeps a first choice named only in its condition', () => {
    expect(splitFallback('东码头那家茶铺有桂花乌龙吗？没货的话就在北岛那家买一罐')).toMatchObject({ first: '东码头那家茶铺有桂花乌龙吗？', instead: '在北岛那家买一罐' });
    expect(splitFallback('开着就在那儿取两罐，不开就换北岛那家')).toMatchObject({ instead: '换北岛那家' });
    expect(splitFallback('码头那家现在还开着吗？开着的话来一罐乌龙，我自己过去拿；关了就在北岛那家下单')).toMatchObject({ instead: '在北岛那家下单' });
    expect(splitFallback('周六上午有两班船吗，快船那班要是已经满了，就给我订另外那班')).toMatchObject({ first: '周六上午有两班船吗，快船那班', instead: '给我订另外那班' });
    expect(splitFallback("The 6 pm ferry to the pier, please. If that one's full, just put me on the later sailing instead")).toMatchObject({ first: 'The 6 pm ferry to the pier, please.', instead: 'just put me on the later sailing instead' });
    expect(splitFallback("Book the Saturday tea tasting. If it's already full, make it Sunday's instead")?.instead).toBe("make it Sunday's instead");
    expect(splitFallback("A tin of oolong from the pier shop; if they don't have it, the one by the ferry")?.instead).toBe('the one by the ferry');
    expect(splitFallback('A pottery session this Sunday at 10am. If 10 is booked up, 2 in the afternoon works too')?.instead).toBe('2 in the afternoon works too');
    expect(splitFallback('Sunday at 3pm for the tea tasting; if 3pm is taken, 5 then')?.instead).toBe('5 then');
    // (the condition asked first, then taken up)
    expect(splitFallback('Is the 9am wheel class at the harbour studio on Sunday full? If it is, put me in the Sunday glazing class there instead.'))
      .toMatchObject({ first: 'Is the 9am wheel class at the harbour studio on Sunday full?', instead: 'put me in the Sunday glazing class there instead.' });
    expect(splitFallback('Sunday sunrise ferry sold out? If so, the next sailing')?.instead).toBe('the next sailing');
  });

  it('hears no seat or ticket left as a condition (「要是没票就坐下一班」)', () => {
    expect(splitFallback('周六早上那班船的客舱给我来一张，要是没票就坐下一班')).toMatchObject({ first: '周六早上那班船的客舱给我来一张', instead: '坐下一班' });
    expect(splitFallback('订周五晚上的包厢，没位子的话大厅也行')?.instead).toBe('大厅也行');
    expect(splitFallback('周六上午那班船，两张观景舱哈，观景舱要是没了普通舱也行')).toMatchObject({ first: '周六上午那班船，两张观景舱哈', instead: '普通舱也行' });
    expect(splitFallback('周六早上那班船，两张客舱；客舱要是不够，就买普通座')).toMatchObject({ first: '周六早上那班船，两张客舱', instead: '买普通座' });
    expect(splitFallback('周六早上那班船，两张，要靠窗的好位置；靠窗的要是没了，普通座也行')).toMatchObject({ first: '周六早上那班船，两张，要靠窗的好位置', instead: '普通座也行' });
  });

  it('finds the first inside the condition (「如果树屋满了就…」)', () => {
    expect(splitFallback('如果周六树屋满了就订花园房')).toMatchObject({ first: '周六树屋', instead: '订花园房' });
  });

  it('has nothing instead where the rest lets it go', () => {
    expect(splitFallback('有布洛芬吗，没有的话就算了')).toEqual({ first: '有布洛芬吗', whole: '有布洛芬吗' });
    expect(splitFallback('Is the tree house free on Saturday? If not, never mind')?.instead).toBeUndefined();
  });

  it('is no condition where the words only look like one', () => {
    for (const text of ['我还没有就诊卡，帮我挂个号', '没有糖的拿铁来一杯', '我不行了，帮我叫个车', '订不到的话就帮我看看明天的']) expect(splitFallback(text), text).toBeUndefined();
  });
});
