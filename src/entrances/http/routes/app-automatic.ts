import type { Hono } from 'hono';
import { z } from 'zod';
import { automaticMode, setAutomaticMode, type Hub } from '../../../hub/index.ts';
import { defineRoute, type RouteRegistry } from '../api-route.ts';
import type { HttpEnv } from '../env.ts';
import { named } from '../schemas.ts';

const AutomaticChange = named('AutomaticChange', z.object({ on: z.boolean().meta({ description: 'true: the pages become tools; false: only written skills' }) }));
const AutomaticState = named('AutomaticState', z.object({
  app: z.string(),
  automatic: z.boolean(),
  tools: z.array(z.string()).meta({ description: 'the derived tools now live (empty until a version is approved)' }),
}), "a mini-program's automatic mode");

/** The operator's switch for automatic mode: a mini-program's pages become callable tools. */
export function appAutomaticRoutes(app: Hono<HttpEnv>, registry: RouteRegistry, hub: Hub): void {
  const state = async (appId: string, on: boolean) => ({
    app: appId, automatic: on, tools: hub.tools.toolsOf(appId).filter((t) => hub.tools.plan(t.id)).map((t) => t.api),
  });
  defineRoute(app, registry, {
    method: 'get', path: '/api/apps/:app/automatic', tag: 'operator', access: 'operator',
    summary: "Whether a mini-program's automatic mode is on", ok: { status: 200, schema: AutomaticState, description: 'the switch and the derived tools live' }, errors: [403, 404],
  }, async (c) => {
    const appId = c.req.param('app') ?? '';
    const on = await automaticMode(hub, appId);
    await hub.tools.refresh();
    return c.json(await state(appId, on));
  });
  defineRoute(app, registry, {
    method: 'post', path: '/api/apps/:app/automatic', tag: 'operator', access: 'operator', body: AutomaticChange,
    summary: "Turns a mini-program's automatic mode on or off", ok: { status: 200, schema: AutomaticState, description: 'the switch after the change' }, errors: [403, 404],
  }, async (c, { body }) => {
    const appId = c.req.param('app') ?? '';
    return c.json(await state(appId, await setAutomaticMode(hub, appId, body.on)));
  });
}
