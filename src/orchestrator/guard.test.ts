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

  it('takes no object, nor list of objects, for an ID, even one described as a sibling API\'s IDs', () => {
    const ferry = tool('ferry', {
      seat: { type: 'object', description: '座位 ID，来自 listShops', properties: { row: { type: 'integer' } } },
      cabins: { type: 'array', description: 'cabin IDs from listShops', items: { type: 'object' } },
      shopId: { type: 'string' },
    });
    expect(idParameters(ferry).map((p) => p.name)).toEqual(['shopId']);
    const seen = { knownIds: ['s1'], transcript: [] as Transcript[] };
    expect(checkIds(ferry, { shopId: 's1', seat: { row: 3 }, cabins: [{ deck: 2 }] }, seen).ok).toBe(true);
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

  it('keeps refusing the same value on a second try: the hub\'s refusal quotes it, and that is not the mini-program\'s own result', () => {
    const transcript: Transcript[] = [
      { role: 'user', text: '帮我约洗澡' },
      { role: 'tool-result', callId: 'c1', toolId: 'parcel.listMine', isError: false, content: '您的手机号 13800138000 名下有 2 个快递' },
    ];
    const first = checkDataFlow(booking, { phone: '13800138000' }, transcript);
    expect(first.ok).toBe(false);
    const refused: Transcript[] = [
      ...transcript,
      { role: 'tool-call', callId: 'c2', toolId: `${booking.appId}.${booking.api}`, arguments: { phone: '13800138000' } },
      { role: 'tool-result', callId: 'c2', toolId: `${booking.appId}.${booking.api}`, isError: true, content: first.ok ? '' : first.reason, by: 'hub' },
    ];
    expect(checkDataFlow(booking, { phone: '13800138000' }, refused).ok).toBe(false);
    // what the mini-program itself returned is its own, and may be used again
    const own: Transcript = { role: 'tool-result', callId: 'c3', toolId: `${booking.appId}.list`, isError: false, content: '预约电话 13800138000' };
    expect(checkDataFlow(booking, { phone: '13800138000' }, [...refused, own]).ok).toBe(true);
  });
});

