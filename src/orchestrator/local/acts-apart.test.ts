import { describe, expect, it } from 'vitest';
import { actsApart } from './acts-apart.ts';
import { planGoals } from './goals.ts';
import { isActing } from './request-words.ts';
import { testCatalog } from './test-catalog.ts';

// an invented ferry service: a pass balance, a top-up, and a fare account paid by its ID
const catalog = testCatalog([
  { appId: 'ferry', appName: '东港轮渡', api: 'getPassBalance', readOnly: true, description: '查询月票卡余额 pass balance。' },
  { appId: 'ferry', appName: '东港轮渡', api: 'topUpCard', description: '给船票卡充值 top up the ferry card。', inputSchema: { type: 'object', properties: { cardNo: { type: 'string' }, amount: { type: 'number' } }, required: ['cardNo', 'amount'] } },
  { appId: 'ferry', appName: '东港轮渡', api: 'listAccounts', readOnly: true, description: '列出船费账户 accounts[].id。' },
  { appId: 'ferry', appName: '东港轮渡', api: 'getFareDue', readOnly: true, description: '查询船费账单 fare due。', inputSchema: { type: 'object', properties: { accountId: { type: 'string', description: '来自 listAccounts 的 accounts[].id' } }, required: ['accountId'] } },
  { appId: 'ferry', appName: '东港轮渡', api: 'payFare', description: '缴纳船费 pay the fare due。', inputSchema: { type: 'object', properties: { accountId: { type: 'string', description: '来自 listAccounts 的 accounts[].id' } }, required: ['accountId'] } },
]);
const tool = (api: string) => catalog.tool(`ferry.${api}`)!;

describe('an act after a question to the same mini-program', () => {
  it('is apart where it takes nothing the question reads', () => {
    expect(actsApart(tool('topUpCard'), tool('getPassBalance'), catalog.toolsOf('ferry'))).toBe(true);
  });

  it('is the question\'s act where the act declares no inputs (nothing says what it takes)', () => {
    const bare = testCatalog([
      { appId: 'tea', appName: '茶铺', api: 'listTeas', readOnly: true, description: '茶单。' },
      { appId: 'tea', appName: '茶铺', api: 'orderTea', description: '下单。' },
    ]);
    expect(actsApart(bare.tool('tea.orderTea')!, bare.tool('tea.listTeas')!, bare.toolsOf('tea'))).toBe(false);
  });

  it('is the question\'s act where both take the same thing', () => {
    expect(actsApart(tool('payFare'), tool('getFareDue'), catalog.toolsOf('ferry'))).toBe(false);
  });

  it('is the question\'s act where its IDs come from a list filtered by what the question lists', () => {
    const chain = testCatalog([
      { appId: 'boat', appName: '游船', api: 'listPiers', readOnly: true, description: '码头列表 piers[].id。' },
      { appId: 'boat', appName: '游船', api: 'listSailings', readOnly: true, description: '船班。', inputSchema: { type: 'object', properties: { pierId: { type: 'string', description: '来自 listPiers 的 piers[].id' } } } },
      { appId: 'boat', appName: '游船', api: 'bookSailing', description: '订船票。', inputSchema: { type: 'object', properties: { sailingId: { type: 'string', description: '来自 listSailings 的 sailings[].id' } }, required: ['sailingId'] } },
    ]);
    expect(actsApart(chain.tool('boat.bookSailing')!, chain.tool('boat.listPiers')!, chain.toolsOf('boat'))).toBe(false);
  });

  it('makes two goals of a balance asked and a card topped up', () => {
    const goals = planGoals("What's the balance on my ferry pass? And put 30 yuan on my ferry card while you're at it.", catalog, {});
    expect(goals.map((g) => g.toolId)).toEqual(['ferry.getPassBalance', 'ferry.topUpCard']);
  });
});

describe('money put on a card or a phone', () => {
  it('is an act', () => {
    expect(isActing('put 30 yuan on my ferry card')).toBe(true);
    expect(isActing('put some credit onto my phone')).toBe(true);
  });
});
