import type { TurnResult } from './inputs.ts';

/**
 * One write an entrance adds to a turn's last save: it runs in the same statement, so it is
 * stored with the turn's state, events and task, or neither is. `sql` is one INSERT, UPDATE or
 * DELETE (no RETURNING); `param` places a value and gives its placeholder.
 */
export interface TurnWrite {
  sql(param: (value: unknown) => string): string;
}

/**
 * Asked, with what the turn will return, just before its last save; the write it gives (if any)
 * commits with that save. The turn fails when the save does, with the entrance's write undone.
 */
export type WithLastSave = (result: TurnResult) => Promise<TurnWrite | undefined>;
