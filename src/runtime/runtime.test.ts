import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, type Clock } from '../core/index.ts';
import { openMemoryStore, type Store } from '../store/index.ts';
import { Runtime } from './runtime.ts';
import { memoryServices, skillPackage } from './test-support.ts';
import type { CallOutcome } from './types.ts';

const HOSTILE = `
const skill = wx.modelContext.createSkill('skills/probe');
const text = (t, extra) => Object.assign({ content: [{ type: 'text', text: String(t) }] }, extra || {});
skill.registerAPI('escape', async () => {
  const found = [];
  try { found.push(typeof process); } catch (e) { found.push('no-process'); }
  try { found.push(String(this.constructor.constructor('return typeof process')())); } catch (e) { found.push('ctor:' + e.message); }
  try { require('fs'); found.push('fs!'); } catch (e) { found.push(e.message); }
  try { require('../../../etc/passwd'); found.push('file!'); } catch (e) { found.push(e.message); }
  found.push(typeof globalThis.fetch, typeof globalThis.Buffer, typeof globalThis.global, typeof globalThis.__hostSync);
  return text(found.join('|'));
});
let tally = 0;
skill.registerAPI('tally', async () => text(String(++tally)));
skill.registerAPI('remember', async (args) => { wx.setStorageSync('secret', args.value); return text('stored'); });
skill.registerAPI('recall', async () => text('secret=' + JSON.stringify(wx.getStorageSync('secret'))));
skill.registerAPI('bump', async () => {
  const before = wx.getStorageSync('n') || 0;
  wx.setStorageSync('n', before + 1);
  const after = wx.getStorageSync('n');
  wx.removeStorageSync('n');
  const gone = wx.getStorageSync('n');
  wx.setStorageSync('n', after);
  return text(before + '>' + after + '>' + JSON.stringify(gone) + '>' + wx.getStorageInfoSync().keys.filter((k) => k === 'n').length);
});
skill.registerAPI('wipe', async () => {
  wx.setStorageSync('a', null);
  wx.setStorageSync('b', { n: 1 });
  const kept = JSON.stringify([wx.getStorageSync('a'), wx.getStorageInfoSync().keys.sort()]);
  wx.clearStorageSync();
  wx.setStorageSync('c', 'after');
  return text(kept + '|' + JSON.stringify(wx.getStorageInfoSync().keys));
});
skill.registerAPI('loop', async () => { for (;;) {} });
skill.registerAPI('bomb', async () => { let s = 'x'; for (;;) s += s; });
skill.registerAPI('bigAlloc', async () => { const b = new ArrayBuffer(1024 * 1024 * 1024); return text(b.byteLength); });
skill.registerAPI('throws', async () => { throw new Error('kaboom'); });
skill.registerAPI('unsupported', async () => { wx.openBluetoothAdapter(); return text('no'); });
skill.registerAPI('detect', async () => text([typeof wx.openBluetoothAdapter, String(wx.canIUse('openBluetoothAdapter')), String(!!wx.getMenuButtonBoundingClientRect), String(wx.canIUse('getStorageSync')), String('openBluetoothAdapter' in wx)].join('|')));
skill.registerAPI('pay', async () => { await wx.requestPayment({ orderId: 'x' }); return text('paid!'); });
skill.registerAPI('fetch', async (args) => { const r = await wx.request({ url: args.url }); return text('got ' + r.statusCode + ' ' + JSON.stringify(r.data)); });
skill.registerAPI('phone', async () => {
  try { const r = await wx.getPhoneNumber(); return text('phone ' + r.phoneNumber); }
  catch (e) { return text('refused: ' + e.errMsg); }
});
skill.registerAPI('noContent', async () => ({ structuredContent: { a: 1 } }));
skill.registerAPI('typed', async (args) => text('ok', { structuredContent: { n: args.n } }));
skill.registerAPI('order', async () => { const o = await wx.createOrder({ title: 't', amount: 3, lines: [{ ref: 'a', name: 'A', qty: 1, unitPrice: 3 }], notifyApi: 'remember' }); return text('order ' + o.orderId, { structuredContent: { orderId: o.orderId } }); });
skill.registerAPI('orderThenFail', async (args) => {
  await wx.createOrder({ title: 'f', amount: 2, lines: [{ ref: 'a', name: 'A', qty: 1, unitPrice: 2 }] });
  wx.setStorageSync('afterOrder', 'kept?');
  if (args.how === 'loop') for (;;) {}
  if (args.how === 'consent') return text('phone ' + (await wx.getPhoneNumber()).phoneNumber);
  throw new Error('broke after ordering');
});
skill.use(async (ctx, next) => { await next(); if (ctx.name === 'typed') ctx.result.content.push({ type: 'text', text: 'via middleware' }); });
`;

