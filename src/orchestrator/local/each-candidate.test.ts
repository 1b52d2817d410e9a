import { describe, expect, it } from 'vitest';
import type { Tool } from '../../catalog/index.ts';
import { eachCandidate } from './each-candidate.ts';
import type { FillNeed } from './fill-need.ts';
import { newGoal } from './goals.ts';

/** A bakery chain of the test's own: a read-only estimate that needs a branch, and an order that does too. */
const tool = (api: string, readOnly: boolean): Tool => ({
  id: `bakery.${api}`, appId: 'bakery', appName: '麦香', version: 'v1', skill: 'skills/s', api, description: '', siblings: ['estimate', 'order'],
  inputSchema: { type: 'object', required: ['branchId'], properties: { branchId: { type: 'string', description: '分店ID，来自 listBranches' } } },
  ...(readOnly ? { annotations: { readOnlyHint: true } } : {}),
});
const estimate = tool('estimate', true);
const order = tool('order', false);
const need = (cities: string[]): Extract<FillNeed, { type: 'ask' }> => ({
  type: 'ask', schema: { type: 'string' },
  ask: { params: ['branchId'], kind: 'entity', candidates: cities.map((city, i) => ({ id: `b${i + 1}`, names: [`${city}店`], fields: { city } })) },
});

describe('eachCandidate', () => {
  it('answers a question for each of the few branches in the user\'s city instead of asking which', () => {
    const goals = eachCandidate(newGoal('How much would a birthday cake delivered cost? Just asking.', estimate), estimate, need(['苏州', '南京', '苏州', '无锡']), '苏州');
    expect(goals?.map((g) => g.args.branchId)).toEqual(['b1', 'b3']);
  });

  it('leaves a choice to ask where the request acts, the API acts, or too many are left', () => {
    expect(eachCandidate(newGoal('Order a birthday cake delivered', estimate), estimate, need(['苏州', '苏州']), '苏州')).toBeUndefined();
    expect(eachCandidate(newGoal('蛋糕送过来多少钱？', order), order, need(['苏州', '苏州']), '苏州')).toBeUndefined();
    expect(eachCandidate(newGoal('蛋糕送过来多少钱？', estimate), estimate, need(['苏州', '南京', '无锡', '常州']), '上海')).toBeUndefined();
  });

  it('asks a choice it set once and is asked again, never setting it again without end', () => {
    const goal = newGoal('蛋糕送过来多少钱？', estimate);
    const first = eachCandidate(goal, estimate, need(['苏州', '苏州']), '苏州');
    expect(first).toHaveLength(2);
    expect(eachCandidate(goal, estimate, need(['苏州', '苏州']), '苏州')).toBeUndefined();
  });
});
