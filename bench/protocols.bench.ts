import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Role, type Part } from '@a2a-js/sdk';
import { ClientFactory, ClientFactoryOptions, JsonRpcTransportFactory } from '@a2a-js/sdk/client';
import { Client, InMemoryTransport, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { serveHttp } from '../src/entrances/http/index.ts';
import { hubMcpServer, mcpDeps } from '../src/entrances/mcp/index.ts';
import { testHub } from '../test/support/hub-fixture.ts';
import { machine, ms, percentiles, timeIt } from './support.ts';

const COFFEE = fileURLToPath(new URL('../ecosystem/packages/coffee', import.meta.url));
const text = (value: string): Part => ({ content: { $case: 'text', value }, metadata: undefined, filename: '', mediaType: 'text/plain' });

/**
 * The agent entrances over real loopback HTTP: A2A SendMessage throughput with the local
 * planner (a read-only question per request, each its own task), and MCP tools/call latency
 * against the same server over the SDK's in-memory transport in the same run.
 */
export async function benchProtocols(): Promise<string[]> {
  const hub = await testHub([COFFEE]);
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
    const started = performance.now();
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (next++ < total) await ask();
    }));
    const perSecond = total / ((performance.now() - started) / 1000);

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
    const http = percentiles(await timeIt(runs, call(overHttp)));
    const memory = percentiles(await timeIt(runs, call(inMemory)));
    await overHttp.close();
    await inMemory.close();
    return [
      `protocols: A2A SendMessage (JSON-RPC, loopback HTTP, local planner, ${total} requests × ${concurrency} concurrent, each a new task) ${perSecond.toFixed(0)} req/s (target ≥ 300/s) — ${machine()}`,
      `protocols: MCP tools/call coffee.listStores over loopback HTTP (2026-07-28) p50 ${ms(http.p50)} p95 ${ms(http.p95)}; the SDK's in-memory transport, same server and call: p50 ${ms(memory.p50)} p95 ${ms(memory.p95)} (${runs} calls each)`,
    ];
  } finally {
    await server.close();
    await hub.close();
  }
}
