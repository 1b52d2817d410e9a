import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Accounts } from '../../../accounts/index.ts';
import { AgentOsError } from '../../../core/index.ts';
import type { HttpEnv } from '../env.ts';
import { SESSION_COOKIE } from './session-cookie.ts';

/**
 * Finds who is asking: a bearer token (API clients) or the session cookie (the web UI). A
 * bearer token that is not valid is a 401 at once; a stale cookie just leaves the request anonymous.
 */
export function authenticate(accounts: Accounts): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    c.set('principal', undefined);
    c.set('cookieSecret', undefined);
    if (header !== undefined) {
      const token = /^Bearer +([\x21-\x7e]{1,512})$/i.exec(header.trim())?.[1];
      if (!token) throw new AgentOsError('UNAUTHENTICATED', 'Authorization 头应为 Bearer <token> / the Authorization header must be "Bearer <token>"', { where: 'Authorization' });
      const principal = await accounts.authenticate(token, 'api-token');
      if (!principal) {
        throw new AgentOsError('UNAUTHENTICATED', '令牌无效（已撤销、过期或有误）/ this token is not valid: revoked, expired or mistyped', { where: 'Authorization', fix: 'issue a new one: agentos users token <id>' });
      }
      c.set('principal', principal);
    } else {
      const secret = getCookie(c, SESSION_COOKIE);
      const principal = secret && secret.length <= 512 ? await accounts.authenticate(secret, 'web-session') : undefined;
      if (principal) {
        c.set('principal', principal);
        c.set('cookieSecret', secret);
      }
    }
    await next();
  };
}
