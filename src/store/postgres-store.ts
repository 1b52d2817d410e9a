import pg from 'pg';
import type { LockScope, Locks } from './locks.ts';
import { PostgresChannels } from './postgres-channels.ts';
import { PostgresLocks } from './postgres-locks.ts';
import { StatementNames } from './statement-names.ts';
import type { Sql, Store } from './store.ts';

/** Bigints (fen) and numerics come back as JS numbers; amounts stay far below 2^53. */
pg.types.setTypeParser(20, (v) => Number(v));

/** Connections each scope's locks may hold at once, per process: sessions turning at once, storage, sweeps. */
const LOCK_CONNECTIONS: Record<LockScope, number> = { turns: 8, storage: 4, jobs: 1 };

/**
 * The scale-out store: a connection pool to a PostgreSQL server, shared by many hub
 * processes. `schema` puts every table in its own schema (tests use one per run).
 */
export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  readonly exclusive = false;
  readonly #pool: pg.Pool;
  readonly #config: pg.ClientConfig;
  readonly #namespace: string;
  readonly #locks = new Map<LockScope, PostgresLocks>();
  readonly #channels: PostgresChannels;
  /** Connections whose commits do not wait for the disk (see `Store.asyncCommit`), opened on first use. */
  #asyncPool: pg.Pool | undefined;
  readonly #max: number;
  readonly #names = new StatementNames();

  private constructor(pool: pg.Pool, config: pg.ClientConfig, namespace: string, max: number) {
    this.#pool = pool;
    this.#config = config;
    this.#namespace = namespace;
    this.#max = max;
    this.#channels = new PostgresChannels(config, (text, params) => pool.query(text, params));
  }

  readonly asyncCommit: Sql = {
    query: <T>(text: string, params: readonly unknown[] = []) => this.#run<T>(this.#asynchronous(), text, params, true),
    exec: async (text: string) => void (await this.#asynchronous().query(text)),
  };

  #asynchronous(): pg.Pool {
    if (!this.#asyncPool) {
      const options = [this.#config.options, '-c synchronous_commit=off'].filter(Boolean).join(' ');
      this.#asyncPool = new pg.Pool({ ...this.#config, options, max: this.#max });
      this.#asyncPool.on('error', () => undefined);
    }
    return this.#asyncPool;
  }

  static async open(url: string, { schema, max = 10 }: { schema?: string; max?: number } = {}): Promise<PostgresStore> {
    const options = schema ? `-c search_path=${schema}` : undefined;
    if (schema) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        await admin.query(`CREATE SCHEMA IF NOT EXISTS "${schema.replace(/"/g, '')}"`);
      } finally {
        await admin.end();
      }
    }
    const config = { connectionString: url, ...(options ? { options } : {}) };
    const pool = new pg.Pool({ ...config, max });
    pool.on('error', () => undefined); // a dropped idle client is replaced on next use
    await pool.query('SELECT 1');
    return new PostgresStore(pool, config, schema ?? '', max);
  }

  /** Advisory locks on a small pool of their own per scope (namespaced by schema). */
  locks(scope: LockScope): Locks {
    let locks = this.#locks.get(scope);
    if (!locks) this.#locks.set(scope, (locks = new PostgresLocks({ ...this.#config, max: LOCK_CONNECTIONS[scope] }, `${this.#namespace}/${scope}`)));
    return locks;
  }

  notify(channel: string, payload: string): Promise<void> {
    return this.#channels.notify(channel, payload);
  }

  listen(channel: string, listener: (payload: string) => void): () => void {
    return this.#channels.listen(channel, listener);
  }

  query<T>(text: string, params: readonly unknown[] = []): Promise<T[]> {
    return this.#run<T>(this.#pool, text, params, true);
  }

  /**
   * Runs a statement, by name when this process runs its text often (prepared once per
   * connection). A stale prepared form is run again unnamed, unless inside a transaction
   * (`again` false), which the error has already aborted.
   */
  async #run<T>(on: pg.Pool | pg.PoolClient, text: string, params: readonly unknown[], again: boolean): Promise<T[]> {
    const name = this.#names.nameFor(text, params);
    if (name === undefined) return (await on.query(text, params as unknown[])).rows as T[];
    try {
      return (await on.query({ name, text, values: params as unknown[] })).rows as T[];
    } catch (error) {
      if (!this.#names.stale(text, error) || !again) throw error;
      return (await on.query(text, params as unknown[])).rows as T[];
    }
  }

  async exec(text: string): Promise<void> {
    await this.#pool.query(text);
  }

  async transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      const tx: Sql = {
        query: <R>(text: string, params: readonly unknown[] = []) => this.#run<R>(client, text, params, false),
        exec: async (text: string) => void (await client.query(text)),
      };
      const result = await fn(tx);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.#channels.close();
    await Promise.all([...this.#locks.values()].map((locks) => locks.close()));
    await this.#asyncPool?.end();
    await this.#pool.end();
  }
}
