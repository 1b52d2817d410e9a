import type { Context } from 'hono';
import { AgentOsError, log, toAgentOsError } from '../../core/index.ts';

/** Any failure as the one JSON shape `{ error: { code, message, details } }` with its status. */
export function errorResponse(c: Context, error: unknown, headers: Record<string, string> = {}): Response {
  const e = toAgentOsError(error);
  if (e.code === 'INTERNAL') log.error({ err: error, path: c.req.path }, 'request failed');
  const retry = e.details.retryAfterSeconds;
  return c.json({ error: e.toJSON() }, e.httpStatus as 400, { ...headers, ...(typeof retry === 'number' ? { 'retry-after': String(retry) } : {}) });
}

export function notFound(c: Context): Response {
  return errorResponse(c, new AgentOsError('NOT_FOUND', `没有这个接口 / no route ${c.req.method} ${c.req.path}`, { fix: 'see /openapi.json for the routes' }));
}

export const tooLarge = (limit: number) => new AgentOsError('PAYLOAD_TOO_LARGE', `请求体超过 ${limit} 字节 / the request body is over ${limit} bytes`, { fix: 'send a smaller body', limit });
