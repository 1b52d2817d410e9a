import { describe, expect, it } from 'vitest';
import { analyzePackage, NOTIFY_API } from './index.ts';
import { packageOf, page } from './test-support.ts';

// A small repair shop: pick a bike, pick services (＋/－), a date chip, an address (the user's
// data), a note; the pay button goes through the package's own helpers (api.js, pay.js).
const SHOP = packageOf({
  'app.json': JSON.stringify({ pages: ['pages/bikes/bikes', 'pages/order/order', 'pages/done/done'], window: { navigationBarTitleText: '快修单车' } }),
  'utils/api.js': "function post(path, data) { return new Promise((ok) => wx.request({ url: 'https://api.example.com' + path, method: 'POST', data, success: ok })); }\nmodule.exports = { post };",
  'utils/pay.js': "const api = require('./api.js');\nexports.pay = async function (order) { const created = await wx.createOrder(order); await api.post('/orders', created); wx.requestPayment({ orderId: created.orderId }); };",
  ...page('pages/bikes/bikes', `<view class="title">车型 Bikes</view>
<view wx:for="{{bikes}}" wx:key="id" bindtap="onPick" data-id="{{item.id}}">{{item.name}} {{item.nameEn}}</view>`,
  "Page({ data: { bikes: [] }, onLoad() { this.setData({ bikes: [] }); }, onPick(e) { wx.navigateTo({ url: `/pages/order/order?bike=${e.currentTarget.dataset.id}` }); } });", '车型'),
  ...page('pages/order/order', `<view class="title">服务 Services</view>
<view wx:for="{{services}}" wx:key="code">{{item.name}} <button bindtap="onLess" data-code="{{item.code}}">－</button>{{item.count}}<button bindtap="onMore" data-code="{{item.code}}">＋</button></view>
<view class="title">日期 Date</view>
<view wx:for="{{days}}" wx:key="date" bindtap="onDay" data-date="{{item.date}}">{{item.label}}</view>
<view class="title">地址 Address</view>
<view wx:for="{{addresses}}" wx:key="id" bindtap="onAddress" data-id="{{item.id}}">{{item.label}}</view>
<input placeholder="备注 Note" bindinput="onNote" />
<button bindtap="onPay">支付并下单 Pay and order</button>`,
  `const { pay } = require('../../utils/pay.js');
Page({
  data: { services: [], days: [], addresses: [], date: '', addressId: '', note: '' },
  async onLoad(query) { const q = query || {}; this.setData({ bike: q.bike }); const list = await wx.getAddressList(); this.setData({ addresses: list.addresses }); },
  onMore(e) { this.bump(e.currentTarget.dataset.code, 1); },
  onLess(e) { this.bump(e.currentTarget.dataset.code, -1); },
  bump(code, d) { this.setData({ services: this.data.services }); },
  onDay(e) { this.setData({ date: e.currentTarget.dataset.date }); },
  onAddress(e) { this.setData({ addressId: e.currentTarget.dataset.id }); },
  onNote(e) { this.setData({ note: e.detail.value }); },
  onPay() { return pay({ title: 'repair', amount: 1, lines: [] }); },
});`, '下单'),
  ...page('pages/done/done', '<view>{{message}}</view>', 'Page({ data: { message: "" } })', '完成'),
});

