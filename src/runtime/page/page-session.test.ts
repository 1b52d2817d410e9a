import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/index.ts';
import { loadPackage } from '../../package/index.ts';
import { openMemoryStore, type Store } from '../../store/index.ts';
import { scratchServices } from '../review-services.ts';
import { Runtime } from '../runtime.ts';
import type { PageOutcome, PageSession, PaymentSettler } from './index.ts';

// The page runtime on a package of its own (test/fixtures/packages/page-lab): lifecycle,
// navigation, setData paths, components, forms, consent, modals, payment and a hostile page.
const FIXTURE = new URL('../../../test/fixtures/packages/page-lab', import.meta.url).pathname;

function ok(outcome: PageOutcome): PageOutcome & { kind: 'ok' } {
  if (outcome.kind !== 'ok') throw new Error(`expected ok, got ${outcome.kind}: ${JSON.stringify(outcome.kind === 'error' ? outcome.error : outcome.kind === 'ignored' ? outcome.reason : outcome.scope)}`);
  return outcome;
}

/** The path of the action whose label contains `label`. */
function at(session: PageSession, label: string): string {
  const action = session.state().actions.find((a) => a.label.includes(label) || a.placeholder?.includes(label));
  if (!action) throw new Error(`no 「${label}」 on ${session.state().path}:\n${session.state().text}`);
  return action.path;
}

