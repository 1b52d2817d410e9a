import type { Hub } from './open-hub.ts';

/**
 * The person who started the hub, until somebody has signed in to the web: the user named,
 * else the first operator, else the sample `demo` user, else a new user `owner`. They are made
 * an operator (when the hub has none) and get a one-time sign-in link. Undefined once anyone
 * has signed in: from then on links come from `agentos users link <id>`.
 */
export async function firstStartSignIn(hub: Hub, preferred?: string): Promise<{ userId: string; secret: string; expiresAt: Date | undefined } | undefined> {
  if (!preferred && (await hub.accounts.anyoneSignedIn())) return undefined;
  const operators = await hub.accounts.withRole('operator');
  const userId = preferred ?? operators[0] ?? ((await hub.memory.findUser('demo')) ? 'demo' : 'owner');
  if (!(await hub.memory.findUser(userId))) {
    await hub.memory.upsertUser({ id: userId, name: userId, lang: 'zh', addresses: [], passengers: [], preferences: {} });
    await hub.pay.ensureWallet(userId, 0);
  }
  if (!operators.length) await hub.accounts.setRole(userId, 'operator');
  const link = await hub.accounts.issue(userId, 'sign-in-link', { label: 'first start' });
  return { userId, secret: link.secret, expiresAt: link.expiresAt };
}

/** The URL a person opens to use a sign-in link's secret. */
export function signInUrl(base: string, secret: string): string {
  return `${base.replace(/\/+$/, '')}/auth/link?token=${encodeURIComponent(secret)}`;
}
