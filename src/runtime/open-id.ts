import { createHash } from 'node:crypto';

/** The app-scoped user id: stable per (mini-program, user), different across mini-programs. */
export function openIdFor(appId: string, userId: string): string {
  return 'o' + createHash('sha256').update(`agentos-openid:${appId}:${userId}`).digest('base64url').slice(0, 27);
}
