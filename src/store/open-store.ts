import { join } from 'node:path';
import type { HubConfig } from '../core/index.ts';
import { acquireFolderLock } from './folder-lock.ts';
import { openFromTemplate, templateDump } from './memory-template.ts';
import { migrate } from './migrate.ts';
import { PgliteStore } from './pglite-store.ts';
import { PostgresStore } from './postgres-store.ts';
import type { Store } from './store.ts';

/**
 * Opens the store the configuration names (PostgreSQL when a URL is set, else PGlite) and
 * migrates it. The embedded store takes its data folder for this process (`command` names
 * who holds it) until it is closed; a new folder starts from the template in
 * `AGENTOS_STORE_TEMPLATE_DIR` when that is set (see `openMemoryStore`).
 */
export async function openStore(config: Pick<HubConfig, 'dataDir' | 'databaseUrl'>, { command = 'hub' }: { command?: string } = {}): Promise<Store> {
  if (config.databaseUrl) {
    const store = await PostgresStore.open(config.databaseUrl);
    await migrate(store);
    return store;
  }
  const lock = acquireFolderLock(config.dataDir, command);
  try {
    const templates = process.env.AGENTOS_STORE_TEMPLATE_DIR;
    const store = await PgliteStore.open(join(config.dataDir, 'db'), { onClose: () => lock.release(), ...(templates ? { initial: () => templateDump(templates) } : {}) });
    await migrate(store);
    return store;
  } catch (error) {
    lock.release();
    throw error;
  }
}

/**
 * A fresh, migrated in-memory store: what tests and the evaluator start from. With
 * `AGENTOS_STORE_TEMPLATE_DIR` set (the test suite sets it), from a dump kept there.
 */
export async function openMemoryStore(): Promise<PgliteStore> {
  const templates = process.env.AGENTOS_STORE_TEMPLATE_DIR;
  if (templates) return openFromTemplate(templates);
  const store = await PgliteStore.open();
  await migrate(store);
  return store;
}
