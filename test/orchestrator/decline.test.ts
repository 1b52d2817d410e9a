import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../src/hub/index.ts';
import { paymentConfirmationRequest } from '../../src/pay/index.ts';
import { GUARD_LAB, reservingHub } from '../support/guard-lab.ts';
import { testHub } from '../support/hub-fixture.ts';



/**
 * The user's no ends the order, not just the card: the mini-program is told it was canceled,
 * and no later confirmation — however it is obtained — can capture it.
 */
describe('declining a confirmation', () => {
  let template: Hub;
  beforeAll(async () => {
    template = await testHub([GUARD_LAB]);
  });
  afterAll(() => template.close());

  it('cancels the order, tells the mini-program, and leaves nothing any later payment can capture', async () => {
    const hub = await reservingHub(template);
    try {
      const session = await hub.orchestrator.openSession('demo');
      const first = await hub.orchestrator.send(session, { type: 'message', text: '预订红色杯子' });
      const request = first.events.find((e) => e.type === 'confirmation-request');
      const card = request?.type === 'confirmation-request' ? request.confirmation : undefined;
      expect(card).toMatchObject({ kind: 'payment', amount: 15 });
      const id = card?.confirmationId ?? '';

      const no = await hub.orchestrator.send(session, { type: 'confirm', confirmationId: id, token: first.tokens[id] ?? '', accept: false });
      expect(no.events).toContainEqual(expect.objectContaining({ type: 'tool-call', api: 'onReservationPaid', arguments: expect.objectContaining({ status: 'canceled' }), by: 'hub' }));
      const [order] = await hub.pay.listOrders({ userId: 'demo' });
      expect(order?.status).toBe('canceled');

      // Even a fresh, properly redeemed confirmation for that order captures nothing.
      const again = await hub.trust.create(paymentConfirmationRequest(order!));
      const redeemed = await hub.trust.redeem({ id: again.id, token: again.token, userId: 'demo', sessionId: order!.sessionId ?? session, orderId: order!.orderId, amountFen: order!.amountFen });
      expect(redeemed.ok).toBe(true);
      const capture = await hub.pay.capture({ orderId: order!.orderId, confirmationId: again.id, idempotencyKey: 'late', entrance: 'test' });
      expect(capture.ok).toBe(false);
      expect(await hub.pay.balance('demo')).toBe(200_000);
      expect((await hub.pay.verify()).ok).toBe(true);
    } finally {
      await hub.close();
    }
  });
});
