import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../src/hub/index.ts';
import { GUARD_LAB, reservingHub } from '../support/guard-lab.ts';
import { hubFrom, testHub } from '../support/hub-fixture.ts';
import { ScriptedPlanner } from '../support/scripted-planner.ts';

/**
 * An order a planner's call creates comes with its card: written by the trust layer in the
 * statement that writes the order, bound to it, one card an order, and paid only on the user's yes.
 */
describe('an order and its card', () => {
  let template: Hub;
  beforeAll(async () => {
    template = await testHub([GUARD_LAB]);
  });
  afterAll(() => template.close());

  it('are written together: one pending card bound to the order, shown to the user, paid on the yes', async () => {
    const hub = await reservingHub(template);
    try {
      const session = await hub.orchestrator.openSession('demo');
      const first = await hub.orchestrator.send(session, { type: 'message', text: '预订红色杯子' });
      const [order] = await hub.pay.listOrders({ userId: 'demo' });
      const rows = await hub.store.query<{ id: string; status: string; amount_fen: number }>('SELECT id, status, amount_fen FROM confirmations WHERE order_id = $1', [order!.orderId]);
      expect(rows).toEqual([{ id: expect.any(String), status: 'pending', amount_fen: order!.amountFen }]);
      const request = first.events.find((e) => e.type === 'confirmation-request');
      expect(request).toMatchObject({ confirmation: { confirmationId: rows[0]!.id, orderId: order!.orderId, amount: order!.amountFen / 100 } });
      await hub.orchestrator.send(session, { type: 'confirm', confirmationId: rows[0]!.id, token: first.tokens[rows[0]!.id] ?? '', accept: true });
      expect((await hub.pay.getOrder(order!.orderId))?.status).toBe('paid');
    } finally {
      await hub.close();
    }
  });

  it('are withdrawn together when the call that made them fails after: no card shown, nothing left to pay', async () => {
    const hub = await hubFrom(template, { planner: new ScriptedPlanner([() => ({ type: 'call', toolId: 'guard-lab.reserveItem', arguments: { itemId: 'it-9' } })]) });
    try {
      const session = await hub.orchestrator.openSession('demo');
      const turn = await hub.orchestrator.send(session, { type: 'message', text: 'reserve it-9' });
      expect(turn.events.filter((e) => e.type === 'confirmation-request')).toEqual([]);
      expect(turn.tokens).toEqual({});
      const orders = await hub.pay.listOrders({ userId: 'demo' });
      expect(orders.map((o) => o.status)).toEqual(['canceled']);
      const cards = await hub.store.query<{ status: string }>('SELECT status FROM confirmations WHERE order_id = $1', [orders[0]!.orderId]);
      expect(cards.map((c) => c.status)).not.toContain('pending');
      expect(cards).toHaveLength(1);
    } finally {
      await hub.close();
    }
  });
});
