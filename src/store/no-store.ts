import { AgentOsError } from '../core/index.ts';
import { LocalLocks } from './locks.ts';
import type { Sql, Store } from './store.ts';

/**
 * A store that refuses every statement, for work that must never touch the database (review
 * runs a package on scratch storage): a slip is an error naming `why`, not a silent write.
 */
export function noStore(why: string): Store {
  const refuse = () => Promise.reject(new AgentOsError('INTERNAL', why));
  const sql: Sql = { query: refuse, exec: refuse };
  const locks = new LocalLocks();
  return {
    kind: 'pglite', exclusive: true, ...sql, asyncCommit: sql, transaction: refuse, close: () => Promise.resolve(),
    locks: () => locks, notify: () => Promise.resolve(), listen: () => () => undefined,
  };
}
