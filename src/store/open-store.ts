import { join } from 'node:path';
import type { HubConfig } from '../core/index.ts';
import { migrate } from './migrate.ts';
import { PgliteStore } from './pglite-store.ts';
import { PostgresStore } from './postgres-store.ts';
import type { Store } from './store.ts';

/** Opens the store the configuration names (PostgreSQL when a URL is set, else PGlite) and migrates it. */
export async function openStore(config: Pick<HubConfig, 'dataDir' | 'databaseUrl'>): Promise<Store> {
  const store = config.databaseUrl
    ? await PostgresStore.open(config.databaseUrl)
    : await PgliteStore.open(join(config.dataDir, 'db'));
  await migrate(store);
  return store;
}

/** A fresh, migrated in-memory store: what tests and the evaluator start from. */
export async function openMemoryStore(): Promise<PgliteStore> {
  const store = await PgliteStore.open();
  await migrate(store);
  return store;
}
