import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate } from './migrate.ts';
import type { Migration } from './migrations/index.ts';
import { openMemoryStore } from './open-store.ts';
import { PgliteStore } from './pglite-store.ts';
import { PostgresStore } from './postgres-store.ts';
import type { Store } from './store.ts';

/** The PostgreSQL server tests run against; `AGENTOS_TEST_PG=off` skips it. */
export const TEST_PG_URL = process.env.AGENTOS_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface StoreVariant {
  name: 'pglite' | 'postgres';
  /** A fresh, migrated (by every migration, or those given), empty store; `dispose` removes what it made. */
  open(options?: { migrations?: readonly Migration[] }): Promise<{ store: Store; dispose(): Promise<void> }>;
}

/**
 * The two stores every store-touching suite runs against (hono's `runTest({ newRouter })`
 * pattern). PostgreSQL gets a throwaway schema per store.
 */
export function storeVariants(): StoreVariant[] {
  const variants: StoreVariant[] = [
    {
      name: 'pglite',
      async open({ migrations } = {}) {
        const store = migrations ? await PgliteStore.open() : await openMemoryStore();
        if (migrations) await migrate(store, migrations);
        return { store, dispose: () => store.close() };
      },
    },
  ];
  if (process.env.AGENTOS_TEST_PG !== 'off') {
    variants.push({
      name: 'postgres',
      async open({ migrations } = {}) {
        const schema = `t_${randomBytes(6).toString('hex')}`;
        const store = await PostgresStore.open(TEST_PG_URL, { schema, max: 20 });
        await migrate(store, migrations);
        return {
          store,
          async dispose() {
            await store.close();
            const admin = new pg.Client({ connectionString: TEST_PG_URL });
            await admin.connect();
            await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
            await admin.end();
          },
        };
      },
    });
  }
  return variants;
}

/**
 * A database of its own on the test server (CREATE DATABASE with a random name), for tests
 * that run whole hub processes on PostgreSQL: parallel test files never meet, and `drop`
 * removes it (closing whatever is still connected).
 */
export async function scratchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `agentos_t_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: TEST_PG_URL });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(TEST_PG_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
