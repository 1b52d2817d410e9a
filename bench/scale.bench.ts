import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { fixedClock, loadConfig } from '../src/core/index.ts';
import { composeHub, decide, installPackage } from '../src/hub/index.ts';
import { openStore, PostgresStore, migrate, scratchDatabase } from '../src/store/index.ts';
import { confirmedPayments } from './pay.bench.ts';

const BIN = fileURLToPath(new URL('../bin/agentos.js', import.meta.url));
const COFFEE = fileURLToPath(new URL('../ecosystem/packages/coffee', import.meta.url));
const ASK = '帮我在国贸店点一杯大杯冰拿铁，少糖，自取';
const CLIENTS = Number(process.env.AGENTOS_BENCH_CLIENTS ?? 16);
const SECONDS = Number(process.env.AGENTOS_BENCH_SECONDS ?? 20);

/** Starts `agentos start --workers N` and resolves once every worker listens (the primary says so then). */
async function startCluster(workers: number, port: number, env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, [BIN, 'start', '--port', String(port), '--workers', String(workers)], {
    env: { ...process.env, AGENTOS_LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      output += d.toString();
      if (output.includes('listening on')) resolve();
    });
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    child.once('exit', () => reject(new Error(`the hub exited:\n${output}`)));
  });
  return child;
}

/** Full turns for `SECONDS`: a session, the sentence, the user's confirmation, the capture. */
async function ordersPerSecond(workers: number): Promise<{ perSecond: number; orders: number; verified: boolean }> {
  const database = await scratchDatabase();
  const config = { ...loadConfig({}), databaseUrl: database.url, seedEcosystem: false, clock: fixedClock('2026-11-20T10:00:00+08:00') };
  const hub = composeHub(config, await openStore(config));
  let child: ChildProcess | undefined;
  try {
    const { record } = await installPackage(hub, COFFEE);
    await decide(hub, `${record.appId}@${record.version}`, 'approve', 'bench', 'bench');
    const tokens: string[] = [];
    for (let i = 0; i < CLIENTS; i++) {
      await hub.memory.upsertUser({ id: `b${i}`, name: `b${i}`, lang: 'zh', addresses: [], passengers: [], preferences: {} });
      await hub.pay.ensureWallet(`b${i}`, 10_000_000);
      tokens.push((await hub.accounts.issue(`b${i}`, 'api-token')).secret);
    }
    const port = 30_000 + Math.floor(Math.random() * 20_000);
    child = await startCluster(workers, port, { AGENTOS_DATABASE_URL: database.url, AGENTOS_SEED: '0', AGENTOS_NOW: '2026-11-20T10:00:00+08:00' });
    const post = async <T>(token: string, path: string, body: unknown): Promise<T> => {
      const response = await fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    };
    let orders = 0;
    const until = performance.now() + SECONDS * 1000;
    const started = performance.now();
    await Promise.all(tokens.map(async (token) => {
      while (performance.now() < until) {
        const { sessionId } = await post<{ sessionId: string }>(token, '/api/sessions', {});
        const asked = await post<{ tokens: Record<string, string> }>(token, `/api/sessions/${sessionId}/input`, { type: 'message', text: ASK });
        const [confirmationId, secret] = Object.entries(asked.tokens)[0] ?? [];
        if (!confirmationId || !secret) throw new Error('no confirmation card');
        const paid = await post<{ events: { type: string; status?: string }[] }>(token, `/api/sessions/${sessionId}/input`, { type: 'confirm', confirmationId, token: secret, accept: true });
        if (!paid.events.some((e) => e.type === 'payment' && e.status === 'captured')) throw new Error('not captured');
        orders++;
      }
    }));
    const seconds = (performance.now() - started) / 1000;
    const verification = await hub.pay.verify();
    return { perSecond: orders / seconds, orders, verified: verification.ok && verification.counts.capturedOrders === orders };
  } finally {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await hub.close();
    await database.drop();
  }
}

/** pgbench's built-in TPC-B on a scratch database of the same server; its tps. */
function pgbenchTps(url: string, clients: number, seconds: number): number {
  const init = spawnSync('pgbench', ['-i', '-q', '-s', '1', url], { encoding: 'utf8' });
  if (init.status !== 0) throw new Error(`pgbench -i failed: ${init.stderr}`);
  const run = spawnSync('pgbench', ['-c', String(clients), '-j', '2', '-T', String(seconds), '-b', 'tpcb-like', url], { encoding: 'utf8' });
  const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(run.stdout)?.[1];
  if (run.status !== 0 || !tps) throw new Error(`pgbench failed: ${run.stderr || run.stdout}`);
  return Number(tps);
}

/**
 * `npm run bench scale`: completed orders per second with 1, 2 and 4 hub processes on one
 * PostgreSQL (full turns over HTTP), and confirmed payments per second beside pgbench's TPC-B
 * on the same server in the same run.
 */
export async function benchScale(): Promise<string[]> {
  const lines = [`scale: completed orders/s (sentence → confirmation → capture over HTTP, ${CLIENTS} clients, ${SECONDS} s) on PostgreSQL`];
  let one = 0;
  for (const workers of [1, 2, 4]) {
    const run = await ordersPerSecond(workers);
    one ||= run.perSecond;
    lines.push(`  ${workers} process${workers > 1 ? 'es' : ''}: ${run.perSecond.toFixed(1)} orders/s (${run.orders} orders), ×${(run.perSecond / one).toFixed(2)} of one process; ledger ${run.verified ? 'verified' : 'FAILED'}`);
  }
  const database = await scratchDatabase();
  try {
    const clients = 8;
    const tps = pgbenchTps(database.url, clients, SECONDS);
    const store = await PostgresStore.open(database.url, { schema: 'agentos', max: 24 });
    try {
      await migrate(store);
      const [server] = await store.query<{ server_version: string }>('SHOW server_version');
      const warmUp = clients * 125;
      const run = await confirmedPayments(store, Math.max(400, Math.round(tps * 0.5 * SECONDS / 2)), clients, warmUp);
      const ratio = run.perSecond / tps;
      lines.push(`  confirmed payments: ${run.perSecond.toFixed(0)}/s (${run.payments} payments after ${warmUp} untimed, ${clients} clients, ledger ${run.verified ? 'verified' : 'FAILED'}, audit chain ${run.chainIntact ? 'intact' : 'BROKEN'}) beside pgbench TPC-B ${tps.toFixed(0)} tps (${clients} clients, scale 1, without connection time, same server): ratio ${ratio.toFixed(2)} (target ≥ 0.5 ${ratio >= 0.5 ? 'met' : 'NOT met'})`);
      lines.push(`  conditions: PostgreSQL ${server?.server_version ?? '?'} on this machine, load average ${os.loadavg().map((n) => n.toFixed(1)).join(' ')} when done`);
    } finally {
      await store.close();
    }
  } finally {
    await database.drop();
  }
  return lines;
}
