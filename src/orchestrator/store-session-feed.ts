import { MAYBE_MISSED, type Channels } from '../store/index.ts';
import { LocalSessionFeed, type SessionFeed } from './session-feed.ts';

const CHANNEL = 'agentos_session_events';

/**
 * The session feed across every hub process sharing the store: a saved batch is announced as
 * `(sessionId, seq)` on the store's channel (PostgreSQL NOTIFY), so a follower connected to any
 * process hears of a turn that ran on another and reads the events from the store.
 */
export class StoreSessionFeed implements SessionFeed {
  readonly #channels: Channels;
  readonly #local = new LocalSessionFeed();
  #unlisten: (() => void) | undefined;

  constructor(channels: Channels) {
    this.#channels = channels;
  }

  notify(sessionId: string, seq: number): void {
    // If the signal cannot be sent, this process's own followers still hear of it.
    this.#channels.notify(CHANNEL, `${sessionId} ${seq}`).catch(() => this.#local.notify(sessionId, seq));
  }

  subscribe(sessionId: string, listener: (seq: number) => void): () => void {
    this.#unlisten ??= this.#channels.listen(CHANNEL, (payload) => {
      if (payload === MAYBE_MISSED) return this.#local.notifyAll();
      const [id, seq] = payload.split(' ');
      if (id && seq) this.#local.notify(id, Number(seq));
    });
    return this.#local.subscribe(sessionId, listener);
  }
}
