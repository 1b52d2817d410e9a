import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenarios, simulate } from '../../src/eval/index.ts';
import type { Hub } from '../../src/hub/index.ts';
import { hubFrom, testHub } from '../support/hub-fixture.ts';

// A pages-only package written only for this test (a laundry pickup service, unlike any sample):
// automatic mode derives its tools, the unchanged local planner completes its flows, the user's
// confirmation token pays, and the page's own success callback records the order.
const LAUNDRY = new URL('../fixtures/packages/laundry', import.meta.url).pathname;
const SCENARIOS = loadScenarios(new URL('../fixtures/scenarios/laundry.yaml', import.meta.url).pathname);

describe('automatic mode on a pages-only package, end to end', () => {
  let template: Hub;

  beforeAll(async () => {
    template = await testHub([LAUNDRY], { auto: true });
  });

  afterAll(async () => {
    await template.close();
  });

  it('derives list tools and one commit tool from the pages', async () => {
    await template.tools.refresh();
    const tools = template.tools.toolsOf('laundry').map((t) => t.api).sort();
    expect(tools).toEqual(['confirmAndPay', 'listAddresses', 'listGarments', 'onPagePayment']);
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s', async (_id, scenario) => {
    const hub = await hubFrom(template, { now: scenario.now });
    try {
      const user = await hub.memory.user(scenario.user);
      const outcome = await simulate({ orchestrator: hub.orchestrator, pay: hub.pay, lang: user.lang === 'en' ? 'en' : 'zh' }, scenario);
      expect(outcome.reason, [...outcome.replies, ...outcome.events.filter((e) => e.type === 'tool-call' || e.type === 'tool-result').map((e) => JSON.stringify(e).slice(0, 400))].join('\n')).toBeUndefined();
      expect(outcome.pass).toBe(true);
      if (scenario.expect.paid.length) {
        // Paid only through the user's confirmation, and the page then ran its own success callback.
        expect(outcome.events.some((e) => e.type === 'confirmation-request')).toBe(true);
        const page = hub.runtime.openPages({ appId: 'laundry', userId: scenario.user });
        const shown = await page.open('pages/orders/orders');
        page.close();
        expect(shown.state.text).toContain('paid');
      }
    } finally {
      await hub.close();
    }
  });

  it('pays nothing when the user declines the confirmation', async () => {
    const hub = await hubFrom(template);
    try {
      const first = SCENARIOS[0]!;
      const before = await hub.pay.balance(first.user);
      const outcome = await simulate({ orchestrator: hub.orchestrator, pay: hub.pay, lang: 'zh' }, { ...first, confirm: false, expect: { ...first.expect, paid: [] } });
      expect(outcome.events.some((e) => e.type === 'confirmation-request')).toBe(true);
      expect(outcome.paid).toEqual([]);
      expect(await hub.pay.balance(first.user)).toBe(before);
    } finally {
      await hub.close();
    }
  });
});
