import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fixedClock } from '../core/index.ts';
import { callBridge, hubNow, type CallState } from './call-host.ts';
import { CallConsole } from './console-log.ts';
import { openIdFor } from './open-id.ts';
import { scratchServices } from './review-services.ts';
import { CallAborted } from './sandbox/host-bridge.ts';
import { CallStorage, STORAGE_LIMITS } from './storage.ts';
import { skillPackage } from './test-support.ts';

const pkg = skillPackage('wx_shop', [
  { path: 'skills/order', files: { 'index.js': 'module.exports = {}', 'lib/util.js': 'u', 'data.json': '{"a":1}', 'lib/index.js': 'i', 'img.png': 'base64:AAAA' }, apis: [{ name: 'buy' }] },
  { path: 'skills/help', files: {}, apis: [] },
]);

function callState(overrides: Partial<CallState> = {}): CallState & { services: ReturnType<typeof scratchServices> } {
  const services = scratchServices({
    'scope.address': { addresses: [{ id: 'home', contact: '小王', phone: '130', text: '东城区1号', city: '北京' }, { id: 'work', contact: 'Wang', phone: '131', text: 'Office', city: 'Shanghai' }] },
    'scope.phoneNumber': { phoneNumber: '130' },
  });
  return {
    identity: { appId: 'wx_shop', version: '1.2.0', userId: 'alice', sessionId: 's1', skill: 'order' },
    pkg, api: 'buy', mode: 'api', userStorage: new CallStorage([['cart', ['tea']]]), sharedStorage: new CallStorage([['stock', 3]]),
    grants: {}, services, allowedDomains: [], locale: 'zh_CN', orders: [], scopesRead: [], toasts: [], now: () => 1_700_000_000_000,
    ...overrides,
  } as CallState & { services: ReturnType<typeof scratchServices> };
}

