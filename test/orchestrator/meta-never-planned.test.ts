import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../src/hub/index.ts';
import { LlmPlanner, LocalPlanner, type Planner, type PlannerInput, type PlannerStep } from '../../src/orchestrator/index.ts';
import { GUARD_LAB } from '../support/guard-lab.ts';
import { hubFrom, testHub } from '../support/hub-fixture.ts';
import { ScriptedLlm } from '../support/scripted-llm.ts';

const MARKER = 'META-ONLY-FOR-THE-CARD-7f3a';

/** Wraps a planner and keeps every input it was given. */
class Recording implements Planner {
  readonly inputs: string[] = [];
  constructor(private readonly inner: Planner) {}
  get name() {
    return this.inner.name;
  }
  next(input: PlannerInput): Promise<PlannerStep> {
    this.inputs.push(JSON.stringify(input));
    return this.inner.next(input);
  }
}

/**
 * `_meta` is for the card only (MINIPROGRAM-AI.md): a result that carries it shows it on the
 * card, while neither planner — nor the model behind the LLM one — ever reads it.
 */
describe('_meta reaches the card, never the planner', () => {
  let template: Hub;
  const llm = new ScriptedLlm();
  beforeAll(async () => {
    await llm.start();
    template = await testHub([GUARD_LAB]);
  });
  afterAll(async () => {
    await template.close();
    await llm.stop();
  });

  const variants: { name: string; planner: () => Planner; script?: () => void }[] = [
    { name: 'local', planner: () => new LocalPlanner() },
    {
      name: 'llm',
      planner: () => new LlmPlanner({ baseUrl: llm.url, model: 'scripted', maxRetries: 0 }),
      script: () => llm.play([{ toolCall: { name: 'guard-lab__listItems', arguments: {} } }, { text: '有蓝色杯子和红色杯子。' }]),
    },
  ];
  for (const variant of variants) {
    it(`with the ${variant.name} planner`, async () => {
      variant.script?.();
      const before = llm.requests.length;
      const planner = new Recording(variant.planner());
      const hub = await hubFrom(template, { planner });
      try {
        const session = await hub.orchestrator.openSession('demo');
        const result = await hub.orchestrator.send(session, { type: 'message', text: '守卫实验室有哪些杯子' });
        expect(result.events.some((e) => e.type === 'tool-call' && e.api === 'listItems')).toBe(true);
        const card = result.events.find((e) => e.type === 'card');
        expect(card?.type === 'card' && card.card.result._meta).toEqual({ cardOnly: MARKER });
        expect(planner.inputs.length).toBeGreaterThan(1); // it planned again after the result
        for (const input of planner.inputs) {
          expect(input).not.toContain(MARKER);
          expect(input).not.toContain('"_meta"');
        }
        for (const request of llm.requests.slice(before)) expect(JSON.stringify(request)).not.toContain(MARKER);
      } finally {
        await hub.close();
      }
    });
  }
});
