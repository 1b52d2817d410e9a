import pg from 'pg';
import { log } from '../core/index.ts';
import { ChannelListeners, type Channels } from './channels.ts';

/** Delivered on every channel after the listening connection was lost and made again: something may have been missed. */
export const MAYBE_MISSED = '*';

/**
 * LISTEN/NOTIFY on one connection of its own per process, opened on the first `listen`. When
 * that connection drops it is made again, and every listener hears `MAYBE_MISSED`.
 */
export class PostgresChannels implements Channels {
  readonly #config: pg.ClientConfig;
  readonly #send: (text: string, params: unknown[]) => Promise<unknown>;
  readonly #listeners = new ChannelListeners();
  #client: Promise<pg.Client> | undefined;
  #closed = false;

  constructor(config: pg.ClientConfig, send: (text: string, params: unknown[]) => Promise<unknown>) {
    this.#config = config;
    this.#send = send;
  }

  async notify(channel: string, payload: string): Promise<void> {
    await this.#send('SELECT pg_notify($1, $2)', [channel, payload]);
  }

  listen(channel: string, listener: (payload: string) => void): () => void {
    const { first, remove } = this.#listeners.add(channel, listener);
    if (first) void this.#connection().then((client) => client.query(`LISTEN ${quote(channel)}`)).catch(() => undefined);
    return () => {
      if (remove() && this.#client) void this.#client.then((client) => client.query(`UNLISTEN ${quote(channel)}`)).catch(() => undefined);
    };
  }

  #connection(): Promise<pg.Client> {
    this.#client ??= (async () => {
      const client = new pg.Client(this.#config);
      client.on('notification', (message) => this.#listeners.deliver(message.channel, message.payload ?? ''));
      client.on('error', () => this.#reconnect());
      client.on('end', () => this.#reconnect());
      await client.connect();
      for (const channel of this.#listeners.channels()) await client.query(`LISTEN ${quote(channel)}`);
      return client;
    })();
    return this.#client;
  }

  #reconnect(): void {
    if (this.#closed || !this.#client) return;
    this.#client = undefined;
    setTimeout(() => {
      if (this.#closed) return;
      this.#connection().then(
        () => { for (const channel of this.#listeners.channels()) this.#listeners.deliver(channel, MAYBE_MISSED); },
        (error: unknown) => { log.warn({ error: String(error) }, 'listening connection lost; retrying'); this.#reconnect(); },
      );
    }, 200).unref();
  }

  async close(): Promise<void> {
    this.#closed = true;
    const client = this.#client;
    this.#client = undefined;
    if (client) await (await client.catch(() => undefined))?.end().catch(() => undefined);
  }
}

function quote(channel: string): string {
  return `"${channel.replace(/"/g, '""')}"`;
}
