import { describe, expect, it } from 'vitest';
import { arrivalBy, extractDateTime, timeWindow, withoutArrival } from '../understand/index.ts';
import { chooseEntities, noneWhenSaid } from './choose-entities.ts';
import { entitiesIn } from './entities.ts';

const services = [
  ['daily-2h', '日常保洁（2小时）', 'Regular cleaning (2 hours)'], ['daily-3h', '日常保洁（3小时）', 'Regular cleaning (3 hours)'],
  ['daily-4h', '日常保洁（4小时）', 'Regular cleaning (4 hours)'], ['deep-90', '深度保洁（90㎡以内）', 'Deep cleaning (up to 90 m²)'],
  ['deep-150', '深度保洁（90～150㎡）', 'Deep cleaning (90–150 m²)'], ['window', '擦玻璃（全屋15扇以内）', 'Window cleaning (up to 15 panes)'],
  ['hood', '油烟机清洗（拆洗）', 'Range hood deep clean'], ['fridge', '冰箱清洁', 'Fridge cleaning'],
].map(([id, zh, en]) => ({ id: id!, names: [zh!, en!] }));
const chosen = (text: string) => chooseEntities(services, [text], undefined, true).map((e) => e.id);

describe('the things a request names, from a list where one word names many', () => {
  it('takes the one the amount said tells apart, not every one the common word names', () => {
    expect(chosen('明天早上八点来家里做4个小时保洁')).toEqual(['daily-4h']);
    expect(chosen("4-hour regular clean plus the fridge on Monday morning, 8 o'clock")).toEqual(['daily-4h', 'fridge']);
  });

  it('does not take a word most of the list shares for a name', () => {
    expect(chosen('Book the range hood cleaning for Saturday at 1pm')).toEqual(['hood']);
  });

  it('asks rather than take all where nothing tells them apart', () => {
    expect(chosen('帮我约个深度保洁，下周一早上八点')).toEqual([]);
  });
});

describe('a thing chosen by the part of the day said', () => {
  const trains = [['G761', '08:05'], ['G763', '12:05'], ['G765', '16:05']].map(([id, departTime]) => ({ id: id!, names: [id!], fields: { departTime: departTime! } }));
  const when = (t: string) => timeWindow(t, { now: new Date('2026-11-20T02:00:00Z'), timeZone: 'Asia/Shanghai' });
  it('takes the one listed in the morning for "tomorrow morning" (「明天上午」), and asks when several fit', () => {
    expect(chooseEntities(trains, ['Nanjing South to Hangzhou East tomorrow morning'], undefined, false, when).map((e) => e.id)).toEqual(['G761']);
    expect(chooseEntities(trains, ['明天上午南京南到杭州东'], undefined, false, when).map((e) => e.id)).toEqual(['G761']);
    expect(chooseEntities(trains, ['明天下午南京南到杭州东'], undefined, false, when)).toEqual([]);
  });

  it('takes one of those that fit when the user leaves the choice to the assistant (「随便哪个都行」, "any of them is fine")', () => {
    const shows = [['s1', '09:30'], ['s2', '14:00'], ['s3', '10:20']].map(([id, start]) => ({ id: id!, names: [id!], fields: { start: start! } }));
    const needed = (text: string) => chooseEntities(shows, [text], undefined, false, when, undefined, true).map((e) => e.id);
    expect(needed('周日上午的，三张票，随便哪家都行')).toEqual(['s1']);
    expect(needed('Sunday afternoon, any of them is fine')).toEqual(['s2']);
    expect(needed('周日上午的，三张票')).toEqual([]);
    // one that is full is not picked for the user while another fits
    const full = shows.map((e) => (e.id === 's1' ? { ...e, fields: { ...e.fields, status: 'full', spotsLeft: '0' } } : e));
    expect(chooseEntities(full, ['周日上午的，随便哪家都行'], undefined, false, when, undefined, true).map((e) => e.id)).toEqual(['s3']);
    // nothing listed in the part of the day said: nothing else is taken instead
    expect(chooseEntities(shows, ['周日晚上的，随便哪家都行'], undefined, false, when, undefined, true)).toEqual([]);
    // an optional filter is never filled by 「都行」: it would narrow what the user left open
    expect(chooseEntities(shows, ['周日上午的，随便哪家都行'], undefined, false, when)).toEqual([]);
  });
});

