import { describe, expect, it } from 'vitest';
import { matchEntities, type Entity } from './index.ts';

const ids = (matches: { entity: Entity }[]) => matches.map((match) => match.entity.id);

const stores: Entity[] = [
  { id: 'zgc', names: ['中关村店', 'Zhongguancun Store'], fields: { city: '北京' } },
  { id: 'ljz', names: ['陆家嘴店', 'Lujiazui'], fields: { city: '上海' } },
  { id: 'gm', names: ['国贸三期店', 'China World Tower 3'], fields: { city: '北京' } },
];
const stations: Entity[] = [
  { id: 'bj', names: ['北京站'] },
  { id: 'bjn', names: ['北京南站', 'Beijing South Railway Station'] },
  { id: 'bjx', names: ['北京西站'] },
];

describe('matchEntities', () => {
  it('reads a Chinese name spelled in pinyin ("Chaoyang", "Zhong Guan Cun"), never a brand all share', () => {
    const venues: Entity[] = [{ id: 'hd', names: ['唱吧海淀黄庄店'] }, { id: 'cy', names: ['唱吧朝阳大悦城店'] }];
    expect(ids(matchEntities('the Chaoyang Joy City one', venues))).toEqual(['cy']);
    expect(ids(matchEntities('Zhong Guan Cun please', stores))).toEqual(['zgc']);
    expect(ids(matchEntities('the Changba near me', venues))).toEqual([]);
    expect(ids(matchEntities('change it', venues))).toEqual([]);
  });

  it('reads an English size word against Chinese names when it tells one apart ("the small room" for 小包)', () => {
    const rooms: Entity[] = [{ id: 's', names: ['小包'] }, { id: 'm', names: ['中包'] }, { id: 'l', names: ['大包'] }];
    expect(ids(matchEntities('the small room', rooms))).toEqual(['s']);
    expect(ids(matchEntities('a big one', rooms))).toEqual(['l']);
    // a place is no size: "medium" names no 中关村店, and pinyin still finds the store
    expect(ids(matchEntities('a medium hot Americano at the Lujiazui store', stores))).toEqual(['ljz']);
  });

  it('matches a short reply to the name it shortens', () => {
    const [match] = matchEntities('中关村', stores);
    expect(match).toEqual({ entity: stores[0], score: 0.9, span: [0, 3] });
  });

  it('matches an English name inside a longer phrase, ignoring generic words', () => {
    expect(ids(matchEntities('the Lujiazui store please', stores))).toEqual(['ljz']);
    expect(ids(matchEntities('any store', stores))).toEqual([]);
  });

  it('takes a thing\'s whole name over a piece of a combo\'s name that only reaches a word past it (「两杯中杯可乐」)', () => {
    const menu: Entity[] = [
      { id: 'combo', names: ['双人套餐（大份爆米花+2杯中杯可乐）'] },
      { id: 'popcorn', names: ['大份爆米花'] },
      { id: 'cola', names: ['中杯可乐'] },
    ];
    expect(ids(matchEntities('顺手加两杯中杯可乐', menu))).toEqual(['cola']);
    expect(ids(matchEntities('再来个双人套餐', menu))).toEqual(['combo']);
    expect(ids(matchEntities('大份爆米花+2杯中杯可乐的那个', menu))).toEqual(['combo']);
  });

  it('matches a fragment inside a name with a lower score', () => {
    const [match] = matchEntities('国贸', stores);
    expect(match?.entity.id).toBe('gm');
    expect(match!.score).toBeLessThan(0.9);
    expect(ids(matchEntities('China World', stores))).toEqual(['gm']);
  });

  it('takes a name said in another form of its words over a longer name that holds the words verbatim', () => {
    const services: Entity[] = [
      { id: 'deep-s', names: ['深度保洁（90㎡以内）', 'Deep cleaning (up to 90 m²)'] },
      { id: 'deep-l', names: ['深度保洁（90～150㎡）', 'Deep cleaning (90–150 m²)'] },
      { id: 'hood', names: ['油烟机清洗', 'Range hood deep clean'] },
    ];
    // "deep clean" is the whole of "Deep cleaning" and half of "Range hood deep clean": both deep cleanings, so the caller asks
    expect(ids(matchEntities('I need a deep clean on Monday', services))).toEqual(['deep-s', 'deep-l']);
    expect(ids(matchEntities('the range hood one', services))).toEqual(['hood']);
  });

  it('reads a title by the word it ends on after 的 (「证人」 of 沉默的证人), not by any two characters at its end', () => {
    const shows: Entity[] = [{ id: 'a', names: ['沉默的证人'] }, { id: 'b', names: ['东港老灯塔'] }, { id: 'c', names: ['青屿之夜话'] }];
    expect(ids(matchEntities('证人那部明晚还有票吗', shows))).toEqual(['a']);
    expect(ids(matchEntities('看夜话', shows))).toEqual(['c']);
    expect(ids(matchEntities('灯塔那部', shows))).toHaveLength(0);
  });

  it('reads a product by the two characters that open its name or by a run mixing letters and Han (「善存」, 「维C咀嚼片」)', () => {
    const goods: Entity[] = [
      { id: 'multi', names: ['善存多维元素片（成人）'] },
      { id: 'vc', names: ['汤臣倍健维生素C咀嚼片'] },
      { id: 'mask', names: ['医用外科口罩'] },
      { id: 'kn95', names: ['KN95防护口罩'] },
    ];
    expect(ids(matchEntities('善存一瓶、维C咀嚼片一瓶', goods))).toEqual(['multi', 'vc']);
    // 「口罩」 ends two names and opens none: it does not choose one of them
    expect(ids(matchEntities('来两包口罩', goods))).toHaveLength(0);
  });

  it('reads a district inside a chain\'s names, the city each is in telling none apart (「虹桥」 of 上海虹桥枢纽店)', () => {
    const hotels: Entity[] = [
      { id: 'bund', names: ['悦途酒店·上海外滩店'], fields: { city: '上海' } },
      { id: 'hq', names: ['悦途酒店·上海虹桥枢纽店'], fields: { city: '上海' } },
      { id: 'gm', names: ['悦途酒店·北京国贸店'], fields: { city: '北京' } },
    ];
    expect(ids(matchEntities('先帮我把明晚虹桥的商务大床房订上', hotels))).toEqual(['hq']);
    expect(ids(matchEntities('外滩那家', hotels))).toEqual(['bund']);
  });

  it('reads a short place name inside branded names, the brand telling none apart', () => {
    const cinemas: Entity[] = [{ id: 'c1', names: ['星光影城·国贸店'] }, { id: 'c2', names: ['星光影城·中关村店'] }, { id: 'c3', names: ['星光影城·静安店'] }];
    expect(ids(matchEntities('明天晚上静安那边有什么片子', cinemas))).toEqual(['c3']);
    expect(ids(matchEntities('星光影城有什么片子', cinemas))).toEqual([]);
  });

  it('prefers the longest, most specific name', () => {
    expect(ids(matchEntities('北京南站', stations))).toEqual(['bjn']);
    expect(ids(matchEntities('北京南', stations))).toEqual(['bjn']);
    expect(ids(matchEntities('从北京西站出发', stations))).toEqual(['bjx']);
    expect(ids(matchEntities('Beijing South', stations))).toEqual(['bjn']);
  });

  it('returns several names in text order without overlaps', () => {
    const matches = matchEntities('中关村店取一杯，陆家嘴店取一杯', stores);
    expect(matches.map((m) => [m.entity.id, m.span])).toEqual([
      ['zgc', [0, 4]],
      ['ljz', [8, 12]],
    ]);
  });

  it('returns every entity that fits one span equally, so the caller can ask', () => {
    const twins: Entity[] = [{ id: 'a', names: ['拿铁'] }, { id: 'b', names: ['拿铁'] }, { id: 'c', names: ['美式'] }];
    const matches = matchEntities('一杯拿铁', twins);
    expect(ids(matches)).toEqual(['a', 'b']);
    expect(matches[0]!.span).toEqual(matches[1]!.span);
  });

  it('ignores a name every entity shares', () => {
    const branded: Entity[] = [{ id: 'x', names: ['某咖啡（中关村店）'] }, { id: 'y', names: ['某咖啡（陆家嘴店）'] }];
    expect(ids(matchEntities('某咖啡', branded))).toEqual([]);
    expect(ids(matchEntities('某咖啡陆家嘴', branded))).toEqual(['y']);
  });

  it('knows relations by any of their words, but not the 我 of 「帮我」', () => {
    const people: Entity[] = [
      { id: 'me', names: ['张伟', '本人'] },
      { id: 'wife', names: ['李娜'], fields: { relation: '配偶' } },
    ];
    expect(ids(matchEntities('帮我和老婆订两张', people))).toEqual(['me', 'wife']);
    expect(ids(matchEntities('帮我订一张给老婆', people))).toEqual(['wife']);
    expect(ids(matchEntities('my wife and myself', people))).toEqual(['wife', 'me']);
    expect(ids(matchEntities('张伟', people))).toEqual(['me']);
  });

  it('uses chosen fields as weaker names', () => {
    expect(ids(matchEntities('上海的店', stores))).toEqual([]);
    const [match] = matchEntities('上海的店', stores, { fields: ['city'] });
    expect(match).toMatchObject({ entity: { id: 'ljz' }, score: 0.5 });
  });

  it('picks the entity whose time field holds the time said', () => {
    const trains: Entity[] = [
      { id: 't1', names: ['G101'], fields: { departTime: '14:00' } },
      { id: 't2', names: ['G103'], fields: { departTime: '15:00' } },
    ];
    const ref = { now: new Date('2026-11-20T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };
    expect(ids(matchEntities('下午三点那班', trains, { ref }))).toEqual(['t2']);
    expect(ids(matchEntities('the 2 pm one', trains, { ref }))).toEqual(['t1']);
    expect(ids(matchEntities('下午三点那班', trains))).toEqual([]);
  });

  it('reads no name in a sum of money said (「不超过150块」 is not the 150 of 「90～150㎡」)', () => {
    const services = [{ id: 'big', names: ['深度除螨（90～150㎡）'] }, { id: 'glass', names: ['擦玻璃（15扇以内）'] }];
    expect(ids(matchEntities('来家里擦玻璃，要是不超过150块就直接约了', services))).toEqual(['glass']);
  });

  it('finds nothing in an empty text or list', () => {
    expect(matchEntities('', stores)).toEqual([]);
    expect(matchEntities('中关村', [])).toEqual([]);
  });
});