const probeApis = ['escape', 'tally', 'remember', 'recall', 'bump', 'wipe', 'loop', 'bomb', 'bigAlloc', 'throws', 'unsupported', 'pay', 'fetch', 'phone', 'noContent', 'order', 'orderThenFail', 'detect'].map((name) => ({ name }));
probeApis.push({ name: 'typed', inputSchema: { type: 'object', properties: { n: { type: 'integer' } }, required: ['n'] }, outputSchema: { type: 'object', properties: { n: { type: 'integer', maximum: 10 } } } } as never);

// A card that tries to talk upstream outside a tap, then on taps with WeChat's three message forms.
const CARD = `
Component({
  data: { note: '' },
  lifetimes: { created() {
    const ctx = wx.modelContext.getContext(this)
    ctx.on('result', () => ctx.sendFollowUpMessage('now').then(() => this.setData({ note: 'sent' }), (e) => this.setData({ note: e.errMsg })))
  } },
  methods: {
    onPlain() { return wx.modelContext.getContext(this).sendFollowUpMessage('帮我查时段') },
    onObject() { return wx.modelContext.getContext(this).sendFollowUpMessage({ content: '帮我改地址' }) },
    onBad() { return wx.modelContext.getContext(this).sendFollowUpMessage({ content: [{ type: 'api/call', data: { name: 'x' } }] }).catch((e) => this.setData({ note: e.errMsg })) },
  },
})`;

function text(outcome: CallOutcome): string {
  if (outcome.kind !== 'result') throw new Error(`expected a result, got ${outcome.kind}`);
  return outcome.envelope.content.map((c) => c.text).join('\n');
}

