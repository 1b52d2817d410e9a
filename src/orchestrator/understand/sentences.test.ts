import { describe, expect, it } from 'vitest';
import {
  extractDateTime, extractQuantities, matchEntities, matchEnum, parseEnumGlosses, parseNumber, type Entity,
} from './index.ts';

/**
 * The local planner's understanding, sentence by sentence: what each request must yield.
 * Reference instant: Friday 2026-11-20 10:00 in Asia/Shanghai (the machine runs in UTC).
 */
const ref = { now: new Date('2026-11-20T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

const dates: [string, { date?: string; time?: string; period?: 'am' | 'pm' }][] = [
  ['明天下午三点', { date: '2026-11-21', time: '15:00', period: 'pm' }],
  ['帮我订一张明天下午三点北京到上海的高铁票', { date: '2026-11-21', time: '15:00', period: 'pm' }],
  ['明晚6点半', { date: '2026-11-21', time: '18:30', period: 'pm' }],
  ['下周一上午', { date: '2026-11-23', period: 'am' }],
  ['后天', { date: '2026-11-22' }],
  ['今晚七点', { date: '2026-11-20', time: '19:00', period: 'pm' }],
  ['周六', { date: '2026-11-21' }],
  ['十点一刻', { time: '10:15', period: 'am' }],
  ['下午两点', { time: '14:00', period: 'pm' }],
  ['周六晚8点去吃饭', { date: '2026-11-21', time: '20:00', period: 'pm' }],
  ['星期六 下午', { date: '2026-11-21', period: 'pm' }],
  ['今晚八点一刻', { date: '2026-11-20', time: '20:15', period: 'pm' }],
  ['后天上午十点半', { date: '2026-11-22', time: '10:30', period: 'am' }],
  ['大后天早上九点', { date: '2026-11-23', time: '09:00', period: 'am' }],
  ['下周六下午两点半', { date: '2026-11-28', time: '14:30', period: 'pm' }],
  ['12月1号晚上8点', { date: '2026-12-01', time: '20:00', period: 'pm' }],
  ['二十五号', { date: '2026-11-25' }],
  ['下个月3号', { date: '2026-12-03' }],
  ['明天三点', { date: '2026-11-21', time: '15:00', period: 'pm' }],
  ['凌晨两点', { time: '02:00', period: 'am' }],
  ['明天下午三點', { date: '2026-11-21', time: '15:00', period: 'pm' }],
  ['tomorrow at 3 pm', { date: '2026-11-21', time: '15:00', period: 'pm' }],
  ['Monday afternoon', { date: '2026-11-23', period: 'pm' }],
  ['tomorrow 9:10 am', { date: '2026-11-21', time: '09:10', period: 'am' }],
  ['7pm tomorrow', { date: '2026-11-21', time: '19:00', period: 'pm' }],
  ['book a train for next Friday morning', { date: '2026-11-27', period: 'am' }],
  ['this evening', { date: '2026-11-20', period: 'pm' }],
  ['on Sat at 10am', { date: '2026-11-21', time: '10:00', period: 'am' }],
  ['order two large lattes', {}],
  ['a second latte please', {}],
];

const quantities: [string, { value: number; unit?: string }[]][] = [
  ['两碗牛肉面', [{ value: 2, unit: '碗' }]],
  ['来一杯拿铁', [{ value: 1, unit: '杯' }]],
  ['寄3公斤的包裹', [{ value: 3, unit: '公斤' }]],
  ['明天下午3点的票，两张', [{ value: 2, unit: '张' }]],
  ['十二份饺子和二十五串', [{ value: 12, unit: '份' }, { value: 25, unit: '串' }]],
  ['一百个', [{ value: 100, unit: '个' }]],
  ['two large lattes', [{ value: 2 }]],
  ['I want 2 cups of tea', [{ value: 2, unit: 'cup' }]],
  ['three tickets for twenty-one people', [{ value: 3, unit: 'ticket' }, { value: 21, unit: 'people' }]],
  ['下周一等一下再说', []],
];

const sizes = parseEnumGlosses('杯型 size: M=中杯/medium, L=大杯/large, XL=超大杯/extra large', ['M', 'L', 'XL']);
const sugar = parseEnumGlosses('甜度: full=全糖/full sugar, half=半糖/half sugar, less=少糖/less sugar, none=无糖/no sugar', [
  'full', 'half', 'less', 'none',
]);
const ice = parseEnumGlosses('冰量 ice: normal=正常冰/regular ice, less=少冰/less ice, none=去冰/no ice', ['normal', 'less', 'none']);

const enums: [string, typeof sizes, string[]][] = [
  ['一杯大杯拿铁', sizes, ['L']],
  ['two large lattes', sizes, ['L']],
  ['超大杯美式', sizes, ['XL']],
  ['Medium, please', sizes, ['M']],
  ['少糖', sugar, ['less']],
  ['半糖少冰', sugar, ['half']],
  ['半糖少冰', ice, ['less']],
  ['不要冰', ice, ['none']],
  ['less ice, no sugar', sugar, ['none']],
  ['一杯大杯少糖，一杯中杯无糖', sugar, ['less', 'none']],
];

const stores: Entity[] = [
  { id: 'st-1', names: ['中关村店', 'Zhongguancun Store'], fields: { city: '北京' } },
  { id: 'st-2', names: ['陆家嘴店', 'Lujiazui'], fields: { city: '上海' } },
  { id: 'st-3', names: ['国贸三期店'], fields: { city: '北京' } },
];
const people: Entity[] = [
  { id: 'p-1', names: ['张伟'], fields: { relation: '本人' } },
  { id: 'p-2', names: ['李娜'], fields: { relation: '配偶' } },
];
const entityCases: [string, Entity[], string[]][] = [
  ['中关村', stores, ['st-1']],
  ['Lujiazui store please', stores, ['st-2']],
  ['去国贸三期店自提', stores, ['st-3']],
  ['帮我和老婆订两张', people, ['p-1', 'p-2']],
  ['book for me and my wife', people, ['p-1', 'p-2']],
];

describe('the local planner understands requests', () => {
  it.each(dates)('date and time in %s', (text, expected) => {
    const { span: _span, ...mention } = extractDateTime(text, ref);
    expect(mention).toEqual(expected);
  });

  it.each(quantities)('quantities in %s', (text, expected) => {
    expect(extractQuantities(text).map(({ span: _span, ...quantity }) => quantity)).toEqual(expected);
  });

  it.each(enums)('enum values in %s', (text, options, codes) => {
    expect(matchEnum(text, options).map((match) => match.code)).toEqual(codes);
  });

  it.each(entityCases)('entities in %s', (text, entities, ids) => {
    expect(matchEntities(text, entities).map((match) => match.entity.id)).toEqual(ids);
  });

  it.each([
    ['两', 2], ['二十五', 25], ['一百', 100], ['three', 3], ['就一个吧', 1], ['3', 3],
  ] as const)('the number in the reply %s', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });
});

describe('odd input', () => {
  it('finds nothing in what is not text, and never throws', () => {
    const odd = [undefined, null, 42, {}, []] as unknown as string[];
    for (const value of odd) {
      expect(extractQuantities(value)).toEqual(value === (42 as unknown) ? [{ value: 42, span: [0, 2] }] : []);
      expect(matchEnum(value, sizes)).toEqual([]);
      expect(matchEntities(value, stores)).toEqual([]);
      expect(() => extractDateTime(value, ref)).not.toThrow();
    }
    expect(matchEntities('中关村', [null, { id: 'x', names: 'not a list' }] as unknown as Entity[])).toEqual([]);
    expect(matchEnum('大杯', undefined as unknown as typeof sizes)).toEqual([]);
  });
});
