import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { csrfTokenFor, type Principal } from '../../../accounts/index.ts';
import { AgentOsError } from '../../../core/index.ts';
import type { Hub } from '../../../hub/index.ts';
import { defineRoute, type RouteRegistry } from '../api-route.ts';
import type { HttpEnv } from '../env.ts';
import { LinkSignIn, Login, Me, NewPassword } from '../schemas.ts';
import { clientAddress } from './client-address.ts';
import { RateLimiter } from './rate-limit.ts';
import { clearSessionCookie, isSecure, setSessionCookie } from './session-cookie.ts';

export interface AuthOptions {
  /** The hub's public URL, when it is served behind https. */
  publicUrl?: string | undefined;
  /** Failed logins per account per 15 minutes (5), sign-in attempts per address per 15 minutes (30). */
  limits?: { perAccount?: number; perAddress?: number };
}

/** What GET /api/me answers: the signed-in user, their role, and the CSRF token of a cookie session. */
export async function describeMe(hub: Hub, principal: Principal, cookieSecret: string | undefined): Promise<z.infer<typeof Me>> {
  const user = await hub.memory.user(principal.userId);
  return {
    user: { id: user.id, name: user.name, lang: user.lang === 'en' ? 'en' : 'zh', role: principal.role },
    hasPassword: await hub.accounts.hasPassword(user.id),
    ...(cookieSecret ? { csrfToken: csrfTokenFor(cookieSecret) } : {}),
  };
}

/** Sign-in (password or one-time link), sign-out, the user's own password, and who they are. */
export function authRoutes(app: Hono<HttpEnv>, registry: RouteRegistry, hub: Hub, options: AuthOptions = {}): void {
  const perAccount = new RateLimiter(options.limits?.perAccount ?? 5, 15 * 60_000);
  const perAddress = new RateLimiter(options.limits?.perAddress ?? 30, 15 * 60_000);
  const limited = (seconds: number, what: string) =>
    new AgentOsError('RATE_LIMITED', `尝试次数过多，请 ${seconds} 秒后再试 / too many sign-in attempts for this ${what}; try again in ${seconds} s`, { retryAfterSeconds: seconds, fix: 'wait, or ask for a sign-in link: agentos users link <id>' });
  const checkAddress = (c: Context) => {
    const address = clientAddress(c);
    const wait = perAddress.retryAfter(address);
    if (wait) throw limited(wait, 'address');
    perAddress.hit(address);
  };
  const signIn = async (c: Context<HttpEnv>, principal: Principal) => {
    const session = await hub.accounts.issue(principal.userId, 'web-session', { label: (c.req.header('user-agent') ?? '').slice(0, 120) });
    setSessionCookie(c, session.secret, isSecure(c, options.publicUrl));
    return describeMe(hub, { ...principal, kind: 'web-session', credentialId: session.id }, session.secret);
  };
  const badLink = () => new AgentOsError('UNAUTHENTICATED', '登录链接已使用或已过期 / this sign-in link was already used or has expired', { fix: 'print a new one: agentos users link <id>' });

  defineRoute(app, registry, {
    method: 'post', path: '/api/auth/login', tag: 'auth', access: 'public', body: Login,
    summary: 'Sign in with a password', description: 'Sets the HttpOnly, SameSite=Strict session cookie and returns the CSRF token for writes. Limited per account and per address (429 with Retry-After).',
    ok: { status: 200, schema: Me, description: 'signed in' }, errors: [401, 429],
  }, async (c, { body }) => {
    checkAddress(c);
    const wait = perAccount.retryAfter(body.user);
    if (wait) throw limited(wait, 'account');
    if (!(await hub.accounts.checkPassword(body.user, body.password))) {
      perAccount.hit(body.user);
      throw new AgentOsError('UNAUTHENTICATED', '用户名或密码错误 / wrong user or password', { fix: 'check both, or sign in with a link: agentos users link <id>' });
    }
    perAccount.reset(body.user);
    return c.json(await signIn(c, { userId: body.user, role: await hub.accounts.role(body.user), credentialId: '', kind: 'web-session' }));
  });

  defineRoute(app, registry, {
    method: 'post', path: '/api/auth/link', tag: 'auth', access: 'public', body: LinkSignIn,
    summary: 'Sign in with a one-time link token', description: 'The token of a link from `agentos users link <id>` (or printed at first start); it works once.',
    ok: { status: 200, schema: Me, description: 'signed in' }, errors: [401, 429],
  }, async (c, { body }) => {
    checkAddress(c);
    const principal = await hub.accounts.redeemLink(body.token);
    if (!principal) throw badLink();
    return c.json(await signIn(c, principal));
  });

  defineRoute(app, registry, {
    method: 'get', path: '/auth/link', tag: 'auth', access: 'public', query: z.object({ token: z.string().min(1).max(200) }),
    summary: 'Open a one-time sign-in link in a browser', description: 'Signs in, sets the session cookie and redirects to the chat (303).',
    ok: { status: 303, description: 'signed in; Location is the chat page' }, errors: [401, 429],
  }, async (c, { query }) => {
    checkAddress(c);
    const principal = await hub.accounts.redeemLink(query.token);
    if (!principal) throw badLink();
    await signIn(c, principal);
    c.header('cache-control', 'no-store');
    return c.redirect('/', 303);
  });

  defineRoute(app, registry, {
    method: 'post', path: '/api/auth/logout', tag: 'auth', access: 'user',
    summary: 'Sign out', description: 'Ends the web session the cookie carries (an API token stays valid: revoke it with the CLI).',
    ok: { status: 204, description: 'signed out' },
  }, async (c) => {
    const secret = c.get('cookieSecret');
    if (secret) await hub.accounts.revokeSecret(secret);
    clearSessionCookie(c, isSecure(c, options.publicUrl));
    return c.body(null, 204);
  });

  defineRoute(app, registry, {
    method: 'get', path: '/api/me', tag: 'me', access: 'user',
    summary: 'Who is signed in', ok: { status: 200, schema: Me, description: 'the user, their role and (cookie sessions) the CSRF token' },
  }, async (c, { principal }) => c.json(await describeMe(hub, principal, c.get('cookieSecret'))));

  defineRoute(app, registry, {
    method: 'post', path: '/api/me/password', tag: 'me', access: 'user', body: NewPassword,
    summary: 'Set or change your password', description: 'Once a password is set, changing it needs the current one.',
    ok: { status: 204, description: 'saved' }, errors: [403, 429],
  }, async (c, { body, principal }) => {
    if (await hub.accounts.hasPassword(principal.userId)) {
      checkAddress(c);
      const wait = perAccount.retryAfter(principal.userId);
      if (wait) throw limited(wait, 'account');
      if (!body.current || !(await hub.accounts.checkPassword(principal.userId, body.current))) {
        perAccount.hit(principal.userId);
        throw new AgentOsError('FORBIDDEN', '当前密码不正确 / the current password is wrong', { where: 'current' });
      }
    }
    await hub.accounts.setPassword(principal.userId, body.password);
    return c.body(null, 204);
  });
}
