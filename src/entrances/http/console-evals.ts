import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { AgentOsError, newId } from '../../core/index.ts';
import { ECOSYSTEM_DIR } from '../../ecosystem/index.ts';
import { loadScenarios, runEval, type EvalReport } from '../../eval/index.ts';
import { plannerFor, type Hub } from '../../hub/index.ts';
import { defineRoute, type RouteRegistry } from './api-route.ts';
import { EvalStart } from './console-schemas.ts';
import type { HttpEnv } from './env.ts';

const SCENARIOS = join(ECOSYSTEM_DIR, 'scenarios');

interface EvalRun { id: string; file: string; by: string; startedAt: string; state: 'running' | 'done' | 'failed'; done: number; total: number; report?: EvalReport; error?: string }

/**
 * Scenario evaluations from the console: the sample scenario files, a run of one (each scenario
 * on a fresh copy of the sample ecosystem, one run at a time, in the background), and the
 * reports of this hub process's runs, newest first.
 */
export function consoleEvalRoutes(app: Hono<HttpEnv>, registry: RouteRegistry, hub: Hub): void {
  const runs: EvalRun[] = [];
  defineRoute(app, registry, {
    method: 'get', path: '/api/console/evals', tag: 'console', access: 'developer',
    summary: 'Scenario files and the evaluation runs of this hub process', ok: { status: 200, description: '{ files, runs }' },
  }, (c) => {
    const files = readdirSync(SCENARIOS).filter((f) => f.endsWith('.yaml')).sort();
    return c.json({ files, runs });
  });
  defineRoute(app, registry, {
    method: 'post', path: '/api/console/evals', tag: 'console', access: 'developer', body: EvalStart,
    summary: 'Run a scenario file in the background', description: 'One run at a time; each scenario on a fresh copy of the sample ecosystem.',
    ok: { status: 202, description: 'the run, to poll with GET /api/console/evals' }, errors: [404, 409],
  }, (c, { body: { file, only }, principal }) => {
    const by = `${principal.role}:${principal.userId}`;
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