describe('who the mini-program is told it serves', () => {
  it('gives each user an openid of its own per mini-program, never the hub’s user id', () => {
    const bridge = callBridge(callState());
    const login = bridge.sync('login', undefined) as { code: string; openid: string; errMsg: string };
    expect(login.openid).toBe(openIdFor('wx_shop', 'alice'));
    expect(login.openid).not.toContain('alice');
    expect(login.code).toBe(`code_${login.openid.slice(1, 13)}`);
    expect(login.errMsg).toBe('login:ok');
    const other = callBridge(callState({ identity: { appId: 'wx_other', version: '1', userId: 'alice', skill: 'x' } })).sync('login', undefined) as { openid: string };
    expect(other.openid).not.toBe(login.openid);
  });

  it('answers the fixed questions of the call: language, version, mode, session', () => {
    const bridge = callBridge(callState({ locale: 'en', mode: 'tap' }));
    // what every mini-program sees of the device: code branches on the platform and compares SDKVersion
    expect(bridge.sync('systemInfo', undefined)).toEqual({ platform: 'agentos', system: 'AgentOS', language: 'en', version: '8.0.0', SDKVersion: '3.6.0', windowWidth: 375, windowHeight: 667, screenWidth: 375, screenHeight: 667, pixelRatio: 2 });
    expect(bridge.sync('accountInfo', undefined)).toEqual({ miniProgram: { appId: 'wx_shop', version: '1.2.0', envVersion: 'release' } });
    expect(bridge.sync('mode', undefined)).toBe('tap');
    expect(bridge.sync('session', undefined)).toBe('s1');
    expect(callBridge(callState({ identity: { appId: 'wx_shop', version: '1', userId: 'a', skill: 'order' } })).sync('session', undefined)).toBe('');
  });

  it('tells a sandbox thread the same fixed answers and the call’s storages up front', () => {
    const state = callState({ mode: 'page' });
    const bridge = callBridge(state);
    const known = bridge.known!();
    expect(known.fixed).toEqual({ login: bridge.sync('login', undefined), systemInfo: bridge.sync('systemInfo', undefined), accountInfo: bridge.sync('accountInfo', undefined), mode: 'page', session: 's1' });
    expect(known.storage.user.values).toEqual({ cart: ['tea'] });
    expect(known.storage.shared.values).toEqual({ stock: 3 });
    expect(known.storage.limits).toBe(STORAGE_LIMITS);
  });

  it('tells a sandbox thread the time, so `now` needs no question: an offset for a clock that moves, the reading for one that does not', () => {
    expect(callBridge(callState()).known!().clock).toEqual({ at: 1_700_000_000_000 });
    const frozen = hubNow(fixedClock('2026-11-20T10:00:00+08:00', 'Asia/Shanghai', { frozen: true }));
    expect(callBridge(callState({ now: frozen })).known!().clock).toEqual({ at: Date.parse('2026-11-20T10:00:00+08:00') });
    const moving = hubNow(fixedClock('2026-11-20T10:00:00+08:00'));
    const clock = callBridge(callState({ now: moving })).known!().clock as { offset: number };
    expect(Math.abs(Date.now() + clock.offset - moving())).toBeLessThanOrEqual(1);
    expect(callBridge(callState({ now: hubNow() })).known!().clock).toEqual({ offset: 0 });
  });

  it('reads a moving clock again while the machine’s clock ticks during the reading, three times at most, and sends the offset of the last reading', () => {
    // the machine's clock: before and after each reading of the hub's clock
    const machine = vi.spyOn(Date, 'now');
    const hub = (readings: number[]) => Object.assign(() => readings.shift()!, { realTime: true });
    try {
      // a tick during the first reading; the second is read within one millisecond: its offset is sent
      machine.mockReturnValueOnce(1000).mockReturnValueOnce(1001).mockReturnValueOnce(1001).mockReturnValueOnce(1001);
      expect(callBridge(callState({ now: hub([6000, 6003, 6100]) })).known!().clock).toEqual({ offset: 5002 });
      // the clock ticks during every reading: the third is sent, no fourth is made
      machine.mockReset();
      for (const t of [1000, 1001, 1001, 1002, 1002, 1003, 1003, 1004]) machine.mockReturnValueOnce(t);
      expect(callBridge(callState({ now: hub([6000, 6010, 6020, 6030]) })).known!().clock).toEqual({ offset: 5018 });
    } finally {
      machine.mockRestore();
    }
  });
});

describe('storage', () => {
  it('keeps the user’s storage and the mini-program’s shared one apart', () => {
    const state = callState();
    const bridge = callBridge(state);
    expect(bridge.sync('storage.get', { key: 'cart' })).toEqual(['tea']);
    expect(bridge.sync('storage.get', { key: 'cart', shared: true })).toBe('');
    bridge.sync('storage.set', { key: 'note', value: 'mine' });
    bridge.sync('storage.set', { key: 'note', value: 'everyone', shared: true });
    expect(state.userStorage.get('note')).toBe('mine');
    expect(state.sharedStorage.get('note')).toBe('everyone');
    bridge.sync('storage.remove', { key: 'stock', shared: true });
    expect(state.sharedStorage.get('stock')).toBe('');
    expect(bridge.sync('storage.info', undefined)).toMatchObject({ keys: ['cart', 'note'] });
    bridge.sync('storage.clear', {});
    expect(state.userStorage.info().keys).toEqual([]);
    expect(state.sharedStorage.info().keys).toEqual(['note']);
  });

  it('applies what a sandbox thread changed to each storage', () => {
    const state = callState();
    callBridge(state).applyStorage!({ user: [['cart', ['tea', 'cake'], false]], shared: [['stock', null, true]] });
    expect(state.userStorage.get('cart')).toEqual(['tea', 'cake']);
    expect(state.sharedStorage.info().keys).toEqual([]);
  });
});

