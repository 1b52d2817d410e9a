import { describe, expect, it } from 'vitest';
import { aboutNamed as aboutNamedAt } from './about-named.ts';

const ref = { now: new Date('2026-11-20T02:00:00Z'), timeZone: 'Asia/Shanghai' };
const aboutNamed = (content: string, structured: unknown, texts: string[]) => aboutNamedAt(content, structured, texts, ref);

const content = '找到 3 家门店：康宁大药房·静安寺店（storeId SH01，南京西路1788号，08:00-22:00）；康宁大药房·徐家汇店（storeId SH02，漕溪北路88号，24小时）；康宁大药房·武林广场店（storeId HZ01，武林广场21号，08:00-22:00）。下单时使用 storeId。';
const structured = { stores: [
  { storeId: 'SH01', name: '康宁大药房·静安寺店', hours: '08:00-22:00' },
  { storeId: 'SH02', name: '康宁大药房·徐家汇店', hours: '24小时' },
  { storeId: 'HZ01', name: '康宁大药房·武林广场店', hours: '08:00-22:00' },
] };

describe('a question about one thing a list names', () => {
  it('hears the line about that thing, from its name to where the next begins', () => {
    expect(aboutNamed(content, structured, ['徐家汇店几点关门？'])).toBe('找到 3 家门店：康宁大药房·徐家汇店（storeId SH02，漕溪北路88号，24小时）。下单时使用 storeId。'); // what holds for all comes along (the planner keeps only the user's part)
  });

  it('hears the lines of a few things it names, and what the list says of them all', () => {
    expect(aboutNamed(content, structured, ['静安寺店和徐家汇店哪个开得晚？'])).toBe('找到 3 家门店：康宁大药房·静安寺店（storeId SH01，南京西路1788号，08:00-22:00）；康宁大药房·徐家汇店（storeId SH02，漕溪北路88号，24小时）。下单时使用 storeId。');
    const products = '找到 3 件商品：蒙脱石散（思密达） 10袋/盒 ¥24.60（p13）；氯雷他定片（开瑞坦） 6片/盒 ¥32.00（p14）；医用外科口罩 10只/包 ¥12.90（p07）。';
    const listed = { products: [{ productId: 'p13', name: '蒙脱石散（思密达）', aliases: ['思密达'] }, { productId: 'p14', name: '氯雷他定片（开瑞坦）', aliases: ['开瑞坦'] }, { productId: 'p07', name: '医用外科口罩' }] };
    const answer = aboutNamed(products, listed, ['思密达跟开瑞坦各多少钱一盒？']);
    expect(answer).toContain('¥24.60');
    expect(answer).toContain('¥32.00');
    expect(answer).not.toContain('口罩');
  });

  it('hears the whole list when it names none, or many, or the list has only the one', () => {
    expect(aboutNamed(content, structured, ['你们有哪些门店？'])).toBeUndefined();
    expect(aboutNamed(content, structured, ['徐家汇店几点关门，有没有停车位？'])).toBeUndefined();
    // what else it asks about is said elsewhere in the list: with the notes that hold for all, or else the whole list
    const menu = '拿铁 ¥18；美式 ¥15。燕麦奶 +¥3，加浓 +¥3。';
    expect(aboutNamed(menu, { drinks: [{ drinkId: 'd1', name: '拿铁' }, { drinkId: 'd2', name: '美式' }] }, ['拿铁换成燕麦奶要加钱吗？'])).toBe('拿铁 ¥18。燕麦奶 +¥3，加浓 +¥3。');
    expect(aboutNamed('拿铁 ¥18，燕麦奶 +¥3；美式 ¥15。', { drinks: [{ drinkId: 'd1', name: '拿铁' }, { drinkId: 'd2', name: '美式' }] }, ['美式能换燕麦奶吗？'])).toBeUndefined();
    expect(aboutNamed(menu, { drinks: [{ drinkId: 'd1', name: '拿铁' }, { drinkId: 'd2', name: '美式' }] }, ['拿铁多少钱？'])).toBe('拿铁 ¥18。燕麦奶 +¥3，加浓 +¥3。');
    expect(aboutNamed(content, structured, ['How late is the pharmacy open, and is Xujiahui store open 24 hours?'])).toBeUndefined();
    expect(aboutNamed(content, { stores: [structured.stores[0]] }, ['静安寺店几点关门？'])).toBeUndefined();
  });

  it('hears the one a superlative picks among the kind said, even where one of them bears the kind\'s own name', () => {
    const teas = '共 4 款：乌龙 ¥12；桂花乌龙 ¥18；蜜桃乌龙 ¥16；红茶 ¥20。';
    const listed = { teas: [{ teaId: 't1', name: '乌龙', price: 12 }, { teaId: 't2', name: '桂花乌龙', price: 18 }, { teaId: 't3', name: '蜜桃乌龙', price: 16 }, { teaId: 't4', name: '红茶', price: 20 }] };
    expect(aboutNamed(teas, listed, ['乌龙里最贵的是哪款'])).toContain('桂花乌龙 ¥18');
    expect(aboutNamed(teas, listed, ['乌龙多少钱'])).toContain('乌龙 ¥12');
  });

  it('hears the one a superlative picks, with what the list says of them all', () => {
    const trains = '2026-11-21 北京南→上海虹桥 可购 3 趟车：G101 06:30–11:15、G103 07:00–11:33、G105 08:00–12:45。';
    const listed = { trains: [{ trainNo: 'G101', departTime: '06:30' }, { trainNo: 'G103', departTime: '07:00' }, { trainNo: 'G105', departTime: '08:00' }] };
    expect(aboutNamed(trains, listed, ['明天早上北京去上海最早的高铁是几点'])).toBe('2026-11-21 北京南→上海虹桥 可购 3 趟车：G101 06:30–11:15');
    expect(aboutNamed(trains, listed, ['What is the last train tomorrow?'])).toBe('2026-11-21 北京南→上海虹桥 可购 3 趟车：G105 08:00–12:45');
    expect(aboutNamed(trains, listed, ['明天北京到上海有哪些车'])).toBeUndefined();
  });

  it('keeps the space after an English lead-in', () => {
    const ferries = 'Tomorrow East Pier to Qingyu, 3 sailings: F1 07:10 ¥35; F2 09:30 ¥35; F3 13:00 ¥30.';
    const listed = { sailings: [{ sailingId: 'F1', time: '07:10', price: 35 }, { sailingId: 'F2', time: '09:30', price: 35 }, { sailingId: 'F3', time: '13:00', price: 30 }] };
    expect(aboutNamed(ferries, listed, ['What time is the first sailing tomorrow?'])).toBe('Tomorrow East Pier to Qingyu, 3 sailings: F1 07:10 ¥35');
  });

  it('hears the one a superlative picks when two questions are asked of it (「第一班是几点，多少钱」)', () => {
    const ferries = '明天 东港码头→青屿 3 班：F1 07:10 ¥35；F2 09:30 ¥35；F3 13:00 ¥30。';
    const listed = { sailings: [{ sailingId: 'F1', time: '07:10', price: 35 }, { sailingId: 'F2', time: '09:30', price: 35 }, { sailingId: 'F3', time: '13:00', price: 30 }] };
    expect(aboutNamed(ferries, listed, ['明天第一班船是几点，多少钱'])).toBe('明天 东港码头→青屿 3 班：F1 07:10 ¥35');
    expect(aboutNamed(ferries, listed, ['明天的船几点开，多少钱'])).toBeUndefined();
  });

  it("hears the fact asked where the list's words leave it out, read from the thing's fields", () => {
    const kinds = '课程单价：陶艺 ¥120、水墨 ¥80。';
    const listed = { kinds: [{ kindId: 'k1', name: '陶艺', nameEn: 'Pottery', minutes: 90, price: 120 }, { kindId: 'k2', name: '水墨', nameEn: 'Ink painting', minutes: 60, price: 80 }] };
    expect(aboutNamed(kinds, listed, ['how long is a pottery class and what does one cost?'])).toBe('Pottery: 90 minutes, ¥120.');
    expect(aboutNamed(kinds, listed, ['水墨课多久一节'])).toBe('水墨：时长 1 小时。');
    // what the list says in its own words is heard as it says it
    expect(aboutNamed(kinds, listed, ['陶艺多少钱？'])).toBe('课程单价：陶艺 ¥120');
  });

  it('says a name with the marks it is written in', () => {
    const films = '共 2 部影片：《熊猫快递》(f03, 动画, 96分钟)；《星际归途》(f01, 科幻, 148分钟)。';
    expect(aboutNamed(films, { films: [{ filmId: 'f03', title: '熊猫快递' }, { filmId: 'f01', title: '星际归途' }] }, ['熊猫快递是什么类型的片子'])).toBe('共 2 部影片：《熊猫快递》(f03, 动画, 96分钟)');
  });
});

