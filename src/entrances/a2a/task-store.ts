import { Task, TaskState, type ListTasksRequest, type ListTasksResponse } from '@a2a-js/sdk';
import type { ServerCallContext, TaskStore } from '@a2a-js/sdk/server';
import { log } from '../../core/index.ts';
import { storeMemory, type Store } from '../../store/index.ts';

/** The hub user a call acts for, as the A2A entrance put it on the call's context. */
export function ownerOf(context: ServerCallContext): string {
  const name = context.user?.isAuthenticated ? context.user.userName : '';
  if (!name) throw new Error('an A2A call reached the task store without an authenticated caller');
  return name;
}

/** Tasks kept in memory when the store is this process's alone (see `Store.exclusive`). */
const REMEMBERED = 2_000;
/** How long a passing state (submitted, working, a streamed artifact) may wait to be written. */
const WRITE_BEHIND_MS = 200;
/** States a task rests in until its client acts: written before `save` returns, so before any answer says so. */
const RESTING = new Set<number>([
  TaskState.TASK_STATE_INPUT_REQUIRED, TaskState.TASK_STATE_AUTH_REQUIRED, TaskState.TASK_STATE_COMPLETED,
  TaskState.TASK_STATE_FAILED, TaskState.TASK_STATE_CANCELED, TaskState.TASK_STATE_REJECTED,
]);

/** The process's task store for a store: one memory of its tasks, however many entrances serve them. */
export function hubTaskStore(store: Store): HubTaskStore {
  return storeMemory(store, 'a2a.tasks', () => new HubTaskStore(store));
}

interface TaskRow { id: string; owner: string; task: Task }

/**
 * A2A tasks in the hub's store, as the protocol shapes them: any process can answer
 * GetTask, ListTasks or a follow-up; each caller sees only its own (another's reads as missing).
 * The SDK reloads and saves the task at each event of a turn. On a store no other process
 * writes, what this one saved last is the row, so reloads are answered from memory, and a
 * passing state is written behind (within `WRITE_BEHIND_MS`, many tasks in one statement,
 * skipped when a later state came first); a resting state is written at once. A turn that
 * ends quickly thus costs one write, and a restart loses at most a task's last moments of work.
 */
export class HubTaskStore implements TaskStore {
  readonly #store: Store;
  /** `owner\0taskId` → a copy of the task as last saved, oldest first (only when the store is exclusive). */
  readonly #saved = new Map<string, Task>();
  /** Passing states not written yet, by task id. */
  readonly #pending = new Map<string, TaskRow>();
  /**
   * Tasks the SDK just named (`owner\0taskId`): no row can exist yet, in any process — the id is
   * new and nothing has told it to anyone — until this process first saves it.
   */
  readonly #new = new Set<string>();
  #flushing: Promise<void> = Promise.resolve();
  #timer: NodeJS.Timeout | undefined;

  constructor(store: Store) {
    this.#store = store;
  }