describe('the call’s own clock, console and skills', () => {
  it('reads the hub’s clock', () => {
    expect(callBridge(callState()).sync('now', undefined)).toBe(1_700_000_000_000);
  });

  it('writes console lines through one console for the call, named for the mini-program and API', () => {
    const write = vi.spyOn(CallConsole.prototype, 'write').mockImplementation(() => undefined);
    try {
      const state = callState();
      const bridge = callBridge(state);
      expect(bridge.sync('console', { level: 'warn', text: 'low stock' })).toBeNull();
      const first = state.console;
      bridge.sync('console', { level: 'info', text: 'again' });
      expect(state.console).toBe(first);
      expect(first).toMatchObject({ appId: 'wx_shop', api: 'buy' });
      expect(write.mock.calls).toEqual([['warn', 'low stock'], ['info', 'again']]);
    } finally {
      write.mockRestore();
    }
  });

  it('creates only skills the package declares', () => {
    const bridge = callBridge(callState());
    expect(bridge.sync('skill.check', { path: './skills/help/' })).toBe('skills/help');
    expect(bridge.sync('skill.check', { path: '/skills/order' })).toBe('skills/order');
    expect(bridge.sync('skill.check', { path: '//skills/help//' })).toBe('skills/help');
    expect(() => bridge.sync('skill.check', { path: 'skills/other' })).toThrow('skills/other');
    expect(() => bridge.sync('skill.check', { path: 'x/skills/help' })).toThrow();
  });

  it('refuses a sync operation it does not know', () => {
    expect(() => callBridge(callState()).sync('openSetting', {})).toThrow('openSetting');
  });
});

describe('module sources', () => {
  it('finds a module as WeChat resolves it: the path, then .js, .json and /index.js', () => {
    const { source } = callBridge(callState());
    expect(source('skills/order/index.js')).toEqual({ path: 'skills/order/index.js', code: 'module.exports = {}' });
    expect(source('./skills/order/lib/util')).toEqual({ path: 'skills/order/lib/util.js', code: 'u' });
    expect(source('skills/order/data')).toEqual({ path: 'skills/order/data.json', json: '{"a":1}' });
    expect(source('skills/order/lib/')).toEqual({ path: 'skills/order/lib/index.js', code: 'i' });
  });

  it('finds nothing for a missing module or a binary file', () => {
    const { source } = callBridge(callState());
    expect(source('skills/order/missing')).toBeUndefined();
    expect(source('skills/order/img.png')).toBeUndefined();
  });
});

describe('the user’s data, behind consent', () => {
  it('reads nothing and ends the call to ask the user when no decision is known', async () => {
    const state = callState();
    const outcome = callBridge(state).async('getPhoneNumber', {});
    await expect(outcome).rejects.toBeInstanceOf(CallAborted);
    await expect(outcome).rejects.toThrow(/^getPhoneNumber:fail/);
    expect(state.consentNeeded).toBe('scope.phoneNumber');
    expect(state.services.reads).toEqual([]);
    expect(state.scopesRead).toEqual([]);
  });

  it('reads nothing and fails the API as WeChat does when the user said no, without asking again', async () => {
    const state = callState({ grants: { 'scope.phoneNumber': 'denied' } });
    const outcome = callBridge(state).async('getPhoneNumber', {});
    await expect(outcome).rejects.toThrow(/^getPhoneNumber:fail auth deny/); // WeChat's errMsg, which mini-program code branches on
    await expect(outcome).rejects.not.toBeInstanceOf(CallAborted);
    expect(state.consentNeeded).toBeUndefined();
    expect(state.services.reads).toEqual([]);
  });

  it('reads a granted scope and records it once for the user to see', async () => {
    const state = callState({ grants: { 'scope.phoneNumber': 'granted' } });
    const bridge = callBridge(state);
    expect(await bridge.async('getPhoneNumber', {})).toEqual({ phoneNumber: '130' });
    await bridge.async('getPhoneNumber', {});
    expect(state.scopesRead).toEqual(['scope.phoneNumber']);
    expect(state.services.reads).toEqual(['scope.phoneNumber', 'scope.phoneNumber']);
  });

  it('a grant of one scope reads no other', async () => {
    const state = callState({ grants: { 'scope.phoneNumber': 'granted' } });
    await expect(callBridge(state).async('getAddressList', {})).rejects.toBeInstanceOf(CallAborted);
    expect(state.services.reads).toEqual([]);
  });

  it('chooseAddress gives the address asked for, else the first, in WeChat’s fields', async () => {
    const state = callState({ grants: { 'scope.address': 'granted' } });
    const bridge = callBridge(state);
    expect(await bridge.async('chooseAddress', { id: 'work' })).toMatchObject({ id: 'work', userName: 'Wang', telNumber: '131', detailInfo: 'Office', cityName: 'Shanghai' });
    expect(await bridge.async('chooseAddress', null)).toMatchObject({ id: 'home', userName: '小王' });
    expect(await bridge.async('chooseAddress', { id: 'gone' })).toMatchObject({ id: 'home' });
    expect(await bridge.async('getAddressList', {})).toEqual({ addresses: expect.any(Array) });
  });

  it('chooseAddress fails for a user with no address', async () => {
    const empty = callState({ grants: { 'scope.address': 'granted' } });
    empty.services = { ...scratchServices({ 'scope.address': {} }), orders: [], reads: [], refunds: [] };
    await expect(callBridge(empty).async('chooseAddress', {})).rejects.toThrow(/^chooseAddress:fail/);
    const none = callState({ grants: { 'scope.address': 'granted' } });
    none.services = { ...scratchServices({}), orders: [], reads: [], refunds: [] }; // no address data at all
    await expect(callBridge(none).async('chooseAddress', {})).rejects.toThrow(/^chooseAddress:fail/);
  });
});