/** What the user depends on when the planner hands IDs around: which arguments count as IDs, and which values may fill them. */
describe('the guard, case by case', () => {
  const spa = tool('spa', {
    shopId: { type: 'string', description: '门店 ID，来自 listShops 返回的 shops[].id' },
    petId: { type: 'string' },
    serviceIds: { type: 'string', description: 'comma separated' },
    shops: { type: 'array', description: 'shop IDs from listShops', items: { type: 'string' } },
    items: { type: 'array', items: { type: 'object', properties: { serviceId: { type: 'string' } } } },
    remark: { type: 'string', description: 'free text; may mention an ID card' },
    source: { type: 'string', description: 'the shop name listShops shows' },
    again: { type: 'string', description: 'the ID book returned last time' },
    travellerIdentity: { type: 'string' },
    phone: { type: 'string' },
    tags: { type: 'array' },
  });
  const said = (text: string): Transcript => ({ role: 'user', text });
  const returned = (appId: string, content: string, structuredContent?: Record<string, unknown>): Transcript =>
    ({ role: 'tool-result', callId: 'c1', toolId: `${appId}.list`, isError: false, content, ...(structuredContent ? { structuredContent } : {}) });

  it('counts as IDs the parameters named …Id(s) and those described as a sibling API\'s ID, nothing else', () => {
    expect(idParameters(spa)).toEqual([
      { name: 'shopId', source: 'listShops', many: false },
      { name: 'petId', source: undefined, many: false },
      { name: 'serviceIds', source: undefined, many: true },
      { name: 'shops', source: 'listShops', many: true },
    ]);
  });

  it('lets an optional ID argument be left out', () => {
    expect(checkIds(spa, {}, { knownIds: [], transcript: [] }).ok).toBe(true);
    expect(checkIds(spa, { items: [null, 'bath', { serviceId: 'bath' }] }, { knownIds: ['bath'], transcript: [] }).ok).toBe(true);
  });

  it('names the nested field of a refused item, so the planner knows what to look up', () => {
    const made = checkIds(spa, { items: [{ serviceId: 'bathX' }] }, { knownIds: [], transcript: [] });
    expect(!made.ok && made.reason).toContain('items[].serviceId="bathX"');
  });

  it('trusts only the user\'s own words for an ID no result returned, and not a short fragment of them', () => {
    const others: Transcript[] = [{ role: 'assistant', text: '要不要用 ps9？' }, returned('spa', 'ps9 is closed')];
    expect(checkIds(spa, { shopId: 'ps9' }, { knownIds: [], transcript: others }).ok).toBe(false);
    expect(checkIds(spa, { petId: 'p7' }, { knownIds: [], transcript: [said('我家 p7 号狗')] }).ok).toBe(false);
    expect(checkIds(spa, { petId: 'd07' }, { knownIds: [], transcript: [said('我家 d07 号狗')] }).ok).toBe(true);
    expect(checkIds(spa, { petId: 'd07' }, { knownIds: [], transcript: [said('我家 d0'), said('7 号狗')] }).ok).toBe(false);
  });

  it('harvests every ID-like field of a result, whatever its type, and only those', () => {
    const ids = new Set<string>();
    harvestIds({
      id: 'a1', orderId: 'o1', code: 'BJP', trainNo: 'G115', phoneNumber: '138', number: 'n1', ref: 'r1', ticketNo: 42,
      paid: 'p1', identity: 'x1', userIdType: 'x2', codeName: 'x3', postcode: 'x4', Notes: 'x5', NumberFormat: 'x6',
      seatnumber: 'x7', numberOfGuests: 'x8', pref: 'x9', referrer: 'x10', orderNoList: 'x11',
      shop: { id: 'nested' }, list: [{ ref: 'inList' }], empty: { id: null, ref: true },
    }, ids);
    expect([...ids].sort()).toEqual(['138', '42', 'BJP', 'G115', 'a1', 'inList', 'n1', 'nested', 'o1', 'r1']);
  });

  it('lets a value through that the user said, that this app returned itself, or that is a plain date, time or count', () => {
    const transcript: Transcript[] = [
      said('帮我约洗澡'),
      returned('parcel', '取件码 A123，送达 2026-11-21 14:30，手机 13800138000', { room: 'R808' }),
      returned('spa', '可约房间 R808'),
    ];
    expect(checkDataFlow(spa, { remark: 'A123' }, transcript).ok).toBe(false); // four characters are enough to leak
    expect(checkDataFlow(spa, { remark: 'R808' }, transcript).ok).toBe(true);
    expect(checkDataFlow(spa, { remark: ['2026-11-21', '14:30', null] }, transcript).ok).toBe(true);
    const prices = [said('订两份'), returned('parcel', '运费 1280 分，折后 12.50 元，单号 1380013')];
    expect(checkDataFlow(spa, { quantity: '1280', price: '12.50' }, prices).ok).toBe(true); // an amount is the planner's reading
    expect(checkDataFlow(spa, { remark: '1380013' }, prices).ok).toBe(false); // seven digits are data, not a count
    expect(checkDataFlow(spa, { remark: 'A12' }, [said('x'), returned('parcel', 'A12')]).ok).toBe(true);
    expect(checkDataFlow(spa, { remark: 'R808' }, [said('x'), returned('spa', 'R808')]).ok).toBe(true); // no other app spoke
    expect(checkDataFlow(spa, { remark: 'A123' }, [said('取件码 A1'), said('23'), returned('parcel', 'A123')]).ok).toBe(false);
  });

  it('lets through a value this app returned only in its structured content, though another app returned it as text', () => {
    const pottery = tool('pottery', { remark: { type: 'string' } });
    const transcript: Transcript[] = [
      said('约一节陶艺课'),
      returned('ferry', '船票座位 K2041 已锁定'),
      returned('pottery', '找到 1 个名额', { seat: 'K2041' }),
    ];
    expect(checkDataFlow(pottery, { remark: 'K2041' }, transcript).ok).toBe(true);
    expect(checkDataFlow(pottery, { remark: 'K2041' }, transcript.slice(0, 2)).ok).toBe(false); // only the ferry said it
  });

  it('does not count the assistant\'s own repetition as the user saying it, and names the value and the receiving app', () => {
    const transcript: Transcript[] = [said('约洗澡'), returned('parcel', '手机 13800138000'), { role: 'assistant', text: '用 13800138000 预约吗？' }];
    const leaked = checkDataFlow(spa, { contact: { phone: '13800138000' } }, transcript);
    expect(leaked.ok).toBe(false);
    expect(!leaked.ok && leaked.reason).toContain('"13800138000"');
    expect(!leaked.ok && leaked.reason).toContain('spa may only receive it');
  });
});
