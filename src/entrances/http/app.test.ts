import { fileURLToPath } from 'node:url';
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
  });
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
});
