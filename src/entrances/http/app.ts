import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Hub } from '../../hub/index.ts';
<<<<<<< HEAD
import type { UserInput } from '../../orchestrator/index.ts';
import { consoleEvalRoutes } from './console-evals.ts';
import { consoleMoneyRoutes } from './console-money.ts';
import { consoleReviewRoutes } from './console-review.ts';
import { appPageRoutes } from './app-pages.ts';
import { body } from './body.ts';
import { cardTapSchema, newSessionSchema, userInputSchema } from './inputs.ts';
import { pageRoutes } from './page-routes.ts';
import { webRoutes } from './web-assets.ts';

/** The HTTP API: a thin edge over the hub and its orchestrator. Errors leave in the one error model. */
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
  app.get('/api/apps', async (c) => {
    await hub.tools.refresh();
    return c.json({ apps: hub.tools.apps() });
  });
  app.get('/api/users', async (c) => c.json({ users: (await hub.memory.listUsers()).map((u) => ({ id: u.id, name: u.name, lang: u.lang })) }));
  app.post('/api/sessions', async (c) => {
    const { user } = await body(c, newSessionSchema);
    return c.json({ sessionId: await hub.orchestrator.openSession(user, 'http') }, 201);
  });
  /** One turn; the response carries the events and, for this entrance only, the confirmation tokens. */
  app.post('/api/sessions/:id/input', async (c) => {
    const input = (await body(c, userInputSchema)) as UserInput;
    return c.json(await hub.orchestrator.send(c.req.param('id'), input));
  });
  /** A tap on a card: its own handler runs in the sandbox, and what it sends up is the user's next input. */
  app.post('/api/sessions/:id/card-tap', async (c) => {
    const { seq, path } = await body(c, cardTapSchema);
    return c.json(await hub.orchestrator.tapCard(c.req.param('id'), seq, path));
  });
  pageRoutes(app, hub);
  appPageRoutes(app, hub);
  app.post('/api/sessions/:id/resume', async (c) => c.json(await hub.orchestrator.resume(c.req.param('id'))));
  /** The session's event feed as server-sent events, from `?after=seq`, following new ones. */
  app.get('/api/sessions/:id/events', (c) => {
    const id = c.req.param('id');
    let after = Number(c.req.query('after') ?? 0) || 0;
    const follow = c.req.query('follow') !== '0';
    return streamSSE(c, async (stream) => {
      const until = Date.now() + 5 * 60_000;
      do {
        for (const event of await hub.orchestrator.events(id, after)) {
          after = event.seq;
          await stream.writeSSE({ id: String(event.seq), event: event.type, data: JSON.stringify(event) });
        }
        if (follow) await stream.sleep(500);
      } while (follow && !stream.aborted && Date.now() < until);
    });
  });
  const accounts = 'accounts' in hub;
  consoleReviewRoutes(app, hub, accounts);
  consoleMoneyRoutes(app, hub, accounts);
  consoleEvalRoutes(app, hub, accounts);
  webRoutes(app);
=======
import type { RouteRegistry } from './api-route.ts';
import { authenticate } from './auth/authenticate.ts';
import { csrfProtection } from './auth/csrf.ts';
import { authRoutes, type AuthOptions } from './auth/routes.ts';
import type { HttpEnv } from './env.ts';
import { errorResponse, notFound, tooLarge } from './errors.ts';
import { openApiDocument } from './openapi.ts';
import { pageRoutes } from './page-routes.ts';
import { appDomainRoutes } from './routes/app-domains.ts';
import { meRoutes } from './routes/me.ts';
import { sessionRoutes } from './routes/sessions.ts';
import { systemRoutes } from './routes/system.ts';

export interface HttpAppOptions extends AuthOptions {
  /** The largest request body accepted (64 KiB); a larger one is a 413. */
  bodyLimitBytes?: number;
}

/** A group of routes in its own file; each defines its routes with `defineRoute`, so they are in /openapi.json. */
export type RouteModule = (app: Hono<HttpEnv>, registry: RouteRegistry, hub: Hub, options: HttpAppOptions) => void;

/** Every group of routes the API serves, in order. */
const MODULES: RouteModule[] = [
  systemRoutes,
  (app, registry, hub, options) => authRoutes(app, registry, hub, options),
  meRoutes,
  sessionRoutes,
  pageRoutes,
  appDomainRoutes,
];

const VERSION = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/**
 * The HTTP API: a thin edge over the hub. Every request is sized, authenticated and checked
 * for CSRF before a route sees it; every route checks who may call it; every error leaves in
 * the one JSON shape.
 */
export function httpApp(hub: Hub, options: HttpAppOptions = {}): Hono<HttpEnv> {
  const app = new Hono<HttpEnv>();
  const registry: RouteRegistry = [];
  const limit = options.bodyLimitBytes ?? 64 * 1024;
  app.onError((error, c) => errorResponse(c, error));
  app.notFound(notFound);
  app.use('*', async (c, next) => {
    await next();
    c.header('x-content-type-options', 'nosniff');
    if (c.req.path.startsWith('/api/') || c.req.path.startsWith('/auth/')) c.header('cache-control', 'no-store');
  });
  app.use('*', bodyLimit({ maxSize: limit, onError: (c) => errorResponse(c, tooLarge(limit)) }));
  app.use('*', authenticate(hub.accounts));
  app.use('*', csrfProtection());
  for (const module of MODULES) module(app, registry, hub, options);
  let document: Record<string, unknown> | undefined;
  app.get('/openapi.json', (c) => c.json((document ??= openApiDocument(registry, { version: VERSION }))));
>>>>>>> main
  return app;
}
