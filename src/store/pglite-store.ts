import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { Mutex } from '../core/index.ts';
import { ChannelListeners } from './channels.ts';
import { inlineParams } from './inline-params.ts';
import { LocalLocks, type LockScope, type Locks } from './locks.ts';
import { PglitePrepared } from './pglite-prepared.ts';
import type { Sql, Store } from './store.ts';

/**
 * The embedded store: PostgreSQL in WASM, persisted to a folder (or in memory without one).
 * PGlite is one connection, so every statement and transaction is serialised here.
 */
export class PgliteStore implements Store {
  readonly kind = 'pglite' as const;
  readonly exclusive = true;
  readonly #db: PGlite;
  readonly #mutex = new Mutex();
  readonly #onClose: (() => void) | undefined;
  readonly #locks = new Map<LockScope, LocalLocks>();
  readonly #listeners = new ChannelListeners();
  readonly #prepared = new PglitePrepared();

  private constructor(db: PGlite, onClose?: () => void) {
    this.#db = db;
    this.#onClose = onClose;
  }

  /**
   * `onClose` runs once the database is closed (the data folder's lock is released then);
   * `initial`, a dump a folder that holds no database yet starts from instead of initdb.
   */
  static async open(dataDir?: string, { onClose, initial }: { onClose?: () => void; initial?: () => Promise<Blob> } = {}): Promise<PgliteStore> {
    if (dataDir) mkdirSync(dataDir, { recursive: true });
    const fresh = dataDir !== undefined && initial !== undefined && !existsSync(join(dataDir, 'PG_VERSION'));
    const db = dataDir ? new PGlite(dataDir, fresh ? { loadDataDir: await initial() } : {}) : new PGlite();
    await db.waitReady;
    return new PgliteStore(db, onClose);
  }

  /** A new in-memory store holding a copy of this one's data (fast fresh hubs for evaluation). */
  async clone(): Promise<PgliteStore> {
    return PgliteStore.fromDump(await this.dump());
  }

  /** This store's whole data folder as a tarball (`fromDump` starts a store from one). */
  dump(): Promise<Blob> {
    return this.#mutex.run(() => this.#db.dumpDataDir('none'));
  }

  /** An in-memory store from a dump: no initdb to run, so a fraction of a fresh store's start. */
  static async fromDump(dump: Blob): Promise<PgliteStore> {
    const db = new PGlite({ loadDataDir: dump });
    await db.waitReady;
    return new PgliteStore(db);
  }

  /** One embedded process: its commits are as they are; nothing to relax. */
  readonly asyncCommit: Sql = { query: (text, params) => this.query(text, params), exec: (text) => this.exec(text) };

  query<T>(text: string, params: readonly unknown[] = []): Promise<T[]> {
    return this.#mutex.run(() => this.#run<T>(this.#db, text, params, true));
  }

  exec(text: string): Promise<void> {
    return this.#mutex.run(async () => {
      try {
        await this.#db.exec(text);
      } finally {
        this.#prepared.invalidate();
      }
    });
  }

  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
    return this.#mutex.run(() => this.#db.transaction((tx) => fn({
      query: <R>(text: string, params: readonly unknown[] = []) => this.#run<R>(tx, text, params, false),
      exec: async (text: string) => {
        try {
          await tx.exec(text);
        } finally {
          this.#prepared.invalidate();
        }
      },
    })));
  }

  /**
   * One statement: a prepared one's `EXECUTE` where it has one (`PglitePrepared`; prepared
   * outside transactions only), else its values written in (`inlineParams`), else as parameters.
   */
  async #run<T>(db: Pick<Transaction, 'query' | 'exec'>, text: string, params: readonly unknown[], outside: boolean): Promise<T[]> {
    const execute = await this.#prepared.executeText(db, text, params, outside);
    if (execute === undefined) return run<T>(db, text, params);
    try {
      return ((await db.exec(execute)).at(-1)?.rows ?? []) as T[];
    } catch (error) {
      if (!this.#prepared.stale(text, error) || !outside) throw error;
      return run<T>(db, text, params);
    }
  }

  /** One process holds the embedded store, so its locks are in memory. */
  locks(scope: LockScope): Locks {
    let locks = this.#locks.get(scope);
    if (!locks) this.#locks.set(scope, (locks = new LocalLocks()));
    return locks;
  }

  async notify(channel: string, payload: string): Promise<void> {
    this.#listeners.deliver(channel, payload);
  }

  listen(channel: string, listener: (payload: string) => void): () => void {
    return this.#listeners.add(channel, listener).remove;
  }

  async close(): Promise<void> {
    try {
      await this.#mutex.run(() => this.#db.close());
    } finally {
      this.#onClose?.();
    }
  }
}

/** One statement: its values written in when they can be (one protocol message, see `inlineParams`), else as parameters. */
async function run<T>(db: Pick<Transaction, 'query' | 'exec'>, text: string, params: readonly unknown[]): Promise<T[]> {
  const inline = inlineParams(text, params);
  if (inline === undefined) return (await db.query<T>(text, params as unknown[])).rows;
  return ((await db.exec(inline)).at(-1)?.rows ?? []) as T[];
}
