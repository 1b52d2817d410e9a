import type { Transcript } from './planner.ts';
import type { TaskState } from './events.ts';

/** A call the hub holds until the user decides (consent, or an action's confirmation). */
export interface HeldCall {
  toolId: string;
  arguments: Record<string, unknown>;
  by: 'planner' | 'chain' | 'hub';
}

/** What the hub waits for from the user before the task can go on. */
export type Pending =
  | { kind: 'answer' }
  | { kind: 'consent'; appId: string; scope: string; call: HeldCall }
  | { kind: 'confirmation'; confirmationId: string; confirmKind: 'payment' | 'action'; appId: string; orderId?: string; amountFen?: number; argsHash?: string; notifyApi?: string; skill?: string; call?: HeldCall };

/** Everything a session needs to resume after a restart; kept in `sessions.state`. */
export interface SessionState {
  transcript: Transcript[];
  knownIds: string[];
  memo: unknown;
  pending: Pending[];
  taskId: string | undefined;
  taskState: TaskState | undefined;
  seq: number;
  callCount: number;
  /** `appId.api` of every payment callback an order named: only the hub may call them. */
  hubOnly: string[];
  /** The language the user last clearly wrote in; replies follow it (else the profile's). */
  lang?: 'zh' | 'en';
}

export function emptyState(): SessionState {
  return { transcript: [], knownIds: [], memo: undefined, pending: [], taskId: undefined, taskState: undefined, seq: 0, callCount: 0, hubOnly: [] };
}
