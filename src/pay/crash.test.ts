import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../core/index.ts';
import { storeVariants, type Store } from '../store/index.ts';
import type { TrustService } from '../trust/index.ts';
import type { CrashRequest } from './crash-worker.ts';
import { paymentConfirmationRequest, type PayService } from './index.ts';
import { orderOf, payAndTrust } from './test-support.ts';

const WORKER = fileURLToPath(new URL('./crash-worker.ts', import.meta.url));
const PG_URL = process.env.AGENTOS_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const postgres = storeVariants().find((variant) => variant.name === 'postgres');

interface Run { lines: string[]; killed: boolean; code: number | null }

/** Runs the worker; kills it with SIGKILL `killAfterMs` after it is ready (never, when undefined). */
function runWorker(schema: string, file: string, killAfterMs?: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER, PG_URL, schema, file], {
      env: { ...process.env, AGENTOS_LOG_LEVEL: 'silent' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    let stderr = '';
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        if (line === 'ready' && killAfterMs !== undefined) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL' && code !== 0) reject(new Error(`worker failed (${code}): ${stderr}`));
      else resolve({ lines, killed: signal === 'SIGKILL', code });
    });
  });
}

describe.skipIf(!postgres)('a hub killed at random points during 100 payments (PostgreSQL)', () => {
  let store: Store;
  let dispose: () => Promise<void>;
  let pay: PayService;
  let trust: TrustService;
  let schema: string;
  let dir: string;
  const users = Array.from({ length: 10 }, (_, i) => `crash-user-${i}`);

  beforeAll(async () => {
    ({ store, dispose } = await postgres!.open());
    schema = (await store.query<{ schema: string }>('SELECT current_schema() AS schema'))[0]!.schema;
    ({ pay, trust } = payAndTrust(store, systemClock()));
    dir = mkdtempSync(join(tmpdir(), 'agentos-crash-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await dispose();
  });

  it('captures each payment exactly once after restarts with the same idempotency keys; none lost; verify passes', async () => {
    await pay.ensureMerchant('coffee', '咖啡');
    for (const user of users) await pay.ensureWallet(user, 1000_00);
    const requests: CrashRequest[] = [];
    for (let i = 0; i < 100; i++) {
      const userId = users[i % users.length]!;
      const sessionId = `ses-${userId}`;
      // half the cards written by their own statement, half in their order's (createOrderWithCard)
      const { order, confirmation: issued } = i % 2 === 0
        ? await orderOf(pay, { userId, sessionId, amountFen: 1000 + i * 7 }).then(async (order) => ({ order, confirmation: await trust.create(paymentConfirmationRequest(order)) }))
        : await pay.createOrderWithCard({ appId: 'coffee', userId, sessionId, skill: 'order', draft: { title: 'coffee', amount: (1000 + i * 7) / 100, lines: [{ ref: 'd02', name: '拿铁 Latte', qty: 1, unitPrice: (1000 + i * 7) / 100 }], meta: {} } }, trust);
      requests.push({ confirmationId: issued.id, token: issued.token, userId, sessionId, orderId: order.orderId, amountFen: order.amountFen, key: `gesture-${i}` });
    }
    const file = join(dir, 'requests.json');
    writeFileSync(file, JSON.stringify(requests));

    const kills: { afterMs: number; done: number; killed: boolean }[] = [];
    for (const afterMs of [0, 40 + Math.floor(Math.random() * 80), 120 + Math.floor(Math.random() * 200), 250 + Math.floor(Math.random() * 300)]) {
      const run = await runWorker(schema, file, afterMs);
      kills.push({ afterMs, done: run.lines.filter((l) => l.startsWith('done ')).length, killed: run.killed });
    }
    expect(kills.some((k) => k.killed && k.done < 100), JSON.stringify(kills)).toBe(true);

    const final = await runWorker(schema, file);
    expect(final.killed).toBe(false);
    const outcomes = final.lines.filter((l) => l.startsWith('done ')).map((l) => l.split(' ')[2]);
    expect(outcomes).toHaveLength(100);
    expect(outcomes.filter((o) => o !== 'captured' && o !== 'replayed'), JSON.stringify(kills)).toEqual([]);

    const captures = await store.query<{ order_id: string; n: number }>(
      `SELECT order_id, count(*)::int AS n FROM ledger_transactions WHERE kind = 'capture' GROUP BY order_id`);
    expect(captures).toHaveLength(100);
    expect(captures.every((c) => c.n === 1)).toBe(true);
    for (const user of users) {
      const owed = requests.filter((r) => r.userId === user).reduce((sum, r) => sum + r.amountFen, 0);
      expect(await pay.balance(user)).toBe(1000_00 - owed);
    }
    expect(await pay.verify()).toMatchObject({ ok: true, problems: [], counts: { capturedOrders: 100 } });
    expect((await trust.audit.verify()).ok).toBe(true);
    const captured = (await trust.audit.list({ limit: 10_000 })).filter((r) => r.kind === 'payment-captured');
    expect(captured).toHaveLength(100);
  });
});
