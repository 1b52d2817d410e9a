/** What the web pages read from the hub's HTTP API (mirrors src/orchestrator/events.ts). */
export interface UiNode {
  kind: string;
  tag: string;
  text?: string;
  attrs: Record<string, string | number | boolean>;
  classes: string[];
  dataset: Record<string, unknown>;
  events: Record<string, string>;
  path: string;
  children: UiNode[];
  options?: string[];
}

export interface ConfirmationView {
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

export type TaskState = 'submitted' | 'working' | 'input-required' | 'completed' | 'failed' | 'canceled' | 'rejected';

type Seq = { seq: number };
export type HubEvent = Seq & (
  | { type: 'text-delta'; text: string }
  | { type: 'message'; role: 'user' | 'assistant'; text: string }
  | { type: 'tool-call'; appId: string; api: string; arguments: Record<string, unknown> }
  | { type: 'tool-result'; appId: string; api: string; isError: boolean; content: string }
  | { type: 'card'; card: { appId: string; api: string; tree: UiNode[]; text: string } }
  | { type: 'handoff'; appId: string; path: string; query?: string; payload?: unknown }
  | { type: 'confirmation-request'; confirmation: ConfirmationView }
  | { type: 'consent-request'; appId: string; appName: string; scope: string; description: string }
  | { type: 'payment'; appId: string; orderId: string; amount: number; status: 'captured' | 'declined' | 'failed'; message: string }
  | { type: 'task-state'; taskId: string; state: TaskState }
  | { type: 'error'; code: string; message: string }
);

export const EVENT_TYPES = ['text-delta', 'message', 'tool-call', 'tool-result', 'card', 'handoff', 'confirmation-request', 'consent-request', 'payment', 'task-state', 'error'] as const;

export interface TurnResult {
  sessionId: string;
  events: HubEvent[];
  tokens: Record<string, string>;
  taskState?: TaskState;
  waitingFor: string[];
}

export interface Me {
  user: { id: string; name: string; lang: 'zh' | 'en'; role: 'user' | 'developer' | 'operator' };
  csrfToken?: string;
  /** True when the hub has no accounts (the open development API): the user was picked, not signed in. */
  open?: boolean;
}

export interface Order {
  orderId: string;
  status: string;
  amount: number;
  refunded: number;
  appId: string;
  merchantName?: string;
  title: string;
  createdAt?: string;
}
