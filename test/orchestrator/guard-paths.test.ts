import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../src/hub/index.ts';
import type { PlannerInput, PlannerStep, TurnResult } from '../../src/orchestrator/index.ts';
import { CHAIN_LIMIT } from '../../src/orchestrator/act.ts';
import { GUARD_LAB } from '../support/guard-lab.ts';
import { hubFrom, testHub } from '../support/hub-fixture.ts';
import { findNodeWhere, ScriptedPlanner } from '../support/scripted-planner.ts';

const PET_SPA = fileURLToPath(new URL('../fixtures/packages/pet-spa', import.meta.url));

const ran = (r: TurnResult, api: string) => r.events.some((e) => e.type === 'tool-call' && e.api === api);
const errors = (r: TurnResult) => r.events.flatMap((e) => (e.type === 'error' ? [e.code] : []));
const holds = (r: TurnResult) => r.events.flatMap((e) => (e.type === 'confirmation-request' ? [e.confirmation] : []));
const orderIdIn = (input: PlannerInput) => {
  const result = [...input.transcript].reverse().find((t) => t.role === 'tool-result' && t.toolId === 'guard-lab.reserveItem');
  return result?.role === 'tool-result' ? String(result.structuredContent?.orderId) : '';
};

/**
 * The guard applies to every way a call reaches a mini-program — the planner's, a chained
 * `apiCalls` entry, a card tap's `api/call` — not only to the planner's (only the hub's own
 * calls, after the user's yes, skip it).
 */
