import type { Hono } from 'hono';
import { z } from 'zod';
import { AgentOsError } from '../../core/index.ts';
import type { Hub } from '../../hub/index.ts';
import { defineRoute, type RouteRegistry } from './api-route.ts';
import type { HttpEnv } from './env.ts';
import { ownSession } from './routes/sessions.ts';
import { named } from './schemas.ts';

const OpenApp = named('OpenApp', z.object({ path: z.string().min(1).max(200).regex(/^[\w/-]+$/, 'a page route such as pages/menu/menu').optional() }), 'which page of the mini-program to open (its first page when absent)');

/**
 * The user's own navigation: a live mini-program opened by hand in a conversation of theirs,
 * at its first page (or `path`); the page session is then driven like a handoff's
 * (`/api/sessions/:id/pages/:pid/actions`).
 */
export function appPageRoutes(app: Hono<HttpEnv>, registry: RouteRegistry, hub: Hub): void {
  defineRoute(app, registry, {
    method: 'post', path: '/api/sessions/:id/apps/:appId/pages', tag: 'pages', access: 'user', body: OpenApp,
    summary: 'Open a mini-program by hand', description: 'At its first page, in a conversation of yours; drive it with the page actions.',
    ok: { status: 201, description: '{ pageSessionId, kind, state }' }, errors: [404],
  }, async (c, { body, principal }) => {
    const sessionId = await ownSession(c, hub, principal);
    await hub.tools.refresh();
    const appId = c.req.param('appId') ?? '';
    if (!hub.tools.app(appId)) throw new AgentOsError('NOT_FOUND', `没有上线的小程序 ${appId} / no live mini-program ${appId}`, { where: 'appId' });
    const { pageSessionId, outcome } = await hub.pages.openApp(sessionId, appId, body.path);
    return c.json({ pageSessionId, ...outcome }, 201);
  });
}
