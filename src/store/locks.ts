import { KeyedMutex } from '../core/index.ts';

/**
 * What must happen one at a time for a key, across every hub process that shares the store:
 * a session's turns, a mini-program's storage, a sweep. Each scope of locks is separate (a
 * turn holds its session's lock while it takes a storage lock, never the other way round).
 */
export interface Locks {
  /** Runs `fn` holding the key's lock, waiting for it as long as it takes. */
  run<T>(key: string, fn: () => Promise<T>): Promise<T>;
  /** Runs `fn` only if nobody holds the key now; undefined when someone does (one sweeper at a time). */
  tryRun<T>(key: string, fn: () => Promise<T>): Promise<T | undefined>;
}

/** The scopes a hub locks in, outermost first. */
export type LockScope = 'turns' | 'storage' | 'jobs';

/** Locks inside one process: all the embedded store (one process's) needs. */
export class LocalLocks implements Locks {
  readonly #mutex = new KeyedMutex();
  readonly #held = new Set<string>();

  run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    return this.#mutex.run(key, async () => {
      this.#held.add(key);
      try {
        return await fn();
      } finally {
        this.#held.delete(key);
      }
    });
  }

  async tryRun<T>(key: string, fn: () => Promise<T>): Promise<T | undefined> {
    if (this.#held.has(key)) return undefined;
    return this.run(key, fn);
  }
}
