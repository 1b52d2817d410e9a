import { AgentOsError, type Clock } from '../core/index.ts';
import { keptReads, type KeptReads, type Store } from '../store/index.ts';
import type { AuditLog } from './audit-log.ts';
import { transact } from './transact.ts';
import { CONSENT_SCOPES, type ConsentScope, type GrantRecord, type GrantState } from './types.ts';

interface GrantRow { user_id: string; app_id: string; scope: ConsentScope; state: GrantState; decided_at: Date }

const toRecord = (row: GrantRow): GrantRecord =>
  ({ userId: row.user_id, appId: row.app_id, scope: row.scope, state: row.state, decidedAt: new Date(row.decided_at) });

export function isConsentScope(scope: unknown): scope is ConsentScope {
  return (CONSENT_SCOPES as readonly unknown[]).includes(scope);
}

function check(userId: string, appId: string, scope: string): asserts scope is ConsentScope {
  if (!userId || !appId) {
    throw new AgentOsError('BAD_REQUEST', '授权需要用户和小程序 / a grant needs a user and a mini-program', { where: 'consent', fix: 'pass userId and appId' });
  }
  if (!isConsentScope(scope)) {
    throw new AgentOsError('BAD_REQUEST', `未知的授权范围 ${JSON.stringify(scope)} / unknown consent scope`, {
      where: 'consent.scope', fix: `use one of ${CONSENT_SCOPES.join(', ')}`,
    });
  }
}

/**
 * The user's answers to consent cards, per (user, mini-program, scope). A scope with no row
 * must be asked; a revoked one is asked again. Every decision is audited with the change.
 */
export class ConsentBook {
  readonly #store: Store;
  readonly #clock: Clock;
  readonly #audit: AuditLog;
  /** Decisions per `user\0app`, kept where this process alone writes the store: `decide` and `revoke` are their only changes. */
  readonly #kept: KeptReads<Partial<Record<ConsentScope, GrantState>>>;

  constructor({ store, clock, audit }: { store: Store; clock: Clock; audit: AuditLog }) {
    this.#store = store;
    this.#clock = clock;
    this.#audit = audit;
    this.#kept = keptReads(store, 'consent.grants', { max: 10_000 });
  }

  /** The decisions for one mini-program, in the runtime's `CallRequest.grants` shape. */
  async getGrants(userId: string, appId: string): Promise<Partial<Record<ConsentScope, GrantState>>> {
    const grants = await this.#kept.read(`${userId}\0${appId}`, async () => {
      const rows = await this.#store.query<GrantRow>('SELECT scope, state FROM grants WHERE user_id = $1 AND app_id = $2', [userId, appId]);
      return Object.fromEntries(rows.map((row) => [row.scope, row.state]));
    });
    return { ...grants };
  }

  listGrants(userId: string): Promise<GrantRecord[]> {
    return this.#store.query<GrantRow>('SELECT * FROM grants WHERE user_id = $1 ORDER BY app_id, scope', [userId])
      .then((rows) => rows.map(toRecord));
  }

  async decide(userId: string, appId: string, scope: ConsentScope, state: GrantState, sessionId?: string): Promise<GrantRecord> {
    check(userId, appId, scope);
    return this.#kept.change([`${userId}\0${appId}`], () => transact(this.#store, async (tx) => {
      const [row] = await tx.query<GrantRow>(
        `INSERT INTO grants (user_id, app_id, scope, state, decided_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (user_id, app_id, scope) DO UPDATE SET state = EXCLUDED.state, decided_at = EXCLUDED.decided_at
         RETURNING *`,
        [userId, appId, scope, state, this.#clock.now().toISOString()]);
      await this.#audit.appendIn(tx, {
        kind: state === 'granted' ? 'consent-granted' : 'consent-refused', actor: `user:${userId}`,
        userId, appId, ...(sessionId ? { sessionId } : {}), data: { scope },
      });
      return toRecord(row as GrantRow);
    }));
  }

  /** Forgets a decision; returns whether there was one. The next read asks the user again. */
  async revoke(userId: string, appId: string, scope: ConsentScope, sessionId?: string): Promise<boolean> {
    check(userId, appId, scope);
    return this.#kept.change([`${userId}\0${appId}`], () => transact(this.#store, async (tx) => {
      const [revoked] = await tx.query<GrantRow>('DELETE FROM grants WHERE user_id = $1 AND app_id = $2 AND scope = $3 RETURNING *', [userId, appId, scope]);
      if (!revoked) return false;
      await this.#audit.appendIn(tx, {
        kind: 'consent-revoked', actor: `user:${userId}`, userId, appId, ...(sessionId ? { sessionId } : {}),
        data: { scope, was: revoked.state },
      });
      return true;
    }));
  }
}
