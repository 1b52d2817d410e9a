import { describe, expect, it } from 'vitest';
import type { SequencedEvent } from '../orchestrator/index.ts';
import { failureKind } from './failure-kind.ts';
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
    expect(failureKind(scenario(['yes']), { failure: none, events: at([call('tea')]), userTurns: 3, asked: 'a choice among 3 listed (teaId)' })).toBe('no order: the mini-program was called; ended with the hub asking more than the user had to say: a choice among 3 listed (teaId)');
    expect(failureKind(scenario(['yes']), { failure: none, events: at([call('tea')]), userTurns: 2 })).toBe('no order: the mini-program was called; ended on a plain reply');
    expect(failureKind(scenario(), { failure: none, events: at([call('tea'), { type: 'tool-result', appId: 'tea', api: 'order', isError: true, content: '' }]), userTurns: 1 })).toBe('no order: the mini-program was called; ended after a failed call');
  });

  it('names other kinds without quoting anything said', () => {
    expect(failureKind(scenario(), { failure: { check: 'order-differs', text: 'expected payment tea ¥12.00 was not found (payment: tea ¥24.00 {} t1×2{})' }, events: at([call('tea')]), userTurns: 1 })).toBe('an order of another amount or content');
    const kind = failureKind(scenario(), { failure: { check: 'reply-lacks', text: 'no reply contains 「乌龙」' }, events: at([]), userTurns: 2 });
    expect(kind).toBe('the reply lacks the fact: nothing called; ended with the hub asking more than the user had to say');
    expect(kind).not.toContain('乌龙');
    expect(failureKind(scenario(), { failure: undefined, events: at([]), userTurns: 1 })).toBeUndefined();
  });

  it('reads the check that failed, not the wording of its reason', () => {
    const text = 'payment o1 (tea ¥12.00) was captured without the user\'s accepted confirmation of that order and amount';
    expect(failureKind(scenario(), { failure: { check: 'invariant', text }, events: at([]), userTurns: 1 })).toBe('a safety invariant was broken');
    expect(failureKind(scenario(), { failure: { check: 'hub-failed', text: 'expected payment tea' }, events: at([]), userTurns: 1 })).toBe('the hub failed');
  });
});