describe('orders', () => {
  it('creates an order for the call’s skill, remembering where to notify, and shows it without the hub’s user', async () => {
    const state = callState();
    const view = await callBridge(state).async('createOrder', { amount: 12, title: 'tea', notifyApi: 'paid' }) as Record<string, unknown>;
    expect(state.orders).toEqual([expect.objectContaining({ orderId: 'review_1', amount: 12, skill: 'order', notifyApi: 'paid' })]);
    expect(view).toMatchObject({ orderId: 'review_1', amount: 12, openid: openIdFor('wx_shop', 'alice') });
    expect(JSON.stringify(view)).not.toContain('alice');
    await callBridge(state).async('createOrder', { amount: 3 });
    expect(state.orders[1]).not.toHaveProperty('notifyApi');
  });

  it('asks the platform to write the hub’s payment card with the order only when the caller wants each order paid on it, for the call’s own app and user', async () => {
    const plain = callState();
    const asked = vi.spyOn(plain.services, 'createOrder');
    await callBridge(plain).async('createOrder', { amount: 8, title: 'ferry ticket' });
    expect(asked.mock.calls[0]![0]).toEqual({ appId: 'wx_shop', version: '1.2.0', userId: 'alice', sessionId: 's1', skill: 'order' });
    const carded = callState({ cardWithOrders: true });
    const askedWithCard = vi.spyOn(carded.services, 'createOrder');
    await callBridge(carded).async('createOrder', { amount: 8, title: 'ferry ticket' });
    expect(askedWithCard.mock.calls[0]![0]).toEqual({ appId: 'wx_shop', version: '1.2.0', userId: 'alice', sessionId: 's1', skill: 'order', withCard: true });
    expect(carded.orders).toEqual([expect.objectContaining({ orderId: 'review_1', amount: 8, skill: 'order' })]);
  });

  it('creates no order while the package is inspected', async () => {
    const state = callState({ mode: 'inspect' });
    await expect(callBridge(state).async('createOrder', { amount: 12 })).rejects.toThrow(/^createOrder:fail/);
    expect(state.orders).toEqual([]);
    expect(state.services.orders).toEqual([]);
  });

  it('reads back its own order, and fails for one that is not there', async () => {
    const state = callState();
    const bridge = callBridge(state);
    await bridge.async('createOrder', { amount: 12 });
    expect(await bridge.async('getOrder', { orderId: 'review_1' })).toMatchObject({ orderId: 'review_1', status: 'created', openid: openIdFor('wx_shop', 'alice') });
    await expect(bridge.async('getOrder', { orderId: 'review_9' })).rejects.toThrow(/^getOrder:fail/);
    await expect(bridge.async('getOrder', null)).rejects.toThrow(/^getOrder:fail/);
  });

  it('passes a refund to the platform as asked', async () => {
    const state = callState();
    const bridge = callBridge(state);
    await bridge.async('createOrder', { amount: 12 });
    expect(await bridge.async('refundOrder', { orderId: 'review_1', amount: 2 })).toEqual({ refundId: 'rf_review_1', amount: 2 });
    expect(state.services.refunds).toEqual([{ orderId: 'review_1', amount: 2 }]);
  });

  it('never takes a payment inside API code: it goes through the hub’s confirmation card', async () => {
    const state = callState();
    await expect(callBridge(state).async('requestPayment', { orderId: 'review_1' })).rejects.toThrow(/^requestPayment:fail/);
    expect(state.services.orders).toEqual([]);
  });
});

