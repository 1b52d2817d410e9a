import type { Hono } from 'hono';
import { AgentOsError } from '../../core/index.ts';
import { decide, type Hub } from '../../hub/index.ts';
import { consoleActor } from './console-access.ts';
import { playgroundCallSchema, reviewDecisionSchema } from './console-schemas.ts';
import { readBody } from './read-body.ts';

const passedOf = (review: unknown): boolean | null => (review as { passed?: boolean } | null)?.passed ?? null;

/**
 * The developer console's review side: every installed version with its status, one
 * version's findings (each rule's problems, each contract example) and decisions, the
 * decision itself, and a playground that calls an API and draws its card.
 */
export function consoleReviewRoutes(app: Hono, hub: Hub, accounts: boolean): void {
  app.get('/api/console/versions', async (c) => {
    consoleActor(c, 'developer', accounts);
    await hub.tools.refresh();
    const names = new Map(hub.tools.apps().map((a) => [a.appId, a]));
    const versions = (await hub.catalog.list()).map(({ review, ...v }) => ({
      ...v, passed: passedOf(review), appName: names.get(v.appId)?.appName ?? v.appId, appNameEn: names.get(v.appId)?.appNameEn,
    }));
    return c.json({ versions });
  });

  app.get('/api/console/versions/:appId/:version', async (c) => {
    consoleActor(c, 'developer', accounts);
    const record = await hub.catalog.version(c.req.param('appId'), c.req.param('version'));
    const decisions = await hub.catalog.decisions(record.appId);
    const apis = hub.tools.toolsOf(record.appId).map((t) => ({ api: t.api, skill: t.skill, description: t.description, hasCard: Boolean(t.componentPath) }));
    return c.json({ ...record, decisions: decisions.filter((d) => d.version === record.version), apis });
  });

  app.post('/api/console/versions/:appId/:version/decision', async (c) => {
    const actor = consoleActor(c, 'developer', accounts);
    const { decision, reason } = await readBody(c, reviewDecisionSchema);
    const record = await decide(hub, `${c.req.param('appId')}@${c.req.param('version')}`, decision, reason, actor);
    await hub.tools.refresh();
    return c.json({ appId: record.appId, version: record.version, status: record.status });
  });

  app.get('/api/console/apis', async (c) => {
    consoleActor(c, 'developer', accounts);
    await hub.tools.refresh();
    return c.json({
      apps: hub.tools.apps().map((a) => ({ ...a, apis: hub.tools.toolsOf(a.appId).map((t) => ({ api: t.api, description: t.description, hasCard: Boolean(t.componentPath) })) })),
    });
  });

  /** The envelope exactly as a planner would get it, and the card a user would see. */
  app.post('/api/console/playground', async (c) => {
    const actor = consoleActor(c, 'developer', accounts);
    const input = await readBody(c, playgroundCallSchema);
    await hub.tools.refresh();
    const tool = hub.tools.toolsOf(input.appId).find((t) => t.api === input.api);
    if (!tool) throw new AgentOsError('NOT_FOUND', `${input.appId} 没有 API ${input.api} / ${input.appId} has no live API ${input.api}`, { where: 'api' });
    const userId = actor.includes(':') ? actor.slice(actor.indexOf(':') + 1) : 'demo';
    const grants = Object.fromEntries(input.grants.map((s) => [s, 'granted' as const]));
    const started = performance.now();
    const outcome = await hub.runtime.call({ appId: input.appId, api: input.api, arguments: input.arguments, userId, grants });
    const ms = Math.round(performance.now() - started);
    if (outcome.kind !== 'result') return c.json({ ms, outcome });
    let card: { tree: unknown; text: string } | { error: string } | undefined;
    if (tool.componentPath && !outcome.envelope.isError) {
      card = await hub.runtime.renderCard({ appId: input.appId, version: tool.version, userId, componentPath: tool.componentPath, result: outcome.envelope })
        .catch((error: unknown) => ({ error: (error as Error).message }));
    }
    return c.json({ ms, envelope: outcome.envelope, ...(card ? { card } : {}) });
  });
}
