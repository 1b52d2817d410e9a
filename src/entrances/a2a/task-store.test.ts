import { TaskState, type Task } from '@a2a-js/sdk';
import { ServerCallContext } from '@a2a-js/sdk/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMemoryStore, type PgliteStore, type Store } from '../../store/index.ts';
import { CallerUser } from './contexts.ts';
import { HubTaskStore } from './task-store.ts';

/** The store as the task store sees it, counting the statements that reach it. */
function counting(store: Store, exclusive: boolean): Store & { statements: number } {
  const counted = Object.create(store) as Store & { statements: number };
  Object.assign(counted, {
    exclusive,
    statements: 0,
    query: (text: string, params?: readonly unknown[]) => (counted.statements++, store.query(text, params)),
  });
  return counted;
}

const as = (userId: string) => new ServerCallContext({ user: new CallerUser({ userId, entrance: 'a2a:phone' }) });
const task = (id: string, state: TaskState, note = ''): Task => ({
  id, contextId: `ctx-${id}`, artifacts: [], history: [], metadata: note ? { note } : undefined,
  status: { state, message: undefined, timestamp: '2026-11-20T02:00:00.000Z' },
});

describe('A2A tasks in the store', () => {
  let base: PgliteStore;
  beforeAll(async () => {
    base = await openMemoryStore();
    await base.query(`INSERT INTO users (id, profile) VALUES ('amy', '{}'), ('bo', '{}')`);
  });
  afterAll(() => base.close());

  it('writes a quick turn once, at its resting state, and a restarted process reads it back', async () => {
    const store = counting(base, true);
    const tasks = new HubTaskStore(store);
    tasks.created('t1', as('amy'));
    // What the SDK does for one turn: load, then save at each event, reloading before each.
    expect(await tasks.load('t1', as('amy'))).toBeUndefined();
    await tasks.save(task('t1', TaskState.TASK_STATE_SUBMITTED), as('amy'));
    expect((await tasks.load('t1', as('amy')))?.status?.state).toBe(TaskState.TASK_STATE_SUBMITTED);
    await tasks.save(task('t1', TaskState.TASK_STATE_WORKING), as('amy'));
    expect(store.statements).toBe(0);
    await tasks.save(task('t1', TaskState.TASK_STATE_COMPLETED, 'done'), as('amy'));
    expect(store.statements).toBe(1);

    const restarted = new HubTaskStore(counting(base, true));
    const reloaded = await restarted.load('t1', as('amy'));
    expect(reloaded?.status?.state).toBe(TaskState.TASK_STATE_COMPLETED);
    expect(reloaded?.metadata).toEqual({ note: 'done' });
    expect(await restarted.load('t1', as('bo'))).toBeUndefined();
    await tasks.flush(); // the working state, superseded, is never written over the final one
    expect((await new HubTaskStore(base).load('t1', as('amy')))?.status?.state).toBe(TaskState.TASK_STATE_COMPLETED);
  });

  it('writes a passing state behind, in one statement for many tasks, before ListTasks reads them', async () => {
    const store = counting(base, true);
    const tasks = new HubTaskStore(store);
    for (const id of ['w1', 'w2', 'w3']) await tasks.save(task(id, TaskState.TASK_STATE_WORKING), as('amy'));
    expect(store.statements).toBe(0);
    const listed = await tasks.list({ tenant: '', contextId: '', status: TaskState.TASK_STATE_WORKING, pageSize: 10, pageToken: '', historyLength: undefined, statusTimestampAfter: undefined, includeArtifacts: false }, as('amy'));
    expect(listed.tasks.map((t) => t.id).sort()).toEqual(['w1', 'w2', 'w3']);
    expect(store.statements).toBe(3); // one write, the count, the page
    expect((await new HubTaskStore(base).load('w2', as('amy')))?.status?.state).toBe(TaskState.TASK_STATE_WORKING);
  });

  it('writes a passing state on its own within moments, so a crash mid-turn leaves the task in the store', async () => {
    const tasks = new HubTaskStore(counting(base, true));
    await tasks.save(task('slow', TaskState.TASK_STATE_WORKING), as('amy'));
    await expect.poll(() => new HubTaskStore(base).load('slow', as('amy')), { timeout: 2_000 }).toBeDefined();
  });

  it('never lets one owner overwrite or read another\'s task', async () => {
    const tasks = new HubTaskStore(base);
    await tasks.save(task('mine', TaskState.TASK_STATE_INPUT_REQUIRED, 'amy'), as('amy'));
    await tasks.save(task('mine', TaskState.TASK_STATE_CANCELED, 'bo'), as('bo'));
    expect(await tasks.load('mine', as('bo'))).toBeUndefined();
    const restarted = await new HubTaskStore(base).load('mine', as('amy'));
    expect(restarted?.status?.state).toBe(TaskState.TASK_STATE_INPUT_REQUIRED);
    expect(restarted?.metadata).toEqual({ note: 'amy' });
  });

  it('writes every state at once where other processes share the store, and reads it back each time', async () => {
    const store = counting(base, false);
    const tasks = new HubTaskStore(store);
    await tasks.save(task('shared', TaskState.TASK_STATE_WORKING), as('amy'));
    expect(store.statements).toBe(1);
    expect((await new HubTaskStore(base).load('shared', as('amy')))?.status?.state).toBe(TaskState.TASK_STATE_WORKING);
    expect((await tasks.load('shared', as('amy')))?.status?.state).toBe(TaskState.TASK_STATE_WORKING);
    expect(store.statements).toBe(2);
  });

  it('reads nothing for a task the SDK has just named, on a shared store too, until it is saved', async () => {
    const store = counting(base, false);
    const tasks = new HubTaskStore(store);
    tasks.created('fresh', as('amy'));
    expect(await tasks.load('fresh', as('amy'))).toBeUndefined();
    expect(store.statements).toBe(0);
    await tasks.save(task('fresh', TaskState.TASK_STATE_SUBMITTED), as('amy'));
    await new HubTaskStore(base).save(task('fresh', TaskState.TASK_STATE_CANCELED), as('amy')); // another process
    expect((await tasks.load('fresh', as('amy')))?.status?.state).toBe(TaskState.TASK_STATE_CANCELED);
    expect(store.statements).toBe(2);
  });

  /** What a turn's save does with the write `withTurn` gives: here, the write alone. */
  const runWrite = async (write: { sql: (param: (value: unknown) => string) => string } | undefined) => {
    const params: unknown[] = [];
    await base.query(write!.sql((value) => `$${params.push(value)}`), params);
  };

  it('stores a task with its turn, and then writes nothing for the SDK\'s save of that very task', async () => {
    const store = counting(base, true);
    const tasks = new HubTaskStore(store);
    tasks.created('turned', as('amy'));
    await tasks.save(task('turned', TaskState.TASK_STATE_WORKING), as('amy')); // waiting to be written behind
    const done = task('turned', TaskState.TASK_STATE_COMPLETED, 'answered');
    await runWrite(await tasks.withTurn(done, as('amy')));
    tasks.storedWithTurn('turned', as('amy'));
    await tasks.save(done, as('amy'));
    await tasks.flush(); // the working state was dropped: it never lands over the answer
    expect(store.statements).toBe(0);
    expect(await new HubTaskStore(base).load('turned', as('amy'))).toEqual(done);
  });

  it('writes the SDK\'s save when it differs from what the turn stored, or when an older state was written since', async () => {
    const store = counting(base, true);
    const tasks = new HubTaskStore(store);
    await runWrite(await tasks.withTurn(task('other', TaskState.TASK_STATE_COMPLETED, 'stored'), as('amy')));
    tasks.storedWithTurn('other', as('amy'));
    await tasks.save(task('other', TaskState.TASK_STATE_COMPLETED, 'saved'), as('amy'));
    expect(store.statements).toBe(1);
    expect((await new HubTaskStore(base).load('other', as('amy')))?.metadata).toEqual({ note: 'saved' });

    const done = task('late', TaskState.TASK_STATE_COMPLETED, 'answered');
    await runWrite(await tasks.withTurn(done, as('amy')));
    await tasks.save(task('late', TaskState.TASK_STATE_WORKING), as('amy')); // the SDK's last passing state, late
    await tasks.flush(); // ... written over the answer
    tasks.storedWithTurn('late', as('amy'));
    await tasks.save(done, as('amy'));
    expect(store.statements).toBe(3);
    expect(await new HubTaskStore(base).load('late', as('amy'))).toEqual(done);
  });

  it('stores nothing with a turn where other processes share the store', async () => {
    expect(await new HubTaskStore(counting(base, false)).withTurn(task('shared-turn', TaskState.TASK_STATE_COMPLETED), as('amy'))).toBeUndefined();
  });
});
