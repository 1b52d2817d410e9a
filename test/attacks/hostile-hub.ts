// A hub process for the SIGTERM attacks: it serves /health, runs one hostile API (named by its
// first argument) with a long time limit, and stops on SIGTERM the way `agentos start` does (its
// handler needs the main thread).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Runtime } from '../../src/runtime/index.ts';
import { memoryServices, skillPackage } from '../../src/runtime/test-support.ts';
import { openMemoryStore } from '../../src/store/index.ts';

/** Each attack keeps a sandbox thread busy for as long as its time limit lets it. */
const ATTACKS: Record<string, string> = {
  loop: 'for (;;) {}',
  backtrack: "return /^(a+)+$/.test('a'.repeat(40) + 'b');",
  microtasks: 'for (;;) await null;',
  churn: 'for (;;) { const junk = new Array(1000).fill({ x: 1 }); junk.length = 0; }',
};
const attack = process.argv[2] ?? 'loop';
const pkg = skillPackage('hostile', [{
  path: 'skills/evil',
  files: { 'index.js': `wx.modelContext.createSkill('skills/evil').registerAPI('attack', async () => { ${ATTACKS[attack] ?? ATTACKS.loop} });` },
  apis: [{ name: 'attack' }],
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
void runtime.call({ appId: 'hostile', api: 'attack', arguments: {}, userId: 'u' });
process.stdout.write(`attacking (${attack}) on port ${(server.address() as AddressInfo).port}\n`);
