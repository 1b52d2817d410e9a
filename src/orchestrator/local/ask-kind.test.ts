import { describe, expect, it } from 'vitest';
import { pendingAskKind } from './ask-kind.ts';

const goal = (asking: unknown, status = 'open') => ({ text: '', toolId: 't', args: {}, decided: [], answers: [], status, attempts: 0, wanted: [], asking });

describe('pendingAskKind', () => {
  it('names a choice by how many were offered and the parameter it fills, not by their names', () => {
    const memo = { goals: [goal({ params: ['items.0.skuId'], kind: 'entity', candidates: [{ id: 'a', names: ['Plum Tart'] }, { id: 'b', names: ['Fig Tart'] }] })], cursor: 0 };
    expect(pendingAskKind(memo)).toBe('a choice among 2 listed (skuId)');
    const had = { goals: [{ ...goal({ params: ['tourId'], kind: 'entity', candidates: [] }), args: { qty: 2, date: '2026-11-21' } }], cursor: 0 };
    expect(pendingAskKind(had)).toBe('a choice among 0 listed (tourId); had date, qty');
  });
  it('tells an enum, a value, a yes or no, and a bare question after a failed call apart', () => {
    expect(pendingAskKind({ goals: [goal({ params: ['mode'], kind: 'enum', options: [{ code: 'a', glosses: [] }, { code: 'b', glosses: [] }] })], cursor: 0 })).toBe('one of 2 options offered (mode)');
    expect(pendingAskKind({ goals: [goal({ params: ['mode'], kind: 'enum' })], cursor: 0 })).toBe('one of its options (mode)');
    expect(pendingAskKind({ goals: [goal({ params: ['date'], kind: 'value' })], cursor: 0 })).toBe('a value (date)');
    expect(pendingAskKind({ goals: [goal({ params: ['acceptFee'], kind: 'agree' })], cursor: 0 })).toBe('a yes or no (acceptFee)');
    expect(pendingAskKind({ goals: [goal({ params: [], kind: 'value' })], cursor: 0 })).toBe('what next, after a failed call');
  });
  it('is undefined where nothing is asked, a finished goal kept its last question, or the memo is not the local planner\'s', () => {
    expect(pendingAskKind({ goals: [goal(undefined)], cursor: 0 })).toBeUndefined();
    expect(pendingAskKind({ goals: [goal({ params: ['date'], kind: 'value' }, 'done')], cursor: 0 })).toBeUndefined();
    expect(pendingAskKind({ messages: [] })).toBeUndefined();
  });
});
