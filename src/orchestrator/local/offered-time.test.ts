import { describe, expect, it } from 'vitest';
import type { Tool } from '../../catalog/index.ts';
import { offeredTime } from './offered-time.ts';

const ref = { now: new Date('2026-11-20T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };
const book = { id: 'tea.bookTasting', appId: 'tea', api: 'bookTasting', inputSchema: { type: 'object', properties: { date: { type: 'string' }, time: { type: 'string', description: 'HH:MM' }, people: { type: 'integer' } } } } as unknown as Tool;
const refusal = 'The tasting room is full on 2026-11-22 at 19:00. Still free that day: 18:00, 17:30, 20:30, 21:00.';
const args = { date: '2026-11-22', time: '19:00', people: 2 };

describe('a time offered when the one tried is refused', () => {
  it('is the one the words pick within the window said', () => {
    expect(offeredTime(refusal, args, book, ['a tasting for two this Sunday, the earliest that is free from 7 pm on'], ref)).toEqual({ path: 'time', value: '20:30' });
    expect(offeredTime(refusal, args, book, ['周日晚上七点以后最晚的那个点，两个人'], ref)).toEqual({ path: 'time', value: '21:00' });
  });

  it('is none where an exact time was said, or nothing offered is in the window', () => {
    expect(offeredTime(refusal, args, book, ['a tasting for two this Sunday at 7 pm'], ref)).toBeUndefined();
    expect(offeredTime(refusal, args, book, ['this Sunday, any time after 9:30 pm'], ref)).toBeUndefined();
  });
});
