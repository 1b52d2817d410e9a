import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testHub } from '../../test/support/hub-fixture.ts';
import type { Hub } from '../hub/index.ts';
import type { TurnResult } from './inputs.ts';
import type { WithLastSave } from './turn-write.ts';

const COFFEE = fileURLToPath(new URL('../../ecosystem/packages/coffee', import.meta.url));
const ASK = { type: 'message', text: '晨光咖啡北京有哪些门店？' } as const;

/** An entrance's own record of a turn, in a table of this test's. */
const noting = (seen: TurnResult[], events = (r: TurnResult) => r.events.length): WithLastSave => async (result) => {
  seen.push(result);
  return { sql: (param) => `INSERT INTO turn_notes (session_id, events) VALUES (${param(result.sessionId)}, ${param(events(result))})` };
};

describe('an entrance\'s write saved with the turn (TurnWrite)', () => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await testHub([COFFEE]);
    await hub.store.exec('CREATE TABLE turn_notes (session_id text PRIMARY KEY REFERENCES sessions(id), events integer NOT NULL CHECK (events > 0))');
  });
  afterAll(async () => {
    await hub.close();
  });

  const stored = async (sessionId: string) => ({
    notes: await hub.store.query('SELECT events FROM turn_notes WHERE session_id = $1', [sessionId]),
    events: (await hub.orchestrator.events(sessionId)).length,
    tasks: (await hub.store.query('SELECT state FROM tasks WHERE session_id = $1', [sessionId])).length,
  });

  it('is written in the turn\'s last save, knowing what the turn returns', async () => {
    const seen: TurnResult[] = [];
    const started = await hub.orchestrator.start('demo', 'a2a:test', ASK, undefined, 'ses_noted1', noting(seen));
    expect(seen).toEqual([started]);
    expect(started.taskState).toBe('completed');
    expect(await stored('ses_noted1')).toEqual({ notes: [{ events: started.events.length }], events: started.events.length, tasks: 1 });
    const next = await hub.orchestrator.send('ses_noted1', ASK, undefined, async () => undefined); // nothing to add: saved as ever
    expect((await stored('ses_noted1')).events).toBe(started.events.length + next.events.length);
  });

  it('fails the turn when it fails, and then nothing of the turn is stored', async () => {
    const seen: TurnResult[] = [];
    await expect(hub.orchestrator.start('demo', 'a2a:test', ASK, undefined, 'ses_noted2', noting(seen, () => 0))).rejects.toThrow(/turn_notes_events_check|check constraint/);
    expect(seen).toHaveLength(1);
    expect(await stored('ses_noted2')).toEqual({ notes: [], events: 0, tasks: 0 });
    // the session goes on: the next turn starts from what was stored, as after a crash
    const next = await hub.orchestrator.send('ses_noted2', ASK);
    expect(next.events[0]?.seq).toBe(1);
    expect(await stored('ses_noted2')).toEqual({ notes: [], events: next.events.length, tasks: 1 });
  });
});
