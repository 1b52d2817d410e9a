import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../hub/index.ts';
import type { TurnResult } from '../../orchestrator/index.ts';
import { testHub } from '../../../test/support/hub-fixture.ts';
import { httpApp } from './app.ts';
import { serveHttp } from './serve.ts';
import { clientOf, sessionCookie, type TestClient } from './test-support.ts';

const PET_SPA = fileURLToPath(new URL('../../../test/fixtures/packages/pet-spa', import.meta.url));
const BOOK = '帮我约明天下午两点在望京店给小型犬洗澡';

type ErrorBody = { error: { code: string; message: string; details: Record<string, unknown> } };
const error = async (response: Response) => ((await response.json()) as ErrorBody).error;

/**
 * Each hole issue 12 found by trying the API as a stranger, closed: what the stranger gets
 * now, with the status and the message a client can act on.
 */
describe('the HTTP API, tried as a stranger would', () => {
  let hub: Hub;
  let app: ReturnType<typeof httpApp>;
  let demo: TestClient;
  let bob: TestClient;
  let anonymous: TestClient;
  /** demo's session, waiting for demo's confirmation of a 68-yuan order. */
  let session: string;
  let confirmationId: string;
  let token: string;
  beforeAll(async () => {
    hub = await testHub([PET_SPA]);
    app = httpApp(hub);
    demo = clientOf(app, { bearer: (await hub.accounts.issue('demo', 'api-token')).secret });
    bob = clientOf(app, { bearer: (await hub.accounts.issue('bob', 'api-token')).secret });
    anonymous = clientOf(app);
    session = ((await (await demo.post('/api/sessions', {})).json()) as { sessionId: string }).sessionId;
    const turn = (await (await demo.post(`/api/sessions/${session}/input`, { type: 'message', text: BOOK })).json()) as TurnResult;
    confirmationId = Object.keys(turn.tokens)[0] ?? '';
    token = turn.tokens[confirmationId] ?? '';
  }, 240_000); // installs on a busy machine
  afterAll(() => hub.close());

  it('listens on loopback unless told otherwise', async () => {
    const server = await serveHttp(hub, { port: 0 });
    try {
      expect(server.host).toBe('127.0.0.1');
      expect((await fetch(`${server.url}/health`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('asks every route but /health, /openapi.json and sign-in for a credential (401)', async () => {
    const doc = (await (await anonymous.get('/openapi.json')).json()) as { paths: Record<string, Record<string, { security: unknown[] }>> };
    const guarded = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).filter(([, op]) => op.security.length).map(([method]) => ({ method, path: path.replace(/\{[^}]+\}/g, session) })));
    expect(guarded.length).toBeGreaterThan(10);
    for (const { method, path } of guarded) {
      const response = await anonymous.raw(method.toUpperCase(), path, method === 'get' || method === 'delete' ? undefined : '{}', { 'content-type': 'application/json' });
      expect(response.status, `${method} ${path}`).toBe(401);
      expect((await error(response)).message).toContain('sign in first');
    }
    const forged = await clientOf(app, { bearer: 'aos_t_guessed' }).get('/api/me');
    expect(forged.status).toBe(401);
    expect((await error(forged)).details.fix).toContain('agentos users token');
  });

  it('lists users to operators only', async () => {
    expect((await bob.get('/api/users')).status).toBe(403);
    await hub.accounts.setRole('alice', 'operator');
    const operator = clientOf(app, { bearer: (await hub.accounts.issue('alice', 'api-token')).secret });
    const { users } = (await (await operator.get('/api/users')).json()) as { users: { id: string; role: string }[] };
    expect(users).toContainEqual({ id: 'alice', name: expect.any(String), lang: expect.any(String), role: 'operator' });
  });

  it('opens a session as the signed-in user only: nobody opens one as demo', async () => {
    const refused = await bob.post('/api/sessions', { user: 'demo' });
    expect(refused.status).toBe(403);
    expect((await error(refused)).details.where).toBe('user');
    const { sessionId } = (await (await bob.post('/api/sessions', {})).json()) as { sessionId: string };
    expect(await hub.orchestrator.sessions.ownerOf(sessionId)).toBe('bob');
  });

  it("does not let another user's token read or act on a session (404, as if it did not exist)", async () => {
    const tries = [
      bob.get(`/api/sessions/${session}`),
      bob.get(`/api/sessions/${session}/events?follow=0`),
      bob.post(`/api/sessions/${session}/input`, { type: 'message', text: '取消' }),
      bob.post(`/api/sessions/${session}/input`, { type: 'confirm', confirmationId, token, accept: false }),
      bob.post(`/api/sessions/${session}/input`, { type: 'confirm', confirmationId, token, accept: true }),
      bob.post(`/api/sessions/${session}/card-tap`, { seq: 1, path: '0' }),
    ];
    for (const response of await Promise.all(tries)) {
      expect(response.status).toBe(404);
      expect(await error(response)).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining(`you have no session ${session}`) });
    }
    expect((await hub.pay.listOrders({ userId: 'demo', status: 'created' })).length).toBe(1); // nothing canceled
    expect((await hub.pay.listOrders({ userId: 'bob' })).length).toBe(0);
  });

  it("gives a non-owner's resume no token; the owner's resume a fresh one", async () => {
    const stranger = await bob.post(`/api/sessions/${session}/resume`);
    expect(stranger.status).toBe(404);
    expect(await stranger.text()).not.toMatch(/tokens/);
    const owner = (await (await demo.post(`/api/sessions/${session}/resume`)).json()) as TurnResult;
    const [fresh] = Object.entries(owner.tokens);
    expect(fresh?.[0]).toBe(confirmationId); // the same card, with a token the stranger never saw
    expect(fresh?.[1]).not.toBe(token);
    [confirmationId, token] = fresh ?? ['', ''];
  });

  it('refuses a tap carrying a call no card offered (403), and calls nothing', async () => {
    const before = (await hub.orchestrator.events(session)).length;
    const tap = await demo.post(`/api/sessions/${session}/input`, { type: 'tap', text: '看看', call: { appId: 'pet-spa', name: 'listServices', arguments: {} } });
    expect(tap.status).toBe(403);
    expect(await error(tap)).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('no card of this session offered'), details: { where: 'call', fix: expect.stringContaining('card-tap') } });
    expect((await hub.orchestrator.events(session)).length).toBe(before);
  });

  it('answers a refused confirmation with 403 or 409, not a 200 carrying an error event; the owner pays once', async () => {
    const forged = await demo.post(`/api/sessions/${session}/input`, { type: 'confirm', confirmationId, token: 'guess', accept: true });
    expect(forged.status).toBe(403);
    expect(await error(forged)).toMatchObject({ code: 'FORBIDDEN', details: { reason: 'wrong_token', confirmationId } });
    const paid = await demo.post(`/api/sessions/${session}/input`, { type: 'confirm', confirmationId, token, accept: true });
    expect(paid.status).toBe(200);
    const again = await demo.post(`/api/sessions/${session}/input`, { type: 'confirm', confirmationId, token, accept: true });
    expect(again.status).toBe(409); // replayed: already used
    expect(await error(again)).toMatchObject({ code: 'CONFLICT', details: { confirmationId } });
    expect((await hub.pay.listOrders({ userId: 'demo', status: 'paid' })).length).toBe(1);
  });

  it('refuses a body over the limit with 413, and control characters with a 400 naming the field', async () => {
    const big = await demo.raw('POST', '/api/sessions', JSON.stringify({ user: 'x'.repeat(1024 * 1024) }), { 'content-type': 'application/json' });
    expect(big.status).toBe(413);
    expect((await error(big)).code).toBe('PAYLOAD_TOO_LARGE');
    const nul = await demo.post(`/api/sessions/${session}/input`, { type: 'message', text: '你好\u0000' });
    expect(nul.status).toBe(400);
    expect(await error(nul)).toMatchObject({ details: { where: 'text' }, message: expect.stringContaining('control character') });
    const inKey = await demo.post(`/api/sessions/${session}/input`, { type: 'tap', text: 'x', call: { appId: 'a', name: 'b', arguments: { 'k\u0001': 1 } } });
    expect((await error(inKey)).details.where).toMatch(/^call\.arguments\.k/);
    const inPath = await demo.delete('/api/me/consents/pet%00spa/scope.address');
    expect(inPath.status).toBe(400);
    expect((await error(inPath)).details.where).toBe('path.appId');
  });

  it('answers unknown routes and sessions with JSON 404s', async () => {
    for (const response of [await anonymous.get('/nowhere'), await demo.post('/api/sessions/ses_unknown/resume'), await demo.get('/api/sessions/ses_unknown/events')]) {
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/application\/json/);
      expect((await error(response)).code).toBe('NOT_FOUND');
    }
  });
});

