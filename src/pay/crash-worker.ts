/**
 * A hub stand-in for the crash test: opens a PostgreSQL store schema and carries out users'
 * confirm gestures (redeem, then capture, each under the gesture's idempotency key), printing a
 * line per payment. The test kills it with SIGKILL at random points and runs it again.
 *
 * usage: node --import tsx src/pay/crash-worker.ts <database-url> <schema> <requests.json>
 */
import { readFileSync } from 'node:fs';
import { systemClock } from '../core/index.ts';
import { PostgresStore } from '../store/index.ts';
import { payAndTrust } from './test-support.ts';

export interface CrashRequest {
  confirmationId: string;
  token: string;
  userId: string;
  sessionId: string;
  orderId: string;
  amountFen: number;
  key: string;
}

const [url, schema, file] = process.argv.slice(2);
if (!url || !schema || !file) {
  process.stderr.write('usage: crash-worker.ts <database-url> <schema> <requests.json>\n');
  process.exit(2);
}
const requests = JSON.parse(readFileSync(file, 'utf8')) as CrashRequest[];
const store = await PostgresStore.open(url, { schema, max: 8 });
const { pay, trust } = payAndTrust(store, systemClock());
process.stdout.write('ready\n');

let next = 0;
await Promise.all(Array.from({ length: 4 }, async () => {
  while (next < requests.length) {
    const index = next++;
    const request = requests[index] as CrashRequest;
    // The user's tap as the hub takes it: redeem and capture in one statement when it can.
    const tapped = await pay.captureOnTap((input) => trust.redeem(input), {
      confirmationId: request.confirmationId, token: request.token, userId: request.userId, sessionId: request.sessionId,
      orderId: request.orderId, amountFen: request.amountFen, redeemKey: request.key, idempotencyKey: request.key, entrance: 'crash-test',
    });
    if (!tapped.ok) {
      process.stdout.write(`done ${index} refused:${tapped.reason}\n`);
      continue;
    }
    const { captured } = tapped;
    process.stdout.write(`done ${index} ${captured.ok ? (captured.replayed ? 'replayed' : 'captured') : `refused:${captured.reason}`}\n`);
  }
}));
await trust.flush();
await store.close();
process.stdout.write('finished\n');
