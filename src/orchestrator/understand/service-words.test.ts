import { describe, expect, it } from 'vitest';
import { serviceWords, thingsOnly, thingWords, withChineseWords, withSkillNames } from './service-words.ts';

describe('an English request read against skills written in Chinese', () => {
  it('adds the Chinese words of the services it names', () => {
    expect(withChineseWords("What's showing in Shanghai this afternoon?")).toContain('电影');
    expect(withChineseWords('Can someone come clean my place tomorrow?')).toContain('保洁');
    expect(withChineseWords('How much is a single pilates class?')).toContain('课');
    // (dishes ordered in are a takeaway's things, a cola too)
    expect(withChineseWords('a cheeseburger meal and a large coke, delivered')).toContain('汉堡');
    expect(withChineseWords('a cheeseburger meal and a large coke, delivered')).toContain('可乐');
    expect(withChineseWords('two beef noodles to the office')).toContain('外卖');
    expect(thingWords('the cycling one', { exact: true })).toBe('动感单车');
    expect(thingWords('a yoga class on Sunday')).toContain('瑜伽');
    expect(thingWords('3 tix for the late show')).toContain('票');
    // a count of nights is a stay; "tomorrow night" only says when
    expect(thingWords('a room for two nights')).toContain('住');
    expect(thingWords('two seats tomorrow night')).not.toContain('住');
    // a complaint asks for a remedy
    expect(thingWords('my kid has a sore throat')).toContain('药');
  });

  it('reads the words of a meal out (a cuisine, a private room) as the things a restaurant lists', () => {
    expect(thingsOnly(thingWords('a quiet vegetarian place near the old pier for two, a private room if they have one'))).toContain('包间');
    expect(thingWords('somewhere vegan near the pier')).toContain('素食');
    expect(thingWords('hot pot for six on Friday')).toContain('火锅');
  });

  it('leaves a Chinese request as it is', () => {
    expect(withChineseWords('帮我约明天的保洁')).toBe('帮我约明天的保洁');
  });
});

describe('the words that say which service', () => {
  it('leaves out the words of asking and doing, keeps the things', () => {
    const words = serviceWords('How much is a comfort car to the airport? Book it');
    expect(words).not.toMatch(/how much|book|多少钱|预约/i);
    expect(words).toContain('comfort car');
    expect(serviceWords('Book a window cleaning')).toContain('擦玻璃');
  });
});

describe('what a thing is, not how it comes', () => {
  it('keeps the things and drops the ways of fetching them (delivered, picked up, at a store)', () => {
    expect(thingsOnly(thingWords('从川味小馆点一份宫保鸡丁送到公司'))).toBe('');
    expect(thingsOnly(thingWords('deliver a thermometer to my home'))).toBe('体温计');
  });

  it('reads a thing said by what it does: something to take a temperature with is a thermometer', () => {
    expect(thingsOnly(thingWords("I need something to check my temperature, I'll pick it up"))).toBe('体温计');
  });

  it('reads shipping a thing of one\'s own as a parcel, not a shop sending an order', () => {
    expect(thingWords('how much to ship a 5 kg crate to Wuhan?')).toContain('快递');
    expect(thingWords('buy two lamps and ship them to my office')).not.toContain('快递');
  });

  it('reads "a pack of" as a measure of the thing, not a class pack', () => {
    expect(thingWords('a pack of face masks from the store')).not.toContain('次卡');
    expect(thingWords('buy a 10-class pack')).toContain('次卡');
    expect(thingWords('a forehead thermometer', { exact: true })).toBe('额温枪');
  });
});

describe('a Chinese request in everyday words, read against the words skills use', () => {
  it('adds the skill word for the everyday one (「擦窗户」 → 擦玻璃, 「打扫」 → 保洁)', () => {
    expect(withChineseWords('明天上午能约到擦窗户的吗')).toContain('擦玻璃');
    expect(serviceWords('周末来家里打扫一下')).toContain('保洁');
    expect(serviceWords('东门店周末几点开门，想一早过去练')).toContain('健身');
    expect(serviceWords('下班去锻炼一下')).toContain('健身');
    expect(withSkillNames('今晚想去打打拳')).toContain('拳击');
    expect(withSkillNames('一拳头砸在桌上')).not.toContain('拳击');
    expect(serviceWords('练字的本子多少钱')).not.toContain('健身');
    expect(withChineseWords('帮我订明天下午三点的票')).toBe('帮我订明天下午三点的票');
  });

  it('files food and drink asked for in general under the words a menu of them uses, not what a thing is for', () => {
    expect(serviceWords('坐船的时候能买点吃的喝的不')).toContain('小食');
    expect(serviceWords('有没有小孩也能吃的退烧药')).not.toContain('小食');
  });

  it('reads an English complaint as a remedy asked for, in the Chinese a list of remedies uses', () => {
    expect(serviceWords('period cramps again, anything for that?')).toContain('痛经');
    expect(serviceWords('period cramps again, anything for that?')).toContain('药品');
    expect(serviceWords('what do you have for breakfast?')).not.toContain('药品');
  });
});
