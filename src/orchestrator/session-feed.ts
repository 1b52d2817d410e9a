/**
 * Tells whoever follows a session (an SSE stream) that new events were saved, as they are
 * saved. The signal carries only the newest `seq`: followers read the events themselves from
 * the store, so an implementation across processes (PostgreSQL LISTEN/NOTIFY) needs to carry
 * no more than `(sessionId, seq)`.
 */
export interface SessionFeed {
  /** Called after a session's new events are committed. */
  notify(sessionId: string, seq: number): void;
  /** `listener` hears every later `notify` for the session until the returned function is called. */
  subscribe(sessionId: string, listener: (seq: number) => void): () => void;
}

/** The feed inside one hub process. */
export class LocalSessionFeed implements SessionFeed {
  readonly #listeners = new Map<string, Set<(seq: number) => void>>();

  notify(sessionId: string, seq: number): void {
    for (const listener of this.#listeners.get(sessionId) ?? []) {
      try {
        listener(seq);
      } catch {
        // one follower's failure is not the turn's
      }
    }
  }

  /** Wakes every follower of every session (after signals may have been lost). */
  notifyAll(): void {
    for (const sessionId of [...this.#listeners.keys()]) this.notify(sessionId, Number.MAX_SAFE_INTEGER);
  }

  subscribe(sessionId: string, listener: (seq: number) => void): () => void {
    let set = this.#listeners.get(sessionId);
    if (!set) this.#listeners.set(sessionId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (!set.size) this.#listeners.delete(sessionId);
    };
  }
}
