import { fileURLToPath } from 'node:url';
import type { Planner, PlannerInput, PlannerStep } from '../src/orchestrator/index.ts';
import { LocalPlanner } from '../src/orchestrator/index.ts';
import { hubFrom, testHub } from '../test/support/hub-fixture.ts';
import { machine, ms, percentiles } from './support.ts';

const PET_SPA = fileURLToPath(new URL('../test/fixtures/packages/pet-spa', import.meta.url));

/** A planner that costs nothing: `steps` calls of one tool, then a reply; its own time is measured apart. */
class InstantPlanner implements Planner {
  readonly name = 'local' as const;
  plannerMs = 0;
  constructor(readonly steps: number) {}
  async next(input: PlannerInput): Promise<PlannerStep> {
    const t = performance.now();
    const calls = input.transcript.filter((e) => e.role === 'tool-call').length;
    const step: PlannerStep = calls < this.steps ? { type: 'call', toolId: 'pet-spa.listShops', arguments: {} } : { type: 'reply', text: '好的', awaitUser: false };
    this.plannerMs += performance.now() - t;
    return step;
  }
}

/** Orchestrator overhead per tool step (planner excluded) and 1,000 concurrent sessions in one process. */
export async function benchOrchestrator(): Promise<string[]> {
  const template = await testHub([PET_SPA]);
  const steps = 10;
  const planner = new InstantPlanner(steps);
  const hub = await hubFrom(template, { planner });
  const perStep: number[] = [];
  for (let i = 0; i < 60; i++) {
    const session = await hub.orchestrator.openSession('demo');
    planner.plannerMs = 0;
    const t = performance.now();
    await hub.orchestrator.send(session, { type: 'message', text: '有哪些门店' });
    perStep.push((performance.now() - t - planner.plannerMs) / steps);
  }
  const step = percentiles(perStep.slice(10));
  await hub.close();

  const many = await hubFrom(template, { planner: new LocalPlanner() });
  const users = Array.from({ length: 1000 }, (_, i) => `load-${i}`);
  for (const id of users) await many.memory.upsertUser({ id, name: id, lang: 'zh', city: '北京', addresses: [], passengers: [], preferences: {} });
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  const started = performance.now();
  const sessions = await Promise.all(users.map((u) => many.orchestrator.openSession(u)));
  await Promise.all(sessions.map((s) => many.orchestrator.send(s, { type: 'message', text: '帮我约明天下午两点在望京店给小型犬洗澡' })));
  const seconds = (performance.now() - started) / 1000;
  global.gc?.();
  const perSession = (process.memoryUsage().heapUsed - before) / users.length;
  const waiting = (await many.store.query<{ n: number }>(`SELECT count(*)::int AS n FROM sessions WHERE state->'pending' @> '[{"kind":"confirmation"}]'`))[0]?.n ?? 0;
  await many.close();
  await template.close();
  return [
    `orchestrator: overhead per tool step (guard, sandbox call, events; planner excluded) p50 ${ms(step.p50)} p95 ${ms(step.p95)} (target p50 ≤ 1 ms) — ${machine()}`,
    `orchestrator: 1,000 concurrent sessions (each to a confirmation card) in ${seconds.toFixed(1)} s, ${waiting} waiting for the user's yes; heap ${(perSession / 1024).toFixed(1)} KiB per session (64 warm sandbox realms kept)`,
  ];
}
