import { randomBytes } from 'node:crypto';
import os from 'node:os';
import pg from 'pg';
import { systemClock } from '../src/core/index.ts';
import { payAndTrust } from '../src/pay/test-support.ts';
import { migrate, PgliteStore, PostgresStore, type Store } from '../src/store/index.ts';

const PG_URL = process.env.AGENTOS_BENCH_DATABASE_URL ?? process.env.AGENTOS_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface Run {
  perSecond: number;
  payments: number;
  clients: number;
  verified: boolean;
  chainIntact: boolean;
}

/**
 * `payments` confirmed payments (order, card, the user's tap, capture) from `clients` concurrent
 * clients, timed after `warmUp` more that are not: pgbench reports its tps without its
 * connections' start, so the pool's connections, their prepared statements and the JIT are
 * warm before the clock starts here too.
 */
export async function confirmedPayments(store: Store, payments: number, clients: number, warmUp = 0): Promise<Run> {
  const clock = systemClock();
  const { pay, trust } = payAndTrust(store, clock, { entrancePercent: 1, operatorPercent: 2 });
  const users = Array.from({ length: clients }, (_, i) => `bench-user-${i}`);
  await pay.ensureMerchant('bench-coffee', 'Bench Coffee');
  for (const user of users) await pay.ensureWallet(user, (payments + warmUp) * 10_000);
  let next = 0;
  const run = (until: number) => Promise.all(users.map(async (userId) => {
    const sessionId = `bench-${userId}`;
    while (next < until) {
      const n = next++;
      // The order and its card in one statement (`paymentConfirmationRequest`, written by the trust layer).
      const { order, confirmation: issued } = await pay.createOrderWithCard({
        appId: 'bench-coffee', userId, sessionId, skill: 'order',
        draft: { title: 'latte', amount: 21 + (n % 7), lines: [{ ref: 'd02', name: 'latte', qty: 1, unitPrice: 21 + (n % 7) }], meta: { store: 's1' } },
      }, trust);
      // The user's tap, as the hub takes it: redeem and capture together.
      const tapped = await pay.captureOnTap((input) => trust.redeem(input), {
        confirmationId: issued.id, token: issued.token, userId, sessionId, orderId: order.orderId, amountFen: order.amountFen,
        redeemKey: `tap-${n}`, idempotencyKey: `tap-${n}`, entrance: 'bench',
      });
      if (!tapped.ok) throw new Error(`bench: redeem refused (${tapped.reason})`);
      if (!tapped.captured.ok) throw new Error(`bench: capture refused (${tapped.captured.reason})`);
    }
  }));
  await run(warmUp);
  const started = performance.now();
  await run(warmUp + payments);
  const seconds = (performance.now() - started) / 1000;
  const verification = await pay.verify();
  const chain = await trust.audit.verify();
  await trust.flush();
  const captured = verification.counts.capturedOrders - warmUp;
  return { perSecond: payments / seconds, payments: captured, clients, verified: verification.ok && captured === payments, chainIntact: chain.ok };
}

function describeRun(name: string, run: Run, extra = ''): string {
  return `  ${name}: ${run.perSecond.toFixed(0)} confirmed payments/s (${run.payments} payments, ${run.clients} concurrent clients${extra}); ` +
    `ledger verified ${run.verified ? 'ok' : 'FAILED'}, audit chain ${run.chainIntact ? 'intact' : 'BROKEN'}`;
}

async function onPostgres(payments: number, clients: number): Promise<string> {
  const schema = `bench_${randomBytes(5).toString('hex')}`;
  let store: PostgresStore | undefined;
  try {
    store = await PostgresStore.open(PG_URL, { schema, max: 24 });
    await migrate(store);
    const [version] = await store.query<{ server_version: string }>('SHOW server_version');
    const run = await confirmedPayments(store, payments, clients);
    return describeRun(`postgres ${version?.server_version ?? ''}`.trim(), run, `, pool 24`) + `; target >= 500/s ${run.perSecond >= 500 ? 'met' : 'NOT met'}`;
  } catch (error) {
    return `  postgres: skipped (${error instanceof Error ? error.message : String(error)})`;
  } finally {
    await store?.close();
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect().then(() => admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)).catch(() => undefined).finally(() => admin.end().catch(() => undefined));
  }
}

/** Confirmed payments per second on PGlite and on PostgreSQL, each followed by the ledger check. */
export async function benchPay(): Promise<string[]> {
  const lines = ['pay: confirmed payments per second (create order + confirmation + redeem + capture, all audited)'];
  const pglite = await PgliteStore.open();
  try {
    await migrate(pglite);
    lines.push(describeRun('pglite (in memory)', await confirmedPayments(pglite, 600, 8)));
  } finally {
    await pglite.close();
  }
  lines.push(await onPostgres(4000, 48));
  const load = os.loadavg().map((n) => n.toFixed(1)).join(' ');
  lines.push(`  conditions: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown cpu'}), node ${process.version}, database and hub on the same machine, load average ${load} when done`);
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await benchPay()) console.log(line);
}
