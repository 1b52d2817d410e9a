import { describe, expect, it } from 'vitest';
import { pinyinHits, sizeWordHits, spellsPinyin } from './pinyin-names.ts';

const keys = (hits: { key: number }[]) => [...new Set(hits.map((h) => h.key))];

describe('names an English speaker says for Chinese names', () => {
  const stores = [['国贸店'], ['中关村店'], ['陆家嘴店']];
  const rooms = [['小包'], ['中包'], ['大包']];

  it('spells a place in pinyin', () => {
    expect(keys(pinyinHits('pickup at the Lujiazui store', stores))).toEqual([2]);
    expect(keys(pinyinHits('the Zhong Guan Cun one', stores))).toEqual([1]);
  });

  it('reads a size word as a name only where the list sizes one kind of thing', () => {
    expect(keys(sizeWordHits('the small room tomorrow night', rooms))).toEqual([0]);
    // 中关村 is a place, not a medium 关村: "medium" is the drink's size here
    expect(sizeWordHits('a medium hot Americano at the Lujiazui store', stores)).toEqual([]);
  });
});

describe('a word spelled in pinyin', () => {
  it('tells a Chinese name spelled out from a foreign word', () => {
    expect(['Xujiahui', 'Zhongguancun', "Jing'an", 'Lujiazui'].every(spellsPinyin)).toBe(true);
    expect(['Throatease', 'Claritin', 'Starbound', 'multivitamin'].some(spellsPinyin)).toBe(false);
  });
});

describe('a name spelled a little wrong', () => {
  const names = [['青蒿素片（康舒）'], ['维生素C泡腾片'], ['医用口罩']];
  it('is the one thing whose pinyin it misses by a letter or two, written as a name ("Kangshu", "Kanshu")', () => {
    expect(pinyinHits('two boxes of that Kanshu stuff', names).map((h) => h.key)).toEqual([0]);
    expect(pinyinHits('two boxes of that Kangshuu stuff', names).map((h) => h.key)).toEqual([0]);
  });

  it('is none written as an ordinary word, or wrong from its first letters', () => {
    expect(pinyinHits('two boxes of that kanshu stuff', names)).toEqual([]);
    expect(pinyinHits('two boxes of that Xangshu stuff', names)).toEqual([]);
  });
});

describe('a city spelled right', () => {
  it('is no name a letter or two off it ("Shanghai" is not 深海…)', () => {
    expect(pinyinHits('What is showing in Shanghai this afternoon?', [['深海回响'], ['灯塔']])).toEqual([]);
  });
});