describe('a question about things a list names only in its data', () => {
  // a tea counter's list whose words only tell the model to show a card, its things keyed by numeric IDs
  const content = '已为用户列出全部 3 款茶饮。请用一句简短话术引导用户点击下方卡片挑选，禁止以纯文本列出详情。';
  const structured = { items: [{ teaId: 11, name: '桂花乌龙', price: 22 }, { teaId: 12, name: '茉莉花茶', price: 18 }, { teaId: 13, name: '正山小种', price: 26 }] };

  it('hears each thing named from its own fields: its name and price (「桂花乌龙和茉莉花茶哪个便宜？」)', () => {
    expect(aboutNamedAt(content, structured, ['桂花乌龙和茉莉花茶哪个便宜？'], ref)).toMatch(/^桂花乌龙 ¥22；茉莉花茶 ¥18/);
  });

  it('hears nothing so where the list names none asked', () => {
    expect(aboutNamedAt(content, structured, ['有什么推荐的吗'], ref)).toBeUndefined();
  });

  it('hears how many there are and which, then the fact asked of the one named', () => {
    const piers = '找到 2 个码头：海湾轮渡·云溪码头（p1）、海湾轮渡·青屿码头（p2）。';
    const listed = { piers: [{ pierId: 'p1', name: '海湾轮渡·云溪码头', address: '云溪镇滨海路8号' }, { pierId: 'p2', name: '海湾轮渡·青屿码头', address: '青屿岛东港路2号' }] };
    expect(aboutNamed(piers, listed, ['一共有几个码头？青屿那个在哪'])).toBe(`${piers}\n海湾轮渡·青屿码头：地址 青屿岛东港路2号。`);
    // (no count asked: the fact alone)
    expect(aboutNamed(piers, listed, ['青屿那个码头在哪'])).toBe('海湾轮渡·青屿码头：地址 青屿岛东港路2号。');
  });
});

