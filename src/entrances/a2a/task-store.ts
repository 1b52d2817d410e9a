import { Task, TaskState, type ListTasksRequest, type ListTasksResponse } from '@a2a-js/sdk';
import type { ServerCallContext, TaskStore } from '@a2a-js/sdk/server';
import { log, plainCopy } from '../../core/index.ts';
import type { TurnWrite } from '../../orchestrator/index.ts';
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

interface TaskRow { id: string; owner: string; task: Task; json?: string }

/** Inserts or updates the rows (a task id already another owner's is left alone); `param` places a value. */
function upsertSql(rows: readonly TaskRow[], param: (value: unknown) => string): string {
  const tuples = rows.map(({ id, owner, task, json }) => `(${param(id)}, ${param(owner)}, ${param(task.contextId)}, ${param(task.status?.state ?? 0)}, ${param(json ?? JSON.stringify(Task.toJSON(task)))}, now())`);
  return `INSERT INTO a2a_tasks (id, owner, context_id, state, task, updated_at) VALUES ${tuples.join(', ')}
       ON CONFLICT (id) DO UPDATE SET state = EXCLUDED.state, task = EXCLUDED.task, updated_at = now() WHERE a2a_tasks.owner = EXCLUDED.owner`;
}

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
  /**
   * `owner\0taskId` → a copy of the task as last saved, oldest first (only when the store is
   * exclusive). The SDK changes the tasks it loads and saves in place, so each is copied in and
   * out (`plainCopy`: a task is plain data, and `structuredClone` cost five times as much).
   */
  readonly #saved = new Map<string, Task>();
  /** Passing states not written yet, by task id. */
  readonly #pending = new Map<string, TaskRow>();
  /**
   * Tasks the SDK just named (`owner\0taskId`): no row can exist yet, in any process — the id is
   * new and nothing has told it to anyone — until this process first saves it.
   */
  readonly #new = new Set<string>();
  /** Tasks being stored with the turn that produced them (`withTurn`), as written: `owner\0taskId` → JSON. */
  readonly #withTurn = new Map<string, string>();
  /** Those whose turn was saved (`storedWithTurn`). */
  readonly #storedWithTurn = new Map<string, string>();
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
    const row: TaskRow = { id: task.id, owner, task: plainCopy(task) };
    this.#remember(key, row.task);
    if (!RESTING.has(task.status?.state ?? 0)) {
      this.#pending.set(row.id, row);
      this.#timer ??= setTimeout(() => void this.flush(), WRITE_BEHIND_MS).unref();
      return;
    }
    this.#pending.delete(row.id);
    await this.#flushing; // an older state of this task being written lands first
    const stored = this.#storedWithTurn.get(key);
    this.#storedWithTurn.delete(key);
    row.json = JSON.stringify(Task.toJSON(task));
    if (stored === row.json) return; // the turn's save wrote this very task
    const written = await this.#upsert([row]);
    if (!written.has(row.id)) this.#saved.delete(key);
  }

  /**
   * The write that stores `task`, a new task's last state, in the statement that saves the turn
   * which produced it (`TurnWrite`); undefined on a store other processes write (the SDK reads
   * the task back there between its events). Any older state of the task still waiting is dropped
   * or has landed first. Once that turn is saved, `storedWithTurn`.
   */
  async withTurn(task: Task, context: ServerCallContext): Promise<TurnWrite | undefined> {
    if (!this.#store.exclusive) return undefined;
    const row: TaskRow = { id: task.id, owner: ownerOf(context), task, json: JSON.stringify(Task.toJSON(task)) };
    this.#pending.delete(row.id);
    if (this.#withTurn.size >= REMEMBERED) this.#withTurn.clear(); // forgetting one costs a write
    this.#withTurn.set(`${row.owner}\0${row.id}`, row.json!);
    await this.#flushing;
    return { sql: (param) => upsertSql([row], param) };
  }

  /** The turn's save stored the task (`withTurn`): the SDK's save of the same task then writes nothing. */
  storedWithTurn(taskId: string, context: ServerCallContext): void {
    const key = `${ownerOf(context)}\0${taskId}`;
    const json = this.#withTurn.get(key);
    this.#withTurn.delete(key);
    if (json === undefined) return; // an older state was taken to be written since: the SDK's save writes
    if (this.#storedWithTurn.size >= REMEMBERED) this.#storedWithTurn.clear();
    this.#storedWithTurn.set(key, json);
  }

  async load(taskId: string, context: ServerCallContext): Promise<Task | undefined> {
    const owner = ownerOf(context);
    const key = `${owner}\0${taskId}`;
    const pending = this.#pending.get(taskId);
    const saved = this.#saved.get(key) ?? (pending?.owner === owner ? pending.task : undefined);
    if (saved) return plainCopy(saved);
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
    for (const row of rows) {
      // the row may hold this older state from now on: what a turn stored is no longer known to be there
      this.#withTurn.delete(`${row.owner}\0${row.id}`);
      this.#storedWithTurn.delete(`${row.owner}\0${row.id}`);
    }
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
    const values: unknown[] = [];
    const written = await this.#store.query<{ id: string }>(`${upsertSql(rows, (value) => `$${values.push(value)}`)}\n       RETURNING id`, values);
    return new Set(written.map((r) => r.id));
  }

  #remember(key: string, task: Task): void {
    this.#saved.delete(key);
    this.#saved.set(key, task);
    if (this.#saved.size > REMEMBERED) this.#saved.delete(this.#saved.keys().next().value as string);
  }
}
