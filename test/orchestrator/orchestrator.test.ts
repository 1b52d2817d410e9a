import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../src/eval/index.ts';
import type { Hub } from '../../src/hub/index.ts';
import { LlmPlanner, LocalPlanner, type Planner } from '../../src/orchestrator/index.ts';
import { hubFrom, testHub } from '../support/hub-fixture.ts';
import { findNodeWhere as findNode } from '../support/scripted-planner.ts';
import { ScriptedLlm, type ScriptedReply } from '../support/scripted-llm.ts';
import { CASES } from './cases.ts';

const call = (name: string, args: Record<string, unknown> = {}): ScriptedReply => ({ toolCall: { name, arguments: args } });

const PACKAGES = [fileURLToPath(new URL('../fixtures/packages/pet-spa', import.meta.url)), fileURLToPath(new URL('../../examples/flower-shop', import.meta.url))];

const llm = new ScriptedLlm();
let template: Hub;
beforeAll(async () => {
  await llm.start();
  template = await testHub(PACKAGES);
});
afterAll(async () => {
  await llm.stop();
  await template.close();
});

const variants: { name: string; planner: () => Planner }[] = [
  { name: 'local', planner: () => new LocalPlanner() },
  { name: 'llm', planner: () => new LlmPlanner({ baseUrl: llm.url, model: 'scripted', maxRetries: 0 }) },
];

for (const variant of variants) {
  describe(`the orchestrator with the ${variant.name} planner`, () => {
    for (const c of CASES) {
      it(c.name, async () => {
        if (variant.name === 'llm') llm.play(c.llm);
        const hub: Hub = await hubFrom(template, { planner: variant.planner() });
        try {
          const outcome = await simulate({ orchestrator: hub.orchestrator, pay: hub.pay, lang: c.user === 'alice' ? 'en' : 'zh' }, {
            id: 'case', user: c.user, now: '2026-11-20T10:00:00+08:00', say: c.say, answers: c.answers ?? [], confirm: c.confirm, consent: c.consent ?? true,
            expect: { paid: [], refunded: undefined, replyContains: [], replyExcludes: [] },
          });
          if (variant.name === 'llm') {
            expect(llm.errors).toEqual([]);
            expect(llm.remaining).toBe(0);
          }
          expect(outcome.violations).toEqual([]);
          expect(outcome.paid.map((p) => ({ merchant: p.merchant, refs: p.lines.map((l) => l.ref) }))).toEqual(c.paid.map((p) => ({ merchant: p.merchant, refs: p.refs })));
          for (const [i, p] of c.paid.entries()) if (p.amount) expect(outcome.paid[i]?.amount).toBe(p.amount);
          const said = outcome.replies.join('\n');
          if (variant.name === 'local') for (const text of c.replyIncludes) expect(said).toContain(text);
          const wallet = await hub.pay.balance(c.user);
          const spent = c.paid.reduce((s, p) => s + Math.round((outcome.paid.find((o) => o.merchant === p.merchant)?.amount ?? 0) * 100), 0);
          expect(wallet).toBe((c.user === 'alice' ? 50_000 : 200_000) - spent);
        } finally {
          await hub.close();
        }
      });
    }

    it('runs a card\'s own tap handler in the sandbox and follows the api/call it sends up', async () => {
      if (variant.name === 'llm') {
        llm.play([call('flower-shop__searchBouquets', { keyword: '玫瑰' }), { text: '找到这些玫瑰花束。' }, { text: '这是 11 枝红玫瑰的详情。' }]);
      }
      const hub = await hubFrom(template, { planner: variant.planner() });
      try {
        const session = await hub.orchestrator.openSession('demo');
        const shown = await hub.orchestrator.send(session, { type: 'message', text: '看看有什么花' });
        const card = shown.events.find((e) => e.type === 'card' && e.card.api === 'searchBouquets');
        expect(card?.type === 'card' && card.card.text).toContain('11 枝红玫瑰');
        const roses = card?.type === 'card' ? findNode(card.card.tree, (n) => n.events.tap === 'onPick' && n.dataset.id === 'b_red_roses') : undefined;
        expect(roses).toBeDefined();
        const tapped = await hub.orchestrator.tapCard(session, card?.seq ?? 0, roses?.path ?? '');
        const called = tapped.events.filter((e) => e.type === 'tool-call');
        expect(called).toEqual([expect.objectContaining({ appId: 'flower-shop', api: 'getBouquetDetail', arguments: { bouquetId: 'b_red_roses' } })]);
        expect(tapped.events.find((e) => e.type === 'message' && e.role === 'user')).toMatchObject({ text: '看看11 枝红玫瑰' });
        await expect(hub.orchestrator.tapCard(session, card?.seq ?? 0, '9.9.9')).rejects.toThrow(/nothing to tap/);
      } finally {
        await hub.close();
      }
    });

    it('refuses a tap input that names a call no card offered, and calls nothing', async () => {
      const hub = await hubFrom(template, { planner: variant.planner() });
      try {
        const session = await hub.orchestrator.openSession('demo');
        const forged = hub.orchestrator.send(session, { type: 'tap', text: '看看有什么服务', call: { appId: 'pet-spa', name: 'listServices', arguments: {} } });
        await expect(forged).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('no card of this session offered') });
        expect((await hub.orchestrator.events(session)).filter((e) => e.type === 'tool-call')).toEqual([]);
      } finally {
        await hub.close();
      }
    });
  });
}

describe('when the model endpoint is down', () => {
  it('says so clearly, fails the task, and keeps the session usable', async () => {
    const hub = await hubFrom(template, { planner: new LlmPlanner({ baseUrl: 'http://127.0.0.1:9/v1', model: 'none', maxRetries: 1, timeoutMs: 2_000 }) });
    try {
      const session = await hub.orchestrator.openSession('demo');
      const result = await hub.orchestrator.send(session, { type: 'message', text: '帮我约洗澡' });
      const error = result.events.find((e) => e.type === 'error');
      expect(error?.type === 'error' && error.code).toBe('UNAVAILABLE');
      // in the user's language (demo speaks Chinese), naming the address that did not answer
      expect(error?.type === 'error' && error.message).toMatch(/连不上语言模型服务 http:\/\/127\.0\.0\.1:9\/v1/);
      expect(result.taskState).toBe('failed');
      expect((await hub.orchestrator.events(session)).length).toBe(result.events.length);
    } finally {
      await hub.close();
    }
  });
});