describe('what a card tells the conversation', () => {
  it('records follow-up messages, model context and card expiry as given, with WeChat’s ok', async () => {
    const state = callState({ mode: 'tap' });
    const bridge = callBridge(state);
    expect(await bridge.async('sendFollowUpMessage', { text: 'pay' })).toEqual({ errMsg: 'sendFollowUpMessage:ok' });
    expect(await bridge.async('sendFollowUpMessage', { text: 'again' })).toEqual({ errMsg: 'sendFollowUpMessage:ok' });
    expect(await bridge.async('updateModelContext', { note: 'x' })).toEqual({ errMsg: 'updateModelContext:ok' });
    expect(await bridge.async('expireAllCards', undefined)).toEqual({ errMsg: 'expireAllCards:ok' });
    await bridge.async('expireAllCards', { api: 'buy' });
    expect(state.followUps).toEqual([{ text: 'pay' }, { text: 'again' }]);
    expect(state.contextUpdates).toEqual([{ note: 'x' }]);
    expect(state.expiredCards).toEqual([{}, { api: 'buy' }]);
  });

  it('shows toasts by their title', async () => {
    const state = callState();
    const bridge = callBridge(state);
    expect(await bridge.async('showToast', { title: 'saved' })).toEqual({ errMsg: 'showToast:ok' });
    await bridge.async('showToast', null);
    expect(state.toasts).toEqual(['saved', '']);
  });

  it('refuses navigation and unknown operations in API code, pointing a navigation to a handoff', async () => {
    const bridge = callBridge(callState());
    await expect(bridge.async('navigateTo', {})).rejects.toThrow(/^navigateTo:fail.*handoff/);
    await expect(bridge.async('redirectTo', {})).rejects.toThrow('handoff');
    await expect(bridge.async('scanCode', {})).rejects.toThrow(/^scanCode:fail/);
    await expect(bridge.async('scanCode', {})).rejects.not.toThrow('handoff');
  });
});