describe('a thing chosen by the day said', () => {
  const classes = [['c2-1123-1945', '2026-11-23'], ['c2-1124-1945', '2026-11-24']].map(([id, date]) => ({ id: id!, names: ['搏击'], fields: { date: date!, startTime: '19:45', club: '望京店' } }));
  const ref = { now: new Date('2026-11-20T02:00:00Z'), timeZone: 'Asia/Shanghai' };
  const when = (t: string) => timeWindow(t, ref);
  const dayOf = (t: string) => extractDateTime(t, ref).date;

  it('takes the class on Monday for 「周一晚上那节搏击」 where the list spans two days of the same class', () => {
    expect(chooseEntities(classes, ['周一晚上望京那节搏击帮我约一下'], undefined, false, when, dayOf).map((e) => e.id)).toEqual(['c2-1123-1945']);
  });

  it('does not choose by a day every thing listed is on', () => {
    const sameDay = classes.map((c) => ({ ...c, fields: { ...c.fields, date: '2026-11-23' } }));
    expect(chooseEntities(sameDay, ['周一晚上望京那节搏击帮我约一下'], undefined, false, when, dayOf)).toEqual([]);
  });
});

describe('a time said that nothing listed is at', () => {
  it('does not take the one show left for 「上午十点那场」 when it is at five in the afternoon', () => {
    const left = [{ id: 'c2-1120-1700', names: ['熊猫快递'], fields: { time: '17:00', city: '北京' } }];
    const when = (t: string) => timeWindow(t, { now: new Date('2026-11-20T02:00:00Z'), timeZone: 'Asia/Shanghai' });
    expect(chooseEntities(left, ['帮我买今天上午十点中关村的熊猫快递，一张'], '北京', false, when)).toEqual([]);
    // nor by a value only it carries (its cinema) when the time said is not its time
    const two = [{ id: 'c1-1120-1930', names: ['熊猫快递'], fields: { time: '19:30', cinema: '国贸店' } }, { id: 'c2-1120-1700', names: ['熊猫快递'], fields: { time: '17:00', cinema: '中关村' } }];
    expect(chooseEntities(two, ['帮我买今天上午十点中关村的', '一张'], undefined, false, when)).toEqual([]);
    expect(chooseEntities(left, ['帮我买今天中关村的熊猫快递，一张'], undefined, false, when).map((e) => e.id)).toEqual(['c2-1120-1700']);
    // a correction says two times: the one it settles on decides (「7点的…，哦不对，还是换成5点那场」)
    expect(chooseEntities(left, ['今天10点的熊猫快递，哦不对，还是换成5点那场'], undefined, false, when).map((e) => e.id)).toEqual(['c2-1120-1700']);
  });
});

describe('things offered where none is at the time said', () => {
  const ref = { now: new Date('2026-11-20T02:00:00Z'), timeZone: 'Asia/Shanghai' };
  const sailings = [{ id: 's1', names: ['观景舱'], fields: { time: '07:30' } }, { id: 's2', names: ['观景舱'], fields: { time: '10:00' } }];

  it('are known as such: a part of the day or an hour said that none of them is at', () => {
    expect(noneWhenSaid(sailings, ['下周一晚上的观景舱'], ref)).toBe(true);
    expect(noneWhenSaid(sailings, ['下周一下午三点的观景舱'], ref)).toBe(true);
    expect(noneWhenSaid(sailings, ['下周一上午的观景舱'], ref)).toBe(false);
    // (no time said, or things with no times: nothing missed)
    expect(noneWhenSaid(sailings, ['下周一的观景舱'], ref)).toBe(false);
    expect(noneWhenSaid([{ id: 'p1', names: ['东港店'], fields: {} }], ['晚上去东港店'], ref)).toBe(false);
  });
});

describe('a time said, read against when each thing starts', () => {
  it('is its departure, whatever order its fields come in (a list read back from the database gives arrivals first)', () => {
    const when = (t: string) => timeWindow(t, { now: new Date('2026-11-20T02:00:00Z'), timeZone: 'Asia/Shanghai' });
    const ferries = [
      { id: 'f1', names: ['F1'], fields: { arriveTime: '08:25', departTime: '07:00' } },
      { id: 'f2', names: ['F2'], fields: { arriveTime: '09:10', departTime: '08:25' } },
    ];
    expect(chooseEntities(ferries, ['明天早上七点那班船，两张'], undefined, false, when).map((e) => e.id)).toEqual(['f1']);
    expect(chooseEntities(ferries, ['the 8:25 ferry tomorrow morning'], undefined, false, when).map((e) => e.id)).toEqual(['f2']);
  });
});

