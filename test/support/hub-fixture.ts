import { fixedClock, loadConfig, type HubConfig } from '../../src/core/index.ts';
import { seedUsers } from '../../src/ecosystem/index.ts';
import { composeHub, decide, installPackage, type Hub } from '../../src/hub/index.ts';
import type { Planner } from '../../src/orchestrator/index.ts';
import { openMemoryStore, type PgliteStore, type Store } from '../../src/store/index.ts';

/**
 * A hub on an in-memory store with the given packages installed and approved and the
 * sample users (demo, alice, bob) with their wallets — what the integration tests start from.
 * `auto`: automatic mode on for them (their pages become tools).
 */
export async function testHub(packages: string[], options: { planner?: Planner; now?: string; store?: Store; config?: Partial<HubConfig>; auto?: boolean } = {}): Promise<Hub> {
  const config: HubConfig = { ...loadConfig({}), seedEcosystem: false, clock: fixedClock(options.now ?? '2026-11-20T10:00:00+08:00'), ...options.config };
  const store = options.store ?? (await openMemoryStore());
  const hub = composeHub(config, store, options.planner ? { planner: options.planner } : {});
  for (const dir of packages) {
    const { record, report } = await installPackage(hub, dir, options.auto ? { auto: true } : {});
    if (!report.passed) throw new Error(`${dir} failed review: ${JSON.stringify(report.problems.concat(report.contract.filter((c) => !c.pass) as never[]))}`);
    if (record.status !== 'approved') await decide(hub, `${record.appId}@${record.version}`, 'approve', 'test', 'test');
  }
  await seedUsers(hub);
  return hub;
}

/** A fresh hub on a copy of `template`'s store: the installs and users without their cost. */
export async function hubFrom(template: Hub, options: { planner?: Planner; now?: string } = {}): Promise<Hub> {
  const store = await (template.store as PgliteStore).clone();
  const config: HubConfig = { ...template.config, clock: fixedClock(options.now ?? '2026-11-20T10:00:00+08:00') };
  return composeHub(config, store, options.planner ? { planner: options.planner } : {});
}
