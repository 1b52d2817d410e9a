import type { Store } from '../store/index.ts';

/** Runs `work` with the append-only triggers of the audit records and their links off: what an insider holding the database's keys can do. */
export async function untriggered(store: Store, work: () => Promise<unknown>): Promise<void> {
  await store.exec('ALTER TABLE audit_log DISABLE TRIGGER USER; ALTER TABLE audit_chain DISABLE TRIGGER USER');
  try {
    await work();
  } finally {
    await store.exec('ALTER TABLE audit_log ENABLE TRIGGER USER; ALTER TABLE audit_chain ENABLE TRIGGER USER');
  }
}
