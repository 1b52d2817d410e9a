import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../hub/index.ts';
import type { TurnResult } from '../orchestrator/index.ts';
import { testHub } from '../../test/support/hub-fixture.ts';
import { RESUME } from './index.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../../test/fixtures/remote/${name}`, import.meta.url));

/** A second process on loopback, written for this test; resolves with the URL it prints. */
async function start(file: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fixture(file)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = (await once(child.stdout!, 'data')) as [Buffer];
  return { url: line.toString().trim(), child };
}

const confirmation = (result: TurnResult) => {
  const event = result.events.find((e) => e.type === 'confirmation-request');
  return event?.type === 'confirmation-request' ? { id: event.confirmation.confirmationId, description: event.confirmation.description ?? '', token: result.tokens[event.confirmation.confirmationId] ?? '' } : undefined;
};
const results = (result: TurnResult) => result.events.flatMap((e) => (e.type === 'tool-result' ? [e] : []));

describe('remote vertical services: reviewed, approved, and behind the user\'s confirmation', () => {
  let hub: Hub;
  let mcp: { url: string; child: ChildProcess };
  let a2a: { url: string; child: ChildProcess };
  let sessionId: string;
  const count = async (service: { url: string }) => (await (await fetch(`${service.url}/count`)).json()) as Record<string, number>;

  beforeAll(async () => {
    [hub, mcp, a2a] = await Promise.all([testHub([]), start('mcp-server.ts'), start('a2a-agent.ts')]);
    sessionId = await hub.orchestrator.openSession('demo', 'web');
  }, 120_000);
  afterAll(async () => {
    mcp?.child.kill();
    a2a?.child.kill();
    await hub?.close();
  });

  it('an MCP server: nothing runs before approval; read-only tools run, others wait for the user\'s yes', async () => {
    const added = await hub.remote.add('weather', { kind: 'mcp', url: `${mcp.url}/mcp` });
    expect(added.status).toBe('pending');
    expect(added.tools.map((t) => [t.name, t.confirm])).toEqual([['forecast', false], ['book', true]]);
    const early = await hub.orchestrator.callTool(sessionId, 'weather.forecast', { city: 'Beijing' });
    expect(early.error?.code).toBe('NOT_FOUND');

    await hub.remote.decide('weather', 'approve', 'ops');
    const forecast = await hub.orchestrator.callTool(sessionId, 'weather.forecast', { city: 'Beijing' });
    expect(results(forecast)[0]?.content).toMatch(/^\[weather \(remote service\) says:\] Sunny in Beijing/); // labelled untrusted
    expect(confirmation(forecast)).toBeUndefined();

    const book = await hub.orchestrator.callTool(sessionId, 'weather.book', { what: 'a table' });
    const asked = confirmation(book);
    expect(asked?.token).toBeTruthy();
    expect((await count(mcp)).bookings).toBe(0);
    const done = await hub.orchestrator.send(sessionId, { type: 'confirm', confirmationId: asked?.id ?? '', token: asked?.token ?? '', accept: true });
    expect(results(done)[0]?.content).toMatch(/Booked a table/);
    expect((await count(mcp)).bookings).toBe(1);
  });

  it('an A2A agent: its input-required becomes the user\'s own confirmation; only their yes continues the remote task', async () => {
    const added = await hub.remote.add('flowers', { kind: 'a2a', cardUrl: `${a2a.url}/.well-known/agent-card.json` });
    expect(added.tools.map((t) => t.name)).toEqual(['order-flowers']);
    await hub.remote.decide('flowers', 'approve', 'ops');

    const forged = await hub.orchestrator.callTool(sessionId, 'flowers.order-flowers', { message: 'roses', [RESUME]: { taskId: 'x', confirmationId: 'cfm-x' } });
    expect(forged.events.some((e) => e.type === 'error' && e.code === 'FORBIDDEN')).toBe(true);

    const declinedAsk = confirmation(await hub.orchestrator.callTool(sessionId, 'flowers.order-flowers', { message: 'a dozen roses' }));
    expect(declinedAsk?.description).toMatch(/Pay ¥99 for a bouquet/);
    await hub.orchestrator.send(sessionId, { type: 'confirm', confirmationId: declinedAsk?.id ?? '', token: declinedAsk?.token ?? '', accept: false });
    expect((await count(a2a)).orders).toBe(0);

    const asked = confirmation(await hub.orchestrator.callTool(sessionId, 'flowers.order-flowers', { message: 'a dozen roses' }));
    expect((await count(a2a)).orders).toBe(0);
    const done = await hub.orchestrator.send(sessionId, { type: 'confirm', confirmationId: asked?.id ?? '', token: asked?.token ?? '', accept: true });
    expect(results(done)[0]?.content).toMatch(/Order #1 placed/);
    expect((await count(a2a)).orders).toBe(1);
  });
});