describe('a store chosen while a time is said', () => {
  it('does not read its opening hours as a time it is at', () => {
    const stores = [
      { id: 'SH01', names: ['静安寺店'], fields: { hours: '08:00-22:00' } },
      { id: 'SH02', names: ['徐家汇店'], fields: { hours: '24小时' } },
    ];
    const when = (t: string) => timeWindow(t, { now: new Date('2026-11-20T02:00:00Z'), timeZone: 'Asia/Shanghai' });
    expect(chooseEntities(stores, ['晚上11点还开着的24小时那家，买盒布洛芬'], undefined, false, when).map((e) => e.id)).toEqual(['SH02']);
  });
});

describe('a store said by the English name of the place it is at', () => {
  const hotels = [['H01', '悦途酒店·上海外滩店', '上海'], ['H03', '悦途酒店·北京国贸店', '北京'], ['H04', '悦途酒店·杭州西湖店', '杭州']]
    .map(([id, name, city]) => ({ id: id!, names: [name!], fields: { city: city! } }));
  it('is that one, not the one in the user\'s own city', () => {
    expect(chooseEntities(hotels, ['a twin room at the Bund hotel this Saturday night'], '北京', false).map((e) => e.id)).toEqual(['H01']);
    expect(chooseEntities(hotels, ['the West Lake hotel next Monday'], '北京', false).map((e) => e.id)).toEqual(['H04']);
  });
});

describe('a thing named only to be refused', () => {
  const rooms = [{ id: 'std', names: ['标准大床房', 'Standard King'] }, { id: 'sea', names: ['海景大床房', 'Sea View King'] }];
  const one = (text: string) => chooseEntities(rooms, [text], undefined, false).map((e) => e.id);

  it('is not chosen by that name', () => {
    expect(one('one king for Friday please, no sea view needed')).not.toContain('sea');
    expect(one('周一住一晚，不要海景大床房')).not.toContain('sea');
    expect(one('a king room, sea view not needed')).not.toContain('sea');
  });

  it('is chosen where it is wanted', () => {
    expect(one('a sea view king for Monday night')).toEqual(['sea']);
    expect(one('要海景大床房')).toEqual(['sea']);
  });
});

describe('several things for one visit, some named by everyday words or by a size', () => {
  // an invented office-care list: two cleanings by size, and special items
  const office = [
    ['clean-s', '写字楼保洁（100㎡以内）'], ['clean-l', '写字楼保洁（100～300㎡）'], ['carpet', '地毯深洗'],
    ['glass', '擦玻璃（外墙除外）'], ['dispenser', '饮水机消毒'],
  ].map(([id, name]) => ({ id: id!, names: [name!] }));
  const several = (text: string) => chooseEntities(office, [text], undefined, true).map((e) => e.id).sort();

  it('takes the thing an everyday word names (「窗户」 for 擦玻璃) beside the one the size picks', () => {
    expect(several('办公室两百平，周五晚上来打扫一下，窗户也擦擦')).toEqual(['clean-l', 'glass']);
  });

  it('adds the kind a size picks to a thing named, where the kind is said (「做个保洁再加个饮水机消毒」)', () => {
    expect(several('办公室八十平，做个保洁再加个饮水机消毒')).toEqual(['clean-s', 'dispenser']);
  });

  it('tells apart several alike one word names by the size said', () => {
    expect(several('写字楼保洁，一百五十平，地毯也洗一下')).toEqual(['carpet', 'clean-l']);
  });

  it('adds nothing a size would pick where the kind is not said', () => {
    expect(several('办公室八十平，饮水机消毒')).toEqual(['dispenser']);
  });
});

describe('a pick said as an answer with a bare hour and an owner (「西港七点半那班」)', () => {
  const sailings = [['e1', '东港码头', '19:30'], ['e2', '东港码头', '21:00'], ['w1', '西港码头', '19:30']]
    .map(([id, pier, time]) => ({ id: id!, names: ['夜游灯光秀'], fields: { pierName: pier!, time: time! } }));
  const when = (t: string) => timeWindow(t, { now: new Date('2026-11-20T02:00:00Z'), timeZone: 'Asia/Shanghai' });

  it('is the evening one of the owner named, the hour read after noon where nothing is listed in the morning', () => {
    expect(chooseEntities(sailings, ['两张', '西港七点半那班', '今晚想坐夜游'], undefined, false, when).map((e) => e.id)).toEqual(['w1']);
    expect(chooseEntities(sailings, ['东港七点半那班'], undefined, false, when).map((e) => e.id)).toEqual(['e1']);
  });
});

