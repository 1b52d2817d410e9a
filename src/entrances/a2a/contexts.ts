import type { User } from '@a2a-js/sdk/server';
import { AgentOsError, newId } from '../../core/index.ts';
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

/** Where a message's context leads: the session it goes on in, or (`opening`) the id of one its turn must open. */
export interface ContextSession {
  sessionId: string;
  opening: boolean;
}

/**
 * A2A contexts as hub sessions, and the confirmation tokens each waits on. A context the hub
 * named is its session (the same id): nothing else records it. A context a client named has an
 * `a2a_contexts` row leading to its session. Held tokens are kept in that table for either
 * kind. A token is the entrance's to keep, never the client's to send: it is sealed under the
 * hub's key and bound to its user and confirmation, so the client answers with the confirmation id alone.
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

  /** A new context id: the id of the session its first message opens, so that opening reads nothing. */
  mint(): string {
    if (this.#minted.size >= MINTED_KEPT) this.#minted.clear(); // forgetting one only costs its read
    const id = newId('ses');
    this.#minted.add(id);
    return id;
  }

  /**
   * The session behind a context; a context the hub minted and nobody opened yet is to be opened
   * by its first turn (`Orchestrator.start` with its id, then `opened`); one a client named is
   * opened here. Another caller's context reads as missing.
   */
  async session(contextId: string, caller: AgentCaller): Promise<ContextSession> {
    if (this.#minted.delete(contextId)) return { sessionId: contextId, opening: true };
    const { store, orchestrator } = this.#hub;
    const row = await this.#contexts.read(contextId, async () => (await store.query<{ owner: string; session_id: string }>(
      `SELECT owner, session_id FROM a2a_contexts WHERE id = $1
       UNION ALL SELECT user_id, id FROM sessions WHERE id = $1 AND entrance = $2 LIMIT 1`, [contextId, caller.entrance]))[0], (found) => found !== undefined);
    if (row && row.owner !== caller.userId) throw new AgentOsError('NOT_FOUND', `no context ${contextId} / 没有这个对话`, { where: 'contextId', fix: 'start a new conversation (leave contextId out)' });
    if (row) return { sessionId: row.session_id, opening: false };
    return { sessionId: await this.#open(contextId, caller), opening: false };
  }

  /** A minted context whose first turn opened its session: later messages find it without a read. */
  opened(contextId: string, caller: AgentCaller): void {
    void this.#contexts.read(contextId, () => Promise.resolve({ owner: caller.userId, session_id: contextId }));
  }

  /** A context a client named: a new session, and the row that leads to it. */
  async #open(contextId: string, caller: AgentCaller): Promise<string> {
    const { store, orchestrator } = this.#hub;
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

  /** Keeps the turn's tokens for the context (its row is written with the first ones a minted context holds). */
  async hold(contextId: string, sessionId: string, userId: string, tokens: Record<string, string>): Promise<void> {
    if (!Object.keys(tokens).length) return;
    const sealer = await this.#seal();
    const sealed = Object.fromEntries(Object.entries(tokens).map(([id, token]) => [id, sealer.seal(token, `${userId}\0${id}`)]));
    await this.#hub.store.query(
      `INSERT INTO a2a_contexts (id, owner, session_id, held) VALUES ($1, $3, $4, $2::jsonb)
       ON CONFLICT (id) DO UPDATE SET held = a2a_contexts.held || EXCLUDED.held WHERE a2a_contexts.owner = EXCLUDED.owner`,
      [contextId, JSON.stringify(sealed), userId, sessionId]);
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
