import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { Role, TaskState, type Part, type SendMessageResult } from '@a2a-js/sdk';
import { ClientFactory, ClientFactoryOptions, JsonRpcTransportFactory } from '@a2a-js/sdk/client';
import { mainThreadCpuMs } from './support.ts';

/**
 * The protocols bench's A2A load generator, run in a process of its own (as pgbench is to
 * PostgreSQL) so the hub's CPU figures are the hub's alone. The parent sends a `LoadOrder`; this
 * process warms up, says `warm`, then for each of the order's rounds waits for `go`, runs the loop
 * and answers with that round's `LoadReport`.
 * Only a completed task whose reply holds every expected word, on a task and context of its own,
 * counts as served; anything else is a failure, never throughput.
 */
export interface LoadOrder {
  url: string;
  headers: Record<string, string>;
  sentence: string;
  /** Words every reply must hold. */
  expect: string[];
  warmup: number;
  /** Requests in each measured round. */
  total: number;
  rounds: number;
  concurrency: number;
}

export interface LoadReport {
  completed: number;
  failed: number;
  /** The first few failures, as said. */
  failures: string[];
  seconds: number;
  /** The client's own CPU per request, every thread and its main thread, in ms. */
  cpuMs: number;
  mainThreadMs: number | undefined;
}

export type LoadMessage = { kind: 'warm' } | { kind: 'done'; report: LoadReport } | { kind: 'error'; message: string };

const text = (value: string): Part => ({ content: { $case: 'text', value }, metadata: undefined, filename: '', mediaType: 'text/plain' });

/** Why `result` is not a completed answer holding `expect` on a task and context not seen before, or undefined. */
export function wrongReply(result: SendMessageResult, expect: string[], seen: Set<string>): string | undefined {
  if (!('status' in result)) return 'a message, not a task';
  const state = result.status?.state;
  if (state !== TaskState.TASK_STATE_COMPLETED) return `task ${result.id} is ${TaskState[state ?? 0] ?? state}`;
  const reply = (result.status?.message?.parts ?? []).map((p) => (p.content?.$case === 'text' ? p.content.value : '')).join('');
  const missing = expect.filter((word) => !reply.includes(word));
  if (missing.length) return `task ${result.id} answered without ${missing.join(', ')}: ${reply.slice(0, 200)}`;
  for (const id of [`task ${result.id}`, `context ${result.contextId}`]) {
    if (seen.has(id)) return `${id} seen before`;
    seen.add(id);
  }
  return undefined;
}

async function run(order: LoadOrder): Promise<void> {
  const fetchImpl: typeof fetch = (input, init) => {
    const merged = new Headers(init?.headers);
    for (const [name, value] of Object.entries(order.headers)) merged.set(name, value);
    return fetch(input, { ...init, headers: merged });
  };
  const factory = new ClientFactory(ClientFactoryOptions.createFrom(ClientFactoryOptions.default, { transports: [new JsonRpcTransportFactory({ fetchImpl })] }));
  const client = await factory.createFromUrl(order.url);
  const seen = new Set<string>();
  const report: LoadReport = { completed: 0, failed: 0, failures: [], seconds: 0, cpuMs: 0, mainThreadMs: undefined };
  const ask = async (): Promise<void> => {
    try {
      const result = await client.sendMessage({
        tenant: '', configuration: undefined, metadata: undefined,
        message: { messageId: randomUUID(), contextId: '', taskId: '', role: Role.ROLE_USER, parts: [text(order.sentence)], metadata: undefined, extensions: [], referenceTaskIds: [] },
      });
      const wrong = wrongReply(result, order.expect, seen);
      if (wrong === undefined) return void report.completed++;
      fail(wrong);
    } catch (error) {
      fail(`error: ${(error as Error).message}`);
    }
  };
  const fail = (why: string) => {
    report.failed++;
    if (report.failures.length < 5) report.failures.push(why);
  };
  const loop = async (requests: number) => {
    let next = 0;
    await Promise.all(Array.from({ length: order.concurrency }, async () => {
      while (next++ < requests) await ask();
    }));
  };
  await loop(order.warmup);
  if (report.failed) return send({ kind: 'done', report });
  send({ kind: 'warm' });
  for (let round = 0; round < order.rounds; round++) {
    await new Promise((resolve) => process.once('message', resolve));
    send({ kind: 'done', report: await measure() });
  }

  async function measure(): Promise<LoadReport> {
    Object.assign(report, { completed: 0, failed: 0, failures: [] });
    const cpu = process.cpuUsage();
    const main = mainThreadCpuMs();
    const started = performance.now();
    await loop(order.total);
    const used = process.cpuUsage(cpu);
    const mainNow = mainThreadCpuMs();
    return {
      ...report, failures: [...report.failures],
      seconds: (performance.now() - started) / 1000,
      cpuMs: (used.user + used.system) / 1000 / order.total,
      mainThreadMs: mainNow !== undefined && main !== undefined ? (mainNow - main) / order.total : undefined,
    };
  }
}

function send(message: LoadMessage): void {
  process.send?.(message);
}

if (process.send && import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.once('message', (order: LoadOrder) => {
    run(order).catch((error: unknown) => send({ kind: 'error', message: (error as Error).message })).finally(() => process.disconnect());
  });
}
