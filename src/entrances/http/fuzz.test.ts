import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../hub/index.ts';
import { testHub } from '../../../test/support/hub-fixture.ts';
import { httpApp } from './app.ts';
import { clientOf, sessionCookie, type TestClient } from './test-support.ts';
import { seededRandom } from '../../../test/support/seeded-random.ts';

const SEED = 12;

describe(`1,000 malformed requests (seed ${SEED})`, () => {
  let hub: Hub;
  let clients: TestClient[];
  let own: string;
  let others: string;
  beforeAll(async () => {
    hub = await testHub([]);
    const app = httpApp(hub);
    const demo = clientOf(app, { bearer: (await hub.accounts.issue('demo', 'api-token')).secret });
    const link = await hub.accounts.issue('alice', 'sign-in-link');
    const cookie = sessionCookie(await clientOf(app).get(`/auth/link?token=${link.secret}`)) ?? '';
    const { csrfToken } = (await (await clientOf(app, { cookie }).get('/api/me')).json()) as { csrfToken: string };
    clients = [demo, clientOf(app, { cookie, csrf: csrfToken }), clientOf(app, { cookie }), clientOf(app), clientOf(app, { bearer: 'aos_t_nope' })];
    own = ((await (await demo.post('/api/sessions', {})).json()) as { sessionId: string }).sessionId;
    others = await hub.orchestrator.openSession('bob');
  }, 240_000); // installs on a busy machine
  afterAll(() => hub.close());

  it('answers every one with a status below 500 and the one error shape, and /health stays up', async () => {
    const next = seededRandom(SEED);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    const junk = (n: number) => Array.from({ length: n }, () => String.fromCharCode(Math.floor(next() * 0x3000))).join('');
    const ids = () => next() < 0.5 ? own : pick([others, 'ses_', 'ses_unknown', 'x'.repeat(5_000), '%00', '%ZZ', '..%2F..', encodeURIComponent(junk(5)), '%E0%A4%A', '-1']);
    const paths = () => next() < 0.3 ? `/api/sessions/${ids()}/input` : pick([
      `/api/sessions/${ids()}/input`, `/api/sessions/${ids()}/card-tap`, `/api/sessions/${ids()}/resume`, `/api/sessions/${ids()}`,
      `/api/sessions/${ids()}/events?follow=0&after=${pick(['-1', 'abc', '1e309', '', '3', '99999999999'])}`,
      '/api/sessions', '/api/me', '/api/me/orders?limit=' + pick(['0', 'NaN', '-5', '100000', '%00', '']) + '&status=' + pick(['paid', 'x', '%00']),
      '/api/me/wallet', `/api/me/consents/${ids()}/${pick(['scope.address', '%00', 'x'])}`, '/api/auth/login', '/api/auth/link',
      `/auth/link?token=${pick(['', 'aos_l_x', '%00', 'x'.repeat(300)])}`, '/api/me/password', '/api/users', '/api/apps', '/openapi.json',
      `/${encodeURIComponent(junk(3))}`, '/api//sessions', '/api/sessions/../me',
    ]);
    const value = (depth: number): unknown => {
      const kind = Math.floor(next() * (depth > 3 ? 6 : 9));
      switch (kind) {
        case 0: return null;
        case 1: return next() < 0.5;
        case 2: return pick([0, -1, 1.5, 1e308, -0, 2 ** 53 + 1]);
        case 3: return junk(Math.floor(next() * 20));
        case 4: return pick(['message', 'confirm', 'consent', 'tap', 'a\u0000b', '\u001b[31m', '']);
        case 5: return 'x'.repeat(Math.floor(next() * 5_000));
        case 6: return Array.from({ length: Math.floor(next() * 4) }, () => value(depth + 1));
        default: return Object.fromEntries(Array.from({ length: Math.floor(next() * 5) }, () => [pick(['type', 'text', 'token', 'confirmationId', 'accept', 'call', 'arguments', 'seq', 'path', 'user', 'password', '__proto__', 'constructor', junk(3)]), value(depth + 1)]));
      }
    };
    const body = (): string | Uint8Array | undefined => {
      switch (Math.floor(next() * 8)) {
        case 0: return undefined;
        case 1: return '{"type":"message","text":' + pick(['1', 'null', '"\\u0000"', '"\\ud800"', '[]', '"ok"']) + '}';
        case 2: return next() < 0.5 ? '['.repeat(5_000) + ']'.repeat(5_000) : JSON.stringify({ type: 'message', text: 'x'.repeat(70_000) });
        case 3: return new Uint8Array(Array.from({ length: 64 }, () => Math.floor(next() * 256)));
        case 4: return pick(['{', 'null', '"string"', '1', 'true', '{"a":1}{', '\u0000']);
        case 5: return JSON.stringify({ type: pick(['message', 'confirm', 'consent', 'tap']), text: value(1), confirmationId: value(1), token: value(1), accept: value(1), call: value(1), seq: value(1), path: value(1) });
        default: return JSON.stringify(value(0));
      }
    };
    const headers = (): Record<string, string> => {
      const h: Record<string, string> = {};
      if (next() < 0.7) h['content-type'] = pick(['application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=latin1']);
      if (next() < 0.2) h.authorization = pick(['Bearer', 'Basic YTpi', 'Bearer aos_t_' + 'a'.repeat(600), 'bearer  x y', 'Bearer aos_s_forged']);
      if (next() < 0.2) h['last-event-id'] = pick(['-1', 'abc', '1'.repeat(40), '  7 ']);
      if (next() < 0.2) h.origin = pick(['null', 'https://evil.example', 'http://localhost', 'not a url']);
      if (next() < 0.1) h.cookie = pick(['agentos_session=', 'agentos_session=aos_s_forged', 'agentos_session=' + 'x'.repeat(4_000), '=;=;']);
      return h;
    };
    const statuses = new Map<number, number>();
    for (let i = 0; i < 1_000; i++) {
      const method = pick(['GET', 'POST', 'POST', 'POST', 'DELETE', 'PUT', 'PATCH', 'OPTIONS']);
      const path = paths();
      const sent = method === 'GET' || method === 'OPTIONS' ? undefined : body();
      const response = await (next() < 0.5 ? clients[0]! : pick(clients)).raw(method, path, sent, headers());
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      expect(response.status, `#${i} ${method} ${path.slice(0, 120)}`).toBeLessThan(500);
      if (response.status >= 400) {
        const payload = (await response.json()) as { error?: { code?: unknown; message?: unknown; details?: unknown } };
        expect(payload.error, `#${i} ${method} ${path.slice(0, 120)}`).toMatchObject({ code: expect.any(String), message: expect.any(String), details: expect.any(Object) });
      } else {
        await response.body?.cancel();
      }
    }
    expect([...statuses.keys()].filter((s) => s >= 400).length).toBeGreaterThanOrEqual(5); // many shapes, refused for many reasons
    expect((await clients[3]!.get('/health')).status).toBe(200);
    expect(await hub.orchestrator.sessions.ownerOf(others)).toBe('bob'); // and nothing of bob's changed hands
    expect((await hub.orchestrator.events(others)).length).toBe(0);
  });
});
