import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeHub, sweepExpired, type Hub } from '../../src/hub/index.ts';
import { LocalPlanner } from '../../src/orchestrator/index.ts';
import type { PgliteStore } from '../../src/store/index.ts';
import { testHub } from '../support/hub-fixture.ts';

const PET_SPA = fileURLToPath(new URL('../fixtures/packages/pet-spa', import.meta.url));

describe('a confirmation nobody answers', () => {
  let template: Hub;
  beforeAll(async () => {
    template = await testHub([PET_SPA]);
  });
  afterAll(() => template.close());

  it('expires: the order is canceled, nothing is charged, the mini-program is told, a late yes is refused', async () => {
    const store = await (template.store as PgliteStore).clone();
    let now = new Date('2026-11-20T10:00:00+08:00').getTime();
    const clock = { now: () => new Date(now), timeZone: 'Asia/Shanghai' };
    const hub = composeHub({ ...template.config, clock }, store, { planner: new LocalPlanner() });
    try {
      const session = await hub.orchestrator.openSession('demo');
      const first = await hub.orchestrator.send(session, { type: 'message', text: '帮我约明天下午两点在望京店给小型犬洗澡' });
      const card = first.events.find((e) => e.type === 'confirmation-request');
      const id = card?.type === 'confirmation-request' ? card.confirmation.confirmationId : '';
      now += 11 * 60_000;
      expect(await sweepExpired(hub)).toBe(1);
      const orders = await hub.pay.listOrders({ userId: 'demo' });
      expect(orders.map((o) => o.status)).toEqual(['canceled']);
      const late = await hub.orchestrator.send(session, { type: 'confirm', confirmationId: id, token: first.tokens[id] ?? '', accept: true });
      expect(late.events.some((e) => e.type === 'payment')).toBe(false);
      expect(await hub.pay.balance('demo')).toBe(200_000);
      const bookings = await hub.store.query<{ value: { status: string }[] }>(`SELECT value FROM app_storage WHERE app_id = 'pet-spa' AND key = 'bookings'`);
      expect(bookings[0]?.value.map((b) => b.status)).toEqual(['canceled']);
      expect((await hub.pay.verify()).ok).toBe(true);
    } finally {
      await hub.close();
    }
  });
});
