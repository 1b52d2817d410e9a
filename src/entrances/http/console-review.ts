import type { Hono } from 'hono';
import { AgentOsError } from '../../core/index.ts';
import { decide, type Hub } from '../../hub/index.ts';
import { defineRoute, type RouteRegistry } from './api-route.ts';
import { PlaygroundCall, ReviewDecision } from './console-schemas.ts';
import type { HttpEnv } from './env.ts';

const passedOf = (review: unknown): boolean | null => (review as { passed?: boolean } | null)?.passed ?? null;

/**
 * The developer console's review side: every installed version with its status, one
 * version's findings (each rule's problems, each contract example) and decisions, the
 * decision itself, and a playground that calls an API and draws its card.
 */
export function consoleReviewRoutes(app: Hono<HttpEnv>, registry: RouteRegistry, hub: Hub): void {
  defineRoute(app, registry, {
    method: 'get', path: '/api/console/versions', tag: 'console', access: 'developer',
    summary: 'Installed versions and their review status', ok: { status: 200, description: '{ versions }' },
  }, async (c) => {
    await hub.tools.refresh();
    const names = new Map(hub.tools.apps().map((a) => [a.appId, a]));
    const versions = (await hub.catalog.list()).map(({ review, ...v }) => ({
      ...v, passed: passedOf(review), appName: names.get(v.appId)?.appName ?? v.appId, appNameEn: names.get(v.appId)?.appNameEn,
    }));
    return c.json({ versions });
  });

  defineRoute(app, registry, {
    method: 'get', path: '/api/console/versions/:appId/:version', tag: 'console', access: 'developer',
    summary: "One version's review: findings, contract run, decisions", ok: { status: 200, description: 'the version record' }, errors: [404],
  }, async (c) => {
    const record = await hub.catalog.version(c.req.param('appId') ?? '', c.req.param('version') ?? '');
    const decisions = await hub.catalog.decisions(record.appId);
    return c.json({ ...record, decisions: decisions.filter((d) => d.version === record.version) });
  });

  defineRoute(app, registry, {
    method: 'post', path: '/api/console/versions/:appId/:version/decision', tag: 'console', access: 'developer', body: ReviewDecision,
    summary: 'Approve or reject a version, with a reason', description: 'Approval needs a passed automatic review; every decision is audited.',
    ok: { status: 200, description: 'the new status' }, errors: [404, 409],
  }, async (c, { body, principal }) => {
    const record = await decide(hub, `${c.req.param('appId') ?? ''}@${c.req.param('version') ?? ''}`, body.decision, body.reason, `${principal.role}:${principal.userId}`);
    await hub.tools.refresh();
    return c.json({ appId: record.appId, version: record.version, status: record.status });
  });

  defineRoute(app, registry, {
    method: 'get', path: '/api/console/apis', tag: 'console', access: 'developer',
    summary: 'Live mini-programs and their APIs', ok: { status: 200, description: '{ apps }' },
  }, async (c) => {
    await hub.tools.refresh();
    return c.json({
      apps: hub.tools.apps().map((a) => ({ ...a, apis: hub.tools.toolsOf(a.appId).map((t) => ({ api: t.api, description: t.description, hasCard: Boolean(t.componentPath) })) })),
    });
  });

  defineRoute(app, registry, {
    method: 'post', path: '/api/console/playground', tag: 'console', access: 'developer', body: PlaygroundCall,
    summary: 'Call one API as yourself', description: 'The envelope exactly as a planner gets it, and the card a user would see. An order it creates is never paid without a confirmation.',
    ok: { status: 200, description: '{ ms, envelope, card? }' }, errors: [404],
  }, async (c, { body, principal }) => {
    await hub.tools.refresh();
    const tool = hub.tools.toolsOf(body.appId).find((t) => t.api === body.api);
    if (!tool) throw new AgentOsError('NOT_FOUND', `${body.appId} 没有 API ${body.api} / ${body.appId} has no live API ${body.api}`, { where: 'api' });
    const grants = Object.fromEntries(body.grants.map((s) => [s, 'granted' as const]));
    const started = performance.now();
    const outcome = await hub.runtime.call({ appId: body.appId, api: body.api, arguments: body.arguments, userId: principal.userId, grants });
    const ms = Math.round(performance.now() - started);
    if (outcome.kind !== 'result') return c.json({ ms, outcome });
    let card: { tree: unknown; text: string } | { error: string } | undefined;
    if (tool.componentPath && !outcome.envelope.isError) {
      card = await hub.runtime.renderCard({ appId: body.appId, version: tool.version, userId: principal.userId, componentPath: tool.componentPath, result: outcome.envelope })
        .catch((error: unknown) => ({ error: (error as Error).message }));
    }
    return c.json({ ms, envelope: outcome.envelope, ...(card ? { card } : {}) });
  });
}
