import { Hono } from 'hono';
import { toAgentOsError } from '../../core/index.ts';
import type { Hub } from '../../hub/index.ts';

/** The HTTP API: a thin edge over the hub. Errors leave in the one error model. */
export function httpApp(hub: Hub): Hono {
  const app = new Hono();
  app.onError((error, c) => {
    const e = toAgentOsError(error);
    return c.json({ error: e.toJSON() }, e.httpStatus as 400);
  });
  app.get('/health', async (c) => {
    await hub.store.query('SELECT 1');
    return c.json({ ok: true, store: hub.store.kind });
  });
  app.get('/api/apps', async (c) => c.json({ apps: await hub.catalog.live() }));
  return app;
}
