import { Hono } from 'hono';
import { HUB_VERSION } from '../../core/index.ts';
import type { Hub } from '../../hub/index.ts';
import type { RouteRegistry } from './api-route.ts';
import { authenticate } from './auth/authenticate.ts';
import { declaredBodyLimit } from './body-limit.ts';
import { csrfProtection } from './auth/csrf.ts';
import { authRoutes, type AuthOptions } from './auth/routes.ts';
import type { HttpEnv } from './env.ts';
import { errorResponse, notFound, tooLarge } from './errors.ts';
import { openApiDocument } from './openapi.ts';
import { a2aRoutes } from '../a2a/index.ts';
import { mcpRoutes } from '../mcp/index.ts';
import { appPageRoutes } from './app-pages.ts';
import { consoleEvalRoutes } from './console-evals.ts';
import { consoleMoneyRoutes } from './console-money.ts';
import { consoleReviewRoutes } from './console-review.ts';
import { pageRoutes } from './page-routes.ts';
import { adminRoutes, type AdminOptions } from './routes/admin.ts';
import { appDomainRoutes } from './routes/app-domains.ts';
import { appAutomaticRoutes } from './routes/app-automatic.ts';
import { meRoutes } from './routes/me.ts';
import { sessionRoutes } from './routes/sessions.ts';
import { systemRoutes } from './routes/system.ts';
import { webRoutes } from './web-assets.ts';

export interface HttpAppOptions extends AuthOptions {
  /** The largest request body accepted (64 KiB); a larger one is a 413. */
  bodyLimitBytes?: number;
  /** The interface the hub listens on (the MCP entrance checks Host names against it). */
  host?: string;
  /** The routes for commands run beside a hub that holds its data folder (`agentos start`). */
  admin?: AdminOptions;
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
  appPageRoutes,
  appDomainRoutes,
  appAutomaticRoutes,
  consoleReviewRoutes,
  consoleMoneyRoutes,
  consoleEvalRoutes,
  (app, registry, hub, options) => adminRoutes(app, registry, hub, options.admin),
];


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
    // Set on the response's own headers: hono's `c.header` on a response already made rebuilds it
    // around its body as a stream, which node-server then reads chunk by chunk — on every reply.
    const set = (name: string, value: string) => {
      try {
        c.res.headers.set(name, value);
      } catch {
        c.header(name, value); // a response whose headers are immutable is rebuilt after all
      }
    };
    set('x-content-type-options', 'nosniff');
    if (c.req.path.startsWith('/api/') || c.req.path.startsWith('/auth/')) set('cache-control', 'no-store');
  });
  app.use('*', declaredBodyLimit(limit, (c) => errorResponse(c, tooLarge(limit))));
  app.use('*', authenticate(hub.accounts, hub.clients));
  app.use('*', csrfProtection());
  for (const module of MODULES) module(app, registry, hub, options);
  // The agent entrances speak their own protocols (JSON-RPC, A2A's HTTP+JSON), outside /openapi.json.
  mcpRoutes(app, hub, { publicUrl: options.publicUrl, host: options.host, anonymousLoopback: hub.config.mcpAnonymousLoopback });
  a2aRoutes(app, hub, { publicUrl: options.publicUrl });
  let document: Record<string, unknown> | undefined;
  app.get('/openapi.json', (c) => c.json((document ??= openApiDocument(registry, { version: HUB_VERSION }))));
  webRoutes(app); // last: the web app's pages answer only what no API route took
  return app;
}
