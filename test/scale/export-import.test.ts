import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, loadConfig, type HubConfig } from '../../src/core/index.ts';
import { composeHub, decide, installPackage, type Hub } from '../../src/hub/index.ts';
import { openStore, scratchDatabase } from '../../src/store/index.ts';
import { runCli } from '../cli/run-cli.ts';

const COFFEE = fileURLToPath(new URL('../../ecosystem/packages/coffee', import.meta.url));
const NOW = '2026-11-20T10:00:00+08:00';
const ASK = '帮我在国贸店点一杯大杯冰拿铁，少糖，自取';

async function hubOn(config: HubConfig): Promise<Hub> {
  return composeHub(config, await openStore(config));
}

describe.skipIf(process.env.AGENTOS_TEST_PG === 'off')('outgrowing the embedded store: export from PGlite, import into PostgreSQL', () => {
  const folder = mkdtempSync(join(tmpdir(), 'agentos-export-'));
  const dataDir = join(folder, 'data');
  const file = join(folder, 'store.jsonl');
  let database: Awaited<ReturnType<typeof scratchDatabase>>;
  const base = { ...loadConfig({}), seedEcosystem: false, clock: fixedClock(NOW) };
  const before: { paidSession: string; pendingSession: string; balance: number; events: unknown[]; head: string } = { paidSession: '', pendingSession: '', balance: 0, events: [], head: '' };

  beforeAll(async () => {
    database = await scratchDatabase();
    const hub = await hubOn({ ...base, dataDir, databaseUrl: undefined });
    try {
      const { record } = await installPackage(hub, COFFEE);
      await decide(hub, `${record.appId}@${record.version}`, 'approve', 'export test', 'test');
      await hub.memory.upsertUser({ id: 'mei', name: '梅', lang: 'zh', addresses: [], passengers: [], preferences: {} });
      await hub.pay.ensureWallet('mei', 50_000);
      await hub.runtime.seedStorage('coffee', 'mei', { favourite: 'd02' });
      before.paidSession = await hub.orchestrator.openSession('mei', 'test');
      const asked = await hub.orchestrator.send(before.paidSession, { type: 'message', text: ASK });
      const [id, token] = Object.entries(asked.tokens)[0] ?? [];
      const paid = await hub.orchestrator.send(before.paidSession, { type: 'confirm', confirmationId: id ?? '', token: token ?? '', accept: true });
      expect(paid.events.some((e) => e.type === 'payment' && e.status === 'captured')).toBe(true);
      before.pendingSession = await hub.orchestrator.openSession('mei', 'test');
      expect(Object.keys((await hub.orchestrator.send(before.pendingSession, { type: 'message', text: ASK })).tokens)).toHaveLength(1);
      before.balance = await hub.pay.balance('mei');
      before.events = await hub.orchestrator.events(before.paidSession, 0);
      const audit = await hub.trust.audit.verify();
      before.head = audit.ok ? audit.headHash : '';
    } finally {
      await hub.close();
    }
  }, 300_000);

  afterAll(async () => {
    await database?.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('moves everything, verified, and the hub continues on PostgreSQL with the same sessions, balances and audit chain', async () => {
    const exported = await runCli(['store', 'export', file], { AGENTOS_DATA_DIR: dataDir });
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toMatch(/ledger verified[\s\S]*audit chain intact/);
    const imported = await runCli(['store', 'import', file, '--json'], { AGENTOS_DATABASE_URL: database.url });
    expect(imported.code, imported.stderr).toBe(0);
    const report = JSON.parse(imported.stdout) as { store: string; counts: Record<string, number>; countsMatch: boolean; ledger: boolean; audit: boolean };
    expect(report).toMatchObject({ store: 'postgres', countsMatch: true, ledger: true, audit: true });
    for (const table of ['packages', 'package_versions', 'review_decisions', 'app_storage', 'users', 'sessions', 'session_events', 'confirmations', 'orders', 'ledger_entries', 'audit_log']) {
      expect(report.counts[table], table).toBeGreaterThan(0);
    }

    const again = await runCli(['store', 'import', file], { AGENTOS_DATABASE_URL: database.url });
    expect(again.code).toBe(4);
    expect(again.stderr).toContain('the target store is not empty');

    const hub = await hubOn({ ...base, databaseUrl: database.url });
    try {
      expect(hub.store.kind).toBe('postgres');
      expect(await hub.pay.balance('mei')).toBe(before.balance);
      expect(await hub.orchestrator.events(before.paidSession, 0)).toEqual(before.events);
      const audit = await hub.trust.audit.verify();
      expect(audit.ok && audit.headHash).toBe(before.head);

      // The confirmation left pending on PGlite is paid on PostgreSQL, and the chain goes on.
      const resumed = await hub.orchestrator.resume(before.pendingSession);
      const [id, token] = Object.entries(resumed.tokens)[0] ?? [];
      const paid = await hub.orchestrator.send(before.pendingSession, { type: 'confirm', confirmationId: id ?? '', token: token ?? '', accept: true });
      const payment = paid.events.find((e) => e.type === 'payment');
      expect(payment?.type === 'payment' && payment.status).toBe('captured');
      expect(await hub.pay.balance("mei")).toBe(before.balance - (payment?.type === "payment" ? Math.round(payment.amount * 100) : 0));
      expect((await hub.pay.verify()).ok).toBe(true);
      const after = await hub.trust.audit.verify();
      expect(after.ok && after.count).toBeGreaterThan(audit.count);
    } finally {
      await hub.close();
    }

    // And back: the PostgreSQL store into a fresh data folder.
    const back = join(folder, 'back.jsonl');
    expect((await runCli(['store', 'export', back], { AGENTOS_DATABASE_URL: database.url })).code).toBe(0);
    const home = await runCli(['store', 'import', back, '--json'], { AGENTOS_DATA_DIR: join(folder, 'back') });
    expect(home.code, home.stderr).toBe(0);
    expect(JSON.parse(home.stdout)).toMatchObject({ store: 'pglite', countsMatch: true, ledger: true, audit: true });
  }, 300_000);
});
