import type { Hono } from 'hono';
import type { Hub } from '../../../hub/index.ts';
import { defineRoute, type RouteRegistry } from '../api-route.ts';
import type { HttpEnv } from '../env.ts';
import { AppList, Health, UserList } from '../schemas.ts';

/** Whether the hub answers, what is installed, and (operators) who its users are. */
export function systemRoutes(app: Hono<HttpEnv>, registry: RouteRegistry, hub: Hub): void {
  defineRoute(app, registry, {
    method: 'get', path: '/health', tag: 'system', access: 'public',
    summary: 'Whether the hub and its store answer', ok: { status: 200, schema: Health, description: 'up' },
  }, async (c) => {
    await hub.store.query('SELECT 1');
    return c.json({ ok: true, store: hub.store.kind });
  });

  defineRoute(app, registry, {
    method: 'get', path: '/api/apps', tag: 'system', access: 'user',
    summary: 'The mini-programs the assistant can use', ok: { status: 200, schema: AppList, description: 'approved mini-programs' },
  }, async (c) => {
    await hub.tools.refresh();
    return c.json({ apps: hub.tools.apps() });
  });

  defineRoute(app, registry, {
    method: 'get', path: '/api/users', tag: 'operator', access: 'operator',
    summary: "The hub's users (operators only)", ok: { status: 200, schema: UserList, description: 'users and roles' }, errors: [403],
  }, async (c) => {
    const users = await hub.memory.listUsers();
    return c.json({ users: await Promise.all(users.map(async (u) => ({ id: u.id, name: u.name, lang: u.lang, role: await hub.accounts.role(u.id) }))) });
  });
}