  /** Notes a task the SDK has just named, so its first load needs no statement (on any store). */
  created(taskId: string, context: ServerCallContext): void {
    if (this.#new.size >= REMEMBERED) this.#new.clear();
    this.#new.add(`${ownerOf(context)}\0${taskId}`);
  }

  async save(task: Task, context: ServerCallContext): Promise<void> {
    const owner = ownerOf(context);
    const key = `${owner}\0${task.id}`;
    this.#new.delete(key);
    if (!this.#store.exclusive) return void (await this.#upsert([{ id: task.id, owner, task }]));
    const row: TaskRow = { id: task.id, owner, task: structuredClone(task) };
    this.#remember(key, row.task);
    if (!RESTING.has(task.status?.state ?? 0)) {
      this.#pending.set(row.id, row);
      this.#timer ??= setTimeout(() => void this.flush(), WRITE_BEHIND_MS).unref();
      return;
    }
    this.#pending.delete(row.id);
    await this.#flushing; // an older state of this task being written lands first
    const written = await this.#upsert([row]);
    if (!written.has(row.id)) this.#saved.delete(key);
  }

  async load(taskId: string, context: ServerCallContext): Promise<Task | undefined> {
    const owner = ownerOf(context);
    const key = `${owner}\0${taskId}`;
    const pending = this.#pending.get(taskId);
    const saved = this.#saved.get(key) ?? (pending?.owner === owner ? pending.task : undefined);
    if (saved) return structuredClone(saved);
    if (this.#new.has(key)) return undefined;
    const [row] = await this.#store.query<{ task: unknown }>('SELECT task FROM a2a_tasks WHERE id = $1 AND owner = $2', [taskId, owner]);
    return row && Task.fromJSON(row.task);
  }

  /** Writes every passing state still waiting; resolves once they are in the store. */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const rows = [...this.#pending.values()];
    this.#pending.clear();
    if (!rows.length) return this.#flushing;
    this.#flushing = this.#flushing.then(() => this.#upsert(rows)).then((written) => {
      for (const row of rows) if (!written.has(row.id)) this.#saved.delete(`${row.owner}\0${row.id}`);
    }, (error: unknown) => log.error({ err: error, tasks: rows.length }, 'a2a: writing tasks behind failed'));
    return this.#flushing;
  }

  async list(params: ListTasksRequest, context: ServerCallContext): Promise<ListTasksResponse> {
    await this.flush();
    const pageSize = Math.min(Math.max(params.pageSize ?? 50, 1), 100);
    const offset = Math.max(Number.parseInt(params.pageToken || '0', 10) || 0, 0);
    const where = ['owner = $1'];
    const values: unknown[] = [ownerOf(context)];
    if (params.contextId) where.push(`context_id = $${values.push(params.contextId)}`);
    if (params.status) where.push(`state = $${values.push(params.status)}`);
    if (params.statusTimestampAfter) where.push(`updated_at > $${values.push(params.statusTimestampAfter)}`);
    const [count] = await this.#store.query<{ n: number }>(`SELECT count(*)::int AS n FROM a2a_tasks WHERE ${where.join(' AND ')}`, values);
    const rows = await this.#store.query<{ task: unknown }>(
      `SELECT task FROM a2a_tasks WHERE ${where.join(' AND ')} ORDER BY updated_at DESC, id LIMIT ${pageSize} OFFSET ${offset}`, values);
    const total = Number(count?.n ?? 0);
    return {
      tasks: rows.map((r) => Task.fromJSON(r.task)), pageSize, totalSize: total,
      nextPageToken: offset + rows.length < total ? String(offset + rows.length) : '',
    };
  }

  /** Inserts or updates the rows (a task id already another owner's is left alone); the ids written. */
  async #upsert(rows: TaskRow[]): Promise<Set<string>> {
    const values = rows.flatMap(({ id, owner, task }) => [id, owner, task.contextId, task.status?.state ?? 0, JSON.stringify(Task.toJSON(task))]);
    const tuples = rows.map((_, i) => `($${i * 5 + 1}, $${i * 5 + 2}, $${i * 5 + 3}, $${i * 5 + 4}, $${i * 5 + 5}, now())`);
    const written = await this.#store.query<{ id: string }>(
      `INSERT INTO a2a_tasks (id, owner, context_id, state, task, updated_at) VALUES ${tuples.join(', ')}
       ON CONFLICT (id) DO UPDATE SET state = EXCLUDED.state, task = EXCLUDED.task, updated_at = now() WHERE a2a_tasks.owner = EXCLUDED.owner
       RETURNING id`, values);
    return new Set(written.map((r) => r.id));
  }

  #remember(key: string, task: Task): void {
    this.#saved.delete(key);
    this.#saved.set(key, task);
    if (this.#saved.size > REMEMBERED) this.#saved.delete(this.#saved.keys().next().value as string);
  }
}
