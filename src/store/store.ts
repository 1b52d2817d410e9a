import type { Channels } from './channels.ts';
import type { LockScope, Locks } from './locks.ts';

/** Something that runs SQL: the store itself, or a transaction inside it. */
export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs several statements at once (migrations); no parameters. */
  exec(text: string): Promise<void>;
}

/**
 * The hub's one store. Two implementations share every test: `PgliteStore` (embedded, one
 * process) and `PostgresStore` (many hub processes on one server). Both speak PostgreSQL.
 */
export interface Store extends Sql, Channels {
  readonly kind: 'pglite' | 'postgres';
  /**
   * True when this process is the store's only writer (the embedded store: its folder is one
   * process's): what the process last wrote is then still current, and may be kept in memory.
   * False on PostgreSQL, where other hub processes write too.
   */
  readonly exclusive: boolean;
  /** Locks of one scope, held across every process sharing the store. */
  locks(scope: LockScope): Locks;
  /**
   * Statements each committed without waiting for the disk (PostgreSQL's asynchronous commit).
   * Only for records harmless to lose if the database server itself crashes (an order not yet
   * paid, a card not yet answered), which any later ordinary commit — a capture's — makes
   * durable with it, since the log is flushed in order. Money never moves through it.
   */
  readonly asyncCommit: Sql;
  /** Runs `fn` in one transaction; rolls back when it throws. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The isolation a money movement needs: retried on serialization failure by the caller. */
export const SERIALIZATION_FAILURE = '40001';