describe('a question of what there is for a complaint', () => {
  // an invented herb counter whose remedies each say what they are for
  const herbs = '共 4 件：柴胡滴丸 ¥18.00（h1）；冰凉贴 ¥9.90（h2）；白芍颗粒 ¥22.00（h3）；电子血压计 ¥199.00（h5）。满59元免运费。';
  const listed = { herbs: [
    { herbId: 'h1', name: '柴胡滴丸', use: '外感发热，感冒' }, { herbId: 'h2', name: '冰凉贴', use: '发热时物理降温' },
    { herbId: 'h3', name: '白芍颗粒', use: '急、慢性腹泻' }, { herbId: 'h5', name: '电子血压计', use: '家用测量' },
  ] };

  it('hears the lines of the things whose use says it, with what the list says of all', () => {
    const answer = aboutNamed(herbs, listed, ['拉肚子有什么药吗，多少钱']);
    expect(answer).toContain('白芍颗粒 ¥22.00');
    expect(answer).toContain('满59元免运费');
    expect(answer).not.toContain('柴胡');
    const fever = aboutNamed(herbs, listed, ['Anything for a fever?']);
    expect(fever).toContain('柴胡滴丸');
    expect(fever).toContain('冰凉贴');
    expect(fever).not.toContain('血压计');
  });
});
