import type { Hono } from 'hono';
import { z } from 'zod';
import type { Hub } from '../../hub/index.ts';
import { body } from './body.ts';

const openAppSchema = z.object({ path: z.string().min(1).max(200).regex(/^[\w/-]+$/, 'a page route such as pages/menu/menu').optional() });

/**
 * The user's own navigation: a live mini-program opened by hand in a conversation of theirs,
 * at its first page (or `path`); the page session is then driven like a handoff's
 * (`/api/sessions/:id/pages/:pid/actions`).
 */
export function appPageRoutes(app: Hono, hub: Hub): void {
  app.post('/api/sessions/:id/apps/:appId/pages', async (c) => {
    const { path } = await body(c, openAppSchema);
    await hub.tools.refresh();
    const appId = c.req.param('appId');
    if (!hub.tools.app(appId)) return c.json({ error: { code: 'NOT_FOUND', message: `没有上线的小程序 ${appId} / no live mini-program ${appId}`, details: { where: 'appId' } } }, 404);
    const { pageSessionId, outcome } = await hub.pages.openApp(c.req.param('id'), appId, path);
    return c.json({ pageSessionId, ...outcome }, 201);
  });
}
