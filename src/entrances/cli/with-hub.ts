import { loadConfig } from '../../core/index.ts';
import { openHub, type Hub } from '../../hub/index.ts';
import { io } from './command-io.ts';

/**
 * The hub a command works on: the running hub when the command was forwarded to it, else one
 * opened for this command (holding the data folder meanwhile) and always closed.
 */
export async function withHub<T>(fn: (hub: Hub) => Promise<T>, command = process.argv[2] ?? 'cli'): Promise<T> {
  const running = io().hub;
  if (running) return fn(running);
  const hub = await openHub(loadConfig(), { command });
  try {
    return await fn(hub);
  } finally {
    await hub.close();
  }
}
