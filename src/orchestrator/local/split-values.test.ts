import { describe, expect, it } from 'vitest';
import type { Tool } from '../../catalog/index.ts';
import { newGoal } from './goals.ts';
import { byPatterned, sharedEnding, splitByValues } from './split-values.ts';

const tool = (api: string, properties: Tool['inputSchema']['properties'], readOnly = false): Tool => ({
  id: `bills.${api}`, appId: 'bills', appName: '生活缴费', version: 'v1', skill: 'skills/s', api, description: '',
  inputSchema: { type: 'object', properties }, ...(readOnly ? { annotations: { readOnlyHint: true } } : {}),
  siblings: ['listBillAccounts', 'payBill'],
});
const list = tool('listBillAccounts', { kind: { type: 'string', enum: ['electricity', 'water', 'gas'], description: 'electricity=电费，water=水费，gas=燃气费' } }, true);
const pay = tool('payBill', { accountId: { type: 'string', description: '缴费户号ID，来自 listBillAccounts' } });
const split = (text: string) => splitByValues(newGoal(text, pay), pay, [list, pay]).map((g) => [g.text, g.since]);

describe('one request naming two values of a choice the act takes one of', () => {
  it('does the act once per value, in the order said, each with its own value', () => {
    expect(split('水费和电费一起交了')).toEqual([['水费一起交了', undefined], ['电费一起交了', -1]]);
    expect(split('把水费交了，电费也交一下')).toEqual([['把水费交了也交一下', undefined], ['把交了，电费也交一下', -1]]);
    expect(split('Pay my water and electricity bills')).toEqual([['Pay my water bills', undefined], ['Pay my electricity bills', -1]]);
  });

  it('gives each act its own sentences where each value is said in a sentence of its own', () => {
    expect(split('帮我交一下水费，户号A1；另外电费也交了，户号B2')).toEqual([['帮我交一下水费，户号A1', undefined], ['电费也交了，户号B2', -1]]);
    expect(split('Pay the water bill for account A1. Then the electricity bill for B2')).toEqual([['Pay the water bill for account A1', undefined], ['Then the electricity bill for B2', -1]]);
    // a value said again in the other sentence: the sentences are not the acts' own, each reads the whole without the other value
    expect(split('水费交了；电费也交，水费要快')).toEqual([['水费交了；也交，水费要快', undefined], ['交了；电费也交要快', -1]]);
  });

  it('leaves one value, or values said not to be wanted, as one act', () => {
    expect(split('把电费交了')).toHaveLength(1);
    // (one of them is wanted, the cheaper: not each)
    expect(split('水费跟电费哪个便宜？交便宜那个')).toHaveLength(1);
    expect(split('电费和燃气费，看哪个欠得多就先交哪个')).toHaveLength(1);
    expect(split('不要水费，交电费')).toHaveLength(1);
  });
});

describe('things said with one shared ending', () => {
  it('spells 「水电费」 out as 水费 and 电费, by the glosses, and leaves other words alone', () => {
    expect(sharedEnding('水电费一起交了吧', ['电费', '水费', '燃气费'])).toBe('水费和电费一起交了吧');
    expect(sharedEnding('水电燃气费都交了', ['电费', '水费', '燃气费'])).toBe('水费和电费和燃气费都交了');
    expect(sharedEnding('这个月电费多少', ['电费', '水费'])).toBe('这个月电费多少');
    expect(sharedEnding('水电加起来多少', ['电费', '水费'])).toBe('水费和电费加起来多少');
    expect(split('水电费一起交了吧')).toEqual([['水费一起交了吧', undefined], ['电费一起交了吧', -1]]);
  });
});

describe('a total asked beside the acts', () => {
  it('reads the list of them all first, with no value filtering it', () => {
    const goals = splitByValues(newGoal('水费和电费加起来一共多少？都交了吧', pay), pay, [list, pay]);
    expect(goals.map((g) => g.toolId)).toEqual(['bills.listBillAccounts', 'bills.payBill', 'bills.payBill']);
    expect(goals[0]?.decided).toEqual(['kind']);
  });

  it('does the act only of the values its own clause names (「…加起来一共多少？先把电费交了」)', () => {
    const goals = splitByValues(newGoal('水电加起来一共欠多少？先把电费交了', pay), pay, [list, pay]);
    expect(goals.map((g) => [g.toolId, g.text])).toEqual([['bills.listBillAccounts', '水费和电费加起来一共欠多少？先把电费交了'], ['bills.payBill', '先把电费交了']]);
  });
});

describe('two values a parameter\'s pattern tells', () => {
  // an invented ferry left-luggage desk: a claim tag looked up by its code
  const lookup: Tool = {
    id: 'pier.trackBag', appId: 'pier', appName: '码头寄存', version: 'v1', skill: 'skills/s', api: 'trackBag', description: '查询寄存行李', siblings: ['trackBag'],
    annotations: { readOnlyHint: true },
    inputSchema: { type: 'object', properties: { tag: { type: 'string', pattern: '^[A-Z]{2}[0-9]{6}$', description: '寄存牌号' } }, required: ['tag'] },
  };

  it('are each looked up on their own, the other left out', () => {
    const goals = byPatterned(newGoal('帮我查查 DG123456 和 XG654321 这两件行李', lookup), lookup);
    expect(goals?.map((g) => g.text)).toEqual(['帮我查查 DG123456 这两件行李', '帮我查查 XG654321 这两件行李']);
  });

  it('leave a request with one value whole', () => {
    expect(byPatterned(newGoal('帮我查查 DG123456', lookup), lookup)).toBeUndefined();
  });
});
