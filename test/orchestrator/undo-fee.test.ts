import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../src/hub/index.ts';
import { testHub } from '../support/hub-fixture.ts';
import { play } from '../support/play.ts';

/** Asked to agree to what an undo costs (a late-cancel fee), 「违约金就违约金吧，取消」 is the yes. */
let template: Hub;
beforeAll(async () => {
  template = await testHub([fileURLToPath(new URL('../../ecosystem/third-party/home-cleaning', import.meta.url))]);
}, 300_000);
afterAll(() => template?.close());

describe('agreeing to the fee of an undo by saying the undo again', { timeout: 240_000 }, () => {
  it('cancels, keeping the fee and refunding the rest', async () => {
    const o = await play(template, '明天早上八点来家里做3小时日常保洁', {
      answers: ['孩子发烧了明天不方便，帮我取消吧', '违约金就违约金吧，取消'],
      inspect: async (hub) => {
        const orders = await hub.pay.listOrders({ userId: 'demo' });
        expect(orders.map((x) => x.refundedFen)).toEqual([11120]);
      },
    });
    expect(o.paid.map((p) => p.amount)).toEqual([139]);
    expect(o.refunded).toHaveLength(1);
  });

  it('takes a change asked instead of the fee as a request of its own, refunding nothing', async () => {
    const o = await play(template, '明天早上八点来家里做3小时日常保洁', {
      answers: ['孩子发烧了明天不方便，帮我取消吧', '那还是帮我改到后天下午三点吧'],
      inspect: async (hub) => {
        const [order] = await hub.pay.listOrders({ userId: 'demo' });
        expect(order?.refundedFen).toBe(0);
      },
    });
    expect(o.refunded).toEqual([]);
    // the fee is not asked about again: the change is what is done next
    expect(o.replies.filter((r) => /违约金/.test(r))).toHaveLength(1);
  });
});
