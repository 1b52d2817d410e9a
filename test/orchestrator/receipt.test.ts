import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../src/hub/index.ts';
import { GUARD_LAB } from '../support/guard-lab.ts';
import { hubFrom, testHub } from '../support/hub-fixture.ts';
import { ScriptedPlanner } from '../support/scripted-planner.ts';

/** What the assistant said in a turn. */
const said = (outcome: { events: { type: string; role?: string; text?: string }[] }) =>
  outcome.events.filter((e) => e.type === 'message' && e.role === 'assistant').map((e) => e.text).join('\n');


/** A voice or agent client shows no receipt card: what was taken, and for what, is said in words. */
describe('the receipt after a payment', () => {
  let template: Hub;
  beforeAll(async () => {
    template = await testHub([GUARD_LAB]);
  });
  afterAll(() => template.close());

  it('says the amount captured and the order\'s lines, in the user\'s language, only once the money moved', async () => {
    const hub = await hubFrom(template, {
      planner: new ScriptedPlanner([
        () => ({ type: 'call', toolId: 'guard-lab.listItems', arguments: {} }),
        () => ({ type: 'call', toolId: 'guard-lab.reserveItem', arguments: { itemId: 'it-2' } }),
        () => ({ type: 'reply', text: 'done', awaitUser: false }),
      ]),
    });
    try {
      const session = await hub.orchestrator.openSession('demo');
      const first = await hub.orchestrator.send(session, { type: 'message', text: '预订红色杯子' });
      expect(said(first)).not.toContain('已支付');
      const request = first.events.find((e) => e.type === 'confirmation-request');
      const id = request?.type === 'confirmation-request' ? request.confirmation.confirmationId : '';
      const [order] = await hub.pay.listOrders({ userId: 'demo' });

      const yes = await hub.orchestrator.send(session, { type: 'confirm', confirmationId: id, token: first.tokens[id] ?? '', accept: true });
      expect(said(yes)).toContain('已支付 ¥15.00');
      for (const line of order!.lines) expect(said(yes)).toContain(line.name);
      expect(await hub.pay.balance('demo')).toBe(200_000 - 1_500);
    } finally {
      await hub.close();
    }
  });
});
