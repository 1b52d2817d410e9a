import { AgentOsError, newId } from '../core/index.ts';
import { STAMP_SQL } from '../catalog/index.ts';
import type { UserProfile } from '../memory/index.ts';
import type { Store } from '../store/index.ts';
import type { HubEvent, SequencedEvent, TaskState } from './events.ts';
import { LocalSessionFeed, type SessionFeed } from './session-feed.ts';
import { emptyState, type SessionState } from './session-state.ts';
import type { TurnWrite } from './turn-write.ts';

export interface SessionRecord {
  id: string;
  userId: string;
  entrance: string;
  state: SessionState;
}

/** What a turn starts from: the session, its user's profile, and the catalog stamp read with them. */
export interface TurnStart {
  session: SessionRecord;
  user: UserProfile;
  catalogStamp: string;
}

/** What a list of conversations shows of each. */
export interface SessionSummary {
  id: string;
  userId: string;
  entrance: string;
  taskState: TaskState | undefined;
  /** How many events its feed holds (a long-lived conversation grows with each). */
  events: number;
  createdAt: Date;
  updatedAt: Date;
}

interface SummaryRow { id: string; user_id: string; entrance: string; task_state: TaskState | null; events: number | null; created_at: Date; updated_at: Date }
const SELECT_SUMMARY = `SELECT id, user_id, entrance, state->>'taskState' AS task_state, (state->>'seq')::int AS events, created_at, updated_at FROM sessions`;
const toSummary = (r: SummaryRow): SessionSummary => ({
  id: r.id, userId: r.user_id, entrance: r.entrance, taskState: r.task_state ?? undefined, events: Number(r.events ?? 0), createdAt: new Date(r.created_at), updatedAt: new Date(r.updated_at),
});

/**
 * A checkpoint: the session's state, its new events ($3, a JSON array of {seq, event}), its task
 * ($4) and an entrance's own write (`also`, a `TurnWrite`), all or nothing.
 */
const save = (also = '') => `WITH saved AS (UPDATE sessions SET state = $2, updated_at = now() WHERE id = $1 RETURNING id),
  appended AS (INSERT INTO session_events (session_id, seq, event)
    SELECT $1, e.seq, e.event FROM jsonb_to_recordset($3::jsonb) AS e(seq integer, event jsonb) WHERE $3::jsonb IS NOT NULL)${also}
  INSERT INTO tasks (id, session_id, state, request) SELECT $4, id, $5, $6 FROM saved WHERE $4::text IS NOT NULL
  ON CONFLICT (id) DO UPDATE SET state = EXCLUDED.state, updated_at = now()`;
const SAVE = save();

/** Sessions, their event feed and their tasks, durable in the store. */
export class SessionStore {
  readonly #store: Store;
  /** Hears of every saved event, for followers of a session's feed. */
  readonly feed: SessionFeed;

  constructor(store: Store, feed: SessionFeed = new LocalSessionFeed()) {
    this.#store = store;
    this.feed = feed;
  }

  /** Runs `fn` as the session's only turn, whichever hub process runs it. */
  exclusive<T>(sessionId: string, fn: () => Promise<T>): Promise<T> {
    return this.#store.locks('turns').run(sessionId, fn);
  }

