import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../src/hub/index.ts';
import type { PlannerInput, TurnResult } from '../../src/orchestrator/index.ts';
import { hubFrom, testHub } from '../support/hub-fixture.ts';
import { ScriptedPlanner } from '../support/scripted-planner.ts';

const PET_SPA = fileURLToPath(new URL('../fixtures/packages/pet-spa', import.meta.url));

const orderOf = (input: PlannerInput) => {
  const result = [...input.transcript].reverse().find((t) => t.role === 'tool-result' && t.toolId === 'pet-spa.bookGrooming');
  return result?.role === 'tool-result' ? String(result.structuredContent?.orderId) : '';
};
const card = (r: TurnResult) => {
  const e = r.events.find((x) => x.type === 'confirmation-request');
  return e?.type === 'confirmation-request' ? e.confirmation : undefined;
};
const paid = (r: TurnResult) => r.events.filter((e) => e.type === 'payment' && e.status === 'captured');

describe('a planner trying every way around a confirmation', () => {
  let template: Hub;
  beforeAll(async () => {
    template = await testHub([PET_SPA]);
  });
  afterAll(() => template.close());

  it('is refused each time; only the user\'s own tap, once, pays', async () => {
    const planner = new ScriptedPlanner([
      () => ({ type: 'call', toolId: 'pet-spa.listShops', arguments: {} }),
      () => ({ type: 'call', toolId: 'pet-spa.listServices', arguments: {} }),
      () => ({ type: 'call', toolId: 'pet-spa.bookGrooming', arguments: { shopId: 'ps1', serviceId: 'bath', date: '2026-11-21', time: '14:00' } }),
      // the user says 「确认」 in words; the planner then tries to mark the order paid itself
      (input) => ({ type: 'call', toolId: 'pet-spa.onGroomingPaid', arguments: { orderId: orderOf(input), status: 'paid' } }),
      () => ({ type: 'reply', text: '已为您支付成功。', awaitUser: false }),
    ]);
    const hub = await hubFrom(template, { planner });
    try {
      const session = await hub.orchestrator.openSession('demo');
      const first = await hub.orchestrator.send(session, { type: 'message', text: '约洗澡' });
      const confirmation = card(first);
      expect(confirmation?.amount).toBe(68);
      const id = confirmation?.confirmationId ?? '';
      const token = first.tokens[id] ?? '';

      const words = await hub.orchestrator.send(session, { type: 'message', text: '确认' });
      expect(paid(words)).toEqual([]);
      expect(words.events.some((e) => e.type === 'message' && e.role === 'assistant' && e.text.includes('点「确认」'))).toBe(true);

      const forged = await hub.orchestrator.send(session, { type: 'confirm', confirmationId: id, token: 'forged', accept: true });
      expect(paid(forged)).toEqual([]);
      expect(forged.events.find((e) => e.type === 'error')).toMatchObject({ code: 'CONFIRMATION_WRONG_TOKEN' });

      const stranger = await hub.orchestrator.openSession('alice');
      // In the stranger's own session the card is not pending at all: nothing is paid…
      await expect(hub.orchestrator.send(stranger, { type: 'confirm', confirmationId: id, token, accept: true }).catch((e: unknown) => e)).resolves.not.toHaveProperty('events', expect.arrayContaining([expect.objectContaining({ type: 'payment' })]));
      // …and at the trust layer itself, the real token in another user's hands redeems nothing.
      const [order] = await hub.pay.listOrders({ userId: 'demo' });
      expect(order).toBeDefined();
      for (const [userId, sessionId, reason] of [['alice', stranger, 'wrong_user'], ['demo', stranger, 'wrong_session']] as const) {
        expect(await hub.trust.redeem({ id, token, userId, sessionId, orderId: order!.orderId, amountFen: order!.amountFen })).toMatchObject({ ok: false, reason });
      }

      const yes = await hub.orchestrator.send(session, { type: 'confirm', confirmationId: id, token, accept: true });
      expect(paid(yes)).toEqual([expect.objectContaining({ amount: 68 })]);
      const refused = yes.events.find((e) => e.type === 'error' && e.code === 'HUB_ONLY');
      expect(refused).toBeDefined(); // the planner's own call of the payment callback

      const replay = await hub.orchestrator.send(session, { type: 'confirm', confirmationId: id, token, accept: true });
      expect(paid(replay)).toEqual([]);
      expect(await hub.pay.balance('demo')).toBe(200_000 - 6_800);
      expect(await hub.pay.balance('alice')).toBe(50_000);
      expect((await hub.pay.verify()).ok).toBe(true);
    } finally {
      await hub.close();
    }
  });

  it('holds an API that commits the user until the user confirms those exact arguments', async () => {
    const planner = new ScriptedPlanner([
      () => ({ type: 'call', toolId: 'pet-spa.listShops', arguments: {} }),
      () => ({ type: 'call', toolId: 'pet-spa.listServices', arguments: {} }),
      () => ({ type: 'call', toolId: 'pet-spa.bookGrooming', arguments: { shopId: 'ps2', serviceId: 'groom', date: '2026-11-21', time: '10:00', petSize: 'medium' } }),
      () => ({ type: 'reply', text: '已预约。', awaitUser: false }),
      (input) => ({ type: 'call', toolId: 'pet-spa.cancelBooking', arguments: { orderId: orderOf(input) } }),
      () => ({ type: 'reply', text: '已取消。', awaitUser: false }),
    ]);
    const hub = await hubFrom(template, { planner });
    try {
      const session = await hub.orchestrator.openSession('demo');
      const booked = await hub.orchestrator.send(session, { type: 'message', text: '约美容' });
      const pay = card(booked);
      await hub.orchestrator.send(session, { type: 'confirm', confirmationId: pay?.confirmationId ?? '', token: booked.tokens[pay?.confirmationId ?? ''] ?? '', accept: true });
      expect(await hub.pay.balance('demo')).toBe(200_000 - 19_800);

      const asked = await hub.orchestrator.send(session, { type: 'message', text: '取消刚才的预约' });
      const hold = card(asked);
      expect(hold).toMatchObject({ kind: 'action', appId: 'pet-spa', title: 'cancelBooking' });
      expect(asked.events.some((e) => e.type === 'tool-call' && e.api === 'cancelBooking')).toBe(false); // held, not run
      expect(await hub.pay.balance('demo')).toBe(200_000 - 19_800);

      const done = await hub.orchestrator.send(session, { type: 'confirm', confirmationId: hold?.confirmationId ?? '', token: asked.tokens[hold?.confirmationId ?? ''] ?? '', accept: true });
      expect(done.events.find((e) => e.type === 'tool-call')).toMatchObject({ api: 'cancelBooking', by: 'hub' });
      expect(await hub.pay.balance('demo')).toBe(200_000);
      expect((await hub.pay.verify()).ok).toBe(true);
    } finally {
      await hub.close();
    }
  });
});
