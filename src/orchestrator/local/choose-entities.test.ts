import { describe, expect, it } from 'vitest';
import { timeWindow } from '../understand/index.ts';
import { chooseEntities } from './fill-args.ts';

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
});
