/**
 * Signals every hub process sharing the store hears (PostgreSQL LISTEN/NOTIFY; in one process
 * for the embedded store). Payloads are small: an id and a number, never the data itself.
 */
export interface Channels {
  /** Sends `payload` on `channel` to every listener in every process (after the caller's commit). */
  notify(channel: string, payload: string): Promise<void>;
  /** `listener` hears every later payload on `channel` until the returned function is called. */
  listen(channel: string, listener: (payload: string) => void): () => void;
}

/** Listeners by channel, shared by both implementations for delivering what arrives. */
export class ChannelListeners {
  readonly #listeners = new Map<string, Set<(payload: string) => void>>();

  add(channel: string, listener: (payload: string) => void): { first: boolean; remove: () => boolean } {
    let set = this.#listeners.get(channel);
    const first = !set;
    if (!set) this.#listeners.set(channel, (set = new Set()));
    set.add(listener);
    return {
      first,
      remove: () => {
        set.delete(listener);
        if (set.size) return false;
        this.#listeners.delete(channel);
        return true;
      },
    };
  }

  deliver(channel: string, payload: string): void {
    for (const listener of this.#listeners.get(channel) ?? []) {
      try {
        listener(payload);
      } catch {
        // one listener's failure is not the sender's
      }
    }
  }

  channels(): string[] {
    return [...this.#listeners.keys()];
  }
}
