import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../src/eval/index.ts';
import type { Hub } from '../../src/hub/index.ts';
import { LlmPlanner, LocalPlanner, type Planner } from '../../src/orchestrator/index.ts';
import { hubFrom, testHub } from '../support/hub-fixture.ts';
import { ScriptedLlm } from '../support/scripted-llm.ts';
import { CASES } from './cases.ts';

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
  });
}
