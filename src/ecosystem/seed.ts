import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AgentOsError, log } from '../core/index.ts';
import { decide, installPackage, type Hub } from '../hub/index.ts';
import type { UserProfile } from '../memory/index.ts';
import { loadPackage } from '../package/index.ts';

/** Where the sample ecosystem lives in this repository. */
export const ECOSYSTEM_DIR = fileURLToPath(new URL('../../ecosystem/', import.meta.url));

interface SeedUser extends UserProfile {
  wallet: { balance: number };
  billAccounts?: string[];
}

export function sampleUsers(): SeedUser[] {
  return (JSON.parse(readFileSync(join(ECOSYSTEM_DIR, 'data', 'users.json'), 'utf8')) as { users: SeedUser[] }).users;
}

export function samplePackageDirs(): string[] {
  const root = join(ECOSYSTEM_DIR, 'packages');
  return readdirSync(root)
    .filter((name) => existsSync(join(root, name, 'app.json')))
    .sort()
    .map((name) => join(root, name));
}

/**
 * Installs, reviews and approves the sample mini-programs and creates the sample users
 * with their wallets, once: what a fresh hub holds on its first start. Samples with pages
 * only get automatic mode on.
 */
export async function seedEcosystem(hub: Hub, { onProgress }: { onProgress?: (done: number, total: number, label: string) => void } = {}): Promise<{ installed: string[] }> {
  const installed: string[] = [];
  const approved = new Set((await hub.catalog.list()).filter((v) => v.status === 'approved').map((v) => `${v.appId}@${v.hash}`));
  const dirs = samplePackageDirs();
  for (const [index, dir] of dirs.entries()) {
    const loaded = await loadPackage(dir);
    if (loaded.ok && approved.has(`${loaded.value.appId ?? loaded.value.sourceName}@${loaded.value.hash}`)) continue;
    onProgress?.(index, dirs.length, `installing ${basename(dir)}`);
    // A sample with pages only (no skill) is what automatic mode is for: installed with it on.
    const { record, report } = await installPackage(hub, dir, { auto: loaded.ok && loaded.value.skills.length === 0 });
    if (!report.passed) {
      throw new AgentOsError('INVALID_PACKAGE', `the sample mini-program ${record.appId} failed its review`, { where: dir, problems: report.problems, contract: report.contract.filter((c) => !c.pass) });
    }
    if (record.status !== 'approved') await decide(hub, `${record.appId}@${record.version}`, 'approve', 'sample ecosystem', 'agentos-seed');
    installed.push(record.appId);
    log.debug({ app: record.appId, version: record.version }, 'sample installed');
  }
  if (installed.length) onProgress?.(dirs.length, dirs.length, 'installed');
  await seedUsers(hub);
  return { installed };
}

/**
 * Creates the sample users with their wallets, once each; where HomeBills is installed, the
 * bill accounts each bound there earlier (that app's own record of them).
 */
export async function seedUsers(hub: Pick<Hub, 'memory' | 'pay' | 'runtime' | 'catalog'>): Promise<void> {
  const billsInstalled = (await hub.catalog.list('bills')).length > 0;
  for (const user of sampleUsers()) {
    if (await hub.memory.findUser(user.id)) continue;
    const { wallet, billAccounts, ...profile } = user;
    await hub.memory.upsertUser({ ...profile, preferences: profile.preferences ?? {} });
    await hub.pay.ensureWallet(user.id, Math.round(wallet.balance * 100));
    if (billAccounts && billsInstalled) await hub.runtime.seedStorage('bills', user.id, { boundAccounts: billAccounts });
  }
}
