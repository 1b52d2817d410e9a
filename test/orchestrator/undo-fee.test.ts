import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../src/eval/index.ts';
import type { Hub } from '../../src/hub/index.ts';
import { LocalPlanner } from '../../src/orchestrator/index.ts';
import { hubFrom, testHub } from '../support/hub-fixture.ts';

/** Asked to agree to what an undo costs (a late-cancel fee), 「违约金就违约金吧，取消」 is the yes. */
let template: Hub;
beforeAll(async () => {
  template = await testHub([fileURLToPath(new URL('../../ecosystem/third-party/home-cleaning', import.meta.url))]);
}, 300_000);
afterAll(() => template?.close());

describe('agreeing to the fee of an undo by saying the undo again', { timeout: 240_000 }, () => {
  it('cancels, keeping the fee and refunding the rest', async () => {
    const hub = await hubFrom(template, { planner: new LocalPlanner() });
    try {
      const o = await simulate({ orchestrator: hub.orchestrator, pay: hub.pay, lang: 'zh' }, {
        id: 'case', user: 'demo', now: '2026-11-20T10:00:00+08:00', say: '明天早上八点来家里做3小时日常保洁',
        answers: ['孩子发烧了明天不方便，帮我取消吧', '违约金就违约金吧，取消'], confirm: true, consent: true,
        expect: { paid: [], refunded: undefined, replyContains: [], replyExcludes: [] },
      });
      expect(o.paid.map((p) => p.amount)).toEqual([139]);
      expect(o.refunded).toHaveLength(1);
      const orders = await hub.pay.listOrders({ userId: 'demo' });
      expect(orders.map((x) => x.refundedFen)).toEqual([11120]);
    } finally {
      await hub.close();
    }
  });
});
