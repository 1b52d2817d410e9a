import { fileURLToPath } from 'node:url';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../hub/index.ts';
import { testHub } from '../../../test/support/hub-fixture.ts';
import { serveHttp } from '../http/index.ts';
import type { RunningServer } from '../http/serve.ts';

const COFFEE = fileURLToPath(new URL('../../../ecosystem/packages/coffee', import.meta.url));

type Era = 'legacy' | 'auto';
interface Connected { client: Client; asked: string[]; answer: { action: 'accept' | 'decline'; content?: Record<string, boolean> } }

/** The official client over loopback HTTP, as a host app would run it: the user's answer comes from `answer`. */
async function connect(url: string, headers: Record<string, string>, era: Era, manual = false): Promise<Connected> {
  const client = new Client({ name: 'agentos-test-host', version: '1.0.0' }, {
    capabilities: { elicitation: { form: {} } },
    versionNegotiation: { mode: era },
    ...(manual ? { inputRequired: { autoFulfill: false } } : {}),
  });
  const connected: Connected = { client, asked: [], answer: { action: 'accept', content: { confirm: true } } };
  client.setRequestHandler('elicitation/create', (request) => {
    connected.asked.push(String(request.params.message));
    return connected.answer;
  });
  await client.connect(new StreamableHTTPClientTransport(new URL(`${url}/mcp`), { requestInit: { headers } }));
  return connected;
}

const text = (result: { content?: unknown }) => ((result.content ?? []) as { type: string; text?: string }[]).map((c) => c.text ?? '').join('\n');

