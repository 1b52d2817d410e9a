import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../src/hub/index.ts';
import { GUARD_LAB } from '../support/guard-lab.ts';
import { hubFrom, testHub } from '../support/hub-fixture.ts';
import { ScriptedPlanner } from '../support/scripted-planner.ts';

const PRICE_FEN = 1_500;

/**
 * A process stops in the middle of the user's answer to a card (after the gesture was recorded,
 * before the session was saved); another process resumes the session. What the user answered
 * is what happens, exactly once: a yes is paid, a no is canceled, and nothing asks again.
 */
describe('resuming a session whose answer to a card was cut off', () => {
  let template: Hub;
  beforeAll(async () => {
    template = await testHub([GUARD_LAB]);
  });
  afterAll(() => template.close());

  /** A hub with a payment card waiting in a fresh session, as saved before the stop. */
  async function waitingCard() {
    const hub = await hubFrom(template, {
      planner: new ScriptedPlanner([
        () => ({ type: 'call', toolId: 'guard-lab.listItems', arguments: {} }),
        () => ({ type: 'call', toolId: 'guard-lab.reserveItem', arguments: { itemId: 'it-2' } }),
        () => ({ type: 'reply', text: 'done', awaitUser: false }),
      ]),
    });
    const sessionId = await hub.orchestrator.openSession('demo');
    const first = await hub.orchestrator.send(sessionId, { type: 'message', text: '预订红色杯子' });
    const request = first.events.find((e) => e.type === 'confirmation-request');
    if (request?.type !== 'confirmation-request') throw new Error('no card');
    const id = request.confirmation.confirmationId;
    const [order] = await hub.pay.listOrders({ userId: 'demo' });
    return { hub, sessionId, id, token: first.tokens[id] ?? '', order: order! };
  }
  const before = 200_000;

  it('captures a yes that was redeemed but not yet paid, once, and does not ask again', async () => {
    const { hub, sessionId, id, token, order } = await waitingCard();
    try {
      // The stopped process got as far as redeeming the user's yes (as acceptConfirmation does).
      const redeemed = await hub.trust.redeem({ id, token, userId: 'demo', sessionId, orderId: order.orderId, amountFen: order.amountFen, idempotencyKey: `capture:${id}` });
      expect(redeemed.ok).toBe(true);
      expect(await hub.pay.balance('demo')).toBe(before);

      const resumed = await hub.orchestrator.resume(sessionId);
      expect(resumed.events).toContainEqual(expect.objectContaining({ type: 'payment', status: 'captured', orderId: order.orderId }));
      expect(resumed.events.some((e) => e.type === 'confirmation-request')).toBe(false);
      expect(resumed.waitingFor).toEqual([]);
      expect(await hub.pay.balance('demo')).toBe(before - PRICE_FEN);

      const again = await hub.orchestrator.resume(sessionId);
      expect(again.events.some((e) => e.type === 'payment')).toBe(false);
      expect(await hub.pay.balance('demo')).toBe(before - PRICE_FEN);
      expect((await hub.pay.listOrders({ userId: 'demo' })).filter((o) => o.status === 'paid')).toHaveLength(1);
      expect((await hub.pay.verify()).ok).toBe(true);
    } finally {
      await hub.close();
    }
  });

  it('reports a capture that went through before the stop without charging again', async () => {
    const { hub, sessionId, id, token, order } = await waitingCard();
    try {
      await hub.trust.redeem({ id, token, userId: 'demo', sessionId, orderId: order.orderId, amountFen: order.amountFen, idempotencyKey: `capture:${id}` });
      const captured = await hub.pay.capture({ orderId: order.orderId, confirmationId: id, idempotencyKey: `capture:${id}`, entrance: 'api' });
      expect(captured.ok).toBe(true);

      const resumed = await hub.orchestrator.resume(sessionId);
      expect(resumed.events).toContainEqual(expect.objectContaining({ type: 'payment', status: 'captured', orderId: order.orderId }));
      expect(await hub.pay.balance('demo')).toBe(before - PRICE_FEN);
      expect((await hub.pay.verify()).ok).toBe(true);
    } finally {
      await hub.close();
    }
  });

  it('finishes a recorded no: the order is canceled and stays unpayable', async () => {
    const { hub, sessionId, id, order } = await waitingCard();
    try {
      expect((await hub.trust.decline({ id, userId: 'demo', sessionId })).ok).toBe(true);

      const resumed = await hub.orchestrator.resume(sessionId);
      expect(resumed.events).toContainEqual(expect.objectContaining({ type: 'payment', status: 'declined', orderId: order.orderId }));
      expect(resumed.events.some((e) => e.type === 'confirmation-request')).toBe(false);
      const [after] = await hub.pay.listOrders({ userId: 'demo' });
      expect(after?.status).toBe('canceled');
      expect(await hub.pay.balance('demo')).toBe(before);
    } finally {
      await hub.close();
    }
  });

  it('gives a card nobody answered a fresh token under the same id: the old token no longer works, the new one pays once', async () => {
    const { hub, sessionId, id, token, order } = await waitingCard();
    try {
      const resumed = await hub.orchestrator.resume(sessionId);
      expect(Object.keys(resumed.tokens)).toEqual([id]);
      const fresh = resumed.tokens[id] ?? '';
      expect(fresh).not.toBe(token);
      // A second resume (the first one's answer lost too) reissues the same card again.
      const again = await hub.orchestrator.resume(sessionId);
      const latest = again.tokens[id] ?? '';
      expect(latest).not.toBe(fresh);

      for (const stale of [token, fresh]) {
        const refused = await hub.orchestrator.send(sessionId, { type: 'confirm', confirmationId: id, token: stale, accept: true });
        expect(refused.error?.code).toBe('FORBIDDEN');
      }
      expect(await hub.pay.balance('demo')).toBe(before);
      const yes = await hub.orchestrator.send(sessionId, { type: 'confirm', confirmationId: id, token: latest, accept: true });
      expect(yes.events).toContainEqual(expect.objectContaining({ type: 'payment', status: 'captured', orderId: order.orderId }));
      expect(await hub.pay.balance('demo')).toBe(before - PRICE_FEN);
    } finally {
      await hub.close();
    }
  });
});
