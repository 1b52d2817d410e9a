import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Hub } from '../../src/hub/index.ts';
import type { SequencedEvent } from '../../src/orchestrator/index.ts';
import { testHub } from '../support/hub-fixture.ts';

const COFFEE = fileURLToPath(new URL('../../ecosystem/packages/coffee', import.meta.url));
const ASK = { type: 'message', text: '晨光咖啡北京有哪些门店？' } as const;

/** What a session keeps of a turn, without the ids and times that differ between two sessions. */
async function kept(hub: Hub, sessionId: string) {
  const [row] = await hub.store.query<{ user_id: string; entrance: string; state: Record<string, unknown> }>('SELECT user_id, entrance, state FROM sessions WHERE id = $1', [sessionId]);
  const tasks = await hub.store.query<{ state: string; request: string }>('SELECT state, request FROM tasks WHERE session_id = $1', [sessionId]);
  const events = (await hub.orchestrator.events(sessionId)).map(({ sessionId: _s, ...e }: SequencedEvent) => JSON.stringify(e).replace(/task_\w+/g, 'task'));
  return { ...row, state: { ...row?.state, taskId: typeof row?.state.taskId }, tasks, events };
}

describe('a session opened with its first turn (Orchestrator.start)', () => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await testHub([COFFEE]);
  });
  afterAll(async () => {
    await hub.close();
  });

  it('keeps what openSession then send keep, in one statement fewer, under the id the entrance gave', async () => {
    await hub.orchestrator.send(await hub.orchestrator.openSession('demo', 'a2a:test'), ASK); // the catalog and the realm read once
    const query = vi.spyOn(hub.store, 'query');
    try {
      const opened = await hub.orchestrator.openSession('demo', 'a2a:test');
      const sent = await hub.orchestrator.send(opened, ASK);
      const twoSteps = query.mock.calls.length;
      query.mockClear();
      const started = await hub.orchestrator.start('demo', 'a2a:test', ASK, undefined, 'ses_named1');
      expect(query.mock.calls.length).toBe(twoSteps - 1);
      expect(started.sessionId).toBe('ses_named1');
      expect(started.events.map((e) => e.type)).toEqual(sent.events.map((e) => e.type));
      expect(started.taskState).toBe('completed');
      expect(await kept(hub, 'ses_named1')).toEqual(await kept(hub, opened));
      expect((await kept(hub, 'ses_named1')).tasks).toEqual([{ state: 'completed', request: ASK.text }]);
    } finally {
      query.mockRestore();
    }
  });

  it('opens nothing for a user the hub does not have, or for an input no session may take', async () => {
    await expect(hub.orchestrator.start('nobody', 'a2a:test', ASK, undefined, 'ses_nobody')).rejects.toThrow(/no user "nobody"/);
    await expect(hub.orchestrator.start('demo', 'a2a:test', { type: 'tap', text: 'x', call: { appId: 'coffee', name: 'listStores', arguments: {} } }, undefined, 'ses_tapped')).rejects.toThrow(/FORBIDDEN|no card/);
    expect(await hub.store.query("SELECT id FROM sessions WHERE id IN ('ses_nobody', 'ses_tapped')")).toEqual([]);
  });

  it('goes on like any session: a later turn continues it', async () => {
    const started = await hub.orchestrator.start('demo', 'http', ASK);
    const next = await hub.orchestrator.send(started.sessionId, { type: 'message', text: '晨光咖啡有什么喝的？' });
    expect(next.events[0]?.seq).toBe(started.events.length + 1);
    expect((await hub.orchestrator.events(started.sessionId)).filter((e) => e.type === 'message' && e.role === 'user')).toHaveLength(2);
  });
});
