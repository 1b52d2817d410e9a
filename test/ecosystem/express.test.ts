import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintPackage } from '../../src/review/index.ts';
import { apiCaller, resultData as data, resultText as text, type CallResult as Result } from '../support/package-calls.ts';
import { usePackageRuntime } from '../support/package-runtime.ts';

// 快递查查 ParcelTrack, installed from ecosystem/packages/express and called through the real
// sandbox: tracking, the user's parcels behind the phone-number consent, the shipping price
// rule, the shipping order and its pickup, cancellation with a refund, and what storage keeps.
const PACKAGE = new URL('../../ecosystem/packages/express', import.meta.url).pathname;
const USERS = JSON.parse(readFileSync(new URL('../../ecosystem/data/users.json', import.meta.url), 'utf8')) as { users: { id: string; phone: string }[] };

const RECIPIENT = { recipientName: '李明', recipientPhone: '13600136000', recipientAddress: '上海市徐汇区漕溪北路88号' };

describe('express mini-program (快递查查 ParcelTrack)', () => {
  const app = usePackageRuntime(PACKAGE, {
    userData: (_scope, call) => ({ phoneNumber: USERS.users.find((u) => u.id === call.userId)?.phone }),
  });

  const { raw, call } = apiCaller(app, { appId: 'express', userId: 'demo', grants: { 'scope.phoneNumber': 'granted' } });
  const order = (id: string) => app.services.orders.find((o) => o.orderId === id)!;
  async function card(api: string, out: Result) {
    const componentPath = app.pkg.skills[0]!.apis.find((a) => a.name === api)!.componentPath!;
    return (await app.runtime.renderCard({ appId: 'express', userId: 'demo', componentPath, result: out.envelope })).text;
  }
  const shipments = async () => {
    const rows = await app.store.query<{ value: Record<string, any>[] }>(`SELECT value FROM app_storage WHERE app_id = 'express' AND user_id = '' AND key = 'shipments'`);
    return rows[0]?.value ?? [];
  };

  it('lints clean: no error and no best-practice warning', () => {
    expect(lintPackage(app.pkg)).toEqual([]);
  });

  it('tracks SF1234567890 without any consent: 已签收, newest event first, no phone number of anyone', async () => {
    const out = await call('trackParcel', { number: 'SF1234567890' }, { grants: {} });
    expect(out.envelope.isError).toBe(false);
    expect(out.scopesRead).toEqual([]);
    expect(text(out)).toContain('已签收');
    const parcel = data(out).parcel;
    expect(parcel).toMatchObject({ number: 'SF1234567890', carrierName: '顺丰速运', status: 'delivered', statusText: '已签收' });
    expect(parcel.events[0].text).toBe('已签收，签收人：前台');
    expect(JSON.stringify(data(out))).not.toContain('13800138000');
  });

  it('says plainly when a tracking number is unknown, and refuses a malformed one by its schema', async () => {
    const unknown = await call('trackParcel', { number: 'SF0000000000' });
    expect(unknown.envelope.isError).toBe(true);
    expect(text(unknown)).toContain('核对');
    const malformed = await call('trackParcel', { number: '快递' });
    expect(malformed.envelope.isError).toBe(true);
  });

  it('asks for the phone-number consent before listing my parcels, and reads nothing without it', async () => {
    const out = await raw('listMyParcels', {}, { grants: {} });
    expect(out).toMatchObject({ kind: 'consent-required', scope: 'scope.phoneNumber' });
  });

  it('lists the parcels sent to my phone, newest first, with their status words', async () => {
    const out = await call('listMyParcels');
    expect(out.scopesRead).toEqual(['scope.phoneNumber']);
    const numbers = (data(out).parcels as { number: string }[]).map((p) => p.number);
    expect(numbers).toEqual(['JD0099887766', 'ZTO7788990011', 'SF1234567890', 'YTO5566778899']);
    for (const n of ['ZTO7788990011', 'JD0099887766', 'YTO5566778899']) expect(text(out)).toContain(n);
    expect(text(out)).toContain('派送中');
    expect(text(out)).toContain('异常');
    expect(data(out).phone).toBe('138****8000');
  });

  it('on a refused consent offers tracking by number instead, in English for an English user, and shows no parcel', async () => {
    const out = await call('listMyParcels', {}, { userId: 'alice', locale: 'en', grants: { 'scope.phoneNumber': 'denied' } });
    expect(out.envelope.isError).toBe(true);
    expect(out.scopesRead).toEqual([]);
    expect(text(out)).toContain('tracking number');
    expect(text(out)).not.toContain('ZTO3344556677');
    const zh = await call('listMyParcels', {}, { userId: 'alice', grants: { 'scope.phoneNumber': 'denied' } });
    expect(text(zh)).toContain('单号');
  });

  it('prices a parcel by the shipping rule: first kg, then each started extra kg; same city cheaper', async () => {
    const price = async (fromCity: string, toCity: string, weightKg: number) => {
      const out = await call('shipParcel', { fromCity, toCity, weightKg, ...RECIPIENT });
      expect(out.envelope.isError).toBe(false);
      return data(out).amount as number;
    };
    expect(await price('beijing', 'shanghai', 3)).toBe(28);
    expect(await price('beijing', 'shanghai', 1)).toBe(18);
    expect(await price('beijing', 'shanghai', 1.2)).toBe(23);
    expect(await price('beijing', 'beijing', 0.5)).toBe(12);
    expect(await price('shanghai', 'shanghai', 2.5)).toBe(16);
    expect(await price('guangzhou', 'shenzhen', 30)).toBe(18 + 5 * 29);
    const heavy = await call('shipParcel', { fromCity: 'beijing', toCity: 'shanghai', weightKg: 31, ...RECIPIENT });
    expect(heavy.envelope.isError).toBe(true);
    expect(heavy.orders).toEqual([]);
    expect(text(heavy)).toContain('最重 30 公斤');
  });

  it('takes cities as people and planners write them, and names the cities served when it cannot', async () => {
    for (const [fromCity, toCity] of [['北京寄', '上海'], ['北京市', 'Shanghai'], ['from Beijing', '上海市徐汇区']]) {
      const out = await call('shipParcel', { fromCity, toCity, weightKg: 3, ...RECIPIENT });
      expect(data(out).quote).toMatchObject({ fromCityName: '北京', toCityName: '上海', price: 28 });
    }
    const far = await call('shipParcel', { fromCity: '拉萨', toCity: '上海', weightKg: 3, ...RECIPIENT });
    expect(far.envelope.isError).toBe(true);
    expect(far.orders).toEqual([]);
    expect(text(far)).toContain('可寄城市');
    const both = await call('shipParcel', { fromCity: '北京到上海', toCity: '上海', weightKg: 3, ...RECIPIENT }, { locale: 'en' });
    expect(both.envelope.isError).toBe(true);
    expect(text(both)).toContain('Cities served');
  });

  it('creates the exact shipping order for 「寄一个3公斤的包裹，从北京寄到上海」 and nothing is paid yet', async () => {
    const out = await call('shipParcel', { fromCity: '北京', toCity: '上海', weightKg: 3, ...RECIPIENT, recipientName: '收件人李明' });
    expect(out.envelope.isError).toBe(false);
    expect(out.orders).toEqual([expect.objectContaining({ amount: 28, status: 'created', notifyApi: 'notifyShipment' })]);
    const o = order(out.orders[0]!.orderId);
    expect(o.lines).toEqual([{ ref: 'ship', name: expect.any(String), qty: 1, unitPrice: 28, options: { fromCity: '北京', toCity: '上海', weightKg: 3 } }]);
    expect(o.meta).toEqual({ recipientPhone: '13600136000' });
    expect(data(out).recipient).toEqual({ name: '李明', phone: '13600136000', address: '上海市徐汇区漕溪北路88号' });
    expect(text(out)).toContain('28.00 元');
    expect(text(out)).toContain('确认卡片');
    const saved = (await shipments()).find((s) => s.orderId === o.orderId);
    expect(saved).toMatchObject({ status: 'awaiting_payment', price: 28, recipient: { name: '李明' } });
    expect(saved?.number).toBeUndefined();
  });

  it('asks for what the recipient is missing instead of inventing it, and refuses a bad phone number', async () => {
    const out = await call('shipParcel', { fromCity: 'beijing', toCity: 'shanghai', weightKg: 3, ...RECIPIENT, recipientName: '收件人' });
    expect(out.envelope.isError).toBe(true);
    expect(out.orders).toEqual([]);
    expect(text(out)).toContain('收件人姓名');
    expect(data(out).missing).toEqual(['recipientName']);
    const phone = await call('shipParcel', { fromCity: 'beijing', toCity: 'shanghai', weightKg: 3, ...RECIPIENT, recipientPhone: '12345' });
    expect(phone.envelope.isError).toBe(true);
    expect(phone.orders).toEqual([]);
  });

  it('books the pickup with a waybill number once paid; the parcel is then tracked and listed as mine', async () => {
    const out = await call('shipParcel', { fromCity: 'beijing', toCity: 'shanghai', weightKg: 3, ...RECIPIENT });
    const orderId = data(out).orderId as string;
    const early = await call('notifyShipment', { orderId, status: 'paid' }, { mode: 'system' });
    expect(early.envelope.isError).toBe(true); // the payment service has not captured it: nothing changes
    expect((await shipments()).find((s) => s.orderId === orderId)?.status).toBe('awaiting_payment');

    order(orderId).status = 'paid';
    const paid = await call('notifyShipment', { orderId, status: 'paid' }, { mode: 'system' });
    expect(paid.envelope.isError).toBe(false);
    expect(text(paid)).toContain('支付成功');
    const number = data(paid).number as string;
    expect(number).toMatch(/^SF\d{10}$/);
    expect(text(paid)).toContain(number);
    const again = await call('notifyShipment', { orderId, status: 'paid' }, { mode: 'system' });
    expect(data(again).number).toBe(number);

    const tracked = await call('trackParcel', { number });
    expect(data(tracked).parcel).toMatchObject({ status: 'pending_pickup', statusText: '待揽收', direction: 'outgoing' });
    const mine = await call('listMyParcels');
    expect((data(mine).parcels as { number: string }[]).map((p) => p.number)).toContain(number);
    const others = await call('listMyParcels', {}, { userId: 'bob' });
    expect((data(others).parcels as { number: string }[]).map((p) => p.number)).toEqual(['JD5544332211']);
  });

  it('drops the shipment when the user declines the payment: nothing charged, nothing sent', async () => {
    const out = await call('shipParcel', { fromCity: 'hangzhou', toCity: 'hangzhou', weightKg: 1, ...RECIPIENT }, { locale: 'en' });
    expect(text(out)).toContain('¥12.00');
    const orderId = data(out).orderId as string;
    order(orderId).status = 'canceled';
    const canceled = await call('notifyShipment', { orderId, status: 'canceled' }, { mode: 'system', locale: 'en' });
    expect(canceled.envelope.isError).toBe(false);
    expect(text(canceled)).toContain('nothing was charged');
    expect((await shipments()).find((s) => s.orderId === orderId)?.status).toBe('canceled');
  });

  it('cancels my own shipment before pickup with a full refund, once, and never someone else\'s', async () => {
    const out = await call('shipParcel', { fromCity: 'beijing', toCity: 'tianjin', weightKg: 2, ...RECIPIENT });
    const orderId = data(out).orderId as string;
    expect(data(out).amount).toBe(23);
    order(orderId).status = 'paid';
    const number = data(await call('notifyShipment', { orderId, status: 'paid' }, { mode: 'system' })).number as string;

    const stranger = await call('cancelShipment', { number }, { userId: 'bob' });
    expect(stranger.envelope.isError).toBe(true);
    expect(order(orderId).refunded).toBe(0);

    const done = await call('cancelShipment', { number });
    expect(done.envelope.isError).toBe(false);
    expect(data(done)).toEqual({ number, status: 'canceled', refunded: 23 });
    expect(order(orderId)).toMatchObject({ refunded: 23, status: 'refunded' });
    const twice = await call('cancelShipment', { number });
    expect(twice.envelope.isError).toBe(true);
    expect(order(orderId).refunded).toBe(23);
    expect(data(await call('trackParcel', { number })).parcel.statusText).toBe('已取消');
  });

  it('shows the exact shipping order on its confirmation card with a pay button, then the waybill on the receipt', async () => {
    const out = await call('shipParcel', { fromCity: '北京', toCity: '上海', weightKg: 3, ...RECIPIENT });
    const confirmation = await card('shipParcel', out);
    for (const part of ['北京 → 上海', '3 kg', '李明 13600136000', '上海市徐汇区漕溪北路88号', '¥28.00', '确认支付']) expect(confirmation).toContain(part);
    order(data(out).orderId).status = 'paid';
    const paid = await call('notifyShipment', { orderId: data(out).orderId, status: 'paid' }, { mode: 'system' });
    const receipt = await card('notifyShipment', paid);
    expect(receipt).toContain(data(paid).number);
    expect(receipt).toContain('等待揽收');
    expect(await card('trackParcel', await call('trackParcel', { number: 'SF1234567890' }))).toContain('已签收，签收人：前台');
  });
});
