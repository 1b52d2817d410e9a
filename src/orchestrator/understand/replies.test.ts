import { describe, expect, it } from 'vitest';
import { afterLeadingNo, detectLanguage, isAffirmative, isNegative, leadsWithYes, mentionsUsual } from './index.ts';

describe('short replies', () => {
  it.each(['好的', '好的，下单吧', '确认支付', '是', '嗯嗯', '可以', 'yes please', 'OK, go ahead', 'Sure!', 'confirm'])(
    '%s is a yes',
    (text) => {
      expect(isAffirmative(text)).toBe(true);
      expect(isNegative(text)).toBe(false);
    },
  );

  it.each(['不用了，谢谢', '算了', '不要', '取消', '不', 'no thanks', 'No.', 'never mind', 'no, make it large', '不，要大杯'])(
    '%s is a no',
    (text) => {
      expect(isNegative(text)).toBe(true);
      expect(isAffirmative(text)).toBe(false);
    },
  );

  it.each(['不用了，谢谢', '先不订了', '把订单取消吧', '我不需要了', 'cancel it', 'no thanks, never mind'])(
    '%s declines the whole request',
    (text) => expect(isNegative(text)).toBe(true),
  );

  it.each(['不需要早餐', '取消小食，其他照旧', '先不加小食', '自取，不需要配送', 'cancel the breakfast'])(
    '%s drops one thing, not the request',
    (text) => expect(isNegative(text)).toBe(false),
  );

  it.each(['不要冰', 'no ice please', '好的，但是换成大杯', '是不是太贵了', 'yesterday', '两杯', ''])(
    '%s is neither a plain yes nor a no',
    (text) => {
      expect(isAffirmative(text)).toBe(false);
      expect(isNegative(text)).toBe(false);
    },
  );

  it('hears "the usual"', () => {
    for (const text of ['老样子', '还是照旧吧', '老规矩', '跟上次一样', 'the usual please', 'My usual', 'same as last time']) {
      expect(mentionsUsual(text), text).toBe(true);
    }
    for (const text of ['一样大', 'usually I walk', '来一杯拿铁']) expect(mentionsUsual(text), text).toBe(false);
  });
});

describe('detectLanguage', () => {
  it('tells Chinese from English by what the text is mostly written in', () => {
    expect(detectLanguage('帮我订一张高铁票')).toBe('zh');
    expect(detectLanguage('order a latte')).toBe('en');
    expect(detectLanguage('来一杯 latte')).toBe('zh');
    expect(detectLanguage('order a large 拿铁 for pickup')).toBe('en');
    expect(detectLanguage('3')).toBe('zh');
  });
});

describe('a yes that goes on', () => {
  it('hears a reply that opens with a yes, and not one that opens with a no', () => {
    expect(leadsWithYes('行，扣就扣吧')).toBe(true);
    expect(leadsWithYes('OK, fine by me')).toBe(true);
    expect(leadsWithYes('算了，不取消了')).toBe(false);
    expect(leadsWithYes('扣多少？')).toBe(false);
  });
});

describe('what a reply says after the no it opens with', () => {
  it('is the rest, where there is one and nothing declines everything', () => {
    expect(afterLeadingNo('不用，我自己过去拿')).toBe('我自己过去拿');
    expect(afterLeadingNo('no, make it large')).toBe('make it large');
    expect(afterLeadingNo('不用了，算了')).toBe('');
    expect(afterLeadingNo('不要')).toBe('');
    expect(afterLeadingNo('不要冰')).toBe('');
  });
});
