import type { Clock } from '../core/index.ts';
import type { Store } from '../store/index.ts';
import { AuditLog } from './audit-log.ts';
import { confirmationWrite, createConfirmation, type ConfirmationDeps } from './confirmation-create.ts';
import { declineConfirmation, redeemConfirmation } from './confirmation-redeem.ts';
import { reissueConfirmation } from './confirmation-reissue.ts';
import { toConfirmationView, type ConfirmationRow } from './confirmation-rows.ts';
import { ConsentBook } from './consent.ts';
import { expireDueConfirmations } from './payment-gate.ts';
import { transact } from './transact.ts';
import type {
  ConfirmationView, ConfirmationWrite, ConsentScope, CreateConfirmationInput, DeclineInput, DeclineOutcome,
  GrantRecord, GrantState, IssuedConfirmation, RedeemInput, RedeemOutcome,
} from './types.ts';

export interface TrustServiceOptions {
  store: Store;
  clock: Clock;
  /** How long a confirmation stays redeemable; 10 minutes by default. */
  ttlMs?: number;
}

/**
 * The trust layer: confirmations only the user's gesture can redeem, consent scopes per
 * mini-program, and the audit log. All state is in the store, so any hub process can serve it.
 */
export class TrustService {
  readonly audit: AuditLog;
  readonly ttlMs: number;
  readonly #deps: ConfirmationDeps;
  readonly #consent: ConsentBook;
  readonly #store: Store;

  constructor({ store, clock, ttlMs = 10 * 60_000 }: TrustServiceOptions) {
    this.#store = store;
    this.ttlMs = ttlMs;
    this.audit = new AuditLog({ store, clock });
    this.#deps = { store, clock, audit: this.audit, ttlMs };
    this.#consent = new ConsentBook({ store, clock, audit: this.audit });
  }

  /**
   * Asks the user: returns the confirmation with its one-time token. Hand the token only to
   * the entrance drawing the card; a planner that never sees it can never redeem.
   */
  create(input: CreateConfirmationInput): Promise<IssuedConfirmation> {
    return this.audit.sealAfter(createConfirmation(this.#deps, input));
  }

  /**
   * `create` as part of another part's statement (an order and its card, one round trip and one
   * commit): the CTEs to run, parameters bound through `p` (`sqlParams`), and the confirmation
   * they issue. Once that statement commits, call `audit.sealSoon()`.
   */
  prepare(input: CreateConfirmationInput, p: (value: unknown) => string): ConfirmationWrite {
    return confirmationWrite(this.#deps, input, p);
  }

  /** The user's yes, reported by an entrance with the token; refused with a reason otherwise. */
  redeem(input: RedeemInput): Promise<RedeemOutcome> {
    return this.audit.sealAfter(redeemConfirmation(this.#deps, input));
  }

  /** The user's no: the confirmation can never be redeemed afterwards. */
  decline(input: DeclineInput): Promise<DeclineOutcome> {
    return this.audit.sealAfter(declineConfirmation(this.#deps, input));
  }

  /** A fresh token for a card still waiting, same id and binding (after a restart); undefined when it is no longer open. */
  reissue(input: { id: string; userId: string; sessionId: string }): Promise<IssuedConfirmation | undefined> {
    return this.audit.sealAfter(reissueConfirmation(this.#deps, input));
  }

  /** Seals the audit records still pending; call before closing the store. */
  flush(): Promise<void> {
    return this.audit.flush();
  }

  async get(id: string): Promise<ConfirmationView | undefined> {
    const [row] = await this.#store.query<ConfirmationRow>('SELECT * FROM confirmations WHERE id = $1', [id]);
    return row ? toConfirmationView(row) : undefined;
  }

  /** Pending confirmations of a session (what a resumed conversation must show again). */
  async listPending(sessionId: string): Promise<ConfirmationView[]> {
    const rows = await this.#store.query<ConfirmationRow>(
      `SELECT * FROM confirmations WHERE session_id = $1 AND status = 'pending' ORDER BY created_at`, [sessionId]);
    return rows.map(toConfirmationView);
  }

  /** Marks overdue confirmations expired (audited); returns them so their orders can be canceled. */
  expireDue(): Promise<ConfirmationView[]> {
    return this.audit.sealAfter(transact(this.#store, (tx) => expireDueConfirmations(tx, this.audit, this.#deps.clock.now())));
  }

  getGrants(userId: string, appId: string): Promise<Partial<Record<ConsentScope, GrantState>>> {
    return this.#consent.getGrants(userId, appId);
  }

  grant(userId: string, appId: string, scope: ConsentScope, sessionId?: string): Promise<GrantRecord> {
    return this.audit.sealAfter(this.#consent.decide(userId, appId, scope, 'granted', sessionId));
  }

  deny(userId: string, appId: string, scope: ConsentScope, sessionId?: string): Promise<GrantRecord> {
    return this.audit.sealAfter(this.#consent.decide(userId, appId, scope, 'denied', sessionId));
  }

  revoke(userId: string, appId: string, scope: ConsentScope, sessionId?: string): Promise<boolean> {
    return this.audit.sealAfter(this.#consent.revoke(userId, appId, scope, sessionId));
  }

  listGrants(userId: string): Promise<GrantRecord[]> {
    return this.#consent.listGrants(userId);
  }
}
