import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../src/eval/index.ts';
import type { Hub } from '../../src/hub/index.ts';
import { LocalPlanner } from '../../src/orchestrator/index.ts';
import { hubFrom, testHub } from '../support/hub-fixture.ts';

/** 「不用，我自己过去拿」 answers 「外送还是自取？」; only a no with nothing after it declines (the pharmacy of ecosystem/third-party asks). */
let template: Hub;
beforeAll(async () => {
  template = await testHub([fileURLToPath(new URL('../../ecosystem/third-party/pharmacy', import.meta.url))]);
}, 300_000);
afterAll(() => template?.close());

async function order(answers: string[]) {
  const hub = await hubFrom(template, { planner: new LocalPlanner(), now: '2026-11-24T19:30:00+08:00' });
  try {
    return await simulate({ orchestrator: hub.orchestrator, pay: hub.pay, lang: 'zh' }, {
      id: 'case', user: 'demo', now: '2026-11-24T19:30:00+08:00', say: '静安寺店买一盒泰诺林', answers, confirm: true, consent: true,
      expect: { paid: [], refunded: undefined, replyContains: [], replyExcludes: [] },
    });
  } finally {
    await hub.close();
  }
}

describe('an answer that opens with a no', { timeout: 240_000 }, () => {
  it('is the answer it goes on to give, and the order goes through', async () => {
    const o = await order(['不用，我自己过去拿']);
    expect(o.paid.map((p) => p.meta?.fulfilment)).toEqual(['pickup']);
  });

  it('declines the order where nothing follows the no', async () => {
    expect((await order(['不用了，谢谢'])).paid).toEqual([]);
  });
});