describe('several things for one visit, said in English of a list named in Chinese', () => {
  const office = [['clean-s', '写字楼保洁（100㎡以内）'], ['glass', '擦玻璃（外墙除外）'], ['cooler', '冰箱清洁'], ['carpet', '地毯深洗']]
    .map(([id, name]) => ({ id: id!, names: [name!] }));
  it('takes each thing an everyday word names ("the fridge", "the windows")', () => {
    expect(chooseEntities(office, ['fridge cleaned and the windows done tomorrow at 3pm, same visit'], undefined, true).map((e) => e.id).sort()).toEqual(['cooler', 'glass']);
  });
});

describe('two named for an optional filter of one', () => {
  const piers = [
    { id: 'p1', names: ['东港码头'], fields: { city: '海城' } },
    { id: 'p2', names: ['西港码头'], fields: { city: '海城' } },
    { id: 'p3', names: ['北湾码头'], fields: { city: '海城' } },
  ];

  it('are both kept, for the list of them all to be read and the choice made among theirs', () => {
    expect(chooseEntities(piers, ['东港和西港哪家便宜就订哪家'], undefined, false).map((e) => e.id)).toEqual(['p1', 'p2']);
  });

  it('are not two where nothing leaves the choice between them open', () => {
    expect(chooseEntities(piers, ['东港码头上船，去西港码头'], undefined, false).map((e) => e.id)).toEqual(['p1']);
  });
});

describe('a trip chosen by when it must arrive', () => {
  const ref = { now: new Date('2026-11-20T02:00:00Z'), timeZone: 'Asia/Shanghai' };
  const sailings = [['F1', '08:00', '10:40'], ['F2', '10:30', '13:10'], ['F3', '13:00', '15:40'], ['F4', '15:30', '18:10']]
    .map(([id, departTime, arriveTime]) => ({ id: id!, names: [id!], fields: { departTime: departTime!, arriveTime: arriveTime! } }));
  const when = (t: string) => timeWindow(t, ref);
  const arrival = (t: string) => {
    const by = arrivalBy(t, ref);
    return by ? { minutes: by.minutes, rest: withoutArrival(t, ref) } : undefined;
  };
  const pick = (text: string) => chooseEntities(sailings, [text], undefined, false, when, undefined, true, arrival).map((e) => e.id);

  it('keeps those that arrive in time, its time no time of leaving (「下午一点前要到」)', () => {
    expect(pick('明天去西港，下午一点前要到')).toEqual(['F1']);
    expect(pick('need to be there before noon, a morning sailing')).toEqual(['F1']);
  });

  it('leaves the choice open among several that arrive in time', () => {
    expect(pick('明天去西港，下午四点前要到')).toEqual([]);
  });
});

describe('nothing said picks one, and all but one are full', () => {
  // invented tutors of a language school, one fully booked
  const tutors = [
    { id: 't1', names: ['林老师'], fields: { title: '高级讲师', fee: '80', slotsLeft: '0', full: 'true' } },
    { id: 't2', names: ['周老师'], fields: { title: '讲师', fee: '50', slotsLeft: '6', full: 'false' } },
  ];
  const choose = (list: typeof tutors, needed: boolean) => chooseEntities(list, ['book me a French lesson on Saturday'], undefined, false, undefined, undefined, needed).map((e) => e.id);

  it('takes the one that can still be had, where one is needed', () => {
    expect(choose(tutors, true)).toEqual(['t2']);
    expect(choose([{ ...tutors[0]!, fields: { ...tutors[0]!.fields, full: 'false', slotsLeft: '0' } }, tutors[1]!], true)).toEqual(['t2']);
  });

  it('takes none where two can be had, or the choice is only a filter', () => {
    expect(choose([{ ...tutors[0]!, fields: { title: '高级讲师', fee: '80', slotsLeft: '2', full: 'false' } }, tutors[1]!], true)).toEqual([]);
    expect(choose(tutors, false)).toEqual([]);
  });
});

describe('a thing a superlative picks', () => {
  const sailings = [['s1', '2026-03-06', '07:30', '0'], ['s2', '2026-03-07', '09:00', '12'], ['s3', '2026-03-08', '09:00', '4']]
    .map(([id, date, time, seatsLeft]) => ({ id: id!, names: ['海湾轮渡'], fields: { date: date!, time: time!, seatsLeft: seatsLeft! } }));

  it('is one that can still be had: the next sailing, when the next is full, is the one after it', () => {
    expect(chooseEntities(sailings, ['the next ferry, one seat'], undefined, false, undefined, undefined, true).map((e) => e.id)).toEqual(['s2']);
    expect(chooseEntities(sailings, ['最早那班船'], undefined, false, undefined, undefined, true).map((e) => e.id)).toEqual(['s2']);
  });
});

