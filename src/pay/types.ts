import type { OrderLine, OrderView } from '../core/index.ts';
import type { Bilingual, ConfirmationWrite, CreateConfirmationInput, IssuedConfirmation, Refusal } from '../trust/index.ts';

export type { OrderDraft, OrderLine, OrderStatus, OrderView } from '../core/index.ts';

/** A stored line: the mini-program's line plus its exact price in fen. */
export interface StoredOrderLine extends OrderLine {
  unitPriceFen: number;
}

/** How a captured payment was divided, recorded on the order and in the ledger. */
export interface SplitRecord {
  policy: SplitPolicy;
  entrance: string;
  merchantFen: number;
  entranceFen: number;
  operatorFen: number;
}

/** Everything the hub knows about an order. */
export interface OrderDetails extends OrderView {
  appId: string;
  merchantName: string;
  skill: string;
  userId: string;
  sessionId?: string;
  title: string;
  amountFen: number;
  refundedFen: number;
  lines: StoredOrderLine[];
  meta: Record<string, unknown>;
  notifyApi?: string;
  confirmationId?: string;
  split?: SplitRecord;
  createdAt: Date;
  paidAt?: Date;
}

/**
 * Shares of each captured payment for the entrance that brought the user and the AgentOS
 * operator, in percent with up to two decimals (integer basis points inside); the merchant
 * gets the rest, including every rounding remainder. Default: all to the merchant.
 */
export interface SplitPolicy {
  entrancePercent: number;
  operatorPercent: number;
}

export type CaptureFailureReason =
  | 'not_found' | 'not_payable' | 'confirmation_required' | 'insufficient_funds' | 'idempotency_conflict';

export type RefundFailureReason =
  | 'not_found' | 'not_refundable' | 'exceeds_refundable' | 'invalid_amount' | 'idempotency_conflict';

export type PayFailure<R extends string> = { ok: false; reason: R; message: Bilingual };

export type CaptureOutcome = { ok: true; order: OrderDetails; replayed: boolean } | PayFailure<CaptureFailureReason>;

/** The user's tap on a payment card: the confirmation's token and binding, and the capture it allows. */
export interface TapInput {
  confirmationId: string;
  /** The card's one-time token, from the entrance that drew it. */
  token: string;
  userId: string;
  sessionId: string;
  orderId: string;
  amountFen: number;
  argsHash?: string;
  /** The gesture's key for the redeem: the same gesture retried after a crash redeems again. */
  redeemKey?: string;
  /** The capture's idempotency key: a retried capture never charges twice. */
  idempotencyKey: string;
  /** The entrance that brought the user: its share of the split. */
  entrance: string;
}

/** A refused tap (nothing redeemed, nothing charged), or the capture that followed the redeemed yes. */
export type TapOutcome = Refusal | { ok: true; captured: CaptureOutcome };

export type RefundOutcome =
  | { ok: true; order: OrderDetails; refundId: string; amountFen: number; replayed: boolean }
  | PayFailure<RefundFailureReason>;

export type CancelOutcome = { ok: true; order: OrderDetails } | PayFailure<'not_found' | 'not_cancelable'>;

export interface AccountView {
  id: string;
  kind: 'wallet' | 'merchant' | 'entrance' | 'operator' | 'funding';
  owner: string;
  name: string;
  balanceFen: number;
}

export interface LedgerProblem {
  check: 'unbalanced-transaction' | 'unknown-account' | 'unknown-transaction' | 'unknown-order' | 'balance-mismatch'
    | 'negative-balance' | 'unconfirmed-capture' | 'capture-count' | 'capture-amount' | 'refund-total';
  subject: string;
  message: Bilingual;
}

export interface LedgerVerification {
  ok: boolean;
  problems: LedgerProblem[];
  /** What was checked, for the operator's report. */
  counts: { transactions: number; entries: number; accounts: number; capturedOrders: number };
}

/** Writes a confirmation card in another statement: the trust layer's `TrustService` is one. */
export interface CardWriter {
  prepare(input: CreateConfirmationInput, p: (value: unknown) => string): ConfirmationWrite;
}

/** An order and the card that asks its user to pay it, written together. */
export interface OrderWithCard {
  order: OrderDetails;
  confirmation: IssuedConfirmation;
}
