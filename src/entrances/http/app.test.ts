import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../hub/index.ts';
import type { TurnResult } from '../../orchestrator/index.ts';
import { testHub } from '../../../test/support/hub-fixture.ts';
import { httpApp } from './app.ts';
import { TurnResult as TurnSchema } from './schemas.ts';
import { clientOf, type TestClient } from './test-support.ts';

const PET_SPA = fileURLToPath(new URL('../../../test/fixtures/packages/pet-spa', import.meta.url));

describe('the HTTP API, for a signed-in user', () => {
  let hub: Hub;
  let demo: TestClient;
  beforeAll(async () => {
    hub = await testHub([PET_SPA]);
    demo = clientOf(httpApp(hub), { bearer: (await hub.accounts.issue('demo', 'api-token')).secret });
  }, 240_000); // installs on a busy machine
  afterAll(() => hub.close());

  it('completes a paid request: message, confirmation card, the user\'s tap, receipt, order and wallet', async () => {
    const before = (await (await demo.get('/api/me/wallet')).json()) as { balanceFen: number };
    const opened = await demo.post('/api/sessions', {});
    expect(opened.status).toBe(201);
    const { sessionId } = (await opened.json()) as { sessionId: string };
    const first = (await (await demo.post(`/api/sessions/${sessionId}/input`, { type: 'message', text: '帮我约明天下午两点在望京店给小型犬洗澡' })).json()) as TurnResult;
    expect(TurnSchema.safeParse(first).success).toBe(true); // the response is what /openapi.json says
    const card = first.events.find((e) => e.type === 'confirmation-request');
    expect(card?.type === 'confirmation-request' && card.confirmation.amount).toBe(68);
    expect(JSON.stringify(first.events)).not.toContain(Object.values(first.tokens)[0]); // the token is not in the feed
    const id = card?.type === 'confirmation-request' ? card.confirmation.confirmationId : '';
    const paid = (await (await demo.post(`/api/sessions/${sessionId}/input`, { type: 'confirm', confirmationId: id, token: first.tokens[id], accept: true })).json()) as TurnResult;
    expect(paid.events.find((e) => e.type === 'payment')).toMatchObject({ status: 'captured', amount: 68 });
    expect(paid.taskState).toBe('completed');
    const text = await (await demo.get(`/api/sessions/${sessionId}/events?follow=0`)).text();
    expect(text).toContain('event: confirmation-request');
    expect(text).toContain('event: payment');
    const { orders } = (await (await demo.get('/api/me/orders?status=paid')).json()) as { orders: { amount: number; sessionId: string; merchantName: string }[] };
    expect(orders).toEqual([expect.objectContaining({ amount: 68, sessionId })]);
    const after = (await (await demo.get('/api/me/wallet')).json()) as { balanceFen: number };
    expect(before.balanceFen - after.balanceFen).toBe(6800);
    const { sessions } = (await (await demo.get('/api/me/sessions')).json()) as { sessions: { sessionId: string; taskState: string }[] };
    expect(sessions[0]).toMatchObject({ sessionId, taskState: 'completed' });
  });

  it('answers a broken request with a clear error in the one error model', async () => {
    const { sessionId } = (await (await demo.post('/api/sessions', {})).json()) as { sessionId: string };
    const bad = await demo.post(`/api/sessions/${sessionId}/input`, { type: 'confirm', confirmationId: 'c' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'BAD_REQUEST', details: { where: 'token' } } });
    const notJson = await demo.post('/api/sessions', undefined, {});
    expect(notJson.status).toBe(201); // no body is an empty object
    const broken = await demo.raw('POST', '/api/sessions', '{', { 'content-type': 'application/json' });
    expect(((await broken.json()) as { error: { message: string } }).error.message).toContain('the request body is not JSON');
    const missing = await demo.post('/api/sessions/ses_nope/input', { type: 'message', text: 'hi' });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'NOT_FOUND', details: { fix: expect.stringContaining('POST /api/sessions') } } });
  });

  it('tells who is signed in and which role they hold', async () => {
    expect(await (await demo.get('/api/me')).json()).toMatchObject({ user: { id: 'demo', role: 'user' }, hasPassword: false });
  });

  it('publishes OpenAPI 3.1 from the schemas it validates with, and real responses match it', async () => {
    const doc = (await (await clientOf(httpApp(hub)).get('/openapi.json')).json()) as { openapi: string; paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown> } };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/sessions/{id}/input', '/api/sessions/{id}/events', '/api/me/orders', '/api/me/wallet', '/api/auth/login']));
    const ajv = new Ajv2020({ strict: false });
    const validator = (name: string) => ajv.compile({ $id: `urn:agentos:${name}`, $ref: `#/components/schemas/${name}`, components: doc.components });
    const { sessionId } = (await (await demo.post('/api/sessions', {})).json()) as { sessionId: string };
    const turn = await (await demo.post(`/api/sessions/${sessionId}/input`, { type: 'message', text: '帮我约明天下午两点在望京店给小型犬洗澡' })).json();
    expect(validator('TurnResult')(turn)).toBe(true);
    expect(validator('Me')(await (await demo.get('/api/me')).json())).toBe(true);
    expect(validator('OrderList')(await (await demo.get('/api/me/orders')).json())).toBe(true);
    const tooLong = { type: 'message', text: 'x'.repeat(4_001) };
    expect(validator('UserInput')(tooLong)).toBe(false); // the document says what the server refuses
    expect((await demo.post(`/api/sessions/${sessionId}/input`, tooLong)).status).toBe(400);
  });

  it('pushes a session\'s events over SSE as they are saved, and resumes after Last-Event-ID', async () => {
    const { sessionId } = (await (await demo.post('/api/sessions', {})).json()) as { sessionId: string };
    const stream = await demo.get(`/api/sessions/${sessionId}/events`);
    expect(stream.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
    let received = '';
    const turn = demo.post(`/api/sessions/${sessionId}/input`, { type: 'message', text: '有什么服务' });
    while (!/event: task-state[\s\S]*"state":"(completed|input-required)"/.test(received)) {
      const { value, done } = await reader.read();
      if (done) break;
      received += value;
    }
    await reader.cancel();
    const ids = [...received.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]));
    expect(ids).toEqual(ids.map((_, i) => i + 1)); // every event, in order, once
    const all = ((await (await turn).json()) as TurnResult).events.length;
    const resumed = await (await demo.get(`/api/sessions/${sessionId}/events?follow=0`, { 'last-event-id': '2' })).text();
    const resumedIds = [...resumed.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]));
    expect(resumedIds[0]).toBe(3);
    expect(resumedIds.at(-1)).toBe(all);
  });

  it('lets an operator set a mini-program\'s request allowlist: https origins only, exact host and port; nobody else', async () => {
    await hub.accounts.setRole('bob', 'operator');
    const operator = clientOf(httpApp(hub), { bearer: (await hub.accounts.issue('bob', 'api-token')).secret });
    const listed = (await (await operator.get('/api/apps')).json()) as { apps: { appId: string }[] };
    const id = listed.apps[0]!.appId;
    expect((await demo.post(`/api/apps/${id}/domains`, { action: 'add', origin: 'https://evil.example.com' })).status).toBe(403);
    const added = await operator.post(`/api/apps/${id}/domains`, { action: 'add', origin: 'https://API.example.com:8443/' });
    expect(await added.json()).toEqual({ app: id, domains: ['https://api.example.com:8443'] });
    const plain = await operator.post(`/api/apps/${id}/domains`, { action: 'add', origin: 'http://api.example.com' });
    expect(plain.status).toBe(400);
    expect(((await plain.json()) as { error: { message: string } }).error.message).toMatch(/only https/);
    expect((await operator.post(`/api/apps/${id}/domains`, { action: 'add', origin: 'https://a.example.com/path' })).status).toBe(400);
    expect((await operator.post('/api/apps/no-such-app/domains', { action: 'add', origin: 'https://a.example.com' })).status).toBe(404);
    expect(await (await operator.get(`/api/apps/${id}/domains`)).json()).toEqual({ app: id, domains: ['https://api.example.com:8443'] });
  });

  it('lets an operator switch automatic mode: the live tools are the ones the version\'s review showed; nobody else may', async () => {
    await hub.accounts.setRole('bob', 'operator');
    const operator = clientOf(httpApp(hub), { bearer: (await hub.accounts.issue('bob', 'api-token')).secret });
    const [version] = await hub.catalog.list();
    const id = version!.appId;
    expect((await demo.post(`/api/apps/${id}/automatic`, { on: true })).status).toBe(403);
    expect((await operator.post('/api/apps/no-such-app/automatic', { on: true })).status).toBe(404);
    expect((await operator.post(`/api/apps/${id}/automatic`, { on: 'yes' })).status).toBe(400);
    const on = (await (await operator.post(`/api/apps/${id}/automatic`, { on: true })).json()) as { automatic: boolean; tools: string[] };
    const derived = ((version!.review as { automatic: { tools: { name: string }[] } }).automatic.tools).map((t) => t.name);
    expect(on.automatic).toBe(true);
    expect(on.tools.sort()).toEqual(derived.sort());
    expect(await (await operator.get(`/api/apps/${id}/automatic`)).json()).toMatchObject({ automatic: true });
    expect(await (await operator.post(`/api/apps/${id}/automatic`, { on: false })).json()).toEqual({ app: id, automatic: false, tools: [] });
  });
});
