import { describe, expect, it } from 'vitest';
import type { SequencedEvent } from '../orchestrator/index.ts';
import { failureKind } from './failure-kind.ts';
import { placesIn } from './package-places.ts';
import type { Scenario } from './scenario.ts';

const scenario = (answers: string[] = []): Scenario => ({
  id: 's', user: 'u', now: '2026-11-20T10:00:00+08:00', say: 'x', answers, confirm: true, consent: true,
  expect: { paid: [{ merchant: 'tea', amount: 12 }], refunded: undefined, replyContains: [], replyExcludes: [] },
});
const at = (events: object[]) => events.map((e, seq) => ({ seq, ...e })) as unknown as SequencedEvent[];
const call = (appId: string) => ({ type: 'tool-call', appId, api: 'listThings', arguments: {}, by: 'planner' });
const none = { check: 'order-missing', text: 'expected payment tea ¥12.00 was not found (payment: none)' } as const;

describe('the kind of a failed scenario, from what the hub did', () => {
  it('tells an order never made by where the talk ended', () => {
    expect(failureKind(scenario(), { failure: none, events: at([call('bus')]), userTurns: 1 })).toBe('no order: the mini-program was never called (another was)');
    expect(failureKind(scenario(['yes']), { failure: none, events: at([call('tea')]), userTurns: 3 })).toBe('no order: the mini-program was called; ended with the hub asking more than the user had to say');
    expect(failureKind(scenario(['yes']), { failure: none, events: at([call('tea')]), userTurns: 3, asked: 'a choice among 3 listed (teaId)' })).toBe('no order: the mini-program was called; ended with the hub asking more than the user had to say: a choice among 3 listed (teaId); last read listThings()');
    const read = { ...call('tea'), arguments: { shop: 'north', day: 'Fri' } };
    expect(failureKind(scenario(['yes']), { failure: none, events: at([read]), userTurns: 3, asked: 'a choice among 3 listed (teaId)' })).toContain('last read listThings(day, shop)');
    expect(failureKind(scenario(['yes']), { failure: none, events: at([call('tea')]), userTurns: 2 })).toBe('no order: the mini-program was called; ended on a plain reply');
    expect(failureKind(scenario(), { failure: none, events: at([call('tea'), { type: 'tool-result', appId: 'tea', api: 'order', isError: true, content: '' }]), userTurns: 1 })).toBe('no order: the mini-program was called; ended after a failed call; last failed order()');
  });

  it('names a refusal by its structure: the arguments it names, its code, the lists it offers', () => {
    const book = { type: 'tool-call', appId: 'tea', api: 'book', arguments: { slot: '15:00', guests: 2 }, by: 'planner' };
    const refused = { type: 'tool-result', appId: 'tea', api: 'book', isError: true, content: 'slot 15:00 is full', structuredContent: { code: 'SLOT_FULL', reason: 'Full today', slots: ['16:00', '17:00'] } };
    const kind = failureKind(scenario(['yes']), { failure: none, events: at([call('tea'), book, refused]), userTurns: 3, asked: 'a value (slot)' });
    expect(kind).toBe('no order: the mini-program was called; ended with the hub asking more than the user had to say: a value (slot); last read book(guests, slot); last failed book(guests, slot), naming slot, code SLOT_FULL, offering slots[2]');
    expect(kind).not.toContain('16:00');
  });

  it('names other kinds without quoting anything said', () => {
    const kind = failureKind(scenario(), { failure: { check: 'reply-lacks', text: 'no reply contains 「乌龙」' }, events: at([]), userTurns: 2 });
    expect(kind).toBe('the reply lacks the fact: nothing called; ended with the hub asking more than the user had to say');
    expect(kind).not.toContain('乌龙');
    expect(failureKind(scenario(), { failure: undefined, events: at([]), userTurns: 1 })).toBeUndefined();
  });

  it('names the part of an order that differs, never its value', () => {
    const differs = { check: 'order-differs', text: '' } as const;
    const expecting = (line: Record<string, unknown>, meta?: Record<string, unknown>): Scenario => ({ ...scenario(), expect: { ...scenario().expect, paid: [{ merchant: 'tea', amount: 24, lines: [line], ...(meta ? { meta } : {}) }] } });
    const paid = (ref: string, qty: number, amount = 24, options = {}, meta = {}) => [{ orderId: 'o1', merchant: 'tea', amount, meta, lines: [{ ref, name: ref, qty, unitPrice: amount / qty, options }] }];
    const kindOf = (s: Scenario, made: ReturnType<typeof paid>) => failureKind(s, { failure: differs, events: at([call('tea')]), userTurns: 1, paid: made });
    expect(kindOf(expecting({ ref: 'oolong', qty: 2 }), paid('jasmine', 2))).toBe('an order of another amount or content: another item (the one wanted in no list read)');
    expect(kindOf(expecting({ ref: 'oolong', qty: 2 }), paid('oolong', 1, 12))).toBe('an order of another amount or content: another count');
    expect(kindOf(expecting({ ref: 'oolong', options: { size: 'L' } }), paid('oolong', 2, 24, { size: 'M' }))).toBe('an order of another amount or content: other options');
    expect(kindOf(expecting({ ref: 'oolong' }, { pickup: '15:00' }), paid('oolong', 2, 24, {}, { pickup: '16:00' }))).toBe('an order of another amount or content: details (pickup)');
    expect(kindOf(expecting({ ref: 'oolong' }), paid('oolong', 2, 30))).toBe('an order of another amount or content: the same lines, another sum');
    expect(kindOf(expecting({ ref: 'oolong' }), [{ ...paid('oolong', 2)[0]!, merchant: 'bus' }])).toBe('an order of another amount or content: made at another mini-program');
  });

  it('places the item wanted and the item made in the list they were read from, by position only', () => {
    const scene: Scenario = { ...scenario(), expect: { ...scenario().expect, paid: [{ merchant: 'tea', amount: 24, lines: [{ ref: 't3' }] }] } };
    const made = [{ orderId: 'o1', merchant: 'tea', amount: 24, meta: {}, lines: [{ ref: 't1', name: '茉莉', qty: 1, unitPrice: 24, options: {} }] }];
    const menu = { type: 'tool-result', appId: 'tea', api: 'listThings', isError: false, content: '', structuredContent: { teas: [{ id: 't1', name: '茉莉' }, { id: 't2', name: '乌龙' }, { id: 't3', name: '普洱' }] } };
    const kindOf = (events: object[]) => failureKind(scene, { failure: { check: 'order-differs', text: '' }, events: at(events), userTurns: 1, paid: made });
    expect(kindOf([{ ...call('tea'), arguments: { shop: 'n' } }, menu])).toBe('an order of another amount or content: another item (the one wanted 3 of 3 in teas read by listThings(shop); the one made 1)');
    expect(kindOf([call('tea')])).toBe('an order of another amount or content: another item (the one wanted in no list read)');
    expect(kindOf([call('tea'), menu])).not.toContain('普洱');
    const places = placesIn(new Map([['tea', { files: { 'data/menu.json': JSON.stringify({ teas: [{ id: 't1', name: '茉莉', shop: 'n', size: 'M' }, { id: 't3', name: '普洱', shop: 's', size: 'M' }] }) } } as never]]));
    const stands = failureKind(scene, { failure: { check: 'order-differs', text: '' }, events: at([call('tea')]), userTurns: 1, paid: made }, places);
    expect(stands).toBe('an order of another amount or content: another item (the one wanted in no list read; it stands in data/menu.json at teas[].id); it differs from the one made in name, shop');
  });

  it('tells a fact that was read and not said from one never read', () => {
    const asking: Scenario = { ...scenario(), expect: { ...scenario().expect, replyContains: ['乌龙'] } };
    const lacks = { check: 'reply-lacks', text: '' } as const;
    const result = (content: string) => ({ type: 'tool-result', appId: 'tea', api: 'listThings', isError: false, content });
    expect(failureKind(asking, { failure: lacks, events: at([call('tea'), result('乌龙 ¥12')]), userTurns: 1 })).toBe('the reply lacks the fact: called listThings(), the fact in result read; ended on a plain reply');
    expect(failureKind(asking, { failure: lacks, events: at([call('tea'), result('茉莉 ¥10')]), userTurns: 1 })).toBe('the reply lacks the fact: called listThings(), the fact in no result read; ended on a plain reply');
    const places = placesIn(new Map([['tea', { files: { 'SKILL.md': '# 茶语\n## 规则\n乌龙只在周末供应。' } } as never], ['bus', { files: {} } as never]]));
    expect(failureKind(asking, { failure: lacks, events: at([call('tea'), result('茉莉 ¥10')]), userTurns: 1 }, places)).toBe('the reply lacks the fact: called listThings(), the fact in no result read; it stands in SKILL.md under 「## 规则」; ended on a plain reply');
    expect(failureKind(asking, { failure: lacks, events: at([call('bus'), result('茉莉 ¥10')]), userTurns: 1 }, places)).toBe('the reply lacks the fact: called listThings(), the fact in no result read; it stands in no package of those; ended on a plain reply');
  });

  it('reads the check that failed, not the wording of its reason', () => {
    const text = 'payment o1 (tea ¥12.00) was captured without the user\'s accepted confirmation of that order and amount';
    expect(failureKind(scenario(), { failure: { check: 'invariant', text }, events: at([]), userTurns: 1 })).toBe('a safety invariant was broken');
    expect(failureKind(scenario(), { failure: { check: 'hub-failed', text: 'expected payment tea' }, events: at([]), userTurns: 1 })).toBe('the hub failed');
  });
});
