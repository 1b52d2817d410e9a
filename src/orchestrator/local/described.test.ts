import { describe, expect, it } from 'vitest';
import { aboutNamed } from './about-named.ts';
import { describedFor, descriptionOf } from './described.ts';

const ref = { now: new Date('2026-11-20T02:00:00Z'), timeZone: 'Asia/Shanghai' };
// a car wash of the test's own: each wash says of itself who comes and what costs the same
const content = '可预约：快洗 ¥30，约0.5小时；精洗 ¥88，约2小时；打蜡 ¥128，约3小时。';
const structured = { washes: [
  { washId: 'w1', name: '快洗', price: 30, desc: '1名技师，外观冲洗擦干。' },
  { washId: 'w2', name: '精洗', nameEn: 'Full valet', price: 88, desc: '2名技师，内饰吸尘，七座车同价。' },
  { washId: 'w3', name: '打蜡', nameEn: 'Wax', price: 128, desc: '1名技师，含漆面清洁。' },
] };
const wash = { id: 'w2', names: ['精洗', 'Full valet'], fields: { desc: '2名技师，内饰吸尘，七座车同价。' } };

describe('describedFor', () => {
  it('gives what a thing says of itself where the question asks it', () => {
    expect(descriptionOf(wash)).toBe('2名技师，内饰吸尘，七座车同价。');
    expect(describedFor('精洗多少钱？七座车要加钱吗', wash, '精洗 ¥88')).toBe('2名技师，内饰吸尘，七座车同价');
  });

  it('gives it where the question asks what the thing is made of', () => {
    expect(describedFor("what's actually in a full valet?", wash, '精洗 ¥88')).toBe('2名技师，内饰吸尘，七座车同价');
    expect(describedFor('精洗里面有什么', wash, '精洗 ¥88')).toBe('2名技师，内饰吸尘，七座车同价');
  });

  it('gives nothing for a question its name alone answers', () => {
    expect(describedFor('精洗多少钱？', wash, '精洗 ¥88')).toBeUndefined();
    expect(describedFor('How much is a full valet?', wash, '精洗 ¥88')).toBeUndefined();
  });
});

describe('a question about one listed thing that asks what it says of itself', () => {
  it('hears its line and its description, though it asks twice', () => {
    const answer = aboutNamed(content, structured, ['精洗多少钱？我家是七座车，要加钱吗'], ref);
    expect(answer).toContain('¥88');
    expect(answer).toContain('七座车同价');
    expect(answer).not.toContain('¥128');
  });

  it('picks by the size said among those named alike', () => {
    const seats = '可预约：快洗 ¥30；精洗（5座以内） ¥88；精洗（6～9座） ¥128。';
    const listed = { washes: [{ washId: 'q', name: '快洗' }, { washId: 's5', name: '精洗（5座以内）' }, { washId: 's9', name: '精洗（6～9座）' }] };
    expect(aboutNamed(seats, listed, ['7座车精洗多少钱？'], ref)).toBe('可预约：精洗（6～9座） ¥128');
  });
});
