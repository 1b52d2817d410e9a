import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackage, resolvePath, type MiniProgramPackage } from '../../src/package/index.ts';

// 食刻外卖 FoodNow (pages only, automatic mode): the pricing and minimum-order rule of
// takeaway.json, the payment lines the ledger reads, and the package shape (no AI code).
const PACKAGE = new URL('../../ecosystem/packages/takeaway', import.meta.url).pathname;
const SHARED_DATA = new URL('../../../shared/ecosystem/data/takeaway.json', import.meta.url);

interface Item { dishId: string; qty: number }
interface Priced {
  ok: boolean; code?: string; params?: Record<string, unknown>;
  subtotal?: number; deliveryFee?: number; total?: number; belowMinimum?: boolean; shortBy?: number;
  lines?: { ref: string; qty: number; unitPrice: number }[];
}
interface OrderModule {
  priceOrder(restaurant: string, items: Item[]): Priced;
  checkOrder(restaurant: string, items: Item[]): Priced;
  paymentLines(priced: Priced): { ref: string; name: string; qty: number; unitPrice: number }[];
  parseItems(text: string): Item[];
  formatItems(items: Item[]): string;
  canDeliver(restaurant: unknown, address: { city: string }): boolean;
  restaurantById(id: string): { city: string } | null;
  restaurantsInCity(city: string): { id: string }[];
}

/** Runs a CommonJS module of the package in this realm, for its pure rules (pages run in the sandbox). */
function requireFromPackage<T>(pkg: MiniProgramPackage, entry: string): T {
  const cache = new Map<string, { exports: unknown }>();
  const load = (path: string): unknown => {
    const cached = cache.get(path);
    if (cached) return cached.exports;
    const source = pkg.files[path];
    if (source === undefined) throw new Error(`no ${path} in the package`);
    const module = { exports: path.endsWith('.json') ? JSON.parse(source) : {} };
    cache.set(path, module);
    if (path.endsWith('.js')) {
      const folder = path.split('/').slice(0, -1).join('/');
      const require = (request: string) => load(resolvePath(folder, request) ?? request);
      new Function('module', 'exports', 'require', source)(module, module.exports, require);
    }
    return module.exports;
  };
  return load(entry) as T;
}

const items = (text: string): Item[] => text.split(',').map((p) => ({ dishId: p.split(':')[0]!, qty: Number(p.split(':')[1]) }));

describe('takeaway mini-program (食刻外卖)', () => {
  let pkg: MiniProgramPackage;
  let order: OrderModule;

  beforeAll(async () => {
    const loaded = await loadPackage(PACKAGE);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.error, null, 2));
    pkg = loaded.value;
    order = requireFromPackage<OrderModule>(pkg, 'utils/order.js');
  });

  it.skipIf(!existsSync(SHARED_DATA))('keeps its data byte-identical to the shared ecosystem data', () => {
    expect(pkg.files['data/takeaway.json']).toBe(readFileSync(SHARED_DATA, 'utf8'));
  });

  it('is a pages-only package that declares the address scope it reads', () => {
    expect(pkg.appId).toBe('takeaway');
    expect(pkg.skills).toEqual([]);
    expect(pkg.app.agent).toBeUndefined();
    expect(pkg.pageMeta).toEqual([]);
    expect(pkg.app.permission?.['scope.address']?.desc).toBeTruthy();
    const checkout = pkg.pages.find((p) => p.path === 'pages/checkout/checkout');
    expect(checkout?.js).toContain('wx.getAddressList');
    expect(checkout?.js).toContain('wx.requestPayment');
  });

  it('prices the public scenarios: dishes plus the delivery fee', () => {
    const basic = order.checkOrder('r2', items('r2-1:1,r2-6:2'));
    expect(basic).toMatchObject({ ok: true, subtotal: 36, deliveryFee: 4, total: 40, belowMinimum: false });
    expect(order.paymentLines(basic)).toEqual([
      { ref: 'r2-1', name: '宫保鸡丁', qty: 1, unitPrice: 32 },
      { ref: 'r2-6', name: '米饭', qty: 2, unitPrice: 2 },
      { ref: 'delivery_fee', name: '配送费', qty: 1, unitPrice: 4 },
    ]);
    expect(order.checkOrder('r4', items('r4-2:1,r4-4:1'))).toMatchObject({ ok: true, total: 62 });
  });

  it('refuses an order below the minimum (dishes only), saying by how much', () => {
    const miso = order.checkOrder('r6', items('r6-5:1'));
    expect(miso).toMatchObject({ ok: false, code: 'belowMinimum', params: { minOrder: 50, subtotal: 8, shortBy: 42 } });
    // the delivery fee does not count towards the minimum: 28 of dishes + 5 fee is still below 30
    expect(order.checkOrder('r4', items('r4-3:1'))).toMatchObject({ ok: false, code: 'belowMinimum', params: { shortBy: 2 } });
    // exactly the minimum is enough
    expect(order.checkOrder('r2', items('r2-2:1,r2-6:4'))).toMatchObject({ ok: true, subtotal: 30, total: 34 });
  });

  it('merges repeated dishes and drops zero quantities', () => {
    const out = order.priceOrder('r1', items('r1-1:1,r1-1:2,r1-5:0'));
    expect(out.lines?.map((l) => [l.ref, l.qty])).toEqual([['r1-1', 3]]);
    expect(out.subtotal).toBe(66);
  });

  it('refuses unknown restaurants and dishes, bad quantities and an empty cart', () => {
    expect(order.priceOrder('r9', items('r9-1:1'))).toMatchObject({ ok: false, code: 'unknownRestaurant' });
    expect(order.priceOrder('r2', items('r4-1:1'))).toMatchObject({ ok: false, code: 'unknownDish', params: { id: 'r4-1' } });
    expect(order.priceOrder('r2', items('r2-1:1.5'))).toMatchObject({ ok: false, code: 'badQty' });
    expect(order.priceOrder('r2', items('r2-1:100'))).toMatchObject({ ok: false, code: 'badQty' });
    expect(order.priceOrder('r2', [])).toMatchObject({ ok: false, code: 'emptyCart' });
  });

  it('reads and writes the cart of a checkout URL', () => {
    expect(order.parseItems('r2-1:1,r2-6:2')).toEqual([{ dishId: 'r2-1', qty: 1 }, { dishId: 'r2-6', qty: 2 }]);
    expect(order.parseItems('r2-1%3A1%2Cr2-6')).toEqual([{ dishId: 'r2-1', qty: 1 }, { dishId: 'r2-6', qty: 1 }]);
    expect(order.parseItems('r2-1:1,%')).toEqual([{ dishId: 'r2-1', qty: 1 }, { dishId: '%', qty: 1 }]);
    expect(order.formatItems([{ dishId: 'r2-1', qty: 1 }, { dishId: 'r2-2', qty: 0 }, { dishId: 'r2-6', qty: 2 }])).toBe('r2-1:1,r2-6:2');
  });

  it('delivers only to addresses in the restaurant’s city', () => {
    expect(order.canDeliver(order.restaurantById('r2'), { city: '北京' })).toBe(true);
    expect(order.canDeliver(order.restaurantById('r6'), { city: '北京' })).toBe(false);
    expect(order.restaurantsInCity('上海').map((r) => r.id)).toEqual(['r5', 'r6']);
  });
});