describe('the MCP entrance, with the official client over loopback HTTP', () => {
  let hub: Hub;
  let server: RunningServer;
  let key: string;
  const open: Client[] = [];
  const as = (user: string) => ({ authorization: `Bearer ${key}`, 'x-agentos-user': user });
  const client = async (user: string, era: Era, manual = false) => {
    const c = await connect(server.url, as(user), era, manual);
    open.push(c.client);
    return c;
  };
  const balance = (user: string) => hub.pay.balance(`claude:${user}`);

  beforeAll(async () => {
    hub = await testHub([COFFEE]);
    ({ key } = await hub.clients.add('claude'));
    for (const user of ['ann', 'ben', 'cat', 'dan']) await hub.pay.topUp(`claude:${user}`, 50_000, `fund-${user}`);
    server = await serveHttp(hub, { port: 0 });
  }, 240_000);
  afterAll(async () => {
    await Promise.all(open.map((c) => c.close().catch(() => undefined)));
    await server.close();
    await hub.close();
  });

  /** Store, menu, then an order: the IDs the order names come from the first two results. */
  async function order(c: Client) {
    const stores = await c.callTool({ name: 'coffee.listStores', arguments: { city: '北京' } });
    const storeId = (stores.structuredContent as { stores: { id: string }[] }).stores[0]?.id ?? '';
    const menu = await c.callTool({ name: 'coffee.getMenu', arguments: {} });
    const drinkId = (menu.structuredContent as { drinks: { id: string }[] }).drinks[0]?.id ?? '';
    return { name: 'coffee.placeOrder', arguments: { storeId, fulfilment: 'pickup', items: [{ drinkId, qty: 2, size: 'L' }] } };
  }

  for (const [era, version] of [['legacy', '2025-11-25'], ['auto', '2026-07-28']] as const) {
    describe(`a ${version} client`, () => {
      it('lists the live APIs with honest hints and calls a read-only one without asking anything', async () => {
        const c = await client('ann', era);
        expect(c.client.getNegotiatedProtocolVersion()).toBe(version);
        const { tools } = await c.client.listTools();
        const byName = new Map(tools.map((t) => [t.name, t]));
        expect(byName.get('ask')?.inputSchema.required).toEqual(['sentence']);
        expect(byName.get('coffee.listStores')?.annotations).toMatchObject({ readOnlyHint: true, openWorldHint: true });
        expect(byName.get('coffee.placeOrder')?.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: true });
        expect(tools.every((t) => (t.description ?? '').length > 0)).toBe(true);
        const stores = await c.client.callTool({ name: 'coffee.listStores', arguments: { city: '北京' } });
        expect(stores.isError).toBeFalsy();
        expect((stores.structuredContent as { stores: unknown[] }).stores.length).toBeGreaterThan(0);
        expect(c.asked).toEqual([]);
      });

      it('asks the user before a paying call and pays only after their yes; a no pays nothing', async () => {
        const user = era === 'legacy' ? 'ben' : 'cat';
        const c = await client(user, era);
        const before = await balance(user);
        c.answer = { action: 'decline' };
        const declined = await c.client.callTool(await order(c.client));
        expect(c.asked).toHaveLength(1);
        expect(c.asked[0]).toMatch(/合计 \/ Total: ¥\d+\.\d\d/);
        expect(text(declined)).toMatch(/未支付|not charged/);
        expect(await balance(user)).toBe(before);

        c.answer = { action: 'accept', content: { confirm: true } };
        const paid = await c.client.callTool(await order(c.client));
        expect(c.asked).toHaveLength(2);
        const total = Number(/Total: ¥(\d+\.\d\d)/.exec(c.asked[1] ?? '')?.[1]);
        expect(paid.isError).toBeFalsy();
        expect(text(paid)).toContain(`¥${total.toFixed(2)}`);
        expect(before - (await balance(user))).toBe(Math.round(total * 100));
        const [captured] = await hub.pay.listOrders({ userId: `claude:${user}`, status: 'paid' });
        expect(captured).toMatchObject({ amountFen: Math.round(total * 100), split: { entrance: 'mcp:claude' } });
      });
    });
  }

  it('takes a whole sentence through the orchestrator with ask', async () => {
    const c = await client('ann', 'auto');
    const result = await c.client.callTool({ name: 'ask', arguments: { sentence: '晨光咖啡北京有哪些门店？' } });
    expect(result.isError).toBeFalsy();
    expect(text(result)).toMatch(/国贸/);
  });

  it('pays nothing for an altered, replayed or borrowed requestState', async () => {
    const c = await client('dan', 'auto', true);
    const call = await order(c.client);
    const ask = (params: Record<string, unknown>) => c.client.request({ method: 'tools/call', params: { ...call, ...params } }, { allowInputRequired: true }) as Promise<Record<string, unknown>>;
    const first = await ask({});
    expect(first.resultType).toBe('input_required');
    const state = String(first.requestState);
    expect(Buffer.from(state.slice(3), 'base64url').toString('latin1')).not.toMatch(/confirmation|sessionId/); // sealed, not just signed
    const yes = { decision: { action: 'accept', content: { confirm: true } } };
    const before = await balance('dan');

    const flipped = `${state.slice(0, -2)}${state.at(-2) === 'A' ? 'B' : 'A'}${state.at(-1)}`;
    await expect(ask({ inputResponses: yes, requestState: flipped })).rejects.toThrow(/requestState/);
    await expect(ask({ arguments: { ...call.arguments, items: [] }, inputResponses: yes, requestState: state })).rejects.toThrow(/requestState/);
    const other = await client('ann', 'auto', true);
    await expect(other.client.request({ method: 'tools/call', params: { ...call, inputResponses: yes, requestState: state } }, { allowInputRequired: true })).rejects.toThrow(/requestState/);
    expect(await balance('dan')).toBe(before);

    const paid = await ask({ inputResponses: yes, requestState: state });
    expect(paid.isError).toBeFalsy();
    const after = await balance('dan');
    expect(after).toBeLessThan(before);
    const replayed = await ask({ inputResponses: yes, requestState: state });
    expect(replayed.isError).toBe(true);
    expect(await balance('dan')).toBe(after);
  });

  it('refuses a bad key, no key, and a foreign Origin', async () => {
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'x', version: '1' } } });
    const post = (headers: Record<string, string>) => fetch(`${server.url}/mcp`, { method: 'POST', body, headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers } });
    const bad = await post({ authorization: 'Bearer aos_c_not-a-real-key' });
    expect(bad.status).toBe(401);
    const none = await post({});
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await post({ ...as('ann'), origin: 'http://evil.example' })).status).toBe(403);
  });
});
