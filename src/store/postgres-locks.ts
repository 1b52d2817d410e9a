import pg from 'pg';
import { KeyedMutex } from '../core/index.ts';
import type { Locks } from './locks.ts';

/**
 * PostgreSQL advisory locks, held on connections of their own (a pool per scope, so a turn
 * waiting for a storage lock never starves storage locks of connections). Waiters in this
 * process queue in memory first, so one key costs at most one connection per process. A
 * process that dies loses its connections, and PostgreSQL releases its locks at once.
 */
export class PostgresLocks implements Locks {
  readonly #pool: pg.Pool;
  readonly #local = new KeyedMutex();
  readonly #namespace: string;

  constructor(config: pg.PoolConfig, namespace: string) {
    this.#pool = new pg.Pool(config);
    this.#pool.on('error', () => undefined);
    this.#namespace = namespace;
  }

  run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    return this.#local.run(key, () => this.#hold(key, true, fn) as Promise<T>);
  }

  tryRun<T>(key: string, fn: () => Promise<T>): Promise<T | undefined> {
    return this.#local.run(key, () => this.#hold(key, false, fn));
  }

  async #hold<T>(key: string, wait: boolean, fn: () => Promise<T>): Promise<T | undefined> {
    const client = await this.#pool.connect();
    const id = `${this.#namespace}/${key}`;
    let broken = false;
    try {
      if (wait) await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [id]);
      else {
        const [row] = (await client.query<{ got: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS got', [id])).rows;
        if (!row?.got) return undefined;
      }
      try {
        return await fn();
      } finally {
        await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [id]).catch(() => (broken = true));
      }
    } catch (error) {
      broken = true;
      throw error;
    } finally {
      client.release(broken); // a connection whose lock state is unknown is closed, which frees it
    }
  }

  close(): Promise<void> {
    return this.#pool.end();
  }
}
