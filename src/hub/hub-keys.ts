import { randomBytes } from 'node:crypto';
import type { Store } from '../store/index.ts';

/**
 * A secret every hub process on this store shares (e.g. the key sealing MCP `requestState`),
 * made once on first use: the insert decides, so concurrent processes agree.
 */
export async function hubKey(store: Store, name: string): Promise<Buffer> {
  await store.query('INSERT INTO hub_keys (name, secret) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [name, randomBytes(32).toString('base64')]);
  const [row] = await store.query<{ secret: string }>('SELECT secret FROM hub_keys WHERE name = $1', [name]);
  return Buffer.from(row?.secret ?? '', 'base64');
}
