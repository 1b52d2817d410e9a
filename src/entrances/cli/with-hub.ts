import { loadConfig } from '../../core/index.ts';
import { openHub, type Hub } from '../../hub/index.ts';

/** Opens the hub for one command and always closes it. */
export async function withHub<T>(fn: (hub: Hub) => Promise<T>): Promise<T> {
  const hub = await openHub(loadConfig());
  try {
    return await fn(hub);
  } finally {
    await hub.close();
  }
}
