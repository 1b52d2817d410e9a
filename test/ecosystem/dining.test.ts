import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackage, resolvePath, type MiniProgramPackage } from '../../src/package/index.ts';

// 好饭订座 TableReady (pages only, automatic mode): the deposit, room and capacity rules of
// dining.json, "fully booked" by its FNV-1a rule, times suggested instead, and the package shape.
const PACKAGE = new URL('../../ecosystem/packages/dining', import.meta.url).pathname;
const SHARED_DATA = new URL('../../../shared/ecosystem/data/dining.json', import.meta.url);

type Room = 'hall' | 'private';
interface Request { restaurantId: string; date: string; time: string; partySize: number | string; room: Room | string }
interface Checked { ok: boolean; code?: string; params?: Record<string, unknown>; deposit?: number; tablesLeft?: number }
type TakenOf = (date: string, time: string, room: string) => number;
interface RulesModule {
  checkBooking(request: Request, now: { date: string; time: string }, takenOf: TakenOf): Checked;
  bookedOut(restaurantId: string, date: string, time: string, room: string): boolean;
  fnv1a(text: string): number;
  allSlots(): string[];
}
interface SearchModule { searchRestaurants(filters: Record<string, string>): { id: string }[] }

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

/** 2026-11-20 10:00 Beijing time, the scenarios' clock. */
const NOW = { date: '2026-11-20', time: '10:00' };
const none: TakenOf = () => 0;
const TOMORROW = '2026-11-21';

describe('dining mini-program (好饭订座)', () => {
  let pkg: MiniProgramPackage;
  let rules: RulesModule;
  let search: SearchModule;
  const check = (request: Partial<Request>, takenOf: TakenOf = none) =>
    rules.checkBooking({ restaurantId: 'rt2', date: TOMORROW, time: '19:30', partySize: 2, room: 'hall', ...request }, NOW, takenOf);

  beforeAll(async () => {
    const loaded = await loadPackage(PACKAGE);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.error, null, 2));
    pkg = loaded.value;
    rules = requireFromPackage<RulesModule>(pkg, 'utils/rules.js');
    search = requireFromPackage<SearchModule>(pkg, 'utils/search.js');
  });

  it.skipIf(!existsSync(SHARED_DATA))('keeps its data byte-identical to the shared ecosystem data', () => {
    expect(pkg.files['data/dining.json']).toBe(readFileSync(SHARED_DATA, 'utf8'));
  });

  it('is a pages-only package with a booking form that pays the deposit', () => {
    expect(pkg.appId).toBe('dining');
    expect(pkg.skills).toEqual([]);
    expect(pkg.app.agent).toBeUndefined();
    expect(pkg.pageMeta).toEqual([]);
    const booking = pkg.pages.find((p) => p.path === 'pages/booking/booking');
    expect(booking?.wxml).toContain('bindsubmit="onSubmitBooking"');
    expect(booking?.js).toContain('wx.requestPayment');
  });

  it('uses 32-bit FNV-1a over the key, as the data file states', () => {
    expect(rules.fnv1a('')).toBe(2166136261);
    expect(rules.fnv1a('a')).toBe(0xe40c292c);
    expect(rules.bookedOut('rt2', TOMORROW, '18:00', 'hall')).toBe(true);
    expect(rules.bookedOut('rt2', TOMORROW, '19:30', 'hall')).toBe(false);
  });

  it('takes the deposit of the room: hall 50, private room 200', () => {
    expect(check({ restaurantId: 'rt8', time: '19:00', partySize: 2, room: 'hall' })).toMatchObject({ ok: true, deposit: 50 });
    expect(check({ restaurantId: 'rt1', time: '18:30', partySize: 4, room: 'private' })).toMatchObject({ ok: true, deposit: 200, tablesLeft: 6 });
  });

  it('says a full slot is full and suggests the nearest free times of that day', () => {
    const out = check({ time: '18:00', partySize: 5 });
    expect(out).toMatchObject({ ok: false, code: 'slotFull', params: { time: '18:00', room: 'hall', suggestions: ['17:30', '18:30', '17:00'] } });
    expect(check({ time: '19:30', partySize: 5 })).toMatchObject({ ok: true, deposit: 50 });
  });

  it('counts the tables our bookings hold: the last private room taken means full', () => {
    const taken: TakenOf = (date, time, room) => (date === TOMORROW && time === '19:00' && room === 'private' ? 1 : 0);
    expect(check({ restaurantId: 'rt4', time: '19:00', room: 'private' })).toMatchObject({ ok: true, tablesLeft: 1 });
    expect(check({ restaurantId: 'rt4', time: '19:00', room: 'private' }, taken)).toMatchObject({ ok: false, code: 'slotFull' });
  });

  it('enforces the room rules: private minimum, hall up to 8, rooms a restaurant lacks', () => {
    expect(check({ partySize: 5, room: 'private' })).toMatchObject({ ok: false, code: 'privateTooFew', params: { min: 6 } });
    expect(check({ partySize: 6, room: 'private' })).toMatchObject({ ok: true, deposit: 200 });
    expect(check({ partySize: 9, room: 'hall' })).toMatchObject({ ok: false, code: 'hallTooMany', params: { max: 8 } });
    expect(check({ partySize: 8, room: 'hall' })).toMatchObject({ ok: true });
    expect(check({ restaurantId: 'rt1', time: '18:30', partySize: 4, room: 'hall' })).toMatchObject({ ok: false, code: 'noHall' });
    expect(check({ restaurantId: 'rt5', partySize: 4, room: 'private' })).toMatchObject({ ok: false, code: 'noPrivate' });
  });

  it('refuses dates and times outside the booking window and the slots', () => {
    expect(check({ date: '2026-11-19' })).toMatchObject({ ok: false, code: 'pastDate' });
    expect(check({ date: '2026-12-20' })).toMatchObject({ ok: false, code: 'tooFar', params: { lastDate: '2026-12-19' } });
    expect(check({ date: '2026-02-30' })).toMatchObject({ ok: false, code: 'badDate' });
    expect(check({ time: '15:00' })).toMatchObject({ ok: false, code: 'badTime' });
    expect(check({ date: NOW.date, time: '11:00' })).toMatchObject({ ok: true });
    expect(rules.checkBooking({ restaurantId: 'rt2', date: NOW.date, time: '11:00', partySize: 2, room: 'hall' }, { date: NOW.date, time: '11:00' }, none))
      .toMatchObject({ ok: false, code: 'pastTime' });
    expect(check({ partySize: 0 })).toMatchObject({ ok: false, code: 'badParty' });
    expect(check({ partySize: 'two' })).toMatchObject({ ok: false, code: 'badParty' });
    expect(check({ room: 'terrace' })).toMatchObject({ ok: false, code: 'badRoom' });
    expect(check({ restaurantId: 'rt99' })).toMatchObject({ ok: false, code: 'unknownRestaurant' });
  });

  it('finds restaurants by city, tag, area, cuisine and keyword', () => {
    expect(search.searchRestaurants({ city: '北京', tag: '商务宴请' }).map((r) => r.id)).toEqual(['rt1', 'rt3']);
    expect(search.searchRestaurants({ city: '北京', area: '三里屯' }).map((r) => r.id)).toEqual(['rt2', 'rt5']);
    expect(search.searchRestaurants({ city: '上海', cuisine: '本帮菜' }).map((r) => r.id)).toEqual(['rt6', 'rt7']);
    expect(search.searchRestaurants({ keyword: 'pure heart' }).map((r) => r.id)).toEqual(['rt8']);
  });
});
