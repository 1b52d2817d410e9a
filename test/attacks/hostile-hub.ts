// A hub process for the SIGTERM attack: it serves /health, runs a hostile endless loop with a long
// time limit, and stops on SIGTERM the way `agentos start` does (its handler needs the main thread).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Runtime } from '../../src/runtime/index.ts';
import { memoryServices, skillPackage } from '../../src/runtime/test-support.ts';
import { openMemoryStore } from '../../src/store/index.ts';

const pkg = skillPackage('hostile', [{
  path: 'skills/evil',
  files: { 'index.js': `wx.modelContext.createSkill('skills/evil').registerAPI('loop', async () => { for (;;) {} });` },
  apis: [{ name: 'loop' }],
}]);
const store = await openMemoryStore();
const runtime = new Runtime({ store, services: memoryServices(), limits: { memoryLimitBytes: 32 * 2 ** 20, timeLimitMs: 120_000 }, resolve: async () => ({ version: 'v1', pkg }) });
const server = createServer((_req, res) => res.end('ok'));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
process.once('SIGTERM', () => {
  runtime.dispose();
  server.close();
  void store.close().finally(() => process.exit(0));
});
void runtime.call({ appId: 'hostile', api: 'loop', arguments: {}, userId: 'u' });
process.stdout.write(`looping on port ${(server.address() as AddressInfo).port}\n`);