describe('a time said with no day, at which the thing is listed on several days', () => {
  const ref = { now: new Date('2026-03-06T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };
  const when = (t: string) => timeWindow(t, ref);
  const dayOf = (t: string) => extractDateTime(t, ref).date;
  const nights = ['2026-03-06', '2026-03-07', '2026-03-08'].map((date) => ({ id: `lantern-${date}`, names: ['灯会夜游'], fields: { date, time: '19:30' } }));

  it('is the next of them, after work today', () => {
    expect(chooseEntities(nights, ['下了班去看灯会夜游，七点多那场，两张'], undefined, false, when, dayOf, true).map((e) => e.id)).toEqual(['lantern-2026-03-06']);
  });

  it('is the one of the day said, where one is said', () => {
    expect(chooseEntities(nights, ['周六晚上七点多那场灯会夜游'], undefined, false, when, dayOf, true).map((e) => e.id)).toEqual(['lantern-2026-03-07']);
  });
});

describe('a street address said for delivery', () => {
  const shops = entitiesIn({ stores: [
    { storeId: 'A1', name: '山居药铺·文化广场店', city: '临安', address: '临安市文三路8号' },
    { storeId: 'A2', name: '山居药铺·钟楼店', city: '临安', address: '临安市湖滨路12号' },
  ] });

  it('names no store by a word of its own, and places the nearest by its street', () => {
    const text = 'two boxes delivered to my place (湖滨路300号 银泰广场3座1201), from the store nearest me';
    expect(chooseEntities(shops, [text], undefined, false, undefined, undefined, true).map((e) => e.id)).toEqual(['A2']);
  });
});

describe('a part of the day said of a thing named', () => {
  it('is not the one listed at another part of that day (「周日下午那班」 of a ferry only in the morning)', () => {
    const sailings = [{ id: 'f1', names: ['f1'], fields: { route: '青屿线', date: '2026-11-22', time: '10:30' } }];
    const when = () => undefined;
    expect(chooseEntities(sailings, ['周日下午青屿线那班，一张'], undefined, false, when)).toEqual([]);
    expect(chooseEntities(sailings, ['周日上午青屿线那班，一张'], undefined, false, when).map((e) => e.id)).toEqual(['f1']);
  });
});

describe('one thing named outright, after a fragment of another said earlier', () => {
  // invented ferry cruises: one's English name holds a word a time of day says too
  const cruises = [['k1', '夜游海湾', 'Bay Nights'], ['k2', '灯塔往返', 'The Lighthouse Run']].map(([id, zh, en]) => ({ id: id!, names: [zh!, en!] }));
  it('is the one named outright', () => {
    expect(chooseEntities(cruises, ['Tomorrow night, The Lighthouse Run, 2 seats'], undefined, false).map((e) => e.id)).toEqual(['k2']);
    expect(chooseEntities(cruises, ['Bay Nights tomorrow, 2 seats'], undefined, false).map((e) => e.id)).toEqual(['k1']);
  });
});

describe('things in several cities, the request naming none', () => {
  const sailings = [['x-1800', '18:00', '厦门'], ['x-2130', '21:30', '厦门'], ['q-1920', '19:20', '青岛']]
    .map(([id, time, city]) => ({ id: id!, names: ['海湾轮渡'], fields: { time: time!, city: city! } }));
  const when = (t: string) => timeWindow(t, { now: new Date('2026-11-20T02:00:00Z'), timeZone: 'Asia/Shanghai' });
  it('chooses among those in the user\'s own city: a time only another city has is not taken', () => {
    expect(chooseEntities(sailings, ['后天晚上七点多的船，两张'], '厦门', false, when)).toEqual([]);
    expect(chooseEntities(sailings, ['后天晚上九点多的船，两张'], '厦门', false, when).map((e) => e.id)).toEqual(['x-2130']);
  });

  it('takes the city the request names over the user\'s own', () => {
    expect(chooseEntities(sailings, ['青岛后天晚上七点多的船，两张'], '厦门', false, when).map((e) => e.id)).toEqual(['q-1920']);
    expect(chooseEntities(sailings, ['后天晚上七点多的船，两张'], undefined, false, when).map((e) => e.id)).toEqual(['q-1920']);
  });
});
