import type { Tool } from '../../catalog/index.ts';
import type { JsonSchema } from '../../package/index.ts';
import type { Transcript } from '../planner.ts';
import type { ValueContext } from './fill-value.ts';
import type { Ask } from './memo.ts';

/** What filling a goal's arguments needs next: a source API to call, a question, or nothing. */
export type FillNeed =
  /**
   * `widen`: the source listed nothing with the filters the request gave; call it again without them.
   * `search`: call it with the user's own word for a thing its list does not name ("Zyrtec").
   */
  | { type: 'source'; param: string; sourceToolId: string; widen?: boolean; search?: Record<string, string> }
  /** `say`: tell the user this fact instead of asking (a source listed nothing to choose from). */
  | { type: 'ask'; ask: Ask; schema: JsonSchema; say?: string; context?: string }
  | { type: 'ready' };

/** What filling reads from: the request's texts and clock, the tool, its siblings, the results so far. */
export interface FillEnv extends ValueContext {
  tool: Tool;
  transcript: Transcript[];
  /** Tools of the same skill, by API name. */
  sibling(api: string): Tool | undefined;
  /** Every tool of the same mini-program (ID sources are read from their output schemas). */
  siblings: Tool[];
  /** An optional ID filter (a film, a cinema) is looked up when its source is a free list: for tools that only read. */
  optionalSources?: boolean;
}
