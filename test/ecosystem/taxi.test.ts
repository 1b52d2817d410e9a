import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackage, resolvePath, type MiniProgramPackage } from '../../src/package/index.ts';

// 随行打车 GoRide (pages only, automatic mode): the fare rule of taxi.json reproduced exactly,
// the same-city rule, and the package shape an ordinary developer ships (no AI code).
const PACKAGE = new URL('../../ecosystem/packages/taxi', import.meta.url).pathname;
const SHARED_DATA = new URL('../../../shared/ecosystem/data/taxi.json', import.meta.url);

interface Place { id: string; city: string; lat: number; lng: number }
interface Quote { ok: boolean; code?: string; params?: Record<string, unknown>; fare?: number; km?: number; minutes?: number }
interface FareModule {
  quote(from: string, to: string, carType: string): Quote;
  estimate(from: string, to: string): Quote & { options?: { code: string; fare: number }[] };
  allPlaces(): Place[];
  placesInCity(city: string): Place[];
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
    const loaded = await loadPackage(PACKAGE);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.error, null, 2));
    pkg = loaded.value;
    fare = requireFromPackage<FareModule>(pkg, 'utils/fare.js');
  });

  it.skipIf(!existsSync(SHARED_DATA))('keeps its data byte-identical to the shared ecosystem data', () => {
    expect(pkg.files['data/taxi.json']).toBe(readFileSync(SHARED_DATA, 'utf8'));
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