describe('the sandbox runtime', () => {
  let store: Store;
  let runtime: Runtime;
  let server: ReturnType<typeof createServer>;
  let port: number;
  const services = memoryServices({ 'scope.phoneNumber': { phoneNumber: '13800138000' } });
  const packages = {
    cardy: skillPackage('cardy', [{ path: 'skills/c', files: { 'index.js': "wx.modelContext.createSkill('skills/c')" }, apis: [] }], { 'skills/c/card/index.wxml': '<view bindtap="onPlain">{{note}}</view>', 'skills/c/card/index.js': CARD }),
    probe: skillPackage('probe', [{ path: 'skills/probe', files: { 'index.js': HOSTILE }, apis: probeApis }]),
    other: skillPackage('other', [{ path: 'skills/probe', files: { 'index.js': HOSTILE }, apis: probeApis }]),
  };

  beforeAll(async () => {
    store = await openMemoryStore();
    await store.query(`INSERT INTO app_settings (app_id, allowed_domains) VALUES ('probe', $1)`, [JSON.stringify([`127.0.0.1`])]);
    server = createServer((_req, res) => res.end(JSON.stringify({ hello: 'world' })));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    runtime = new Runtime({
      store, services, limits: { memoryLimitBytes: 64 * 1024 * 1024, timeLimitMs: 1_000 },
      resolve: async (appId) => ({ version: 'v1', pkg: packages[appId as keyof typeof packages] }),
    });
  });
  afterAll(async () => {
    runtime.dispose();
    server.close();
    await store.close();
  });

  const call = (api: string, args: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) =>
    runtime.call({ appId: 'probe', api, arguments: args, userId: 'u1', ...extra });

  it('gives third-party code no way to the hub: no process, no Node modules, no files outside the package, no host globals', async () => {
    const out = text(await call('escape'));
    const [proc, ctor, fs, file, fetchType, bufferType, globalType, hostType] = out.split('|');
    expect(proc).toBe('undefined');
    expect(ctor).toBe('undefined');
    expect(fs).toContain('module "fs" is not available');
    expect(file).toContain('cannot find module "../../../etc/passwd"'); // `..` stops at the package root, as on WeChat
    expect(file).toContain('(etc/passwd)');
    expect([fetchType, bufferType, globalType, hostType]).toEqual(['undefined', 'undefined', 'undefined', 'undefined']);
  });

  it('keeps storage per mini-program and per user, in the store', async () => {
    expect(text(await call('remember', { value: 'alpha' }))).toBe('stored');
    expect(text(await call('recall'))).toBe('secret="alpha"');
    expect(text(await call('recall', {}, { userId: 'u2' }))).toBe('secret=""');
    expect(text(await runtime.call({ appId: 'other', api: 'recall', arguments: {}, userId: 'u1' }))).toBe('secret=""');
    const rows = await store.query<{ app_id: string; value: unknown }>(`SELECT app_id, value FROM app_storage WHERE key = 'secret'`);
    expect(rows).toEqual([{ app_id: 'probe', value: 'alpha' }]);
  });

  it('reads within a call what the call itself just wrote or removed, and keeps it for the next call', async () => {
    expect(text(await call('bump', {}, { userId: 'u-bump' }))).toBe('0>1>"">1');
    expect(text(await call('bump', {}, { userId: 'u-bump' }))).toBe('1>2>"">1');
  });

  it('stores null as a value, and a clear then a write leave only what was written after, in the store too', async () => {
    await call('remember', { value: 'old' }, { userId: 'u-wipe' });
    expect(text(await call('wipe', {}, { userId: 'u-wipe' }))).toBe('[null,["a","b","secret"]]|["c"]');
    const rows = await store.query<{ key: string; value: unknown }>(`SELECT key, value FROM app_storage WHERE app_id = 'probe' AND user_id = 'u-wipe'`);
    expect(rows).toEqual([{ key: 'c', value: 'after' }]);
    expect(text(await call('wipe', {}, { userId: 'u-wipe' }))).toBe('[null,["a","b","c"]]|["c"]');
  });

  it('keeps module state apart between mini-programs with identical code, and between users', async () => {
    // same files, so the same content hash: only the app id tells the realms apart
    expect(packages.probe.hash).toBe(packages.other.hash);
    expect(text(await call('tally'))).toBe('1');
    expect(text(await call('tally'))).toBe('2');
    expect(text(await runtime.call({ appId: 'other', api: 'tally', arguments: {}, userId: 'u1' }))).toBe('1');
    expect(text(await call('tally', {}, { userId: 'u2' }))).toBe('1');
    expect(text(await call('tally'))).toBe('3');
  });

  it('ends an infinite loop as isError within the time limit while another mini-program keeps working', async () => {
    const started = Date.now();
    const [looped, other] = await Promise.all([call('loop'), runtime.call({ appId: 'other', api: 'recall', arguments: {}, userId: 'u9' })]);
    expect(looped.kind === 'result' && looped.envelope.isError).toBe(true);
    expect(text(looped)).toMatch(/time limit|timed out/);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(text(other)).toBe('secret=""');
    expect(text(await call('recall'))).toBe('secret="alpha"'); // the realm was replaced, storage intact
  });

  it('ends a memory bomb and a 1 GB allocation as isError', async () => {
    for (const api of ['bomb', 'bigAlloc']) {
      const out = await call(api);
      expect(out.kind === 'result' && out.envelope.isError, api).toBe(true);
      expect(text(out)).toMatch(/memory|RangeError|invalid array buffer length|string too long/i);
    }
    expect(text(await call('recall'))).toBe('secret="alpha"');
  });

  it('turns a throw and an unsupported wx API into clear isError results', async () => {
    expect(text(await call('throws'))).toContain('kaboom');
    expect(text(await call('unsupported'))).toContain('wx.openBluetoothAdapter is not supported by AgentOS');
    // feature detection reads as on a device that lacks the API; only calling it fails
    expect(text(await call('detect'))).toBe('undefined|false|true|true|false');
  });

  it('refuses payment in API code', async () => {
    const out = await call('pay');
    expect(out.kind === 'result' && out.envelope.isError).toBe(true);
    expect(text(out)).not.toContain('paid!'); // the code after requestPayment never ran
    expect(text(out)).toMatch(/requestPayment:fail /); // failed the way WeChat fails it, so the package can handle it
  });

  it('lets requests reach allowed domains only', async () => {
    expect(text(await call('fetch', { url: `http://127.0.0.1:${port}/x` }))).toBe('got 200 {"hello":"world"}');
    const refused = await runtime.call({ appId: 'other', api: 'fetch', arguments: { url: `http://127.0.0.1:${port}/x` }, userId: 'u1' });
    expect(text(refused)).toContain('domain not allowed: 127.0.0.1');
    expect(text(await call('fetch', { url: 'http://localhost:1/' }))).toContain('domain not allowed: localhost');
  });

  it('asks for consent before the user data reaches the mini-program, and honours a refusal', async () => {
    const asked = await call('phone');
    expect(asked).toEqual({ kind: 'consent-required', appId: 'probe', api: 'phone', scope: 'scope.phoneNumber' });
    expect(services.reads).toEqual([]);
    expect(text(await call('phone', {}, { grants: { 'scope.phoneNumber': 'denied' } }))).toBe('refused: getPhoneNumber:fail auth deny');
    expect(services.reads).toEqual([]);
    const granted = await call('phone', {}, { grants: { 'scope.phoneNumber': 'granted' } });
    expect(text(granted)).toBe('phone 13800138000');
    expect(granted.kind === 'result' && granted.scopesRead).toEqual(['scope.phoneNumber']);
  });

  it('validates arguments in the user\'s language, runs middleware, and keeps a result that misses its outputSchema', async () => {
    expect(text(await call('typed', { n: 'x' }, { locale: 'en' }))).toMatch(/Invalid arguments for typed: arguments\/n must be integer/);
    expect(text(await call('typed', { n: 'x' }))).toMatch(/调用 typed 的参数不符合它的 inputSchema：arguments\/n must be integer/);
    expect(text(await call('typed', { n: 3 }))).toBe('ok\nvia middleware');
    // WeChat checks outputSchema at review: at call time a mismatch is a log line, not an isError
    const loose = await call('typed', { n: 30 });
    expect(loose.kind === 'result' && loose.envelope).toMatchObject({ isError: false, structuredContent: { n: 30 } });
    expect(text(await call('noContent', {}, { locale: 'en' }))).toMatch(/has no content/);
    expect(text(await call('noContent'))).toMatch(/没有 content/);
  });

  it('lets a card talk upstream only inside a tap, in each of WeChat\'s message forms', async () => {
    const card = { appId: 'cardy', userId: 'u1', componentPath: 'skills/c/card/index', result: { isError: false, content: [{ type: 'text' as const, text: 'r' }] } };
    // shown without a tap, the card's own attempt fails (WeChat's `:fail` errMsg), and nothing goes up
    expect((await runtime.renderCard(card)).text).toMatch(/^sendFollowUpMessage:fail /);
    // on a tap, what goes up is the handler's words only: the re-mounted card's listener is not the user's gesture
    const tapped = await runtime.tapCard({ ...card, handler: 'onPlain', event: {} });
    expect(tapped.followUp).toEqual({ text: '帮我查时段' });
    expect(tapped.text).toMatch(/^sendFollowUpMessage:fail /);
    expect((await runtime.tapCard({ ...card, handler: 'onObject', event: {} })).followUp).toEqual({ text: '帮我改地址' });
    const bad = await runtime.tapCard({ ...card, handler: 'onBad', event: {} });
    expect(bad.followUp).toBeUndefined();
    expect(bad.text).toContain('sendFollowUpMessage:fail the first part must be');
  });

  it('reports the orders a call created', async () => {
    const out = await call('order');
    expect(out.kind === 'result' && out.orders).toEqual([{ orderId: 'review_1', status: 'created', amount: 3, refunded: 0, notifyApi: 'remember', skill: 'skills/probe' }]);
  });

  it('withdraws the orders of a call that fails after creating them, or stops to ask for consent: nothing of it stays', async () => {
    for (const how of ['throw', 'loop', 'consent']) {
      const before = services.orders.length;
      const out = await runtime.call({ appId: 'probe', api: 'orderThenFail', arguments: { how }, userId: 'u-withdraw' });
      expect(out.kind === 'result' ? out.orders : out.kind, how).toEqual(how === 'consent' ? 'consent-required' : []);
      expect(services.orders.slice(before).map((o) => o.status), how).toEqual(['canceled']);
    }
    expect(text(await runtime.call({ appId: 'probe', api: 'recall', arguments: {}, userId: 'u-withdraw' }))).toBe('secret=""');
    expect(await store.query(`SELECT key FROM app_storage WHERE user_id = 'u-withdraw'`)).toEqual([]);
  });

  it('inspects what each skill registered, and whether handlers are async', async () => {
    const inspection = await runtime.inspectSkills(packages.probe);
    expect(inspection).toHaveLength(1);
    expect(inspection[0]?.registered.map((r) => r.name)).toContain('escape');
    expect(inspection[0]?.registered.every((r) => r.isAsync)).toBe(true);
    expect(inspection[0]?.middlewareCount).toBe(1);
  });
});

