import type { ErrorCode, ErrorDetails } from '../core/index.ts';

/** What an entrance sends on the user's behalf. Only `confirm` with its token can let money move. */
export type UserInput =
  | { type: 'message'; text: string }
  /** The user's own gesture on a confirmation card: a tap, `y` in a terminal, a signed client message. */
  | { type: 'confirm'; confirmationId: string; token: string; accept: boolean }
  | { type: 'consent'; appId: string; scope: string; grant: boolean }
  /** A tap on a card that sends a follow-up (`sendFollowUpMessage`): text, optionally with an api/call. */
  | { type: 'tap'; text: string; call?: { appId: string; name: string; arguments: Record<string, unknown> } };

export interface TurnResult {
  sessionId: string;
  events: import('./events.ts').SequencedEvent[];
  /** confirmationId → token, for the entrance that shows the card; never forwarded to a planner. */
  tokens: Record<string, string>;
  taskId: string | undefined;
  taskState: import('./events.ts').TaskState | undefined;
  /** What the hub waits for, if anything. */
  waitingFor: ('answer' | 'consent' | 'confirmation')[];
  /**
   * Why the turn did not do what the input asked (a refused confirmation, an input with
   * nothing to answer, a failure), in the one error model; entrances answer with its status.
   */
  error?: { code: ErrorCode; message: string; details: ErrorDetails };
}
