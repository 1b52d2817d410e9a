import { describe, expect, it } from 'vitest';
import { tellsOnceDone, toldOnceDone } from './asked-after.ts';
import { planGoals } from './goals.ts';
import { testCatalog } from './test-catalog.ts';

describe('what the person asks to be told once the act is done', () => {
  it('is a clause that asks to be told after it is done', () => {
    expect(tellsOnceDone('订好告诉我几点前退不扣钱')).toBe(true);
    expect(tellsOnceDone('付完跟我说一下取件码')).toBe(true);
    expect(tellsOnceDone("and let me know the pickup code once it's paid")).toBe(true);
    expect(tellsOnceDone('订两张明天的船票')).toBe(false);
    expect(tellsOnceDone("Once it's paid, cancel it")).toBe(false);
    expect(tellsOnceDone('告诉我最晚什么时候能取消')).toBe(false);
  });

  it('goes with the act before it, not to a service of its own words (a cancel)', () => {
    // an invented inn, beside a clinic whose own words are of cancelling
    const catalog = testCatalog([
      { appId: 'inn', appName: '青屿客栈', api: 'listRooms', readOnly: true, description: '客栈房型和价格，返回 roomId。' },
      { appId: 'inn', appName: '青屿客栈', api: 'bookRoom', description: '预订客栈房间，下单', inputSchema: { type: 'object', required: ['roomId'], properties: { roomId: { type: 'string', description: '来自 listRooms' } } } },
      { appId: 'inn', appName: '青屿客栈', api: 'cancelBooking', description: '取消预订' },
      { appId: 'clinic', appName: '云溪诊所', api: 'cancelVisit', description: '取消挂号，几点前退不扣钱' },
    ]);
    const goals = planGoals('帮我订青屿客栈明天一晚的海景房。订好告诉我几点前退不扣钱', catalog, {});
    expect(goals.map((g) => [g.toolId, g.askedAfter])).toEqual([['inn.bookRoom', '订好告诉我几点前退不扣钱']]);
  });

  it('goes with an order said with no verb too ("Two oolong milk teas for pickup… text me the order number once it\'s paid")', () => {
    const shop = testCatalog([
      { appId: 'tea', appName: '茶语', api: 'listTeas', readOnly: true, description: '茶饮菜单和价格，返回 teaId。' },
      { appId: 'tea', appName: '茶语', api: 'order', description: '点茶饮下单，到店自取或外送', inputSchema: { type: 'object', required: ['teaId'], properties: { teaId: { type: 'string', description: '来自 listTeas' } } } },
    ]);
    const goals = planGoals("Two oolong milk teas for pickup at the pier shop. Text me the order number once it's paid", shop, {});
    expect(goals.map((g) => [g.toolId, g.askedAfter])).toEqual([['tea.order', "Text me the order number once it's paid"]]);
  });

  it('is answered by the sentence of the results that says it', () => {
    const made = '已生成待支付预订 b1：青屿客栈 海景房，1晚，合计 ¥420.00。2026-11-20 18:00 前退订免费，之后退订收取首晚房费 ¥420.00。尚未支付。';
    const paid = '预订 b1 已支付，预订成功。';
    expect(toldOnceDone('订好告诉我几点前退不扣钱', [made, paid], paid)).toEqual(['2026-11-20 18:00 前退订免费，之后退订收取首晚房费 ¥420.00。']);
    // (nothing shares a word of it: nothing)
    expect(toldOnceDone('订好告诉我停车位在哪', [made, paid], paid)).toEqual([]);
  });
});
