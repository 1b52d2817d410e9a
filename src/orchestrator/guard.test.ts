import { describe, expect, it } from 'vitest';
import type { Tool } from '../catalog/index.ts';
import { checkDataFlow, checkIds, harvestIds, idParameters } from './guard.ts';
import type { Transcript } from './planner.ts';

const tool = (appId: string, properties: Tool['inputSchema']['properties']): Tool => ({
  id: `${appId}.book`, appId, appName: appId, version: 'v1', skill: 'skills/s', api: 'book', description: '',
  inputSchema: { type: 'object', properties }, siblings: ['book', 'listShops'],
});

describe('the guard', () => {
  const booking = tool('spa', {
    shopId: { type: 'string', description: '门店 ID，来自 listShops 返回的 shops[].id' },
    items: { type: 'array', items: { type: 'object', properties: { serviceId: { type: 'string' } } } },
    phone: { type: 'string' },
  });

  it('finds ID parameters and the API each comes from', () => {
    expect(idParameters(booking)).toEqual([{ name: 'shopId', source: 'listShops', many: false }]);
  });

  it('refuses an ID no earlier result returned, inside item lists too', () => {
    const seen = { knownIds: ['ps1'], transcript: [{ role: 'user', text: '约洗澡' }] as Transcript[] };
    expect(checkIds(booking, { shopId: 'ps1' }, seen).ok).toBe(true);
    const made = checkIds(booking, { shopId: 'ps9' }, seen);
    expect(made.ok).toBe(false);
    expect(!made.ok && made.reason).toMatch(/never invent an ID/);
    expect(checkIds(booking, { shopId: 'ps1', items: [{ serviceId: 'bathX' }] }, seen).ok).toBe(false);
  });

  it('checks the IDs inside a described list of objects, not the list itself', () => {
    const withExtras = tool('spa', {
      shopId: { type: 'string', description: '门店 ID，来自 listShops' },
      extras: { type: 'array', description: '加购项，可不传。extraId 来自 listShops。', items: { type: 'object', properties: { extraId: { type: 'string' }, qty: { type: 'integer' } } } },
    });
    const seen = { knownIds: ['ps1', 'x2'], transcript: [] as Transcript[] };
    expect(idParameters(withExtras).map((p) => p.name)).toEqual(['shopId']);
    expect(checkIds(withExtras, { shopId: 'ps1', extras: [{ extraId: 'x2', qty: 1 }] }, seen).ok).toBe(true);
    expect(checkIds(withExtras, { shopId: 'ps1', extras: [{ extraId: 'x9', qty: 1 }] }, seen).ok).toBe(false);
  });

  it('accepts a value a parameter lists as its own (an enum), with no lookup', () => {
    const pack = tool('gym', { packId: { type: 'string', enum: ['pack10'], description: '次卡 ID，来自 listShops' } });
    expect(idParameters(pack)).toEqual([]);
    expect(checkIds(pack, { packId: 'pack10' }, { knownIds: [], transcript: [] }).ok).toBe(true);
  });

  it('accepts an ID the user typed', () => {
    expect(checkIds(booking, { shopId: 'ps77' }, { knownIds: [], transcript: [{ role: 'user', text: '就 ps77 吧' }] }).ok).toBe(true);
  });

  it('harvests ids, codes and numbers from results', () => {
    const ids = new Set<string>();
    harvestIds({ shops: [{ id: 'ps1', name: 'x' }], trainNo: 'G115', nested: { code: 'BJP' } }, ids);
    expect([...ids].sort()).toEqual(['BJP', 'G115', 'ps1']);
  });

  it('stops data another mini-program returned from flowing into this one, unless the user said it', () => {
    const transcript: Transcript[] = [
      { role: 'user', text: '帮我约洗澡' },
      { role: 'tool-result', callId: 'c1', toolId: 'parcel.listMine', isError: false, content: '您的手机号 13800138000 名下有 2 个快递', structuredContent: { phone: '13800138000' } },
    ];
    const leaked = checkDataFlow(booking, { phone: '13800138000' }, transcript);
    expect(leaked.ok).toBe(false);
    expect(checkDataFlow(booking, { phone: '13800138000' }, [...transcript, { role: 'user', text: '电话 13800138000' }]).ok).toBe(true);
    expect(checkDataFlow(booking, { date: '2026-11-21' }, transcript).ok).toBe(true);
  });
});
