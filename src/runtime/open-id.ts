import { createHash } from 'node:crypto';
import { BoundedMemo } from '../core/index.ts';

/** Open ids made, by (mini-program, user): every call is told its user's, and a hash is dearer than a lookup. */
const made = new BoundedMemo<string>(10_000);

/** The app-scoped user id: stable per (mini-program, user), different across mini-programs. */
export function openIdFor(appId: string, userId: string): string {
  const seed = `agentos-openid:${appId}:${userId}`;
  return made.get(seed, () => 'o' + createHash('sha256').update(seed).digest('base64url').slice(0, 27));
}
