import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../hub/index.ts';
import type { TurnResult } from '../../orchestrator/index.ts';
import { testHub } from '../../../test/support/hub-fixture.ts';
import { httpApp } from './app.ts';

const PET_SPA = fileURLToPath(new URL('../../../test/fixtures/packages/pet-spa', import.meta.url));

describe('the HTTP API', () => {
  let hub: Hub;
  let app: ReturnType<typeof httpApp>;
  beforeAll(async () => {
    hub = await testHub([PET_SPA]);
    app = httpApp(hub);
  });
  afterAll(() => hub.close());

  const post = (path: string, json: unknown) => app.request(path, { method: 'POST', body: JSON.stringify(json), headers: { 'content-type': 'application/json' } });

  it('completes a paid request: message, confirmation card, the user\'s tap, receipt', async () => {
    const { sessionId } = (await (await post('/api/sessions', { user: 'demo' })).json()) as { sessionId: string };
    const first = (await (await post(`/api/sessions/${sessionId}/input`, { type: 'message', text: '帮我约明天下午两点在望京店给小型犬洗澡' })).json()) as TurnResult;
    const card = first.events.find((e) => e.type === 'confirmation-request');
    expect(card?.type === 'confirmation-request' && card.confirmation.amount).toBe(68);
    expect(JSON.stringify(first.events)).not.toContain(Object.values(first.tokens)[0]); // the token is not in the feed
    const id = card?.type === 'confirmation-request' ? card.confirmation.confirmationId : '';
    const forged = await post(`/api/sessions/${sessionId}/input`, { type: 'confirm', confirmationId: id, token: 'guess', accept: true });
    expect(((await forged.json()) as TurnResult).events.some((e) => e.type === 'payment')).toBe(false);
    const paid = (await (await post(`/api/sessions/${sessionId}/input`, { type: 'confirm', confirmationId: id, token: first.tokens[id], accept: true })).json()) as TurnResult;
    expect(paid.events.find((e) => e.type === 'payment')).toMatchObject({ status: 'captured', amount: 68 });
    expect(paid.taskState).toBe('completed');
    const feed = await app.request(`/api/sessions/${sessionId}/events?follow=0`);
    const text = await feed.text();
    expect(text).toContain('event: confirmation-request');
    expect(text).toContain('event: payment');
  });

  it('answers a broken request with a clear error in the one error model', async () => {
    const bad = await post('/api/sessions/x/input', { type: 'confirm', confirmationId: 'c' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'BAD_REQUEST' } });
    const notJson = await app.request('/api/sessions', { method: 'POST', body: '{', headers: { 'content-type': 'application/json' } });
    expect(((await notJson.json()) as { error: { message: string } }).error.message).toBe('the request body is not JSON');
    const missing = await post('/api/sessions/ses_nope/input', { type: 'message', text: 'hi' });
    expect(missing.status).toBe(404);
    const stranger = await post('/api/sessions', { user: 'nobody' });
    expect(stranger.status).toBe(404);
  });

  it('lets the console set a mini-program\'s request allowlist: https origins only, exact host and port', async () => {
    const listed = (await (await app.request('/api/apps')).json()) as { apps: { appId: string }[] };
    const id = listed.apps[0]!.appId;
    const added = await post(`/api/apps/${id}/domains`, { action: 'add', origin: 'https://API.example.com:8443/' });
    expect(await added.json()).toEqual({ app: id, domains: ['https://api.example.com:8443'] });
    const plain = await post(`/api/apps/${id}/domains`, { action: 'add', origin: 'http://api.example.com' });
    expect(plain.status).toBe(400);
    expect(((await plain.json()) as { error: { message: string } }).error.message).toMatch(/only https/);
    expect((await post(`/api/apps/${id}/domains`, { action: 'add', origin: 'https://a.example.com/path' })).status).toBe(400);
    expect((await post('/api/apps/no-such-app/domains', { action: 'add', origin: 'https://a.example.com' })).status).toBe(404);
    expect(await (await app.request(`/api/apps/${id}/domains`)).json()).toEqual({ app: id, domains: ['https://api.example.com:8443'] });
  });
});