  /** A new session for an existing user (the check and the insert are one statement). */
  async create(userId: string, entrance: string): Promise<SessionRecord> {
    const id = newId('ses');
    const state = emptyState();
    const rows = await this.#store.query(
      'INSERT INTO sessions (id, user_id, entrance, state) SELECT $1, id, $3, $4 FROM users WHERE id = $2 RETURNING id',
      [id, userId, entrance, JSON.stringify(state)],
    );
    if (!rows.length) throw new AgentOsError('NOT_FOUND', `no user "${userId}"`, { fix: 'use one of the hub\'s users (agentos users) or create one' });
    return { id, userId, entrance, state };
  }

  /**
   * A new session and what its first turn starts from (see `loadWithUser`), in one statement: the
   * session is written and its user's profile and the catalog stamp read together. `id`, when
   * an entrance has already named the conversation (a new id of the `ses` kind, unused).
   */
  async open(userId: string, entrance: string, id = newId('ses')): Promise<TurnStart> {
    const state = emptyState();
    const [row] = await this.#store.query<{ profile: UserProfile; stamp: unknown }>(
      `WITH created AS (INSERT INTO sessions (id, user_id, entrance, state) SELECT $1, id, $3, $4 FROM users WHERE id = $2 RETURNING user_id)
       SELECT u.profile, (${STAMP_SQL}) AS stamp FROM users u JOIN created c ON c.user_id = u.id`,
      [id, userId, entrance, JSON.stringify(state)],
    );
    if (!row) throw new AgentOsError('NOT_FOUND', `no user "${userId}"`, { fix: 'use one of the hub\'s users (agentos users) or create one' });
    return { session: { id, userId, entrance, state }, user: row.profile, catalogStamp: String(row.stamp ?? '') };
  }

  /**
   * A session with its user's profile and the catalog stamp (`STAMP_SQL`), read together: what a
   * turn starts from (the stamp tells the live tools whether to read the catalog again).
   */
  async loadWithUser(id: string): Promise<TurnStart> {
    const [row] = await this.#store.query<{ id: string; user_id: string; entrance: string; state: SessionState; profile: UserProfile | null; stamp: unknown }>(
      `SELECT s.id, s.user_id, s.entrance, s.state, u.profile, (${STAMP_SQL}) AS stamp FROM sessions s LEFT JOIN users u ON u.id = s.user_id WHERE s.id = $1`,
      [id],
    );
    if (!row) throw new AgentOsError('NOT_FOUND', `no session ${id}`, { fix: 'start a new conversation' });
    if (!row.profile) throw new AgentOsError('NOT_FOUND', `no user "${row.user_id}"`, { fix: 'use one of the hub\'s users (agentos users) or create one' });
    return { session: { id: row.id, userId: row.user_id, entrance: row.entrance, state: { ...emptyState(), ...row.state } }, user: row.profile, catalogStamp: String(row.stamp ?? '') };
  }

  async load(id: string): Promise<SessionRecord> {
    const rows = await this.#store.query<{ id: string; user_id: string; entrance: string; state: SessionState }>(
      'SELECT id, user_id, entrance, state FROM sessions WHERE id = $1',
      [id],
    );
    const row = rows[0];
    if (!row) throw new AgentOsError('NOT_FOUND', `no session ${id}`, { fix: 'start a new conversation' });
    return { id: row.id, userId: row.user_id, entrance: row.entrance, state: { ...emptyState(), ...row.state } };
  }

  /** Who a session belongs to, without loading its state; undefined when there is no such session. */
  async ownerOf(id: string): Promise<string | undefined> {
    const rows = await this.#store.query<{ user_id: string }>('SELECT user_id FROM sessions WHERE id = $1', [id]);
    return rows[0]?.user_id;
  }

  /** A user's sessions, the latest first. */
  async listByUser(userId: string, limit = 50): Promise<SessionSummary[]> {
    const rows = await this.#store.query<SummaryRow>(`${SELECT_SUMMARY} WHERE user_id = $1 ORDER BY updated_at DESC, id DESC LIMIT $2`, [userId, limit]);
    return rows.map(toSummary);
  }

  /**
   * The user's latest session opened by `entrance`: its id, how many events its feed holds (from
   * the feed's index, so its state is not read) and when it last changed.
   */
  async latest(userId: string, entrance: string): Promise<{ id: string; events: number; updatedAt: Date } | undefined> {
    const [row] = await this.#store.query<{ id: string; events: number | null; updated_at: Date }>(
      `SELECT id, (SELECT max(seq) FROM session_events e WHERE e.session_id = s.id) AS events, updated_at
       FROM sessions s WHERE user_id = $1 AND entrance = $2 ORDER BY updated_at DESC, id DESC LIMIT 1`,
      [userId, entrance]);
    return row && { id: row.id, events: Number(row.events ?? 0), updatedAt: new Date(row.updated_at) };
  }

  async summary(id: string): Promise<SessionSummary | undefined> {
    const [row] = await this.#store.query<SummaryRow>(`${SELECT_SUMMARY} WHERE id = $1`, [id]);
    return row && toSummary(row);
  }

  /**
   * Saves the state, appends the turn's new events and records its task in one statement
   * (atomic on its own: one round trip instead of a transaction's five). `also`, given the
   * events about to be saved, may add an entrance's write to the same statement.
   */
  async save(session: SessionRecord, events: HubEvent[], also?: (sequenced: SequencedEvent[]) => Promise<TurnWrite | undefined>): Promise<SequencedEvent[]> {
    const sequenced = events.map((event, i) => ({ ...event, seq: session.state.seq + i + 1, sessionId: session.id }) as SequencedEvent);
    session.state.seq += events.length;
    const rows = sequenced.map(({ seq, sessionId: _id, ...event }) => ({ seq, event }));
    const params: unknown[] = [
      session.id, JSON.stringify(session.state), rows.length ? JSON.stringify(rows) : null,
      session.state.taskId ?? null, session.state.taskState ?? 'submitted', firstUserText(session.state),
    ];
    const write = await also?.(sequenced);
    await this.#store.query(write ? save(`,\n  also AS (${write.sql((value) => `$${params.push(value)}`)})`) : SAVE, params);
    if (sequenced.length) this.feed.notify(session.id, session.state.seq);
    return sequenced;
  }

  async events(sessionId: string, afterSeq = 0): Promise<SequencedEvent[]> {
    const rows = await this.#store.query<{ seq: number; event: HubEvent }>(
      'SELECT seq, event FROM session_events WHERE session_id = $1 AND seq > $2 ORDER BY seq',
      [sessionId, afterSeq],
    );
    return rows.map((r) => ({ ...r.event, seq: r.seq, sessionId }) as SequencedEvent);
  }

  async task(taskId: string): Promise<{ id: string; sessionId: string; state: TaskState; request: string } | undefined> {
    const rows = await this.#store.query<{ id: string; session_id: string; state: TaskState; request: string }>('SELECT id, session_id, state, request FROM tasks WHERE id = $1', [taskId]);
    const r = rows[0];
    return r && { id: r.id, sessionId: r.session_id, state: r.state, request: r.request };
  }
}

function firstUserText(state: SessionState): string {
  for (let i = state.transcript.length - 1; i >= 0; i--) {
    const t = state.transcript[i];
    if (t?.role === 'user') return t.text;
  }
  return '';
}
