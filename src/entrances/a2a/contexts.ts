import { randomUUID } from 'node:crypto';
import type { User } from '@a2a-js/sdk/server';
import { AgentOsError } from '../../core/index.ts';
import { hubKey, type Hub } from '../../hub/index.ts';
import { keptReads, type KeptReads } from '../../store/index.ts';
import { StateSealer, type AgentCaller } from '../agents/index.ts';

/** Minted context ids remembered until opened (one never opened is dropped with the rest). */
const MINTED_KEPT = 10_000;

/** The A2A `User` of a call: the hub user it acts for, and the entrance credited with its payments. */
export class CallerUser implements User {
  constructor(readonly caller: AgentCaller) {}
  get isAuthenticated(): boolean {
    return true;
  }
  get userName(): string {
    return this.caller.userId;
  }
}

/**
 * A2A contexts as hub sessions, and the confirmation tokens each waits on. A token is the
 * entrance's to keep, never the client's to send: it is sealed under the hub's key and
 * bound to its user and confirmation, so the client answers with the confirmation id alone.
 */
export class A2aContexts {
  readonly #hub: Hub;
  /** Each context's owner and session: set once, never changed, so kept where this process alone writes the store. */
  readonly #contexts: KeptReads<{ owner: string; session_id: string } | undefined>;
  /** Context ids this process minted and has not opened yet: no row can hold them. */
  readonly #minted = new Set<string>();
  #sealer: Promise<StateSealer<string>> | undefined;

  constructor(hub: Hub) {
    this.#hub = hub;
    this.#contexts = keptReads(hub.store, 'a2a.contexts', { max: 10_000 });
  }

  /** A new context id (a UUID, as the SDK makes them) whose first opening needs no read. */
  mint(): string {
    if (this.#minted.size >= MINTED_KEPT) this.#minted.clear(); // forgetting one only costs its read
    const id = randomUUID();
    this.#minted.add(id);
    return id;
  }

  /** The session behind a context, opened on first use; another caller's context reads as missing. */
  async session(contextId: string, caller: AgentCaller): Promise<string> {
    const { store, orchestrator } = this.#hub;
    const row = this.#minted.delete(contextId) ? undefined : await this.#contexts.read(contextId, async () => (await store.query<{ owner: string; session_id: string }>(
      'SELECT owner, session_id FROM a2a_contexts WHERE id = $1', [contextId]))[0], (found) => found !== undefined);
    if (row && row.owner !== caller.userId) throw new AgentOsError('NOT_FOUND', `no context ${contextId} / 没有这个对话`, { where: 'contextId', fix: 'start a new conversation (leave contextId out)' });
    if (row) return row.session_id;
    const sessionId = await orchestrator.openSession(caller.userId, caller.entrance);
    const [added] = await store.query<{ session_id: string }>(
      'INSERT INTO a2a_contexts (id, owner, session_id) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING RETURNING session_id', [contextId, caller.userId, sessionId]);
    if (added) {
      await this.#contexts.read(contextId, () => Promise.resolve({ owner: caller.userId, session_id: added.session_id })); // the row just written
      return added.session_id;
    }
    // Another request opened this context first: its session is the context's.
    return (await store.query<{ session_id: string }>('SELECT session_id FROM a2a_contexts WHERE id = $1', [contextId]))[0]?.session_id ?? sessionId;
  }

  async hold(contextId: string, userId: string, tokens: Record<string, string>): Promise<void> {
    const sealer = await this.#seal();
    const sealed = Object.fromEntries(Object.entries(tokens).map(([id, token]) => [id, sealer.seal(token, `${userId}\0${id}`)]));
    if (Object.keys(sealed).length) await this.#hub.store.query('UPDATE a2a_contexts SET held = held || $2::jsonb WHERE id = $1 AND owner = $3', [contextId, JSON.stringify(sealed), userId]);
  }

  /** The token held for a confirmation of this context, if this user's. */
  async token(contextId: string, userId: string, confirmationId: string): Promise<string | undefined> {
    const [row] = await this.#hub.store.query<{ sealed: string | null }>('SELECT held->>$3 AS sealed FROM a2a_contexts WHERE id = $1 AND owner = $2', [contextId, userId, confirmationId]);
    if (!row?.sealed) return undefined;
    const opened = (await this.#seal()).open(row.sealed, `${userId}\0${confirmationId}`);
    return opened.ok ? opened.value : undefined;
  }

  #seal(): Promise<StateSealer<string>> {
    return (this.#sealer ??= hubKey(this.#hub.store, 'a2a-held-tokens').then((key) => new StateSealer<string>(key, { ttlMs: 24 * 3_600_000 })));
  }
}
