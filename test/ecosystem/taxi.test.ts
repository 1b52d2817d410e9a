import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/index.ts';
import type { MiniProgramPackage } from '../../src/package/index.ts';
import { scratchServices, SHARED_STORAGE_USER } from '../../src/runtime/index.ts';
import { requireFromPackage } from '../pages/package-module.ts';
import { at, ok, pageText as text, settle } from '../pages/page-steps.ts';
import { loadPackageFolder, usePackageRuntime } from '../support/package-runtime.ts';

// 随行打车 GoRide (pages only, automatic mode): the fare rule of taxi.json reproduced exactly,
// the same-city rule, and the package shape an ordinary developer ships (no AI code).
const PACKAGE = new URL('../../ecosystem/packages/taxi', import.meta.url).pathname;

interface Place { id: string; city: string; lat: number; lng: number }
interface Quote { ok: boolean; code?: string; params?: Record<string, unknown>; fare?: number; km?: number; minutes?: number }
interface FareModule {
  quote(from: string, to: string, carType: string): Quote;
  estimate(from: string, to: string): Quote & { options?: { code: string; fare: number }[] };
  allPlaces(): Place[];
  placesInCity(city: string): Place[];
}

/** The generator's own formula (gen-data.mjs taxiFare), as the reference the package must match. */
function referenceFare(a: Place, b: Place, type: 'economy' | 'comfort' | 'business'): { km: number; minutes: number; fare: number } {
  const R = 6371, rad = (d: number) => (d * Math.PI) / 180;
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lng - a.lng) / 2) ** 2;
  const km = Math.round(2 * R * Math.asin(Math.sqrt(h)) * 1.3 * 10) / 10;
  const minutes = Math.ceil((km / 30) * 60);
  const c = { economy: [10, 2.3, 0.5], comfort: [14, 3.0, 0.6], business: [20, 4.2, 0.9] }[type] as [number, number, number];
  return { km, minutes, fare: Math.round((c[0] + c[1] * km + c[2] * minutes) * 100) / 100 };
}

describe('taxi mini-program (随行打车)', () => {
  let pkg: MiniProgramPackage;
  let fare: FareModule;

  beforeAll(async () => {
    pkg = await loadPackageFolder(PACKAGE);
    fare = requireFromPackage<FareModule>(pkg, 'utils/fare.js');
  });

  it('is a pages-only package: appid taxi, no skill, no agent block, no page metadata', () => {
    expect(pkg.appId).toBe('taxi');
    expect(pkg.skills).toEqual([]);
    expect(pkg.app.agent).toBeUndefined();
    expect(pkg.pageMeta).toEqual([]);
    expect(pkg.pages.map((p) => p.path)).toEqual(['pages/index/index', 'pages/confirm/confirm', 'pages/trip/trip', 'pages/trips/trips']);
    expect(pkg.pages.find((p) => p.path === 'pages/confirm/confirm')?.js).toContain('wx.requestPayment');
  });

  it('charges the public scenarios’ exact fixed fares', () => {
    expect(fare.quote('bj-guomao', 'bj-pek-t3', 'economy')).toMatchObject({ ok: true, km: 26.5, minutes: 53, fare: 97.45 });
    expect(fare.quote('sh-jingan', 'sh-disney', 'comfort')).toMatchObject({ ok: true, fare: 134.9 });
    expect(fare.quote('bj-guomao', 'bj-south', 'economy')).toMatchObject({ ok: true, km: 11, minutes: 22, fare: 46.3 });
  });

  it('matches the data file’s pricing rule for every same-city pair and car type', () => {
    const places = fare.allPlaces();
    let checked = 0;
    for (const a of places) {
      for (const b of places) {
        if (a.id === b.id || a.city !== b.city) continue;
        for (const type of ['economy', 'comfort', 'business'] as const) {
          expect(fare.quote(a.id, b.id, type), `${a.id} → ${b.id} ${type}`).toMatchObject(referenceFare(a, b, type));
          checked++;
        }
      }
    }
    expect(checked).toBe(540);
  });

  it('refuses a cross-city ride, naming both cities', () => {
    const out = fare.quote('bj-guomao', 'sh-hongqiao', 'economy');
    expect(out).toMatchObject({ ok: false, code: 'crossCity', params: { fromCity: '北京', toCity: '上海' } });
    expect(fare.estimate('sh-bund', 'bj-gugong')).toMatchObject({ ok: false, code: 'crossCity' });
  });

  it('refuses a missing, unknown or identical place and an unknown car type', () => {
    expect(fare.quote('', 'bj-south', 'economy')).toMatchObject({ ok: false, code: 'missingFrom' });
    expect(fare.quote('bj-guomao', '', 'economy')).toMatchObject({ ok: false, code: 'missingTo' });
    expect(fare.quote('bj-nowhere', 'bj-south', 'economy')).toMatchObject({ ok: false, code: 'unknownPlace', params: { id: 'bj-nowhere' } });
    expect(fare.quote('bj-south', 'bj-south', 'economy')).toMatchObject({ ok: false, code: 'samePlace' });
    expect(fare.quote('bj-guomao', 'bj-south', 'limo')).toMatchObject({ ok: false, code: 'unknownCarType' });
  });

  it('estimates all three car types at once, cheapest first', () => {
    const out = fare.estimate('bj-guomao', 'bj-south');
    expect(out.options?.map((o) => [o.code, o.fare])).toEqual([['economy', 46.3], ['comfort', 60.2], ['business', 86]]);
    expect(fare.placesInCity('上海').every((p) => p.city === '上海')).toBe(true);
  });
});

