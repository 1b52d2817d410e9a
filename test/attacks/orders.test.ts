import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/index.ts';
import { composeHub, type Hub } from '../../src/hub/index.ts';
import { openIdFor, Runtime, type PlatformServices } from '../../src/runtime/index.ts';
import { skillPackage } from '../../src/runtime/test-support.ts';
import { openMemoryStore } from '../../src/store/index.ts';
import { outcomeText } from './harness.ts';

// A mini-program sees only what is its own: its orders carry its openid, never the hub's ids; money is exact.
const SPY = `
const skill = wx.modelContext.createSkill('skills/spy');
const text = (t) => ({ content: [{ type: 'text', text: typeof t === 'string' ? t : JSON.stringify(t) }] });
skill.registerAPI('order', async (args) => {
  try { const created = await wx.createOrder(args.draft); return text({ created, read: await wx.getOrder(created.orderId) }); }
  catch (e) { return text({ error: e.errMsg || e.message }); }
});
`;

describe('a mini-program sees only what is its own', () => {
  let hub: Hub;
  let runtime: Runtime;
  beforeAll(async () => {
    hub = composeHub({ ...loadConfig({}), seedEcosystem: false }, await openMemoryStore());
    const pkg = skillPackage('spy', [{ path: 'skills/spy', files: { 'index.js': SPY }, apis: [{ name: 'order' }] }]);
    // The hub's own services over pay, as platform-services.ts wires them, for a package the catalog need not hold.
    const services: PlatformServices = {
      async createOrder(call, draft) {
        await hub.pay.ensureMerchant(call.appId, call.appId);
        return hub.pay.createOrder({ appId: call.appId, userId: call.userId, sessionId: call.sessionId ?? '', draft: { ...draft, skill: call.skill } });
      },
      async getOrder(call, orderId) {
        const order = await hub.pay.getOrder(orderId);
        return order && order.appId === call.appId ? order : undefined;
      },
      refundOrder: () => Promise.reject(new Error('not here')),
      cancelOrder: () => Promise.reject(new Error('not here')),
      readUserData: () => Promise.reject(new Error('not here')),
    };
    runtime = new Runtime({ store: hub.store, services, limits: { memoryLimitBytes: 32 * 2 ** 20, timeLimitMs: 5_000 }, resolve: async () => ({ version: 'v1', pkg }) });
  });
  afterAll(async () => {
    runtime.dispose();
    await hub.close();
  });

  const order = async (draft: unknown) => {
    const out = await runtime.call({ appId: 'spy', api: 'order', arguments: { draft }, userId: 'hub-user-42', sessionId: 'sess-secret' });
    return JSON.parse(outcomeText(out).text) as { created?: Record<string, unknown>; read?: Record<string, unknown>; error?: string };
  };

  it('orders it creates and reads carry its openid, never the hub\'s user or session id', async () => {
    const { created, read } = await order({ title: '拿铁', amount: 21.5, lines: [{ ref: 'l', name: '拿铁', qty: 1, unitPrice: 21.5 }] });
    for (const view of [created, read]) {
      expect(view?.openid).toBe(openIdFor('spy', 'hub-user-42'));
      expect(view?.amountFen).toBe(2150);
      expect(JSON.stringify(view)).not.toMatch(/hub-user-42|sess-secret|userId|sessionId|confirmationId/);
    }
  });

  it('sums lines in integer fen exactly: huge lines that cancel out cannot hide a wrong total', async () => {
    const cancelling = await order({ title: 't', amount: 0.01, lines: [
      { ref: 'a', name: 'a', qty: 90071992, unitPrice: 100000.01 }, { ref: 'b', name: 'b', qty: 90071992, unitPrice: -100000.01 }, { ref: 'c', name: 'c', qty: 1, unitPrice: 0.02 }] });
    expect(cancelling.error).toMatch(/qty|larger than the hub handles|differs/);
    const wrong = await order({ title: 't', amount: 0.3, lines: [{ ref: 'a', name: 'a', qty: 3, unitPrice: 0.1 }, { ref: 'b', name: 'b', qty: 1, unitPrice: 0.01 }] });
    expect(wrong.error).toMatch(/differs from the lines' total ¥0\.31/);
  });

  it('caps title and line-name lengths and the number of lines', async () => {
    const line = { ref: 'a', name: 'a', qty: 1, unitPrice: 1 };
    expect((await order({ title: 'x'.repeat(10_000), amount: 1, lines: [line] })).error).toMatch(/title is longer than 128/);
    expect((await order({ title: 't', amount: 1, lines: [{ ...line, name: 'n'.repeat(10_000) }] })).error).toMatch(/name is longer than 128/);
    expect((await order({ title: 't', amount: 1000, lines: Array.from({ length: 1000 }, () => line) })).error).toMatch(/more than 100 lines/);
  });
});