describe('analyzePackage', () => {
  const analysis = analyzePackage(SHOP);
  const orderPage = analysis.graph.pages.find((p) => p.path === 'pages/order/order')!;

  it('reads entry parameters, lists and what handlers do through the package\'s own helpers', () => {
    expect(orderPage.entryParams).toContain('bike');
    expect(orderPage.lists.map((l) => l.key)).toEqual(['services', 'days', 'addresses']);
    const effects = orderPage.handlers.onPay!.effects.map((e) => e.kind);
    expect(effects).toEqual(expect.arrayContaining(['order', 'request', 'payment']));
    expect(orderPage.loadEffects).toContainEqual(expect.objectContaining({ kind: 'user-data', scope: 'scope.address' }));
    const bikes = analysis.graph.pages[0]!.handlers.onPick!.effects[0];
    expect(bikes).toMatchObject({ kind: 'navigate', target: 'pages/order/order', query: [{ key: 'bike', from: 'dataset:id' }] });
    expect(analysis.summary).toMatchObject({ pages: 3, paymentPoints: 1, dataReads: 1, warnings: 0 });
  });

  it('derives one list tool per choice a flow needs and one commit tool, each ID naming its source', () => {
    const names = analysis.derived.apis.map((a) => a.name);
    expect(names).toEqual(['listBikes', 'listServices', 'listAddresses', 'payAndOrder', NOTIFY_API]);
    const commit = analysis.derived.apis.find((a) => a.name === 'payAndOrder')!;
    expect(commit.inputSchema.required).toEqual(['bikeId', 'items', 'date', 'addressId']);
    expect(commit.inputSchema.properties?.bikeId?.description).toContain('listBikes');
    expect(commit.inputSchema.properties?.addressId?.description).toContain('listAddresses');
    expect(commit.inputSchema.properties?.items?.items?.properties?.serviceId?.description).toContain('listServices');
    expect(commit.inputSchema.properties?.note).toMatchObject({ type: 'string' });
    expect(commit.annotations).toBeUndefined(); // a payment is confirmed as an order, not as an action
    const list = analysis.derived.apis.find((a) => a.name === 'listAddresses')!;
    expect(list.annotations?.readOnlyHint).toBe(true);
    expect(Object.keys(list.inputSchema.properties ?? {})).toEqual(['bikeId', 'items']);
  });

  it('plans the commit as the steps a person takes', () => {
    const plan = analysis.derived.plans.payAndOrder!;
    expect(plan.steps.map((s) => s.op)).toEqual(['open', 'choose', 'quantities', 'choose', 'choose', 'fill', 'tap']);
    expect(plan.steps[2]).toMatchObject({ op: 'quantities', add: 'onMore', remove: 'onLess', datasetKey: 'code', idField: 'code', qtyField: 'count' });
    expect(plan.payment).toBe(true);
  });

  it('generates a SKILL.md naming the flow in order', () => {
    expect(analysis.derived.skillMd).toMatch(/listBikes → listServices → listAddresses → payAndOrder/);
    expect(analysis.derived.skillMd).toContain('快修单车');
  });

  it('lets a written skill win where it covers the same page', () => {
    const withSkill = { ...SHOP, skills: [{ ...{ name: 's', description: 'd', path: 'skills/s', skillMd: '', frontMatter: {}, components: [], mcpJsonCompactBytes: 0, entry: '' }, apis: [{ name: 'orderRepair', description: '', inputSchema: {}, pagePath: 'pages/order/order', examples: [] }] }] };
    expect(analyzePackage(withSkill).derived.apis.map((a) => a.name)).not.toContain('payAndOrder');
  });
});

describe('a choice of fixed buttons (a window or an aisle seat)', () => {
  const BOAT = packageOf({
    'app.json': JSON.stringify({ pages: ['pages/seat/seat'], window: { navigationBarTitleText: '渡船' } }),
    ...page('pages/seat/seat', `<view class="title">座位 Seat</view>
<button bindtap="onSeat" data-kind="window">靠窗座 Window seat</button>
<button bindtap="onSeat" data-kind="aisle">过道座 Aisle seat</button>
<button bindtap="onPay">支付 Pay</button>`,
    "Page({ data: { kind: '' }, onSeat(e) { this.setData({ kind: e.currentTarget.dataset.kind }); }, onPay() { return wx.requestPayment({ orderId: 'x' }); } });", '座位'),
  });

  it('keeps what the page calls each choice, to name one it does not offer', () => {
    const plan = Object.values(analyzePackage(BOAT).derived.plans)[0]!;
    const pick = plan.steps.find((s) => s.op === 'pick');
    expect(pick).toMatchObject({ op: 'pick', datasetKey: 'kind', labels: { window: { zh: '靠窗座', en: 'Window seat' }, aisle: { zh: '过道座', en: 'Aisle seat' } } });
  });
});
