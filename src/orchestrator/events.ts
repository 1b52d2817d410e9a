import type { ApiEnvelope, Handoff, UiNode } from '../runtime/index.ts';

/** The A2A task states, so every entrance maps a task directly. */
export type TaskState = 'submitted' | 'working' | 'input-required' | 'completed' | 'failed' | 'canceled' | 'rejected';

/** A card the user sees: an API's component rendered with its result into the neutral tree. */
export interface CardView {
  appId: string;
  api: string;
  componentPath: string;
  tree: UiNode[];
  /** Plain-text rendering, for terminals and logs. */
  text: string;
  /** The result the card shows (with `_meta`): entrances re-mount the card with it on a tap. Never read by a planner. */
  result: ApiEnvelope;
  version: string;
  /** The arguments of the call the card shows (the card's `NotificationType.Input`). */
  arguments?: Record<string, unknown>;
  /** The card's "open the mini-program" entry (`setRelatedPage`, else the component's declared page). */
  relatedPage?: Handoff;
}

/** What a confirmation card shows; the token is not here: it goes only to the entrance that shows the card. */
export interface ConfirmationRequest {
  confirmationId: string;
  kind: 'payment' | 'action';
  appId: string;
  merchantName: string;
  title: string;
  orderId?: string;
  amount?: number;
  lines?: { name: string; qty: number; unitPrice: number; options?: Record<string, unknown> }[];
  description?: string;
  expiresAt: string;
}

/**
 * The one event feed every entrance consumes (web UI, terminal, A2A, MCP). Noun-verb,
 * kebab case. `seq` orders the events of a session.
 */
export type HubEvent =
  | { type: 'text-delta'; text: string }
  /**
   * A tool call the model is still writing (streamed from an LLM planner): the function name
   * and the part of its JSON arguments that arrived. Live only (the entrance's listener): the
   * finished call is the `tool-call` event, after the guard.
   */
  | { type: 'tool-call-delta'; index: number; name: string; arguments: string }
  | { type: 'message'; role: 'user' | 'assistant'; text: string }
  | { type: 'tool-call'; appId: string; api: string; arguments: Record<string, unknown>; by: 'planner' | 'chain' | 'hub' }
  | { type: 'tool-result'; appId: string; api: string; isError: boolean; content: string; structuredContent?: Record<string, unknown>; scopesRead?: string[] }
  | { type: 'card'; card: CardView }
  /**
   * A page of the mini-program the user may open ("open 订单详情"): an API's `handoff` (`from: 'result'`)
   * or a card tap's `openDetailPage` (`from: 'card'`). Open it as a page session by its `seq`.
   */
  | { type: 'handoff'; appId: string; version: string; path: string; query?: string; payload?: unknown; title?: string; from: 'result' | 'card' }
  /** `expireAllCards` (from an API) or `expirePreviousCards` (from a card): matching expirable cards shown before stop taking taps. */
  | { type: 'cards-expire'; appId: string; filter: unknown; scope: 'all' | 'previous' }
  | { type: 'confirmation-request'; confirmation: ConfirmationRequest }
  | { type: 'consent-request'; appId: string; appName: string; scope: string; description: string }
  | { type: 'payment'; appId: string; orderId: string; amount: number; status: 'captured' | 'declined' | 'failed'; message: string }
  | { type: 'task-state'; taskId: string; state: TaskState }
  | { type: 'error'; code: string; message: string };

export type SequencedEvent = HubEvent & { seq: number; sessionId: string };
