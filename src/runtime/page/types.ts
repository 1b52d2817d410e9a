import type { PackageResolver, PlatformServices, SandboxLimits, ConsentScope, GrantState } from '../types.ts';
import type { HubNow } from '../call-host.ts';
import type { CallStorage } from '../storage.ts';
import type { UiAction, UiNode } from '../wxml/index.ts';

/** What a page session needs of the runtime; `Runtime.pageAccess()` provides it. */
export interface PageAccess {
  resolve: PackageResolver;
  limits: SandboxLimits;
  services: PlatformServices;
  /** The hub's clock, in milliseconds. */
  now: HubNow;
  /**
   * Runs `fn` under the mini-program's lock with the user's and the shared storage loaded;
   * writes both back in one transaction when `fn` says `commit`.
   */
  withStorage<T>(
    appId: string,
    userId: string,
    fn: (loaded: { user: CallStorage; shared: CallStorage; allowedDomains: string[] }) => Promise<{ commit: boolean; value: T }>,
  ): Promise<T>;
}

/** Who a page session runs for, on which mini-program. */
export interface PageSessionOptions {
  appId: string;
  userId: string;
  /** The approved version to run; the latest approved when absent. */
  version?: string;
  /** The hub session the orders belong to; one of the page session's own when absent. */
  sessionId?: string;
  /** The user's decisions on scopes for this mini-program; a scope not listed must be asked. */
  grants?: Partial<Record<ConsentScope, GrantState>>;
  locale?: 'zh_CN' | 'en';
}

/** A `wx.showModal` the page waits on; answer it with `answerModal`. */
export interface ModalView {
  title: string;
  content: string;
  showCancel: boolean;
  confirmText: string;
  cancelText: string;
}

/** A `wx.requestPayment` the page waits on; only the user's answer (`confirmPayment`) settles it. */
export interface PendingPayment {
  orderId: string;
  /** yuan */
  amount: number;
  status: string;
}

/** What a person sees in the mini-program view, and what the page operator reads. */
export interface PageState {
  appId: string;
  version: string;
  /** The top page's route (`pages/menu/menu`); empty before the first `open`. */
  path: string;
  query: Record<string, string>;
  title: string;
  data: Record<string, unknown>;
  tree: UiNode[];
  /** The page as text (what a terminal shows). */
  text: string;
  actions: UiAction[];
  /** Toasts the last interaction showed. */
  toasts: string[];
  modals: ModalView[];
  payment?: PendingPayment;
  stack: { path: string; query: Record<string, string> }[];
  /** Navigation failures and missing handlers of the last interaction (page bugs a person would not see). */
  warnings: string[];
  /** What rendered as nothing (bad WXML expressions, missing templates). */
  problems: string[];
}

/** How one interaction ended. Anything but `ok` changed nothing: no storage written, the page as before. */
export type PageOutcome =
  | { kind: 'ok'; state: PageState; payment?: { orderId: string; paid: boolean; message: string } }
  | { kind: 'ignored'; reason: string; state: PageState }
  | { kind: 'consent-required'; scope: ConsentScope; state: PageState }
  | { kind: 'error'; error: string; state: PageState };

/**
 * Settles a page's payment on the user's answer: the hub captures (accept) or cancels (decline)
 * the order through trust and pay. `message` is what the page's `fail` callback receives.
 */
export type PaymentSettler = (orderId: string, accept: boolean) => Promise<{ ok: boolean; message: string }>;
