import { api, ApiError, setCsrfToken } from './api.ts';
import type { Me } from './types.ts';

/** Who is signed in: the user, `'signed-out'`, or `'open'` for a hub without accounts (no /api/me). */
export async function loadMe(): Promise<Me | 'signed-out' | 'open'> {
  try {
    const me = await api<Me>('/api/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return 'signed-out';
    if (error instanceof ApiError && error.status === 404) return 'open';
    throw error;
  }
}

export async function signInWithPassword(user: string, password: string): Promise<Me> {
  const me = await api<Me>('/api/auth/login', { body: { user, password } });
  setCsrfToken(me.csrfToken);
  return me;
}

/** A pasted link (`…/auth/link?token=…`) or its bare token. */
export async function signInWithLink(link: string): Promise<Me> {
  const token = /[?&]token=([^&#\s]+)/.exec(link)?.[1] ?? link.trim();
  const me = await api<Me>('/api/auth/link', { body: { token: decodeURIComponent(token) } });
  setCsrfToken(me.csrfToken);
  return me;
}

export async function signOut(): Promise<void> {
  await api('/api/auth/logout', { method: 'POST' }).catch(() => undefined);
  setCsrfToken(undefined);
}

/** The open development API: anyone may act as any user (no accounts on this hub). */
export async function openUsers(): Promise<{ id: string; name: string; lang: string }[]> {
  return (await api<{ users: { id: string; name: string; lang: string }[] }>('/api/users')).users;
}
