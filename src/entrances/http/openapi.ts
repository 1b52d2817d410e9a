import { z } from 'zod';
import type { RouteRegistry } from './api-route.ts';
import { components, ErrorBody } from './schemas.ts';

const STATUS_TEXT: Record<number, string> = {
  400: 'the request is malformed; `details.where` names the field', 401: 'not signed in, or the credential is not valid',
  403: 'signed in, but not allowed (role, CSRF, another site, a refused confirmation)', 404: 'no such thing of yours',
  409: 'no longer possible (a confirmation used, expired or declined)', 413: 'the body is too large', 429: 'too many attempts; see Retry-After',
};

function ref(schema: z.ZodType, where = ''): { $ref: string } {
  const id = components.get(schema)?.id;
  if (!id) throw new Error(`every schema in a route must be registered in components (${where})`);
  return { $ref: `#/components/schemas/${id}` };
}

/** OpenAPI 3.1 for every registered route, from the very schemas the routes validate with. */
export function openApiDocument(routes: RouteRegistry, info: { version: string }): Record<string, unknown> {
  const { schemas } = z.toJSONSchema(components, { uri: (id) => `#/components/schemas/${id}`, unrepresentable: 'any' });
  for (const schema of Object.values(schemas)) {
    delete (schema as Record<string, unknown>).$schema;
    delete (schema as Record<string, unknown>).$id;
  }
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const parameters: unknown[] = [...route.path.matchAll(/:([A-Za-z]+)/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
    if (route.query) {
      const query = z.toJSONSchema(route.query, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, { description?: string }>; required?: string[] };
      for (const [name, schema] of Object.entries(query.properties ?? {})) {
        parameters.push({ name, in: 'query', required: query.required?.includes(name) ?? false, schema, ...(schema.description ? { description: schema.description } : {}) });
      }
    }
    if (route.ok.sse) parameters.push({ name: 'Last-Event-ID', in: 'header', required: false, schema: { type: 'string' }, description: 'the last seq received; the stream continues after it' });
    const ok = route.ok.sse
      ? { description: route.ok.description, content: { 'text/event-stream': { schema: { type: 'string' } } } }
      : route.ok.schema ? { description: route.ok.description, content: { 'application/json': { schema: ref(route.ok.schema, route.path) } } } : { description: route.ok.description };
    const errors = new Set([400, ...(route.access === 'public' ? [] : [401]), ...(route.body ? [413] : []), ...(route.errors ?? [])]);
    paths[path] ??= {};
    paths[path][route.method] = {
      summary: route.summary, ...(route.description ? { description: route.description } : {}), tags: [route.tag],
      operationId: `${route.method}${path.replace(/[{}]/g, '').split(/[/-]/).map((p) => (p ? p[0]!.toUpperCase() + p.slice(1) : '')).join('')}`,
      security: route.access === 'public' ? [] : [{ sessionCookie: [] }, { bearerToken: [] }],
      ...(route.access !== 'public' && route.access !== 'user' ? { 'x-required-role': route.access } : {}),
      ...(parameters.length ? { parameters } : {}),
      ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: ref(route.body, route.path) } } } } : {}),
      responses: {
        [route.ok.status]: ok,
        ...Object.fromEntries([...errors].sort().map((status) => [status, { description: STATUS_TEXT[status] ?? 'error', content: { 'application/json': { schema: ref(ErrorBody) } } }])),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'AgentOS HTTP API', version: info.version,
      description: 'One sentence in, a finished task out. Every error is `{ error: { code, message, details } }` with its HTTP status. Writes made with the session cookie need the X-CSRF-Token header (from GET /api/me).',
    },
    paths,
    components: {
      schemas,
      securitySchemes: {
        sessionCookie: { type: 'apiKey', in: 'cookie', name: 'agentos_session', description: 'set by POST /api/auth/login or a sign-in link; HttpOnly, SameSite=Strict' },
        bearerToken: { type: 'http', scheme: 'bearer', description: 'a per-user API token: agentos users token <id>' },
      },
    },
  };
}