describe('signing in on the web', () => {
  let hub: Hub;
  let app: ReturnType<typeof httpApp>;
  beforeAll(async () => {
    hub = await testHub([]);
    app = httpApp(hub, { limits: { perAccount: 3, perAddress: 5 } });
    await hub.accounts.setPassword('alice', 'correct horse battery');
  }, 240_000);
  afterAll(() => hub.close());

  it('signs in with a one-time link (once), sets an HttpOnly SameSite=Strict cookie, and needs the CSRF token to write', async () => {
    const link = await hub.accounts.issue('demo', 'sign-in-link');
    const opened = await clientOf(app).get(`/auth/link?token=${link.secret}`);
    expect(opened.status).toBe(303);
    expect(opened.headers.get('location')).toBe('/');
    expect(opened.headers.get('set-cookie')).toMatch(/HttpOnly.*SameSite=Strict|SameSite=Strict.*HttpOnly/);
    expect(opened.headers.get('set-cookie')).not.toMatch(/Secure/); // plain http on loopback
    expect((await clientOf(app).get(`/auth/link?token=${link.secret}`)).status).toBe(401); // used up
    const cookie = sessionCookie(opened) ?? '';
    const me = (await (await clientOf(app, { cookie }).get('/api/me')).json()) as { user: { id: string }; csrfToken: string };
    expect(me.user.id).toBe('demo');
    const unprotected = await clientOf(app, { cookie }).post('/api/sessions', {});
    expect(unprotected.status).toBe(403);
    expect((await error(unprotected)).details.where).toBe('X-CSRF-Token');
    const browser = clientOf(app, { cookie, csrf: me.csrfToken });
    expect((await browser.post('/api/sessions', {}, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await browser.post('/api/sessions', {}, { origin: 'http://localhost' })).status).toBe(201);
    expect((await browser.post('/api/auth/logout')).status).toBe(204);
    expect((await browser.get('/api/me')).status).toBe(401); // the session is gone, not just the cookie
  });

  it('signs in with a password, and limits failed logins per account and per address (429 with Retry-After)', async () => {
    const ok = await clientOf(app, undefined, '198.51.100.1').post('/api/auth/login', { user: 'alice', password: 'correct horse battery' });
    expect(ok.status).toBe(200);
    expect(sessionCookie(ok)).toMatch(/^aos_s_/);
    const guesser = clientOf(app, undefined, '198.51.100.2');
    for (let i = 0; i < 3; i++) {
      const wrong = await guesser.post('/api/auth/login', { user: 'alice', password: `guess number ${i}` });
      expect(wrong.status).toBe(401);
      expect((await error(wrong)).message).toContain('wrong user or password');
    }
    const locked = await clientOf(app, undefined, '198.51.100.3').post('/api/auth/login', { user: 'alice', password: 'correct horse battery' });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    // The guesser's address is spent too, for every account.
    for (let i = 0; i < 2; i++) await guesser.post('/api/auth/login', { user: `nobody${i}`, password: 'whatever it is' });
    const spent = await guesser.post('/api/auth/login', { user: 'bob', password: 'whatever it is' });
    expect(spent.status).toBe(429);
    expect((await error(spent)).message).toContain('address');
  });
});