describe('network requests', () => {
  let base = '';
  const seen: { method: string; url: string; body: string; headers: IncomingMessage['headers'] }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, body, headers: req.headers });
      if (req.url === '/moved') {
        res.writeHead(302, { location: '/elsewhere' }).end();
        return;
      }
      if (req.url === '/text') {
        res.writeHead(200, { 'x-kind': 'text' }).end('plain words');
        return;
      }
      res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true }));
    });
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });
  const allowed = () => callState({ allowedDomains: ['127.0.0.1'] });

  it('reaches only the domains the operator allows, over http(s) only', async () => {
    const before = seen.length;
    await expect(callBridge(callState()).async('request', { url: `${base}/x` })).rejects.toThrow(/^request:fail/);
    // the developer reads which host was refused and what the operator allows
    await expect(callBridge(callState({ allowedDomains: ['example.com'] })).async('request', { url: `${base}/x` })).rejects.toThrow(/^request:fail.*127\.0\.0\.1.*example\.com/);
    await expect(callBridge(allowed()).async('request', { url: 'ftp://127.0.0.1/x' })).rejects.toThrow(/^request:fail.*ftp:/); // names the protocol refused
    await expect(callBridge(allowed()).async('request', { url: 'not a url' })).rejects.toThrow(/^request:fail/);
    await expect(callBridge(allowed()).async('request', undefined)).rejects.toThrow(/^request:fail/);
    expect(seen.length).toBe(before);
  });

  it('sends a GET with its data as the query, and answers with status, parsed JSON and headers', async () => {
    const answer = await callBridge(allowed()).async('request', { url: `${base}/items?page=1`, data: { q: 'tea', n: 2 } }) as { statusCode: number; data: unknown; header: Record<string, string> };
    expect(answer.statusCode).toBe(201);
    expect(answer.data).toEqual({ ok: true });
    expect(answer.header['content-type']).toBe('application/json');
    const last = seen.at(-1)!;
    expect(last.method).toBe('GET');
    expect(last.url).toBe('/items?page=1&q=tea&n=2');
    expect(last.body).toBe('');
    await callBridge(allowed()).async('request', { url: `${base}/plain`, data: 'ab' });
    expect(seen.at(-1)!.url).toBe('/plain'); // a GET's text data is not spread into the query
  });

  it('sends a POST’s object data as JSON, a string as it is, with the mini-program’s headers', async () => {
    await callBridge(allowed()).async('request', { url: `${base}/p`, method: 'post', data: { a: 1 }, header: { 'x-token': 't' } });
    expect(seen.at(-1)).toMatchObject({ method: 'POST', url: '/p', body: '{"a":1}', headers: { 'content-type': 'application/json', 'x-token': 't' } }); // the data is the body, not the query
    await callBridge(allowed()).async('request', { url: `${base}/p`, method: 'PUT', data: 'raw=1' });
    expect(seen.at(-1)).toMatchObject({ method: 'PUT', body: 'raw=1' });
    await callBridge(allowed()).async('request', { url: `${base}/p`, method: 'DELETE' });
    expect(seen.at(-1)).toMatchObject({ method: 'DELETE', body: '' });
  });

  it('makes an https request to an allowed domain', async () => {
    const fetched = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('{"ok":1}', { status: 200 }));
    try {
      const answer = await callBridge(callState({ allowedDomains: ['api.example.com'] })).async('request', { url: 'https://api.example.com/v1' }) as { statusCode: number; data: unknown };
      expect(answer).toMatchObject({ statusCode: 200, data: { ok: 1 } });
      expect(String(fetched.mock.calls[0]![0])).toBe('https://api.example.com/v1');
    } finally {
      fetched.mockRestore();
    }
  });

  it('keeps a body that is not JSON as text', async () => {
    const answer = await callBridge(allowed()).async('request', { url: `${base}/text` }) as { data: unknown; header: Record<string, string> };
    expect(answer.data).toBe('plain words');
    expect(answer.header['x-kind']).toBe('text');
  });

  it('does not follow a redirect, which could lead outside the allowed domains', async () => {
    const before = seen.length;
    const answer = await callBridge(allowed()).async('request', { url: `${base}/moved` }) as { statusCode: number };
    expect(answer.statusCode).toBe(302);
    expect(seen.length).toBe(before + 1);
  });

  it('bounds a request’s time: at most what it asks for, and never beyond 30 s', async () => {
    const timeout = vi.spyOn(AbortSignal, 'timeout');
    try {
      await callBridge(allowed()).async('request', { url: `${base}/x`, timeout: 500 });
      await callBridge(allowed()).async('request', { url: `${base}/x`, timeout: 600_000 });
      await callBridge(allowed()).async('request', { url: `${base}/x` });
      expect(timeout.mock.calls.map(([ms]) => ms)).toEqual([500, 30_000, 10_000]);
    } finally {
      timeout.mockRestore();
    }
  });
});