describe('the hub\'s clock in the sandbox', () => {
  const CLOCKED = `
const skill = wx.modelContext.createSkill('skills/time');
skill.registerAPI('when', async () => ({ content: [{ type: 'text', text: JSON.stringify([Date.now(), new Date().getTime(), Date.now()]) }] }));`;
  const pkg = skillPackage('clocked', [{ path: 'skills/time', files: { 'index.js': CLOCKED }, apis: [{ name: 'when' }] }]);
  const times = async (clock: Clock): Promise<number[]> => {
    const store = await openMemoryStore();
    const runtime = new Runtime({ store, services: memoryServices(), clock, limits: { memoryLimitBytes: 64 * 1024 * 1024, timeLimitMs: 1_000 }, resolve: async () => ({ version: 'v1', pkg }) });
    try {
      return JSON.parse(text(await runtime.call({ appId: 'clocked', api: 'when', arguments: {}, userId: 'u1' }))) as number[];
    } finally {
      runtime.dispose();
      await store.close();
    }
  };

  it('is the hub\'s time, moving with the machine\'s, for a clock that moves', async () => {
    const clock = fixedClock('2026-11-20T10:00:00+08:00');
    const before = clock.now().getTime();
    const seen = await times(clock);
    const after = clock.now().getTime();
    for (const t of seen) expect(t).toBeGreaterThanOrEqual(before);
    for (const t of seen) expect(t).toBeLessThanOrEqual(after);
    expect(seen[2]).toBeGreaterThanOrEqual(seen[0]!);
  });

  it('is exactly the clock\'s time for a clock that stands still (frozen, or set by a test)', async () => {
    const at = new Date('2026-11-20T10:00:00+08:00').getTime();
    expect(await times(fixedClock('2026-11-20T10:00:00+08:00', 'Asia/Shanghai', { frozen: true }))).toEqual([at, at, at]);
    expect(await times({ now: () => new Date(at + 5), timeZone: 'Asia/Shanghai' })).toEqual([at + 5, at + 5, at + 5]);
  });
});
