import { describe, expect, it } from 'vitest';
import type { Entity } from '../understand/index.ts';
import { ofKindSaid } from './kind-said.ts';

const thing = (id: string, name: string, fields: Record<string, string>): Entity => ({ id, names: [name], fields });
const counter = [
  thing('t1', '桂花乌龙', { category: 'tea', price: '¥16' }),
  thing('t2', '冷萃', { category: 'coffee', price: '¥22' }),
  thing('t3', '手冲', { category: 'coffee', price: '¥26' }),
  thing('t4', '柠檬水', { category: 'juice', price: '¥12' }),
];
const shelf = [
  thing('r1', '清舒颗粒', { use: '缓解普通感冒引起的鼻塞、咽痛', price: '¥18' }),
  thing('r2', '宁眠片', { use: '改善睡眠', price: '¥9' }),
  thing('r3', '复方暖感片', { use: '流行性感冒引起的发热', price: '¥24' }),
];

describe('the kind a superlative is said of', () => {
  it('keeps those filed under the kind said after the superlative, in either language', () => {
    expect(ofKindSaid("What's the cheapest coffee you have? I'll take a large one", counter).map((e) => e.id)).toEqual(['t2', 't3']);
    expect(ofKindSaid('the cheapest cold medicine, two boxes', shelf).map((e) => e.id)).toEqual(['r1', 'r3']);
    expect(ofKindSaid('感冒药里哪个最便宜？来两盒', shelf).map((e) => e.id)).toEqual(['r1', 'r3']);
  });

  it('is the whole list where no kind is said, or the words say none of theirs', () => {
    expect(ofKindSaid('the cheapest one please', counter)).toHaveLength(4);
    expect(ofKindSaid('the cheapest thing on the menu', counter)).toHaveLength(4);
    expect(ofKindSaid('the cheapest smoothie', counter)).toHaveLength(4);
  });
});
