import { describe, expect, it } from 'vitest';
import { namedThing, routeClause } from './route.ts';
import { testCatalog } from './test-catalog.ts';

const catalog = testCatalog([
  { appId: 'herbs', appName: '百草药房', api: 'placeOrder', description: '药品下单，送药上门或到店自取' },
  { appId: 'herbs', appName: '百草药房', api: 'listBranches', description: '查询药房门店', readOnly: true },
  { appId: 'beans', appName: '豆子咖啡', api: 'placeOrder', description: '点咖啡，门店自取或外送' },
  { appId: 'beans', appName: '豆子咖啡', api: 'listBranches', description: '查询咖啡门店', readOnly: true },
  { appId: 'cab', appName: '快车', api: 'callRide', description: '叫车，从起点到终点' },
], { herbs: ['百草药房·湖滨店', '湖滨', 'Lakeside', 'Hubin', '清心润喉片', 'Throatease', 'Shanghai'], beans: ['豆子咖啡·湖滨店', '湖滨', 'Lakeside', 'Cappuccino'], cab: ['湖滨广场', 'Hubinguangchang', 'Wutonglu'] });

describe('a thing named by one English word', () => {
  it('routes to the one mini-program that lists it, plural or not, whatever store both know', () => {
    expect(namedThing('Two packs of Throatease for pickup at the Lakeside store please', catalog)?.appId).toBe('herbs');
    expect(routeClause('Two packs of Throatease for pickup at the Lakeside store please', catalog)).toBe('herbs');
    expect(routeClause('two Cappuccinos to pick up at Lakeside', catalog)).toBe('beans');
    // a place one more service knows, spelled in pinyin, is longer but names no thing of its own
    expect(namedThing('Throatease to pick up at the Wutonglu store', catalog)?.appId).toBe('herbs');
  });

  it('takes no city, and no short word, for a thing', () => {
    expect(namedThing('anything open in Shanghai tonight?', catalog)).toBeUndefined();
  });

  it('takes "the X store" for the store spelled in pinyin, over a place of the same name another service knows', () => {
    const places = testCatalog([
      { appId: 'herbs', appName: '百草药房', api: 'placeOrder', description: '药品下单，送药上门或到店自取' },
      { appId: 'cab', appName: '快车', api: 'callRide', description: '叫车，从起点到终点' },
    ], { herbs: ['百草药房·梧桐路店', '百草药房·湖滨店'], cab: ['梧桐路', '湖滨广场'] });
    expect(namedThing('Can I get 2 boxes of Throatease at the Wutonglu store?', places)?.appId).toBe('herbs');
  });
});

describe('a thing named by its code of letters and digits', () => {
  const coded = testCatalog([
    { appId: 'herbs', appName: '百草药房', api: 'placeOrder', description: '药品下单' },
    { appId: 'beans', appName: '豆子咖啡', api: 'placeOrder', description: '点咖啡' },
  ], { herbs: ['FFP2防护口罩（5只装）', '百草药房·湖滨店', 'Lakeside'], beans: ['豆子咖啡·湖滨店', 'Lakeside'] });

  it('routes to the one mini-program whose Chinese name carries the code ("FFP2s" of 「FFP2防护口罩」), whatever store both know', () => {
    expect(namedThing('a pack of FFP2s sent from the Lakeside store', coded)?.appId).toBe('herbs');
  });
});

describe('a title beside a store two services list', () => {
  // an invented mall: a café and a ferry office both have a 云溪路店; the ferry lists a sailing whose name holds 快递
  const mall = testCatalog([
    { appId: 'beans', appName: '豆子咖啡', api: 'placeOrder', description: '点咖啡，门店自取或外送' },
    { appId: 'ferry', appName: '海湾轮渡', api: 'book', description: '订船票，选航班和舱位' },
    { appId: 'parcel', appName: '顺达快递', api: 'ship', description: '寄快递，上门取件' },
  ], { beans: ['豆子咖啡·云溪路店'], ferry: ['海湾轮渡·云溪路店', '青屿快递'] });

  it('is the one service that lists the other name said, whatever words of another service the title holds', () => {
    expect(namedThing('周日云溪路店的青屿快递，两大一小', mall)?.appId).toBe('ferry');
    expect(routeClause('周日云溪路店的青屿快递，两大一小', mall)).toBe('ferry');
    expect(namedThing('云溪路店几点开门', mall)).toBeUndefined();
  });
});
