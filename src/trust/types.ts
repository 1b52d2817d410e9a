/** A message every user can read: the hub speaks Chinese and English as equals. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** `payment`: an order to pay; `action`: an API that commits the user (book, cancel, send). */
export type ConfirmationKind = 'payment' | 'action';

export type ConfirmationStatus = 'pending' | 'redeemed' | 'declined' | 'expired';

/** One line of the card, in integer fen. */
export interface SummaryLine {
  name: string;
  qty: number;
  unitPriceFen: number;
  options?: Record<string, unknown>;
}

/** What the card shows the user: exactly what the yes is for. */
export interface ConfirmationSummary {
  title: string;
  merchantName: string;
  payee: string;
  lines?: SummaryLine[];
  /** Set by the trust layer to the bound amount, so the card cannot show another one. */
  amountFen?: number;
  /** For an action: what will happen, in words. */
  description?: string;
}

export interface CreateConfirmationInput {
  userId: string;
  sessionId: string;
  kind: ConfirmationKind;
  appId: string;
  /** Required for a payment. */
  orderId?: string;
  /** Required for a payment: the order's amount in fen. */
  amountFen?: number;
  summary: ConfirmationSummary;
  /** Canonical hash of the gated call's arguments (`hashValue` from core). */
  argsHash: string;
  /** Overrides the service's time to live. */
  ttlMs?: number;
}

/** A confirmation as the hub keeps it: never the token. */
export interface ConfirmationView {
  id: string;
  userId: string;
  sessionId: string;
  kind: ConfirmationKind;
  appId: string;
  orderId?: string;
  amountFen?: number;
  argsHash: string;
  summary: ConfirmationSummary;
  status: ConfirmationStatus;
  createdAt: Date;
  expiresAt: Date;
  decidedAt?: Date;
}

/**
 * A new confirmation and its one-time token. The token goes only to the entrance that shows
 * the card to the user (web UI, terminal, a signed A2A/MCP client message); it must never enter
 * an event, a prompt or anything a model reads, or the planner could confirm on the user's behalf.
 */
export interface IssuedConfirmation extends ConfirmationView {
  token: string;
}

/**
 * A confirmation written by another part's statement (`TrustService.prepare`): the CTEs to put
 * in its WITH, and the confirmation as issued once that statement commits.
 */
export interface ConfirmationWrite {
  ctes: string;
  issued: IssuedConfirmation;
}

/** The user's gesture, as the entrance reports it. Bound fields must match the card. */
export interface RedeemInput {
  id: string;
  token: string;
  userId: string;
  sessionId: string;
  orderId?: string;
  amountFen?: number;
  argsHash?: string;
  /** The gesture's idempotency key: the same gesture retried after a crash redeems again. */
  idempotencyKey?: string;
}

export type RefusalReason =
  | 'unknown'
  | 'wrong_user'
  | 'wrong_session'
  | 'wrong_token'
  | 'already_used'
  | 'expired'
  | 'amount_mismatch'
  | 'order_mismatch'
  | 'args_mismatch'
  | 'declined';

export type Refusal = { ok: false; reason: RefusalReason; message: Bilingual };

export type RedeemOutcome = { ok: true; confirmation: ConfirmationView; replayed: boolean } | Refusal;

export interface DeclineInput {
  id: string;
  userId: string;
  sessionId: string;
  /** Declining moves no money, so the hub may decline on the user's words without the token. */
  token?: string;
  reason?: string;
}

export type DeclineOutcome = { ok: true; confirmation: ConfirmationView; replayed: boolean } | Refusal;

/** The scopes that guard the user's data (docs/platform-api.md). */
export const CONSENT_SCOPES = [
  'scope.address',
  'scope.phoneNumber',
  'scope.realname',
  'scope.passengers',
  'scope.userLocation',
] as const;

export type ConsentScope = (typeof CONSENT_SCOPES)[number];

export type GrantState = 'granted' | 'denied';

export interface GrantRecord {
  userId: string;
  appId: string;
  scope: ConsentScope;
  state: GrantState;
  decidedAt: Date;
}
