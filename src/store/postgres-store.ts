import pg from 'pg';
import type { Sql, Store } from './store.ts';

/** Bigints (fen) and numerics come back as JS numbers; amounts stay far below 2^53. */
pg.types.setTypeParser(20, (v) => Number(v));

/**
 * The scale-out store: a connection pool to a PostgreSQL server, shared by many hub
 * processes. `schema` puts every table in its own schema (tests use one per run).
 */
export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  readonly #pool: pg.Pool;

  private constructor(pool: pg.Pool) {
    this.#pool = pool;
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
    const pool = new pg.Pool({ connectionString: url, max, ...(options ? { options } : {}) });
    pool.on('error', () => undefined); // a dropped idle client is replaced on next use
    await pool.query('SELECT 1');
    return new PostgresStore(pool);
  }

  async query<T>(text: string, params: readonly unknown[] = []): Promise<T[]> {
    return (await this.#pool.query(text, params as unknown[])).rows as T[];
  }

  async exec(text: string): Promise<void> {
    await this.#pool.query(text);
  }

  async transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      const tx: Sql = {
        query: async <R>(text: string, params: readonly unknown[] = []) =>
          (await client.query(text, params as unknown[])).rows as R[],
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
    await this.#pool.end();
  }
}
