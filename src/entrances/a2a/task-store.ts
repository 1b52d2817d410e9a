import { Task, type ListTasksRequest, type ListTasksResponse } from '@a2a-js/sdk';
import type { ServerCallContext, TaskStore } from '@a2a-js/sdk/server';
import type { Store } from '../../store/index.ts';

/** The hub user a call acts for, as the A2A entrance put it on the call's context. */
export function ownerOf(context: ServerCallContext): string {
  const name = context.user?.isAuthenticated ? context.user.userName : '';
  if (!name) throw new Error('an A2A call reached the task store without an authenticated caller');
  return name;
}

/** Tasks kept in memory when the store is this process's alone (see `Store.exclusive`). */
const REMEMBERED = 2_000;

/**
 * A2A tasks in the hub's store, as the protocol shapes them: any process can answer
 * GetTask, ListTasks or a follow-up; each caller sees only its own (another's reads as missing).
 * The SDK reloads a task before each event it applies; on a store no other process writes,
 * what this one saved last is the row, so those reloads are answered from memory.
 */
export class HubTaskStore implements TaskStore {
  readonly #store: Store;
  /** `owner\0taskId` → the task's JSON as last saved, oldest first (only when the store is exclusive). */
  readonly #saved = new Map<string, string>();

  constructor(store: Store) {
    this.#store = store;
  }

  async save(task: Task, context: ServerCallContext): Promise<void> {
    const owner = ownerOf(context);
    const json = JSON.stringify(Task.toJSON(task));
    const rows = await this.#store.query(
      `INSERT INTO a2a_tasks (id, owner, context_id, state, task, updated_at) VALUES ($1, $2, $3, $4, $5, now())
       ON CONFLICT (id) DO UPDATE SET state = EXCLUDED.state, task = EXCLUDED.task, updated_at = now() WHERE a2a_tasks.owner = EXCLUDED.owner
       RETURNING id`,
      [task.id, owner, task.contextId, task.status?.state ?? 0, json]);
    if (this.#store.exclusive && rows.length) this.#remember(`${owner}\0${task.id}`, json);
  }

  async load(taskId: string, context: ServerCallContext): Promise<Task | undefined> {
    const owner = ownerOf(context);
    const saved = this.#saved.get(`${owner}\0${taskId}`);
    if (saved !== undefined) return Task.fromJSON(JSON.parse(saved));
    const [row] = await this.#store.query<{ task: unknown }>('SELECT task FROM a2a_tasks WHERE id = $1 AND owner = $2', [taskId, owner]);
    return row && Task.fromJSON(row.task);
  }

  #remember(key: string, json: string): void {
    this.#saved.delete(key);
    this.#saved.set(key, json);
    if (this.#saved.size > REMEMBERED) this.#saved.delete(this.#saved.keys().next().value as string);
  }

  async list(params: ListTasksRequest, context: ServerCallContext): Promise<ListTasksResponse> {
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
}
