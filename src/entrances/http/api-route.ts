import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import { hasRole, type Principal, type Role } from '../../accounts/index.ts';
import { AgentOsError } from '../../core/index.ts';
import type { HttpEnv } from './env.ts';
import { checked, readBody, rejectControlCharacters } from './validate.ts';

/** Who may call a route: anyone, or a signed-in user with at least this role. */
export type Access = 'public' | Role;

/** One route as documented in /openapi.json and as enforced here: the same object serves both. */
export interface RouteSpec<B extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined> {
  method: 'get' | 'post' | 'delete';
  /** hono path: `/api/sessions/:id` */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  access: Access;
  body?: B;
  query?: Q;
  /** The success response: a registered schema (JSON), an SSE stream, a redirect, or no content. */
  ok: { status: number; schema?: z.ZodType; sse?: true; description: string };
  /** The error statuses a client should expect besides the usual 400/401. */
  errors?: number[];
}

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;

export interface RouteInput<B, Q> {
  body: B;
  query: Q;
  /** The asker; present on every route whose access is not public. */
  principal: Principal;
}

/** Every route defined so far, in order, for the OpenAPI document. */
export type RouteRegistry = RouteSpec<z.ZodType | undefined, z.ZodType | undefined>[];

/** Registers a route: access checked, body and query validated, then the handler. */
export function defineRoute<B extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined>(
  app: Hono<HttpEnv>,
  registry: RouteRegistry,
  spec: RouteSpec<B, Q>,
  handler: (c: Context<HttpEnv>, input: RouteInput<Infer<B>, Infer<Q>>) => Promise<Response> | Response,
): void {
  registry.push(spec as RouteSpec<z.ZodType | undefined, z.ZodType | undefined>);
  app.on(spec.method.toUpperCase(), spec.path, async (c) => {
    const principal = authorize(c.get('principal'), spec.access);
    rejectControlCharacters(c.req.param(), ['path']);
    const body = (spec.body ? await readBody(c, spec.body) : undefined) as Infer<B>;
    const query = (spec.query ? checked(c.req.query(), spec.query, 'query') : undefined) as Infer<Q>;
    return handler(c, { body, query, principal: principal as Principal });
  });
}

function authorize(principal: Principal | undefined, access: Access): Principal | undefined {
  if (access === 'public') return principal;
  if (!principal) {
    throw new AgentOsError('UNAUTHENTICATED', '请先登录 / sign in first', {
      fix: 'send the session cookie (POST /api/auth/login or a sign-in link) or Authorization: Bearer <token from `agentos users token <id>`>',
    });
  }
  if (!hasRole(principal.role, access)) {
    throw new AgentOsError('FORBIDDEN', `需要 ${access} 角色 / this needs the ${access} role`, { fix: `ask an operator: agentos users role ${principal.userId} ${access}` });
  }
  return principal;
}
