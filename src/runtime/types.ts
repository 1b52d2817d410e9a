import type { OrderDraft, OrderView } from '../core/index.ts';
import type { ConsentScope, MiniProgramPackage } from '../package/index.ts';
import type { Handoff } from './handoff.ts';

/** One text part of `content`: the only kind the model reads. */
export interface TextContent {
  type: 'text';
  text: string;
}

/** What an API returns (MINIPROGRAM-AI.md "What an API returns"), after the runtime checked it. */
export interface ApiEnvelope {
  isError: boolean;
  content: TextContent[];
  structuredContent?: Record<string, unknown>;
  /** For the card only; never enters anything the model sees. */
  _meta?: Record<string, unknown>;
  /** A page to hand the user over to (path defaulted to the API's `_meta.ui.pagePath`, with the page's name). */
  handoff?: Handoff;
  apiCalls?: { name: string; arguments: Record<string, unknown> }[];
}

export type { OrderDraft, OrderLine, OrderStatus, OrderView } from '../core/index.ts';

/** Who a call runs for. */
export interface CallIdentity {
  appId: string;
  version: string;
  userId: string;
  sessionId?: string;
}

export type { ConsentScope };

/**
 * What the hub provides to sandboxed code and the runtime cannot own itself (money, the
 * user's data). Implemented by the hub from pay, trust and memory; the runtime only calls it.
 */
export interface PlatformServices {
  /**
   * Records the order; where the hub asks the user on a card after the call (`withCard`), that
   * card is written with it and comes back as `card` — the hub's own, never shown to the
   * mini-program (`orderForMiniProgram` leaves it out).
   */
  createOrder(call: CallIdentity & { skill: string; withCard?: boolean }, order: OrderDraft): Promise<OrderView & { card?: unknown }>;
  getOrder(call: CallIdentity, orderId: string): Promise<OrderView | undefined>;
  refundOrder(call: CallIdentity, request: { orderId: string; amount?: number; reason?: string }): Promise<{ refundId: string; amount: number }>;
  /** Withdraws an unpaid order of this mini-program (and the card asking to pay it): the call that created it failed. */
  cancelOrder(call: CallIdentity, orderId: string, reason: string): Promise<void>;
  /** The user's data for a scope the user granted; called only after the runtime checked the grant. */
  readUserData(call: CallIdentity, scope: ConsentScope): Promise<unknown>;
}

export type GrantState = 'granted' | 'denied';

export interface CallRequest {
  appId: string;
  /** The approved version to run; the latest approved when absent. */
  version?: string;
  api: string;
  arguments: Record<string, unknown>;
  userId: string;
  sessionId?: string;
  /** The user's decisions on scopes for this mini-program; a scope not listed must be asked. */
  grants?: Partial<Record<ConsentScope, GrantState>>;
  /** `system`: the hub itself calls (payment notifications); `api`: a planner's call. */
  mode?: 'api' | 'system';
  /** The user's language, as `wx.getSystemInfoSync().language` reports it. */
  locale?: 'zh_CN' | 'en';
  /**
   * The caller asks the user to pay each order the call creates on the hub's confirmation card:
   * the card is written with the order, in one statement, and comes back with it (`orders[].card`).
   */
  cardWithOrders?: boolean;
}

export type CallOutcome =
  | {
      kind: 'result';
      appId: string;
      version: string;
      skill: string;
      api: string;
      envelope: ApiEnvelope;
      /** Orders the call created: each becomes a confirmation. */
      orders: (OrderView & { notifyApi?: string; skill: string; card?: unknown })[];
      /** The user data scopes the call read (for audit and for the consent test). */
      scopesRead: ConsentScope[];
      /** `wx.modelContext.expireAllCards(filter)` calls the API made: cards of this mini-program shown before may expire. */
      expiredCards?: unknown[];
      durationMs: number;
    }
  | { kind: 'consent-required'; appId: string; api: string; scope: ConsentScope };

/** Resolves a package version the runtime may run (approved, or any when reviewing). */
export type PackageResolver = (appId: string, version?: string) => Promise<{ version: string; pkg: MiniProgramPackage }>;

export interface SandboxLimits {
  memoryLimitBytes: number;
  timeLimitMs: number;
}

/** The APIs a skill registered when its index.js ran, for review. */
export interface SkillInspection {
  skill: string;
  registered: { name: string; isAsync: boolean }[];
  middlewareCount: number;
  /** A load error (syntax, a throw at top level, a bad createSkill path). */
  error?: string;
}
