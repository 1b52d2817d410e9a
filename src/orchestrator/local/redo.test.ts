import { describe, expect, it } from 'vitest';
import type { Goal, LocalMemo } from './memo.ts';
import { redoesFailed } from './redo.ts';
import { testCatalog } from './test-catalog.ts';

const catalog = testCatalog([
  { appId: 'shop', appName: '小叶书店', api: 'listBranches', description: '查询书店门店', readOnly: true },
  { appId: 'shop', appName: '小叶书店', api: 'placeOrder', description: '下单买书，送到家或到店自取' },
  { appId: 'ride', appName: '快车', api: 'callRide', description: '叫车，从起点到终点' },
], { shop: ['小叶书店·梧桐路店', '小叶书店·湖滨店', 'Lakeside'], ride: ['湖滨广场', 'Lakeside Plaza'] });

const failed = (): LocalMemo => ({
  cursor: 0,
  goals: [{ text: '从梧桐路店送一本字典到花园路5号', toolId: 'shop.placeOrder', args: { branchId: 'b1' }, decided: ['branchId'], answers: [], status: 'dropped', failed: true, attempts: 0, wanted: [] } as Goal],
});

describe('a request that could not be done, taken up again', () => {
  it('goes on with the request, what is said now read first, its lists read afresh', () => {
    const redo = redoesFailed(failed(), '那就从湖滨店送吧，地址一样', catalog);
    expect(redo).toMatchObject({ status: 'open', toolId: 'shop.placeOrder', args: {}, decided: [], since: -1, answers: ['那就从湖滨店送吧，地址一样'] });
    expect(redoesFailed(failed(), 'Get it from the Lakeside one then, same address', catalog)?.toolId).toBe('shop.placeOrder');
  });

  it('leaves a message that names nothing the mini-program lists, says no, or undoes, to be read as it is', () => {
    expect(redoesFailed(failed(), '那就算了吧，不要了', catalog)).toBeUndefined();
    expect(redoesFailed(failed(), '那帮我叫个车', catalog)).toBeUndefined();
    expect(redoesFailed(failed(), '湖滨店几点关门', catalog)).toBeUndefined();
  });

  it('takes up only a request that failed, not one that was done or dropped by the user', () => {
    const memo = failed();
    memo.goals[0]!.failed = undefined;
    expect(redoesFailed(memo, '那就从湖滨店送吧', catalog)).toBeUndefined();
  });
});
