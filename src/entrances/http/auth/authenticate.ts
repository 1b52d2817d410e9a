import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { kindOfSecret, type Accounts, type AgentClients } from '../../../accounts/index.ts';
import { AgentOsError } from '../../../core/index.ts';
import type { HttpEnv } from '../env.ts';
import { SESSION_COOKIE } from './session-cookie.ts';

/**
 * Finds who is asking: a bearer token (API clients), an agent client's key (A2A, MCP) or the
 * session cookie (the web UI). A bearer credential that is not valid is a 401 at once; a stale
 * cookie just leaves the request anonymous.
 */
export function authenticate(accounts: Accounts, clients: AgentClients): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    c.set('principal', undefined);
    c.set('cookieSecret', undefined);
    c.set('agentClient', undefined);
    if (header !== undefined) {
      const token = /^Bearer +([\x21-\x7e]{1,512})$/i.exec(header.trim())?.[1];
      if (!token) throw new AgentOsError('UNAUTHENTICATED', 'Authorization 头应为 Bearer <token> / the Authorization header must be "Bearer <token>"', { where: 'Authorization' });
      if (kindOfSecret(token) === 'client-key') {
        const client = await clients.authenticate(token);
        if (!client) throw new AgentOsError('UNAUTHENTICATED', '客户端密钥无效（已撤销或有误）/ this client key is not valid: revoked or mistyped', { where: 'Authorization', fix: 'ask the operator for a key: agentos clients add <name>' });
        c.set('agentClient', client);
        return next();
      }
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
