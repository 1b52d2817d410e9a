import { log } from '../core/index.ts';
import { MIGRATIONS, type Migration } from './migrations/index.ts';
import type { Store } from './store.ts';

/** An arbitrary constant: the advisory lock that lets one process at a time migrate. */
const MIGRATION_LOCK = 7_211_453;

/** Applies the migrations not yet applied, all in one transaction under a lock; returns their versions. */
export async function migrate(store: Store, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return store.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const rows = await tx.query<{ version: number }>('SELECT version FROM schema_migrations');
    const done = new Set(rows.map((r) => r.version));
    const applied: number[] = [];
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
      log.debug({ version: m.version, name: m.name }, 'migration applied');
    }
    return applied;
  });
}
