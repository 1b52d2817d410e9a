import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/index.ts';
import { seedEcosystem } from '../../src/ecosystem/index.ts';
import { composeHub, type Hub } from '../../src/hub/index.ts';
import { openMemoryStore } from '../../src/store/index.ts';

describe('a fresh hub on its first start', () => {
  let hub: Hub;
  let installed: string[];
  beforeAll(async () => {
    hub = composeHub({ ...loadConfig({}), seedEcosystem: true }, await openMemoryStore());
    ({ installed } = await seedEcosystem(hub));
  });
  afterAll(() => hub.close());

  it('installs, reviews with no problem at all, and approves the eight sample mini-programs', async () => {
    expect(installed.sort()).toEqual(['bills', 'coffee', 'dining', 'express', 'hospital', 'rail', 'takeaway', 'taxi']);
    for (const version of await hub.catalog.list()) {
      expect(version.status, version.appId).toBe('approved');
      const report = version.review as { passed: boolean; problems: unknown[]; contract: { pass: boolean }[] };
      expect(report.passed, version.appId).toBe(true);
      expect(report.problems, version.appId).toEqual([]);
      expect(report.contract.every((c) => c.pass), version.appId).toBe(true);
    }
    const decisions = await hub.catalog.decisions('coffee');
    expect(decisions).toEqual([expect.objectContaining({ decision: 'approve', actor: 'agentos-seed' })]);
  });

  it('creates the sample users with their wallets, and the bills they bound in HomeBills', async () => {
    expect((await hub.memory.listUsers()).map((u) => u.id)).toEqual(['alice', 'bob', 'demo']);
    expect(await hub.pay.balance('demo')).toBe(200_000);
    expect(await hub.pay.balance('alice')).toBe(50_000);
    expect(await hub.pay.balance('bob')).toBe(0);
    const rows = await hub.store.query<{ value: string[] }>(`SELECT value FROM app_storage WHERE app_id = 'bills' AND user_id = 'demo' AND key = 'boundAccounts'`);
    expect(rows[0]?.value).toEqual(['elec-1100456789', 'water-3300123', 'gas-5500987']);
  });

  it('does nothing the second time', async () => {
    expect(await seedEcosystem(hub)).toEqual({ installed: [] });
    expect((await hub.catalog.list()).length).toBe(8);
  });
});
