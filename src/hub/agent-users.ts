import { AgentOsError } from '../core/index.ts';
import type { Hub } from './open-hub.ts';

/** What an agent client may call its end users: ids of its own, never another client's. */
const END_USER = /^[A-Za-z0-9._@-]{1,64}$/;

/**
 * The hub user standing for one end user of an agent client: `client:user`, so two
 * clients' users never meet. Created on first contact with an empty profile and wallet
 * (the client or the operator funds it); the language follows the client's hint.
 */
export async function agentUser(hub: Pick<Hub, 'memory' | 'pay'>, client: string, endUser: string, lang: 'zh' | 'en' = 'zh'): Promise<string> {
  if (!END_USER.test(endUser)) {
    throw new AgentOsError('BAD_REQUEST', `终端用户标识不合法：「${endUser.slice(0, 80)}」/ invalid end-user id`, {
      where: 'user', fix: 'send 1–64 letters, digits or . _ @ - as the end user (the X-AgentOS-User header or the message metadata "userId")',
    });
  }
  const id = `${client}:${endUser}`;
  if (await hub.memory.addUser({ id, name: endUser, lang, addresses: [], passengers: [], preferences: {} })) await hub.pay.ensureWallet(id);
  return id;
}

/** A standing conversation is left for a new one after this many events or this long idle (its state is saved whole each turn). */
const STANDING = { maxEvents: 400, idleMs: 60 * 60_000 };

/**
 * The conversation an entrance keeps with one user for calls that name no conversation
 * (MCP tool calls): the latest one this entrance opened for them while it is short and
 * recent, else a new one.
 */
export async function standingSession(hub: Pick<Hub, 'orchestrator'>, userId: string, entrance: string): Promise<string> {
  const now = Date.now(); // updated_at is the database's wall clock, not the hub's (possibly fixed) business clock
  const latest = await hub.orchestrator.sessions.latest(userId, entrance);
  const usable = latest && latest.events < STANDING.maxEvents && now - latest.updatedAt.getTime() < STANDING.idleMs;
  return usable ? latest.id : hub.orchestrator.openSession(userId, entrance);
}
