import type { Hono } from 'hono';
import { z } from 'zod';
import { appDomains, changeAppDomains, type Hub } from '../../../hub/index.ts';
import { defineRoute, type RouteRegistry } from '../api-route.ts';
import type { HttpEnv } from '../env.ts';
import { named } from '../schemas.ts';

const DomainChange = named('DomainChange', z.object({
  action: z.enum(['add', 'remove']),
  origin: z.string().min(1).max(300).meta({ description: 'https://host[:port], exact host and port (as WeChat requires)' }),
}));
const DomainList = named('DomainList', z.object({ app: z.string(), domains: z.array(z.string()) }), "a mini-program's request allowlist");

/** The operator's view of each mini-program's request allowlist (https only, exact host and port). */
export function appDomainRoutes(app: Hono<HttpEnv>, registry: RouteRegistry, hub: Hub): void {
  defineRoute(app, registry, {
    method: 'get', path: '/api/apps/:app/domains', tag: 'operator', access: 'operator',
    summary: "A mini-program's request allowlist", ok: { status: 200, schema: DomainList, description: 'the allowed origins' }, errors: [403, 404],
  }, async (c) => c.json({ app: c.req.param('app'), domains: await appDomains(hub, c.req.param('app') ?? '') }));

  defineRoute(app, registry, {
    method: 'post', path: '/api/apps/:app/domains', tag: 'operator', access: 'operator', body: DomainChange,
    summary: "Adds or removes an origin of a mini-program's request allowlist", ok: { status: 200, schema: DomainList, description: 'the allowlist after the change' }, errors: [403, 404],
  }, async (c, { body }) => c.json({ app: c.req.param('app'), domains: await changeAppDomains(hub, c.req.param('app') ?? '', body.action, body.origin) }));
}