describe('the page runtime (mini-program view)', () => {
  let store: Store;
  let runtime: Runtime;
  const services = scratchServices();
  let users = 0;
  const open = (grants = {}) => runtime.openPages({ appId: 'page-lab', userId: `user-${++users}`, grants });

  beforeAll(async () => {
    const loaded = await loadPackage(FIXTURE);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
    const pkg = { ...loaded.value, appId: 'page-lab' };
    store = await openMemoryStore();
    runtime = new Runtime({
      store, services, clock: fixedClock('2026-11-20T10:00:00+08:00'),
      resolve: async () => ({ version: 'v1', pkg }),
      limits: { memoryLimitBytes: 32 * 1024 * 1024, timeLimitMs: 1_000 },
    });
  });

  afterAll(async () => {
    runtime.dispose();
    await store.close();
  });

  it('launches the app once, opens a page with its query and renders its data', async () => {
    const session = open();
    const first = ok(await session.open('pages/index/index', { name: '小明' }));
    expect(first.state).toMatchObject({ path: 'pages/index/index', query: { name: '小明' }, title: '首页 Home', stack: [{ path: 'pages/index/index' }] });
    expect(first.state.text).toContain('你好 Hello 小明 · 启动 1 次 · 页面 1');
    const again = ok(await session.open('/pages/index/index?name=又来'));
    expect(again.state.text).toContain('你好 Hello 又来 · 启动 1 次'); // onLaunch ran once per session
    await expect(session.open('pages/nowhere/nowhere')).rejects.toThrow(/no page "pages\/nowhere\/nowhere"/);
    session.close();
  });

  it('applies setData paths and bubbles a tap on a row to its handler with the dataset', async () => {
    const session = open();
    ok(await session.open());
    const apple = at(session, '苹果');
    ok(await session.tap(apple));
    ok(await session.tap(`${apple}.0`)); // the text inside the row: the tap bubbles up
    const state = session.state();
    expect(state.text).toContain('苹果 Apple × 2');
    expect(state.text).toContain('合计 Total 2');
    expect(state.data.items).toEqual([{ id: 'a', name: '苹果 Apple', qty: 2 }, { id: 'b', name: '香蕉 Banana', qty: 0 }]);
    ok(await session.tap(at(session, '慢慢数'))); // async handler: storage read, timer, then setData
    expect(session.state().text).toContain('合计 Total 12');
  });

  it('runs a component method with the properties the page gave it and delivers its triggerEvent', async () => {
    const session = open();
    ok(await session.open());
    expect(session.state().text).toContain('推荐 Pick · 点我 Tap me');
    ok(await session.tap(at(session, '推荐 Pick')));
    expect(session.state().text).toContain('已选 Picked 推荐 Pick!');
  });

  it('navigates with a page stack: navigateTo, relative urls, back, redirectTo, reLaunch, switchTab, navigator', async () => {
    const session = open();
    ok(await session.open());
    let state = ok(await session.tap(at(session, '详情'))).state;
    expect(state).toMatchObject({ path: 'pages/detail/detail', query: { id: 'a', from: 'index' } });
    expect(state.text).toContain('详情 Detail a 来自 from index · 第 2 层');
    state = ok(await session.tap(at(session, '更深'))).state;
    expect(state.stack.map((p) => p.query.id)).toEqual([undefined, 'a', '1']);
    state = ok(await session.back()).state;
    expect(state.text).toContain('详情 Detail a');
    state = ok(await session.tap(at(session, '返回'))).state;
    expect(state.path).toBe('pages/index/index');
    expect(state.data.log).toBe('index.onLoad > index.onShow > index.onHide > detail.onLoad > detail.onLoad > detail.onUnload > detail.onUnload > index.onShow');
    expect((await session.back()).kind).toBe('ignored');

    state = ok(await session.tap(at(session, '去表单'))).state;
    expect(state).toMatchObject({ path: 'pages/form/form', query: { mode: 'nav' } });
    expect(state.stack).toHaveLength(2);

    ok(await session.open('pages/detail/detail', 'id=x'));
    state = ok(await session.tap(at(session, '换页'))).state;
    expect(state).toMatchObject({ path: 'pages/form/form', query: { mode: 'redirect' }, stack: [{ path: 'pages/form/form' }] });

    ok(await session.open('pages/detail/detail', 'id=y'));
    state = ok(await session.tap(at(session, '切换标签'))).state;
    expect(state).toMatchObject({ path: 'pages/form/form', query: {}, stack: [{ path: 'pages/form/form' }] });

    ok(await session.open('pages/detail/detail', 'id=z'));
    state = ok(await session.tap(at(session, '回首页'))).state;
    expect(state.stack).toEqual([{ path: 'pages/index/index', query: { name: '再来' } }]);

    ok(await session.open('pages/detail/detail', 'id=w'));
    state = ok(await session.tap(at(session, '不存在'))).state;
    expect(state.path).toBe('pages/detail/detail');
    expect(state.warnings.join()).toMatch(/navigateTo:fail page "pages\/nowhere\/nowhere" is not found/);
  });

  it('hands a payload to the page that registered wx.onAgentHandoff', async () => {
    const session = open();
    const state = ok(await session.open('pages/detail/detail', { id: 'h1' }, { handoff: { orderId: 'o_1' } })).state;
    expect(state.text).toContain('交接 Handoff {"orderId":"o_1"}');
  });

  it('fills a form as a person does and submits every value as WeChat would', async () => {
    const session = open();
    ok(await session.open('pages/form/form'));
    ok(await session.input(at(session, '昵称'), '阿明'));
    expect(session.state().text).toContain('阿明'); // an unbound field keeps what was typed
    const picker = session.state().actions.find((a) => a.kind === 'select')!;
    expect(picker.options).toEqual(['小 S', '中 M', '大 L']);
    ok(await session.change(picker.path, '大 L'));
    expect(session.state().data.sizeIndex).toBe(2);
    const toggles = session.state().actions.filter((a) => a.kind === 'toggle');
    ok(await session.tap(toggles[0]!.path)); // the switch
    ok(await session.tap(toggles.find((a) => a.value === 'ice')!.path));
    ok(await session.tap(toggles.find((a) => a.value === 'card')!.path));
    const submitted = ok(await session.submit(at(session, '提交'), { note: '多谢' }));
    expect(JSON.parse(String(submitted.state.data.submitted))).toEqual({ nickname: '阿明', note: '多谢', size: 2, gift: true, extras: ['ice', 'milk'], pay: 'card' });
    expect(submitted.state.toasts).toEqual(['已提交 Submitted']);
    const rows = await store.query<{ value: unknown }>(`SELECT value FROM app_storage WHERE app_id = 'page-lab' AND user_id = $1 AND key = 'lastForm'`, [session.userId]);
    expect(rows[0]?.value).toMatchObject({ nickname: '阿明', pay: 'card' });

    ok(await session.tap(at(session, '重置')));
    const after = ok(await session.tap(at(session, '提交'))).state;
    expect(JSON.parse(String(after.data.submitted))).toMatchObject({ nickname: '', gift: false, extras: ['milk'], pay: 'wallet' });
    const disabled = session.state().tree[0]!.children.find((n) => n.kind === 'button' && n.attrs.disabled === true)!;
    expect((await session.tap(disabled.path)).kind).toBe('ignored'); // a disabled button does nothing
    await expect(session.change(picker.path, '特大 XL')).rejects.toThrow(/choose one of: 小 S \| 中 M \| 大 L/);
    await expect(session.tap('9.9.9')).rejects.toThrow(/no node at "9.9.9"/);
  });

  it('asks for consent: an ungranted scope changes nothing until the user grants and the tap is repeated', async () => {
    const session = open();
    ok(await session.open('pages/form/form'));
    const asked = await session.tap(at(session, '手机号'));
    expect(asked).toMatchObject({ kind: 'consent-required', scope: 'scope.phoneNumber' });
    expect(asked.state.text).not.toContain('手机 ');
    session.grant('scope.phoneNumber');
    expect(ok(await session.tap(at(session, '手机号'))).state.text).toContain('手机 13000000000');

    const refusing = open({ 'scope.phoneNumber': 'denied' });
    ok(await refusing.open('pages/form/form'));
    expect(ok(await refusing.tap(at(refusing, '手机号'))).state.text).toContain('未授权 getPhoneNumber:fail auth deny');
  });

  it('waits on a modal for the person to answer it', async () => {
    const session = open();
    ok(await session.open('pages/form/form'));
    const asked = ok(await session.tap(at(session, '提问')));
    expect(asked.state.modals).toEqual([{ title: '确认 Confirm', content: '真的吗？ Really?', showCancel: true, confirmText: '确定', cancelText: '取消' }]);
    expect((await session.tap(at(session, '手机号'))).kind).toBe('ignored');
    const answered = ok(await session.answerModal(false));
    expect(answered.state.text).toContain('回答 否 no');
    expect(answered.state.modals).toEqual([]);
  });

  it('never pays by itself: the payment waits for the caller to settle it on the user\'s answer', async () => {
    const calls: [string, boolean][] = [];
    const settle: PaymentSettler = async (orderId, accept) => {
      calls.push([orderId, accept]);
      return accept ? { ok: true, message: 'paid' } : { ok: false, message: 'cancel' };
    };
    const session = open();
    ok(await session.open('pages/shop/shop'));
    const waiting = ok(await session.tap(at(session, '购买')));
    expect(waiting.state.payment).toMatchObject({ amount: 12.5, status: 'created' });
    expect(waiting.state.text).toContain('待支付 waiting');
    expect(calls).toEqual([]);
    expect((await session.tap(at(session, '购买'))).kind).toBe('ignored');
    const orderId = waiting.state.payment!.orderId;
    const paid = ok(await session.confirmPayment(true, settle));
    expect(paid.payment).toEqual({ orderId, paid: true, message: 'paid' });
    expect(paid.state.text).toContain('已支付 paid');
    expect(paid.state.payment).toBeUndefined();
    expect(calls).toEqual([[orderId, true]]);
    expect((await session.confirmPayment(true, settle)).kind).toBe('ignored');

    ok(await session.tap(at(session, '购买')));
    const declined = ok(await session.confirmPayment(false, settle));
    expect(declined.state.text).toContain('支付失败 requestPayment:fail cancel');

    ok(await session.tap(at(session, '付款后卡死')));
    const hung = await session.confirmPayment(true, settle);
    expect(hung).toMatchObject({ kind: 'error' });
    expect(hung.kind === 'error' ? hung.error : '').toMatch(/was paid \(paid\), then the page failed: .*time limit/);
    expect(hung.state.payment).toBeUndefined(); // the answer stands: the page no longer waits on it
    expect(hung.state.text).toContain('支付失败 requestPayment:fail cancel');

    const bogus = ok(await session.tap(at(session, '乱付')));
    expect(bogus.state.text).toContain('requestPayment:fail no order ord_not_mine of this mini-program');
    expect(bogus.state.payment).toBeUndefined();
  });

  it('reports a hostile page clearly, changes nothing, and stays usable', async () => {
    const session = open();
    ok(await session.open());
    ok(await session.tap(at(session, '详情')));
    ok(await session.open('pages/hostile/hostile'));
    ok(await session.tap(at(session, '加一')));

    const looped = await session.tap(at(session, '死循环'));
    expect(looped.kind).toBe('error');
    expect(looped.kind === 'error' && looped.error).toMatch(/time limit/);
    expect(looped.state.text).toContain('计数 Count 1');
    const rebuilt = ok(await session.tap(at(session, '加一'))).state; // a fresh realm, the pages rebuilt
    expect(rebuilt.text).toContain('计数 Count 2');
    expect(rebuilt.stack.map((p) => p.path)).toEqual(['pages/hostile/hostile']);

    const thrown = await session.tap(at(session, '抛出'));
    expect(thrown.kind === 'error' && thrown.error).toMatch(/onThrow: kaboom/);
    expect(thrown.state.text).toContain('计数 Count 2');
    const written = await store.query(`SELECT 1 FROM app_storage WHERE app_id = 'page-lab' AND key = 'hostile'`);
    expect(written).toEqual([]);

    const rejected = await session.tap(at(session, '异步抛出'));
    expect(rejected.kind === 'error' && rejected.error).toMatch(/async kaboom/);
    const unsupported = await session.tap(at(session, '蓝牙'));
    expect(unsupported.kind === 'error' && unsupported.error).toMatch(/wx\.openBluetoothAdapter is not supported by AgentOS/);
    const bomb = await session.tap(at(session, '内存'));
    expect(bomb.kind === 'error' && bomb.error).toMatch(/memory|string too long/);

    const escaped = ok(await session.tap(at(session, '逃逸'))).state;
    expect(escaped.text).toContain('module "fs" is not available to a mini-program');
    expect(escaped.text).toContain('| undefined | undefined');
    expect(escaped.text).toContain('计数 Count 2');
    const missing = ok(await session.tap(at(session, '无处理')));
    expect(missing.state.warnings.join()).toMatch(/has no method "onNothing"/);
  });
});