describe('taxi pages (随行打车, driven as a person uses them)', () => {
  const services = scratchServices({});
  const app = usePackageRuntime(PACKAGE, { services, clock: fixedClock('2026-11-20T10:00:00+08:00', 'Asia/Shanghai', { frozen: true }) });
  const open = (userId: string, locale: 'zh_CN' | 'en' = 'zh_CN') => app.runtime.openPages({ appId: 'taxi', userId, locale });
  const rides = async (): Promise<Record<string, Record<string, unknown>>> => {
    const rows = await app.store.query<{ value: Record<string, Record<string, unknown>> }>(
      `SELECT value FROM app_storage WHERE app_id = 'taxi' AND user_id = $1 AND key = 'rides'`, [SHARED_STORAGE_USER]);
    return rows[0]?.value ?? {};
  };

  it('picks Guomao → Capital Airport T3, compares fixed fares, requests an economy ride and pays 97.45 up front', async () => {
    const session = open('demo');
    ok(await session.open());
    ok(await session.tap(at(session, 'onSelectFrom', { id: 'bj-guomao' })));
    const estimated = ok(await session.tap(at(session, 'onSelectTo', { id: 'bj-pek-t3' }))).state;
    expect(text(estimated)).toContain('全程约 26.5 公里，约 53 分钟');
    expect(text(estimated)).toMatch(/快车 Economy\s+一口价 Fixed fare ¥97.45/);
    const confirm = ok(await session.tap(at(session, 'onRequestRide'))).state;
    expect(confirm).toMatchObject({ path: 'pages/confirm/confirm', query: { from: 'bj-guomao', to: 'bj-pek-t3', carType: 'economy' } });
    expect(text(confirm)).toContain('¥97.45');

    const waiting = ok(await session.tap(at(session, '确认叫车并支付'))).state;
    expect(waiting.payment).toMatchObject({ amount: 97.45, status: 'created' });
    const order = services.orders[services.orders.length - 1]!;
    expect(order).toMatchObject({ amount: 97.45, lines: [{ ref: 'economy', qty: 1, unitPrice: 97.45, options: { from: 'bj-guomao', to: 'bj-pek-t3' } }] });
    expect((await rides())[order.orderId]).toMatchObject({ status: 'pending', fare: 97.45 });

    const paid = ok(await session.confirmPayment(true, settle));
    expect(paid.payment?.paid).toBe(true);
    expect(paid.state.path).toBe('pages/trip/trip');
    expect(text(paid.state)).toContain('司机正在赶来');
    expect(text(paid.state)).toMatch(/京[A-Z]·\d{5}/);
    expect((await rides())[order.orderId]).toMatchObject({ status: 'dispatched', from: 'bj-guomao', to: 'bj-pek-t3' });

    ok(await session.tap(at(session, 'onOpenTrips')));
    expect(text(session.state())).toContain('国贸 → 首都机场T3');
    session.close();
  });

  it('refuses a cross-city ride on the home page and on the confirmation page, and never asks to pay', async () => {
    const session = open('demo');
    ok(await session.open());
    ok(await session.tap(at(session, 'onSelectFrom', { id: 'bj-guomao' })));
    ok(await session.input(at(session, 'onSearchInput'), '虹桥'));
    const refused = ok(await session.tap(at(session, 'onSelectTo', { id: 'sh-hongqiao' }))).state;
    expect(text(refused)).toContain('不支持跨城叫车，起点和终点需在同一城市（起点在北京，终点在上海）');
    expect(refused.actions.some((a) => a.handler === 'onRequestRide')).toBe(false); // the button is disabled

    const orders = services.orders.length;
    const direct = ok(await session.open('pages/confirm/confirm', { from: 'bj-guomao', to: 'sh-hongqiao', carType: 'economy' })).state;
    expect(text(direct)).toContain('不支持跨城叫车');
    expect(direct.actions.some((a) => a.handler === 'onRequestRide')).toBe(false);
    expect(services.orders.length).toBe(orders);
    session.close();
  });

  it('tells an English rider the fare, and requests nothing when the payment is declined', async () => {
    const session = open('alice', 'en');
    const confirm = ok(await session.open('pages/confirm/confirm', { from: 'sh-jingan', to: 'sh-disney', carType: 'comfort' })).state;
    expect(text(confirm)).toContain('¥134.90');
    ok(await session.tap(at(session, 'onRequestRide')));
    const orderId = services.orders[services.orders.length - 1]!.orderId;
    const declined = ok(await session.confirmPayment(false, settle));
    expect(declined.state.path).toBe('pages/confirm/confirm');
    expect(text(declined.state)).toContain('Payment was not completed (cancel). No ride was requested and nothing was charged.');
    expect((await rides())[orderId]).toMatchObject({ status: 'unpaid' });

    const crossCity = ok(await session.open('pages/confirm/confirm', { from: 'sh-bund', to: 'bj-gugong' })).state;
    expect(text(crossCity)).toContain('Cross-city rides are not supported');
    session.close();
  });

  it('cancels a ride before pickup and refunds the whole fare', async () => {
    const session = open('demo');
    ok(await session.open('pages/confirm/confirm', { from: 'bj-guomao', to: 'bj-south', carType: 'economy' }));
    ok(await session.tap(at(session, 'onRequestRide')));
    const orderId = services.orders[services.orders.length - 1]!.orderId;
    expect(services.orders[services.orders.length - 1]!.amount).toBe(46.3);
    ok(await session.confirmPayment(true, settle));
    const asked = ok(await session.tap(at(session, 'onCancelRide'))).state;
    expect(asked.modals[0]?.content).toContain('¥46.30 将原路退回');
    const canceled = ok(await session.answerModal(true)).state;
    expect(text(canceled)).toContain('行程已取消，¥46.30 已原路退回。');
    expect(services.refunds).toContainEqual(expect.objectContaining({ orderId, amount: 46.3 }));
    expect((await rides())[orderId]).toMatchObject({ status: 'canceled' });
    expect(canceled.actions.some((a) => a.handler === 'onCancelRide')).toBe(false);
    session.close();
  });
});
