import type { MiddlewareHandler } from 'hono';
import { csrfTokenFor } from '../../../accounts/index.ts';
import { AgentOsError } from '../../../core/index.ts';
import type { HttpEnv } from '../env.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Writes that a browser could be tricked into sending: refused when another site sent them
 * (Origin, Sec-Fetch-Site), and, when the session cookie is the credential, unless they carry
 * the session's X-CSRF-Token (double submit: the page got it from /api/me). Bearer-token
 * requests carry no ambient credential, so they need neither.
 */
export function csrfProtection(): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    if (SAFE.has(c.req.method) || c.req.header('authorization') !== undefined) return next();
    const origin = c.req.header('origin');
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    let sameOrigin = true;
    if (origin !== undefined) {
      try {
        sameOrigin = new URL(origin).host === host;
      } catch {
        sameOrigin = false; // "null" and anything unparsable
      }
    }
    if (!sameOrigin || c.req.header('sec-fetch-site') === 'cross-site') {
      throw new AgentOsError('FORBIDDEN', '拒绝来自其他网站的请求 / a request from another site was refused', { where: 'Origin', fix: 'call the API from the hub\'s own pages, or with a bearer token' });
    }
    const secret = c.get('cookieSecret');
    if (secret && c.req.header('x-csrf-token') !== csrfTokenFor(secret)) {
      throw new AgentOsError('FORBIDDEN', '缺少或错误的 X-CSRF-Token / the X-CSRF-Token header is missing or wrong', { where: 'X-CSRF-Token', fix: 'send the csrfToken from GET /api/me (or the login response) as X-CSRF-Token' });
    }
    return next();
  };
}
