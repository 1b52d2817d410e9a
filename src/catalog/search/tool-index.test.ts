import { describe, expect, it } from 'vitest';
import { ToolIndex, type ToolDocument } from './index.ts';

const tools: ToolDocument[] = [
  {
    id: 'rail/bookTicket',
    fields: {
      name: 'bookTicket',
      description: '预订火车票、高铁票、动车票。用户说「帮我订一张明天去上海的高铁票」时调用。Book train tickets between cities.',
      params: 'trainId 车次 ID; seatClass 座位等级: second=二等座/second class, first=一等座/first class; passengerIds 乘客',
      skillMd: '# 铁路出行\n查询车次、预订车票、退票改签。',
    },
  },
  {
    id: 'rail/searchTrains',
    fields: {
      name: 'searchTrains',
      description: '查询两地之间的车次和余票。Search trains between two stations on a date.',
      params: 'from 出发城市; to 到达城市; date 日期',
      skillMd: '# 铁路出行\n查询车次、预订车票、退票改签。',
    },
  },
  {
    id: 'cafe/createOrder',
    fields: {
      name: 'createOrder',
      description: '下单咖啡饮品，例如「帮我点一杯拿铁」"order a latte"。Order coffee drinks for pickup.',
      params: 'storeId 门店; items 饮品列表; size: M=中杯/medium, L=大杯/large',
      skillMd: '# 咖啡\n点单、自提、外送。',
    },
  },
  {
    id: 'cafe/listStores',
    fields: {
      name: 'listStores',
      description: '查询附近的咖啡门店。List nearby coffee stores.',
      params: 'city 城市',
    },
  },
  {
    id: 'parcel/sendParcel',
    fields: {
      name: 'sendParcel',
      description: '寄快递、寄包裹，上门取件。Send a parcel with door-to-door pickup.',
      params: 'from 寄件地址; to 收件地址; weight 重量（公斤）',
    },
  },
  {
    id: 'taxi/callRide',
    fields: {
      name: 'callRide',
      description: '叫车、打车去某地。Call a taxi or ride to a destination.',
      params: 'pickup 上车地点; destination 目的地',
    },
  },
];

function buildIndex(): ToolIndex {
  const index = new ToolIndex();
  for (const tool of tools) index.add(tool);
  return index;
}

