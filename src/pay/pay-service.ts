import { AgentOsError, hashValue, newId, type Clock } from '../core/index.ts';
import type { Store } from '../store/index.ts';
import { AuditLog, retrying, sqlParams, transact, voidPendingConfirmations } from '../trust/index.ts';
import { captureOrder, requireKey, type CaptureInput, type PayDeps } from './capture.ts';
import { captureOnTap, type Redeem } from './capture-on-tap.ts';
import { checkDraft } from './draft.ts';
import { claimKey, recordOutcome } from './idempotency.ts';
import { accountId, ensureAccount, listAccounts, postTransaction } from './ledger.ts';
import { messages, payFailure } from './messages.ts';
import { MAX_FEN, parseYuan, toYuan } from './money.ts';
import { paymentConfirmationRequest } from './confirmation-request.ts';
import { insertOrder, insertOrderWith, lockOrder, queryOrders, readOrder, toOrderDetails, type NewOrder, type OrderFilter } from './orders.ts';
import { refundOrder, type RefundInput } from './refund.ts';
import { accountsKnown } from './share-accounts.ts';
import { checkSplitPolicy } from './split.ts';
import type {
  AccountView, CancelOutcome, CaptureOutcome, CardWriter, LedgerVerification, OrderDetails, OrderDraft, OrderWithCard, RefundOutcome, SplitPolicy,
  TapInput, TapOutcome,
} from './types.ts';
import { verifyLedger } from './verify.ts';

export interface PayServiceOptions {
  store: Store;
  clock: Clock;
  /** Each capture's split between entrance, operator and merchant; default all to the merchant. */
  splitPolicy?: SplitPolicy;
  /** The audit log to write to (the trust layer's); one over the same store by default. */
  audit?: AuditLog;
}

type NewOrderInput = { appId: string; userId: string; sessionId?: string; skill?: string; draft: OrderDraft };

/** The order to insert: its draft checked, its skill the caller's or the draft's. */
function newOrder(input: NewOrderInput): NewOrder {
  const draft = checkDraft(input.draft);
  const skill = input.skill ?? input.draft.skill;
  return { appId: input.appId, userId: input.userId, draft, ...(input.sessionId ? { sessionId: input.sessionId } : {}), ...(skill ? { skill } : {}) };
}

function checkFen(fen: unknown, where: string, allowZero: boolean): asserts fen is number {
  if (!Number.isSafeInteger(fen) || (fen as number) < (allowZero ? 0 : 1) || (fen as number) > MAX_FEN) {
    throw new AgentOsError('BAD_REQUEST', `金额必须是整数分 / ${where} must be a whole number of fen`, { where, fix: `give fen between ${allowZero ? 0 : 1} and ${MAX_FEN}` });
  }
}

/**
 * Payments: wallets, merchant accounts, orders, a double-entry ledger in integer fen, refunds
 * and splits. Money moves only in `capture` (behind the user's redeemed confirmation) and
 * `refund`, each in one transaction under an idempotency key.
 */
export class PayService {
  readonly splitPolicy: SplitPolicy;
  readonly #deps: PayDeps;
  readonly #store: Store;
  /** Merchant names this process saw stored (committed), by appId. */
  readonly #merchantNames = new Map<string, string>();

  constructor({ store, clock, splitPolicy, audit }: PayServiceOptions) {
    const split = checkSplitPolicy(splitPolicy);
    this.#store = store;
    this.splitPolicy = split.policy;
    this.#deps = { store, clock, split, audit: audit ?? new AuditLog({ store, clock }) };
  }

