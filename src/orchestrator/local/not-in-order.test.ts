import { describe, expect, it } from 'vitest';
import type { Transcript } from '../planner.ts';
import type { Goal } from './memo.ts';
import { namedNotInOrder, notInOrderNotice } from './not-in-order.ts';

// A bakery of the test's own: its list, then an order made of one of its things.
const transcript: Transcript[] = [
  { role: 'tool-result', callId: 'a', toolId: 'bakery.listCakes', isError: false, content: '', structuredContent: { cakes: [{ cakeId: 'k1', name: '葡式蛋挞', nameEn: 'Egg Tart' }, { cakeId: 'k2', name: '全麦面包', nameEn: 'Wholemeal Loaf' }] } },
  { role: 'tool-call', callId: 'b', toolId: 'bakery.placeOrder', arguments: { lines: [{ cakeId: 'k2', qty: 1 }] } },
  { role: 'tool-result', callId: 'b', toolId: 'bakery.placeOrder', isError: false, content: '订单 B1：全麦面包 ×1，¥18', structuredContent: { orderId: 'B1' } },
];
const made: Goal = { text: '', toolId: 'bakery.placeOrder', args: { lines: [{ cakeId: 'k2', qty: 1 }] }, decided: [], answers: [], status: 'done', attempts: 1, wanted: [] };

describe('namedNotInOrder', () => {
  it('finds an undo that names only a thing the order never held', () => {
    expect(namedNotInOrder('那蛋挞不要了，面包照送', made, transcript)?.map((e) => e.id)).toEqual(['k1']);
    expect(namedNotInOrder('Cancel the egg tart, keep the loaf coming', made, transcript)?.map((e) => e.id)).toEqual(['k1']);
  });

  it('leaves an undo of the order itself alone', () => {
    expect(namedNotInOrder('面包那单取消吧', made, transcript)).toBeUndefined();
    expect(namedNotInOrder('取消订单', made, transcript)).toBeUndefined();
    expect(namedNotInOrder('取消那个订单，蛋挞不要了', made, transcript)).toBeUndefined();
    expect(namedNotInOrder('Cancel the wholemeal loaf order', made, transcript)).toBeUndefined();
  });

  it('needs an order made', () => {
    expect(namedNotInOrder('那蛋挞不要了', undefined, transcript)).toBeUndefined();
    expect(namedNotInOrder('那蛋挞不要了', { ...made, status: 'dropped' }, transcript)).toBeUndefined();
  });

  it('says the order stands, in the message language', () => {
    const tart = [{ id: 'k1', names: ['葡式蛋挞'] }];
    expect(notInOrderNotice(tart, 'zh')).toContain('「葡式蛋挞」不在');
    expect(notInOrderNotice([{ id: 'k1', names: ['Egg Tart'] }], 'en')).toMatch(/^Egg Tart was not in your order/);
  });
});
