import { describe, expect, it } from 'vitest';
import { askedAttributes } from './asked-attribute.ts';

describe('which attribute a question asks for', () => {
  it('reads how long, when open, how much, where and when it ends, in both languages', () => {
    expect(askedAttributes('那个零食包多钱啊')).toEqual(['price']);
    expect(askedAttributes('好多钱都花了')).toEqual([]);
    expect(askedAttributes('今晚的拳击课还有位置吗')).toEqual([]);
    expect(askedAttributes('这部片子片长多久？')).toEqual(['duration']);
    expect(askedAttributes('how long is a spin class and what does one cost?')).toEqual(['duration', 'price']);
    expect(askedAttributes('东门店周末几点开门啊')).toEqual(['hours']);
    // (which closes latest is asked of the hours each keeps)
    expect(askedAttributes('东港码头跟西港码头哪个关门最晚')).toEqual(['hours']);
    expect(askedAttributes('which of your shops closes the latest?')).toEqual(['hours']);
    expect(askedAttributes('修鞋怎么收费？')).toEqual(['price']);
    expect(askedAttributes('湖边那家具体在哪个位置啊')).toEqual(['address']);
    expect(askedAttributes('晚上七点那场看完大概几点')).toEqual(['end']);
    expect(askedAttributes('What time does the 7pm show end?')).toEqual(['end']);
    expect(askedAttributes("what's the address of the riverside one?")).toEqual(['address']);
    expect(askedAttributes('whats the price of a paper lantern')).toEqual(['price']);
    expect(askedAttributes('送到茶馆运费多少？')).toEqual(['price']);
    expect(askedAttributes('上门的服务费是多少')).toEqual(['price']);
    expect(askedAttributes('要交多少手续费？')).toEqual(['price']);
  });

  it('reads what an account holds as a balance, not a price, however it is asked', () => {
    expect(askedAttributes('how much is on my library card right now?')).toEqual(['balance']);
    expect(askedAttributes('How much do I have left in my travel wallet?')).toEqual(['balance']);
    expect(askedAttributes('储值卡里还有多少钱？')).toEqual(['balance']);
    expect(askedAttributes('会员卡余额还剩多少？')).toEqual(['balance']);
    expect(askedAttributes('一张储值卡多少钱？')).toEqual(['price']);
    expect(askedAttributes('how much is a gift card?')).toEqual(['price']);
    expect(askedAttributes('交通卡里还剩多少？')).toEqual(['balance']);
    expect(askedAttributes('周六那场还有多少张票？')).toEqual([]);
  });

  it('asks for nothing where a clause only tells or acts', () => {
    expect(askedAttributes('帮我订明天下午三点的票，价格无所谓')).toEqual([]);
    expect(askedAttributes('Book two tickets please.')).toEqual([]);
  });
});
