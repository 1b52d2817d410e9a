import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../hub/index.ts';
import { testHub } from '../../../test/support/hub-fixture.ts';
import { serveHttp, type RunningServer } from './serve.ts';

/** Every reply tells browsers not to sniff its type; an API's or sign-in's reply is not to be cached. */
describe('the headers every reply carries, over real HTTP', () => {
  let hub: Hub;
  let server: RunningServer;
  let bearer: string;
  beforeAll(async () => {
    hub = await testHub([]);
    bearer = `Bearer ${(await hub.accounts.issue('demo', 'api-token')).secret}`;
    server = await serveHttp(hub, { port: 0 });
  }, 240_000);
  afterAll(async () => {
    await server.close();
    await hub.close();
  });

  const get = (path: string, init: RequestInit = {}) => fetch(`${server.url}${path}`, { ...init, headers: { authorization: bearer, ...init.headers } });
  const marks = (reply: Response) => [reply.headers.get('x-content-type-options'), reply.headers.get('cache-control')];

  it('on JSON, an error, a stream and a page, with the body whole', async () => {
    const me = await get('/api/me');
    expect(me.status).toBe(200);
    expect(marks(me)).toEqual(['nosniff', 'no-store']);
    expect(me.headers.get('content-type')).toMatch(/application\/json/);
    expect(await me.json()).toMatchObject({ user: { id: 'demo' } });

    const missing = await get('/api/sessions/ses_none/events?follow=0');
    expect(marks(missing)).toEqual(['nosniff', 'no-store']);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: expect.anything() });

    const opened = (await (await get('/api/sessions', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } })).json()) as { sessionId: string };
    const events = await get(`/api/sessions/${opened.sessionId}/events?follow=0`);
    expect(marks(events)).toEqual(['nosniff', 'no-store']);
    expect(events.headers.get('content-type')).toMatch(/text\/event-stream/);
    await events.text();

    const card = await fetch(`${server.url}/.well-known/agent-card.json`);
    expect(marks(card)).toEqual(['nosniff', null]);
    expect(await card.json()).toMatchObject({ name: expect.any(String) });
  });
});
