import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintPackage } from '../../src/review/index.ts';
import type { CallRequest } from '../../src/runtime/index.ts';
import { apiCaller, resultData as data, resultText as text, type CallResult as Result } from '../support/package-calls.ts';
import { usePackageRuntime } from '../support/package-runtime.ts';

// 生活缴费 HomeBills, installed from ecosystem/packages/bills and called through the real
// sandbox: the accounts each user bound earlier (per-user storage `boundAccounts`, as the
// hub's installer writes it), paying exactly what is due, nothing due, a second payment of a
// settled bill refunded, binding, mobile top-up behind the phone consent, the provident fund
// behind the real-name consent.
const PACKAGE = new URL('../../ecosystem/packages/bills', import.meta.url).pathname;
const USERS = JSON.parse(readFileSync(new URL('../../ecosystem/data/users.json', import.meta.url), 'utf8')) as {
  users: { id: string; phone: string; realname: unknown; billAccounts: string[] }[];
};
const user = (id: string) => USERS.users.find((u) => u.id === id)!;

describe('bills mini-program (生活缴费 HomeBills)', () => {
  const app = usePackageRuntime(PACKAGE, {
    userData: (scope, call) => {
      const u = user(call.userId);
      return scope === 'scope.phoneNumber' ? { phoneNumber: u.phone } : u.realname;
    },
  });
  beforeAll(async () => {
    // What the hub's ecosystem installer does at first start: the accounts each user bound earlier.
    for (const u of USERS.users) await app.runtime.seedStorage('bills', u.id, { boundAccounts: u.billAccounts });
  });

  const grants = { 'scope.phoneNumber': 'granted', 'scope.realname': 'granted' } as const;
  const { raw, call } = apiCaller(app, { appId: 'bills', userId: 'demo', grants });
  const order = (id: string) => app.services.orders.find((o) => o.orderId === id)!;
  const bound = async (userId: string) => {
    const rows = await app.store.query<{ value: string[] }>(`SELECT value FROM app_storage WHERE app_id = 'bills' AND user_id = $1 AND key = 'boundAccounts'`, [userId]);
    return rows[0]?.value;
  };
  async function card(api: string, out: Result, userId = 'demo') {
    const componentPath = app.pkg.skills[0]!.apis.find((a) => a.name === api)!.componentPath!;
    return (await app.runtime.renderCard({ appId: 'bills', userId, componentPath, result: out.envelope })).text;
  }
  async function pay(orderId: string, extra: Partial<CallRequest> = {}) {
    order(orderId).status = 'paid';
    return call('notifyBillPayment', { orderId, status: 'paid' }, { ...extra, mode: 'system' });
  }

  it('lints clean: no error and no best-practice warning', () => {
    expect(lintPackage(app.pkg)).toEqual([]);
  });

  it('lists the accounts the user bound earlier with what is due on each', async () => {
    const out = await call('listBillAccounts', {}, { grants: {} });
    expect(out.scopesRead).toEqual([]);
    const accounts = data(out).accounts as Record<string, any>[];
    expect(accounts.map((a) => [a.id, a.due, a.status])).toEqual([
      ['elec-1100456789', 186.4, 'due'], ['water-3300123', 58.2, 'due'], ['gas-5500987', 0, 'nothing_due'],
    ]);
    expect(accounts[0]!.aliases).toContain('电费');
    expect(accounts[2]!.aliases).toContain('燃气费');
    expect(accounts[0]!.holder).toBe('张*');
    expect(text(out)).toContain('186.40');
    const gas = await call('listBillAccounts', { kind: 'gas' });
    expect(data(gas).accounts.map((a: { id: string }) => a.id)).toEqual(['gas-5500987']);
  });

  it('gives a user with no bound account a way out instead of an empty answer', async () => {
    const out = await call('listBillAccounts', {}, { userId: 'bob' });
    expect(out.envelope.isError).toBe(false);
    expect(data(out).accounts).toEqual([]);
    expect(text(out)).toContain('bindBillAccount');
    expect(text(out)).toContain('户号');
  });

  it('says 无需缴费 for the gas bill and creates no order', async () => {
    const bill = await call('getBill', { accountId: 'gas-5500987' });
    expect(data(bill).account).toMatchObject({ due: 0, status: 'nothing_due', period: '2026-10' });
    expect(text(bill)).toContain('无需缴费');
    const out = await call('payBill', { accountId: 'gas-5500987' });
    expect(out.envelope.isError).toBe(false);
    expect(out.orders).toEqual([]);
    expect(data(out)).toMatchObject({ amount: 0, status: 'nothing_due' });
    expect(text(out)).toContain('无需缴费');
  });

  it('pays the electricity bill for exactly ¥186.40 and settles it once paid', async () => {
    const out = await call('payBill', { accountId: 'elec-1100456789' });
    expect(out.envelope.isError).toBe(false);
    expect(out.orders).toEqual([expect.objectContaining({ amount: 186.4, status: 'created', notifyApi: 'notifyBillPayment' })]);
    const orderId = out.orders[0]!.orderId;
    expect(order(orderId).lines).toEqual([{ ref: 'elec-1100456789', name: expect.any(String), qty: 1, unitPrice: 186.4 }]);
    expect(text(out)).toContain('确认卡片');

    const before = data(await call('listBillAccounts', { kind: 'electricity' })).accounts[0];
    expect(before.due).toBe(186.4); // an unpaid order settles nothing

    const receipt = await pay(orderId);
    expect(receipt.envelope.isError).toBe(false);
    expect(text(receipt)).toContain('支付成功');
    const after = data(await call('listBillAccounts', { kind: 'electricity' })).accounts[0];
    expect(after).toMatchObject({ due: 0, status: 'paid' });
    const again = await call('payBill', { accountId: 'elec-1100456789' });
    expect(again.orders).toEqual([]);
    expect(text(again)).toContain('无需缴费');
  });

  it('refunds a second payment of a bill another order already settled', async () => {
    const first = data(await call('payBill', { accountId: 'water-3300123' })).orderId as string;
    const second = data(await call('payBill', { accountId: 'water-3300123' })).orderId as string;
    expect(order(first).amount).toBe(58.2);
    await pay(first);
    const duplicate = await pay(second);
    expect(data(duplicate)).toMatchObject({ status: 'refunded', amount: 58.2 });
    expect(order(second)).toMatchObject({ refunded: 58.2, status: 'refunded' });
    expect(order(first).refunded).toBe(0);
  });

  it('pays only accounts the user bound, and keeps each user\'s bindings to that user', async () => {
    const out = await call('payBill', { accountId: 'elec-3100778899' });
    expect(out.envelope.isError).toBe(true);
    expect(out.orders).toEqual([]);
    expect(text(out)).toContain('bindBillAccount');
    expect(data(await call('listBillAccounts', {}, { userId: 'alice' })).accounts.map((a: { id: string }) => a.id)).toEqual(['elec-3100778899']);
  });

  it('binds an account by the number on the bill and remembers it in the user\'s own storage', async () => {
    const wrong = await call('bindBillAccount', { kind: 'gas', number: '1100456789' }, { userId: 'bob' });
    expect(wrong.envelope.isError).toBe(true);
    expect(await bound('bob')).toEqual([]);
    const out = await call('bindBillAccount', { kind: 'water', number: '3300123' }, { userId: 'bob' });
    expect(out.envelope.isError).toBe(false);
    expect(data(out).account).toMatchObject({ id: 'water-3300123', holder: '张*' });
    expect(await bound('bob')).toEqual(['water-3300123']);
    await call('bindBillAccount', { kind: 'water', number: '3300123' }, { userId: 'bob' });
    expect(await bound('bob')).toEqual(['water-3300123']);
    expect(await bound('demo')).toEqual(['elec-1100456789', 'water-3300123', 'gas-5500987']);
  });

  it('tops up ¥50 to "my phone" after the phone consent, with the read-model line', async () => {
    const waiting = await raw('mobileTopUp', { amount: 50 }, { userId: 'alice', grants: {} });
    expect(waiting).toMatchObject({ kind: 'consent-required', scope: 'scope.phoneNumber' });
    const out = await call('mobileTopUp', { amount: 50 }, { userId: 'alice', locale: 'en' });
    expect(out.envelope.isError).toBe(false);
    expect(out.scopesRead).toEqual(['scope.phoneNumber']);
    const orderId = out.orders[0]!.orderId;
    expect(order(orderId)).toMatchObject({ amount: 50, notifyApi: 'notifyBillPayment' });
    expect(order(orderId).lines).toEqual([{ ref: 'topup', name: expect.any(String), qty: 1, unitPrice: 50, options: { phone: '13900139000', amount: 50 } }]);
    expect(text(out)).toContain('13900139000');
    const receipt = await pay(orderId, { userId: 'alice', locale: 'en' });
    expect(text(receipt)).toContain('139****9000');
  });

  it('tops up a number the user gives without reading any data, and only in the amounts offered', async () => {
    const out = await call('mobileTopUp', { amount: 100, phone: '13912345678' }, { grants: {} });
    expect(out.scopesRead).toEqual([]);
    expect(order(out.orders[0]!.orderId).lines[0]!.options).toEqual({ phone: '13912345678', amount: 100 });
    const odd = await call('mobileTopUp', { amount: 60, phone: '13912345678' });
    expect(odd.envelope.isError).toBe(true);
    expect(odd.orders).toEqual([]);
    expect(text(odd)).toContain('30、50、100、200');
    const refused = await call('mobileTopUp', { amount: 30 }, { grants: { 'scope.phoneNumber': 'denied' } });
    expect(refused.envelope.isError).toBe(true);
    expect(refused.orders).toEqual([]);
    expect(text(refused)).toContain('手机号');
  });

  it('shows the provident fund balance 86520.35 after the real-name consent', async () => {
    const waiting = await raw('getProvidentFund', {}, { grants: {} });
    expect(waiting).toMatchObject({ kind: 'consent-required', scope: 'scope.realname' });
    const out = await call('getProvidentFund');
    expect(out.scopesRead).toEqual(['scope.realname']);
    expect(text(out)).toContain('86520.35');
    expect(data(out).fund).toMatchObject({ balance: 86520.35, city: '北京', monthlyDeposit: 3600, idNumber: '1101**********1234' });
    expect(text(await call('getProvidentFund', {}, { userId: 'alice', locale: 'en' }))).toContain('23110.00');
  });

  it('shows no balance when the real-name consent is refused, and says why', async () => {
    const out = await call('getProvidentFund', {}, { grants: { 'scope.realname': 'denied' } });
    expect(out.envelope.isError).toBe(true);
    expect(out.scopesRead).toEqual([]);
    expect(text(out)).not.toMatch(/86,?520/);
    expect(text(out)).toContain('授权');
    const nobody = await call('getProvidentFund', {}, { userId: 'bob' });
    expect(nobody.envelope.isError).toBe(true);
  });

  it('cancels an order the user declined: nothing charged, the bill still due', async () => {
    const out = await call('payBill', { accountId: 'elec-3100778899' }, { userId: 'alice' });
    const orderId = data(out).orderId as string;
    order(orderId).status = 'canceled';
    const declined = await call('notifyBillPayment', { orderId, status: 'canceled' }, { userId: 'alice', mode: 'system' });
    expect(text(declined)).toContain('未扣款');
    expect(data(await call('listBillAccounts', {}, { userId: 'alice' })).accounts[0].due).toBe(92.35);
  });

  it('shows the exact bill or top-up on its confirmation card with a pay button, and the balance on the fund card', async () => {
    const bill = await call('payBill', { accountId: 'elec-3100778899' }, { userId: 'alice' });
    const confirmation = await card('payBill', bill, 'alice');
    for (const part of ['上海电力 电费 3100778899', '陈**', '2026-10', '¥92.35', '确认支付']) expect(confirmation).toContain(part);
    const topup = await call('mobileTopUp', { amount: 200, phone: '13912345678' });
    for (const part of ['13912345678', '¥200.00', '确认支付']) expect(await card('mobileTopUp', topup)).toContain(part);
    expect(await card('getProvidentFund', await call('getProvidentFund'))).toContain('¥86520.35');
    expect(await card('listBillAccounts', await call('listBillAccounts'))).toContain('无需缴费');
  });
});
