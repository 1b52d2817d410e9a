import { describe, expect, it } from 'vitest';
import { splitClauses } from './index.ts';

const texts = (text: string) => splitClauses(text).map((clause) => clause.text);

describe('splitClauses', () => {
  it('splits at punctuation between items, keeping spans', () => {
    const text = '一杯大杯拿铁少冰，两杯中杯美式';
    const clauses = splitClauses(text);
    expect(clauses).toEqual([
      { text: '一杯大杯拿铁少冰', span: [0, 8] },
      { text: '两杯中杯美式', span: [9, 15] },
    ]);
    for (const clause of clauses) expect(text.slice(...clause.span)).toBe(clause.text);
    expect(texts('拿铁一杯、美式两杯；可颂一个')).toEqual(['拿铁一杯', '美式两杯', '可颂一个']);
  });

  it('splits at joining words, dropping them', () => {
    expect(texts('我和老婆还有孩子')).toEqual(['我', '老婆', '孩子']);
    expect(texts('两碗牛肉面再来一份凉皮')).toEqual(['两碗牛肉面', '一份凉皮']);
    expect(texts('a large latte and two small mochas')).toEqual(['a large latte', 'two small mochas']);
    expect(texts('a latte, plus a muffin')).toEqual(['a latte', 'a muffin']);
  });

  it('leaves joining characters inside words and numbers alone', () => {
    expect(texts('和平里店')).toEqual(['和平里店']);
    expect(texts('再见')).toEqual(['再见']);
    expect(texts('1,000元')).toEqual(['1,000元']);
    expect(texts('Anderson road')).toEqual(['Anderson road']);
  });

  it('returns nothing for empty text', () => {
    expect(splitClauses('')).toEqual([]);
    expect(splitClauses(' ， ')).toEqual([]);
  });
});
