import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { LIFETIME_MS } from '../../../accounts/index.ts';

export const SESSION_COOKIE = 'agentos_session';

/** Whether cookies must be Secure: the request came over https, or the hub's public URL is https. */
export function isSecure(c: Context, publicUrl: string | undefined): boolean {
  return new URL(c.req.url).protocol === 'https:' || !!publicUrl?.startsWith('https:');
}

/** HttpOnly (no script reads it), SameSite=Strict (no other site sends it), Secure over https. */
export function setSessionCookie(c: Context, secret: string, secure: boolean): void {
  setCookie(c, SESSION_COOKIE, secret, { httpOnly: true, sameSite: 'Strict', secure, path: '/', maxAge: Math.floor((LIFETIME_MS['web-session'] ?? 0) / 1000) });
}

export function clearSessionCookie(c: Context, secure: boolean): void {
  deleteCookie(c, SESSION_COOKIE, { httpOnly: true, sameSite: 'Strict', secure, path: '/' });
}