describe('the guard on every path a call can take', () => {
  let template: Hub;
  beforeAll(async () => {
    template = await testHub([GUARD_LAB, PET_SPA]);
  });
  afterAll(() => template.close());

  async function withHub(steps: ((input: PlannerInput) => PlannerStep)[], run: (hub: Hub, session: string) => Promise<void>): Promise<void> {
    const hub = await hubFrom(template, { planner: new ScriptedPlanner(steps) });
    try {
      await run(hub, await hub.orchestrator.openSession('demo'));
    } finally {
      await hub.close();
    }
  }

  it('refuses an ID the planner invented, so no order is created from it', async () => {
    await withHub([() => ({ type: 'call', toolId: 'guard-lab.reserveItem', arguments: { itemId: 'it-1' } })], async (hub, session) => {
      const result = await hub.orchestrator.send(session, { type: 'message', text: '预订一件' });
      expect(errors(result)).toContain('ID_REFUSED');
      expect(holds(result)).toEqual([]);
      expect(await hub.pay.listOrders({ userId: 'demo' })).toEqual([]);
    });
  });

  it('refuses a chained call carrying an invented ID', async () => {
    await withHub([() => ({ type: 'call', toolId: 'guard-lab.chainInvented', arguments: {} })], async (hub, session) => {
      const result = await hub.orchestrator.send(session, { type: 'message', text: '试试链式调用' });
      expect(ran(result, 'chainInvented')).toBe(true);
      expect(ran(result, 'reserveItem')).toBe(false);
      expect(errors(result)).toContain('ID_REFUSED');
      expect(await hub.pay.listOrders({ userId: 'demo' })).toEqual([]);
    });
  });

  it('holds a chained destructive call for the user instead of running it', async () => {
    await withHub([() => ({ type: 'call', toolId: 'guard-lab.chainClear', arguments: {} })], async (hub, session) => {
      const result = await hub.orchestrator.send(session, { type: 'message', text: '准备清空' });
      expect(ran(result, 'clearReservations')).toBe(false);
      expect(holds(result)).toEqual([expect.objectContaining({ kind: 'action', title: 'clearReservations' })]);
    });
  });

  it('refuses a chained call of an order\'s payment callback: only the hub reports a payment', async () => {
    await withHub([
      () => ({ type: 'call', toolId: 'guard-lab.listItems', arguments: {} }),
      () => ({ type: 'call', toolId: 'guard-lab.reserveItem', arguments: { itemId: 'it-1' } }),
      (input) => ({ type: 'call', toolId: 'guard-lab.chainCallback', arguments: { orderId: orderIdIn(input) } }),
    ], async (hub, session) => {
      const first = await hub.orchestrator.send(session, { type: 'message', text: '预订蓝色杯子' });
      const [card] = holds(first);
      expect(card).toMatchObject({ kind: 'payment', amount: 12 });
      const second = await hub.orchestrator.send(session, { type: 'message', text: '好了吗' });
      // (a new message sets the unanswered order aside: the hub itself reports it canceled)
      expect(second.events.some((e) => e.type === 'tool-call' && e.api === 'onReservationPaid' && e.by !== 'hub')).toBe(false);
      expect(errors(second)).toContain('HUB_ONLY');
      const [order] = await hub.pay.listOrders({ userId: 'demo' });
      expect(order?.status).not.toBe('paid');
    });
  });

  it('ends a chain that calls itself after the per-turn cap, and the turn completes', async () => {
    await withHub([() => ({ type: 'call', toolId: 'guard-lab.chainSelf', arguments: {} })], async (hub, session) => {
      const result = await hub.orchestrator.send(session, { type: 'message', text: '一直链式调用' });
      const calls = result.events.filter((e) => e.type === 'tool-call' && e.api === 'chainSelf');
      expect(calls).toHaveLength(1 + CHAIN_LIMIT);
      expect(result.taskState).toBe('completed');
    });
  });

  it('refuses a value that only another mini-program returned', async () => {
    await withHub([
      () => ({ type: 'call', toolId: 'pet-spa.listServices', arguments: {} }),
      () => ({ type: 'call', toolId: 'guard-lab.reserveItem', arguments: { itemId: 'bath' } }),
    ], async (hub, session) => {
      const result = await hub.orchestrator.send(session, { type: 'message', text: '看看服务再预订' });
      expect(ran(result, 'listServices')).toBe(true);
      expect(ran(result, 'reserveItem')).toBe(false);
      expect(errors(result)).toContain('ID_REFUSED');
    });
  });

  describe('card taps', () => {
    async function tapOn(hub: Hub, session: string, handler: string): Promise<TurnResult> {
      const shown = await hub.orchestrator.send(session, { type: 'message', text: '看看商品' });
      const card = shown.events.find((e) => e.type === 'card');
      const node = card?.type === 'card' ? findNodeWhere(card.card.tree, (n) => n.events.tap === handler) : undefined;
      expect(node).toBeDefined();
      return hub.orchestrator.tapCard(session, card?.seq ?? 0, node?.path ?? '');
    }
    const listThenReply: ((input: PlannerInput) => PlannerStep)[] = [() => ({ type: 'call', toolId: 'guard-lab.listItems', arguments: {} })];

    it('a tap that sends a listed item up creates its order, behind the confirmation card', async () => {
      await withHub([...listThenReply], async (hub, session) => {
        const tapped = await tapOn(hub, session, 'onReserve');
        expect(ran(tapped, 'reserveItem')).toBe(true);
        expect(holds(tapped)).toEqual([expect.objectContaining({ kind: 'payment', amount: 12 })]);
      });
    });

    it('a tap that asks for a destructive API is held for the user\'s confirmation', async () => {
      await withHub([...listThenReply], async (hub, session) => {
        const tapped = await tapOn(hub, session, 'onClear');
        expect(ran(tapped, 'clearReservations')).toBe(false);
        expect(holds(tapped)).toEqual([expect.objectContaining({ kind: 'action', title: 'clearReservations' })]);
      });
    });

    it('a tap carrying an ID that no result showed is refused', async () => {
      await withHub([...listThenReply], async (hub, session) => {
        const tapped = await tapOn(hub, session, 'onForged');
        expect(ran(tapped, 'reserveItem')).toBe(false);
        expect(errors(tapped)).toContain('ID_REFUSED');
        expect(await hub.pay.listOrders({ userId: 'demo' })).toEqual([]);
      });
    });

    it('a tap may not call an API of another skill of the same mini-program', async () => {
      await withHub([...listThenReply], async (hub, session) => {
        await expect(tapOn(hub, session, 'onForeign')).rejects.toMatchObject({ code: 'FORBIDDEN' });
        const events = await hub.orchestrator.events(session);
        expect(events.some((e) => e.type === 'tool-call' && e.api === 'clearFavourites')).toBe(false);
      });
    });
  });
});
