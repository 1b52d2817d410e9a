import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/**
 * hono's `bodyLimit`, except that a request declaring its length is judged by the declaration
 * without touching its body (the node server's lightweight request then reads the body straight
 * from the socket, where `body` would make it a full web `Request` with a stream). A body sent in
 * chunks, undeclared, is counted as hono's middleware counts it.
 */
export function declaredBodyLimit(maxSize: number, onError: (c: Context) => Response | Promise<Response>): MiddlewareHandler {
  const counted = bodyLimit({ maxSize, onError });
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const declared = c.req.header('content-length');
    if (declared === undefined || c.req.header('transfer-encoding') !== undefined) return counted(c, next);
    return Number.parseInt(declared, 10) > maxSize ? onError(c) : next();
  };
}