describe('ToolIndex', () => {
  it('finds the train-booking tool for a Chinese request among distractors', () => {
    const hits = buildIndex().search('帮我订一张高铁票');
    expect(hits[0]?.id).toBe('rail/bookTicket');
  });

  it('finds the coffee tool for an English request', () => {
    const hits = buildIndex().search('order a latte');
    expect(hits[0]?.id).toBe('cafe/createOrder');
  });

  it('ranks by meaning words in each language', () => {
    const index = buildIndex();
    expect(index.search('寄个包裹到北京')[0]?.id).toBe('parcel/sendParcel');
    expect(index.search('call me a taxi to the airport')[0]?.id).toBe('taxi/callRide');
    expect(index.search('有哪些咖啡门店')[0]?.id).toBe('cafe/listStores');
    expect(index.search('search trains to Shanghai')[0]?.id).toBe('rail/searchTrains');
  });

  it('returns scores best first and honours limit', () => {
    const hits = buildIndex().search('火车 coffee taxi parcel', { limit: 3 });
    expect(hits).toHaveLength(3);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
  });

  it('applies the filter before choosing the best', () => {
    const hits = buildIndex().search('帮我订一张高铁票', { filter: (id) => !id.startsWith('rail/') });
    expect(hits.every((hit) => !hit.id.startsWith('rail/'))).toBe(true);
  });

  it('says how many of the query\'s terms each hit holds, also after removals compact the slots', () => {
    const index = buildIndex();
    const [best] = index.search('order a latte for pickup');
    expect(best).toMatchObject({ id: 'cafe/createOrder', matched: 3, queryTerms: 3 });
    for (let i = 0; i < 80; i++) index.add({ id: `filler/${i}`, fields: { name: `filler${i}`, description: 'pickup', params: '' } });
    for (let i = 0; i < 80; i++) index.remove(`filler/${i}`);
    const partly = index.search('latte taxi').find((hit) => hit.id === 'taxi/callRide');
    expect(partly).toMatchObject({ matched: 1, queryTerms: 2 });
    expect(index.search('order a latte for pickup')[0]).toMatchObject({ id: 'cafe/createOrder', matched: 3, queryTerms: 3 });
  });

  it('finds nothing for words no tool has', () => {
    expect(buildIndex().search('量子纠缠 quantum entanglement')).toEqual([]);
    expect(buildIndex().search('')).toEqual([]);
  });

  it('forgets a removed tool and replaces one re-added under the same id', () => {
    const index = buildIndex();
    expect(index.remove('rail/bookTicket')).toBe(true);
    expect(index.remove('rail/bookTicket')).toBe(false);
    expect(index.search('高铁票').map((hit) => hit.id)).not.toContain('rail/bookTicket');
    expect(index.size).toBe(tools.length - 1);
    index.add({ id: 'cafe/createOrder', fields: { name: 'createOrder', description: '订酒店 book a hotel room', params: '' } });
    expect(index.search('latte').map((hit) => hit.id)).not.toContain('cafe/createOrder');
    expect(index.search('hotel')[0]?.id).toBe('cafe/createOrder');
  });

  it('keeps answering correctly after many removals compact its postings', () => {
    const index = new ToolIndex();
    for (let i = 0; i < 400; i++) {
      index.add({ id: `filler/${i}`, fields: { name: `tool${i}`, description: `寄快递 parcel number ${i}`, params: '' } });
    }
    for (const tool of tools) index.add(tool);
    for (let i = 0; i < 400; i += 2) index.remove(`filler/${i}`);
    expect(index.size).toBe(200 + tools.length);
    expect(index.search('帮我订一张高铁票')[0]?.id).toBe('rail/bookTicket');
    expect(index.search('tool7')[0]?.id).toBe('filler/7');
    expect(index.search('tool8')).toEqual([]);
    const parcels = index.search('parcel', { limit: 1000 });
    expect(parcels.filter((hit) => hit.id.startsWith('filler/'))).toHaveLength(200);
  });

  it('prunes common terms without changing the best results', () => {
    const index = new ToolIndex();
    const words = ['预订', '查询', '取消', 'book', 'search', 'cancel', '北京', '上海', 'hotel', 'coffee', '咖啡', '酒店'];
    for (let i = 0; i < 3000; i++) {
      const pick = (n: number) => words[(i * 7 + n * 13 + (i >> n)) % words.length]!;
      index.add({
        id: `t${i}`,
        fields: { name: `tool${i % 50}`, description: `${pick(1)} ${pick(2)} ${pick(3)} rare${i % 97}`, params: pick(4), skillMd: `${pick(5)} ${pick(6)}` },
      });
    }
    const keepOdd = (id: string) => Number(id.slice(1)) % 2 === 1;
    for (const query of ['帮我预订北京的酒店', 'book a hotel rare5', 'tool7 cancel coffee', '查询上海咖啡 rare42 rare43']) {
      const everything = index.search(query, { limit: 100_000 });
      expect(everything.length).toBeGreaterThan(8);
      expect(index.search(query, { limit: 8 })).toEqual(everything.slice(0, 8));
      const oddOnes = index.search(query, { limit: 100_000, filter: keepOdd });
      expect(index.search(query, { limit: 5, filter: keepOdd })).toEqual(oddOnes.slice(0, 5));
    }
  });

  it('refuses a query that is not text, saying what to pass', () => {
    expect(() => buildIndex().search(undefined as unknown as string)).toThrow(/text query/);
    expect(() => buildIndex().search('latte', { limit: Number.NaN })).toThrow(/numeric limit/);
    expect(buildIndex().search('latte', { limit: 1.7 })).toHaveLength(1);
  });

  it('refuses a tool without an id or with a non-text field, saying where', () => {
    const index = new ToolIndex();
    expect(() => index.add({ id: '', fields: { name: 'x', description: '', params: '' } })).toThrow(/no id/);
    expect(() => index.add({ id: 'x', fields: { name: 'x', description: 3 as unknown as string, params: '' } })).toThrow(
      /description/,
    );
    expect(index.size).toBe(0);
  });
});

describe('ToolIndex: what results name', () => {
  it('finds a tool by what its results name (a title in English), unless the search leaves that out', () => {
    const index = new ToolIndex();
    for (const tool of tools) index.add(tool);
    index.add({ id: 'cinema/searchFilms', fields: { name: 'searchFilms', description: '查询在映影片', params: 'date 日期', data: '星际归途 Starbound 小小厨神 Little Chef' } });
    expect(index.search('is Little Chef on tonight')[0]?.id).toBe('cinema/searchFilms');
    expect(index.search('is Little Chef on tonight', { withData: false }).map((h) => h.id)).not.toContain('cinema/searchFilms');
  });
});
