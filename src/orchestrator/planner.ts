import type { Clock } from '../core/index.ts';
import type { UserProfile } from '../memory/index.ts';
import type { Tool } from '../catalog/index.ts';

/** One entry of the conversation as a planner reads it. `_meta` never appears here. */
export type Transcript =
  | { role: 'user'; text: string }
  | { role: 'assistant'; text: string }
  | { role: 'tool-call'; callId: string; toolId: string; arguments: Record<string, unknown> }
  /**
   * What a call returned; `by: 'hub'` when the hub wrote it instead of the mini-program (a guard's
   * refusal, the hub's own error): such text may quote the call's arguments and is nobody's data.
   */
  | { role: 'tool-result'; callId: string; toolId: string; isError: boolean; content: string; structuredContent?: Record<string, unknown>; by?: 'hub' }
  /** The hub's own notes: a confirmation outcome, a consent refusal, a guard refusal. */
  | { role: 'hub'; text: string };

/** What a planner may consult: discovery and the chosen skills' documents (progressive disclosure). */
export interface PlannerCatalog {
  search(query: string, limit?: number): Tool[];
  tool(id: string): Tool | undefined;
  toolsOf(appId: string): Tool[];
  skillDoc(appId: string, skill: string): string;
  appInstruction(appId: string): string | undefined;
  apps(): { appId: string; appName: string; appNameEn?: string; description: string }[];
}

export interface PlannerInput {
  transcript: Transcript[];
  /** Its saved addresses are read only where the user's words send something to one (「送到我家」). */
  user: Pick<UserProfile, 'id' | 'name' | 'lang' | 'city' | 'preferences'> & Partial<Pick<UserProfile, 'addresses'>>;
  catalog: PlannerCatalog;
  clock: Clock;
  /** The planner's own durable notes from its last step (the local planner keeps its goals here). */
  memo: unknown;
  /** IDs that earlier results (or the user) supplied; anything else is refused. */
  knownIds: string[];
  /** Where a planner streams what it is writing (text, tool calls) to the entrance as it arrives. */
  stream?: (event: { type: 'text-delta'; text: string } | { type: 'tool-call-delta'; index: number; name: string; arguments: string }) => void;
}

export type PlannerStep =
  /** `say`: what to tell the user before the call (the outcome of the goal just finished). */
  | { type: 'call'; toolId: string; arguments: Record<string, unknown>; memo?: unknown; say?: string }
  /** `streamed`: the text already reached the entrance as it was written (no second text-delta). */
  | { type: 'reply'; text: string; awaitUser: boolean; memo?: unknown; done?: boolean; streamed?: boolean };

/**
 * Decides the next step of a turn. Two implementations run the same orchestrator tests:
 * `LocalPlanner` (no model, the offline default) and `LlmPlanner` (any OpenAI-compatible endpoint).
 */
export interface Planner {
  readonly name: 'local' | 'llm';
  next(input: PlannerInput): Promise<PlannerStep>;
}
