import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Role, type Part } from '@a2a-js/sdk';
import { ClientFactory, ClientFactoryOptions, JsonRpcTransportFactory } from '@a2a-js/sdk/client';
import { Client, InMemoryTransport, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { serveHttp } from '../src/entrances/http/index.ts';
import { hubMcpServer, mcpDeps } from '../src/entrances/mcp/index.ts';
import { openMemoryStore } from '../src/store/index.ts';
import { testHub } from '../test/support/hub-fixture.ts';
import { countingStore, machine, mainThreadCpuMs, ms, percentiles, timeIt } from './support.ts';

const COFFEE = fileURLToPath(new URL('../ecosystem/packages/coffee', import.meta.url));
const text = (value: string): Part => ({ content: { $case: 'text', value }, metadata: undefined, filename: '', mediaType: 'text/plain' });

/**
 * The agent entrances over real loopback HTTP: A2A SendMessage throughput with the local
 * planner (a read-only question per request, each its own task), and MCP tools/call latency
 * against the same server over the SDK's in-memory transport in the same run. Each also says its
 * statements and CPU per request (the client runs in this process too): on a loaded machine the
 * wall-clock figures move with the load average, these much less.
 */
export async function benchProtocols(): Promise<string[]> {
  const store = countingStore(await openMemoryStore());
  const hub = await testHub([COFFEE], { store });
  const { key } = await hub.clients.add('bench');
  const server = await serveHttp(hub, { port: 0 });
  const headers = { authorization: `Bearer ${key}`, 'x-agentos-user': 'bench' };
  try {
    const fetchImpl: typeof fetch = (input, init) => {
      const merged = new Headers(init?.headers);
      for (const [k, v] of Object.entries(headers)) merged.set(k, v);
      return fetch(input, { ...init, headers: merged });
    };
    const a2a = await new ClientFactory(ClientFactoryOptions.createFrom(ClientFactoryOptions.default, { transports: [new JsonRpcTransportFactory({ fetchImpl })] })).createFromUrl(server.url);
    const ask = () => a2a.sendMessage({
      tenant: '', configuration: undefined, metadata: undefined,
      message: { messageId: randomUUID(), contextId: '', taskId: '', role: Role.ROLE_USER, parts: [text('晨光咖啡北京有哪些门店？')], metadata: undefined, extensions: [], referenceTaskIds: [] },
    });
    for (let i = 0; i < 20; i++) await ask(); // warm the sandbox realm and the JIT
    const total = Number(process.env.BENCH_A2A_REQUESTS ?? 600);
    const concurrency = 16;
    let next = 0;
    const before = { statements: store.statements, cpu: process.cpuUsage(), main: mainThreadCpuMs() };
    const started = performance.now();
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (next++ < total) await ask();
    }));
    const perSecond = total / ((performance.now() - started) / 1000);
    const a2aCost = costPer(total, before, store.statements);

    const overHttp = new Client({ name: 'bench', version: '1' }, { versionNegotiation: { mode: 'auto' } });
    await overHttp.connect(new StreamableHTTPClientTransport(new URL(`${server.url}/mcp`), { requestInit: { headers } }));
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    const inMemory = new Client({ name: 'bench', version: '1' });
    await hubMcpServer(await mcpDeps(hub), { userId: 'bench:bench', entrance: 'mcp:bench' }).connect(serverSide);
    await inMemory.connect(clientSide);
    const call = (client: Client) => () => client.callTool({ name: 'coffee.listStores', arguments: { city: '北京' } });
    const runs = Number(process.env.BENCH_MCP_CALLS ?? 200);
    await timeIt(20, call(overHttp));
    await timeIt(20, call(inMemory));
    const beforeHttp = { statements: store.statements, cpu: process.cpuUsage(), main: mainThreadCpuMs() };
    const http = percentiles(await timeIt(runs, call(overHttp)));
    const mcpCost = costPer(runs, beforeHttp, store.statements);
    const memory = percentiles(await timeIt(runs, call(inMemory)));
    await overHttp.close();
    await inMemory.close();
    return [
      `protocols: A2A SendMessage (JSON-RPC, loopback HTTP, local planner, ${total} requests × ${concurrency} concurrent, each a new task) ${perSecond.toFixed(0)} req/s (target ≥ 300/s); per request ${a2aCost} — ${machine()}`,
      `protocols: MCP tools/call coffee.listStores over loopback HTTP (2026-07-28) p50 ${ms(http.p50)} p95 ${ms(http.p95)} (per call ${mcpCost}); the SDK's in-memory transport, same server and call: p50 ${ms(memory.p50)} p95 ${ms(memory.p95)} (${runs} calls each)`,
    ];
  } finally {
    await server.close();
    await hub.close();
  }
}

/** Statements, CPU of every thread and CPU of the main thread, per request since `before`. */
function costPer(requests: number, before: { statements: number; cpu: NodeJS.CpuUsage; main: number | undefined }, statements: number): string {
  const cpu = process.cpuUsage(before.cpu);
  const main = mainThreadCpuMs();
  const mainPart = main !== undefined && before.main !== undefined ? `, main thread ${ms((main - before.main) / requests)}` : '';
  return `${((statements - before.statements) / requests).toFixed(2)} statements, CPU ${ms((cpu.user + cpu.system) / 1000 / requests)}${mainPart}`;
}
