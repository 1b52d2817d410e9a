import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { z } from 'zod';
import { AgentOsError, newId } from '../../core/index.ts';
import { ECOSYSTEM_DIR } from '../../ecosystem/index.ts';
import { loadScenarios, runEval, type EvalReport } from '../../eval/index.ts';
import { plannerFor, type Hub } from '../../hub/index.ts';
import { consoleActor } from './console-access.ts';
import { readBody } from './read-body.ts';

const SCENARIOS = join(ECOSYSTEM_DIR, 'scenarios');
const startSchema = z.object({ file: z.string().regex(/^[\w-]+\.yaml$/, 'a scenario file name, e.g. public.yaml'), only: z.array(z.string().min(1).max(100)).max(200).optional() });

interface EvalRun { id: string; file: string; by: string; startedAt: string; state: 'running' | 'done' | 'failed'; done: number; total: number; report?: EvalReport; error?: string }

/**
 * Scenario evaluations from the console: the sample scenario files, a run of one (each scenario
 * on a fresh copy of the sample ecosystem, one run at a time, in the background), and the
 * reports of this hub process's runs, newest first.
 */
export function consoleEvalRoutes(app: Hono, hub: Hub, accounts: boolean): void {
  const runs: EvalRun[] = [];
  app.get('/api/console/evals', (c) => {
    consoleActor(c, 'developer', accounts);
    const files = readdirSync(SCENARIOS).filter((f) => f.endsWith('.yaml')).sort();
    return c.json({ files, runs });
  });
  app.post('/api/console/evals', async (c) => {
    const by = consoleActor(c, 'developer', accounts);
    const { file, only } = await readBody(c, startSchema);
    if (!readdirSync(SCENARIOS).includes(file)) throw new AgentOsError('NOT_FOUND', `没有场景文件 ${file} / no scenario file ${file}`, { where: 'file' });
    if (runs.some((r) => r.state === 'running')) throw new AgentOsError('CONFLICT', '已有评测在运行 / an evaluation is already running', { fix: 'wait for it to finish' });
    const scenarios = loadScenarios(join(SCENARIOS, file)).filter((s) => !only || only.includes(s.id));
    if (!scenarios.length) throw new AgentOsError('NOT_FOUND', '没有匹配的场景 / no scenario matches', { where: 'only' });
    const run: EvalRun = { id: newId('eval'), file, by, startedAt: new Date().toISOString(), state: 'running', done: 0, total: scenarios.length };
    runs.unshift(run);
    if (runs.length > 20) runs.pop();
    runEval(scenarios, { config: { planner: hub.config.planner }, planner: () => plannerFor(hub.config), onProgress: (done) => { run.done = done; } })
      .then((report) => Object.assign(run, { state: 'done', report }), (error: unknown) => Object.assign(run, { state: 'failed', error: (error as Error).message }));
    return c.json(run, 202);
  });
}