  /** Opens a user's wallet with a starting balance (once: an existing wallet is left as it is). */
  async ensureWallet(userId: string, initialFen = 0): Promise<number> {
    checkFen(initialFen, 'ensureWallet.initialFen', true);
    return transact(this.#store, async (tx) => {
      const now = this.#deps.clock.now();
      // The insert decides: of two concurrent openings, exactly one funds the wallet.
      if (!(await ensureAccount(tx, { id: accountId.wallet(userId), kind: 'wallet', owner: userId, name: userId }, now))) {
        const [existing] = await tx.query<{ balance_fen: number }>('SELECT balance_fen FROM ledger_accounts WHERE id = $1', [accountId.wallet(userId)]);
        // Stryker disable next-line OptionalChaining: equivalent: the wallet's insert just conflicted, so its row is there
        return Number(existing?.balance_fen ?? 0);
      }
      await ensureAccount(tx, { id: accountId.funding, kind: 'funding', owner: 'world', name: 'top-ups' }, now);
      if (initialFen > 0) {
        await postTransaction(tx, { id: newId('fnd'), kind: 'fund', reason: 'opening balance', at: now,
          postings: [{ accountId: accountId.funding, fen: -initialFen }, { accountId: accountId.wallet(userId), fen: initialFen }] });
      }
      return initialFen;
    });
  }

  /** Adds money to a wallet from outside (a top-up), once per idempotency key. */
  async topUp(userId: string, amountFen: number, idempotencyKey: string): Promise<number> {
    checkFen(amountFen, 'topUp.amountFen', false);
    requireKey(idempotencyKey, 'topUp.idempotencyKey');
    await this.ensureWallet(userId);
    return transact(this.#store, async (tx) => {
      const now = this.#deps.clock.now();
      // Stryker disable next-line StringLiteral: redundant with the request's hash (a user and an amount, which no other kind of request hashes): either tells a top-up's key from another's
      const claim = await claimKey(tx, idempotencyKey, 'top-up', hashValue({ userId, amountFen }), now);
      if (claim.kind === 'conflict') throw new AgentOsError('CONFLICT', messages.idempotencyConflict(idempotencyKey).en, { where: 'topUp.idempotencyKey' });
      if (claim.kind === 'fresh') {
        // Stryker disable next-line ObjectLiteral,BooleanLiteral: a retried top-up reads the balance again, not this outcome; only that there is one
        await recordOutcome(tx, idempotencyKey, { ok: true });
        await postTransaction(tx, { id: newId('fnd'), kind: 'fund', idempotencyKey, reason: 'top-up', at: now,
          postings: [{ accountId: accountId.wallet(userId), fen: amountFen }, { accountId: accountId.funding, fen: -amountFen }] });
      }
      const [row] = await tx.query<{ balance_fen: number }>('SELECT balance_fen FROM ledger_accounts WHERE id = $1', [accountId.wallet(userId)]);
      // Stryker disable next-line OptionalChaining: equivalent: ensureWallet opened the wallet above
      return Number(row?.balance_fen ?? 0);
    });
  }

  /** A user's wallet balance in fen (0 when the user has no wallet yet). */
  async balance(userId: string): Promise<number> {
    const [row] = await this.#store.query<{ balance_fen: number }>('SELECT balance_fen FROM ledger_accounts WHERE id = $1', [accountId.wallet(userId)]);
    return Number(row?.balance_fen ?? 0);
  }

  /**
   * The merchant account of one mini-program; its display name is what confirmation cards show.
   * Cheap to call before every order: it writes only when the account is new or renamed, and a
   * name this process has already seen stored is not read again (only this method renames).
   */
  async ensureMerchant(appId: string, name: string): Promise<void> {
    if (!appId) throw new AgentOsError('BAD_REQUEST', '商户需要小程序 appId / a merchant needs an appId', { where: 'ensureMerchant.appId' });
    const wanted = name || appId;
    if (this.#merchantNames.get(appId) === wanted) return;
    const id = accountId.merchant(appId);
    const [existing] = await this.#store.query<{ name: string }>('SELECT name FROM ledger_accounts WHERE id = $1', [id]);
    if (!existing || existing.name !== wanted) {
      await this.#store.query(
        `INSERT INTO ledger_accounts (id, kind, owner, name, balance_fen, created_at) VALUES ($1, 'merchant', $2, $3, NULL, $4)
         ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name`,
        [id, appId, wanted, this.#deps.clock.now().toISOString()]);
      accountsKnown(this.#store).add(id);
    }
    this.#merchantNames.set(appId, wanted);
  }

  listAccounts(kind?: AccountView['kind']): Promise<AccountView[]> {
    return listAccounts(this.#store, kind);
  }

  /** Records an order a mini-program created; nothing is charged until the user confirms it. */
  async createOrder(input: NewOrderInput): Promise<OrderDetails> {
    const order = newOrder(input);
    // An order not yet paid is harmless to lose in a database crash; its capture's commit makes it durable.
    // A merchant account known durable needs no insert (accounts are permanent).
    const merchantStored = accountsKnown(this.#store).has(accountId.merchant(input.appId));
    return retrying(() => insertOrder(this.#store.asyncCommit, order, this.#deps.clock.now(), merchantStored));
  }

  /**
   * `createOrder`, then the card asking the order's user to pay exactly it
   * (`paymentConfirmationRequest`, written by `cards`: the trust layer), in one statement and
   * one commit when this process knows the merchant's account (`ensureMerchant`); otherwise in
   * two (the card then shows the merchant's name as stored; in one, as this process last stored
   * or read it). Either way the card is bound to the order's id and amount, and audited.
   */
  async createOrderWithCard(input: NewOrderInput, cards: CardWriter): Promise<OrderWithCard> {
    const merchantName = this.#merchantNames.get(input.appId);
    if (merchantName === undefined) {
      const created = await this.createOrder(input);
      const { p, params } = sqlParams();
      const { ctes, issued } = cards.prepare(paymentConfirmationRequest(created), p);
      await retrying(() => this.#store.asyncCommit.query(`WITH ${ctes} SELECT 1`, params));
      this.#deps.audit.sealSoon();
      return { order: created, confirmation: issued };
    }
    // The order and its card are harmless to lose in a database crash, as each is alone (see `createOrder`).
    const order = newOrder(input);
    const now = this.#deps.clock.now();
    const written = await retrying(() => insertOrderWith(this.#store.asyncCommit, order, now, merchantName, (details, p) => {
      const { ctes, issued } = cards.prepare(paymentConfirmationRequest(details), p);
      return { ctes, result: issued };
    }));
    this.#deps.audit.sealSoon();
    return { order: written.order, confirmation: written.result };
  }

  getOrder(orderId: string): Promise<OrderDetails | undefined> {
    return readOrder(this.#store, orderId);
  }

  listOrders(filter: OrderFilter = {}): Promise<OrderDetails[]> {
    return queryOrders(this.#store, filter);
  }

  /** Takes the money for an order the user confirmed; an expected refusal is a value with the user's words. */
  capture(input: CaptureInput): Promise<CaptureOutcome> {
    return this.#deps.audit.sealAfter(captureOrder(this.#deps, input));
  }

  /**
   * The user's tap on a payment card: the confirmation redeemed with its token, then the order
   * captured — one statement and one commit when nothing stands in the way; otherwise `redeem`
   * (the trust layer's) and `capture`, each finding its reason.
   */
  captureOnTap(redeem: Redeem, input: TapInput): Promise<TapOutcome> {
    return this.#deps.audit.sealAfter(captureOnTap(this.#deps, redeem, input));
  }

  /** Cancels an unpaid order (the user declined, or its confirmation expired) and voids its pending confirmations. */
  cancel(orderId: string, reason = ''): Promise<CancelOutcome> {
    return this.#deps.audit.sealAfter(transact(this.#store, async (tx): Promise<CancelOutcome> => {
      const order = await lockOrder(tx, orderId);
      if (!order) return payFailure('not_found', messages.orderNotFound(String(orderId)));
      if (order.status === 'canceled') return { ok: true, order: toOrderDetails(order) };
      if (order.status !== 'created') return payFailure('not_cancelable', messages.notCancelable(order.status));
      const now = this.#deps.clock.now();
      await tx.query(`UPDATE orders SET status = 'canceled', closed_at = $2 WHERE id = $1`, [order.id, now.toISOString()]);
      await voidPendingConfirmations(tx, this.#deps.audit, order.id, now);
      await this.#deps.audit.appendIn(tx, {
        kind: 'order-canceled', actor: 'hub', userId: order.user_id, appId: order.app_id,
        ...(order.session_id ? { sessionId: order.session_id } : {}), data: { orderId: order.id, amountFen: Number(order.amount_fen), reason },
      });
      return { ok: true, order: toOrderDetails({ ...order, status: 'canceled' }) };
    }));
  }

  /** Gives money back to the payer, whole or in part, never more than was captured minus refunded. */
  refund(input: RefundInput): Promise<RefundOutcome> {
    return this.#deps.audit.sealAfter(refundOrder(this.#deps, input));
  }

  /**
   * `wx.refundOrder` from a mini-program: its own orders only, amount in yuan (whole remainder
   * when absent). A refusal throws `refundOrder:fail …`, the error the sandboxed code sees.
   */
  async refundFromApp(request: { appId: string; orderId: string; amount?: number; reason?: string; idempotencyKey?: string }): Promise<{ refundId: string; amount: number }> {
    let amountFen: number | undefined;
    if (request.amount !== undefined && request.amount !== null) {
      const parsed = parseYuan(request.amount);
      if (!parsed.ok) throw new AgentOsError('BAD_REQUEST', `refundOrder:fail ${parsed.error}`, { where: 'refundOrder.amount', fix: 'give the amount in yuan with at most two decimals' });
      amountFen = parsed.value;
    }
    const outcome = await this.refund({
      orderId: String(request.orderId), reason: request.reason ?? '', appId: request.appId, actor: `app:${request.appId}`,
      // Stryker disable next-line StringLiteral,ConditionalExpression: a generated key's prefix is only its name; an amount given as undefined is read as none (refund: `?? leftFen`)
      idempotencyKey: request.idempotencyKey ?? newId('rfk'), ...(amountFen !== undefined ? { amountFen } : {}),
    });
    if (!outcome.ok) {
      const code = outcome.reason === 'not_found' ? 'NOT_FOUND' : outcome.reason === 'invalid_amount' ? 'BAD_REQUEST' : 'CONFLICT';
      throw new AgentOsError(code, `refundOrder:fail ${outcome.message.en}`, { reason: outcome.reason, zh: outcome.message.zh });
    }
    return { refundId: outcome.refundId, amount: toYuan(outcome.amountFen) };
  }

  /** Checks every invariant of the ledger in one consistent snapshot. */
  verify(): Promise<LedgerVerification> {
    return this.#store.transaction(async (tx) => {
      // Stryker disable next-line StringLiteral: one snapshot matters only against writers running meanwhile, which no single-threaded test has
      await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      return verifyLedger(tx);
    });
  }
}
