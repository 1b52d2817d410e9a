import { chmodSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hub } from './open-hub.ts';

/** What a running hub leaves in its data folder (owner-only) for the commands run beside it. */
export interface OperatorFile {
  pid: number;
  url: string;
  /** An operator's API token: the one credential the hub's command routes accept. */
  token: string;
  credentialId: string;
}

const FILE = 'operator.json';

export function readOperatorFile(dataDir: string): OperatorFile | undefined {
  try {
    return JSON.parse(readFileSync(join(dataDir, FILE), 'utf8')) as OperatorFile;
  } catch {
    return undefined;
  }
}

/** Written with mode 0600: whoever can read it can already read the data folder itself. */
export function writeOperatorFile(dataDir: string, value: OperatorFile): void {
  const path = join(dataDir, FILE);
  writeFileSync(path, JSON.stringify(value), { mode: 0o600 });
  chmodSync(path, 0o600); // a file left from before keeps its mode otherwise
}

export function removeOperatorFile(dataDir: string): void {
  const file = readOperatorFile(dataDir);
  if (file && file.pid !== process.pid) return;
  try {
    unlinkSync(join(dataDir, FILE));
  } catch {
    // already gone
  }
}

/**
 * A fresh operator API token for the data folder's commands; the one a hub killed earlier left
 * behind is revoked. Undefined when the hub has no operator to issue it for.
 */
export async function issueFolderCredential(hub: Pick<Hub, 'accounts' | 'config'>): Promise<{ id: string; secret: string } | undefined> {
  const previous = readOperatorFile(hub.config.dataDir);
  if (previous) await hub.accounts.revoke(previous.credentialId);
  const [operator] = await hub.accounts.withRole('operator');
  if (!operator) return undefined;
  const issued = await hub.accounts.issue(operator, 'api-token', { label: 'data folder: agentos commands run beside the hub', ttlMs: undefined });
  return { id: issued.id, secret: issued.secret };
}
